// One HTTP request and answer of the demo server, independent of the HTTP library.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <utility>

namespace LicenseDesk {

/// What the router needs from a request: method, path segments after "/api", body and language.
struct DemoRequest {
    QByteArray method; ///< "GET", "POST", ...
    QStringList path;  ///< decoded segments after "api", e.g. {"v1", "License", "SUPEROFFICE"}
    QByteArray body;
    QByteArray contentType;
    QString language; ///< "en", "nb", "sv", "da", "de" or "nl"
};

struct DemoReply {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static DemoReply json(const QJsonDocument &document, int status = 200) {
        DemoReply reply;
        reply.status = status;
        reply.body = document.toJson(QJsonDocument::Compact);
        return reply;
    }
    /// A body already written as JSON (LicenseJson).
    static DemoReply json(QByteArray body, int status = 200) {
        DemoReply reply;
        reply.status = status;
        reply.body = std::move(body);
        return reply;
    }
    static DemoReply json(const QJsonObject &object, int status = 200) {
        return json(QJsonDocument(object), status);
    }
};

} // namespace LicenseDesk
