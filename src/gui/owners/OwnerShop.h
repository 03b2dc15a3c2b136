// "Buy More Licenses…": asks the server for an owner's license shop and opens it in the browser.
#pragma once

#include "ApiError.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace LicenseDesk {

class ApiJob;
class LicenseClient;

class OwnerShop final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnerShop)

public:
    /// Hands a URL to the browser; false when nothing could open it.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    /// The client is shared, not owned. URLs open with QDesktopServices::openUrl.
    explicit OwnerShop(LicenseClient *client, QObject *parent = nullptr);

    /// Replaces QDesktopServices::openUrl (tests).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    /// Reads the owner's shop address from the server, then opens it.
    void open(const QString &owner);

signals:
    void jobStarted(LicenseDesk::ApiJob *job, const QString &text);
    /// The shop's address was handed to the browser.
    void opened(const QUrl &url);
    void failed(const LicenseDesk::ApiError &error);

private:
    void openUrl(const QString &owner, const QString &address);

    LicenseClient *m_client;
    UrlOpener m_openUrl;
};

} // namespace LicenseDesk
