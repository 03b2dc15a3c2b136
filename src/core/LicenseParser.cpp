// Parses WebAPI response bodies into the license value types, all through the one JsonReader.
#include "LicenseParser.h"

namespace LicenseDesk {

Parsed<ExtendedLicenseInfo> parseExtendedLicenseInfo(const QByteArray &json) {
    Parsed<ExtendedLicenseInfo> result = JsonReader::read<ExtendedLicenseInfo>(json);
    if (result.value)
        result.value->rawJson = json; // licenses are signed: activation sends these bytes back
    return result;
}

Parsed<QList<ExtendedLicenseInfo>> parseExtendedLicenseInfoList(const QByteArray &json) {
    return JsonReader::read<QList<ExtendedLicenseInfo>>(json);
}

Parsed<ModuleLicense> parseModuleLicense(const QByteArray &json) {
    return JsonReader::read<ModuleLicense>(json);
}

Parsed<LicenseResult> parseLicenseResult(const QByteArray &json) {
    return JsonReader::read<LicenseResult>(json);
}

Parsed<CheckLicenseStatusResult> parseCheckLicenseStatusResult(const QByteArray &json) {
    return JsonReader::read<CheckLicenseStatusResult>(json);
}

Parsed<QString> parseJsonString(const QByteArray &json) {
    return JsonReader::read<QString>(json);
}

std::optional<WebApiError> parseWebApiError(const QByteArray &body) {
    const Parsed<WebApiError> parsed = JsonReader::read<WebApiError>(body);
    // Without a type or a message there is nothing to tell the admin: treat it as no error body.
    if (!parsed.ok() || (parsed.value->errorMessage.isEmpty() && parsed.value->errorType.isEmpty()))
        return std::nullopt;
    return parsed.value;
}

} // namespace LicenseDesk
