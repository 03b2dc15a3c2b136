// The demo server's "database": owners, usage and pending offers, saved atomically to a JSON file.
#pragma once

#include "DemoOwner.h"
#include "DemoSigner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace LicenseDesk {

/// Which installation to start from: the realistic seed (0 x 0) or owners x modules synthetic rows.
struct DemoSeedSpec {
    int owners = 0;
    int modules = 0;

    bool isSynthetic() const { return owners > 0 || modules > 0; }
    /// Recorded in the data file so that a file made from another seed is not reused.
    QString key() const;
};

/// Holds the state and enforces the activation rules; every change is saved before it is reported.
/// The data file is a JSON object {"Format", "Version", "Seed", "Owners": ExtendedLicenseInfo[]} in which
/// Current is the stored license, New the pending offer and NumberOfLicensesInUse the usage.
class DemoLicenseStore final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::DemoLicenseStore)

public:
    /// An empty dataFile keeps the state in memory only.
    DemoLicenseStore(QString dataFile, DemoSeedSpec seed, DemoSigner signer = DemoSigner());

    /// Loads the data file, or seeds (and saves) when reset is set, the file is missing or empty, or
    /// it is this server's state from another seed. False with *error set, and nothing written, when
    /// the file cannot be read or holds anything else (not JSON, or JSON of another program); false
    /// too when it cannot be written.
    bool open(bool reset, QString *error);

    const QList<DemoOwner> &owners() const { return m_owners; }
    /// The owner with this name, case-insensitively; nullptr when unknown.
    const DemoOwner *owner(const QString &name) const;
    const DemoSigner &signer() const { return m_signer; }

    /// Why the license cannot be installed (a signature that does not verify, or modules whose new
    /// total is below the seats in use); empty when it can.
    QString refusal(const LicenseInfo &license) const;

    /// ActivateLicenseInfo: accepts only the owner's pending offer, unmodified and not blocked.
    LicenseResult activate(const LicenseInfo &candidate);
    /// AddLicenseFromFile: installs any license this server signed (a new owner too), unless blocked.
    LicenseResult install(const LicenseInfo &license);

private:
    DemoOwner *findOwner(const QString &name);
    /// Replaces the owner's license (usage of modules it keeps is kept) and saves; rolls back on failure.
    LicenseResult replace(const LicenseInfo &license);
    void seed();
    /// Reads the data file; *usable when it holds this seed's state (and reset is not set).
    bool load(bool reset, QString *error, bool *usable);
    /// The owners of a saved state; nullopt when any of them cannot be read.
    static std::optional<QList<DemoOwner>> ownersFrom(const QJsonArray &saved);
    bool save(QString *error) const;

    QString m_dataFile;
    DemoSeedSpec m_seed;
    DemoSigner m_signer;
    QList<DemoOwner> m_owners;
};

} // namespace LicenseDesk
