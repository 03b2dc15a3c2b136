<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ActivationPreviewDialog</name>
    <message>
        <source>Activation preview</source>
        <translation>Förhandsgranskning av aktivering</translation>
    </message>
    <message>
        <source>Module changes</source>
        <translation>Moduländringar</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivering pågår</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivera…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Ej betrott certifikat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Utfärdat till:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Utfärdat till</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Utfärdat av:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Utfärdat av</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Giltigt:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-fingeravtryck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problem som hittades:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problem som hittades</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know the server uses it, for example because your administrator gave you the same fingerprint. LicenseDesk will then accept this exact certificate for this connection, and nothing else. You can revoke the trust in the connection settings.</source>
        <translation>Lita bara på det här certifikatet om du vet att servern använder det, till exempel för att din administratör har gett dig samma fingeravtryck. LicenseDesk godtar då exakt det här certifikatet för den här anslutningen, och inget annat. Du kan återkalla förtroendet i anslutningsinställningarna.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Anslutningar</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Sparade anslutningar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Start a new connection</source>
        <translation>Skapa en ny anslutning</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Byt na&amp;mn</translation>
    </message>
    <message>
        <source>Edit the name of the selected connection</source>
        <translation>Ändra namnet på den valda anslutningen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Delete the selected connection and its stored secrets</source>
        <translation>Ta bort den valda anslutningen och dess sparade inloggningsuppgifter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Anslutningens namn</translation>
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
        <translation>&amp;Inloggningsmetod:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Inloggningsmetod</translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation>Anv&amp;ändarnamn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Bil&amp;jett:</translation>
    </message>
    <message>
        <source>SOTicket</source>
        <translation>SOTicket</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Åtkomsttok&amp;en:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Åtkomsttoken</translation>
    </message>
    <message>
        <source>Sen&amp;d an SO-AppToken:</source>
        <translation>&amp;Skicka en SO-AppToken:</translation>
    </message>
    <message>
        <source>Send an SO-AppToken</source>
        <translation>Skicka en SO-AppToken</translation>
    </message>
    <message>
        <source>SO-AppToken</source>
        <translation>SO-AppToken</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>Ti&amp;dsgräns för begäran:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tidsgräns för begäran i sekunder</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Nyckelringens status</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem proxy settings</source>
        <translation>Använd &amp;systemets proxyinställningar</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>Använd &amp;den här proxyn:</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Ty&amp;p:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxytyp</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyvärd</translation>
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
        <translation>Anv&amp;ändare:</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxyanvändare</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxylösenord</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Betrodda certifikat</translation>
    </message>
    <message>
        <source>Certificates you trusted for this connection although they failed the usual checks:</source>
        <translation>Certifikat som du litar på för den här anslutningen trots att de inte klarade de vanliga kontrollerna:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates trusted for this connection</source>
        <translation>SHA-256-fingeravtryck för certifikat som är betrodda för den här anslutningen</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>Åter&amp;kalla</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Sluta lita på det valda certifikatet</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Anslutningstest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Resolve, connect, check the certificate and sign in</source>
        <translation>Slå upp värden, anslut, kontrollera certifikatet och logga in</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>Avbr&amp;yt test</translation>
    </message>
    <message>
        <source>Rev&amp;iew certificate…</source>
        <translation>&amp;Granska certifikat…</translation>
    </message>
    <message>
        <source>Show the untrusted certificate and decide whether to trust it</source>
        <translation>Visa det ej betrodda certifikatet och bestäm om du vill lita på det</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultat av anslutningstest</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
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
        <translation>Frågar licensservern om %1…</translation>
    </message>
    <message>
        <source>Reading license file %1…</source>
        <translation>Läser licensfilen %1…</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (från %2)</translation>
    </message>
    <message>
        <source>Activate the new license for %1?

%2

The license server&apos;s license replaces the stored one. This cannot be undone from LicenseDesk.</source>
        <translation>Aktivera den nya licensen för %1?

%2

Licensserverns licens ersätter den sparade. Det går inte att ångra i LicenseDesk.</translation>
    </message>
    <message>
        <source>Activate license</source>
        <translation>Aktivera licens</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Aktiverar…</translation>
    </message>
    <message>
        <source>Activating the license for %1…</source>
        <translation>Aktiverar licensen för %1…</translation>
    </message>
    <message>
        <source>Activated.</source>
        <translation>Aktiverad.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost (%1). It was not sent again.</source>
        <translation>Begäran skickades, men svaret gick förlorat (%1). Den skickades inte igen.</translation>
    </message>
    <message>
        <source>Not activated: %1</source>
        <translation>Inte aktiverad: %1</translation>
    </message>
    <message>
        <source>Reading what the server now stores…</source>
        <translation>Läser vad servern nu har sparat…</translation>
    </message>
    <message>
        <source>Reading the license of %1…</source>
        <translation>Läser licensen för %1…</translation>
    </message>
    <message>
        <source>Could not read the stored license: %1 Refresh to see what the server holds.</source>
        <translation>Det gick inte att läsa den sparade licensen: %1 Uppdatera för att se vad servern har.</translation>
    </message>
    <message>
        <source>%1: %2 licenses</source>
        <translation>%1: %2 licenser</translation>
    </message>
    <message>
        <source>%1: not in the stored license</source>
        <translation>%1: finns inte i den sparade licensen</translation>
    </message>
    <message>
        <source>The server now stores license version %1 with the new counts.</source>
        <translation>Servern har nu licensversion %1 med de nya antalen.</translation>
    </message>
    <message>
        <source>The server stores license version %1; it does not match the offer in every module.</source>
        <translation>Servern har licensversion %1; den stämmer inte med erbjudandet i alla moduler.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewDialog</name>
    <message>
        <source>Activate this license after a confirmation</source>
        <translation>Aktivera den här licensen efter en bekräftelse</translation>
    </message>
    <message>
        <source>Activation is not possible: see the verdict above</source>
        <translation>Aktivering är inte möjlig: se bedömningen ovan</translation>
    </message>
    <message>
        <source>License server offer for %1</source>
        <translation>Licensserverns erbjudande för %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the new license has %2, but %3 are in use — free %n seat(s).</source>
        <extracomment>one blocking module: %1 name, %2 new total, %3 seats in use, then how many to free</extracomment>
        <translation>
            <numerusform>%1: den nya licensen har %2, men %3 används – frigör %n plats.</numerusform>
            <numerusform>%1: den nya licensen har %2, men %3 används – frigör %n platser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove license assignments before activating:</source>
        <translation>Ta bort licenstilldelningar innan du aktiverar:</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Servern säger: %1</translation>
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
        <translation>Ändring</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Nya lediga</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message numerus="yes">
        <source>blocked: free %n seat(s) first</source>
        <translation>
            <numerusform>blockerad: frigör först %n plats</numerusform>
            <numerusform>blockerad: frigör först %n platser</numerusform>
        </translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>obegränsad</translation>
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
        <translation>%1: %2 till %3, %4 används, %5</translation>
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
        <translation>Begäran pågår</translation>
    </message>
    <message>
        <source>Cancel the running requests</source>
        <translation>Avbryt pågående begäranden</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Lita på det här certifikatet för %1</translation>
    </message>
    <message>
        <source>The server at %1 sent no certificate.</source>
        <translation>Servern på %1 skickade inget certifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Connecting anyway could let someone read or change what LicenseDesk sends, including your password.</source>
        <translation>Certifikatet för %1 kunde inte verifieras. Om du ansluter ändå kan någon läsa eller ändra det som LicenseDesk skickar, även ditt lösenord.</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (självsignerat)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>från %1 till %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(har gått ut)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(inte giltigt än)</translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason Qt did not name.</source>
        <translation>TLS-handskakningen misslyckades av en orsak som Qt inte angav.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivateCommand</name>
    <message>
        <source>The license server offered no new license for %1: nothing to activate.</source>
        <translation>Licensservern erbjöd ingen ny licens för %1: det finns inget att aktivera.</translation>
    </message>
    <message>
        <source>Not activating: %1</source>
        <translation>Aktiverar inte: %1</translation>
    </message>
    <message>
        <source>Not activating without confirmation: standard input is not a terminal. Pass --yes to activate.</source>
        <translation>Aktiverar inte utan bekräftelse: standardinmatningen är ingen terminal. Ange --yes för att aktivera.</translation>
    </message>
    <message>
        <source>Activation cancelled: nothing was changed.</source>
        <translation>Aktiveringen avbröts: ingenting ändrades.</translation>
    </message>
    <message>
        <source>Activate? [y/N]</source>
        <extracomment>The [y/N] letters are part of the prompt: the default (Enter) is No.</extracomment>
        <translation>Aktivera? [j/N]</translation>
    </message>
    <message>
        <source>The server refused the activation: %1</source>
        <translation>Servern nekade aktiveringen: %1</translation>
    </message>
    <message>
        <source>The activation was sent, but its answer was lost. Reading what the server now stores (the request is not sent again)…</source>
        <translation>Aktiveringen skickades, men svaret gick förlorat. Läser vad servern nu har sparat (begäran skickas inte igen)…</translation>
    </message>
    <message>
        <source>Could not find out whether the activation took effect. Run &quot;show %1&quot; before trying again.</source>
        <translation>Det gick inte att ta reda på om aktiveringen genomfördes. Kör &quot;show %1&quot; innan du försöker igen.</translation>
    </message>
    <message>
        <source>The activation succeeded, but the license could not be read back.</source>
        <translation>Aktiveringen lyckades, men licensen kunde inte läsas tillbaka.</translation>
    </message>
    <message>
        <source>The activation took effect: the server now stores the totals the preview showed.</source>
        <translation>Aktiveringen genomfördes: servern har nu de totaler som förhandsgranskningen visade.</translation>
    </message>
    <message>
        <source>Activated. Verified: the server now stores the totals the preview showed.</source>
        <translation>Aktiverad. Verifierat: servern har nu de totaler som förhandsgranskningen visade.</translation>
    </message>
    <message>
        <source>The server does not store the new license: the activation probably did not take effect. Check with &quot;preview %1&quot; before trying again.</source>
        <translation>Servern har inte den nya licensen sparad: aktiveringen genomfördes troligen inte. Kontrollera med &quot;preview %1&quot; innan du försöker igen.</translation>
    </message>
    <message>
        <source>Activated, but the server stores totals that differ from the preview:</source>
        <translation>Aktiverad, men servern har totaler som skiljer sig från förhandsgranskningen:</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ActivationCheck</name>
    <message>
        <source>%1: should have been dropped, but the server stores %2 license(s)</source>
        <translation>%1: skulle ha tagits bort, men servern har %2 licens(er)</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores none</source>
        <translation>%1: förväntade %2 licens(er), men servern har inga</translation>
    </message>
    <message>
        <source>%1: expected %2 license(s), but the server stores %3</source>
        <translation>%1: förväntade %2 licens(er), men servern har %3</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CliCommand</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Serverns svar var tomt.</translation>
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
        <translation>Användning: licensedesk-cli [alternativ] &lt;kommando&gt; [argument]

Kommandon:
  owners                    alla modulägare med summor
  show ÄGARE                användning per modul för en ägare
  module ÄGARE MODUL        en modullicens
  status ÄGARE              vad licensservern säger
  preview ÄGARE             vad en aktivering av licensserverns licens skulle ändra
  activate ÄGARE [--yes]    förhandsgranska, fråga (om inte --yes), aktivera, läs om, verifiera

Alternativ:
  --url URL                 API-rot (miljövariabel LICENSEDESK_URL)
  --user NAMN               användare för Basic-autentisering (miljövariabel LICENSEDESK_USER);
                            lösenordet tas från miljövariabeln LICENSEDESK_PASSWORD, annars från
                            skrivbordsappens post i nyckelringen för denna URL och användare,
                            annars frågar programmet efter det utan eko i en terminal
  --ticket-env VAR          SoTicket hämtas från den miljövariabeln
  --token-env VAR           Bearer-token hämtas från den miljövariabeln
  --app-token-env VAR       SO-AppToken hämtas från den miljövariabeln
  --language SPRÅK          språk för gränssnitt och server (standard: systemets)
  --format table|json|csv   utdataformat (standard: table)
  --timeout SEKUNDER        tidsgräns för begäran (standard: 30)
  --yes                     aktivera utan att fråga
  --version, --help

Utdata: tabeller anpassas till terminalen (COLUMNS åsidosätter bredden). JSON och CSV använder
stabila engelska nycklar; datum anges enligt ISO 8601; utgångsdatum för en permanent licens är
null i JSON, tomt i CSV och &quot;aldrig&quot; i tabeller. CSV följer RFC 4180 med en rubrikrad.
activate --format json skriver ut ett objekt: preview, activated, verified, mismatches, stored.

Slutkoder: 0 lyckades, 1 användningsfel, 2 kan inte ansluta (TLS, tidsgräns), 3 autentiseringen
nekades, 4 serverfel, 5 felaktigt svar, 6 aktiveringen blockerades eller nekades.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angavs</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>okänt kommando &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; tar %n argument</numerusform>
            <numerusform>&quot;%1&quot; tar %n argument</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner name is empty</source>
        <translation>ägarnamnet är tomt</translation>
    </message>
    <message>
        <source>the module name is empty</source>
        <translation>modulnamnet är tomt</translation>
    </message>
    <message>
        <source>--yes only applies to &quot;activate&quot;</source>
        <translation>--yes gäller bara för &quot;activate&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation>okänt format &quot;%1&quot;: använd table, json eller csv</translation>
    </message>
    <message>
        <source>no API URL: pass --url or set LICENSEDESK_URL</source>
        <translation>ingen API-URL: ange --url eller sätt LICENSEDESK_URL</translation>
    </message>
    <message>
        <source>unusable API URL &quot;%1&quot;: %2</source>
        <translation>oanvändbar API-URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 86400</source>
        <translation>--timeout kräver ett antal sekunder mellan 1 och 86400</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use an ISO code such as en or nb</source>
        <translation>okänt språk &quot;%1&quot;: använd en ISO-kod, till exempel en eller sv</translation>
    </message>
    <message>
        <source>use either --ticket-env or --token-env, not both</source>
        <translation>använd antingen --ticket-env eller --token-env, inte båda</translation>
    </message>
    <message>
        <source>--user cannot be combined with --ticket-env or --token-env</source>
        <translation>--user kan inte kombineras med --ticket-env eller --token-env</translation>
    </message>
    <message>
        <source>the environment variable &quot;%1&quot; is not set or empty</source>
        <translation>miljövariabeln &quot;%1&quot; är inte satt eller är tom</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandLineApp</name>
    <message>
        <source>Try &quot;licensedesk-cli --help&quot;.</source>
        <translation>Prova &quot;licensedesk-cli --help&quot;.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandRunner</name>
    <message>
        <source>No password for %1: set LICENSEDESK_PASSWORD or run in a terminal to be asked.</source>
        <translation>Inget lösenord för %1: sätt LICENSEDESK_PASSWORD eller kör i en terminal för att bli tillfrågad.</translation>
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
        <translation>Begäran misslyckades.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Servern säger: %1</translation>
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
        <translation>Lösenord för %1 på %2: </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::ReadCommand</name>
    <message>
        <source>internal error: &quot;activate&quot; is not a read command</source>
        <translation>internt fel: &quot;activate&quot; är inget läskommando</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::TableReport</name>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Okänd status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The license is up to date.</source>
        <translation>Licensen är aktuell.</translation>
    </message>
    <message>
        <source>A new license is available: run &quot;preview&quot;, then &quot;activate&quot;.</source>
        <translation>En ny licens finns: kör &quot;preview&quot; och sedan &quot;activate&quot;.</translation>
    </message>
    <message>
        <source>A new company name is available.</source>
        <translation>Ett nytt företagsnamn finns.</translation>
    </message>
    <message>
        <source>A new serial number is available.</source>
        <translation>Ett nytt serienummer finns.</translation>
    </message>
    <message>
        <source>The license server has a message.</source>
        <translation>Licensservern har ett meddelande.</translation>
    </message>
    <message>
        <source>A new license was activated.</source>
        <translation>En ny licens har aktiverats.</translation>
    </message>
    <message>
        <source>The license server could not provide the license.</source>
        <translation>Licensservern kunde inte tillhandahålla licensen.</translation>
    </message>
    <message>
        <source>The license server reported an unknown error.</source>
        <translation>Licensservern rapporterade ett okänt fel.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ägare:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serienummer:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Utgångsdatum:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Respitperioden slutar:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Underhållet slutar:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Nästa licenskontroll:</translation>
    </message>
    <message>
        <source>New license expires:</source>
        <translation>Nya licensens utgångsdatum:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utgår</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
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
        <translation>Används</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Lediga</translation>
    </message>
    <message>
        <source>No license owners.</source>
        <translation>Inga licensägare.</translation>
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
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>användarplan</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>obegränsad</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <source>over-used</source>
        <translation>överanvänd</translation>
    </message>
    <message>
        <source>New total</source>
        <translation>Nytt totalt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>New free</source>
        <translation>Nya lediga</translation>
    </message>
    <message numerus="yes">
        <source>blocked: remove %n assignment(s)</source>
        <translation>
            <numerusform>blockerad: ta bort %n tilldelning</numerusform>
            <numerusform>blockerad: ta bort %n tilldelningar</numerusform>
        </translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Servern säger: %1</translation>
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
        <translation>Beskrivning:</translation>
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
        <translation>Tillåten användartyp:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Licenser:</translation>
    </message>
    <message>
        <source>Unrestricted:</source>
        <translation>Obegränsad:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Dold:</translation>
    </message>
    <message>
        <source>User plan:</source>
        <translation>Användarplan:</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Inkluderar:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Kräver:</translation>
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
        <translation>Betydelse:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meddelande:</translation>
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
        <translation>Skriv det nya namnet och spara sedan.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Review it to decide whether to trust it.</source>
        <translation>Serverns certifikat är inte betrott. Granska det och bestäm om du vill lita på det.</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Användarnamn och lösenord (Basic)</translation>
    </message>
    <message>
        <source>SuperOffice ticket (SOTicket)</source>
        <translation>SuperOffice-biljett (SOTicket)</translation>
    </message>
    <message>
        <source>Access token (Bearer, Online)</source>
        <translation>Åtkomsttoken (Bearer, Online)</translation>
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
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
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
        <translation>%1 (endast den här sessionen)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny anslutning</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ge anslutningen ett namn.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Det finns redan en anslutning med namnet ”%1”.</translation>
    </message>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation>API-URL:en kan inte användas: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system proxy settings.</source>
        <translation>Ange proxyns värdnamn, eller använd systemets proxyinställningar.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Ta bort anslutning</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and forget its stored password or token?</source>
        <translation>Ta bort anslutningen ”%1” och glöm dess sparade lösenord eller token?</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Tog bort ”%1”.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>The certificate is now trusted for “%1”. Test the connection again.</source>
        <translation>Certifikatet är nu betrott för ”%1”. Testa anslutningen igen.</translation>
    </message>
    <message>
        <source>The certificate %1 is no longer trusted.</source>
        <translation>Certifikatet %1 är inte längre betrott.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testar anslutningen…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Körs…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppades över</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Anslutningen fungerar.</translation>
    </message>
    <message>
        <source>The connection test failed; the steps above say where.</source>
        <translation>Anslutningstestet misslyckades; stegen ovan visar var.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionMenu</name>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (endast den här sessionen)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>Inga sparade anslutningar</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionSettings</name>
    <message>
        <source>Enter the WebAPI address, for example https://crm.example.com/SuperOffice.</source>
        <translation>Ange WebAPI-adressen, till exempel https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>”%1” är ingen giltig webbadress.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://); “%1” does not.</source>
        <translation>Adressen måste börja med https:// (eller http://); det gör inte ”%1”.</translation>
    </message>
    <message>
        <source>The address “%1” has no server name. Enter it like https://crm.example.com/SuperOffice.</source>
        <translation>Adressen ”%1” saknar servernamn. Ange den som https://crm.example.com/SuperOffice.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; enter them in the sign-in fields instead.</source>
        <translation>Skriv inte användarnamn eller lösenord i adressen; ange dem i inloggningsfälten i stället.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Inget svar inom %n sekund.</numerusform>
            <numerusform>Inget svar inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve host</source>
        <translation>Slå upp värd</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-handskakning</translation>
    </message>
    <message>
        <source>Sign in and read licenses</source>
        <translation>Logga in och läs licenser</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The API URL has no host name.</source>
        <translation>API-URL:en saknar värdnamn.</translation>
    </message>
    <message>
        <source>Looking up the proxy %1…</source>
        <translation>Slår upp proxyn %1…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Slår upp %1…</translation>
    </message>
    <message>
        <source>Could not find %1: %2</source>
        <translation>Det gick inte att hitta %1: %2</translation>
    </message>
    <message>
        <source>Proxy %1 is %2.</source>
        <translation>Proxyn %1 är %2.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 är %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Ansluter till %1 port %2…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Ansluten till %1 port %2.</translation>
    </message>
    <message>
        <source>Not used: the API URL starts with http://, so passwords and tokens travel unencrypted.</source>
        <translation>Används inte: API-URL:en börjar med http://, så lösenord och token skickas okrypterade.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate…</source>
        <translation>Kontrollerar serverns certifikat…</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid until %3.</source>
        <translation>Certifikat för %1, utfärdat av %2, giltigt till %3.</translation>
    </message>
    <message>
        <source>Accepted because you trusted this certificate.</source>
        <translation>Godtaget eftersom du litar på det här certifikatet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Serverns certifikat är inte betrott: %1</translation>
    </message>
    <message>
        <source>Signing in and reading the licenses…</source>
        <translation>Loggar in och läser licenserna…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in; read the licenses of %n owner(s).</source>
        <translation>
            <numerusform>Inloggad; läste licenserna för %n ägare.</numerusform>
            <numerusform>Inloggad; läste licenserna för %n ägare.</numerusform>
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
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
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
        <translation>Det går inte att läsa demodatafilen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo data file %1: %2</source>
        <translation>Det går inte att skriva demodatafilen %1: %2</translation>
    </message>
    <message>
        <source>The licence names no owner.</source>
        <translation>Licensen anger ingen ägare.</translation>
    </message>
    <message>
        <source>There is no licence owner %1 in this installation.</source>
        <translation>Det finns ingen licensägare %1 i den här installationen.</translation>
    </message>
    <message>
        <source>The licence server has no pending licence for %1. Fetch a new licence first.</source>
        <translation>Licensservern har ingen väntande licens för %1. Hämta en ny licens först.</translation>
    </message>
    <message>
        <source>This is not the licence the licence server issued for %1. Fetch it again and activate it unchanged.</source>
        <translation>Det här är inte licensen som licensservern utfärdade för %1. Hämta den igen och aktivera den oförändrad.</translation>
    </message>
    <message>
        <source>The licence could not be saved: %1</source>
        <translation>Licensen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>%1 is not a demo server data file, so the demo server leaves it as it is. Choose another file with --data.</source>
        <translation>%1 är inte en datafil för demoservern, så demoservern lämnar den som den är. Välj en annan fil med --data.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoOwner</name>
    <message>
        <source>%1: %2 licences are assigned, but the new licence only contains %3; %4 must be unassigned before activating.</source>
        <translation>%1: %2 licenser är tilldelade, men den nya licensen innehåller bara %3; %4 tilldelningar måste tas bort före aktiveringen.</translation>
    </message>
    <message>
        <source>%1: %2 licences are assigned, but the new licence no longer contains this module; they must be unassigned before activating.</source>
        <translation>%1: %2 licenser är tilldelade, men den nya licensen innehåller inte längre den här modulen; tilldelningarna måste tas bort före aktiveringen.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRequestGate</name>
    <message>
        <source>The request headers are too large.</source>
        <translation>Begärans rubriker är för stora.</translation>
    </message>
    <message>
        <source>The request line or a header is malformed.</source>
        <translation>Begäransraden eller en rubrik är felaktigt formad.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header.</source>
        <translation>Skicka innehållet med en Content-Length-rubrik.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length-rubriken är inte ett tal.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoRouter</name>
    <message>
        <source>The request body is not valid JSON (byte %1: %2).</source>
        <translation>Begärans innehåll är inte giltig JSON (byte %1: %2).</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Begärans innehåll måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The parameter %1 is required.</source>
        <translation>Parametern %1 krävs.</translation>
    </message>
    <message>
        <source>License owner %1 not found</source>
        <translation>Licensägaren %1 hittades inte</translation>
    </message>
    <message>
        <source>This resource only accepts %1.</source>
        <translation>Den här resursen accepterar bara %1.</translation>
    </message>
    <message>
        <source>No such endpoint: /api/%1</source>
        <translation>Ingen sådan slutpunkt: /api/%1</translation>
    </message>
    <message>
        <source>The License agent has no method %1.</source>
        <translation>Agenten License har ingen metod %1.</translation>
    </message>
    <message>
        <source>Module license %1 of owner %2 not found</source>
        <translation>Modullicensen %1 för ägaren %2 hittades inte</translation>
    </message>
    <message>
        <source>The parameter %1 must be an ExtendedLicenseInfo object.</source>
        <translation>Parametern %1 måste vara ett ExtendedLicenseInfo-objekt.</translation>
    </message>
    <message>
        <source>%1 is not a valid licence: %2</source>
        <translation>%1 är ingen giltig licens: %2</translation>
    </message>
    <message>
        <source>The licence has no New part to activate.</source>
        <translation>Licensen har ingen New-del att aktivera.</translation>
    </message>
    <message>
        <source>The licence file is not a licence: expected the JSON of a LicenseInfo.</source>
        <translation>Licensfilen är ingen licens: förväntade JSON för en LicenseInfo.</translation>
    </message>
    <message>
        <source>The licence file is empty.</source>
        <translation>Licensfilen är tom.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoServer</name>
    <message>
        <source>The demo server is already listening.</source>
        <translation>Demoservern lyssnar redan.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Det går inte att lyssna på %1 port %2: %3</translation>
    </message>
    <message>
        <source>Not found: the API lives under /api.</source>
        <translation>Hittades inte: API:t finns under /api.</translation>
    </message>
    <message>
        <source>Authentication required: send Basic credentials, a SOTicket or a Bearer token.</source>
        <translation>Autentisering krävs: skicka Basic-inloggningsuppgifter, en SOTicket eller en Bearer-token.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the ticket or token is not valid.</source>
        <translation>Användarnamnet eller lösenordet är fel, eller så är biljetten eller token ogiltig.</translation>
    </message>
    <message>
        <source>The request body is larger than the %1 MiB this server accepts.</source>
        <translation>Begärans innehåll är större än de %1 MiB som den här servern tar emot.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DemoSigner</name>
    <message>
        <source>Module %1 belongs to owner %2, not %3.</source>
        <translation>Modulen %1 tillhör ägaren %2, inte %3.</translation>
    </message>
    <message>
        <source>The signature of module %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Signaturen för modulen %1 stämmer inte med innehållet: licensen har ändrats efter att den utfärdades.</translation>
    </message>
    <message>
        <source>The licence signature of %1 does not match its content: the licence was modified after it was issued.</source>
        <translation>Licenssignaturen för %1 stämmer inte med innehållet: licensen har ändrats efter att den utfärdades.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::DesktopApp</name>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Demoservern startade inte: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <extracomment>name of the connection to the built-in demo server (shown in the Connection menu)</extracomment>
        <translation>Demoserver</translation>
    </message>
    <message>
        <source>Wait until the activation has finished before switching connections.</source>
        <translation>Vänta tills aktiveringen är klar innan du byter anslutning.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ErrorMapper</name>
    <message>
        <source>no certificate was presented</source>
        <translation>inget certifikat presenterades</translation>
    </message>
    <message>
        <source>certificate “%1”, issued by “%2”, SHA-256 fingerprint %3</source>
        <extracomment>%1 = certificate subject, %2 = issuer, %3 = SHA-256 fingerprint in hex</extracomment>
        <translation>certifikatet ”%1”, utfärdat av ”%2”, SHA-256-fingeravtryck %3</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: the connection was refused. Check the address and port, and that the web server is running.</source>
        <translation>Det gick inte att ansluta till %1 på port %2: anslutningen nekades. Kontrollera adressen och porten, och att webbservern körs.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the spelling of the address and your network or VPN connection.</source>
        <translation>Servernamnet %1 kunde inte hittas. Kontrollera stavningen av adressen och din nätverks- eller VPN-anslutning.</translation>
    </message>
    <message>
        <source>The connection to %1 on port %2 was closed before the answer was complete. Try again; if it keeps happening, check proxies and firewalls on the way.</source>
        <translation>Anslutningen till %1 på port %2 stängdes innan svaret var komplett. Försök igen; om det fortsätter, kontrollera proxyservrar och brandväggar på vägen.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request too often or to an unsafe address. Check the API address.</source>
        <translation>Servern på %1 omdirigerade begäran för många gånger eller till en osäker adress. Kontrollera API-adressen.</translation>
    </message>
    <message>
        <source>Could not reach %1 through the proxy: %2. Check the proxy settings.</source>
        <translation>Det gick inte att nå %1 via proxyn: %2. Kontrollera proxyinställningarna.</translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP. Check that the address and port belong to the SuperOffice web server.</source>
        <translation>Svaret från %1 var inte giltig HTTP. Kontrollera att adressen och porten tillhör SuperOffice-webbservern.</translation>
    </message>
    <message>
        <source>Could not talk to %1 on port %2: %3. Check your network connection and try again.</source>
        <translation>Det gick inte att kommunicera med %1 på port %2: %3. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (HTTP 401%2). Check the user name and password, or get a new ticket or token: they expire.</source>
        <translation>%1 godtog inte inloggningen (HTTP 401%2). Kontrollera användarnamn och lösenord, eller skaffa en ny biljett eller token: de går ut.</translation>
    </message>
    <message>
        <source>%1 recognised the account but does not allow this (HTTP 403%2). License calls need a user with administrator rights.</source>
        <translation>%1 känner igen kontot men tillåter inte detta (HTTP 403%2). Licensanrop kräver en användare med administratörsbehörighet.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for: “%1”. Check the owner or module name.</source>
        <translation>Servern kunde inte hitta det som efterfrågades: ”%1”. Kontrollera ägar- eller modulnamnet.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check that the address points to the SuperOffice WebAPI; it usually ends in /api.</source>
        <translation>Inget hittades på %1 (HTTP 404). Kontrollera att adressen pekar på SuperOffice WebAPI; den slutar oftast på /api.</translation>
    </message>
    <message>
        <source>The Online tenant is no longer served by %1 (HTTP 421, misdirected request). Look up the tenant&apos;s current WebAPI address and update the connection.</source>
        <translation>Online-kundmiljön betjänas inte längre av %1 (HTTP 421, misdirected request). Slå upp kundmiljöns aktuella WebAPI-adress och uppdatera anslutningen.</translation>
    </message>
    <message>
        <source>The server %1 reported an internal error (HTTP %2%3). Try again in a few minutes; if it keeps happening, ask its administrator to check the NetServer log.</source>
        <translation>Servern %1 rapporterade ett internt fel (HTTP %2%3). Försök igen om några minuter; om det fortsätter, be serverns administratör att kontrollera NetServer-loggen.</translation>
    </message>
    <message>
        <source>The server %1 refused the request with HTTP status %2%3. Check the API address; if it is right, the server may not support this call.</source>
        <translation>Servern %1 nekade begäran med HTTP-status %2%3. Kontrollera API-adressen; om den är rätt kanske servern inte stöder det här anropet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check that the server offers TLS 1.2 or newer and that no proxy interferes.</source>
        <translation>Den säkra anslutningen till %1 misslyckades: %2. Kontrollera att servern erbjuder TLS 1.2 eller senare och att ingen proxy stör.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. The server presented %3. If you trust it, compare the fingerprint with the server&apos;s administrator and then trust it in the connection settings.</source>
        <extracomment>%1 = host, %2 = what is wrong with the certificate, %3 = certificate description</extracomment>
        <translation>Certifikatet för %1 kunde inte verifieras: %2. Servern presenterade %3. Om du litar på det, jämför fingeravtrycket med serverns administratör och markera det sedan som betrott i anslutningsinställningarna.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Try again, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>Servern %1 svarade inte inom %n sekund. Försök igen, eller tillåt längre tid i anslutningsinställningarna.</numerusform>
            <numerusform>Servern %1 svarade inte inom %n sekunder. Försök igen, eller tillåt längre tid i anslutningsinställningarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2, so reading stopped. Check that the address points to a SuperOffice WebAPI.</source>
        <translation>Svaret från %1 är större än gränsen på %2, så läsningen avbröts. Kontrollera att adressen pekar på ett SuperOffice WebAPI.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1). LicenseDesk only follows redirects on the same server and protocol, so it stopped. If that address is right, enter it as the API address.</source>
        <translation>Servern skickade vidare begäran till en annan adress (%1). LicenseDesk följer bara omdirigeringar inom samma server och protokoll, så begäran stoppades. Om den adressen är rätt, ange den som API-adress.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address points to a SuperOffice WebAPI and that its version is supported.</source>
        <translation>Serverns svar kunde inte läsas (%1). Kontrollera att adressen pekar på ett SuperOffice WebAPI och att dess version stöds.</translation>
    </message>
    <message>
        <source>The server declined the request without giving a reason. Check the server&apos;s log, then try again.</source>
        <translation>Servern avböjde begäran utan att ange någon orsak. Kontrollera serverns logg och försök sedan igen.</translation>
    </message>
    <message>
        <source>The server declined the request: %1</source>
        <translation>Servern avböjde begäran: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
    <message>
        <source>The server found nothing for this request (it answered null). Check the owner or module name.</source>
        <translation>Servern hittade ingenting för den här begäran (den svarade null). Kontrollera ägar- eller modulnamnet.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::JsonReader</name>
    <message>
        <source>expected a string</source>
        <translation>förväntade en sträng</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>förväntade true eller false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>förväntade ett tal</translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2</source>
        <translation>förväntade ett heltal mellan %1 och %2</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-27T00:00:00</source>
        <translation>förväntade ett datum som 2027-03-27T00:00:00</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>förväntade ett objekt</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>förväntade en array</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>svaret är tomt</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>felaktig JSON vid byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>förväntade ett JSON-objekt</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>förväntade en JSON-array</translation>
    </message>
    <message>
        <source>expected a JSON string</source>
        <translation>förväntade en JSON-sträng</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>felaktig JSON: %1</translation>
    </message>
    <message>
        <source>none of the expected fields, such as %1</source>
        <translation>inget av de förväntade fälten, till exempel %1</translation>
    </message>
    <message>
        <source>the server answered null: nothing was found</source>
        <translation>servern svarade null: ingenting hittades</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Ingen nyckelring finns på det här systemet (%1), så lösenord och token kan inte sparas. LicenseDesk frågar efter dem varje gång du ansluter.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Nyckelringen nekade åtkomst (%1), så lösenord och token kan inte sparas. LicenseDesk frågar efter dem varje gång du ansluter.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Nyckelringen kunde inte ta bort det sparade lösenordet eller token: %1</translation>
    </message>
    <message>
        <source>The keychain is not usable (%1), so passwords and tokens cannot be remembered. LicenseDesk will ask for them each time you connect.</source>
        <translation>Nyckelringen går inte att använda (%1), så lösenord och token kan inte sparas. LicenseDesk frågar efter dem varje gång du ansluter.</translation>
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
        <translation>Använd operativsystemets språk</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseClient</name>
    <message>
        <source>No WebAPI address is set. Enter the address of the SuperOffice WebAPI in the connection settings.</source>
        <translation>Ingen WebAPI-adress har angetts. Ange adressen till SuperOffice WebAPI i anslutningsinställningarna.</translation>
    </message>
    <message>
        <source>This license cannot be activated: the server marked it as not activatable. Nothing was sent.</source>
        <translation>Den här licensen kan inte aktiveras: servern har markerat den som inte aktiverbar. Ingenting skickades.</translation>
    </message>
    <message>
        <source>This license cannot be activated: %1 Nothing was sent.</source>
        <translation>Den här licensen kan inte aktiveras: %1 Ingenting skickades.</translation>
    </message>
    <message>
        <source>There is no license exactly as the server sent it, so nothing was activated. Fetch the license from the license server again, then activate.</source>
        <translation>Det finns ingen licens exakt som servern skickade den, så ingenting aktiverades. Hämta licensen från licensservern igen och aktivera den sedan.</translation>
    </message>
    <message>
        <source>the license shop address is not an http or https address</source>
        <translation>licensbutikens adress är inte en http- eller https-adress</translation>
    </message>
    <message>
        <source>“%1” cannot be asked for by name: a web address reads it as a step up or in place, so nothing was sent.</source>
        <translation>”%1” kan inte hämtas med namn: en webbadress läser det som ett steg uppåt eller på stället, så ingenting skickades.</translation>
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
        <translation>Företag:</translation>
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
        <translation>Utgångsdatum:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>Respitperioden slutar:</translation>
    </message>
    <message>
        <source>Maintenance ends:</source>
        <translation>Underhållet slutar:</translation>
    </message>
    <message>
        <source>Admin warning from:</source>
        <translation>Administratörsvarning från:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <translation>Nästa licenskontroll:</translation>
    </message>
    <message>
        <source>Server says:</source>
        <translation>Servern säger:</translation>
    </message>
    <message>
        <source>No owner selected</source>
        <translation>Ingen ägare vald</translation>
    </message>
    <message>
        <source>No stored license.</source>
        <translation>Ingen sparad licens.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>inte schemalagd</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>%1 date and countdown, e.g. &quot;14/05/2026 (in 30 days)&quot;</extracomment>
        <translation>planerad till %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>försenad sedan %1</translation>
    </message>
    <message>
        <source>License details</source>
        <translation>Licensinformation</translation>
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
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Går snart ut</translation>
    </message>
    <message>
        <source>Expired, in grace period</source>
        <translation>Utgången, i respitperiod</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Går snart ut</translation>
    </message>
    <message>
        <source>New license available</source>
        <translation>Ny licens finns</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <source>new module</source>
        <translation>ny modul</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>more seats</source>
        <translation>fler platser</translation>
    </message>
    <message>
        <source>fewer seats</source>
        <translation>färre platser</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
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
        <translation>Användare</translation>
    </message>
    <message>
        <source>The license server offered no new license.</source>
        <translation>Licensservern erbjöd ingen ny licens.</translation>
    </message>
    <message>
        <source>Activating would change no module counts.</source>
        <translation>En aktivering skulle inte ändra antalet för någon modul.</translation>
    </message>
    <message numerus="yes">
        <source>Activation is possible: %n module(s) would change.</source>
        <translation>
            <numerusform>Aktivering är möjlig: %n modul skulle ändras.</numerusform>
            <numerusform>Aktivering är möjlig: %n moduler skulle ändras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation is refused by the server: %1</source>
        <translation>Servern nekar aktivering: %1</translation>
    </message>
    <message numerus="yes">
        <source>Activation is blocked: free seats in %n module(s) first.</source>
        <translation>
            <numerusform>Aktiveringen är blockerad: frigör först platser i %n modul.</numerusform>
            <numerusform>Aktiveringen är blockerad: frigör först platser i %n moduler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MainWindow</name>
    <message>
        <source>Reading licenses…</source>
        <translation>Läser licenser…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Showing the data fetched at %1.</source>
        <translation>Visar data som hämtades %1.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>stale: fetched %1, refresh failed</source>
        <translation>inaktuell: hämtad %1, uppdateringen misslyckades</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>hämtad %1</translation>
    </message>
    <message>
        <source>Load License from File</source>
        <translation>Läs in licens från fil</translation>
    </message>
    <message>
        <source>License files (*.xml *.lic);;All files (*)</source>
        <translation>Licensfiler (*.xml *.lic);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n module(s).</source>
        <translation>
            <numerusform>Kopierade %n modul.</numerusform>
            <numerusform>Kopierade %n moduler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterat till %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportera som CSV</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportera som JSON</translation>
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
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Not connected. Start LicenseDesk with --url URL or --demo.</source>
        <translation>Inte ansluten. Starta LicenseDesk med --url URL eller --demo.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Ansluten till %1</translation>
    </message>
    <message>
        <source>About LicenseDesk</source>
        <translation>Om LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;A license manager for SuperOffice CRM administrators: see module usage, preview what a new license changes, and activate it safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LicenseDesk %1&lt;/h3&gt;&lt;p&gt;En licenshanterare för administratörer av SuperOffice CRM: se hur modulerna används, förhandsgranska vad en ny licens ändrar och aktivera den på ett säkert sätt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an owner to see its modules and license dates</source>
        <translation>Välj en ägare för att se dess moduler och licensdatum</translation>
    </message>
    <message>
        <source>%1 – LicenseDesk</source>
        <extracomment>window title: %1 is the name of a saved connection (&quot;Production&quot;)</extracomment>
        <translation>%1 – LicenseDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not connected&lt;/h2&gt;&lt;p&gt;LicenseDesk reads licenses through the SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Connection → Manage Connections…&lt;/b&gt;, or start LicenseDesk with &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;To try it without a server, start &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Inte ansluten&lt;/h2&gt;&lt;p&gt;LicenseDesk läser licenser via SuperOffice WebAPI.&lt;/p&gt;&lt;p&gt;Välj &lt;b&gt;Anslutning → Hantera anslutningar…&lt;/b&gt;, eller starta LicenseDesk med &lt;code&gt;--url https://crm.example.com/SuperOffice&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Om du vill prova utan server startar du &lt;code&gt;licensedesk --demo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LicenseDesk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty.&lt;/p&gt;&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;LicenseDesk är fri programvara under GNU General Public License, version 3 eller senare (GPL-3.0-or-later), och levereras utan garanti.&lt;/p&gt;&lt;p&gt;Webbplats: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Inget lösenord eller token är sparat för den här anslutningen.</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Lediga</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Användning</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>free seats of an unrestricted module: counts are not enforced</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>obegränsad</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>usage bar text: %1 seats in use of %2 licensed</extracomment>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>user plan</source>
        <translation>användarplan</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <source>Grants: %1</source>
        <translation>Inkluderar: %1</translation>
    </message>
    <message>
        <source>Hidden: not shown to users and not assignable, but still checked.</source>
        <translation>Dold: visas inte för användare och kan inte tilldelas, men kontrolleras ändå.</translation>
    </message>
    <message>
        <source>Unrestricted: seat counts are not enforced.</source>
        <translation>Obegränsad: antalet platser begränsas inte.</translation>
    </message>
    <message numerus="yes">
        <source>%n more seat(s) in use than licensed.</source>
        <translation>
            <numerusform>%n plats mer än licensierat används.</numerusform>
            <numerusform>%n platser mer än licensierat används.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unrestricted, %2 in use</source>
        <translation>%1: obegränsad, %2 används</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use, %4 free</source>
        <translation>%1: %2 av %3 används, %4 lediga</translation>
    </message>
    <message>
        <source>The server reports %1 free; %2 licensed and %3 in use would leave %4.</source>
        <translation>Servern anger %1 lediga; %2 licensierade och %3 använda skulle ge %4.</translation>
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
        <translation>Det gick inte att uppdatera: visar senast hämtade data.</translation>
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
        <translation>Frågar servern efter licensbutiken för %1…</translation>
    </message>
    <message>
        <source>Could not open a web browser. The license shop of %1 is at %2</source>
        <translation>Det gick inte att öppna en webbläsare. Licensbutiken för %1 finns på %2</translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ProfileConnector</name>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Det finns ingen anslutning med namnet ”%1”.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the secrets of “%1” must be typed in: %2 They are kept for this session only.</source>
        <translation>Systemets nyckelring kan inte användas, så lösenord och token för ”%1” måste anges manuellt: %2 De sparas bara under den här sessionen.</translation>
    </message>
    <message>
        <source>The keychain could not read the secrets of “%1”: %2</source>
        <translation>Nyckelringen kunde inte läsa lösenord och token för ”%1”: %2</translation>
    </message>
    <message>
        <source>The API URL of “%1” cannot be used: %2</source>
        <translation>API-URL:en för ”%1” kan inte användas: %2</translation>
    </message>
    <message>
        <source>No password is stored for “%1”. Type it in, then connect.</source>
        <translation>Inget lösenord är sparat för ”%1”. Skriv in det och anslut sedan.</translation>
    </message>
    <message>
        <source>No SuperOffice ticket is stored for “%1”. Paste it in, then connect.</source>
        <translation>Ingen SuperOffice-biljett är sparad för ”%1”. Klistra in den och anslut sedan.</translation>
    </message>
    <message>
        <source>No access token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Ingen åtkomsttoken är sparad för ”%1”. Klistra in den och anslut sedan.</translation>
    </message>
    <message>
        <source>No application token is stored for “%1”. Paste it in, then connect.</source>
        <translation>Ingen programtoken (SO-AppToken) är sparad för ”%1”. Klistra in den och anslut sedan.</translation>
    </message>
    <message>
        <source>No proxy password is stored for “%1”. Type it in, then connect.</source>
        <translation>Inget proxylösenord är sparat för ”%1”. Skriv in det och anslut sedan.</translation>
    </message>
    <message>
        <source>No saved connection uses %1 as %2.</source>
        <translation>Ingen sparad anslutning använder %1 som %2.</translation>
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
        <translation>Modul&amp;ägare</translation>
    </message>
    <message>
        <source>Module owners</source>
        <translation>Modulägare</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Module name, description or type</source>
        <translation>Modulnamn, beskrivning eller typ</translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation>Filtrera moduler</translation>
    </message>
    <message>
        <source>Show &amp;hidden modules</source>
        <translation>Visa &amp;dolda moduler</translation>
    </message>
    <message>
        <source>Modules of the selected owner</source>
        <translation>Moduler för den valda ägaren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read every owner&apos;s license again</source>
        <translation>Läs alla ägares licenser igen</translation>
    </message>
    <message>
        <source>&amp;Check License Server</source>
        <translation>&amp;Kontrollera licensservern</translation>
    </message>
    <message>
        <source>Ask SuperOffice&apos;s license server what it would issue now, and preview the changes</source>
        <translation>Fråga SuperOffices licensserver vad den skulle utfärda nu och förhandsgranska ändringarna</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivera…</translation>
    </message>
    <message>
        <source>Preview and activate the license server&apos;s license for the selected owner</source>
        <translation>Förhandsgranska och aktivera licensserverns licens för den valda ägaren</translation>
    </message>
    <message>
        <source>&amp;Load License from File…</source>
        <translation>&amp;Läs in licens från fil…</translation>
    </message>
    <message>
        <source>Preview and activate a license file (when the server cannot reach the license server)</source>
        <translation>Förhandsgranska och aktivera en licensfil (när servern inte kan nå licensservern)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Kopiera tabell</translation>
    </message>
    <message>
        <source>Copy the visible modules as tab-separated text</source>
        <translation>Kopiera de synliga modulerna som tabbavgränsad text</translation>
    </message>
    <message>
        <source>&amp;Filter Modules</source>
        <translation>&amp;Filtrera moduler</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exportera som &amp;CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save the visible modules as CSV</source>
        <translation>Spara de synliga modulerna som CSV</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportera som &amp;JSON…</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Modules</source>
        <translation>Visa &amp;dolda moduler</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About LicenseDesk</source>
        <translation>&amp;Om LicenseDesk</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>A&amp;nslutning</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Hantera anslutningar…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Add, edit and test connections to SuperOffice installations</source>
        <translation>Lägg till, redigera och testa anslutningar till SuperOffice-installationer</translation>
    </message>
    <message>
        <source>&amp;Buy More Licenses…</source>
        <translation>&amp;Köp fler licenser…</translation>
    </message>
    <message>
        <source>Open the selected owner&apos;s license shop in the web browser</source>
        <translation>Öppna den valda ägarens licensbutik i webbläsaren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>License manager for SuperOffice CRM installations</source>
        <translation>Licenshanterare för SuperOffice CRM-installationer</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Skriv ut versionen och avsluta.</translation>
    </message>
    <message>
        <source>Start a built-in demo server and connect to it.</source>
        <translation>Starta en inbyggd demoserver och anslut till den.</translation>
    </message>
    <message>
        <source>Connect to the WebAPI at URL (…/SuperOffice or …/api).</source>
        <translation>Anslut till WebAPI på URL (…/SuperOffice eller …/api).</translation>
    </message>
</context>
</TS>
