// The WebAPI's license enums, kept with their raw JSON names so an unknown value is never lost.
#pragma once

#include <QString>
#include <optional>

namespace LicenseDesk {

enum class LicenseType { Unknown, SiteLicense, SatelliteLicense, UserLicense };

enum class UserType {
    Unknown,
    InternalAssociate,
    ResourceAssociate,
    ExternalAssociate,
    AnonymousAssociate,
    SystemAssociate
};

enum class LicenseStatus {
    Ok,
    NewLicenseAvailable,
    NewCompanyNameAvailable,
    NewSerialAvailable,
    UseCustomMessage,
    UseCustomMessageAndUrl,
    NewLicenseActivated,
    ProblemWithLicense,
    UnknownError
};

/// An enum as the server sent it: the raw name, and the value when the name is one we know.
template <typename E> struct EnumValue {
    QString raw;
    std::optional<E> value;

    bool isKnown() const { return value.has_value(); }
    bool is(E e) const { return value == e; }
    friend bool operator==(const EnumValue &, const EnumValue &) = default;
};

/// Maps a JSON enum name to its value; nullopt for names this version does not know.
std::optional<LicenseType> licenseTypeFromName(QStringView name);
std::optional<UserType> userTypeFromName(QStringView name);
std::optional<LicenseStatus> licenseStatusFromName(QStringView name);

/// The JSON name of a value (the inverse of the *FromName functions).
QString licenseTypeName(LicenseType type);
QString userTypeName(UserType type);
QString licenseStatusName(LicenseStatus status);

} // namespace LicenseDesk
