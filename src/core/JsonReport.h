// The machine-readable shape of every command's answer; CSV rows are cut from these objects too.
#pragma once

#include "LicenseData.h"
#include "LicenseFacts.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace LicenseDesk {

/// Builds JSON from core's facts only: every number comes from moduleFacts()/activationPreview().
/// Dates are ISO 8601 as the server sent them; a permanent license's expiry is null.
class JsonReport final {
public:
    /// null for no date (a permanent expiry), else ISO 8601 text.
    static QJsonValue date(const LicenseDate &value);
    static QString expiryStateKey(ExpiryState state);
    static QString healthKey(OwnerHealth health);
    static QString verdictKey(ActivationVerdict verdict);
    static QString changeKey(ModuleChange change);

    /// One module: name, description, licenseType, total, inUse, free, newTotal, newFree, added,
    /// unrestricted, hidden, userPlan, plus change, seatsToFree, overUsed, grantedModules and mismatch
    /// (each server number that disagrees with the arithmetic: field, server, computed).
    static QJsonObject module(const ModuleFacts &facts);
    /// `show`: owner, description, company, serial, expiry, expiryState, graceDate, maintenanceDate,
    /// nextCheckDate and modules.
    static QJsonObject license(const ExtendedLicenseInfo &info, QDate today);
    /// The same with only the given modules, in their order (the GUI exports the rows it shows).
    static QJsonObject license(const ExtendedLicenseInfo &info, const QList<ModuleFacts> &modules, QDate today);
    /// The modules of a license() or preview() object as CSV rows, each with its owner.
    static QList<QJsonObject> moduleRows(const QJsonObject &license);
    /// `preview`: the license fields plus canBeActivated, reason, verdict, message, newExpiry,
    /// blocking and the modules as the candidate would leave them.
    static QJsonObject preview(const ExtendedLicenseInfo &info, const ActivationPreview &preview,
                               QDate today);
    /// One owner with totals summed over restricted modules (unrestricted counts are not enforced).
    static QJsonObject ownerSummary(const ExtendedLicenseInfo &info, QDate today);
    static QJsonArray owners(const QList<ExtendedLicenseInfo> &owners, QDate today);
    /// `module`: the stored row of one module (usage is not part of this answer).
    static QJsonObject moduleLicense(const ModuleLicense &module);
    /// `status`: owner, status (the server's enum name), known, message, url.
    static QJsonObject status(const QString &owner, const CheckLicenseStatusResult &status);

    /// CSV column orders, stable for scripts.
    static QStringList moduleKeys();
    static QStringList previewModuleKeys();
    static QStringList ownerKeys();
    static QStringList moduleLicenseKeys();
    static QStringList statusKeys();
};

} // namespace LicenseDesk
