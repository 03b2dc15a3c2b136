<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>ActivationPreviewDialog</name>
    <message>
        <source>Activation preview</source>
        <translation>Forhåndsvisning af aktivering</translation>
    </message>
    <message>
        <source>Module changes</source>
        <translation>Ændringer i moduler</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivering i gang</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivér…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Ikke-betroet certifikat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Udstedt til:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Udstedt til</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Udstedt af:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Udstedt af</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gyldigt:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gyldighed</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-fingeraftryk:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeraftryk</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Fundne problemer:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Fundne problemer</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know the server uses it, for example because your administrator gave you the same fingerprint. LicenseDesk will then accept this exact certificate for this connection, and nothing else. You can revoke the trust in the connection settings.</source>
        <translation>Stol kun på dette certifikat, hvis du ved, at serveren bruger det, fx fordi din administrator har givet dig det samme fingeraftryk. LicenseDesk accepterer så netop dette certifikat for denne forbindelse og intet andet. Du kan tilbagekalde tilliden i forbindelsesindstillingerne.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Forbindelser</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gemte forbindelser</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Start a new connection</source>
        <translation>Opret en ny forbindelse</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <source>Edit the name of the selected connection</source>
        <translation>Redigér navnet på den valgte forbindelse</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Delete the selected connection and its stored secrets</source>
        <translation>Slet den valgte forbindelse og dens gemte adgangskode eller token</translation>
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
        <translation>Forbindelsens navn</translation>
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
        <translation>Log&amp;inmetode:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Loginmetode</translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>A&amp;dgangskode:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
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
        <translation>Adgangstok&amp;en:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Adgangstoken</translation>
    </message>
    <message>
        <source>Sen&amp;d an SO-AppToken:</source>
        <translation>Send et SO-A&amp;ppToken:</translation>
    </message>
    <message>
        <source>Send an SO-AppToken</source>
        <translation>Send et SO-AppToken</translation>
    </message>
    <message>
        <source>SO-AppToken</source>
        <translation>SO-AppToken</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>&amp;Maks. svartid:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Maks. svartid i sekunder</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Nøgleringens status</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem proxy settings</source>
        <translation>Brug s&amp;ystemets proxyindstillinger</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>Brug &amp;denne proxy:</translation>
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
        <translation>&amp;Vært:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyvært</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxyport</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxybruger</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxyadgangskode</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Betroede certifikater</translation>
    </message>
    <message>
        <source>Certificates you trusted for this connection although they failed the usual checks:</source>
        <translation>Certifikater, du har valgt at stole på for denne forbindelse, selvom de ikke bestod de normale kontroller:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates trusted for this connection</source>
        <translation>SHA-256-fingeraftryk for certifikater, der er betroet for denne forbindelse</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>Til&amp;bagekald</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Fjern tilliden til det valgte certifikat</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Forbindelsestest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Te&amp;st forbindelse</translation>
    </message>
    <message>
        <source>Resolve, connect, check the certificate and sign in</source>
        <translation>Slå navnet op, opret forbindelse, kontrollér certifikatet, og log på</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>&amp;Annuller test</translation>
    </message>
    <message>
        <source>Rev&amp;iew certificate…</source>
        <translation>&amp;Undersøg certifikat…</translation>
    </message>
    <message>
        <source>Show the untrusted certificate and decide whether to trust it</source>
        <translation>Vis det ikke-betroede certifikat, og beslut, om du vil stole på det</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultater af forbindelsestest</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
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
        <translation>Spørger licensserveren om %1…</translation>
    </message>
    <message>
        <source>Reading license file %1…</source>
        <translation>Læser licensfilen %1…</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (fra %2)</translation>
    </message>
    <message>
        <source>Activate the new license for %1?

%2

The license server&apos;s license replaces the stored one. This cannot be undone from LicenseDesk.</source>
        <translation>Aktivér den nye licens for %1?

%2

Licensserverens licens erstatter den gemte. Det kan ikke fortrydes fra LicenseDesk.</translation>
    </message>
    <message>
        <source>Activate license</source>
        <translation>Aktivér licens</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Aktiverer…</translation>
    </message>
    <message>
        <source>Activating the license for %1…</source>
        <translation>Aktiverer licensen for %1…</translation>
    </message>
    <message>
        <source>Activated.</source>
        <translation>Aktiveret.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost (%1). It was not sent again.</source>
        <translation>Anmodningen blev sendt, men svaret gik tabt (%1). Den blev ikke sendt igen.</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>Ikke aktiveret: %1</translation>
    </message>
    <message>
        <source>Reading what the server now stores…</source>
        <translation>Læser, hvad serveren nu har gemt…</translation>
    </message>
    <message>
        <source>Reading the license of %1…</source>
        <translation>Læser licensen for %1…</translation>
    </message>
    <message>
        <source>Could not read the stored license: %1 Refresh to see what the server holds.</source>
        <translation>Den gemte licens kunne ikke læses: %1 Opdater for at se, hvad serveren har gemt.</translation>
    </message>
    <message>
        <source>%1: %2 licenses</source>
        <translation>%1: %2 licenser</translation>
    </message>
    <message>
        <source>%1: not in the stored license</source>
        <translation>%1: ikke i den gemte licens</translation>
    </message>
    <message>
        <source>The server now stores license version %1 with the new counts.</source>
        <translation>Serveren har nu gemt licensversion %1 med de nye antal.</translation>
    </message>
    <message>
        <source>The server stores license version %1; it does not match the offer in every module.</source>
        <translation>Serveren har gemt licensversion %1; den svarer ikke til tilbuddet i alle moduler.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewDialog</name>
    <message>
        <source>Activate this license after a confirmation</source>
        <translation>Aktivér denne licens efter en bekræftelse</translation>
    </message>
    <message>
        <source>Activation is not possible: see the verdict above</source>
        <translation>Aktivering er ikke mulig: se vurderingen ovenfor</translation>
    </message>
    <message>
        <source>License server offer for %1</source>
        <translation>Licensserverens tilbud til %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the new license has %2, but %3 are in use — free %n seat(s).</source>
        <extracomment>one blocking module: %1 name, %2 new total, %3 seats in use, then how many to free</extracomment>
        <translation>
            <numerusform>%1: den nye licens har %2, men %3 er i brug — frigør %n plads.</numerusform>
            <numerusform>%1: den nye licens har %2, men %3 er i brug — frigør %n pladser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove license assignments before activating:</source>
        <translation>Fjern licenstildelinger før aktivering:</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Serveren siger: %1</translation>
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
        <translation>Nu</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
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
            <numerusform>blokeret: frigør først %n plads</numerusform>
            <numerusform>blokeret: frigør først %n pladser</numerusform>
        </translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>ubegrænset</translation>
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
        <translation>%1: %2 til %3, %4 i brug, %5</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anmodning i gang</translation>
    </message>
    <message>
        <source>Cancel the running requests</source>
        <translation>Annuller de igangværende anmodninger</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Stol på dette certifikat for %1</translation>
    </message>
    <message>
        <source>The server at %1 sent no certificate.</source>
        <translation>Serveren på %1 sendte intet certifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Connecting anyway could let someone read or change what LicenseDesk sends, including your password.</source>
        <translation>Certifikatet for %1 kunne ikke verificeres. Hvis du alligevel opretter forbindelse, kan andre muligvis læse eller ændre det, LicenseDesk sender, herunder din adgangskode.</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selvsigneret)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(udløbet)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(endnu ikke gyldigt)</translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason Qt did not name.</source>
        <translation>TLS-handshake mislykkedes af en årsag, som Qt ikke oplyste.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivateCommand</name>
    <message>
        <source>The license server offered no new license for %1: nothing to activate.</source>
        <translation>Licensserveren tilbød ingen ny licens for %1: intet at aktivere.</translation>
    </message>
    <message>
        <source>Not activating: %1</source>
        <translation>Aktiverer ikke: %1</translation>
    </message>
    <message>
        <source>Not activating without confirmation: standard input is not a terminal. Pass --yes to activate.</source>
        <translation>Aktiverer ikke uden bekræftelse: standardinput er ikke en terminal. Angiv --yes for at aktivere.</translation>
    </message>
    <message>
        <source>Activation cancelled: nothing was changed.</source>
        <translation>Aktivering annulleret: intet blev ændret.</translation>
    </message>
    <message>
        <source>Activate? [y/N]</source>
        <extracomment>The [y/N] letters are part of the prompt: the default (Enter) is No.</extracomment>
        <translation>Aktivér? [j/N]</translation>
    </message>
    <message>
        <source>The server refused the activation: %1</source>
        <translation>Serveren afviste aktiveringen: %1</translation>
    </message>
    <message>
        <source>The activation was sent, but its answer was lost. Reading what the server now stores (the request is not sent again)…</source>
        <translation>Aktiveringen blev sendt, men svaret gik tabt. Læser, hvad serveren nu har gemt (anmodningen sendes ikke igen)…</translation>
    </message>
    <message>
        <source>Could not find out whether the activation took effect. Run &quot;show %1&quot; before trying again.</source>
        <translation>Det kunne ikke afgøres, om aktiveringen trådte i kraft. Kør &quot;show %1&quot;, før du prøver igen.</translation>
    </message>
    <message>
        <source>The activation succeeded, but the license could not be read back.</source>
        <translation>Aktiveringen lykkedes, men licensen kunne ikke læses igen.</translation>
    </message>
    <message>
        <source>The activation took effect: the server now stores the totals the preview showed.</source>
        <translation>Aktiveringen trådte i kraft: serveren har nu gemt de totaler, som forhåndsvisningen viste.</translation>
    </message>
    <message>
        <source>Activated. Verified: the server now stores the totals the preview showed.</source>
        <translation>Aktiveret. Verificeret: serveren har nu gemt de totaler, som forhåndsvisningen viste.</translation>
    </message>
    <message>
        <source>The server does not store the new license: the activation probably did not take effect. Check with &quot;preview %1&quot; before trying again.</source>
        <translation>Serveren har ikke gemt den nye licens: aktiveringen trådte sandsynligvis ikke i kraft. Kontrollér med &quot;preview %1&quot;, før du prøver igen.</translation>
    </message>
    <message>
        <source>Activated, but the server stores totals that differ from the preview:</source>
        <translation>Aktiveret, men serveren har gemt totaler, der afviger fra forhåndsvisningen:</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivationCheck</name>
    <message>
        <source>%1: should have been dropped, but the server stores %2 license(s)</source>
        <translation>%1: skulle være fjernet, men serveren har %2 licens(er) gemt</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores none</source>
        <translation>%1: forventede %2 licens(er), men serveren har ingen gemt</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores %3</source>
        <translation>%1: forventede %2 licens(er), men serveren har %3 gemt</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CliCommand</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Serverens svar var tomt.</translation>
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
        <translation>Brug: licensedesk-cli [tilvalg] &lt;kommando&gt; [argumenter]

Kommandoer:
  owners                    alle modulejere med totaler
  show EJER                 forbrug pr. modul for én ejer
  module EJER MODUL         licensen for ét modul
  status EJER               hvad licensserveren siger
  preview EJER              hvad aktivering af licensserverens licens ville ændre
  activate EJER [--yes]     forhåndsvis, spørg (medmindre --yes), aktivér, genlæs, verificér

Tilvalg:
  --url URL                 API-roden (miljøvariabel LICENSEDESK_URL)
  --user NAVN               bruger til Basic-godkendelse (miljøvariabel LICENSEDESK_USER);
                            adgangskoden hentes fra miljøvariablen LICENSEDESK_PASSWORD,
                            ellers fra skrivebordsappens nøgleringspost for denne URL og
                            bruger, ellers spørges der uden ekko i en terminal
  --ticket-env VAR          SoTicket hentet fra denne miljøvariabel
  --token-env VAR           Bearer-token hentet fra denne miljøvariabel
  --app-token-env VAR       SO-AppToken hentet fra denne miljøvariabel
  --language SPROG          sprog for brugerflade og server (standard: systemets)
  --format table|json|csv   outputformat (standard: table)
  --timeout SEKUNDER        tidsgrænse for anmodninger (standard: 30)
  --yes                     aktivér uden at spørge
  --version, --help

Output: tabeller tilpasses terminalen (COLUMNS tilsidesætter bredden). JSON og CSV
bruger faste engelske nøgler; datoer er i ISO 8601; en permanent licens&apos; udløbsdato er
null i JSON, tom i CSV og &quot;aldrig&quot; i tabeller. CSV følger RFC 4180 med en
overskriftsrække. activate --format json udskriver ét objekt: preview, activated,
verified, mismatches, stored.

Afslutningskoder: 0 succes, 1 brugsfejl, 2 kan ikke oprette forbindelse (TLS, timeout),
3 godkendelse afvist, 4 serverfejl, 5 ugyldigt svar, 6 aktivering blokeret eller afvist.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ingen kommando angivet</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>ukendt kommando &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; tager %n argument</numerusform>
            <numerusform>&quot;%1&quot; tager %n argumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner name is empty</source>
        <translation>ejernavnet er tomt</translation>
    </message>
    <message>
        <source>the module name is empty</source>
        <translation>modulnavnet er tomt</translation>
    </message>
    <message>
        <source>--yes only applies to &quot;activate&quot;</source>
        <translation>--yes gælder kun for &quot;activate&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation>ukendt format &quot;%1&quot;: brug table, json eller csv</translation>
    </message>
    <message>
        <source>no API URL: pass --url or set LICENSEDESK_URL</source>
        <translation>ingen API-URL: angiv --url, eller sæt LICENSEDESK_URL</translation>
    </message>
    <message>
        <source>unusable API URL &quot;%1&quot;: %2</source>
        <translation>ubrugelig API-URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 86400</source>
        <translation>--timeout kræver et antal sekunder mellem 1 og 86400</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use an ISO code such as en or nb</source>
        <translation>ukendt sprog &quot;%1&quot;: brug en ISO-kode som en eller da</translation>
    </message>
    <message>
        <source>use either --ticket-env or --token-env, not both</source>
        <translation>brug enten --ticket-env eller --token-env, ikke begge</translation>
    </message>
    <message>
        <source>--user cannot be combined with --ticket-env or --token-env</source>
        <translation>--user kan ikke kombineres med --ticket-env eller --token-env</translation>
    </message>
    <message>
        <source>the environment variable &quot;%1&quot; is not set or empty</source>
        <translation>miljøvariablen &quot;%1&quot; er ikke sat eller er tom</translation>
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
        <translation>Ingen adgangskode til %1: sæt LICENSEDESK_PASSWORD, eller kør i en terminal for at blive spurgt.</translation>
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
        <translation>Anmodningen mislykkedes.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Serveren siger: %1</translation>
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
        <translation>Adgangskode til %1 på %2: </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ReadCommand</name>
    <message>
        <source>internal error: &quot;activate&quot; is not a read command</source>
        <translation>intern fejl: &quot;activate&quot; er ikke en læsekommando</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::TableReport</name>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Ukendt status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The license is up to date.</source>
        <translation>Licensen er opdateret.</translation>
    </message>
    <message>
        <source>A new license is available: run &quot;preview&quot;, then &quot;activate&quot;.</source>
        <translation>En ny licens er tilgængelig: kør &quot;preview&quot; og derefter &quot;activate&quot;.</translation>
    </message>
    <message>
        <source>A new company name is available.</source>
        <translation>Et nyt firmanavn er tilgængeligt.</translation>
    </message>
    <message>
        <source>A new serial number is available.</source>
        <translation>Et nyt serienummer er tilgængeligt.</translation>
    </message>
    <message>
        <source>The license server has a message.</source>
        <translation>Licensserveren har en meddelelse.</translation>
    </message>
    <message>
        <source>A new license was activated.</source>
        <translation>En ny licens blev aktiveret.</translation>
    </message>
    <message>
        <source>The license server could not provide the license.</source>
        <translation>Licensserveren kunne ikke levere licensen.</translation>
    </message>
    <message>
        <source>The license server reported an unknown error.</source>
        <translation>Licensserveren rapporterede en ukendt fejl.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ejer:</translation>
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
        <translation>Udløber:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Henstandsperiode slutter:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Vedligeholdelse slutter:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Næste licenskontrol:</translation>
    </message>
    <message>
        <source>New license expires:</source>
        <translation>Ny licens udløber:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>No license owners.</source>
        <translation>Ingen licensejere.</translation>
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
        <translation>Noter</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>brugerplan</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>ubegrænset</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>over-used</source>
        <translation>overforbrugt</translation>
    </message>
    <message>
        <source>New total</source>
        <translation>Ny total</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Nye ledige</translation>
    </message>
    <message numerus="yes">
        <source>blocked: remove %n assignment(s)</source>
        <translation>
            <numerusform>blokeret: fjern %n tildeling</numerusform>
            <numerusform>blokeret: fjern %n tildelinger</numerusform>
        </translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Serveren siger: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
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
        <translation>Version:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Allowed user type:</source>
        <translation>Tilladt brugertype:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Licenser:</translation>
    </message>
    <message>
        <source>Unrestricted:</source>
        <translation>Ubegrænset:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Skjult:</translation>
    </message>
    <message>
        <source>User plan:</source>
        <translation>Brugerplan:</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Giver adgang til:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Kræver:</translation>
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
        <translation>Meddelelse:</translation>
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
        <translation>Skriv det nye navn, og gem derefter.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Review it to decide whether to trust it.</source>
        <translation>Serverens certifikat er ikke betroet. Undersøg det for at beslutte, om du vil stole på det.</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Brugernavn og adgangskode (Basic)</translation>
    </message>
    <message>
        <source>SuperOffice ticket (SOTicket)</source>
        <translation>SuperOffice-ticket (SOTicket)</translation>
    </message>
    <message>
        <source>Access token (Bearer, Online)</source>
        <translation>Adgangstoken (Bearer, Online)</translation>
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
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
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
        <translation>%1 (kun denne session)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny forbindelse</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Giv forbindelsen et navn.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Der findes allerede en forbindelse med navnet “%1”.</translation>
    </message>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation>API-URL&apos;en kan ikke bruges: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system proxy settings.</source>
        <translation>Angiv proxyens værtsnavn, eller brug systemets proxyindstillinger.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” er gemt.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Fjern forbindelse</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and forget its stored password or token?</source>
        <translation>Vil du fjerne forbindelsen “%1” og glemme dens gemte adgangskode eller token?</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” er fjernet.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeraftryk</translation>
    </message>
    <message>
        <source>The certificate is now trusted for “%1”. Test the connection again.</source>
        <translation>Certifikatet er nu betroet for “%1”. Test forbindelsen igen.</translation>
    </message>
    <message>
        <source>The certificate %1 is no longer trusted.</source>
        <translation>Certifikatet %1 er ikke længere betroet.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Kører…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Forbindelsen virker.</translation>
    </message>
    <message>
        <source>The connection test failed; the steps above say where.</source>
        <translation>Forbindelsestesten mislykkedes; trinene ovenfor viser hvor.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionMenu</name>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (kun denne session)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>Ingen gemte forbindelser</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionSettings</name>
    <message>
        <source>Enter the WebAPI address, for example https://crm.example.com/SuperOffice.</source>
        <translation>Angiv WebAPI-adressen, fx https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1” er ikke en gyldig webadresse.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://); “%1” does not.</source>
        <translation>Adressen skal starte med https:// (eller http://); det gør “%1” ikke.</translation>
    </message>
    <message>
        <source>The address “%1” has no server name. Enter it like https://crm.example.com/SuperOffice.</source>
        <translation>Adressen “%1” har intet servernavn. Angiv den som https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; enter them in the sign-in fields instead.</source>
        <translation>Skriv ikke brugernavn eller adgangskode i adressen; angiv dem i loginfelterne i stedet.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Intet svar inden for %n sekund.</numerusform>
            <numerusform>Intet svar inden for %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve host</source>
        <translation>Slå vært op</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-handshake</translation>
    </message>
    <message>
        <source>Sign in and read licenses</source>
        <translation>Log på og læs licenser</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>The API URL has no host name.</source>
        <translation>API-URL&apos;en har intet værtsnavn.</translation>
    </message>
    <message>
        <source>Looking up the proxy %1…</source>
        <translation>Slår proxyen %1 op…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Slår %1 op…</translation>
    </message>
    <message>
        <source>Could not find %1: %2</source>
        <translation>%1 blev ikke fundet: %2</translation>
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
        <translation>Forbinder til %1 port %2…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Forbundet til %1 port %2.</translation>
    </message>
    <message>
        <source>Not used: the API URL starts with http://, so passwords and tokens travel unencrypted.</source>
        <translation>Ikke brugt: API-URL&apos;en starter med http://, så adgangskoder og tokens sendes ukrypteret.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation>Kontrollerer serverens certifikat…</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid until %3.</source>
        <translation>Certifikat for %1, udstedt af %2, gyldigt til %3.</translation>
    </message>
    <message>
        <source>Accepted because you trusted this certificate.</source>
        <translation>Accepteret, fordi du har valgt at stole på dette certifikat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Serverens certifikat er ikke betroet: %1</translation>
    </message>
    <message>
        <source>Signing in and reading the licenses…</source>
        <translation>Logger på og læser licenserne…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in; read the licenses of %n owner(s).</source>
        <translation>
            <numerusform>Logget på; licenserne for %n ejer er læst.</numerusform>
            <numerusform>Logget på; licenserne for %n ejere er læst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Countdown</name>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dage siden</numerusform>
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
        <translation>Demodatafilen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo data file %1: %2</source>
        <translation>Demodatafilen %1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>The licence names no owner.</source>
        <translation>Licensen angiver ingen ejer.</translation>
    </message>
    <message>
        <source>There is no licence owner %1 in this installation.</source>
        <translation>Der findes ingen licensejer %1 i denne installation.</translation>
    </message>
    <message>
        <source>The licence server has no pending licence for %1. Fetch a new licence first.</source>
        <translation>Licensserveren har ingen ventende licens for %1. Hent først en ny licens.</translation>
    </message>
    <message>
        <source>This is not the licence the licence server issued for %1. Fetch it again and activate it unchanged.</source>
        <translation>Dette er ikke den licens, licensserveren udstedte for %1. Hent den igen, og aktivér den uændret.</translation>
    </message>
    <message>
        <source>The licence could not be saved: %1</source>
        <translation>Licensen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>%1 is not a demo server data file, so the demo server leaves it as it is. Choose another file with --data.</source>
        <translation>%1 er ikke en datafil til demoserveren, så demoserveren lader den være, som den er. Vælg en anden fil med --data.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoOwner</name>
    <message>
        <source>%1: %2 licences are assigned, but the new licence only contains %3; %4 must be unassigned before activating.</source>
        <translation>%1: %2 licenser er tildelt, men den nye licens indeholder kun %3; %4 tildelinger skal fjernes før aktivering.</translation>
    </message>
    <message>
        <source>%1: %2 licences are assigned, but the new licence no longer contains this module; they must be unassigned before activating.</source>
        <translation>%1: %2 licenser er tildelt, men den nye licens indeholder ikke længere dette modul; tildelingerne skal fjernes før aktivering.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRequestGate</name>
    <message>
        <source>The request headers are too large.</source>
        <translation>Forespørgslens headere er for store.</translation>
    </message>
    <message>
        <source>The request line or a header is malformed.</source>
        <translation>Forespørgselslinjen eller en header er forkert udformet.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header.</source>
        <translation>Send indholdet med en Content-Length-header.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length-headeren er ikke et tal.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRouter</name>
    <message>
        <source>The request body is not valid JSON (byte %1: %2).</source>
        <translation>Anmodningens brødtekst er ikke gyldig JSON (byte %1: %2).</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Anmodningens brødtekst skal være et JSON-objekt.</translation>
    </message>
    <message>
        <source>The parameter %1 is required.</source>
        <translation>Parameteren %1 er påkrævet.</translation>
    </message>
    <message>
        <source>License owner %1 not found</source>
        <translation>Licensejeren %1 blev ikke fundet</translation>
    </message>
    <message>
        <source>This resource only accepts %1.</source>
        <translation>Denne ressource accepterer kun %1.</translation>
    </message>
    <message>
        <source>No such endpoint: /api/%1</source>
        <translation>Ukendt endpoint: /api/%1</translation>
    </message>
    <message>
        <source>The License agent has no method %1.</source>
        <translation>License-agenten har ingen metode ved navn %1.</translation>
    </message>
    <message>
        <source>Module license %1 of owner %2 not found</source>
        <translation>Modullicensen %1 for ejeren %2 blev ikke fundet</translation>
    </message>
    <message>
        <source>The parameter %1 must be an ExtendedLicenseInfo object.</source>
        <translation>Parameteren %1 skal være et ExtendedLicenseInfo-objekt.</translation>
    </message>
    <message>
        <source>%1 is not a valid licence: %2</source>
        <translation>%1 er ikke en gyldig licens: %2</translation>
    </message>
    <message>
        <source>The licence has no New part to activate.</source>
        <translation>Licensen har ingen New-del at aktivere.</translation>
    </message>
    <message>
        <source>The licence file is not a licence: expected the JSON of a LicenseInfo.</source>
        <translation>Licensfilen er ikke en licens: forventede JSON for en LicenseInfo.</translation>
    </message>
    <message>
        <source>The licence file is empty.</source>
        <translation>Licensfilen er tom.</translation>
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
        <translation>Ikke fundet: API&apos;et ligger under /api.</translation>
    </message>
    <message>
        <source>Authentication required: send Basic credentials, a SOTicket or a Bearer token.</source>
        <translation>Godkendelse kræves: send Basic-legitimationsoplysninger, en SOTicket eller et Bearer-token.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the ticket or token is not valid.</source>
        <translation>Brugernavn eller adgangskode er forkert, eller ticket eller token er ugyldig.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 MiB this server accepts.</source>
        <translation>Forespørgslens indhold er større end de %1 MiB, som denne server modtager.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoSigner</name>
    <message>
        <source>Module %1 belongs to owner %2, not %3.</source>
        <translation>Modulet %1 tilhører ejeren %2, ikke %3.</translation>
    </message>
    <message>
        <source>The signature of module %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Signaturen for modulet %1 passer ikke til indholdet: licensen er ændret, efter den blev udstedt.</translation>
    </message>
    <message>
        <source>The licence signature of %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Licenssignaturen for %1 passer ikke til indholdet: licensen er ændret, efter den blev udstedt.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DesktopApp</name>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Demoserveren kunne ikke starte: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <extracomment>name of the connection to the built-in demo server (shown in the Connection menu)</extracomment>
        <translation>Demoserver</translation>
    </message>
    <message>
        <source>Wait until the activation has finished before switching connections.</source>
        <translation>Vent, til aktiveringen er færdig, før du skifter forbindelse.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ErrorMapper</name>
    <message>
        <source>no certificate was presented</source>
        <translation>intet certifikat</translation>
    </message>
    <message>
        <source>certificate “%1”, issued by “%2”, SHA-256 fingerprint %3</source>
        <extracomment>%1 = certificate subject, %2 = issuer, %3 = SHA-256 fingerprint in hex</extracomment>
        <translation>certifikatet “%1”, udstedt af “%2”, SHA-256-fingeraftryk %3</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: the connection was refused. Check the address and port, and that the web server is running.</source>
        <translation>Kunne ikke oprette forbindelse til %1 på port %2: forbindelsen blev afvist. Kontrollér adressen og porten, og at webserveren kører.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the spelling of the address and your network or VPN connection.</source>
        <translation>Servernavnet %1 blev ikke fundet. Kontrollér stavningen af adressen og din netværks- eller VPN-forbindelse.</translation>
    </message>
    <message>
        <source>The connection to %1 on port %2 was closed before the answer was complete. Try again; if it keeps happening, check proxies and firewalls on the way.</source>
        <translation>Forbindelsen til %1 på port %2 blev lukket, før svaret var modtaget helt. Prøv igen; hvis det bliver ved, så kontrollér proxyer og firewalls undervejs.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request too often or to an unsafe address. Check the API address.</source>
        <translation>Serveren på %1 omdirigerede anmodningen for mange gange eller til en usikker adresse. Kontrollér API-adressen.</translation>
    </message>
    <message>
        <source>Could not reach %1 through the proxy: %2. Check the proxy settings.</source>
        <translation>Kunne ikke nå %1 gennem proxyen: %2. Kontrollér proxyindstillingerne.</translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP. Check that the address and port belong to the SuperOffice web server.</source>
        <translation>Svaret fra %1 var ikke gyldig HTTP. Kontrollér, at adressen og porten hører til SuperOffice-webserveren.</translation>
    </message>
    <message>
        <source>Could not talk to %1 on port %2: %3. Check your network connection and try again.</source>
        <translation>Kunne ikke kommunikere med %1 på port %2: %3. Kontrollér din netværksforbindelse, og prøv igen.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (HTTP 401%2). Check the user name and password, or get a new ticket or token: they expire.</source>
        <translation>%1 afviste login (HTTP 401%2). Kontrollér brugernavn og adgangskode, eller hent en ny ticket eller et nyt token: de udløber.</translation>
    </message>
    <message>
        <source>%1 recognised the account but does not allow this (HTTP 403%2). License calls need a user with administrator rights.</source>
        <translation>%1 genkendte kontoen, men tillader ikke dette (HTTP 403%2). Licenskald kræver en bruger med administratorrettigheder.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for: “%1”. Check the owner or module name.</source>
        <translation>Serveren kunne ikke finde det ønskede: “%1”. Kontrollér ejer- eller modulnavnet.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check that the address points to the SuperOffice WebAPI; it usually ends in /api.</source>
        <translation>Intet blev fundet på %1 (HTTP 404). Kontrollér, at adressen peger på SuperOffice WebAPI; den ender normalt på /api.</translation>
    </message>
    <message>
        <source>The Online tenant is no longer served by %1 (HTTP 421, misdirected request). Look up the tenant&apos;s current WebAPI address and update the connection.</source>
        <translation>Online-tenanten betjenes ikke længere af %1 (HTTP 421, misdirected request). Find tenantens aktuelle WebAPI-adresse, og opdater forbindelsen.</translation>
    </message>
    <message>
        <source>The server %1 reported an internal error (HTTP %2%3). Try again in a few minutes; if it keeps happening, ask its administrator to check the NetServer log.</source>
        <translation>Serveren %1 rapporterede en intern fejl (HTTP %2%3). Prøv igen om et par minutter; hvis det bliver ved, så bed dens administrator om at kontrollere NetServer-loggen.</translation>
    </message>
    <message>
        <source>The server %1 refused the request with HTTP status %2%3. Check the API address; if it is right, the server may not support this call.</source>
        <translation>Serveren %1 afviste anmodningen med HTTP-status %2%3. Kontrollér API-adressen; hvis den er korrekt, understøtter serveren måske ikke dette kald.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check that the server offers TLS 1.2 or newer and that no proxy interferes.</source>
        <translation>Den sikre forbindelse til %1 mislykkedes: %2. Kontrollér, at serveren tilbyder TLS 1.2 eller nyere, og at ingen proxy forstyrrer.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. The server presented %3. If you trust it, compare the fingerprint with the server&apos;s administrator and then trust it in the connection settings.</source>
        <extracomment>%1 = host, %2 = what is wrong with the certificate, %3 = certificate description</extracomment>
        <translation>Certifikatet for %1 kunne ikke verificeres: %2. Serveren fremviste %3. Hvis du stoler på det, så sammenlign fingeraftrykket med serverens administrator, og stol derefter på det i forbindelsesindstillingerne.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Try again, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>Serveren %1 svarede ikke inden for %n sekund. Prøv igen, eller tillad mere tid i forbindelsesindstillingerne.</numerusform>
            <numerusform>Serveren %1 svarede ikke inden for %n sekunder. Prøv igen, eller tillad mere tid i forbindelsesindstillingerne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2, so reading stopped. Check that the address points to a SuperOffice WebAPI.</source>
        <translation>Svaret fra %1 er større end grænsen på %2, så læsningen blev stoppet. Kontrollér, at adressen peger på en SuperOffice WebAPI.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1). LicenseDesk only follows redirects on the same server and protocol, so it stopped. If that address is right, enter it as the API address.</source>
        <translation>Serveren sendte anmodningen videre til en anden adresse (%1). LicenseDesk følger kun omdirigeringer på samme server og med samme protokol og stoppede derfor. Hvis den adresse er korrekt, så angiv den som API-adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address points to a SuperOffice WebAPI and that its version is supported.</source>
        <translation>Serverens svar kunne ikke læses (%1). Kontrollér, at adressen peger på en SuperOffice WebAPI, og at dens version understøttes.</translation>
    </message>
    <message>
        <source>The server declined the request without giving a reason. Check the server&apos;s log, then try again.</source>
        <translation>Serveren afviste anmodningen uden at angive en årsag. Kontrollér serverens log, og prøv så igen.</translation>
    </message>
    <message>
        <source>The server declined the request: %1</source>
        <translation>Serveren afviste anmodningen: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Anmodningen blev annulleret.</translation>
    </message>
    <message>
        <source>The server found nothing for this request (it answered null). Check the owner or module name.</source>
        <translation>Serveren fandt intet for denne anmodning (den svarede null). Kontrollér ejer- eller modulnavnet.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::JsonReader</name>
    <message>
        <source>expected a string</source>
        <translation>forventede en streng</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>forventede true eller false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>forventede et tal</translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2</source>
        <translation>forventede et heltal mellem %1 og %2</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-27T00:00:00</source>
        <translation>forventede en dato som 2027-03-27T00:00:00</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>forventede et objekt</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>forventede et array</translation>
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
        <translation>forventede et JSON-objekt</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>forventede et JSON-array</translation>
    </message>
    <message>
        <source>expected a JSON string</source>
        <translation>forventede en JSON-streng</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>ugyldig JSON: %1</translation>
    </message>
    <message>
        <source>none of the expected fields, such as %1</source>
        <translation>ingen af de forventede felter, for eksempel %1</translation>
    </message>
    <message>
        <source>the server answered null: nothing was found</source>
        <translation>serveren svarede null: intet blev fundet</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Der er ingen nøglering på dette system (%1), så adgangskoder og tokens kan ikke huskes. LicenseDesk spørger efter dem, hver gang du opretter forbindelse.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Nøgleringen nægtede adgang (%1), så adgangskoder og tokens kan ikke huskes. LicenseDesk spørger efter dem, hver gang du opretter forbindelse.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Nøgleringen kunne ikke slette adgangskoden eller tokenet: %1</translation>
    </message>
    <message>
        <source>The keychain is not usable (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Nøgleringen kan ikke bruges (%1), så adgangskoder og tokens kan ikke huskes. LicenseDesk spørger efter dem, hver gang du opretter forbindelse.</translation>
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
        <translation>Brug operativsystemets sprog</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseClient</name>
    <message>
        <source>No WebAPI address is set. Enter the address of the SuperOffice WebAPI in the connection settings.</source>
        <translation>Der er ikke angivet nogen WebAPI-adresse. Angiv adressen på SuperOffice WebAPI i forbindelsesindstillingerne.</translation>
    </message>
    <message>
        <source>This license cannot be activated: the server marked it as not activatable. Nothing was sent.</source>
        <translation>Denne licens kan ikke aktiveres: serveren har markeret den som ikke-aktiverbar. Intet blev sendt.</translation>
    </message>
    <message>
        <source>This license cannot be activated: %1 Nothing was sent.</source>
        <translation>Denne licens kan ikke aktiveres: %1 Intet blev sendt.</translation>
    </message>
    <message>
        <source>There is no license exactly as the server sent it, so nothing was activated. Fetch the license from the license server again, then activate.</source>
        <translation>Der findes ingen licens præcis, som serveren sendte den, så intet blev aktiveret. Hent licensen fra licensserveren igen, og aktivér den derefter.</translation>
    </message>
    <message>
        <source>the license shop address is not an http or https address</source>
        <translation>licensbutikkens adresse er ikke en http- eller https-adresse</translation>
    </message>
    <message>
        <source>“%1” cannot be asked for by name: a web address reads it as a step up or in place, so nothing was sent.</source>
        <translation>»%1« kan ikke hentes ved navn: en webadresse læser det som et trin op eller på stedet, så intet blev sendt.</translation>
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
        <translation>Licensversion:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Udløber:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Henstandsperiode slutter:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Vedligeholdelse slutter:</translation>
    </message>
    <message>
        <source>Admin warning from:</source>
        <translation>Administratoradvarsel fra:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Næste licenskontrol:</translation>
    </message>
    <message>
        <source>Server says:</source>
        <translation>Serveren siger:</translation>
    </message>
    <message>
        <source>No owner selected</source>
        <translation>Ingen ejer valgt</translation>
    </message>
    <message>
        <source>No stored license.</source>
        <translation>Ingen gemt licens.</translation>
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
        <translation>planlagt til %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overskredet siden %1</translation>
    </message>
    <message>
        <source>License details</source>
        <translation>Licensdetaljer</translation>
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
        <translation>Udløber snart</translation>
    </message>
    <message>
        <source>Expired, in grace period</source>
        <translation>Udløbet, i henstandsperiode</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>New license available</source>
        <translation>Ny licens tilgængelig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>new module</source>
        <translation>nyt modul</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>more seats</source>
        <translation>flere pladser</translation>
    </message>
    <message>
        <source>fewer seats</source>
        <translation>færre pladser</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
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
        <translation>Bruger</translation>
    </message>
    <message>
        <source>The license server offered no new license.</source>
        <translation>Licensserveren tilbød ingen ny licens.</translation>
    </message>
    <message>
        <source>Activating would change no module counts.</source>
        <translation>Aktivering ville ikke ændre antallet i nogen moduler.</translation>
    </message>
    <message numerus="yes">
        <source>Activation is possible: %n module(s) would change.</source>
        <translation>
            <numerusform>Aktivering er mulig: %n modul ville blive ændret.</numerusform>
            <numerusform>Aktivering er mulig: %n moduler ville blive ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation is refused by the server: %1</source>
        <translation>Serveren afviser aktivering: %1</translation>
    </message>
    <message numerus="yes">
        <source>Activation is blocked: free seats in %n module(s) first.</source>
        <translation>
            <numerusform>Aktivering er blokeret: frigør først pladser i %n modul.</numerusform>
            <numerusform>Aktivering er blokeret: frigør først pladser i %n moduler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MainWindow</name>
    <message>
        <source>Reading licenses…</source>
        <translation>Læser licenser…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>Showing the data fetched at %1.</source>
        <translation>Viser data hentet kl. %1.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>stale: fetched %1, refresh failed</source>
        <translation>forældet: hentet kl. %1, opdatering mislykkedes</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>hentet kl. %1</translation>
    </message>
    <message>
        <source>Load License from File</source>
        <translation>Indlæs licens fra fil</translation>
    </message>
    <message>
        <source>License files (*.xml *.lic);;All files (*)</source>
        <translation>Licensfiler (*.xml *.lic);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n module(s).</source>
        <translation>
            <numerusform>Kopierede %n modul.</numerusform>
            <numerusform>Kopierede %n moduler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Eksporteret til %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 kunne ikke gemmes: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksportér som CSV</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Eksportér som JSON</translation>
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
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>Not connected. Start LicenseDesk with --url URL or --demo.</source>
        <translation>Ikke forbundet. Start LicenseDesk med --url URL eller --demo.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Forbundet til %1</translation>
    </message>
    <message>
        <source>About LicenseDesk</source>
        <translation>Om LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;A license manager for SuperOffice CRM administrators: see module usage, preview what a new license changes, and activate it safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;Licensstyring for administratorer af SuperOffice CRM: se modulforbruget, forhåndsvis, hvad en ny licens ændrer, og aktivér den sikkert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an owner to see its modules and license dates</source>
        <translation>Vælg en ejer for at se dens moduler og licensdatoer</translation>
    </message>
    <message>
        <source>%1 – LicenseDesk</source>
        <extracomment>window title: %1 is the name of a saved connection (&quot;Production&quot;)</extracomment>
        <translation>%1 – LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not connected&lt;/h2&gt;&lt;p&gt;LicenseDesk reads licenses through the SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Connection → Manage Connections…&lt;/b&gt;, or start LicenseDesk with &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;To try it without a server, start &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ikke forbundet&lt;/h2&gt;&lt;p&gt;LicenseDesk læser licenser via SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Vælg &lt;b&gt;Forbindelse → Administrer forbindelser…&lt;/b&gt;, eller start LicenseDesk med &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Start &lt;code&gt;licensedesk --demo&lt;/code&gt; for at prøve uden en server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LicenseDesk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty.&lt;/p&gt;&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;LicenseDesk er fri software under GNU General Public License, version 3 eller senere (GPL-3.0-or-later), og leveres uden garanti.&lt;/p&gt;&lt;p&gt;Websted: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Der er ikke gemt nogen adgangskode eller token for denne forbindelse.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Luk meddelelse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
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
        <translation>Licenser</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Forbrug</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>free seats of an unrestricted module: counts are not enforced</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>ubegrænset</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>usage bar text: %1 seats in use of %2 licensed</extracomment>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>brugerplan</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Grants: %1</source>
        <translation>Giver adgang til: %1</translation>
    </message>
    <message>
        <source>Hidden: not shown to users and not assignable, but still checked.</source>
        <translation>Skjult: vises ikke for brugere og kan ikke tildeles, men kontrolleres stadig.</translation>
    </message>
    <message>
        <source>Unrestricted: seat counts are not enforced.</source>
        <translation>Ubegrænset: antallet af pladser håndhæves ikke.</translation>
    </message>
    <message numerus="yes">
        <source>%n more seat(s) in use than licensed.</source>
        <translation>
            <numerusform>%n plads mere i brug end licenseret.</numerusform>
            <numerusform>%n pladser mere i brug end licenseret.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unrestricted, %2 in use</source>
        <translation>%1: ubegrænset, %2 i brug</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use, %4 free</source>
        <translation>%1: %2 af %3 i brug, %4 ledige</translation>
    </message>
    <message>
        <source>The server reports %1 free; %2 licensed and %3 in use would leave %4.</source>
        <translation>Serveren angiver %1 ledige; %2 licenserede og %3 i brug ville give %4.</translation>
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
        <translation>Kunne ikke opdatere: viser de senest hentede data.</translation>
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
        <translation>Spørger serveren om licensbutikken for %1…</translation>
    </message>
    <message>
        <source>Could not open a web browser. The license shop of %1 is at %2</source>
        <translation>Kunne ikke åbne en webbrowser. Licensbutikken for %1 er på %2</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ProfileConnector</name>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Der findes ingen forbindelse med navnet “%1”.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secrets of “%1” must be typed in: %2 They are kept for this session only.</source>
        <translation>Systemets nøglering kan ikke bruges, så adgangskoder og tokens for “%1” skal indtastes: %2 De huskes kun i denne session.</translation>
    </message>
    <message>
        <source>The keychain could not read the secrets of “%1”: %2</source>
        <translation>Nøgleringen kunne ikke læse adgangskoder og tokens for “%1”: %2</translation>
    </message>
    <message>
        <source>The API URL of “%1” cannot be used: %2</source>
        <translation>API-URL&apos;en for “%1” kan ikke bruges: %2</translation>
    </message>
    <message>
        <source>No password is stored for “%1”. Type it in, then connect.</source>
        <translation>Der er ikke gemt nogen adgangskode for “%1”. Indtast den, og opret derefter forbindelse.</translation>
    </message>
    <message>
        <source>No SuperOffice ticket is stored for “%1”. Paste it in, then connect.</source>
        <translation>Der er ikke gemt nogen SuperOffice-ticket for “%1”. Indsæt den, og opret derefter forbindelse.</translation>
    </message>
    <message>
        <source>No access token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Der er ikke gemt noget adgangstoken for “%1”. Indsæt det, og opret derefter forbindelse.</translation>
    </message>
    <message>
        <source>No application token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Der er ikke gemt noget applikationstoken for “%1”. Indsæt det, og opret derefter forbindelse.</translation>
    </message>
    <message>
        <source>No proxy password is stored for “%1”. Type it in, then connect.</source>
        <translation>Der er ikke gemt nogen proxyadgangskode for “%1”. Indtast den, og opret derefter forbindelse.</translation>
    </message>
    <message>
        <source>No saved connection uses %1 as %2.</source>
        <translation>Ingen gemt forbindelse bruger %1 som %2.</translation>
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
        <translation>&amp;Ejere</translation>
    </message>
    <message>
        <source>Module owners</source>
        <translation>Modulejere</translation>
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
        <translation>Filtrér moduler</translation>
    </message>
    <message>
        <source>Show &amp;hidden modules</source>
        <translation>Vis &amp;skjulte moduler</translation>
    </message>
    <message>
        <source>Modules of the selected owner</source>
        <translation>Den valgte ejers moduler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
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
        <translation>&amp;Licens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read every owner&apos;s license again</source>
        <translation>Læs alle ejeres licenser igen</translation>
    </message>
    <message>
        <source>&amp;Check License Server</source>
        <translation>&amp;Tjek licensserver</translation>
    </message>
    <message>
        <source>Ask SuperOffice&apos;s license server what it would issue now, and preview the changes</source>
        <translation>Spørg SuperOffices licensserver, hvad den ville udstede nu, og forhåndsvis ændringerne</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivér…</translation>
    </message>
    <message>
        <source>Preview and activate the license server&apos;s license for the selected owner</source>
        <translation>Forhåndsvis og aktivér licensserverens licens for den valgte ejer</translation>
    </message>
    <message>
        <source>&amp;Load License from File…</source>
        <translation>&amp;Indlæs licens fra fil…</translation>
    </message>
    <message>
        <source>Preview and activate a license file (when the server cannot reach the license server)</source>
        <translation>Forhåndsvis og aktivér en licensfil (når serveren ikke kan nå licensserveren)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Kopiér tabel</translation>
    </message>
    <message>
        <source>Copy the visible modules as tab-separated text</source>
        <translation>Kopiér de synlige moduler som tabulatorsepareret tekst</translation>
    </message>
    <message>
        <source>&amp;Filter Modules</source>
        <translation>&amp;Filtrér moduler</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Eksportér som &amp;CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Save the visible modules as CSV</source>
        <translation>Gem de synlige moduler som CSV</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Eksportér som &amp;JSON…</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Modules</source>
        <translation>Vis &amp;skjulte moduler</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About LicenseDesk</source>
        <translation>&amp;Om LicenseDesk</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>F&amp;orbindelse</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Administrer forbindelser…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>Add, edit and test connections to SuperOffice installations</source>
        <translation>Tilføj, redigér og test forbindelser til SuperOffice-installationer</translation>
    </message>
    <message>
        <source>&amp;Buy More Licenses…</source>
        <translation>&amp;Køb flere licenser…</translation>
    </message>
    <message>
        <source>Open the selected owner&apos;s license shop in the web browser</source>
        <translation>Åbn den valgte ejers licensbutik i webbrowseren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>License manager for SuperOffice CRM installations</source>
        <translation>Licensstyring for SuperOffice CRM-installationer</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Vis versionen, og afslut.</translation>
    </message>
    <message>
        <source>Start a built-in demo server and connect to it.</source>
        <translation>Start en indbygget demoserver, og opret forbindelse til den.</translation>
    </message>
    <message>
        <source>Connect to the WebAPI at URL (…/SuperOffice or …/api).</source>
        <translation>Opret forbindelse til WebAPI&apos;et på URL (…/SuperOffice eller …/api).</translation>
    </message>
</context>
</TS>
