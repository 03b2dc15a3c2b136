// The asynchronous client for the License part of the SuperOffice WebAPI: URLs, headers, bodies.
#include "LicenseClient.h"

#include "ErrorMapper.h"
#include "LicenseParser.h"
#include "SendOnceBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace LicenseDesk {

Q_LOGGING_CATEGORY(lcNet, "licensedesk.net", QtWarningMsg)

namespace {

template <typename T> typename ResultJob<T>::Parser parserFor(Parsed<T> (*parse)(const QByteArray &)) {
    return [parse](const QByteArray &body, std::optional<T> &value) -> ApiError {
        Parsed<T> parsed = parse(body);
        if (!parsed.ok())
            return parsed.error.nullBody ? ErrorMapper::nothingFound(parsed.error)
                                         : ErrorMapper::badResponse(parsed.error);
        value = std::move(parsed.value);
        return {};
    };
}

/// An owner's license; when the server sends neither Current nor New, the owner is still the one asked for.
LicenseJob::Parser ownerLicenseParser(const QString &owner) {
    return [owner, parse = parserFor(&parseExtendedLicenseInfo)](const QByteArray &body,
                                                                   std::optional<ExtendedLicenseInfo> &value) {
        ApiError error = parse(body, value);
        if (value)
            value->requestedOwner = owner;
        return error;
    };
}

ApiError parseActivationResult(const QByteArray &body, std::optional<LicenseResult> &value) {
    Parsed<LicenseResult> parsed = parseLicenseResult(body);
    if (!parsed.ok())
        return ErrorMapper::badResponse(parsed.error);
    value = std::move(parsed.value);
    return value->succeeded ? ApiError{} : ErrorMapper::businessRefusal(value->reason);
}

// The address goes to the browser: only a web address, never a file or another program's scheme.
bool isWebAddress(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1) &&
           !url.host().isEmpty();
}

ApiError parseShopUrl(const QByteArray &body, std::optional<QString> &value) {
    Parsed<QString> parsed = parseJsonString(body);
    // Some servers send the URL as plain text rather than a JSON string.
    const QString text = parsed.ok() ? *parsed.value : QString::fromUtf8(body.trimmed());
    if (!parsed.ok() && !text.startsWith("http://"_L1) && !text.startsWith("https://"_L1))
        return ErrorMapper::badResponse(parsed.error);
    if (!isWebAddress(text))
        return ErrorMapper::badResponse(
            {QString(),
             QCoreApplication::translate("LicenseDesk::LicenseClient",
                                         "the license shop address is not an http or https address")});
    value = text;
    return {};
}

QByteArray jsonBody(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Header values must not break the request: pasted tickets often end in a newline.
QByteArray headerSafe(const QString &value) {
    QByteArray bytes = value.trimmed().toUtf8();
    bytes.replace('\r', QByteArray()).replace('\n', QByteArray());
    return bytes;
}

} // namespace

LicenseClient::LicenseClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

LicenseClient::~LicenseClient() = default;

void LicenseClient::setSettings(const ConnectionSettings &settings) {
    m_settings = settings;
    delete m_proxyNetwork;
    m_proxyNetwork = nullptr;
}

QList<std::pair<QByteArray, QByteArray>> LicenseClient::requestHeaders() const {
    QList<std::pair<QByteArray, QByteArray>> headers;
    headers.emplaceBack("Accept", "application/json");
    const QByteArray language = headerSafe(m_settings.language);
    const QByteArray culture =
        m_settings.culture.trimmed().isEmpty() ? language : headerSafe(m_settings.culture);
    if (!language.isEmpty()) {
        headers.emplaceBack("Accept-Language", language);
        headers.emplaceBack("SO-Language", language);
    }
    if (!culture.isEmpty())
        headers.emplaceBack("SO-Culture", culture);
    headers.emplaceBack("User-Agent",
                        QByteArray("LicenseDesk/" LICENSEDESK_VERSION " (Qt ") + qVersion() + ')');

    switch (m_settings.auth) {
    case AuthMethod::None:
        break;
    case AuthMethod::Basic:
        headers.emplaceBack("Authorization",
                            "Basic " + (m_settings.user + u':' + m_settings.secret).toUtf8().toBase64());
        break;
    case AuthMethod::SoTicket:
        // The ticket is already encoded by the server: send it exactly as issued.
        if (!m_settings.secret.trimmed().isEmpty())
            headers.emplaceBack("Authorization", "SOTicket " + headerSafe(m_settings.secret));
        break;
    case AuthMethod::Bearer:
        if (!m_settings.secret.trimmed().isEmpty())
            headers.emplaceBack("Authorization", "Bearer " + headerSafe(m_settings.secret));
        break;
    }
    if (!m_settings.appToken.trimmed().isEmpty())
        headers.emplaceBack("SO-AppToken", headerSafe(m_settings.appToken));
    return headers;
}

QUrl LicenseClient::restUrl(const QStringList &segments) const {
    QString path = m_settings.apiRoot.path(QUrl::FullyEncoded) + "/v1/License"_L1;
    for (const QString &segment : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    QUrl url = m_settings.apiRoot;
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

QUrl LicenseClient::agentUrl(const QString &method) const {
    QUrl url = m_settings.apiRoot;
    url.setPath(m_settings.apiRoot.path(QUrl::FullyEncoded) + "/v1/Agents/License/"_L1 + method,
                QUrl::TolerantMode);
    return url;
}

QNetworkAccessManager *LicenseClient::network() {
    if (!m_settings.proxy)
        return m_network;
    if (!m_proxyNetwork) {
        m_proxyNetwork = new QNetworkAccessManager(this);
        m_proxyNetwork->setProxy(*m_settings.proxy);
    }
    return m_proxyNetwork;
}

void LicenseClient::dispatch(ApiJob *job, const QByteArray &verb, const QUrl &url, const QByteArray &body,
                             Delivery delivery) {
    const QUrl &root = m_settings.apiRoot;
    if (!root.isValid() || root.host().isEmpty() ||
        (root.scheme() != "https"_L1 && root.scheme() != "http"_L1)) {
        job->failBeforeSending(
            ErrorMapper::invalidRequest(tr("No WebAPI address is set. Enter the address of the SuperOffice "
                                           "WebAPI in the connection settings.")));
        return;
    }
    QNetworkRequest request(url);
    for (const auto &[name, value] : requestHeaders())
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(int(m_settings.timeout.count()));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (delivery == Delivery::AtMostOnce) {
            // The server may act on a request whose answer is lost: QtNetwork must not replay it.
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *once = new SendOnceBody(body, nullptr);
            reply = network()->post(request, once);
            once->setParent(reply);
        } else {
            reply = network()->post(request, body);
        }
    } else {
        reply = network()->get(request);
    }
    job->start(reply, m_settings);
}

void LicenseClient::dispatchRest(ApiJob *job, const QStringList &segments) {
    // QUrl decodes %2E back to "." and QtNetwork (6.4) then collapses "." and ".." as path steps, so
    // such a name can never reach the server as a name: "show .." would read /api/v1 instead.
    for (const QString &segment : segments) {
        if (segment == "."_L1 || segment == ".."_L1) {
            job->failBeforeSending(ErrorMapper::invalidRequest(
                tr("“%1” cannot be asked for by name: a web address reads it as a step up or in place, "
                   "so nothing was sent.")
                    .arg(segment)));
            return;
        }
    }
    dispatch(job, "GET", restUrl(segments));
}

OwnersJob *LicenseClient::fetchAllOwners() {
    auto *job = new OwnersJob(parserFor(&parseExtendedLicenseInfoList), this);
    dispatchRest(job, {});
    return job;
}

LicenseJob *LicenseClient::fetchOwner(const QString &owner) {
    auto *job = new LicenseJob(ownerLicenseParser(owner), this);
    dispatchRest(job, {owner});
    return job;
}

ModuleJob *LicenseClient::fetchModule(const QString &owner, const QString &module) {
    auto *job = new ModuleJob(parserFor(&parseModuleLicense), this);
    dispatchRest(job, {owner, module});
    return job;
}

StatusJob *LicenseClient::fetchLicenseServerStatus(const QString &owner) {
    auto *job = new StatusJob(parserFor(&parseCheckLicenseStatusResult), this);
    dispatch(job, "POST", agentUrl(u"GetLicenseStatusFromLicenseServer"_s),
             jsonBody({{"OwnerName"_L1, owner}}));
    return job;
}

LicenseJob *LicenseClient::fetchLicenseFromLicenseServer(const QString &owner) {
    auto *job = new LicenseJob(ownerLicenseParser(owner), this);
    dispatch(job, "POST", agentUrl(u"GetLicenseFromLicenseServer"_s), jsonBody({{"OwnerName"_L1, owner}}));
    return job;
}

ActivationJob *LicenseClient::activateLicense(const ExtendedLicenseInfo &candidate) {
    auto *job = new ActivationJob(&parseActivationResult, this);
    if (!candidate.canBeActivated) {
        ApiError refusal = ErrorMapper::businessRefusal(candidate.reason);
        refusal.httpStatus = 0;
        refusal.userMessage =
            candidate.reason.trimmed().isEmpty()
                ? tr("This license cannot be activated: the server marked it as not activatable. Nothing was "
                     "sent.")
                : tr("This license cannot be activated: %1 Nothing was sent.")
                      .arg(candidate.reason.trimmed());
        job->failBeforeSending(refusal);
        return job;
    }
    if (candidate.rawJson.trimmed().isEmpty()) {
        job->failBeforeSending(ErrorMapper::invalidRequest(tr(
            "There is no license exactly as the server sent it, so nothing was activated. Fetch the license "
            "from the license server again, then activate.")));
        return job;
    }
    // The license is signed: wrap the bytes as received, never a re-serialised copy.
    const QByteArray body = "{\"NewLicense\":" + candidate.rawJson + '}';
    dispatch(job, "POST", agentUrl(u"ActivateLicenseInfo"_s), body, Delivery::AtMostOnce);
    return job;
}

LicenseJob *LicenseClient::previewLicenseFile(const QString &fileContent) {
    auto *job = new LicenseJob(parserFor(&parseExtendedLicenseInfo), this);
    dispatch(job, "POST", agentUrl(u"GetLicenseFromFile"_s), jsonBody({{"FileContent"_L1, fileContent}}));
    return job;
}

LicenseJob *LicenseClient::addLicenseFromFile(const QString &fileContent) {
    auto *job = new LicenseJob(parserFor(&parseExtendedLicenseInfo), this);
    dispatch(job, "POST", agentUrl(u"AddLicenseFromFile"_s), jsonBody({{"FileContent"_L1, fileContent}}),
             Delivery::AtMostOnce);
    return job;
}

TextJob *LicenseClient::fetchShopUrl(const QString &owner) {
    auto *job = new TextJob(&parseShopUrl, this);
    dispatchRest(job, {owner, u"ShopUrl"_s});
    return job;
}

} // namespace LicenseDesk
