<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>ActivationPreviewDialog</name>
    <message>
        <source>Activation preview</source>
        <translation>Forhåndsvisning av aktivering</translation>
    </message>
    <message>
        <source>Module changes</source>
        <translation>Endringer i moduler</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivering pågår</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktiver…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Ikke-klarert sertifikat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Utstedt til:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Utstedt til</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Utstedt av:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Utstedt av</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gyldig:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gyldighet</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-fingeravtrykk:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtrykk</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Oppdagede problemer:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Oppdagede problemer</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know the server uses it, for example because your administrator gave you the same fingerprint. LicenseDesk will then accept this exact certificate for this connection, and nothing else. You can revoke the trust in the connection settings.</source>
        <translation>Stol bare på dette sertifikatet hvis du vet at serveren bruker det, for eksempel fordi administratoren din har gitt deg det samme fingeravtrykket. LicenseDesk godtar da akkurat dette sertifikatet for denne tilkoblingen, og ingenting annet. Du kan oppheve tilliten i tilkoblingsinnstillingene.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Lagrede tilkoblinger</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Start a new connection</source>
        <translation>Opprett en ny tilkobling</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Endre navn</translation>
    </message>
    <message>
        <source>Edit the name of the selected connection</source>
        <translation>Endre navnet på den valgte tilkoblingen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Delete the selected connection and its stored secrets</source>
        <translation>Slett den valgte tilkoblingen med lagrede passord og tokener</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Tilkoblingsnavn</translation>
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
        <translation>Påloggings&amp;metode:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Påloggingsmetode</translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>B&amp;illett:</translation>
    </message>
    <message>
        <source>SOTicket</source>
        <translation>SOTicket</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Tilgangst&amp;oken:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Tilgangstoken</translation>
    </message>
    <message>
        <source>Sen&amp;d an SO-AppToken:</source>
        <translation>Sen&amp;d SO-AppToken:</translation>
    </message>
    <message>
        <source>Send an SO-AppToken</source>
        <translation>Send SO-AppToken</translation>
    </message>
    <message>
        <source>SO-AppToken</source>
        <translation>SO-AppToken</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>Tid&amp;savbrudd for forespørsel:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tidsavbrudd for forespørsel i sekunder</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status for nøkkelring</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem proxy settings</source>
        <translation>Bruk s&amp;ystemets proxyinnstillinger</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>Bruk &amp;denne proxyen:</translation>
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
        <translation>Ve&amp;rt:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyvert</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxyport</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxybruker</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;ssord:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxypassord</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Klarerte sertifikater</translation>
    </message>
    <message>
        <source>Certificates you trusted for this connection although they failed the usual checks:</source>
        <translation>Sertifikater du har valgt å stole på for denne tilkoblingen selv om de ikke besto de vanlige kontrollene:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates trusted for this connection</source>
        <translation>SHA-256-fingeravtrykk for sertifikater som er klarert for denne tilkoblingen</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>&amp;Opphev tillit</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Slutt å stole på det valgte sertifikatet</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Tilkoblingstest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Resolve, connect, check the certificate and sign in</source>
        <translation>Slå opp vertsnavnet, koble til, kontroller sertifikatet og logg på</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>&amp;Avbryt test</translation>
    </message>
    <message>
        <source>Rev&amp;iew certificate…</source>
        <translation>&amp;Vis sertifikat…</translation>
    </message>
    <message>
        <source>Show the untrusted certificate and decide whether to trust it</source>
        <translation>Vis sertifikatet som ikke er klarert, og avgjør om du vil stole på det</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultater av tilkoblingstesten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
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
        <translation>Spør lisensserveren om %1…</translation>
    </message>
    <message>
        <source>Reading license file %1…</source>
        <translation>Leser lisensfilen %1…</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (fra %2)</translation>
    </message>
    <message>
        <source>Activate the new license for %1?

%2

The license server&apos;s license replaces the stored one. This cannot be undone from LicenseDesk.</source>
        <translation>Vil du aktivere den nye lisensen for %1?

%2

Lisensen fra lisensserveren erstatter den lagrede. Dette kan ikke angres i LicenseDesk.</translation>
    </message>
    <message>
        <source>Activate license</source>
        <translation>Aktiver lisens</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Aktiverer…</translation>
    </message>
    <message>
        <source>Activating the license for %1…</source>
        <translation>Aktiverer lisensen for %1…</translation>
    </message>
    <message>
        <source>Activated.</source>
        <translation>Aktivert.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost (%1). It was not sent again.</source>
        <translation>Forespørselen ble sendt, men svaret gikk tapt (%1). Den ble ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>Ikke aktivert: %1</translation>
    </message>
    <message>
        <source>Reading what the server now stores…</source>
        <translation>Leser det serveren nå har lagret…</translation>
    </message>
    <message>
        <source>Reading the license of %1…</source>
        <translation>Leser lisensen til %1…</translation>
    </message>
    <message>
        <source>Could not read the stored license: %1 Refresh to see what the server holds.</source>
        <translation>Kunne ikke lese den lagrede lisensen: %1 Oppdater for å se hva serveren har lagret.</translation>
    </message>
    <message>
        <source>%1: %2 licenses</source>
        <translation>%1: %2 lisenser</translation>
    </message>
    <message>
        <source>%1: not in the stored license</source>
        <translation>%1: finnes ikke i den lagrede lisensen</translation>
    </message>
    <message>
        <source>The server now stores license version %1 with the new counts.</source>
        <translation>Serveren har nå lagret lisensversjon %1 med de nye antallene.</translation>
    </message>
    <message>
        <source>The server stores license version %1; it does not match the offer in every module.</source>
        <translation>Serveren har lagret lisensversjon %1; den samsvarer ikke med tilbudet i alle moduler.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewDialog</name>
    <message>
        <source>Activate this license after a confirmation</source>
        <translation>Aktiver denne lisensen etter en bekreftelse</translation>
    </message>
    <message>
        <source>Activation is not possible: see the verdict above</source>
        <translation>Aktivering er ikke mulig: se vurderingen ovenfor</translation>
    </message>
    <message>
        <source>License server offer for %1</source>
        <translation>Tilbud fra lisensserveren for %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the new license has %2, but %3 are in use — free %n seat(s).</source>
        <extracomment>one blocking module: %1 name, %2 new total, %3 seats in use, then how many to free</extracomment>
        <translation>
            <numerusform>%1: den nye lisensen har %2, men %3 er i bruk – frigjør %n plass.</numerusform>
            <numerusform>%1: den nye lisensen har %2, men %3 er i bruk – frigjør %n plasser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove license assignments before activating:</source>
        <translation>Fjern lisenstildelinger før du aktiverer:</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Serveren sier: %1</translation>
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
        <translation>Nå</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Nye ledige</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Virkning</translation>
    </message>
    <message numerus="yes">
        <source>blocked: free %n seat(s) first</source>
        <translation>
            <numerusform>blokkert: frigjør først %n plass</numerusform>
            <numerusform>blokkert: frigjør først %n plasser</numerusform>
        </translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>ubegrenset</translation>
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
        <translation>%1: %2 til %3, %4 i bruk, %5</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Forespørsel pågår</translation>
    </message>
    <message>
        <source>Cancel the running requests</source>
        <translation>Avbryt forespørslene som kjører</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Stol på dette sertifikatet for %1</translation>
    </message>
    <message>
        <source>The server at %1 sent no certificate.</source>
        <translation>Serveren på %1 sendte ikke noe sertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Connecting anyway could let someone read or change what LicenseDesk sends, including your password.</source>
        <translation>Sertifikatet til %1 kunne ikke verifiseres. Hvis du kobler til likevel, kan andre lese eller endre det LicenseDesk sender, også passordet ditt.</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selvsignert)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(utløpt)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(ikke gyldig ennå)</translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason Qt did not name.</source>
        <translation>TLS-håndtrykket mislyktes av en grunn som Qt ikke oppga.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivateCommand</name>
    <message>
        <source>The license server offered no new license for %1: nothing to activate.</source>
        <translation>Lisensserveren tilbød ingen ny lisens for %1: ingenting å aktivere.</translation>
    </message>
    <message>
        <source>Not activating: %1</source>
        <translation>Aktiverer ikke: %1</translation>
    </message>
    <message>
        <source>Not activating without confirmation: standard input is not a terminal. Pass --yes to activate.</source>
        <translation>Aktiverer ikke uten bekreftelse: standard inndata er ikke en terminal. Bruk --yes for å aktivere.</translation>
    </message>
    <message>
        <source>Activation cancelled: nothing was changed.</source>
        <translation>Aktiveringen ble avbrutt: ingenting ble endret.</translation>
    </message>
    <message>
        <source>Activate? [y/N]</source>
        <extracomment>The [y/N] letters are part of the prompt: the default (Enter) is No.</extracomment>
        <translation>Vil du aktivere? [j/N]</translation>
    </message>
    <message>
        <source>The server refused the activation: %1</source>
        <translation>Serveren avviste aktiveringen: %1</translation>
    </message>
    <message>
        <source>The activation was sent, but its answer was lost. Reading what the server now stores (the request is not sent again)…</source>
        <translation>Aktiveringen ble sendt, men svaret gikk tapt. Leser det serveren nå har lagret (forespørselen sendes ikke på nytt)…</translation>
    </message>
    <message>
        <source>Could not find out whether the activation took effect. Run &quot;show %1&quot; before trying again.</source>
        <translation>Kunne ikke fastslå om aktiveringen ble gjennomført. Kjør &quot;show %1&quot; før du prøver igjen.</translation>
    </message>
    <message>
        <source>The activation succeeded, but the license could not be read back.</source>
        <translation>Aktiveringen lyktes, men lisensen kunne ikke leses inn igjen.</translation>
    </message>
    <message>
        <source>The activation took effect: the server now stores the totals the preview showed.</source>
        <translation>Aktiveringen er gjennomført: serveren har nå lagret totalene som forhåndsvisningen viste.</translation>
    </message>
    <message>
        <source>Activated. Verified: the server now stores the totals the preview showed.</source>
        <translation>Aktivert. Kontrollert: serveren har nå lagret totalene som forhåndsvisningen viste.</translation>
    </message>
    <message>
        <source>The server does not store the new license: the activation probably did not take effect. Check with &quot;preview %1&quot; before trying again.</source>
        <translation>Serveren har ikke lagret den nye lisensen: aktiveringen ble trolig ikke gjennomført. Kontroller med &quot;preview %1&quot; før du prøver igjen.</translation>
    </message>
    <message>
        <source>Activated, but the server stores totals that differ from the preview:</source>
        <translation>Aktivert, men serveren har lagret totaler som avviker fra forhåndsvisningen:</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivationCheck</name>
    <message>
        <source>%1: should have been dropped, but the server stores %2 license(s)</source>
        <translation>%1: skulle vært fjernet, men serveren har lagret %2 lisens(er)</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores none</source>
        <translation>%1: forventet %2 lisens(er), men serveren har ikke lagret noen</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores %3</source>
        <translation>%1: forventet %2 lisens(er), men serveren har lagret %3</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CliCommand</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Svaret fra serveren var tomt.</translation>
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
        <translation>Bruk: licensedesk-cli [alternativer] &lt;kommando&gt; [argumenter]

Kommandoer:
  owners                    alle moduleiere med totaler
  show OWNER                bruk per modul for én eier
  module OWNER MODULE       én modullisens
  status OWNER              hva lisensserveren sier
  preview OWNER             hva aktivering av lisensen fra lisensserveren ville endre
  activate OWNER [--yes]    forhåndsvis, spør (uten --yes), aktiver, les på nytt, kontroller

Alternativer:
  --url URL                 API-rot (miljøvariabel LICENSEDESK_URL)
  --user NAME               bruker for Basic-autentisering (miljøvariabel LICENSEDESK_USER);
                            passordet hentes fra miljøvariabelen LICENSEDESK_PASSWORD, ellers
                            fra skrivebordsappens nøkkelringoppføring for denne URL-en og
                            brukeren, ellers fra en ledetekst uten ekko i en terminal
  --ticket-env VAR          SoTicket hentes fra denne miljøvariabelen
  --token-env VAR           Bearer-token hentes fra denne miljøvariabelen
  --app-token-env VAR       SO-AppToken hentes fra denne miljøvariabelen
  --language LANG           språk for brukergrensesnitt og server (standard: systemets)
  --format table|json|csv   utdataformat (standard: table)
  --timeout SECONDS         tidsavbrudd for forespørsler (standard: 30)
  --yes                     aktiver uten å spørre
  --version, --help

Utdata: tabeller tilpasses terminalen (COLUMNS overstyrer bredden). JSON og CSV bruker
stabile engelske nøkler; datoer er ISO 8601; utløpsdatoen til en permanent lisens er null
i JSON, tom i CSV og &quot;aldri&quot; i tabeller. CSV følger RFC 4180 med en overskriftsrad.
activate --format json skriver ut ett objekt: preview, activated, verified, mismatches, stored.

Avslutningskoder: 0 vellykket, 1 bruksfeil, 2 kan ikke koble til (TLS, tidsavbrudd),
3 autentisering avvist, 4 serverfeil, 5 ugyldig svar, 6 aktivering blokkert eller avvist.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ingen kommando angitt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>ukjent kommando &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; tar %n argument</numerusform>
            <numerusform>&quot;%1&quot; tar %n argumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner name is empty</source>
        <translation>eiernavnet er tomt</translation>
    </message>
    <message>
        <source>the module name is empty</source>
        <translation>modulnavnet er tomt</translation>
    </message>
    <message>
        <source>--yes only applies to &quot;activate&quot;</source>
        <translation>--yes gjelder bare for &quot;activate&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation>ukjent format &quot;%1&quot;: bruk table, json eller csv</translation>
    </message>
    <message>
        <source>no API URL: pass --url or set LICENSEDESK_URL</source>
        <translation>ingen API-URL: angi --url eller sett LICENSEDESK_URL</translation>
    </message>
    <message>
        <source>unusable API URL &quot;%1&quot;: %2</source>
        <translation>ubrukelig API-URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 86400</source>
        <translation>--timeout krever et antall sekunder mellom 1 og 86400</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use an ISO code such as en or nb</source>
        <translation>ukjent språk &quot;%1&quot;: bruk en ISO-kode som en eller nb</translation>
    </message>
    <message>
        <source>use either --ticket-env or --token-env, not both</source>
        <translation>bruk enten --ticket-env eller --token-env, ikke begge</translation>
    </message>
    <message>
        <source>--user cannot be combined with --ticket-env or --token-env</source>
        <translation>--user kan ikke kombineres med --ticket-env eller --token-env</translation>
    </message>
    <message>
        <source>the environment variable &quot;%1&quot; is not set or empty</source>
        <translation>miljøvariabelen &quot;%1&quot; er ikke satt eller er tom</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandLineApp</name>
    <message>
        <source>Try &quot;licensedesk-cli --help&quot;.</source>
        <translation>Prøv &quot;licensedesk-cli --help&quot;.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandRunner</name>
    <message>
        <source>No password for %1: set LICENSEDESK_PASSWORD or run in a terminal to be asked.</source>
        <translation>Mangler passord for %1: sett LICENSEDESK_PASSWORD, eller kjør i en terminal for å bli spurt.</translation>
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
        <translation>Forespørselen mislyktes.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Serveren sier: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::PasswordSource</name>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passord for %1 på %2: </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ReadCommand</name>
    <message>
        <source>internal error: &quot;activate&quot; is not a read command</source>
        <translation>intern feil: &quot;activate&quot; er ikke en lesekommando</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::TableReport</name>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Ukjent status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The license is up to date.</source>
        <translation>Lisensen er oppdatert.</translation>
    </message>
    <message>
        <source>A new license is available: run &quot;preview&quot;, then &quot;activate&quot;.</source>
        <translation>En ny lisens er tilgjengelig: kjør &quot;preview&quot; og deretter &quot;activate&quot;.</translation>
    </message>
    <message>
        <source>A new company name is available.</source>
        <translation>Et nytt firmanavn er tilgjengelig.</translation>
    </message>
    <message>
        <source>A new serial number is available.</source>
        <translation>Et nytt serienummer er tilgjengelig.</translation>
    </message>
    <message>
        <source>The license server has a message.</source>
        <translation>Lisensserveren har en melding.</translation>
    </message>
    <message>
        <source>A new license was activated.</source>
        <translation>En ny lisens ble aktivert.</translation>
    </message>
    <message>
        <source>The license server could not provide the license.</source>
        <translation>Lisensserveren kunne ikke levere lisensen.</translation>
    </message>
    <message>
        <source>The license server reported an unknown error.</source>
        <translation>Lisensserveren rapporterte en ukjent feil.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eier:</translation>
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
        <translation>Serienummer:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Utløper:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Utsettelsesperioden slutter:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Vedlikeholdet slutter:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Neste lisenskontroll:</translation>
    </message>
    <message>
        <source>New license expires:</source>
        <translation>Ny lisens utløper:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>No license owners.</source>
        <translation>Ingen lisenseiere.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>brukerplan</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>ubegrenset</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>over-used</source>
        <translation>overforbrukt</translation>
    </message>
    <message>
        <source>New total</source>
        <translation>Ny total</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Nye ledige</translation>
    </message>
    <message numerus="yes">
        <source>blocked: remove %n assignment(s)</source>
        <translation>
            <numerusform>blokkert: fjern %n tildeling</numerusform>
            <numerusform>blokkert: fjern %n tildelinger</numerusform>
        </translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Serveren sier: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versjon:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Allowed user type:</source>
        <translation>Tillatt brukertype:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Lisenser:</translation>
    </message>
    <message>
        <source>Unrestricted:</source>
        <translation>Ubegrenset:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Skjult:</translation>
    </message>
    <message>
        <source>User plan:</source>
        <translation>Brukerplan:</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Gir tilgang til:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Krever:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detaljer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Betydning:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Melding:</translation>
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
        <translation>Skriv inn det nye navnet og lagre.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Review it to decide whether to trust it.</source>
        <translation>Serverens sertifikat er ikke klarert. Se gjennom det og avgjør om du vil stole på det.</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Brukernavn og passord (Basic)</translation>
    </message>
    <message>
        <source>SuperOffice ticket (SOTicket)</source>
        <translation>SuperOffice-billett (SOTicket)</translation>
    </message>
    <message>
        <source>Access token (Bearer, Online)</source>
        <translation>Tilgangstoken (Bearer, Online)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Sign-in method: send no credentials</extracomment>
        <translation>Ingen</translation>
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
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (bare denne økten)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny tilkobling</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Gi tilkoblingen et navn.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Det finnes allerede en tilkobling med navnet «%1».</translation>
    </message>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation>API-URL-en kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system proxy settings.</source>
        <translation>Skriv inn vertsnavnet til proxyen, eller bruk systemets proxyinnstillinger.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Lagret «%1».</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Fjern tilkobling</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and forget its stored password or token?</source>
        <translation>Vil du fjerne tilkoblingen «%1» og glemme det lagrede passordet eller tokenet?</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Fjernet «%1».</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtrykk</translation>
    </message>
    <message>
        <source>The certificate is now trusted for “%1”. Test the connection again.</source>
        <translation>Sertifikatet er nå klarert for «%1». Test tilkoblingen på nytt.</translation>
    </message>
    <message>
        <source>The certificate %1 is no longer trusted.</source>
        <translation>Sertifikatet %1 er ikke lenger klarert.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester tilkoblingen…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Kjører…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Tilkoblingen fungerer.</translation>
    </message>
    <message>
        <source>The connection test failed; the steps above say where.</source>
        <translation>Tilkoblingstesten mislyktes; trinnene ovenfor viser hvor.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionMenu</name>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (bare denne økten)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>Ingen lagrede tilkoblinger</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionSettings</name>
    <message>
        <source>Enter the WebAPI address, for example https://crm.example.com/SuperOffice.</source>
        <translation>Skriv inn WebAPI-adressen, for eksempel https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>«%1» er ikke en gyldig nettadresse.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://); “%1” does not.</source>
        <translation>Adressen må begynne med https:// (eller http://); det gjør ikke «%1».</translation>
    </message>
    <message>
        <source>The address “%1” has no server name. Enter it like https://crm.example.com/SuperOffice.</source>
        <translation>Adressen «%1» mangler servernavn. Skriv den inn slik: https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; enter them in the sign-in fields instead.</source>
        <translation>Ikke skriv brukernavn eller passord i adressen; skriv dem i påloggingsfeltene i stedet.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Ikke noe svar innen %n sekund.</numerusform>
            <numerusform>Ikke noe svar innen %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve host</source>
        <translation>Slå opp vert</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-håndtrykk</translation>
    </message>
    <message>
        <source>Sign in and read licenses</source>
        <translation>Logg på og les lisenser</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>The API URL has no host name.</source>
        <translation>API-URL-en mangler vertsnavn.</translation>
    </message>
    <message>
        <source>Looking up the proxy %1…</source>
        <translation>Slår opp proxyen %1…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Slår opp %1…</translation>
    </message>
    <message>
        <source>Could not find %1: %2</source>
        <translation>Fant ikke %1: %2</translation>
    </message>
    <message>
        <source>Proxy %1 is %2.</source>
        <translation>Proxyen %1 er %2.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 er %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Kobler til %1 port %2…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Koblet til %1 port %2.</translation>
    </message>
    <message>
        <source>Not used: the API URL starts with http://, so passwords and tokens travel unencrypted.</source>
        <translation>Ikke brukt: API-URL-en begynner med http://, så passord og tokener sendes ukryptert.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation>Kontrollerer serverens sertifikat…</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid until %3.</source>
        <translation>Sertifikat for %1, utstedt av %2, gyldig til %3.</translation>
    </message>
    <message>
        <source>Accepted because you trusted this certificate.</source>
        <translation>Godtatt fordi du har valgt å stole på dette sertifikatet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Serverens sertifikat er ikke klarert: %1</translation>
    </message>
    <message>
        <source>Signing in and reading the licenses…</source>
        <translation>Logger på og leser lisensene…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in; read the licenses of %n owner(s).</source>
        <translation>
            <numerusform>Pålogget; leste lisensene til %n eier.</numerusform>
            <numerusform>Pålogget; leste lisensene til %n eiere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Countdown</name>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
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
        <translation>Kan ikke lese demodatafilen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo data file %1: %2</source>
        <translation>Kan ikke skrive til demodatafilen %1: %2</translation>
    </message>
    <message>
        <source>The licence names no owner.</source>
        <translation>Lisensen angir ingen eier.</translation>
    </message>
    <message>
        <source>There is no licence owner %1 in this installation.</source>
        <translation>Det finnes ingen lisenseier %1 i denne installasjonen.</translation>
    </message>
    <message>
        <source>The licence server has no pending licence for %1. Fetch a new licence first.</source>
        <translation>Lisensserveren har ingen ventende lisens for %1. Hent en ny lisens først.</translation>
    </message>
    <message>
        <source>This is not the licence the licence server issued for %1. Fetch it again and activate it unchanged.</source>
        <translation>Dette er ikke lisensen som lisensserveren utstedte for %1. Hent den på nytt og aktiver den uendret.</translation>
    </message>
    <message>
        <source>The licence could not be saved: %1</source>
        <translation>Lisensen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>%1 is not a demo server data file, so the demo server leaves it as it is. Choose another file with --data.</source>
        <translation>%1 er ikke en datafil for demoserveren, så demoserveren lar den være som den er. Velg en annen fil med --data.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoOwner</name>
    <message>
        <source>%1: %2 licences are assigned, but the new licence only contains %3; %4 must be unassigned before activating.</source>
        <translation>%1: %2 lisenser er tildelt, men den nye lisensen inneholder bare %3; tildelingen av %4 må oppheves før aktivering.</translation>
    </message>
    <message>
        <source>%1: %2 licences are assigned, but the new licence no longer contains this module; they must be unassigned before activating.</source>
        <translation>%1: %2 lisenser er tildelt, men den nye lisensen inneholder ikke lenger denne modulen; tildelingene må oppheves før aktivering.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRequestGate</name>
    <message>
        <source>The request headers are too large.</source>
        <translation>Forespørselens overskrifter er for store.</translation>
    </message>
    <message>
        <source>The request line or a header is malformed.</source>
        <translation>Forespørselslinjen eller en overskrift er feilformet.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header.</source>
        <translation>Send innholdet med en Content-Length-overskrift.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length-overskriften er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRouter</name>
    <message>
        <source>The request body is not valid JSON (byte %1: %2).</source>
        <translation>Innholdet i forespørselen er ikke gyldig JSON (byte %1: %2).</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Innholdet i forespørselen må være et JSON-objekt.</translation>
    </message>
    <message>
        <source>The parameter %1 is required.</source>
        <translation>Parameteren %1 er påkrevd.</translation>
    </message>
    <message>
        <source>License owner %1 not found</source>
        <translation>Fant ikke lisenseieren %1</translation>
    </message>
    <message>
        <source>This resource only accepts %1.</source>
        <translation>Denne ressursen godtar bare %1.</translation>
    </message>
    <message>
        <source>No such endpoint: /api/%1</source>
        <translation>Endepunktet finnes ikke: /api/%1</translation>
    </message>
    <message>
        <source>The License agent has no method %1.</source>
        <translation>License-agenten har ingen metode %1.</translation>
    </message>
    <message>
        <source>Module license %1 of owner %2 not found</source>
        <translation>Fant ikke modullisensen %1 for eieren %2</translation>
    </message>
    <message>
        <source>The parameter %1 must be an ExtendedLicenseInfo object.</source>
        <translation>Parameteren %1 må være et ExtendedLicenseInfo-objekt.</translation>
    </message>
    <message>
        <source>%1 is not a valid licence: %2</source>
        <translation>%1 er ikke en gyldig lisens: %2</translation>
    </message>
    <message>
        <source>The licence has no New part to activate.</source>
        <translation>Lisensen har ingen New-del å aktivere.</translation>
    </message>
    <message>
        <source>The licence file is not a licence: expected the JSON of a LicenseInfo.</source>
        <translation>Lisensfilen er ikke en lisens: forventet JSON for en LicenseInfo.</translation>
    </message>
    <message>
        <source>The licence file is empty.</source>
        <translation>Lisensfilen er tom.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoServer</name>
    <message>
        <source>The demo server is already listening.</source>
        <translation>Demoserveren lytter allerede.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kan ikke lytte på %1 port %2: %3</translation>
    </message>
    <message>
        <source>Not found: the API lives under /api.</source>
        <translation>Ikke funnet: API-et ligger under /api.</translation>
    </message>
    <message>
        <source>Authentication required: send Basic credentials, a SOTicket or a Bearer token.</source>
        <translation>Autentisering kreves: send Basic-legitimasjon, en SOTicket eller et Bearer-token.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the ticket or token is not valid.</source>
        <translation>Brukernavnet eller passordet er feil, eller billetten eller tokenet er ugyldig.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 MiB this server accepts.</source>
        <translation>Forespørselens innhold er større enn de %1 MiB denne serveren tar imot.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoSigner</name>
    <message>
        <source>Module %1 belongs to owner %2, not %3.</source>
        <translation>Modulen %1 tilhører eieren %2, ikke %3.</translation>
    </message>
    <message>
        <source>The signature of module %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Signaturen til modulen %1 samsvarer ikke med innholdet: lisensen ble endret etter at den ble utstedt.</translation>
    </message>
    <message>
        <source>The licence signature of %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Lisenssignaturen til %1 samsvarer ikke med innholdet: lisensen ble endret etter at den ble utstedt.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DesktopApp</name>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Demoserveren startet ikke: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <extracomment>name of the connection to the built-in demo server (shown in the Connection menu)</extracomment>
        <translation>Demoserver</translation>
    </message>
    <message>
        <source>Wait until the activation has finished before switching connections.</source>
        <translation>Vent til aktiveringen er fullført før du bytter tilkobling.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ErrorMapper</name>
    <message>
        <source>no certificate was presented</source>
        <translation>ikke noe sertifikat</translation>
    </message>
    <message>
        <source>certificate “%1”, issued by “%2”, SHA-256 fingerprint %3</source>
        <extracomment>%1 = certificate subject, %2 = issuer, %3 = SHA-256 fingerprint in hex</extracomment>
        <translation>sertifikatet «%1», utstedt av «%2», SHA-256-fingeravtrykk %3</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: the connection was refused. Check the address and port, and that the web server is running.</source>
        <translation>Kunne ikke koble til %1 på port %2: tilkoblingen ble avvist. Kontroller adressen og porten, og at webserveren kjører.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the spelling of the address and your network or VPN connection.</source>
        <translation>Finner ikke servernavnet %1. Kontroller at adressen er riktig skrevet, og sjekk nettverks- eller VPN-tilkoblingen.</translation>
    </message>
    <message>
        <source>The connection to %1 on port %2 was closed before the answer was complete. Try again; if it keeps happening, check proxies and firewalls on the way.</source>
        <translation>Tilkoblingen til %1 på port %2 ble lukket før hele svaret var mottatt. Prøv igjen; hvis det skjer flere ganger, kontroller proxyer og brannmurer på veien.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request too often or to an unsafe address. Check the API address.</source>
        <translation>Serveren på %1 videresendte forespørselen for mange ganger eller til en usikker adresse. Kontroller API-adressen.</translation>
    </message>
    <message>
        <source>Could not reach %1 through the proxy: %2. Check the proxy settings.</source>
        <translation>Kunne ikke nå %1 via proxyen: %2. Kontroller proxyinnstillingene.</translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP. Check that the address and port belong to the SuperOffice web server.</source>
        <translation>Svaret fra %1 var ikke gyldig HTTP. Kontroller at adressen og porten tilhører SuperOffice-webserveren.</translation>
    </message>
    <message>
        <source>Could not talk to %1 on port %2: %3. Check your network connection and try again.</source>
        <translation>Kunne ikke kommunisere med %1 på port %2: %3. Kontroller nettverkstilkoblingen og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (HTTP 401%2). Check the user name and password, or get a new ticket or token: they expire.</source>
        <translation>%1 godtok ikke påloggingen (HTTP 401%2). Kontroller brukernavnet og passordet, eller hent en ny billett eller et nytt token: de utløper.</translation>
    </message>
    <message>
        <source>%1 recognised the account but does not allow this (HTTP 403%2). License calls need a user with administrator rights.</source>
        <translation>%1 gjenkjente kontoen, men tillater ikke dette (HTTP 403%2). Lisenskall krever en bruker med administratorrettigheter.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for: “%1”. Check the owner or module name.</source>
        <translation>Serveren fant ikke det som ble etterspurt: «%1». Kontroller eier- eller modulnavnet.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check that the address points to the SuperOffice WebAPI; it usually ends in /api.</source>
        <translation>Ingenting ble funnet på %1 (HTTP 404). Kontroller at adressen peker til SuperOffice WebAPI; den slutter vanligvis på /api.</translation>
    </message>
    <message>
        <source>The Online tenant is no longer served by %1 (HTTP 421, misdirected request). Look up the tenant&apos;s current WebAPI address and update the connection.</source>
        <translation>Online-tenanten betjenes ikke lenger av %1 (HTTP 421, misdirected request). Finn tenantens gjeldende WebAPI-adresse og oppdater tilkoblingen.</translation>
    </message>
    <message>
        <source>The server %1 reported an internal error (HTTP %2%3). Try again in a few minutes; if it keeps happening, ask its administrator to check the NetServer log.</source>
        <translation>Serveren %1 rapporterte en intern feil (HTTP %2%3). Prøv igjen om noen minutter; hvis det skjer flere ganger, be administratoren av serveren om å sjekke NetServer-loggen.</translation>
    </message>
    <message>
        <source>The server %1 refused the request with HTTP status %2%3. Check the API address; if it is right, the server may not support this call.</source>
        <translation>Serveren %1 avviste forespørselen med HTTP-status %2%3. Kontroller API-adressen; hvis den er riktig, støtter serveren kanskje ikke dette kallet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check that the server offers TLS 1.2 or newer and that no proxy interferes.</source>
        <translation>Den sikre tilkoblingen til %1 mislyktes: %2. Kontroller at serveren tilbyr TLS 1.2 eller nyere, og at ingen proxy forstyrrer.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. The server presented %3. If you trust it, compare the fingerprint with the server&apos;s administrator and then trust it in the connection settings.</source>
        <extracomment>%1 = host, %2 = what is wrong with the certificate, %3 = certificate description</extracomment>
        <translation>Sertifikatet til %1 kunne ikke verifiseres: %2. Serveren sendte: %3. Hvis du stoler på det, sammenlign fingeravtrykket med serveradministratoren, og velg deretter å stole på det i tilkoblingsinnstillingene.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Try again, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>Serveren %1 svarte ikke innen %n sekund. Prøv igjen, eller gi mer tid i tilkoblingsinnstillingene.</numerusform>
            <numerusform>Serveren %1 svarte ikke innen %n sekunder. Prøv igjen, eller gi mer tid i tilkoblingsinnstillingene.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2, so reading stopped. Check that the address points to a SuperOffice WebAPI.</source>
        <translation>Svaret fra %1 er større enn grensen på %2, så lesingen ble stoppet. Kontroller at adressen peker til en SuperOffice WebAPI.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1). LicenseDesk only follows redirects on the same server and protocol, so it stopped. If that address is right, enter it as the API address.</source>
        <translation>Serveren sendte forespørselen videre til en annen adresse (%1). LicenseDesk følger bare videresendinger på samme server og protokoll, og stoppet derfor. Hvis den adressen er riktig, skriv den inn som API-adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address points to a SuperOffice WebAPI and that its version is supported.</source>
        <translation>Svaret fra serveren kunne ikke leses (%1). Kontroller at adressen peker til en SuperOffice WebAPI, og at versjonen støttes.</translation>
    </message>
    <message>
        <source>The server declined the request without giving a reason. Check the server&apos;s log, then try again.</source>
        <translation>Serveren avviste forespørselen uten å oppgi noen grunn. Sjekk loggen på serveren og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>The server declined the request: %1</source>
        <translation>Serveren avviste forespørselen: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <source>The server found nothing for this request (it answered null). Check the owner or module name.</source>
        <translation>Serveren fant ingenting for denne forespørselen (den svarte null). Kontroller eier- eller modulnavnet.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::JsonReader</name>
    <message>
        <source>expected a string</source>
        <translation>forventet en streng</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>forventet true eller false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>forventet et tall</translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2</source>
        <translation>forventet et heltall mellom %1 og %2</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-27T00:00:00</source>
        <translation>forventet en dato som 2027-03-27T00:00:00</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>forventet et objekt</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>forventet en matrise</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>svaret er tomt</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>ugyldig JSON ved byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>forventet et JSON-objekt</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>forventet en JSON-matrise</translation>
    </message>
    <message>
        <source>expected a JSON string</source>
        <translation>forventet en JSON-streng</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>ugyldig JSON: %1</translation>
    </message>
    <message>
        <source>none of the expected fields, such as %1</source>
        <translation>ingen av de forventede feltene, for eksempel %1</translation>
    </message>
    <message>
        <source>the server answered null: nothing was found</source>
        <translation>serveren svarte null: ingenting ble funnet</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Ingen nøkkelring er tilgjengelig på dette systemet (%1), så passord og tokener kan ikke huskes. LicenseDesk spør etter dem hver gang du kobler til.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Nøkkelringen nektet tilgang (%1), så passord og tokener kan ikke huskes. LicenseDesk spør etter dem hver gang du kobler til.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Nøkkelringen kunne ikke slette hemmeligheten: %1</translation>
    </message>
    <message>
        <source>The keychain is not usable (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Nøkkelringen kan ikke brukes (%1), så passord og tokener kan ikke huskes. LicenseDesk spør etter dem hver gang du kobler til.</translation>
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
        <translation>Bruk språket til operativsystemet</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseClient</name>
    <message>
        <source>No WebAPI address is set. Enter the address of the SuperOffice WebAPI in the connection settings.</source>
        <translation>Ingen WebAPI-adresse er angitt. Skriv inn adressen til SuperOffice WebAPI i tilkoblingsinnstillingene.</translation>
    </message>
    <message>
        <source>This license cannot be activated: the server marked it as not activatable. Nothing was sent.</source>
        <translation>Denne lisensen kan ikke aktiveres: serveren har merket den som ikke aktiverbar. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>This license cannot be activated: %1 Nothing was sent.</source>
        <translation>Denne lisensen kan ikke aktiveres: %1 Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>There is no license exactly as the server sent it, so nothing was activated. Fetch the license from the license server again, then activate.</source>
        <translation>Det finnes ingen lisens nøyaktig slik serveren sendte den, så ingenting ble aktivert. Hent lisensen fra lisensserveren på nytt og aktiver den deretter.</translation>
    </message>
    <message>
        <source>the license shop address is not an http or https address</source>
        <translation>adressen til lisensbutikken er ikke en http- eller https-adresse</translation>
    </message>
    <message>
        <source>“%1” cannot be asked for by name: a web address reads it as a step up or in place, so nothing was sent.</source>
        <translation>«%1» kan ikke hentes etter navn: en nettadresse leser det som et steg opp eller på stedet, så ingenting ble sendt.</translation>
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
        <translation>Serienummer:</translation>
    </message>
    <message>
        <source>License version:</source>
        <translation>Lisensversjon:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Utløper:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Utsettelsesperioden slutter:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Vedlikeholdet slutter:</translation>
    </message>
    <message>
        <source>Admin warning from:</source>
        <translation>Administratorvarsel fra:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Neste lisenskontroll:</translation>
    </message>
    <message>
        <source>Server says:</source>
        <translation>Serveren sier:</translation>
    </message>
    <message>
        <source>No owner selected</source>
        <translation>Ingen eier valgt</translation>
    </message>
    <message>
        <source>No stored license.</source>
        <translation>Ingen lagret lisens.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>ikke planlagt</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>%1 date and countdown, e.g. &quot;14/05/2026 (in 30 days)&quot;</extracomment>
        <translation>planlagt %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>på overtid siden %1</translation>
    </message>
    <message>
        <source>License details</source>
        <translation>Lisensdetaljer</translation>
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
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Utløper snart</translation>
    </message>
    <message>
        <source>Expired, in grace period</source>
        <translation>Utløpt, i utsettelsesperiode</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>New license available</source>
        <translation>Ny lisens tilgjengelig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>new module</source>
        <translation>ny modul</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>more seats</source>
        <translation>flere plasser</translation>
    </message>
    <message>
        <source>fewer seats</source>
        <translation>færre plasser</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satellitt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>The license server offered no new license.</source>
        <translation>Lisensserveren tilbød ingen ny lisens.</translation>
    </message>
    <message>
        <source>Activating would change no module counts.</source>
        <translation>Aktivering ville ikke endre antallet i noen modul.</translation>
    </message>
    <message numerus="yes">
        <source>Activation is possible: %n module(s) would change.</source>
        <translation>
            <numerusform>Aktivering er mulig: %n modul blir endret.</numerusform>
            <numerusform>Aktivering er mulig: %n moduler blir endret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation is refused by the server: %1</source>
        <translation>Serveren avviser aktiveringen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Activation is blocked: free seats in %n module(s) first.</source>
        <translation>
            <numerusform>Aktivering er blokkert: frigjør først plasser i %n modul.</numerusform>
            <numerusform>Aktivering er blokkert: frigjør først plasser i %n moduler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MainWindow</name>
    <message>
        <source>Reading licenses…</source>
        <translation>Leser lisenser…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Showing the data fetched at %1.</source>
        <translation>Viser data hentet %1.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>stale: fetched %1, refresh failed</source>
        <translation>utdatert: hentet %1, oppdatering mislyktes</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>hentet %1</translation>
    </message>
    <message>
        <source>Load License from File</source>
        <translation>Last inn lisens fra fil</translation>
    </message>
    <message>
        <source>License files (*.xml *.lic);;All files (*)</source>
        <translation>Lisensfiler (*.xml *.lic);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n module(s).</source>
        <translation>
            <numerusform>Kopierte %n modul.</numerusform>
            <numerusform>Kopierte %n moduler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Eksportert til %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke lagre %1: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksporter som CSV</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Eksporter som JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Not connected. Start LicenseDesk with --url URL or --demo.</source>
        <translation>Ikke tilkoblet. Start LicenseDesk med --url URL eller --demo.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Koblet til %1</translation>
    </message>
    <message>
        <source>About LicenseDesk</source>
        <translation>Om LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;A license manager for SuperOffice CRM administrators: see module usage, preview what a new license changes, and activate it safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;En lisensbehandler for administratorer av SuperOffice CRM: se modulbruken, forhåndsvis hva en ny lisens endrer, og aktiver den trygt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an owner to see its modules and license dates</source>
        <translation>Velg en eier for å se modulene og lisensdatoene</translation>
    </message>
    <message>
        <source>%1 – LicenseDesk</source>
        <extracomment>window title: %1 is the name of a saved connection (&quot;Production&quot;)</extracomment>
        <translation>%1 – LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not connected&lt;/h2&gt;&lt;p&gt;LicenseDesk reads licenses through the SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Connection → Manage Connections…&lt;/b&gt;, or start LicenseDesk with &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;To try it without a server, start &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ikke tilkoblet&lt;/h2&gt;&lt;p&gt;LicenseDesk leser lisenser via SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Velg &lt;b&gt;Tilkobling → Behandle tilkoblinger…&lt;/b&gt;, eller start LicenseDesk med &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;For å prøve uten server, start &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LicenseDesk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty.&lt;/p&gt;&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;LicenseDesk er fri programvare under GNU General Public License, versjon 3 eller senere (GPL-3.0-or-later), og leveres uten garanti.&lt;/p&gt;&lt;p&gt;Nettsted: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Ingen hemmelighet er lagret for denne tilkoblingen.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
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
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lisenser</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>free seats of an unrestricted module: counts are not enforced</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>ubegrenset</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>usage bar text: %1 seats in use of %2 licensed</extracomment>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>brukerplan</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Grants: %1</source>
        <translation>Gir tilgang til: %1</translation>
    </message>
    <message>
        <source>Hidden: not shown to users and not assignable, but still checked.</source>
        <translation>Skjult: vises ikke for brukere og kan ikke tildeles, men kontrolleres likevel.</translation>
    </message>
    <message>
        <source>Unrestricted: seat counts are not enforced.</source>
        <translation>Ubegrenset: antall plasser håndheves ikke.</translation>
    </message>
    <message numerus="yes">
        <source>%n more seat(s) in use than licensed.</source>
        <translation>
            <numerusform>%n plass mer i bruk enn lisensiert.</numerusform>
            <numerusform>%n plasser mer i bruk enn lisensiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unrestricted, %2 in use</source>
        <translation>%1: ubegrenset, %2 i bruk</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use, %4 free</source>
        <translation>%1: %2 av %3 i bruk, ledig: %4</translation>
    </message>
    <message>
        <source>The server reports %1 free; %2 licensed and %3 in use would leave %4.</source>
        <translation>Serveren oppgir %1 ledige; %2 lisensiert og %3 i bruk ville gi %4.</translation>
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
        <translation>Kunne ikke oppdatere: viser sist hentede data.</translation>
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
        <translation>Spør serveren om lisensbutikken til %1…</translation>
    </message>
    <message>
        <source>Could not open a web browser. The license shop of %1 is at %2</source>
        <translation>Kunne ikke åpne en nettleser. Lisensbutikken til %1 er på %2</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ProfileConnector</name>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Det finnes ingen tilkobling med navnet «%1».</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secrets of “%1” must be typed in: %2 They are kept for this session only.</source>
        <translation>Systemets nøkkelring kan ikke brukes, så passord og tokener for «%1» må skrives inn: %2 De beholdes bare i denne økten.</translation>
    </message>
    <message>
        <source>The keychain could not read the secrets of “%1”: %2</source>
        <translation>Nøkkelringen kunne ikke lese passord og tokener for «%1»: %2</translation>
    </message>
    <message>
        <source>The API URL of “%1” cannot be used: %2</source>
        <translation>API-URL-en for «%1» kan ikke brukes: %2</translation>
    </message>
    <message>
        <source>No password is stored for “%1”. Type it in, then connect.</source>
        <translation>Det er ikke lagret noe passord for «%1». Skriv det inn og koble til.</translation>
    </message>
    <message>
        <source>No SuperOffice ticket is stored for “%1”. Paste it in, then connect.</source>
        <translation>Det er ikke lagret noen SuperOffice-billett for «%1». Lim den inn og koble til.</translation>
    </message>
    <message>
        <source>No access token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Det er ikke lagret noe tilgangstoken for «%1». Lim det inn og koble til.</translation>
    </message>
    <message>
        <source>No application token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Det er ikke lagret noe programtoken for «%1». Lim det inn og koble til.</translation>
    </message>
    <message>
        <source>No proxy password is stored for “%1”. Type it in, then connect.</source>
        <translation>Det er ikke lagret noe proxypassord for «%1». Skriv det inn og koble til.</translation>
    </message>
    <message>
        <source>No saved connection uses %1 as %2.</source>
        <translation>Ingen lagret tilkobling bruker %1 som %2.</translation>
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
        <translation>&amp;Eiere</translation>
    </message>
    <message>
        <source>Module owners</source>
        <translation>Moduleiere</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Module name, description or type</source>
        <translation>Modulnavn, beskrivelse eller type</translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation>Filtrer moduler</translation>
    </message>
    <message>
        <source>Show &amp;hidden modules</source>
        <translation>Vis &amp;skjulte moduler</translation>
    </message>
    <message>
        <source>Modules of the selected owner</source>
        <translation>Modulene til den valgte eieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lisens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Read every owner&apos;s license again</source>
        <translation>Les lisensen til alle eiere på nytt</translation>
    </message>
    <message>
        <source>&amp;Check License Server</source>
        <translation>&amp;Kontroller lisensserveren</translation>
    </message>
    <message>
        <source>Ask SuperOffice&apos;s license server what it would issue now, and preview the changes</source>
        <translation>Spør SuperOffices lisensserver hva den ville utstedt nå, og forhåndsvis endringene</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktiver…</translation>
    </message>
    <message>
        <source>Preview and activate the license server&apos;s license for the selected owner</source>
        <translation>Forhåndsvis og aktiver lisensen fra lisensserveren for den valgte eieren</translation>
    </message>
    <message>
        <source>&amp;Load License from File…</source>
        <translation>&amp;Last inn lisens fra fil…</translation>
    </message>
    <message>
        <source>Preview and activate a license file (when the server cannot reach the license server)</source>
        <translation>Forhåndsvis og aktiver en lisensfil (når serveren ikke når lisensserveren)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Kopier tabell</translation>
    </message>
    <message>
        <source>Copy the visible modules as tab-separated text</source>
        <translation>Kopier de synlige modulene som tabulatordelt tekst</translation>
    </message>
    <message>
        <source>&amp;Filter Modules</source>
        <translation>&amp;Filtrer moduler</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Eksporter som &amp;CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Save the visible modules as CSV</source>
        <translation>Lagre de synlige modulene som CSV</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Eksporter som &amp;JSON…</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Modules</source>
        <translation>Vis &amp;skjulte moduler</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;About LicenseDesk</source>
        <translation>&amp;Om LicenseDesk</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Tilkobling</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Behandle tilkoblinger…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Add, edit and test connections to SuperOffice installations</source>
        <translation>Legg til, rediger og test tilkoblinger til SuperOffice-installasjoner</translation>
    </message>
    <message>
        <source>&amp;Buy More Licenses…</source>
        <translation>&amp;Kjøp flere lisenser…</translation>
    </message>
    <message>
        <source>Open the selected owner&apos;s license shop in the web browser</source>
        <translation>Åpne lisensbutikken til valgt eier i nettleseren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>License manager for SuperOffice CRM installations</source>
        <translation>Lisensbehandler for SuperOffice CRM-installasjoner</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Skriv ut versjonen og avslutt.</translation>
    </message>
    <message>
        <source>Start a built-in demo server and connect to it.</source>
        <translation>Start en innebygd demoserver og koble til den.</translation>
    </message>
    <message>
        <source>Connect to the WebAPI at URL (…/SuperOffice or …/api).</source>
        <translation>Koble til WebAPI-en på URL (…/SuperOffice eller …/api).</translation>
    </message>
</context>
</TS>
