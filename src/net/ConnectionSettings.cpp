// Turns the API address an admin pastes into the canonical ".../api" root.
#include "ConnectionSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace LicenseDesk {

namespace {

// Gives the static function a translation context without changing the public struct.
class ApiRootText final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::ConnectionSettings)

public:
    static std::optional<QUrl> fail(QString *error, const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    }
};

bool looksLikeHost(QStringView text) {
    const QStringView host = text.left(text.indexOf(u'/')).left(text.indexOf(u':'));
    return host.contains(u'.') || host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<QUrl> ConnectionSettings::normaliseApiRoot(const QString &text, QString *error) {
    QString input = text.trimmed();
    if (input.isEmpty())
        return ApiRootText::fail(
            error,
            ApiRootText::tr("Enter the WebAPI address, for example https://crm.example.com/SuperOffice."));
    // Admins often paste "crm.example.com/SuperOffice"; assume the secure scheme for bare host names.
    if (!input.contains("://"_L1) && looksLikeHost(input))
        input.prepend("https://"_L1);

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid())
        return ApiRootText::fail(error,
                                 ApiRootText::tr("“%1” is not a valid web address.").arg(text.trimmed()));
    if (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)
        return ApiRootText::fail(error, ApiRootText::tr("The address must start with https:// (or http://); "
                                                        "“%1” does not.")
                                            .arg(text.trimmed()));
    if (url.host().isEmpty())
        return ApiRootText::fail(error, ApiRootText::tr("The address “%1” has no server name. Enter it like "
                                                        "https://crm.example.com/SuperOffice.")
                                            .arg(text.trimmed()));
    if (!url.userInfo().isEmpty())
        return ApiRootText::fail(error, ApiRootText::tr("Do not put a user name or password in the address; "
                                                        "enter them in the sign-in fields instead."));

    // Keep the site path, drop what follows the last "api" segment (".../api/v1/License" included).
    QStringList segments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    qsizetype apiIndex = -1;
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        const bool isApi = segments.at(i).compare("api"_L1, Qt::CaseInsensitive) == 0;
        const bool followedByVersion =
            i + 1 == segments.size() || segments.at(i + 1).compare("v1"_L1, Qt::CaseInsensitive) == 0;
        if (isApi && followedByVersion) {
            apiIndex = i;
            break;
        }
    }
    if (apiIndex >= 0)
        segments.resize(apiIndex);
    segments.append(u"api"_s);

    url.setPath(u'/' + segments.join(u'/'), QUrl::TolerantMode);
    url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.isValid())
        return ApiRootText::fail(error,
                                 ApiRootText::tr("“%1” is not a valid web address.").arg(text.trimmed()));
    if (error)
        error->clear();
    return url;
}

} // namespace LicenseDesk
