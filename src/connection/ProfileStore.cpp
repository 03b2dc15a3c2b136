// Profiles as a QSettings array: rewritten as a whole on each change so order and removal stay simple.
#include "ProfileStore.h"

#include <QSettings>

namespace LicenseDesk {

namespace {

const QString kArray = QStringLiteral("connections/profiles");
const QString kLastUsed = QStringLiteral("connections/lastUsed");

QString proxyTypeKey(QNetworkProxy::ProxyType type) {
    return type == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http");
}

QNetworkProxy::ProxyType proxyTypeFromKey(const QString &key) {
    return key == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
}

ConnectionProfile readProfile(const QSettings &settings) {
    ConnectionProfile profile;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.apiUrl = settings.value(QStringLiteral("apiUrl")).toString();
    profile.auth =
        authMethodFromKey(settings.value(QStringLiteral("auth")).toString()).value_or(AuthMethod::Basic);
    profile.user = settings.value(QStringLiteral("user")).toString();
    profile.useAppToken = settings.value(QStringLiteral("useAppToken"), false).toBool();
    bool ok = false;
    const int timeout = settings.value(QStringLiteral("timeoutSeconds")).toInt(&ok);
    profile.timeoutSeconds = ok && timeout > 0 ? timeout : ConnectionProfile::DefaultTimeoutSeconds;
    const QStringList pins = settings.value(QStringLiteral("trustedCertificates")).toStringList();
    for (const QString &pin : pins) {
        if (!pin.isEmpty())
            profile.trustedCertificates.append(pin.toLatin1().toLower());
    }
    const QString proxyHost = settings.value(QStringLiteral("proxyHost")).toString();
    if (!proxyHost.isEmpty()) {
        ProxyConfig proxy;
        proxy.type = proxyTypeFromKey(settings.value(QStringLiteral("proxyType")).toString());
        proxy.host = proxyHost;
        const int port = settings.value(QStringLiteral("proxyPort")).toInt();
        proxy.port = port > 0 && port <= 65535 ? quint16(port) : quint16(8080);
        proxy.user = settings.value(QStringLiteral("proxyUser")).toString();
        profile.proxy = proxy;
    }
    return profile;
}

void writeProfile(QSettings &settings, const ConnectionProfile &profile) {
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("apiUrl"), profile.apiUrl);
    settings.setValue(QStringLiteral("auth"), authMethodKey(profile.auth));
    settings.setValue(QStringLiteral("user"), profile.user);
    settings.setValue(QStringLiteral("useAppToken"), profile.useAppToken);
    settings.setValue(QStringLiteral("timeoutSeconds"), profile.timeoutSeconds);
    QStringList pins;
    for (const QByteArray &pin : profile.trustedCertificates)
        pins.append(QString::fromLatin1(pin));
    settings.setValue(QStringLiteral("trustedCertificates"), pins);
    if (profile.proxy) {
        settings.setValue(QStringLiteral("proxyType"), proxyTypeKey(profile.proxy->type));
        settings.setValue(QStringLiteral("proxyHost"), profile.proxy->host);
        settings.setValue(QStringLiteral("proxyPort"), int(profile.proxy->port));
        settings.setValue(QStringLiteral("proxyUser"), profile.proxy->user);
    }
}

} // namespace

ProfileStore::ProfileStore()
    : m_ownSettings(std::make_unique<QSettings>())
    , m_settings(m_ownSettings.get()) {}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings) {}

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::readSaved() const {
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile = readProfile(*m_settings);
        if (!profile.name.isEmpty())
            result.append(std::move(profile));
    }
    m_settings->endArray();
    return result;
}

void ProfileStore::writeSaved(const QList<ConnectionProfile> &profiles) {
    // Removing the whole array first drops keys of fields that became empty (e.g. a removed proxy).
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, profiles.at(i));
    }
    m_settings->endArray();
    m_settings->sync();
}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> result;
    if (m_sessionProfile)
        result.append(*m_sessionProfile);
    const QList<ConnectionProfile> saved = readSaved();
    for (const ConnectionProfile &profile : saved) {
        if (!isSessionOnly(profile.name))
            result.append(profile);
    }
    return result;
}

QStringList ProfileStore::profileNames() const {
    QStringList names;
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &profile : all)
        names.append(profile.name);
    return names;
}

std::optional<ConnectionProfile> ProfileStore::load(const QString &name) const {
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile) {
    rename(profile.name, profile);
}

void ProfileStore::rename(const QString &oldName, const ConnectionProfile &profile) {
    if (profile.name.isEmpty())
        return;
    if (isSessionOnly(oldName) || isSessionOnly(profile.name)) {
        m_sessionProfile = profile;
        return;
    }
    QList<ConnectionProfile> saved = readSaved();
    qsizetype position = -1;
    for (qsizetype i = saved.size() - 1; i >= 0; --i) {
        const QString &name = saved.at(i).name;
        if (name == oldName || name == profile.name) {
            position = i;
            saved.removeAt(i);
        }
    }
    if (position < 0 || position > saved.size())
        saved.append(profile);
    else
        saved.insert(position, profile);
    writeSaved(saved);
    if (oldName != profile.name && lastUsed() == oldName)
        setLastUsed(profile.name);
}

void ProfileStore::remove(const QString &name) {
    if (isSessionOnly(name)) {
        m_sessionProfile.reset();
        m_sessionIsLastUsed = false;
        return;
    }
    QList<ConnectionProfile> saved = readSaved();
    const qsizetype removed = saved.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    if (removed > 0)
        writeSaved(saved);
    if (m_settings->value(kLastUsed).toString() == name) {
        m_settings->remove(kLastUsed);
        m_settings->sync();
    }
}

bool ProfileStore::addTrustedCertificate(const QString &name, const QByteArray &fingerprint) {
    std::optional<ConnectionProfile> profile = load(name);
    if (!profile || fingerprint.isEmpty())
        return false;
    const QByteArray pin = fingerprint.toLower();
    if (!profile->trustedCertificates.contains(pin)) {
        profile->trustedCertificates.append(pin);
        save(*profile);
    }
    return true;
}

bool ProfileStore::removeTrustedCertificate(const QString &name, const QByteArray &fingerprint) {
    std::optional<ConnectionProfile> profile = load(name);
    if (!profile || profile->trustedCertificates.removeAll(fingerprint.toLower()) == 0)
        return false;
    save(*profile);
    return true;
}

QString ProfileStore::lastUsed() const {
    if (m_sessionIsLastUsed && m_sessionProfile)
        return m_sessionProfile->name;
    return m_settings->value(kLastUsed).toString();
}

void ProfileStore::setLastUsed(const QString &name) {
    m_sessionIsLastUsed = isSessionOnly(name);
    if (m_sessionIsLastUsed)
        return;
    m_settings->setValue(kLastUsed, name);
    m_settings->sync();
}

void ProfileStore::setSessionProfile(const ConnectionProfile &profile) {
    m_sessionProfile = profile;
}

bool ProfileStore::isSessionOnly(const QString &name) const {
    return m_sessionProfile && m_sessionProfile->name == name;
}

} // namespace LicenseDesk
