// The saved connection profiles (QSettings) plus one session-only profile that is never written.
#pragma once

#include "ConnectionProfile.h"

#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace LicenseDesk {

/// Reads and writes profiles under "connections/" of a QSettings. Secrets are never written here:
/// they belong to a SecretStore. Profile names are unique (compared case-sensitively).
class ProfileStore final {
public:
    /// Uses the application's default QSettings.
    ProfileStore();
    /// Uses the given settings (e.g. an ini file in tests); not owned, must outlive the store.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    /// Every profile, saved ones in saved order, the session-only profile (if any) first.
    QList<ConnectionProfile> profiles() const;
    QStringList profileNames() const;
    std::optional<ConnectionProfile> load(const QString &name) const;
    bool contains(const QString &name) const { return load(name).has_value(); }

    /// Adds the profile or replaces the one with the same name. A profile named like the
    /// session-only profile replaces that one in memory and is not written either.
    void save(const ConnectionProfile &profile);
    /// Saves the profile under its (new) name and removes oldName, keeping its position.
    void rename(const QString &oldName, const ConnectionProfile &profile);
    void remove(const QString &name);

    /// Pins a certificate (lower-case hex SHA-256) for the profile; false if there is no such profile.
    bool addTrustedCertificate(const QString &name, const QByteArray &fingerprint);
    /// Stops trusting a pinned certificate; false if the profile or the pin does not exist.
    bool removeTrustedCertificate(const QString &name, const QByteArray &fingerprint);

    /// The profile used last (persisted unless it is the session-only one); empty if none.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    /// A profile that exists for this run only (the --demo server); nothing about it is written.
    void setSessionProfile(const ConnectionProfile &profile);
    bool isSessionOnly(const QString &name) const;

private:
    QList<ConnectionProfile> readSaved() const;
    void writeSaved(const QList<ConnectionProfile> &profiles);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    std::optional<ConnectionProfile> m_sessionProfile;
    bool m_sessionIsLastUsed = false;
};

} // namespace LicenseDesk
