<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivationPreviewDialog</name>
    <message>
        <source>Activation preview</source>
        <translation>Aktivierungsvorschau</translation>
    </message>
    <message>
        <source>Module changes</source>
        <translation>Änderungen an Modulen</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivierung läuft</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know the server uses it, for example because your administrator gave you the same fingerprint. LicenseDesk will then accept this exact certificate for this connection, and nothing else. You can revoke the trust in the connection settings.</source>
        <translation>Vertrauen Sie diesem Zertifikat nur, wenn Sie wissen, dass der Server es verwendet – etwa weil Ihr Administrator Ihnen denselben Fingerabdruck genannt hat. LicenseDesk akzeptiert dann für diese Verbindung genau dieses Zertifikat und kein anderes. Sie können das Vertrauen in den Verbindungseinstellungen widerrufen.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Start a new connection</source>
        <translation>Neue Verbindung anlegen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Edit the name of the selected connection</source>
        <translation>Namen der ausgewählten Verbindung ändern</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Delete the selected connection and its stored secrets</source>
        <translation>Ausgewählte Verbindung samt gespeicherter Zugangsdaten löschen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-U&amp;RL:</translation>
    </message>
    <message>
        <source>https://crm.example.com/SuperOffice</source>
        <translation>https://crm.example.com/SuperOffice</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Si&amp;gn-in method:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>T&amp;icket:</translation>
    </message>
    <message>
        <source>SOTicket</source>
        <translation>SOTicket</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Zu&amp;griffstoken:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Sen&amp;d an SO-AppToken:</source>
        <translation>SO-AppToken sen&amp;den:</translation>
    </message>
    <message>
        <source>Send an SO-AppToken</source>
        <translation>SO-AppToken senden</translation>
    </message>
    <message>
        <source>SO-AppToken</source>
        <translation>SO-AppToken</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>&amp;Diesen Proxy verwenden:</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxytyp</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Certificates you trusted for this connection although they failed the usual checks:</source>
        <translation>Zertifikate, denen Sie für diese Verbindung vertrauen, obwohl sie die üblichen Prüfungen nicht bestanden haben:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates trusted for this connection</source>
        <translation>SHA-256-Fingerabdrücke der Zertifikate, denen Sie für diese Verbindung vertrauen</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Dem ausgewählten Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Resolve, connect, check the certificate and sign in</source>
        <translation>Hostname auflösen, verbinden, Zertifikat prüfen und anmelden</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>Test abbre&amp;chen</translation>
    </message>
    <message>
        <source>Rev&amp;iew certificate…</source>
        <translation>&amp;Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Show the untrusted certificate and decide whether to trust it</source>
        <translation>Nicht vertrauenswürdiges Zertifikat anzeigen und entscheiden, ob Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationController</name>
    <message>
        <source>Asking the license server about %1…</source>
        <translation>Lizenzserver wird für %1 abgefragt…</translation>
    </message>
    <message>
        <source>Reading license file %1…</source>
        <translation>Lizenzdatei %1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Activate the new license for %1?

%2

The license server&apos;s license replaces the stored one. This cannot be undone from LicenseDesk.</source>
        <translation>Neue Lizenz für %1 aktivieren?

%2

Die Lizenz vom Lizenzserver ersetzt die gespeicherte Lizenz. Dies lässt sich in LicenseDesk nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Activate license</source>
        <translation>Lizenz aktivieren</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Activating the license for %1…</source>
        <translation>Lizenz für %1 wird aktiviert…</translation>
    </message>
    <message>
        <source>Activated.</source>
        <translation>Aktiviert.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost (%1). It was not sent again.</source>
        <translation>Die Anfrage wurde gesendet, aber ihre Antwort ging verloren (%1). Sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>Nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>Reading what the server now stores…</source>
        <translation>Der jetzt auf dem Server gespeicherte Stand wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the license of %1…</source>
        <translation>Lizenz von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the stored license: %1 Refresh to see what the server holds.</source>
        <translation>Die gespeicherte Lizenz konnte nicht gelesen werden: %1 Aktualisieren Sie, um den Stand auf dem Server zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2 licenses</source>
        <translation>%1: %2 Lizenzen</translation>
    </message>
    <message>
        <source>%1: not in the stored license</source>
        <translation>%1: nicht in der gespeicherten Lizenz</translation>
    </message>
    <message>
        <source>The server now stores license version %1 with the new counts.</source>
        <translation>Der Server speichert jetzt Lizenzversion %1 mit den neuen Anzahlen.</translation>
    </message>
    <message>
        <source>The server stores license version %1; it does not match the offer in every module.</source>
        <translation>Der Server speichert Lizenzversion %1; sie stimmt nicht in jedem Modul mit dem Angebot überein.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewDialog</name>
    <message>
        <source>Activate this license after a confirmation</source>
        <translation>Diese Lizenz nach einer Bestätigung aktivieren</translation>
    </message>
    <message>
        <source>Activation is not possible: see the verdict above</source>
        <translation>Aktivierung nicht möglich: siehe Hinweis oben</translation>
    </message>
    <message>
        <source>License server offer for %1</source>
        <translation>Angebot des Lizenzservers für %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the new license has %2, but %3 are in use — free %n seat(s).</source>
        <extracomment>one blocking module: %1 name, %2 new total, %3 seats in use, then how many to free</extracomment>
        <translation>
            <numerusform>%1: Die neue Lizenz enthält %2, aber %3 sind belegt – geben Sie %n Platz frei.</numerusform>
            <numerusform>%1: Die neue Lizenz enthält %2, aber %3 sind belegt – geben Sie %n Plätze frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove license assignments before activating:</source>
        <translation>Entfernen Sie vor dem Aktivieren Lizenzzuweisungen:</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewModel</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Neu frei</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message numerus="yes">
        <source>blocked: free %n seat(s) first</source>
        <translation>
            <numerusform>blockiert: zuerst %n Platz freigeben</numerusform>
            <numerusform>blockiert: zuerst %n Plätze freigeben</numerusform>
        </translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>unbeschränkt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 in use, %5</source>
        <translation>%1: %2 auf %3, %4 belegt, %5</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Cancel the running requests</source>
        <translation>Laufende Anfragen abbrechen</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 &amp;vertrauen</translation>
    </message>
    <message>
        <source>The server at %1 sent no certificate.</source>
        <translation>Der Server %1 hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Connecting anyway could let someone read or change what LicenseDesk sends, including your password.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden. Wenn Sie trotzdem verbinden, könnte jemand mitlesen oder ändern, was LicenseDesk sendet – auch Ihr Passwort.</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(noch nicht gültig)</translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason Qt did not name.</source>
        <translation>Der TLS-Handshake ist aus einem Grund fehlgeschlagen, den Qt nicht nennt.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivateCommand</name>
    <message>
        <source>The license server offered no new license for %1: nothing to activate.</source>
        <translation>Der Lizenzserver hat keine neue Lizenz für %1 angeboten: Es gibt nichts zu aktivieren.</translation>
    </message>
    <message>
        <source>Not activating: %1</source>
        <translation>Keine Aktivierung: %1</translation>
    </message>
    <message>
        <source>Not activating without confirmation: standard input is not a terminal. Pass --yes to activate.</source>
        <translation>Keine Aktivierung ohne Bestätigung: Die Standardeingabe ist kein Terminal. Geben Sie --yes an, um zu aktivieren.</translation>
    </message>
    <message>
        <source>Activation cancelled: nothing was changed.</source>
        <translation>Aktivierung abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Activate? [y/N]</source>
        <extracomment>The [y/N] letters are part of the prompt: the default (Enter) is No.</extracomment>
        <translation>Aktivieren? [j/N]</translation>
    </message>
    <message>
        <source>The server refused the activation: %1</source>
        <translation>Der Server hat die Aktivierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The activation was sent, but its answer was lost. Reading what the server now stores (the request is not sent again)…</source>
        <translation>Die Aktivierung wurde gesendet, aber ihre Antwort ging verloren. Der jetzt auf dem Server gespeicherte Stand wird gelesen (die Anfrage wird nicht erneut gesendet)…</translation>
    </message>
    <message>
        <source>Could not find out whether the activation took effect. Run &quot;show %1&quot; before trying again.</source>
        <translation>Es ließ sich nicht feststellen, ob die Aktivierung wirksam wurde. Führen Sie &quot;show %1&quot; aus, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The activation succeeded, but the license could not be read back.</source>
        <translation>Die Aktivierung war erfolgreich, aber die Lizenz konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The activation took effect: the server now stores the totals the preview showed.</source>
        <translation>Die Aktivierung ist wirksam: Der Server speichert jetzt die Summen aus der Vorschau.</translation>
    </message>
    <message>
        <source>Activated. Verified: the server now stores the totals the preview showed.</source>
        <translation>Aktiviert. Geprüft: Der Server speichert jetzt die Summen aus der Vorschau.</translation>
    </message>
    <message>
        <source>The server does not store the new license: the activation probably did not take effect. Check with &quot;preview %1&quot; before trying again.</source>
        <translation>Der Server speichert die neue Lizenz nicht: Die Aktivierung wurde vermutlich nicht wirksam. Prüfen Sie mit &quot;preview %1&quot;, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Activated, but the server stores totals that differ from the preview:</source>
        <translation>Aktiviert, aber der Server speichert andere Summen als in der Vorschau:</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivationCheck</name>
    <message>
        <source>%1: should have been dropped, but the server stores %2 license(s)</source>
        <translation>%1: hätte entfallen sollen, aber der Server speichert %2 Lizenz(en)</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores none</source>
        <translation>%1: %2 Lizenz(en) erwartet, aber der Server speichert keine</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores %3</source>
        <translation>%1: %2 Lizenz(en) erwartet, aber der Server speichert %3</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CliCommand</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Die Antwort des Servers war leer.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandLine</name>
    <message>
        <source>Usage: licensedesk-cli [options] &lt;command&gt; [args]

Commands:
  owners                    every module owner with totals
  show OWNER                per-module usage of one owner
  module OWNER MODULE       one module license
  status OWNER              what the license server says
  preview OWNER             what activating the license server&apos;s license would change
  activate OWNER [--yes]    preview, ask (unless --yes), activate, re-read, verify

Options:
  --url URL                 API root (env LICENSEDESK_URL)
  --user NAME               Basic auth user (env LICENSEDESK_USER); the password comes from
                            env LICENSEDESK_PASSWORD, else the desktop app&apos;s keychain entry
                            for this URL and user, else a no-echo prompt on a terminal
  --ticket-env VAR          SoTicket taken from that environment variable
  --token-env VAR           Bearer token taken from that environment variable
  --app-token-env VAR       SO-AppToken taken from that environment variable
  --language LANG           UI and server language (default: the system&apos;s)
  --format table|json|csv   output format (default: table)
  --timeout SECONDS         request timeout (default: 30)
  --yes                     activate without asking
  --version, --help

Output: tables fit the terminal (COLUMNS overrides its width). JSON and CSV use stable
English keys; dates are ISO 8601; a permanent license&apos;s expiry is null in JSON, empty in
CSV and &quot;never&quot; in tables. CSV follows RFC 4180 with a header row. activate --format json
prints one object: preview, activated, verified, mismatches, stored.

Exit codes: 0 success, 1 usage error, 2 cannot connect (TLS, timeout), 3 authentication
refused, 4 server error, 5 malformed response, 6 activation blocked or refused.
</source>
        <translation>Aufruf: licensedesk-cli [Optionen] &lt;Befehl&gt; [Argumente]

Befehle:
  owners                    alle Modulinhaber mit Summen
  show INHABER              Nutzung je Modul für einen Inhaber
  module INHABER MODUL      eine Modullizenz
  status INHABER            was der Lizenzserver meldet
  preview INHABER           was die Aktivierung der Lizenz vom Lizenzserver ändern würde
  activate INHABER [--yes]  Vorschau, Rückfrage (außer bei --yes), aktivieren, neu lesen, prüfen

Optionen:
  --url URL                 API-Stammadresse (Umgebung: LICENSEDESK_URL)
  --user NAME               Benutzer für Basic-Anmeldung (Umgebung: LICENSEDESK_USER); das
                            Passwort stammt aus LICENSEDESK_PASSWORD, sonst aus dem
                            Schlüsselbund-Eintrag der Desktop-App für diese URL und diesen
                            Benutzer, sonst aus einer verdeckten Abfrage im Terminal
  --ticket-env VAR          SoTicket aus dieser Umgebungsvariablen
  --token-env VAR           Bearer-Token aus dieser Umgebungsvariablen
  --app-token-env VAR       SO-AppToken aus dieser Umgebungsvariablen
  --language SPRACHE        Sprache für Oberfläche und Server (Standard: Systemsprache)
  --format table|json|csv   Ausgabeformat (Standard: table)
  --timeout SEKUNDEN        Zeitlimit für Anfragen (Standard: 30)
  --yes                     ohne Rückfrage aktivieren
  --version, --help

Ausgabe: Tabellen passen sich dem Terminal an (COLUMNS überschreibt die Breite). JSON und CSV
verwenden stabile englische Schlüssel; Datumsangaben folgen ISO 8601; das Ablaufdatum einer
unbefristeten Lizenz ist in JSON null, in CSV leer und in Tabellen &quot;nie&quot;. CSV folgt RFC 4180
mit Kopfzeile. activate --format json gibt ein Objekt aus: preview, activated, verified,
mismatches, stored.

Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 keine Verbindung (TLS, Zeitüberschreitung),
3 Anmeldung abgelehnt, 4 Serverfehler, 5 fehlerhafte Antwort, 6 Aktivierung blockiert oder
abgelehnt.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; erwartet %n Argument</numerusform>
            <numerusform>&quot;%1&quot; erwartet %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner name is empty</source>
        <translation>der Inhabername ist leer</translation>
    </message>
    <message>
        <source>the module name is empty</source>
        <translation>der Modulname ist leer</translation>
    </message>
    <message>
        <source>--yes only applies to &quot;activate&quot;</source>
        <translation>--yes gilt nur für &quot;activate&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation>unbekanntes Format &quot;%1&quot;: Verwenden Sie table, json oder csv</translation>
    </message>
    <message>
        <source>no API URL: pass --url or set LICENSEDESK_URL</source>
        <translation>keine API-URL: Geben Sie --url an oder setzen Sie LICENSEDESK_URL</translation>
    </message>
    <message>
        <source>unusable API URL &quot;%1&quot;: %2</source>
        <translation>unbrauchbare API-URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 86400</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 1 und 86400</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use an ISO code such as en or nb</source>
        <translation>unbekannte Sprache &quot;%1&quot;: Verwenden Sie einen ISO-Code wie en oder nb</translation>
    </message>
    <message>
        <source>use either --ticket-env or --token-env, not both</source>
        <translation>verwenden Sie entweder --ticket-env oder --token-env, nicht beide</translation>
    </message>
    <message>
        <source>--user cannot be combined with --ticket-env or --token-env</source>
        <translation>--user lässt sich nicht mit --ticket-env oder --token-env kombinieren</translation>
    </message>
    <message>
        <source>the environment variable &quot;%1&quot; is not set or empty</source>
        <translation>die Umgebungsvariable &quot;%1&quot; ist nicht gesetzt oder leer</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandLineApp</name>
    <message>
        <source>Try &quot;licensedesk-cli --help&quot;.</source>
        <translation>Weitere Informationen mit &quot;licensedesk-cli --help&quot;.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandRunner</name>
    <message>
        <source>No password for %1: set LICENSEDESK_PASSWORD or run in a terminal to be asked.</source>
        <translation>Kein Passwort für %1: Setzen Sie LICENSEDESK_PASSWORD oder starten Sie im Terminal, um danach gefragt zu werden.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ConfirmationPrompt</name>
    <message>
        <source>yes</source>
        <extracomment>The word a user types to confirm at a &quot;[y/N]&quot; prompt (lower case); &quot;y&quot; and &quot;yes&quot; always work too.</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ErrorReport</name>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::PasswordSource</name>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 bei %2: </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ReadCommand</name>
    <message>
        <source>internal error: &quot;activate&quot; is not a read command</source>
        <translation>interner Fehler: &quot;activate&quot; ist kein Lesebefehl</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::TableReport</name>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Unbekannter Status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The license is up to date.</source>
        <translation>Die Lizenz ist aktuell.</translation>
    </message>
    <message>
        <source>A new license is available: run &quot;preview&quot;, then &quot;activate&quot;.</source>
        <translation>Eine neue Lizenz ist verfügbar: Führen Sie &quot;preview&quot; und dann &quot;activate&quot; aus.</translation>
    </message>
    <message>
        <source>A new company name is available.</source>
        <translation>Ein neuer Firmenname ist verfügbar.</translation>
    </message>
    <message>
        <source>A new serial number is available.</source>
        <translation>Eine neue Seriennummer ist verfügbar.</translation>
    </message>
    <message>
        <source>The license server has a message.</source>
        <translation>Der Lizenzserver hat eine Meldung.</translation>
    </message>
    <message>
        <source>A new license was activated.</source>
        <translation>Eine neue Lizenz wurde aktiviert.</translation>
    </message>
    <message>
        <source>The license server could not provide the license.</source>
        <translation>Der Lizenzserver konnte die Lizenz nicht bereitstellen.</translation>
    </message>
    <message>
        <source>The license server reported an unknown error.</source>
        <translation>Der Lizenzserver hat einen unbekannten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Kulanzzeit endet:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Wartung endet:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Nächste Lizenzprüfung:</translation>
    </message>
    <message>
        <source>New license expires:</source>
        <translation>Neue Lizenz läuft ab:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>No license owners.</source>
        <translation>Keine Modulinhaber.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>Benutzerplan</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>unbeschränkt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>over-used</source>
        <translation>überbelegt</translation>
    </message>
    <message>
        <source>New total</source>
        <translation>Neu gesamt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Neu frei</translation>
    </message>
    <message numerus="yes">
        <source>blocked: remove %n assignment(s)</source>
        <translation>
            <numerusform>blockiert: %n Zuweisung entfernen</numerusform>
            <numerusform>blockiert: %n Zuweisungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Allowed user type:</source>
        <translation>Zulässiger Benutzertyp:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>Unrestricted:</source>
        <translation>Unbeschränkt:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Ausgeblendet:</translation>
    </message>
    <message>
        <source>User plan:</source>
        <translation>Benutzerplan:</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Enthält:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Erfordert:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionDialog</name>
    <message>
        <source>Type the new name, then save.</source>
        <translation>Geben Sie den neuen Namen ein und speichern Sie.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Review it to decide whether to trust it.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig. Prüfen Sie es, um zu entscheiden, ob Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Benutzername und Passwort (Basic)</translation>
    </message>
    <message>
        <source>SuperOffice ticket (SOTicket)</source>
        <translation>SuperOffice-Ticket (SOTicket)</translation>
    </message>
    <message>
        <source>Access token (Bearer, Online)</source>
        <translation>Zugriffstoken (Bearer, Online)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Sign-in method: send no credentials</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS 5</source>
        <translation>SOCKS 5</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Eine Verbindung namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation>Die API-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system proxy settings.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder verwenden Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and forget its stored password or token?</source>
        <translation>Verbindung „%1“ entfernen und das gespeicherte Passwort bzw. Token verwerfen?</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>The certificate is now trusted for “%1”. Test the connection again.</source>
        <translation>Das Zertifikat ist jetzt für „%1“ vertrauenswürdig. Testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The certificate %1 is no longer trusted.</source>
        <translation>Dem Zertifikat %1 wird nicht mehr vertraut.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection test failed; the steps above say where.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen; die Schritte oben zeigen, wo.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionMenu</name>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>Keine gespeicherten Verbindungen</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionSettings</name>
    <message>
        <source>Enter the WebAPI address, for example https://crm.example.com/SuperOffice.</source>
        <translation>Geben Sie die WebAPI-Adresse ein, zum Beispiel https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://); “%1” does not.</source>
        <translation>Die Adresse muss mit https:// (oder http://) beginnen; „%1“ tut das nicht.</translation>
    </message>
    <message>
        <source>The address “%1” has no server name. Enter it like https://crm.example.com/SuperOffice.</source>
        <translation>Die Adresse „%1“ enthält keinen Servernamen. Geben Sie sie in der Form https://crm.example.com/SuperOffice ein.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; enter them in the sign-in fields instead.</source>
        <translation>Tragen Sie Benutzername oder Passwort nicht in die Adresse ein, sondern in die Anmeldefelder.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve host</source>
        <translation>Hostname auflösen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Sign in and read licenses</source>
        <translation>Anmelden und Lizenzen lesen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The API URL has no host name.</source>
        <translation>Die API-URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Looking up the proxy %1…</source>
        <translation>Proxy %1 wird aufgelöst…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird aufgelöst…</translation>
    </message>
    <message>
        <source>Could not find %1: %2</source>
        <translation>%1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Proxy %1 is %2.</source>
        <translation>Adresse des Proxys %1: %2.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>Adresse von %1: %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbindung zu %1, Port %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Verbunden mit %1, Port %2.</translation>
    </message>
    <message>
        <source>Not used: the API URL starts with http://, so passwords and tokens travel unencrypted.</source>
        <translation>Nicht verwendet: Die API-URL beginnt mit http://, daher werden Passwörter und Tokens unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation>Zertifikat des Servers wird geprüft…</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid until %3.</source>
        <translation>Zertifikat für %1, ausgestellt von %2, gültig bis %3.</translation>
    </message>
    <message>
        <source>Accepted because you trusted this certificate.</source>
        <translation>Akzeptiert, weil Sie diesem Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>Signing in and reading the licenses…</source>
        <translation>Anmeldung und Lesen der Lizenzen…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in; read the licenses of %n owner(s).</source>
        <translation>
            <numerusform>Angemeldet; Lizenzen von %n Inhaber gelesen.</numerusform>
            <numerusform>Angemeldet; Lizenzen von %n Inhabern gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Countdown</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a date, %2 a countdown such as &quot;in 12 days&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoLicenseStore</name>
    <message>
        <source>Cannot read the demo data file %1: %2</source>
        <translation>Die Demo-Datendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo data file %1: %2</source>
        <translation>Die Demo-Datendatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The licence names no owner.</source>
        <translation>Die Lizenz nennt keinen Inhaber.</translation>
    </message>
    <message>
        <source>There is no licence owner %1 in this installation.</source>
        <translation>In dieser Installation gibt es keinen Lizenzinhaber %1.</translation>
    </message>
    <message>
        <source>The licence server has no pending licence for %1. Fetch a new licence first.</source>
        <translation>Der Lizenzserver hat keine ausstehende Lizenz für %1. Rufen Sie zuerst eine neue Lizenz ab.</translation>
    </message>
    <message>
        <source>This is not the licence the licence server issued for %1. Fetch it again and activate it unchanged.</source>
        <translation>Dies ist nicht die Lizenz, die der Lizenzserver für %1 ausgestellt hat. Rufen Sie sie erneut ab und aktivieren Sie sie unverändert.</translation>
    </message>
    <message>
        <source>The licence could not be saved: %1</source>
        <translation>Die Lizenz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a demo server data file, so the demo server leaves it as it is. Choose another file with --data.</source>
        <translation>%1 ist keine Datendatei des Demo-Servers, daher lässt der Demo-Server sie unverändert. Wählen Sie mit --data eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoOwner</name>
    <message>
        <source>%1: %2 licences are assigned, but the new licence only contains %3; %4 must be unassigned before activating.</source>
        <translation>%1: %2 Lizenzen sind zugewiesen, aber die neue Lizenz enthält nur %3; %4 müssen vor dem Aktivieren entzogen werden.</translation>
    </message>
    <message>
        <source>%1: %2 licences are assigned, but the new licence no longer contains this module; they must be unassigned before activating.</source>
        <translation>%1: %2 Lizenzen sind zugewiesen, aber die neue Lizenz enthält dieses Modul nicht mehr; sie müssen vor dem Aktivieren entzogen werden.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRequestGate</name>
    <message>
        <source>The request headers are too large.</source>
        <translation>Die Header der Anfrage sind zu groß.</translation>
    </message>
    <message>
        <source>The request line or a header is malformed.</source>
        <translation>Die Anfragezeile oder ein Header ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header.</source>
        <translation>Senden Sie den Inhalt mit einem Content-Length-Header.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Der Content-Length-Header ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRouter</name>
    <message>
        <source>The request body is not valid JSON (byte %1: %2).</source>
        <translation>Der Anfragetext ist kein gültiges JSON (Byte %1: %2).</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The parameter %1 is required.</source>
        <translation>Der Parameter %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>License owner %1 not found</source>
        <translation>Lizenzinhaber %1 nicht gefunden</translation>
    </message>
    <message>
        <source>This resource only accepts %1.</source>
        <translation>Diese Ressource akzeptiert nur %1.</translation>
    </message>
    <message>
        <source>No such endpoint: /api/%1</source>
        <translation>Endpunkt nicht vorhanden: /api/%1</translation>
    </message>
    <message>
        <source>The License agent has no method %1.</source>
        <translation>Der Agent License hat keine Methode %1.</translation>
    </message>
    <message>
        <source>Module license %1 of owner %2 not found</source>
        <translation>Modullizenz %1 des Inhabers %2 nicht gefunden</translation>
    </message>
    <message>
        <source>The parameter %1 must be an ExtendedLicenseInfo object.</source>
        <translation>Der Parameter %1 muss ein ExtendedLicenseInfo-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 is not a valid licence: %2</source>
        <translation>%1 ist keine gültige Lizenz: %2</translation>
    </message>
    <message>
        <source>The licence has no New part to activate.</source>
        <translation>Die Lizenz hat keinen New-Teil, der aktiviert werden könnte.</translation>
    </message>
    <message>
        <source>The licence file is not a licence: expected the JSON of a LicenseInfo.</source>
        <translation>Die Lizenzdatei ist keine Lizenz: Erwartet wurde das JSON einer LicenseInfo.</translation>
    </message>
    <message>
        <source>The licence file is empty.</source>
        <translation>Die Lizenzdatei ist leer.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoServer</name>
    <message>
        <source>The demo server is already listening.</source>
        <translation>Der Demo-Server läuft bereits.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Not found: the API lives under /api.</source>
        <translation>Nicht gefunden: Die API befindet sich unter /api.</translation>
    </message>
    <message>
        <source>Authentication required: send Basic credentials, a SOTicket or a Bearer token.</source>
        <translation>Anmeldung erforderlich: Senden Sie Basic-Anmeldedaten, ein SOTicket oder ein Bearer-Token.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the ticket or token is not valid.</source>
        <translation>Benutzername oder Passwort ist falsch, oder das Ticket bzw. Token ist ungültig.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 MiB this server accepts.</source>
        <translation>Der Inhalt der Anfrage ist größer als die %1 MiB, die dieser Server annimmt.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoSigner</name>
    <message>
        <source>Module %1 belongs to owner %2, not %3.</source>
        <translation>Modul %1 gehört zum Inhaber %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>The signature of module %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Die Signatur von Modul %1 passt nicht zu seinem Inhalt: Die Lizenz wurde nach der Ausstellung verändert.</translation>
    </message>
    <message>
        <source>The licence signature of %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Die Lizenzsignatur von %1 passt nicht zu ihrem Inhalt: Die Lizenz wurde nach der Ausstellung verändert.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DesktopApp</name>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Der Demo-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <extracomment>name of the connection to the built-in demo server (shown in the Connection menu)</extracomment>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>Wait until the activation has finished before switching connections.</source>
        <translation>Warten Sie, bis die Aktivierung abgeschlossen ist, bevor Sie die Verbindung wechseln.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ErrorMapper</name>
    <message>
        <source>no certificate was presented</source>
        <translation>es wurde kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>certificate “%1”, issued by “%2”, SHA-256 fingerprint %3</source>
        <extracomment>%1 = certificate subject, %2 = issuer, %3 = SHA-256 fingerprint in hex</extracomment>
        <translation>Zertifikat „%1“, ausgestellt von „%2“, SHA-256-Fingerabdruck %3</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: the connection was refused. Check the address and port, and that the web server is running.</source>
        <translation>Keine Verbindung zu %1 auf Port %2: Die Verbindung wurde abgelehnt. Prüfen Sie Adresse und Port und ob der Webserver läuft.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the spelling of the address and your network or VPN connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Schreibweise der Adresse und Ihre Netzwerk- bzw. VPN-Verbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 on port %2 was closed before the answer was complete. Try again; if it keeps happening, check proxies and firewalls on the way.</source>
        <translation>Die Verbindung zu %1 auf Port %2 wurde geschlossen, bevor die Antwort vollständig war. Versuchen Sie es erneut; wenn das öfter passiert, prüfen Sie Proxys und Firewalls auf dem Weg.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request too often or to an unsafe address. Check the API address.</source>
        <translation>Der Server %1 hat die Anfrage zu oft oder an eine unsichere Adresse umgeleitet. Prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>Could not reach %1 through the proxy: %2. Check the proxy settings.</source>
        <translation>%1 ist über den Proxy nicht erreichbar: %2. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP. Check that the address and port belong to the SuperOffice web server.</source>
        <translation>Die Antwort von %1 war kein gültiges HTTP. Prüfen Sie, ob Adresse und Port zum SuperOffice-Webserver gehören.</translation>
    </message>
    <message>
        <source>Could not talk to %1 on port %2: %3. Check your network connection and try again.</source>
        <translation>Keine Kommunikation mit %1 auf Port %2 möglich: %3. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (HTTP 401%2). Check the user name and password, or get a new ticket or token: they expire.</source>
        <translation>%1 hat die Anmeldung nicht akzeptiert (HTTP 401%2). Prüfen Sie Benutzername und Passwort oder besorgen Sie ein neues Ticket bzw. Token: Diese laufen ab.</translation>
    </message>
    <message>
        <source>%1 recognised the account but does not allow this (HTTP 403%2). License calls need a user with administrator rights.</source>
        <translation>%1 hat das Konto erkannt, erlaubt dies aber nicht (HTTP 403%2). Lizenzaufrufe erfordern einen Benutzer mit Administratorrechten.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for: “%1”. Check the owner or module name.</source>
        <translation>Der Server konnte das Angeforderte nicht finden: „%1“. Prüfen Sie den Inhaber- oder Modulnamen.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check that the address points to the SuperOffice WebAPI; it usually ends in /api.</source>
        <translation>Unter %1 wurde nichts gefunden (HTTP 404). Prüfen Sie, ob die Adresse auf die SuperOffice WebAPI zeigt; sie endet meist auf /api.</translation>
    </message>
    <message>
        <source>The Online tenant is no longer served by %1 (HTTP 421, misdirected request). Look up the tenant&apos;s current WebAPI address and update the connection.</source>
        <translation>Der Online-Mandant wird nicht mehr von %1 bedient (HTTP 421, Misdirected Request). Ermitteln Sie die aktuelle WebAPI-Adresse des Mandanten und passen Sie die Verbindung an.</translation>
    </message>
    <message>
        <source>The server %1 reported an internal error (HTTP %2%3). Try again in a few minutes; if it keeps happening, ask its administrator to check the NetServer log.</source>
        <translation>Der Server %1 hat einen internen Fehler gemeldet (HTTP %2%3). Versuchen Sie es in einigen Minuten erneut; wenn das öfter passiert, bitten Sie den Administrator des Servers, das NetServer-Protokoll zu prüfen.</translation>
    </message>
    <message>
        <source>The server %1 refused the request with HTTP status %2%3. Check the API address; if it is right, the server may not support this call.</source>
        <translation>Der Server %1 hat die Anfrage mit HTTP-Status %2%3 abgelehnt. Prüfen Sie die API-Adresse; wenn sie stimmt, unterstützt der Server diesen Aufruf möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check that the server offers TLS 1.2 or newer and that no proxy interferes.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie, ob der Server TLS 1.2 oder neuer anbietet und kein Proxy stört.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. The server presented %3. If you trust it, compare the fingerprint with the server&apos;s administrator and then trust it in the connection settings.</source>
        <extracomment>%1 = host, %2 = what is wrong with the certificate, %3 = certificate description</extracomment>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden: %2. Der Server hat %3 vorgelegt. Wenn Sie ihm vertrauen, vergleichen Sie den Fingerabdruck mit dem Administrator des Servers und vertrauen Sie ihm dann in den Verbindungseinstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Try again, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>Der Server %1 hat nicht innerhalb von %n Sekunde geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit in den Verbindungseinstellungen.</numerusform>
            <numerusform>Der Server %1 hat nicht innerhalb von %n Sekunden geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit in den Verbindungseinstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2, so reading stopped. Check that the address points to a SuperOffice WebAPI.</source>
        <translation>Die Antwort von %1 überschreitet die Grenze von %2, daher wurde das Lesen abgebrochen. Prüfen Sie, ob die Adresse auf eine SuperOffice WebAPI zeigt.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1). LicenseDesk only follows redirects on the same server and protocol, so it stopped. If that address is right, enter it as the API address.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet (%1). LicenseDesk folgt Umleitungen nur auf demselben Server und mit demselben Protokoll und hat daher abgebrochen. Wenn diese Adresse stimmt, tragen Sie sie als API-Adresse ein.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address points to a SuperOffice WebAPI and that its version is supported.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (%1). Prüfen Sie, ob die Adresse auf eine SuperOffice WebAPI zeigt und ob deren Version unterstützt wird.</translation>
    </message>
    <message>
        <source>The server declined the request without giving a reason. Check the server&apos;s log, then try again.</source>
        <translation>Der Server hat die Anfrage ohne Angabe von Gründen abgelehnt. Prüfen Sie das Protokoll des Servers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server declined the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server found nothing for this request (it answered null). Check the owner or module name.</source>
        <translation>Der Server hat für diese Anfrage nichts gefunden (er antwortete null). Prüfen Sie den Namen des Eigentümers oder Moduls.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::JsonReader</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2</source>
        <translation>ganze Zahl zwischen %1 und %2 erwartet</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-27T00:00:00</source>
        <translation>Datum wie 2027-03-27T00:00:00 erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <source>expected a JSON string</source>
        <translation>JSON-Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>none of the expected fields, such as %1</source>
        <translation>keines der erwarteten Felder, etwa %1</translation>
    </message>
    <message>
        <source>the server answered null: nothing was found</source>
        <translation>der Server antwortete null: nichts gefunden</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1), daher können Passwörter und Tokens nicht gespeichert werden. LicenseDesk fragt bei jeder Verbindung danach.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1), daher können Passwörter und Tokens nicht gespeichert werden. LicenseDesk fragt bei jeder Verbindung danach.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen: %1</translation>
    </message>
    <message>
        <source>The keychain is not usable (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Der Schlüsselbund ist nicht nutzbar (%1), daher können Passwörter und Tokens nicht gespeichert werden. LicenseDesk fragt bei jeder Verbindung danach.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LanguageMenu</name>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Use the language of the operating system</source>
        <translation>Sprache des Betriebssystems verwenden</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseClient</name>
    <message>
        <source>No WebAPI address is set. Enter the address of the SuperOffice WebAPI in the connection settings.</source>
        <translation>Es ist keine WebAPI-Adresse festgelegt. Geben Sie die Adresse der SuperOffice WebAPI in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>This license cannot be activated: the server marked it as not activatable. Nothing was sent.</source>
        <translation>Diese Lizenz kann nicht aktiviert werden: Der Server hat sie als nicht aktivierbar gekennzeichnet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This license cannot be activated: %1 Nothing was sent.</source>
        <translation>Diese Lizenz kann nicht aktiviert werden: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no license exactly as the server sent it, so nothing was activated. Fetch the license from the license server again, then activate.</source>
        <translation>Es liegt keine Lizenz genau so vor, wie der Server sie gesendet hat, daher wurde nichts aktiviert. Rufen Sie die Lizenz erneut vom Lizenzserver ab und aktivieren Sie sie dann.</translation>
    </message>
    <message>
        <source>the license shop address is not an http or https address</source>
        <translation>die Adresse des Lizenzshops ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>“%1” cannot be asked for by name: a web address reads it as a step up or in place, so nothing was sent.</source>
        <translation>„%1“ kann nicht über den Namen abgefragt werden: Eine Webadresse liest es als Schritt nach oben oder an Ort und Stelle, daher wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseDetailsPane</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>License version:</source>
        <translation>Lizenzversion:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Kulanzzeit endet:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Wartung endet:</translation>
    </message>
    <message>
        <source>Admin warning from:</source>
        <translation>Admin-Warnung ab:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Nächste Lizenzprüfung:</translation>
    </message>
    <message>
        <source>Server says:</source>
        <translation>Meldung des Servers:</translation>
    </message>
    <message>
        <source>No owner selected</source>
        <translation>Kein Inhaber ausgewählt</translation>
    </message>
    <message>
        <source>No stored license.</source>
        <translation>Keine gespeicherte Lizenz.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>%1 date and countdown, e.g. &quot;14/05/2026 (in 30 days)&quot;</extracomment>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>License details</source>
        <translation>Lizenzdetails</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseTexts</name>
    <message>
        <source>Permanent</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired, in grace period</source>
        <translation>Abgelaufen, in Kulanzzeit</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>New license available</source>
        <translation>Neue Lizenz verfügbar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new module</source>
        <translation>neues Modul</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>more seats</source>
        <translation>mehr Plätze</translation>
    </message>
    <message>
        <source>fewer seats</source>
        <translation>weniger Plätze</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satellit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The license server offered no new license.</source>
        <translation>Der Lizenzserver hat keine neue Lizenz angeboten.</translation>
    </message>
    <message>
        <source>Activating would change no module counts.</source>
        <translation>Die Aktivierung würde keine Modulanzahl ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Activation is possible: %n module(s) would change.</source>
        <translation>
            <numerusform>Aktivierung möglich: %n Modul würde sich ändern.</numerusform>
            <numerusform>Aktivierung möglich: %n Module würden sich ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation is refused by the server: %1</source>
        <translation>Der Server lehnt die Aktivierung ab: %1</translation>
    </message>
    <message numerus="yes">
        <source>Activation is blocked: free seats in %n module(s) first.</source>
        <translation>
            <numerusform>Aktivierung blockiert: Geben Sie zuerst Plätze in %n Modul frei.</numerusform>
            <numerusform>Aktivierung blockiert: Geben Sie zuerst Plätze in %n Modulen frei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MainWindow</name>
    <message>
        <source>Reading licenses…</source>
        <translation>Lizenzen werden gelesen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Showing the data fetched at %1.</source>
        <translation>Angezeigt werden die um %1 abgerufenen Daten.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>stale: fetched %1, refresh failed</source>
        <translation>veraltet: Stand %1, Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Load License from File</source>
        <translation>Lizenz aus Datei laden</translation>
    </message>
    <message>
        <source>License files (*.xml *.lic);;All files (*)</source>
        <translation>Lizenzdateien (*.xml *.lic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n module(s).</source>
        <translation>
            <numerusform>%n Modul kopiert.</numerusform>
            <numerusform>%n Module kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Not connected. Start LicenseDesk with --url URL or --demo.</source>
        <translation>Nicht verbunden. Starten Sie LicenseDesk mit --url URL oder --demo.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>About LicenseDesk</source>
        <translation>Über LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;A license manager for SuperOffice CRM administrators: see module usage, preview what a new license changes, and activate it safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;Ein Lizenzmanager für Administratoren von SuperOffice CRM: Modulnutzung einsehen, vorab prüfen, was eine neue Lizenz ändert, und sie sicher aktivieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an owner to see its modules and license dates</source>
        <translation>Wählen Sie einen Inhaber, um seine Module und Lizenzdaten zu sehen</translation>
    </message>
    <message>
        <source>%1 – LicenseDesk</source>
        <extracomment>window title: %1 is the name of a saved connection (&quot;Production&quot;)</extracomment>
        <translation>%1 – LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not connected&lt;/h2&gt;&lt;p&gt;LicenseDesk reads licenses through the SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Connection → Manage Connections…&lt;/b&gt;, or start LicenseDesk with &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;To try it without a server, start &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nicht verbunden&lt;/h2&gt;&lt;p&gt;LicenseDesk liest Lizenzen über die SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Wählen Sie &lt;b&gt;Verbindung → Verbindungen verwalten…&lt;/b&gt; oder starten Sie LicenseDesk mit &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Zum Ausprobieren ohne Server starten Sie &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LicenseDesk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty.&lt;/p&gt;&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;LicenseDesk ist freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later), und wird ohne Gewährleistung geliefert.&lt;/p&gt;&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ModuleUsageModel</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>free seats of an unrestricted module: counts are not enforced</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>unbeschränkt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>usage bar text: %1 seats in use of %2 licensed</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>Benutzerplan</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Grants: %1</source>
        <translation>Enthält: %1</translation>
    </message>
    <message>
        <source>Hidden: not shown to users and not assignable, but still checked.</source>
        <translation>Ausgeblendet: für Benutzer nicht sichtbar und nicht zuweisbar, wird aber weiterhin geprüft.</translation>
    </message>
    <message>
        <source>Unrestricted: seat counts are not enforced.</source>
        <translation>Unbeschränkt: Die Anzahl der Plätze wird nicht durchgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more seat(s) in use than licensed.</source>
        <translation>
            <numerusform>%n Platz mehr belegt als lizenziert.</numerusform>
            <numerusform>%n Plätze mehr belegt als lizenziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unrestricted, %2 in use</source>
        <translation>%1: unbeschränkt, %2 belegt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use, %4 free</source>
        <translation>%1: %2 von %3 belegt, %4 frei</translation>
    </message>
    <message>
        <source>The server reports %1 free; %2 licensed and %3 in use would leave %4.</source>
        <translation>Der Server meldet %1 frei; %2 lizenziert und %3 belegt ergäbe %4.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::OwnerItemDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::OwnerListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not refresh: showing the last data fetched.</source>
        <translation>Aktualisierung fehlgeschlagen: Angezeigt werden die zuletzt abgerufenen Daten.</translation>
    </message>
    <message>
        <source>%1, %2, status %3</source>
        <extracomment>owner list entry read by screen readers: display name, code name, health</extracomment>
        <translation>%1, %2, Status %3</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::OwnerShop</name>
    <message>
        <source>Asking the server for the license shop of %1…</source>
        <translation>Server wird nach dem Lizenzshop von %1 gefragt…</translation>
    </message>
    <message>
        <source>Could not open a web browser. The license shop of %1 is at %2</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Der Lizenzshop von %1 ist unter %2</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ProfileConnector</name>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secrets of “%1” must be typed in: %2 They are kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar, daher müssen die Zugangsdaten von „%1“ eingegeben werden: %2 Sie werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain could not read the secrets of “%1”: %2</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten von „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <source>The API URL of “%1” cannot be used: %2</source>
        <translation>Die API-URL von „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>No password is stored for “%1”. Type it in, then connect.</source>
        <translation>Für „%1“ ist kein Passwort gespeichert. Geben Sie es ein und verbinden Sie dann.</translation>
    </message>
    <message>
        <source>No SuperOffice ticket is stored for “%1”. Paste it in, then connect.</source>
        <translation>Für „%1“ ist kein SuperOffice-Ticket gespeichert. Fügen Sie es ein und verbinden Sie dann.</translation>
    </message>
    <message>
        <source>No access token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Für „%1“ ist kein Zugriffstoken gespeichert. Fügen Sie es ein und verbinden Sie dann.</translation>
    </message>
    <message>
        <source>No application token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Für „%1“ ist kein Anwendungstoken (SO-AppToken) gespeichert. Fügen Sie es ein und verbinden Sie dann.</translation>
    </message>
    <message>
        <source>No proxy password is stored for “%1”. Type it in, then connect.</source>
        <translation>Für „%1“ ist kein Proxy-Passwort gespeichert. Geben Sie es ein und verbinden Sie dann.</translation>
    </message>
    <message>
        <source>No saved connection uses %1 as %2.</source>
        <translation>Keine gespeicherte Verbindung verwendet %1 als %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LicenseDesk</source>
        <translation>LicenseDesk</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Modulinhaber</translation>
    </message>
    <message>
        <source>Module owners</source>
        <translation>Modulinhaber</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Module name, description or type</source>
        <translation>Modulname, Beschreibung oder Typ</translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation>Module filtern</translation>
    </message>
    <message>
        <source>Show &amp;hidden modules</source>
        <translation>Ausgeblendete Module an&amp;zeigen</translation>
    </message>
    <message>
        <source>Modules of the selected owner</source>
        <translation>Module des ausgewählten Inhabers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read every owner&apos;s license again</source>
        <translation>Lizenzen aller Inhaber erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Check License Server</source>
        <translation>Lizenzserver &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask SuperOffice&apos;s license server what it would issue now, and preview the changes</source>
        <translation>Beim SuperOffice-Lizenzserver abfragen, was er jetzt ausstellen würde, und die Änderungen in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Preview and activate the license server&apos;s license for the selected owner</source>
        <translation>Vorschau der Lizenz vom Lizenzserver für den ausgewählten Inhaber anzeigen und sie aktivieren</translation>
    </message>
    <message>
        <source>&amp;Load License from File…</source>
        <translation>Lizenz aus &amp;Datei laden…</translation>
    </message>
    <message>
        <source>Preview and activate a license file (when the server cannot reach the license server)</source>
        <translation>Vorschau einer Lizenzdatei anzeigen und sie aktivieren (wenn der Server den Lizenzserver nicht erreicht)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the visible modules as tab-separated text</source>
        <translation>Sichtbare Module als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter Modules</source>
        <translation>Module &amp;filtern</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the visible modules as CSV</source>
        <translation>Sichtbare Module als CSV speichern</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Modules</source>
        <translation>Ausgeblendete &amp;Module anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About LicenseDesk</source>
        <translation>&amp;Über LicenseDesk</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Add, edit and test connections to SuperOffice installations</source>
        <translation>Verbindungen zu SuperOffice-Installationen anlegen, bearbeiten und testen</translation>
    </message>
    <message>
        <source>&amp;Buy More Licenses…</source>
        <translation>Weitere Lizenzen &amp;kaufen…</translation>
    </message>
    <message>
        <source>Open the selected owner&apos;s license shop in the web browser</source>
        <translation>Den Lizenzshop des ausgewählten Inhabers im Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>License manager for SuperOffice CRM installations</source>
        <translation>Lizenzmanager für SuperOffice-CRM-Installationen</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Start a built-in demo server and connect to it.</source>
        <translation>Einen integrierten Demo-Server starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Connect to the WebAPI at URL (…/SuperOffice or …/api).</source>
        <translation>Mit der WebAPI unter URL verbinden (…/SuperOffice oder …/api).</translation>
    </message>
</context>
</TS>
