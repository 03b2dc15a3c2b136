// The translation table for the demo seed's descriptions (en, nb, sv, da, de, nl).
#include "DemoTranslations.h"

#include <algorithm>

namespace LicenseDesk::DemoTranslations {
namespace {

using namespace Qt::StringLiterals;

struct Entry {
    const char *key;     // "OWNER" or "OWNER/module", compared case-insensitively
    const char *text[6]; // en, nb, sv, da, de, nl (UTF-8)
};

// clang-format off
constexpr Entry kEntries[] = {
    {"SUPEROFFICE", {"SuperOffice AS", "SuperOffice AS", "SuperOffice AS", "SuperOffice AS", "SuperOffice AS", "SuperOffice AS"}},
    {"SUPEROFFICE/server", {"SuperOffice Server", "SuperOffice-server", "SuperOffice-server", "SuperOffice-server", "SuperOffice-Server", "SuperOffice-server"}},
    {"SUPEROFFICE/expander-services", {"Expander Services", "Expander-tjenester", "Expander-tjänster", "Expander-tjenester", "Expander-Dienste", "Expander-services"}},
    {"SUPEROFFICE/online-webservices", {"Web services", "Webtjenester", "Webbtjänster", "Webtjenester", "Webdienste", "Webservices"}},
    {"SUPEROFFICE/sale", {"Sales", "Salg", "Försäljning", "Salg", "Vertrieb", "Verkoop"}},
    {"SUPEROFFICE/project", {"Projects", "Prosjekter", "Projekt", "Projekter", "Projekte", "Projecten"}},
    {"SUPEROFFICE/quote", {"Quotes", "Tilbud", "Offerter", "Tilbud", "Angebote", "Offertes"}},
    {"SUPEROFFICE/selection", {"Selections", "Utvalg", "Urval", "Udvalg", "Selektionen", "Selecties"}},
    {"SUPEROFFICE/chat", {"Chat", "Chat", "Chatt", "Chat", "Chat", "Chat"}},
    {"SUPEROFFICE/dash", {"Dashboards", "Dashbord", "Instrumentpaneler", "Dashboards", "Dashboards", "Dashboards"}},
    {"SUPEROFFICE/mktg-auto", {"Marketing automation", "Markedsføringsautomatisering", "Automatiserad marknadsföring", "Marketingautomatisering", "Marketing-Automatisierung", "Marketingautomatisering"}},
    {"SUPEROFFICE/erp-sync", {"ERP synchronisation", "ERP-synkronisering", "ERP-synkronisering", "ERP-synkronisering", "ERP-Synchronisierung", "ERP-synchronisatie"}},
    {"SUPEROFFICE/ten", {"Pricing model 10", "Prismodell 10", "Prismodell 10", "Prismodel 10", "Preismodell 10", "Prijsmodel 10"}},
    {"SUPEROFFICE/ai", {"AI assistant", "KI-assistent", "AI-assistent", "AI-assistent", "KI-Assistent", "AI-assistent"}},
    {"SUPEROFFICE/user", {"User login", "Brukerpålogging", "Användarinloggning", "Brugerlogin", "Benutzeranmeldung", "Gebruikersaanmelding"}},
    {"SUPEROFFICE/web", {"Web client", "Webklient", "Webbklient", "Webklient", "Web-Client", "Webclient"}},
    {"SUPEROFFICE/pocket-crm-cal", {"Mobile CRM", "Mobil CRM", "Mobil CRM", "Mobil CRM", "Mobiles CRM", "Mobiele CRM"}},
    {"SUPEROFFICE/sale-cal", {"Sales user", "Salgsbruker", "Försäljningsanvändare", "Salgsbruger", "Vertriebsbenutzer", "Verkoopgebruiker"}},
    {"SUPEROFFICE/project-cal", {"Project user", "Prosjektbruker", "Projektanvändare", "Projektbruger", "Projektbenutzer", "Projectgebruiker"}},
    {"SUPEROFFICE/quote-cal", {"Quote user", "Tilbudsbruker", "Offertanvändare", "Tilbudsbruger", "Angebotsbenutzer", "Offertegebruiker"}},
    {"SUPEROFFICE/selection-cal", {"Selection user", "Utvalgsbruker", "Urvalsanvändare", "Udvalgsbruger", "Selektionsbenutzer", "Selectiegebruiker"}},
    {"SUPEROFFICE/relation-cal", {"Relations", "Relasjoner", "Relationer", "Relationer", "Beziehungen", "Relaties"}},
    {"SUPEROFFICE/report-cal", {"Reports", "Rapporter", "Rapporter", "Rapporter", "Berichte", "Rapporten"}},
    {"SUPEROFFICE/chat-cal", {"Chat user", "Chatbruker", "Chattanvändare", "Chatbruger", "Chat-Benutzer", "Chatgebruiker"}},
    {"SUPEROFFICE/ej-client", {"Service user", "Servicebruker", "Serviceanvändare", "Servicebruger", "Service-Benutzer", "Servicegebruiker"}},
    {"SUPEROFFICE/t2", {"Premium tier", "Premium-nivå", "Premiumnivå", "Premium-niveau", "Premium-Stufe", "Premiumniveau"}},
    {"SUPEROFFICE/visible-for", {"Visibility control", "Synlighetsstyring", "Synlighetsstyrning", "Synlighedsstyring", "Sichtbarkeitssteuerung", "Zichtbaarheidsbeheer"}},
    {"SUPEROFFICE/ten-sales", {"Sales Premium", "Salg Premium", "Försäljning Premium", "Salg Premium", "Vertrieb Premium", "Verkoop Premium"}},
    {"SUPEROFFICE/ten-service", {"Service Premium", "Service Premium", "Service Premium", "Service Premium", "Service Premium", "Service Premium"}},
    {"SUPEROFFICE/ten-marketing", {"Marketing Premium", "Markedsføring Premium", "Marknadsföring Premium", "Marketing Premium", "Marketing Premium", "Marketing Premium"}},
    {"SUPEROFFICE/ten-salesservice", {"Sales & Service Premium", "Salg og service Premium", "Försäljning och service Premium", "Salg og service Premium", "Vertrieb & Service Premium", "Verkoop & service Premium"}},
    {"SUPEROFFICE/extern-user-cal", {"External user", "Ekstern bruker", "Extern användare", "Ekstern bruger", "Externer Benutzer", "Externe gebruiker"}},
    {"ACMEDOCS", {"Acme Document Archive (partner add-on)", "Acme dokumentarkiv (partnertillegg)", "Acme dokumentarkiv (partnertillägg)", "Acme dokumentarkiv (partnertilføjelse)", "Acme Dokumentenarchiv (Partner-Add-on)", "Acme documentarchief (partner-add-on)"}},
    {"ACMEDOCS/DOCARCHIVE", {"Document archive", "Dokumentarkiv", "Dokumentarkiv", "Dokumentarkiv", "Dokumentenarchiv", "Documentarchief"}},
    {"ACMEDOCS/DOCARCHIVEUSER", {"Document archive user", "Dokumentarkivbruker", "Dokumentarkivanvändare", "Dokumentarkivbruger", "Dokumentenarchiv-Benutzer", "Documentarchiefgebruiker"}},
    {"ACMEDOCS/DOCARCHIVEADMIN", {"Archive administrator", "Arkivadministrator", "Arkivadministratör", "Arkivadministrator", "Archivadministrator", "Archiefbeheerder"}},
    {"NORDICSIGN", {"Nordic Sign e-signatures (partner add-on)", "Nordic Sign e-signering (partnertillegg)", "Nordic Sign e-signering (partnertillägg)", "Nordic Sign e-signatur (partnertilføjelse)", "Nordic Sign E-Signaturen (Partner-Add-on)", "Nordic Sign e-handtekeningen (partner-add-on)"}},
    {"NORDICSIGN/ESIGN", {"Electronic signatures", "Elektronisk signering", "Elektroniska underskrifter", "Elektroniske signaturer", "Elektronische Signaturen", "Elektronische handtekeningen"}},
    {"NORDICSIGN/ESIGNUSER", {"E-signature user", "E-signeringsbruker", "E-signaturanvändare", "E-signaturbruger", "E-Signatur-Benutzer", "E-handtekeninggebruiker"}},
    {"NORDICSIGN/ESIGNTEMPLATES", {"Signature templates", "Signeringsmaler", "Signeringsmallar", "Signaturskabeloner", "Signaturvorlagen", "Handtekeningsjablonen"}},
    {"MAILBRIDGE", {"MailBridge e-mail integration (partner add-on)", "MailBridge e-postintegrasjon (partnertillegg)", "MailBridge e-postintegration (partnertillägg)", "MailBridge e-mailintegration (partnertilføjelse)", "MailBridge E-Mail-Integration (Partner-Add-on)", "MailBridge e-mailintegratie (partner-add-on)"}},
    {"MAILBRIDGE/MAILBRIDGE", {"E-mail integration", "E-postintegrasjon", "E-postintegration", "E-mailintegration", "E-Mail-Integration", "E-mailintegratie"}},
    {"MAILBRIDGE/MAILBRIDGEUSER", {"E-mail integration user", "E-postintegrasjonsbruker", "E-postintegrationsanvändare", "E-mailintegrationsbruger", "E-Mail-Integrationsbenutzer", "E-mailintegratiegebruiker"}},
    {"MAILBRIDGE/MAILBRIDGESYNC", {"Calendar synchronisation", "Kalendersynkronisering", "Kalendersynkronisering", "Kalendersynkronisering", "Kalendersynchronisierung", "Agendasynchronisatie"}},
};
// clang-format on

int languageIndex(const QString &language) {
    return int(supportedLanguages().indexOf(language));
}

/// "nb-NO" -> "nb", "no" -> "nb"; empty for languages the demo does not know.
QString normalise(QByteArrayView tag) {
    QString code = QString::fromLatin1(tag.trimmed()).section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (code == "no"_L1 || code == "nn"_L1)
        code = u"nb"_s;
    return supportedLanguages().contains(code) ? code : QString();
}

QString lookup(const QString &key, const QString &language, const QString &fallback) {
    const int index = languageIndex(language);
    if (index < 0)
        return fallback;
    for (const Entry &entry : kEntries) {
        if (key.compare(QLatin1StringView(entry.key), Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(entry.text[index]);
    }
    return fallback;
}

} // namespace

QStringList supportedLanguages() {
    return {u"en"_s, u"nb"_s, u"sv"_s, u"da"_s, u"de"_s, u"nl"_s};
}

QString pickLanguage(const QByteArray &soLanguage, const QByteArray &acceptLanguage) {
    if (const QString code = normalise(soLanguage); !code.isEmpty())
        return code;
    struct Candidate {
        QString code;
        double quality;
    };
    QList<Candidate> candidates;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        double quality = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed();
            if (parameter.startsWith("q="))
                quality = parameter.mid(2).toDouble();
        }
        if (const QString code = normalise(pieces.value(0)); !code.isEmpty() && quality > 0)
            candidates.append({code, quality});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.quality > b.quality; });
    return candidates.isEmpty() ? u"en"_s : candidates.first().code;
}

QString ownerDescription(const QString &owner, const QString &language, const QString &fallback) {
    return lookup(owner, language, fallback);
}

QString moduleDescription(const QString &owner, const QString &module, const QString &language,
                          const QString &fallback) {
    return lookup(owner + u'/' + module, language, fallback);
}

} // namespace LicenseDesk::DemoTranslations
