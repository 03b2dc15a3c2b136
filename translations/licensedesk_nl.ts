<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActivationPreviewDialog</name>
    <message>
        <source>Activation preview</source>
        <translation>Voorbeeld van activering</translation>
    </message>
    <message>
        <source>Module changes</source>
        <translation>Wijzigingen per module</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Activering bezig</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Activeren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Niet-vertrouwd certificaat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Uitgegeven aan:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Uitgegeven aan</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Uitgegeven door:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Geldig:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gevonden problemen:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know the server uses it, for example because your administrator gave you the same fingerprint. LicenseDesk will then accept this exact certificate for this connection, and nothing else. You can revoke the trust in the connection settings.</source>
        <translation>Vertrouw dit certificaat alleen als u zeker weet dat de server het gebruikt, bijvoorbeeld omdat uw beheerder u dezelfde vingerafdruk heeft gegeven. LicenseDesk accepteert dan precies dit certificaat voor deze verbinding, en verder niets. U kunt het vertrouwen intrekken in de verbindingsinstellingen.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Opgeslagen verbindingen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Start a new connection</source>
        <translation>Een nieuwe verbinding aanmaken</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Naam wij&amp;zigen</translation>
    </message>
    <message>
        <source>Edit the name of the selected connection</source>
        <translation>De naam van de geselecteerde verbinding wijzigen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected connection and its stored secrets</source>
        <translation>De geselecteerde verbinding en de opgeslagen geheimen verwijderen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindingsnaam</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
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
        <translation>&amp;Aanmeldmethode:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Aanmeldmethode</translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Wacht&amp;woord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>SOTicket</source>
        <translation>SOTicket</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Toegangsto&amp;ken:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Toegangstoken</translation>
    </message>
    <message>
        <source>Sen&amp;d an SO-AppToken:</source>
        <translation>SO-AppToken m&amp;eesturen:</translation>
    </message>
    <message>
        <source>Send an SO-AppToken</source>
        <translation>SO-AppToken meesturen</translation>
    </message>
    <message>
        <source>SO-AppToken</source>
        <translation>SO-AppToken</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>Ti&amp;me-out per verzoek:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Time-out per verzoek in seconden</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status van de sleutelhanger</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem proxy settings</source>
        <translation>S&amp;ysteemproxy-instellingen gebruiken</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>&amp;Deze proxy gebruiken:</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxytype</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyhost</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxypoort</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Gebruike&amp;r:</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxygebruiker</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Wa&amp;chtwoord:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxywachtwoord</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrouwde certificaten</translation>
    </message>
    <message>
        <source>Certificates you trusted for this connection although they failed the usual checks:</source>
        <translation>Certificaten die u voor deze verbinding vertrouwt, hoewel ze niet door de gebruikelijke controles kwamen:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates trusted for this connection</source>
        <translation>SHA-256-vingerafdrukken van certificaten die voor deze verbinding worden vertrouwd</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Het geselecteerde certificaat niet langer vertrouwen</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindingstest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding te&amp;sten</translation>
    </message>
    <message>
        <source>Resolve, connect, check the certificate and sign in</source>
        <translation>Host opzoeken, verbinden, certificaat controleren en aanmelden</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>Test annu&amp;leren</translation>
    </message>
    <message>
        <source>Rev&amp;iew certificate…</source>
        <translation>Certi&amp;ficaat bekijken…</translation>
    </message>
    <message>
        <source>Show the untrusted certificate and decide whether to trust it</source>
        <translation>Het niet-vertrouwde certificaat bekijken en beslissen of u het vertrouwt</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultaten van de verbindingstest</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
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
        <translation>Licentieserver raadplegen voor %1…</translation>
    </message>
    <message>
        <source>Reading license file %1…</source>
        <translation>Licentiebestand %1 lezen…</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (uit %2)</translation>
    </message>
    <message>
        <source>Activate the new license for %1?

%2

The license server&apos;s license replaces the stored one. This cannot be undone from LicenseDesk.</source>
        <translation>De nieuwe licentie voor %1 activeren?

%2

De licentie van de licentieserver vervangt de opgeslagen licentie. Dit kan in LicenseDesk niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Activate license</source>
        <translation>Licentie activeren</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Activeren…</translation>
    </message>
    <message>
        <source>Activating the license for %1…</source>
        <translation>Licentie voor %1 activeren…</translation>
    </message>
    <message>
        <source>Activated.</source>
        <translation>Geactiveerd.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost (%1). It was not sent again.</source>
        <translation>Het verzoek is verzonden, maar het antwoord is verloren gegaan (%1). Het is niet opnieuw verzonden.</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>Niet geactiveerd: %1</translation>
    </message>
    <message>
        <source>Reading what the server now stores…</source>
        <translation>Lezen wat de server nu heeft opgeslagen…</translation>
    </message>
    <message>
        <source>Reading the license of %1…</source>
        <translation>Licentie van %1 lezen…</translation>
    </message>
    <message>
        <source>Could not read the stored license: %1 Refresh to see what the server holds.</source>
        <translation>Kan de opgeslagen licentie niet lezen: %1 Vernieuw om te zien wat de server heeft opgeslagen.</translation>
    </message>
    <message>
        <source>%1: %2 licenses</source>
        <translation>%1: %2 licenties</translation>
    </message>
    <message>
        <source>%1: not in the stored license</source>
        <translation>%1: niet in de opgeslagen licentie</translation>
    </message>
    <message>
        <source>The server now stores license version %1 with the new counts.</source>
        <translation>De server heeft nu licentieversie %1 met de nieuwe aantallen opgeslagen.</translation>
    </message>
    <message>
        <source>The server stores license version %1; it does not match the offer in every module.</source>
        <translation>De server heeft licentieversie %1 opgeslagen; deze komt niet in elke module overeen met het aanbod.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewDialog</name>
    <message>
        <source>Activate this license after a confirmation</source>
        <translation>Deze licentie na bevestiging activeren</translation>
    </message>
    <message>
        <source>Activation is not possible: see the verdict above</source>
        <translation>Activeren is niet mogelijk: zie het oordeel hierboven</translation>
    </message>
    <message>
        <source>License server offer for %1</source>
        <translation>Aanbod van de licentieserver voor %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the new license has %2, but %3 are in use — free %n seat(s).</source>
        <extracomment>one blocking module: %1 name, %2 new total, %3 seats in use, then how many to free</extracomment>
        <translation>
            <numerusform>%1: de nieuwe licentie heeft %2, maar er zijn %3 in gebruik — maak %n plaats vrij.</numerusform>
            <numerusform>%1: de nieuwe licentie heeft %2, maar er zijn %3 in gebruik — maak %n plaatsen vrij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove license assignments before activating:</source>
        <translation>Verwijder licentietoewijzingen voordat u activeert:</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Server meldt: %1</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewModel</name>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Nieuw vrij</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message numerus="yes">
        <source>blocked: free %n seat(s) first</source>
        <translation>
            <numerusform>geblokkeerd: maak eerst %n plaats vrij</numerusform>
            <numerusform>geblokkeerd: maak eerst %n plaatsen vrij</numerusform>
        </translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>onbeperkt</translation>
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
        <translation>%1: %2 naar %3, %4 in gebruik, %5</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Verzoek wordt uitgevoerd</translation>
    </message>
    <message>
        <source>Cancel the running requests</source>
        <translation>De lopende verzoeken annuleren</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>Dit certificaat &amp;vertrouwen voor %1</translation>
    </message>
    <message>
        <source>The server at %1 sent no certificate.</source>
        <translation>De server op %1 heeft geen certificaat gestuurd.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Connecting anyway could let someone read or change what LicenseDesk sends, including your password.</source>
        <translation>Het certificaat van %1 kan niet worden geverifieerd. Als u toch verbinding maakt, kan iemand anders lezen of wijzigen wat LicenseDesk verzendt, ook uw wachtwoord.</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (zelfondertekend)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(verlopen)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(nog niet geldig)</translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason Qt did not name.</source>
        <translation>De TLS-handshake is mislukt om een reden die Qt niet heeft genoemd.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivateCommand</name>
    <message>
        <source>The license server offered no new license for %1: nothing to activate.</source>
        <translation>De licentieserver heeft geen nieuwe licentie voor %1 aangeboden: er is niets te activeren.</translation>
    </message>
    <message>
        <source>Not activating: %1</source>
        <translation>Er wordt niet geactiveerd: %1</translation>
    </message>
    <message>
        <source>Not activating without confirmation: standard input is not a terminal. Pass --yes to activate.</source>
        <translation>Zonder bevestiging wordt niet geactiveerd: standaardinvoer is geen terminal. Geef --yes op om te activeren.</translation>
    </message>
    <message>
        <source>Activation cancelled: nothing was changed.</source>
        <translation>Activering geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Activate? [y/N]</source>
        <extracomment>The [y/N] letters are part of the prompt: the default (Enter) is No.</extracomment>
        <translation>Activeren? [j/N]</translation>
    </message>
    <message>
        <source>The server refused the activation: %1</source>
        <translation>De server heeft de activering geweigerd: %1</translation>
    </message>
    <message>
        <source>The activation was sent, but its answer was lost. Reading what the server now stores (the request is not sent again)…</source>
        <translation>De activering is verzonden, maar het antwoord is verloren gegaan. Lezen wat de server nu heeft opgeslagen (het verzoek wordt niet opnieuw verzonden)…</translation>
    </message>
    <message>
        <source>Could not find out whether the activation took effect. Run &quot;show %1&quot; before trying again.</source>
        <translation>Kan niet vaststellen of de activering is doorgevoerd. Voer &quot;show %1&quot; uit voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>The activation succeeded, but the license could not be read back.</source>
        <translation>De activering is gelukt, maar de licentie kon niet opnieuw worden gelezen.</translation>
    </message>
    <message>
        <source>The activation took effect: the server now stores the totals the preview showed.</source>
        <translation>De activering is doorgevoerd: de server heeft nu de totalen uit het voorbeeld opgeslagen.</translation>
    </message>
    <message>
        <source>Activated. Verified: the server now stores the totals the preview showed.</source>
        <translation>Geactiveerd. Gecontroleerd: de server heeft nu de totalen uit het voorbeeld opgeslagen.</translation>
    </message>
    <message>
        <source>The server does not store the new license: the activation probably did not take effect. Check with &quot;preview %1&quot; before trying again.</source>
        <translation>De server heeft de nieuwe licentie niet opgeslagen: de activering is waarschijnlijk niet doorgevoerd. Controleer met &quot;preview %1&quot; voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>Activated, but the server stores totals that differ from the preview:</source>
        <translation>Geactiveerd, maar de totalen die de server heeft opgeslagen, wijken af van het voorbeeld:</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivationCheck</name>
    <message>
        <source>%1: should have been dropped, but the server stores %2 license(s)</source>
        <translation>%1: had moeten vervallen, maar de server heeft %2 licentie(s) opgeslagen</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores none</source>
        <translation>%1: %2 licentie(s) verwacht, maar de server heeft er geen opgeslagen</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores %3</source>
        <translation>%1: %2 licentie(s) verwacht, maar de server heeft er %3 opgeslagen</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CliCommand</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Het antwoord van de server was leeg.</translation>
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
        <translation>Gebruik: licensedesk-cli [opties] &lt;opdracht&gt; [argumenten]

Opdrachten:
  owners                    alle module-eigenaren met totalen
  show OWNER                gebruik per module van één eigenaar
  module OWNER MODULE       één modulelicentie
  status OWNER              wat de licentieserver meldt
  preview OWNER             wat het activeren van de licentie van de licentieserver zou wijzigen
  activate OWNER [--yes]    voorbeeld, bevestigen (tenzij --yes), activeren, opnieuw lezen, controleren

Opties:
  --url URL                 API-basisadres (env LICENSEDESK_URL)
  --user NAME               gebruiker voor Basic-authenticatie (env LICENSEDESK_USER); het wachtwoord
                            komt uit env LICENSEDESK_PASSWORD, anders uit het sleutelhangeritem van
                            de desktop-app voor deze URL en gebruiker, anders uit een invoerprompt
                            zonder echo in een terminal
  --ticket-env VAR          SoTicket uit deze omgevingsvariabele
  --token-env VAR           Bearer-token uit deze omgevingsvariabele
  --app-token-env VAR       SO-AppToken uit deze omgevingsvariabele
  --language LANG           taal van interface en server (standaard: die van het systeem)
  --format table|json|csv   uitvoerindeling (standaard: table)
  --timeout SECONDS         time-out per verzoek (standaard: 30)
  --yes                     activeren zonder te vragen
  --version, --help

Uitvoer: tabellen passen in de terminal (COLUMNS overschrijft de breedte). JSON en CSV
gebruiken vaste Engelse sleutels; datums zijn ISO 8601; de vervaldatum van een permanente
licentie is null in JSON, leeg in CSV en &quot;nooit&quot; in tabellen. CSV volgt RFC 4180 met een
kopregel. activate --format json geeft één object: preview, activated, verified,
mismatches, stored.

Afsluitcodes: 0 gelukt, 1 gebruiksfout, 2 geen verbinding mogelijk (TLS, time-out),
3 authenticatie geweigerd, 4 serverfout, 5 ongeldig antwoord, 6 activering geblokkeerd
of geweigerd.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht opgegeven</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; verwacht %n argument</numerusform>
            <numerusform>&quot;%1&quot; verwacht %n argumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner name is empty</source>
        <translation>de naam van de eigenaar is leeg</translation>
    </message>
    <message>
        <source>the module name is empty</source>
        <translation>de modulenaam is leeg</translation>
    </message>
    <message>
        <source>--yes only applies to &quot;activate&quot;</source>
        <translation>--yes geldt alleen voor &quot;activate&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation>onbekende indeling &quot;%1&quot;: gebruik table, json of csv</translation>
    </message>
    <message>
        <source>no API URL: pass --url or set LICENSEDESK_URL</source>
        <translation>geen API-URL: geef --url op of stel LICENSEDESK_URL in</translation>
    </message>
    <message>
        <source>unusable API URL &quot;%1&quot;: %2</source>
        <translation>onbruikbare API-URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 86400</source>
        <translation>--timeout vereist een aantal seconden tussen 1 en 86400</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use an ISO code such as en or nb</source>
        <translation>onbekende taal &quot;%1&quot;: gebruik een ISO-code zoals en of nl</translation>
    </message>
    <message>
        <source>use either --ticket-env or --token-env, not both</source>
        <translation>gebruik --ticket-env of --token-env, niet allebei</translation>
    </message>
    <message>
        <source>--user cannot be combined with --ticket-env or --token-env</source>
        <translation>--user kan niet worden gecombineerd met --ticket-env of --token-env</translation>
    </message>
    <message>
        <source>the environment variable &quot;%1&quot; is not set or empty</source>
        <translation>de omgevingsvariabele &quot;%1&quot; is niet ingesteld of leeg</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandLineApp</name>
    <message>
        <source>Try &quot;licensedesk-cli --help&quot;.</source>
        <translation>Probeer &quot;licensedesk-cli --help&quot;.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandRunner</name>
    <message>
        <source>No password for %1: set LICENSEDESK_PASSWORD or run in a terminal to be asked.</source>
        <translation>Geen wachtwoord voor %1: stel LICENSEDESK_PASSWORD in, of voer de opdracht uit in een terminal om ernaar gevraagd te worden.</translation>
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
        <translation>Het verzoek is mislukt.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>De server meldt: %1</translation>
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
        <translation>Wachtwoord voor %1 op %2: </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ReadCommand</name>
    <message>
        <source>internal error: &quot;activate&quot; is not a read command</source>
        <translation>interne fout: &quot;activate&quot; is geen leesopdracht</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::TableReport</name>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Onbekende status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The license is up to date.</source>
        <translation>De licentie is actueel.</translation>
    </message>
    <message>
        <source>A new license is available: run &quot;preview&quot;, then &quot;activate&quot;.</source>
        <translation>Er is een nieuwe licentie beschikbaar: voer &quot;preview&quot; en daarna &quot;activate&quot; uit.</translation>
    </message>
    <message>
        <source>A new company name is available.</source>
        <translation>Er is een nieuwe bedrijfsnaam beschikbaar.</translation>
    </message>
    <message>
        <source>A new serial number is available.</source>
        <translation>Er is een nieuw serienummer beschikbaar.</translation>
    </message>
    <message>
        <source>The license server has a message.</source>
        <translation>De licentieserver heeft een bericht.</translation>
    </message>
    <message>
        <source>A new license was activated.</source>
        <translation>Er is een nieuwe licentie geactiveerd.</translation>
    </message>
    <message>
        <source>The license server could not provide the license.</source>
        <translation>De licentieserver kon de licentie niet leveren.</translation>
    </message>
    <message>
        <source>The license server reported an unknown error.</source>
        <translation>De licentieserver heeft een onbekende fout gemeld.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serienummer:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Einde respijtperiode:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Einde onderhoud:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Volgende licentiecontrole:</translation>
    </message>
    <message>
        <source>New license expires:</source>
        <translation>Vervaldatum nieuwe licentie:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>No license owners.</source>
        <translation>Geen module-eigenaren.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>gebruikersplan</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>over-used</source>
        <translation>overschreden</translation>
    </message>
    <message>
        <source>New total</source>
        <translation>Nieuw totaal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Nieuw vrij</translation>
    </message>
    <message numerus="yes">
        <source>blocked: remove %n assignment(s)</source>
        <translation>
            <numerusform>geblokkeerd: verwijder %n toewijzing</numerusform>
            <numerusform>geblokkeerd: verwijder %n toewijzingen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>De server meldt: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Allowed user type:</source>
        <translation>Toegestaan gebruikerstype:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Licenties:</translation>
    </message>
    <message>
        <source>Unrestricted:</source>
        <translation>Onbeperkt:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Verborgen:</translation>
    </message>
    <message>
        <source>User plan:</source>
        <translation>Gebruikersplan:</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Geeft toegang tot:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Vereist:</translation>
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
        <translation>Betekenis:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Bericht:</translation>
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
        <translation>Typ de nieuwe naam en sla op.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Review it to decide whether to trust it.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd. Bekijk het en beslis of u het vertrouwt.</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Gebruikersnaam en wachtwoord (Basic)</translation>
    </message>
    <message>
        <source>SuperOffice ticket (SOTicket)</source>
        <translation>SuperOffice-ticket (SOTicket)</translation>
    </message>
    <message>
        <source>Access token (Bearer, Online)</source>
        <translation>Toegangstoken (Bearer, Online)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Sign-in method: send no credentials</extracomment>
        <translation>Geen</translation>
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
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (alleen deze sessie)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nieuwe verbinding</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geef de verbinding een naam.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Er bestaat al een verbinding met de naam “%1”.</translation>
    </message>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation>De API-URL kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system proxy settings.</source>
        <translation>Voer de hostnaam van de proxy in, of gebruik de proxyinstellingen van het systeem.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” opgeslagen.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and forget its stored password or token?</source>
        <translation>De verbinding “%1” verwijderen en het opgeslagen wachtwoord of token vergeten?</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” verwijderd.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>The certificate is now trusted for “%1”. Test the connection again.</source>
        <translation>Het certificaat wordt nu vertrouwd voor “%1”. Test de verbinding opnieuw.</translation>
    </message>
    <message>
        <source>The certificate %1 is no longer trusted.</source>
        <translation>Het certificaat %1 wordt niet langer vertrouwd.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbinding testen…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>De verbinding werkt.</translation>
    </message>
    <message>
        <source>The connection test failed; the steps above say where.</source>
        <translation>De verbindingstest is mislukt; de stappen hierboven laten zien waar.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionMenu</name>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (alleen deze sessie)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>Geen opgeslagen verbindingen</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionSettings</name>
    <message>
        <source>Enter the WebAPI address, for example https://crm.example.com/SuperOffice.</source>
        <translation>Voer het WebAPI-adres in, bijvoorbeeld https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1” is geen geldig webadres.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://); “%1” does not.</source>
        <translation>Het adres moet beginnen met https:// (of http://); “%1” doet dat niet.</translation>
    </message>
    <message>
        <source>The address “%1” has no server name. Enter it like https://crm.example.com/SuperOffice.</source>
        <translation>Het adres “%1” bevat geen servernaam. Voer het in zoals https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; enter them in the sign-in fields instead.</source>
        <translation>Zet geen gebruikersnaam of wachtwoord in het adres; vul ze in bij de aanmeldvelden.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Geen antwoord binnen %n seconde.</numerusform>
            <numerusform>Geen antwoord binnen %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve host</source>
        <translation>Host opzoeken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-handshake</translation>
    </message>
    <message>
        <source>Sign in and read licenses</source>
        <translation>Aanmelden en licenties lezen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The API URL has no host name.</source>
        <translation>De API-URL bevat geen hostnaam.</translation>
    </message>
    <message>
        <source>Looking up the proxy %1…</source>
        <translation>Proxy %1 opzoeken…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 opzoeken…</translation>
    </message>
    <message>
        <source>Could not find %1: %2</source>
        <translation>Kan %1 niet vinden: %2</translation>
    </message>
    <message>
        <source>Proxy %1 is %2.</source>
        <translation>Proxy %1 is %2.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 is %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbinden met %1, poort %2…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Verbonden met %1, poort %2.</translation>
    </message>
    <message>
        <source>Not used: the API URL starts with http://, so passwords and tokens travel unencrypted.</source>
        <translation>Niet gebruikt: de API-URL begint met http://, dus wachtwoorden en tokens worden onversleuteld verzonden.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation>Certificaat van de server controleren…</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid until %3.</source>
        <translation>Certificaat voor %1, uitgegeven door %2, geldig tot %3.</translation>
    </message>
    <message>
        <source>Accepted because you trusted this certificate.</source>
        <translation>Geaccepteerd omdat u dit certificaat vertrouwt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Het certificaat van de server wordt niet vertrouwd: %1</translation>
    </message>
    <message>
        <source>Signing in and reading the licenses…</source>
        <translation>Aanmelden en licenties lezen…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in; read the licenses of %n owner(s).</source>
        <translation>
            <numerusform>Aangemeld; licenties van %n eigenaar gelezen.</numerusform>
            <numerusform>Aangemeld; licenties van %n eigenaren gelezen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Countdown</name>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
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
        <translation>Kan het demogegevensbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo data file %1: %2</source>
        <translation>Kan het demogegevensbestand %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The licence names no owner.</source>
        <translation>De licentie vermeldt geen eigenaar.</translation>
    </message>
    <message>
        <source>There is no licence owner %1 in this installation.</source>
        <translation>Er is geen module-eigenaar %1 in deze installatie.</translation>
    </message>
    <message>
        <source>The licence server has no pending licence for %1. Fetch a new licence first.</source>
        <translation>De licentieserver heeft geen openstaande licentie voor %1. Haal eerst een nieuwe licentie op.</translation>
    </message>
    <message>
        <source>This is not the licence the licence server issued for %1. Fetch it again and activate it unchanged.</source>
        <translation>Dit is niet de licentie die de licentieserver voor %1 heeft uitgegeven. Haal de licentie opnieuw op en activeer deze ongewijzigd.</translation>
    </message>
    <message>
        <source>The licence could not be saved: %1</source>
        <translation>De licentie kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 is not a demo server data file, so the demo server leaves it as it is. Choose another file with --data.</source>
        <translation>%1 is geen gegevensbestand van de demoserver, dus de demoserver laat het ongewijzigd. Kies een ander bestand met --data.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoOwner</name>
    <message>
        <source>%1: %2 licences are assigned, but the new licence only contains %3; %4 must be unassigned before activating.</source>
        <translation>%1: er zijn %2 licenties toegewezen, maar de nieuwe licentie bevat er maar %3; %4 toewijzingen moeten worden verwijderd voordat u activeert.</translation>
    </message>
    <message>
        <source>%1: %2 licences are assigned, but the new licence no longer contains this module; they must be unassigned before activating.</source>
        <translation>%1: er zijn %2 licenties toegewezen, maar de nieuwe licentie bevat deze module niet meer; deze toewijzingen moeten worden verwijderd voordat u activeert.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRequestGate</name>
    <message>
        <source>The request headers are too large.</source>
        <translation>De headers van het verzoek zijn te groot.</translation>
    </message>
    <message>
        <source>The request line or a header is malformed.</source>
        <translation>De verzoekregel of een header is ongeldig.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header.</source>
        <translation>Stuur de inhoud met een Content-Length-header.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>De Content-Length-header is geen getal.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRouter</name>
    <message>
        <source>The request body is not valid JSON (byte %1: %2).</source>
        <translation>De hoofdtekst van het verzoek is geen geldige JSON (byte %1: %2).</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>De hoofdtekst van het verzoek moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>The parameter %1 is required.</source>
        <translation>De parameter %1 is verplicht.</translation>
    </message>
    <message>
        <source>License owner %1 not found</source>
        <translation>Module-eigenaar %1 niet gevonden</translation>
    </message>
    <message>
        <source>This resource only accepts %1.</source>
        <translation>Deze resource accepteert alleen %1.</translation>
    </message>
    <message>
        <source>No such endpoint: /api/%1</source>
        <translation>Eindpunt bestaat niet: /api/%1</translation>
    </message>
    <message>
        <source>The License agent has no method %1.</source>
        <translation>De License-agent heeft geen methode %1.</translation>
    </message>
    <message>
        <source>Module license %1 of owner %2 not found</source>
        <translation>Modulelicentie %1 van eigenaar %2 niet gevonden</translation>
    </message>
    <message>
        <source>The parameter %1 must be an ExtendedLicenseInfo object.</source>
        <translation>De parameter %1 moet een ExtendedLicenseInfo-object zijn.</translation>
    </message>
    <message>
        <source>%1 is not a valid licence: %2</source>
        <translation>%1 is geen geldige licentie: %2</translation>
    </message>
    <message>
        <source>The licence has no New part to activate.</source>
        <translation>De licentie heeft geen New-deel om te activeren.</translation>
    </message>
    <message>
        <source>The licence file is not a licence: expected the JSON of a LicenseInfo.</source>
        <translation>Het licentiebestand is geen licentie: verwacht werd de JSON van een LicenseInfo.</translation>
    </message>
    <message>
        <source>The licence file is empty.</source>
        <translation>Het licentiebestand is leeg.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoServer</name>
    <message>
        <source>The demo server is already listening.</source>
        <translation>De demoserver luistert al.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kan niet luisteren op %1, poort %2: %3</translation>
    </message>
    <message>
        <source>Not found: the API lives under /api.</source>
        <translation>Niet gevonden: de API staat onder /api.</translation>
    </message>
    <message>
        <source>Authentication required: send Basic credentials, a SOTicket or a Bearer token.</source>
        <translation>Authenticatie vereist: stuur Basic-aanmeldgegevens, een SOTicket of een Bearer-token.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the ticket or token is not valid.</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist, of het ticket of token is ongeldig.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 MiB this server accepts.</source>
        <translation>De inhoud van het verzoek is groter dan de %1 MiB die deze server accepteert.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoSigner</name>
    <message>
        <source>Module %1 belongs to owner %2, not %3.</source>
        <translation>Module %1 hoort bij eigenaar %2, niet bij %3.</translation>
    </message>
    <message>
        <source>The signature of module %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>De handtekening van module %1 komt niet overeen met de inhoud: de licentie is na uitgifte gewijzigd.</translation>
    </message>
    <message>
        <source>The licence signature of %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>De licentiehandtekening van %1 komt niet overeen met de inhoud: de licentie is na uitgifte gewijzigd.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DesktopApp</name>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>De demoserver is niet gestart: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <extracomment>name of the connection to the built-in demo server (shown in the Connection menu)</extracomment>
        <translation>Demoserver</translation>
    </message>
    <message>
        <source>Wait until the activation has finished before switching connections.</source>
        <translation>Wacht tot de activering is voltooid voordat u naar een andere verbinding overschakelt.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ErrorMapper</name>
    <message>
        <source>no certificate was presented</source>
        <translation>er is geen certificaat aangeboden</translation>
    </message>
    <message>
        <source>certificate “%1”, issued by “%2”, SHA-256 fingerprint %3</source>
        <extracomment>%1 = certificate subject, %2 = issuer, %3 = SHA-256 fingerprint in hex</extracomment>
        <translation>certificaat “%1”, uitgegeven door “%2”, SHA-256-vingerafdruk %3</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: the connection was refused. Check the address and port, and that the web server is running.</source>
        <translation>Kan geen verbinding maken met %1 op poort %2: de verbinding is geweigerd. Controleer het adres en de poort, en of de webserver draait.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the spelling of the address and your network or VPN connection.</source>
        <translation>De servernaam %1 is niet gevonden. Controleer de spelling van het adres en uw netwerk- of VPN-verbinding.</translation>
    </message>
    <message>
        <source>The connection to %1 on port %2 was closed before the answer was complete. Try again; if it keeps happening, check proxies and firewalls on the way.</source>
        <translation>De verbinding met %1 op poort %2 is verbroken voordat het antwoord volledig was. Probeer het opnieuw; blijft dit gebeuren, controleer dan de proxy&apos;s en firewalls onderweg.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request too often or to an unsafe address. Check the API address.</source>
        <translation>De server op %1 heeft het verzoek te vaak of naar een onveilig adres omgeleid. Controleer het API-adres.</translation>
    </message>
    <message>
        <source>Could not reach %1 through the proxy: %2. Check the proxy settings.</source>
        <translation>Kan %1 niet bereiken via de proxy: %2. Controleer de proxyinstellingen.</translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP. Check that the address and port belong to the SuperOffice web server.</source>
        <translation>Het antwoord van %1 was geen geldige HTTP. Controleer of het adres en de poort bij de SuperOffice-webserver horen.</translation>
    </message>
    <message>
        <source>Could not talk to %1 on port %2: %3. Check your network connection and try again.</source>
        <translation>Kan niet communiceren met %1 op poort %2: %3. Controleer uw netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (HTTP 401%2). Check the user name and password, or get a new ticket or token: they expire.</source>
        <translation>%1 heeft de aanmelding niet geaccepteerd (HTTP 401%2). Controleer de gebruikersnaam en het wachtwoord, of vraag een nieuw ticket of token aan: deze verlopen.</translation>
    </message>
    <message>
        <source>%1 recognised the account but does not allow this (HTTP 403%2). License calls need a user with administrator rights.</source>
        <translation>%1 herkent het account, maar staat dit niet toe (HTTP 403%2). Voor licentieaanroepen is een gebruiker met beheerdersrechten nodig.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for: “%1”. Check the owner or module name.</source>
        <translation>De server kan het gevraagde niet vinden: “%1”. Controleer de naam van de eigenaar of de module.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check that the address points to the SuperOffice WebAPI; it usually ends in /api.</source>
        <translation>Er is niets gevonden op %1 (HTTP 404). Controleer of het adres naar de SuperOffice WebAPI verwijst; het eindigt meestal op /api.</translation>
    </message>
    <message>
        <source>The Online tenant is no longer served by %1 (HTTP 421, misdirected request). Look up the tenant&apos;s current WebAPI address and update the connection.</source>
        <translation>De Online-tenant wordt niet meer bediend door %1 (HTTP 421, misdirected request). Zoek het huidige WebAPI-adres van de tenant op en werk de verbinding bij.</translation>
    </message>
    <message>
        <source>The server %1 reported an internal error (HTTP %2%3). Try again in a few minutes; if it keeps happening, ask its administrator to check the NetServer log.</source>
        <translation>De server %1 heeft een interne fout gemeld (HTTP %2%3). Probeer het over een paar minuten opnieuw; blijft dit gebeuren, vraag dan de beheerder van de server het NetServer-logboek te controleren.</translation>
    </message>
    <message>
        <source>The server %1 refused the request with HTTP status %2%3. Check the API address; if it is right, the server may not support this call.</source>
        <translation>De server %1 heeft het verzoek geweigerd met HTTP-status %2%3. Controleer het API-adres; als dat klopt, ondersteunt de server deze aanroep mogelijk niet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check that the server offers TLS 1.2 or newer and that no proxy interferes.</source>
        <translation>De beveiligde verbinding met %1 is mislukt: %2. Controleer of de server TLS 1.2 of nieuwer aanbiedt en of er geen proxy tussenkomt.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. The server presented %3. If you trust it, compare the fingerprint with the server&apos;s administrator and then trust it in the connection settings.</source>
        <extracomment>%1 = host, %2 = what is wrong with the certificate, %3 = certificate description</extracomment>
        <translation>Het certificaat van %1 kan niet worden geverifieerd: %2. De server bood %3 aan. Als u het vertrouwt, vergelijk de vingerafdruk dan met de beheerder van de server en vertrouw het daarna in de verbindingsinstellingen.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Try again, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>De server %1 heeft niet binnen %n seconde geantwoord. Probeer het opnieuw, of sta meer tijd toe in de verbindingsinstellingen.</numerusform>
            <numerusform>De server %1 heeft niet binnen %n seconden geantwoord. Probeer het opnieuw, of sta meer tijd toe in de verbindingsinstellingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2, so reading stopped. Check that the address points to a SuperOffice WebAPI.</source>
        <translation>Het antwoord van %1 is groter dan de limiet van %2; het lezen is gestopt. Controleer of het adres naar een SuperOffice WebAPI verwijst.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1). LicenseDesk only follows redirects on the same server and protocol, so it stopped. If that address is right, enter it as the API address.</source>
        <translation>De server heeft het verzoek doorgestuurd naar een ander adres (%1). LicenseDesk volgt alleen omleidingen binnen dezelfde server en hetzelfde protocol en is daarom gestopt. Als dat adres klopt, voer het dan in als API-adres.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address points to a SuperOffice WebAPI and that its version is supported.</source>
        <translation>Het antwoord van de server kan niet worden gelezen (%1). Controleer of het adres naar een SuperOffice WebAPI verwijst en of de versie ervan wordt ondersteund.</translation>
    </message>
    <message>
        <source>The server declined the request without giving a reason. Check the server&apos;s log, then try again.</source>
        <translation>De server heeft het verzoek afgewezen zonder een reden te geven. Controleer het logboek van de server en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The server declined the request: %1</source>
        <translation>De server heeft het verzoek afgewezen: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>The server found nothing for this request (it answered null). Check the owner or module name.</source>
        <translation>De server vond niets voor dit verzoek (het antwoord was null). Controleer de naam van de eigenaar of de module.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::JsonReader</name>
    <message>
        <source>expected a string</source>
        <translation>tekenreeks verwacht</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true of false verwacht</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>getal verwacht</translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2</source>
        <translation>geheel getal tussen %1 en %2 verwacht</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-27T00:00:00</source>
        <translation>datum zoals 2027-03-27T00:00:00 verwacht</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>array verwacht</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>het antwoord is leeg</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>ongeldige JSON bij byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-object verwacht</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-array verwacht</translation>
    </message>
    <message>
        <source>expected a JSON string</source>
        <translation>JSON-tekenreeks verwacht</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>ongeldige JSON: %1</translation>
    </message>
    <message>
        <source>none of the expected fields, such as %1</source>
        <translation>geen van de verwachte velden, zoals %1</translation>
    </message>
    <message>
        <source>the server answered null: nothing was found</source>
        <translation>de server antwoordde null: niets gevonden</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Er is geen sleutelhanger beschikbaar op dit systeem (%1), dus wachtwoorden en tokens kunnen niet worden onthouden. LicenseDesk vraagt er bij elke verbinding opnieuw om.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>De sleutelhanger heeft de toegang geweigerd (%1), dus wachtwoorden en tokens kunnen niet worden onthouden. LicenseDesk vraagt er bij elke verbinding opnieuw om.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>De sleutelhanger kan het geheim niet verwijderen: %1</translation>
    </message>
    <message>
        <source>The keychain is not usable (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>De sleutelhanger is niet bruikbaar (%1), dus wachtwoorden en tokens kunnen niet worden onthouden. LicenseDesk vraagt er bij elke verbinding opnieuw om.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LanguageMenu</name>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systeemstandaard</translation>
    </message>
    <message>
        <source>Use the language of the operating system</source>
        <translation>De taal van het besturingssysteem gebruiken</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseClient</name>
    <message>
        <source>No WebAPI address is set. Enter the address of the SuperOffice WebAPI in the connection settings.</source>
        <translation>Er is geen WebAPI-adres ingesteld. Voer het adres van de SuperOffice WebAPI in bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>This license cannot be activated: the server marked it as not activatable. Nothing was sent.</source>
        <translation>Deze licentie kan niet worden geactiveerd: de server heeft deze als niet activeerbaar gemarkeerd. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>This license cannot be activated: %1 Nothing was sent.</source>
        <translation>Deze licentie kan niet worden geactiveerd: %1 Er is niets verzonden.</translation>
    </message>
    <message>
        <source>There is no license exactly as the server sent it, so nothing was activated. Fetch the license from the license server again, then activate.</source>
        <translation>Er is geen licentie precies zoals de server die heeft verzonden, dus er is niets geactiveerd. Haal de licentie opnieuw op bij de licentieserver en activeer daarna.</translation>
    </message>
    <message>
        <source>the license shop address is not an http or https address</source>
        <translation>het adres van de licentiewinkel is geen http- of https-adres</translation>
    </message>
    <message>
        <source>“%1” cannot be asked for by name: a web address reads it as a step up or in place, so nothing was sent.</source>
        <translation>„%1” kan niet op naam worden opgevraagd: een webadres leest het als een stap omhoog of op dezelfde plek, dus er is niets verzonden.</translation>
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
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serienummer:</translation>
    </message>
    <message>
        <source>License version:</source>
        <translation>Licentieversie:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Einde respijtperiode:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Einde onderhoud:</translation>
    </message>
    <message>
        <source>Admin warning from:</source>
        <translation>Beheerderswaarschuwing vanaf:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Volgende licentiecontrole:</translation>
    </message>
    <message>
        <source>Server says:</source>
        <translation>Server meldt:</translation>
    </message>
    <message>
        <source>No owner selected</source>
        <translation>Geen eigenaar geselecteerd</translation>
    </message>
    <message>
        <source>No stored license.</source>
        <translation>Geen opgeslagen licentie.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>%1 date and countdown, e.g. &quot;14/05/2026 (in 30 days)&quot;</extracomment>
        <translation>gepland op %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>achterstallig sinds %1</translation>
    </message>
    <message>
        <source>License details</source>
        <translation>Licentiegegevens</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseTexts</name>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>Expired, in grace period</source>
        <translation>Verlopen, in respijtperiode</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>New license available</source>
        <translation>Nieuwe licentie beschikbaar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>new module</source>
        <translation>nieuwe module</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>more seats</source>
        <translation>meer plaatsen</translation>
    </message>
    <message>
        <source>fewer seats</source>
        <translation>minder plaatsen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satelliet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>The license server offered no new license.</source>
        <translation>De licentieserver heeft geen nieuwe licentie aangeboden.</translation>
    </message>
    <message>
        <source>Activating would change no module counts.</source>
        <translation>Activeren zou de aantallen van geen enkele module wijzigen.</translation>
    </message>
    <message numerus="yes">
        <source>Activation is possible: %n module(s) would change.</source>
        <translation>
            <numerusform>Activeren is mogelijk: %n module zou wijzigen.</numerusform>
            <numerusform>Activeren is mogelijk: %n modules zouden wijzigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation is refused by the server: %1</source>
        <translation>De server weigert de activering: %1</translation>
    </message>
    <message numerus="yes">
        <source>Activation is blocked: free seats in %n module(s) first.</source>
        <translation>
            <numerusform>Activeren is geblokkeerd: maak eerst plaatsen vrij in %n module.</numerusform>
            <numerusform>Activeren is geblokkeerd: maak eerst plaatsen vrij in %n modules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MainWindow</name>
    <message>
        <source>Reading licenses…</source>
        <translation>Licenties lezen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Showing the data fetched at %1.</source>
        <translation>De gegevens die om %1 zijn opgehaald, worden weergegeven.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>stale: fetched %1, refresh failed</source>
        <translation>verouderd: opgehaald om %1, vernieuwen mislukt</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>opgehaald om %1</translation>
    </message>
    <message>
        <source>Load License from File</source>
        <translation>Licentie laden uit bestand</translation>
    </message>
    <message>
        <source>License files (*.xml *.lic);;All files (*)</source>
        <translation>Licentiebestanden (*.xml *.lic);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n module(s).</source>
        <translation>
            <numerusform>%n module gekopieerd.</numerusform>
            <numerusform>%n modules gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Not connected. Start LicenseDesk with --url URL or --demo.</source>
        <translation>Niet verbonden. Start LicenseDesk met --url URL of --demo.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbonden met %1</translation>
    </message>
    <message>
        <source>About LicenseDesk</source>
        <translation>Over LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;A license manager for SuperOffice CRM administrators: see module usage, preview what a new license changes, and activate it safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;Licentiebeheer voor beheerders van SuperOffice CRM: bekijk het modulegebruik, zie vooraf wat een nieuwe licentie wijzigt en activeer deze veilig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an owner to see its modules and license dates</source>
        <translation>Selecteer een eigenaar om de modules en licentiedatums te zien</translation>
    </message>
    <message>
        <source>%1 – LicenseDesk</source>
        <extracomment>window title: %1 is the name of a saved connection (&quot;Production&quot;)</extracomment>
        <translation>%1 – LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not connected&lt;/h2&gt;&lt;p&gt;LicenseDesk reads licenses through the SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Connection → Manage Connections…&lt;/b&gt;, or start LicenseDesk with &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;To try it without a server, start &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Niet verbonden&lt;/h2&gt;&lt;p&gt;LicenseDesk leest licenties via de SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Kies &lt;b&gt;Verbinding → Verbindingen beheren…&lt;/b&gt;, of start LicenseDesk met &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Start &lt;code&gt;licensedesk --demo&lt;/code&gt; om het zonder server uit te proberen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LicenseDesk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty.&lt;/p&gt;&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;LicenseDesk is vrije software onder de GNU General Public License, versie 3 of later (GPL-3.0-or-later), en wordt zonder garantie geleverd.&lt;/p&gt;&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Er is geen geheim opgeslagen voor deze verbinding.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Bericht sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ModuleUsageModel</name>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>free seats of an unrestricted module: counts are not enforced</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>usage bar text: %1 seats in use of %2 licensed</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>gebruikersplan</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Grants: %1</source>
        <translation>Geeft toegang tot: %1</translation>
    </message>
    <message>
        <source>Hidden: not shown to users and not assignable, but still checked.</source>
        <translation>Verborgen: niet zichtbaar voor gebruikers en niet toe te wijzen, maar wel gecontroleerd.</translation>
    </message>
    <message>
        <source>Unrestricted: seat counts are not enforced.</source>
        <translation>Onbeperkt: het aantal plaatsen wordt niet afgedwongen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more seat(s) in use than licensed.</source>
        <translation>
            <numerusform>%n plaats meer in gebruik dan gelicentieerd.</numerusform>
            <numerusform>%n plaatsen meer in gebruik dan gelicentieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unrestricted, %2 in use</source>
        <translation>%1: onbeperkt, %2 in gebruik</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use, %4 free</source>
        <translation>%1: %2 van %3 in gebruik, %4 vrij</translation>
    </message>
    <message>
        <source>The server reports %1 free; %2 licensed and %3 in use would leave %4.</source>
        <translation>De server meldt %1 vrij; %2 gelicentieerd en %3 in gebruik zou %4 opleveren.</translation>
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
        <translation>Vernieuwen mislukt: de laatst opgehaalde gegevens worden weergegeven.</translation>
    </message>
    <message>
        <source>%1, %2, status %3</source>
        <extracomment>owner list entry read by screen readers: display name, code name, health</extracomment>
        <translation>%1, %2, status %3</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::OwnerShop</name>
    <message>
        <source>Asking the server for the license shop of %1…</source>
        <translation>De server wordt gevraagd naar de licentiewinkel van %1…</translation>
    </message>
    <message>
        <source>Could not open a web browser. The license shop of %1 is at %2</source>
        <translation>Kon geen webbrowser openen. De licentiewinkel van %1 staat op %2</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ProfileConnector</name>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Er is geen verbinding met de naam “%1”.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secrets of “%1” must be typed in: %2 They are kept for this session only.</source>
        <translation>De sleutelhanger van het systeem kan niet worden gebruikt, dus de geheimen van “%1” moeten worden ingevoerd: %2 Ze worden alleen voor deze sessie bewaard.</translation>
    </message>
    <message>
        <source>The keychain could not read the secrets of “%1”: %2</source>
        <translation>De sleutelhanger kan de geheimen van “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>The API URL of “%1” cannot be used: %2</source>
        <translation>De API-URL van “%1” kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>No password is stored for “%1”. Type it in, then connect.</source>
        <translation>Er is geen wachtwoord opgeslagen voor “%1”. Voer het in en maak daarna verbinding.</translation>
    </message>
    <message>
        <source>No SuperOffice ticket is stored for “%1”. Paste it in, then connect.</source>
        <translation>Er is geen SuperOffice-ticket opgeslagen voor “%1”. Plak het en maak daarna verbinding.</translation>
    </message>
    <message>
        <source>No access token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Er is geen toegangstoken opgeslagen voor “%1”. Plak het en maak daarna verbinding.</translation>
    </message>
    <message>
        <source>No application token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Er is geen applicatietoken opgeslagen voor “%1”. Plak het en maak daarna verbinding.</translation>
    </message>
    <message>
        <source>No proxy password is stored for “%1”. Type it in, then connect.</source>
        <translation>Er is geen proxywachtwoord opgeslagen voor “%1”. Voer het in en maak daarna verbinding.</translation>
    </message>
    <message>
        <source>No saved connection uses %1 as %2.</source>
        <translation>Geen opgeslagen verbinding gebruikt %1 als %2.</translation>
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
        <translation>&amp;Eigenaren</translation>
    </message>
    <message>
        <source>Module owners</source>
        <translation>Module-eigenaren</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Module name, description or type</source>
        <translation>Modulenaam, beschrijving of type</translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation>Modules filteren</translation>
    </message>
    <message>
        <source>Show &amp;hidden modules</source>
        <translation>&amp;Verborgen modules tonen</translation>
    </message>
    <message>
        <source>Modules of the selected owner</source>
        <translation>Modules van de geselecteerde eigenaar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licentie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read every owner&apos;s license again</source>
        <translation>De licentie van elke eigenaar opnieuw lezen</translation>
    </message>
    <message>
        <source>&amp;Check License Server</source>
        <translation>Licentieserver &amp;controleren</translation>
    </message>
    <message>
        <source>Ask SuperOffice&apos;s license server what it would issue now, and preview the changes</source>
        <translation>De licentieserver van SuperOffice vragen wat deze nu zou uitgeven, en een voorbeeld van de wijzigingen tonen</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Activeren…</translation>
    </message>
    <message>
        <source>Preview and activate the license server&apos;s license for the selected owner</source>
        <translation>De licentie van de licentieserver voor de geselecteerde eigenaar bekijken en activeren</translation>
    </message>
    <message>
        <source>&amp;Load License from File…</source>
        <translation>Licentie &amp;laden uit bestand…</translation>
    </message>
    <message>
        <source>Preview and activate a license file (when the server cannot reach the license server)</source>
        <translation>Een licentiebestand bekijken en activeren (als de server de licentieserver niet kan bereiken)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Tabel &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the visible modules as tab-separated text</source>
        <translation>De zichtbare modules kopiëren als tekst gescheiden door tabs</translation>
    </message>
    <message>
        <source>&amp;Filter Modules</source>
        <translation>Modules &amp;filteren</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save the visible modules as CSV</source>
        <translation>De zichtbare modules opslaan als CSV</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Modules</source>
        <translation>Verborgen &amp;modules tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About LicenseDesk</source>
        <translation>&amp;Over LicenseDesk</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbinding</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>Verbindingen &amp;beheren…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Add, edit and test connections to SuperOffice installations</source>
        <translation>Verbindingen met SuperOffice-installaties toevoegen, bewerken en testen</translation>
    </message>
    <message>
        <source>&amp;Buy More Licenses…</source>
        <translation>Meer licenties &amp;kopen…</translation>
    </message>
    <message>
        <source>Open the selected owner&apos;s license shop in the web browser</source>
        <translation>De licentiewinkel van de geselecteerde eigenaar openen in de webbrowser</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>License manager for SuperOffice CRM installations</source>
        <translation>Licentiebeheer voor SuperOffice CRM-installaties</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>De versie tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Start a built-in demo server and connect to it.</source>
        <translation>Een ingebouwde demoserver starten en daarmee verbinden.</translation>
    </message>
    <message>
        <source>Connect to the WebAPI at URL (…/SuperOffice or …/api).</source>
        <translation>Verbinden met de WebAPI op URL (…/SuperOffice of …/api).</translation>
    </message>
</context>
</TS>
