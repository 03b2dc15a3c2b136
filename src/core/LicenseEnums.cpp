// Name tables for the license enums.
#include "LicenseEnums.h"

#include <array>
#include <utility>

namespace LicenseDesk {
namespace {

template <typename E, std::size_t N> using NameTable = std::array<std::pair<E, const char *>, N>;

constexpr NameTable<LicenseType, 4> licenseTypeNames{{
    {LicenseType::Unknown, "Unknown"},
    {LicenseType::SiteLicense, "SiteLicense"},
    {LicenseType::SatelliteLicense, "SatelliteLicense"},
    {LicenseType::UserLicense, "UserLicense"},
}};

constexpr NameTable<UserType, 6> userTypeNames{{
    {UserType::Unknown, "Unknown"},
    {UserType::InternalAssociate, "InternalAssociate"},
    {UserType::ResourceAssociate, "ResourceAssociate"},
    {UserType::ExternalAssociate, "ExternalAssociate"},
    {UserType::AnonymousAssociate, "AnonymousAssociate"},
    {UserType::SystemAssociate, "SystemAssociate"},
}};

constexpr NameTable<LicenseStatus, 9> licenseStatusNames{{
    {LicenseStatus::Ok, "Ok"},
    {LicenseStatus::NewLicenseAvailable, "NewLicenseAvailable"},
    {LicenseStatus::NewCompanyNameAvailable, "NewCompanyNameAvailable"},
    {LicenseStatus::NewSerialAvailable, "NewSerialAvailable"},
    {LicenseStatus::UseCustomMessage, "UseCustomMessage"},
    {LicenseStatus::UseCustomMessageAndUrl, "UseCustomMessageAndUrl"},
    {LicenseStatus::NewLicenseActivated, "NewLicenseActivated"},
    {LicenseStatus::ProblemWithLicense, "ProblemWithLicense"},
    {LicenseStatus::UnknownError, "UnknownError"},
}};

template <typename E, std::size_t N>
std::optional<E> fromName(const NameTable<E, N> &table, QStringView name) {
    for (const auto &[value, text] : table) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QString toName(const NameTable<E, N> &table, E value) {
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

} // namespace

std::optional<LicenseType> licenseTypeFromName(QStringView name) {
    return fromName(licenseTypeNames, name);
}
std::optional<UserType> userTypeFromName(QStringView name) {
    return fromName(userTypeNames, name);
}
std::optional<LicenseStatus> licenseStatusFromName(QStringView name) {
    return fromName(licenseStatusNames, name);
}

QString licenseTypeName(LicenseType type) {
    return toName(licenseTypeNames, type);
}
QString userTypeName(UserType type) {
    return toName(userTypeNames, type);
}
QString licenseStatusName(LicenseStatus status) {
    return toName(licenseStatusNames, status);
}

} // namespace LicenseDesk
