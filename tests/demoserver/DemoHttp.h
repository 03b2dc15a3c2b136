// Test helper: real HTTP requests to a demo server on loopback, waited for with a signal spy.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace LicenseDesk::Test {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(QByteArrayView name) const {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

/// Sends requests with the demo's Basic credentials unless told otherwise.
class DemoHttp final {
public:
    explicit DemoHttp(QUrl apiRoot)
        : m_root(std::move(apiRoot)) {
        // No proxy from the environment may sit between the test and the loopback server.
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    QByteArray authorization = "Basic " + QByteArray("demo:demo").toBase64();

    /// path is relative to the API root, e.g. "v1/License".
    QNetworkRequest request(const QString &path,
                            const QList<std::pair<QByteArray, QByteArray>> &headers = {}) const {
        QUrl url = m_root;
        url.setPath(m_root.path() + u'/' + path);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return request;
    }

    QNetworkReply *start(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {}) {
        QNetworkRequest r = request(path, headers);
        if (!body.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_network.sendCustomRequest(r, verb, body);
    }

    static HttpResult finish(QNetworkReply *reply) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(20000);
        }
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {}) {
        return finish(start("GET", path, {}, headers));
    }
    HttpResult post(const QString &path, const QByteArray &body,
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {}) {
        return finish(start("POST", path, body, headers));
    }
    /// An agent call: POST /api/v1/Agents/License/{method} with a JSON object body.
    HttpResult agent(const QString &method, const QJsonObject &body = {}) {
        return post(QStringLiteral("v1/Agents/License/") + method,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_root;
    QNetworkAccessManager m_network;
};

} // namespace LicenseDesk::Test
