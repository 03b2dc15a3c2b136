// Loading, seeding, saving and the activation rules of the demo server's state.
#include "DemoLicenseStore.h"

#include "DemoJson.h"
#include "DemoSeed.h"
#include "LicenseParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace LicenseDesk {

using namespace Qt::StringLiterals;

namespace {
constexpr auto kFormat = "licensedesk-demo-server"_L1;
constexpr int kVersion = 1;
} // namespace

QString DemoSeedSpec::key() const {
    return isSynthetic() ? u"synthetic:%1x%2"_s.arg(owners).arg(modules) : u"realistic"_s;
}

DemoLicenseStore::DemoLicenseStore(QString dataFile, DemoSeedSpec seed, DemoSigner signer)
    : m_dataFile(std::move(dataFile))
    , m_seed(seed)
    , m_signer(std::move(signer)) {}

bool DemoLicenseStore::open(bool reset, QString *error) {
    if (!m_dataFile.isEmpty() && QFileInfo::exists(m_dataFile)) {
        bool usable = false;
        if (!load(reset, error, &usable))
            return false;
        if (usable)
            return true;
    }
    seed();
    return save(error);
}

void DemoLicenseStore::seed() {
    const QDate today = QDate::currentDate();
    m_owners = m_seed.isSynthetic() ? DemoSeed::synthetic(std::max(1, m_seed.owners),
                                                          std::max(1, m_seed.modules), today, m_signer)
                                    : DemoSeed::realistic(today, m_signer);
}

bool DemoLicenseStore::load(bool reset, QString *error, bool *usable) {
    *usable = false;
    QFile file(m_dataFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the demo data file %1: %2")
                     .arg(QDir::toNativeSeparators(m_dataFile), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return true; // an empty file holds nothing to lose
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &parseError).object();
    // Anything but the server's own state may be someone's data: never overwrite it.
    if (parseError.error != QJsonParseError::NoError || root.value("Format"_L1).toString() != kFormat) {
        *error = tr("%1 is not a demo server data file, so the demo server leaves it as it is. Choose "
                    "another file with --data.")
                     .arg(QDir::toNativeSeparators(m_dataFile));
        return false;
    }
    // The server's own state from another seed or version, or a broken one, is replaced by a fresh seed.
    if (reset || root.value("Version"_L1).toInt() != kVersion ||
        root.value("Seed"_L1).toString() != m_seed.key())
        return true;
    std::optional<QList<DemoOwner>> owners = ownersFrom(root.value("Owners"_L1).toArray());
    if (!owners)
        return true;
    m_owners = std::move(*owners);
    *usable = true;
    return true;
}

std::optional<QList<DemoOwner>> DemoLicenseStore::ownersFrom(const QJsonArray &saved) {
    const auto parsed = parseExtendedLicenseInfoList(QJsonDocument(saved).toJson());
    if (!parsed.ok())
        return std::nullopt;
    QList<DemoOwner> owners;
    for (const ExtendedLicenseInfo &stored : *parsed.value) {
        if (!stored.current)
            return std::nullopt;
        DemoOwner owner;
        owner.current = *stored.current;
        owner.offer = stored.newLicense;
        for (const ExtendedModuleLicense &m : stored.extendedModuleLicenses) {
            const auto &row = m.current ? m.current : m.newLicense;
            if (row && m.numberOfLicensesInUse > 0)
                owner.inUse.insert(row->moduleName.toLower(), m.numberOfLicensesInUse);
        }
        owners.append(owner);
    }
    return owners;
}

bool DemoLicenseStore::save(QString *error) const {
    if (m_dataFile.isEmpty())
        return true;
    QJsonArray owners;
    for (const DemoOwner &owner : m_owners) {
        owners.append(QJsonDocument::fromJson(DemoJson::extendedLicenseInfo(
                                                  owner, owner.offer ? &*owner.offer : nullptr, false,
                                                  QString(), QString()))
                          .object());
    }
    const QJsonObject root{
        {"Format"_L1, kFormat}, {"Version"_L1, kVersion}, {"Seed"_L1, m_seed.key()}, {"Owners"_L1, owners}};

    const QFileInfo info(m_dataFile);
    QSaveFile file(m_dataFile);
    if (!QDir().mkpath(info.absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write the demo data file %1: %2")
                     .arg(QDir::toNativeSeparators(m_dataFile), file.errorString());
        return false;
    }
    return true;
}

const DemoOwner *DemoLicenseStore::owner(const QString &name) const {
    for (const DemoOwner &owner : m_owners) {
        if (owner.current.ownerName.compare(name, Qt::CaseInsensitive) == 0)
            return &owner;
    }
    return nullptr;
}

DemoOwner *DemoLicenseStore::findOwner(const QString &name) {
    return const_cast<DemoOwner *>(std::as_const(*this).owner(name));
}

QString DemoLicenseStore::refusal(const LicenseInfo &license) const {
    if (license.ownerName.isEmpty())
        return tr("The licence names no owner.");
    if (const QString problem = m_signer.verify(license); !problem.isEmpty())
        return problem;
    DemoOwner empty;
    const DemoOwner *existing = owner(license.ownerName);
    return demoBlockingReasons(existing ? *existing : empty, license).join(u' ');
}

LicenseResult DemoLicenseStore::activate(const LicenseInfo &candidate) {
    const DemoOwner *existing = owner(candidate.ownerName);
    if (!existing)
        return {false, tr("There is no licence owner %1 in this installation.").arg(candidate.ownerName)};
    if (const QString problem = m_signer.verify(candidate); !problem.isEmpty())
        return {false, problem};
    if (!existing->offer)
        return {false, tr("The licence server has no pending licence for %1. Fetch a new licence first.")
                           .arg(existing->current.ownerName)};
    if (existing->offer->signature != candidate.signature)
        return {false, tr("This is not the licence the licence server issued for %1. Fetch it again and "
                          "activate it unchanged.")
                           .arg(existing->current.ownerName)};
    if (const QStringList blockers = demoBlockingReasons(*existing, *existing->offer); !blockers.isEmpty())
        return {false, blockers.join(u' ')};
    // Store the server's own copy: the client's may carry translated descriptions.
    return replace(*existing->offer);
}

LicenseResult DemoLicenseStore::install(const LicenseInfo &license) {
    if (const QString problem = refusal(license); !problem.isEmpty())
        return {false, problem};
    return replace(license);
}

LicenseResult DemoLicenseStore::replace(const LicenseInfo &license) {
    const QList<DemoOwner> before = m_owners;
    DemoOwner *target = findOwner(license.ownerName);
    if (!target) {
        m_owners.append(DemoOwner());
        target = &m_owners.last();
    }
    target->current = license;
    // Whatever the license server had pending is now installed (or superseded by the file).
    target->offer.reset();
    for (auto it = target->inUse.begin(); it != target->inUse.end();) {
        if (findDemoModule(license, it.key()))
            ++it;
        else
            it = target->inUse.erase(it);
    }
    QString error;
    if (!save(&error)) {
        m_owners = before;
        return {false, tr("The licence could not be saved: %1").arg(error)};
    }
    return {true, QString()};
}

} // namespace LicenseDesk
