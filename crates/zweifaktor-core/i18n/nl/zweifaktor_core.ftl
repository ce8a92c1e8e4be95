# Zweifaktor, kern: meldingen bij fouten, waarschuwingen en verslagen (Nederlands). Termen: zie
# i18n/GLOSSARY.md (account, hoofdwachtwoord, geheime sleutel, kluis, koppelen, klembord).

## Waarom een bestand niet gelezen of geschreven kon worden

io-not-found = het bestand of de map bestaat niet
io-permission-denied = geen toestemming
io-already-exists = het bestaat al
io-storage-full = de schijf is vol
io-read-only = de schijf is tegen schrijven beveiligd
io-is-a-directory = het is een map, geen bestand

## De bestanden van de kluis

storage-no-vault = geen kluis op { $path }; maak er een met `zweifaktor init`
storage-already-exists = op { $path } staat al een kluis
storage-read = { $path } kan niet gelezen worden: { $reason }
storage-write = { $path } kan niet opgeslagen worden: { $reason } (de vorige versie is ongewijzigd)
storage-lock = { $path } kan niet vergrendeld worden: { $reason }
storage-lock-lost = een ander programma heeft het vergrendelingsbestand { $path } tijdens de wijziging verwijderd; er is niets opgeslagen, probeer het opnieuw

format-not-a-vault = dit bestand is geen Zweifaktor-kluis
format-newer-version = deze kluis is gemaakt door een nieuwere Zweifaktor (formaat { $version }); werk Zweifaktor bij om hem te openen
format-damaged = het kluisbestand is beschadigd ({ $detail })

kdf-too-much-memory = de kluis vraagt { $memory_kib } KiB geheugen voor het afleiden van de sleutel, meer dan de toegestane 4 GiB; het bestand is beschadigd of niet betrouwbaar
kdf-too-many-passes = de kluis vraagt { $passes } rondes voor het afleiden van de sleutel (hoogstens { $max } toegestaan); het bestand is beschadigd of niet betrouwbaar
kdf-too-many-lanes = de kluis vraagt { $lanes } parallelle banen voor het afleiden van de sleutel (hoogstens { $max } toegestaan); het bestand is beschadigd of niet betrouwbaar
kdf-invalid = de parameters voor het afleiden van de sleutel van de kluis zijn ongeldig: { $detail }

vault-wrong-password-or-damaged = verkeerd wachtwoord, of het kluisbestand is beschadigd
vault-secrets-erased = de geheime sleutels zijn gewist na te veel verkeerde wachtwoorden; er moet een nieuw wachtwoord ingesteld worden
vault-key-changed = de sleutel van de kluis is door een ander programma gewijzigd (nieuw wachtwoord?); ontgrendel opnieuw

## Ontgrendelen

unlock-wrong-password = { $attempts_left ->
    [one] verkeerd wachtwoord; nog 1 mislukte poging en de geheime sleutels worden gewist
   *[other] verkeerd wachtwoord; nog { $attempts_left } mislukte pogingen en de geheime sleutels worden gewist
}
unlock-wrong-password-locked = { $attempts_left ->
    [one] verkeerd wachtwoord; nog 1 mislukte poging en de geheime sleutels worden gewist; { $seconds } seconden vergrendeld
   *[other] verkeerd wachtwoord; nog { $attempts_left } mislukte pogingen en de geheime sleutels worden gewist; { $seconds } seconden vergrendeld
}
unlock-locked = { $seconds ->
    [one] te veel verkeerde wachtwoorden: nog 1 seconde vergrendeld
   *[other] te veel verkeerde wachtwoorden: nog { $seconds } seconden vergrendeld
}
unlock-erased-now = te veel verkeerde wachtwoorden: de geheime sleutels zijn gewist. De lijst met accounts blijft bewaard; stel een nieuw wachtwoord in en koppel de accounts opnieuw
unlock-secrets-erased = de geheime sleutels zijn gewist na te veel verkeerde wachtwoorden (of bij het opnieuw instellen); stel een nieuw wachtwoord in om verder te gaan

## Wachtwoordeisen

password-needs = het wachtwoord heeft { $rules } nodig
password-rule-long-enough = minstens { $min } tekens
password-rule-uppercase = een hoofdletter
password-rule-lowercase = een kleine letter
password-rule-digit = een cijfer
password-rule-special = een speciaal teken
list-separator = ,{" "}

## Codes, geheime sleutels en otpauth://-links

otp-empty-secret = de geheime sleutel is leeg
otp-invalid-base32 = de geheime sleutel bevat op positie { $position } het ongeldige teken ‘{ $character }’ (Base32 gebruikt de letters A-Z en de cijfers 2-7)
otp-digits = { $digits } cijfers worden niet ondersteund (gebruik 4 tot 9; de meeste diensten gebruiken 6)
otp-period = een periode van { $period } seconden wordt niet ondersteund (gebruik 1 tot 120; de meeste diensten gebruiken 30)
otp-steam-parameters = Steam-codes gebruiken altijd SHA1 en 5 tekens
otp-algorithm = onbekend algoritme ‘{ $name }’ (gebruik sha1, sha256 of sha512)
otp-uri = geen otpauth-link: { $detail }
otp-secret-too-long = de geheime sleutel is { $bytes } bytes lang; hoogstens { $max } zijn toegestaan
otp-secret-too-short = { $characters ->
    [one] de geheime sleutel is te kort: 1 Base32-teken vormt nog geen byte
   *[other] de geheime sleutel is te kort: { $characters } Base32-tekens vormen nog geen byte
}
otp-uri-type = onbekend type eenmalig wachtwoord ‘{ $name }’ in de link (gebruik totp, hotp of steam)
otp-missing-parameter = de link mist de parameter { $parameter }
otp-bad-number = de waarde ‘{ $value }’ van de parameter { $parameter } is geen geldig getal
otp-duplicate-parameter = de link bevat de parameter { $parameter } twee keer, met verschillende waarden
otp-steam-period = Steam-codes wisselen altijd elke 30 seconden, niet elke { $period }

otp-warning-short-secret = de geheime sleutel is maar { $bits } bits lang; RFC 4226 vraagt minstens 128 (hij wordt toch gebruikt)
otp-warning-dangling-character = het laatste teken van de geheime sleutel vormt geen hele byte en is niet gebruikt
otp-warning-issuer-mismatch = het label noemt de uitgever ‘{ $label }’, maar de parameter issuer zegt ‘{ $parameter }’; ‘{ $parameter }’ wordt gebruikt

## Accounts

procedure-empty-name = de naam mag niet leeg zijn
procedure-too-long = { $field ->
    [name] de naam
    [issuer] de uitgever
    [account] de accountnaam
   *[other] het adres
} is { $chars } tekens lang; hoogstens { $max } zijn toegestaan
procedure-counter-exhausted = de teller is op: { $max } is de hoogste HOTP-teller; koppel dit account opnieuw met een nieuwe geheime sleutel
procedure-url-scheme = het adres moet beginnen met http:// of https:// (opgegeven: ‘{ $url }’)
procedure-url-invalid = het adres ‘{ $url }’ is ongeldig: { $detail }
find-not-found = er is geen account met de naam ‘{ $query }’
find-ambiguous = ‘{ $query }’ past bij meerdere accounts; geef meer van de id op:
    { $matches }

## Importeren

import-password-required = dit bestand is versleuteld; het wachtwoord ervan is nodig
import-wrong-password = verkeerd wachtwoord voor dit bestand (of het bestand is beschadigd)
import-not-this-format = het bestand is geen export in het formaat { $format }: { $reason }
import-damaged = het bestand (formaat: { $format }) is beschadigd of onvolledig: { $reason }
import-unsupported = het bestand (formaat: { $format }) gebruikt iets wat Zweifaktor niet kan lezen: { $reason }
import-empty = het bestand is leeg
import-too-large = het bestand is { $size } bytes groot; exports groter dan { $max } bytes worden geweigerd
import-unknown-format = het formaat van het bestand is niet herkend; kies het zelf (--format)
import-cannot-read = { $path } kan niet gelezen worden: { $reason }
import-source-export = de export van { $format }
import-source-database = de app-database van { $app }
import-source-qr-codes = de QR-codes
import-format-database = app-database van { $app }
import-format-otpauth-list = otpauth://-lijst
import-format-zweifaktor-backup = Zweifaktor-reservekopie
import-duplicate = staat al in de kluis
import-skipped-empty-secret = de geheime sleutel is leeg
import-skipped-no-secret = het item heeft geen geheime sleutel
import-skipped-unsupported-codes = { $kind }-codes worden niet ondersteund door Zweifaktor
import-skipped-in-trash = het staat in de prullenbak van Ente
import-skipped-undecryptable = de geheime sleutel kan met dit wachtwoord niet ontsleuteld worden

## QR-codes

qr-not-an-image = dit bestand is geen PNG- of JPEG-afbeelding
qr-unreadable = de afbeelding kan niet gelezen worden (beschadigd of onvolledig?)
qr-too-large = de afbeelding is te groot; afbeeldingen tot { $max }×{ $max } pixels worden gelezen
qr-no-code = Geen QR-code gevonden. Zorg dat de hele code zichtbaar en niet te klein is, of plak in plaats daarvan de geheime sleutel.
qr-pixel-count = de pixelbuffer bevat { $actual } bytes, maar { $width }×{ $height } pixels hebben er { $expected } nodig
qr-encode = de QR-code kan niet getekend worden: { $detail }
qr-not-otp = deze QR-code bevat geen geheime sleutel voor eenmalige wachtwoorden
qr-bad-otpauth = deze QR-code bevat een otpauth://-link die niet bruikbaar is: { $reason }
qr-bad-transfer = deze QR-code bevat een overdracht van Google Authenticator die niet bruikbaar is: { $reason }
qr-missing-parts = { $received } van de { $total } delen van een overdracht van Google Authenticator in deze afbeeldingen (ontbrekend: { $missing }); scan ook de andere
qr-gone = dit account staat niet meer in de kluis
qr-no-secret = ‘{ $name }’ heeft geen geheime sleutel om te tonen: het moet eerst opnieuw gekoppeld worden

## Exporteren

export-password-too-short = het wachtwoord van het exportbestand moet minstens { $min } tekens hebben
export-password-missing = dit formaat is versleuteld: de export heeft een eigen wachtwoord nodig
export-backup = de reservekopie kan niet gemaakt worden: { $reason }
export-key-derivation = de sleutel voor de export kan niet afgeleid worden
export-encryption = de export kan niet versleuteld worden
export-failed = { $reason }; er is niets geëxporteerd
export-nothing = geen enkel account kan in dit formaat ({ $format }) geëxporteerd worden; er is niets geschreven
export-report = { $count ->
    [one] 1 account geëxporteerd naar { $path } ({ $format }):
   *[other] { $count } accounts geëxporteerd naar { $path } ({ $format }):
}
export-unencrypted-warning = het bestand bevat uw geheime sleutels onversleuteld: wie het kan lezen, kan uw codes maken. Importeer het waar u het nodig hebt en verwijder het daarna.
export-needs-reenrollment = de geheime sleutel is gewist; het moet eerst opnieuw gekoppeld worden
export-google-period = Google Authenticator ondersteunt alleen codes die elke { $default } seconden wisselen, niet elke { $period }
export-google-counter = Google Authenticator kan de teller { $counter } niet opslaan
export-google-steam = Google Authenticator ondersteunt geen Steam-codes
export-google-digits = Google Authenticator ondersteunt alleen 6 of 8 cijfers, niet { $digits }
export-format-zweifaktor = Zweifaktor-reservekopie
export-format-aegis = versleutelde Aegis-kluis
export-format-otpauth = otpauth://-lijst
export-format-google-migration = overdrachtslinks voor Google Authenticator

## Bestanden met geheime sleutels (exports, QR-afbeeldingen): altijd nieuwe bestanden

new-file-no-path = voer het pad van het bestand in
new-file-exists = { $path } bestaat al; kies een andere bestandsnaam (er is niets geschreven)
new-file-no-folder = de map { $path } bestaat niet (er is niets geschreven)
new-file-write = { $path } kan niet geschreven worden: { $reason } (er is niets geschreven)

## h-import-words: waarom een bestand of een van de items ervan niet geïmporteerd kan worden.
## $field, $name, $column, $table, $kind en $host zijn de eigen woorden van het bestand.

import-reason-with-detail = { $reason } ({ $detail })
import-reason-not-text = het bestand is geen tekst (UTF-8)
import-reason-not-json = het is geen JSON
import-reason-unexpected-content = de inhoud is niet wat dit formaat bevat
import-reason-no-otpauth-line = geen enkele regel begint met otpauth://
import-reason-no-signature = het begint niet met het bestandskenmerk van het formaat
import-reason-not-zip = het is geen ZIP-archief
import-reason-zip-unreadable = het ZIP-archief kan niet gelezen worden
import-reason-zip-without = het ZIP-archief bevat geen { $name }
import-reason-zip-too-large = { $name } claimt { $size } bytes uit { $compressed } gecomprimeerde bytes: veel meer dan enige export (een beschadigd of gemanipuleerd archief)
import-reason-not-sqlite = het is geen SQLite-database
import-reason-no-table = het is een SQLite-database, maar zonder de tabel ‘{ $table }’ van de app ({ $columns })
import-reason-ends-early = het bestand houdt te vroeg op
import-reason-ends-in-header = het bestand houdt op in de kop van de database ({ $length } bytes)
import-reason-cut-off = het bestand is { $length } bytes, maar de kop noemt { $expected }: het is afgekapt
import-reason-not-whole-pages = het bestand is { $length } bytes, geen heel aantal pagina’s van { $page_size } bytes: het is afgekapt
import-reason-page-size = de kop noemt een onmogelijke paginagrootte ({ $size })
import-reason-sqlite = SQLite kan het niet lezen
import-reason-column-not-text = ‘{ $column }’ is geen tekst
import-reason-column-not-number = ‘{ $column }’ is geen geheel getal
import-reason-encrypted-cut = de versleutelde gegevens zijn afgekapt
import-reason-missing = ‘{ $field }’ ontbreekt
import-reason-unreadable = ‘{ $field }’ kan niet gelezen worden
import-reason-wrong-size = ‘{ $field }’ is { $length } bytes in plaats van { $expected }
import-reason-malformed = ‘{ $field }’ is niet zoals verwacht
import-reason-not-authentic = de versleutelde gegevens passen niet bij hun controlecode (gewijzigd of beschadigd)
import-reason-decrypted-unreadable = de ontsleutelde inhoud kan niet gelezen worden
import-reason-no-accounts = de export bevat geen accounts
import-reason-version = het is versie { $found }; versies { $min } tot en met { $max } worden ondersteund
import-reason-unknown-method = het gebruikt { $name }, wat Zweifaktor niet kent
import-reason-kdf-parameters = de parameters voor het afleiden van de sleutel zijn ongeldig
import-reason-kdf-memory = het afleiden van de sleutel vraagt { $mib } MiB geheugen; bij importeren is hoogstens { $max_mib } MiB toegestaan
import-reason-kdf-passes = het afleiden van de sleutel vraagt { $passes } Argon2-rondes; bij importeren zijn er hoogstens { $max } toegestaan
import-reason-scrypt-work = de scrypt-parameters N={ $n }, r={ $r }, p={ $p } vragen meer rekenwerk dan bij importeren is toegestaan ((N+2)·r·p hoogstens { $max })
import-reason-scrypt-slots-work = de { $slots } wachtwoordslots vragen samen meer scrypt-rekenwerk dan bij importeren is toegestaan ((N+2)·r·p samen hoogstens { $max })
import-reason-scrypt-memory = de scrypt-parameters N={ $n }, r={ $r }, p={ $p } vragen meer dan { $max_mib } MiB geheugen, het meeste wat bij importeren is toegestaan
import-reason-pbkdf2-iterations = het vraagt { $iterations } PBKDF2-rondes; bij importeren zijn er hoogstens { $max } toegestaan
import-reason-pbkdf2-tokens = { $tokens } versleutelde tokens, elk met een eigen sleutel, vragen { $iterations } PBKDF2-rondes; bij importeren zijn er hoogstens { $max } toegestaan
import-reason-aegis-no-password-slot = de kluis heeft geen wachtwoordslot (alleen biometrische of sleutelslots, die alleen op de telefoon werken); exporteer hem opnieuw met een wachtwoord
import-reason-aegis-too-many-slots = de kluis noemt { $slots } wachtwoordslots; Aegis schrijft er één
import-reason-bitwarden-encrypted = versleutelde Bitwarden-exports kunnen niet gelezen worden; exporteer opnieuw als ‘.json’ (niet ‘.json (Encrypted)’)
import-reason-csv-without = het CSV-bestand heeft geen kolom { $column }
import-reason-ente-encrypted = versleutelde Ente-exports kunnen nog niet gelezen worden; exporteer opnieuw uit Ente Auth zonder wachtwoord (als platte tekst)
import-reason-not-migration-link = de tekst begint niet met otpauth-migration://
import-reason-not-offline-link = otpauth-migration://{ $host } is niet de exportlink (offline) van Google
import-reason-too-many-parts = volgens de link heeft de export { $parts } delen (er worden hoogstens { $max } gelezen)
import-reason-other-transfer = deze QR-code hoort bij een andere overdracht van Google Authenticator dan de gescande
import-reason-part-out-of-range = volgens de link is dit deel { $part } van { $parts }
import-reason-entry-unreadable = het item kan niet gelezen worden
import-reason-unknown-otp-type = onbekend codetype { $kind }
import-reason-unknown-algorithm = onbekend algoritme { $name }
import-reason-algorithm-number = onbekend algoritmenummer { $number }
import-reason-digits = { $digits } cijfers worden niet ondersteund
import-reason-period = een periode van { $period } seconden wordt niet ondersteund
import-reason-negative-counter = de teller { $counter } is negatief
import-reason-erased = de geheime sleutel was vóór de reservekopie gewist; koppel het account opnieuw
import-reason-backup-erased = de geheime sleutels zijn na te veel mislukte pogingen gewist, voordat deze reservekopie werd gemaakt
import-reason-duo-push = het account heeft geen generator voor eenmalige wachtwoorden (een Duo Push-account?)
import-reason-authy-seed = de eigen accounts van Authy (codes van 10 seconden uit een geheime beginwaarde) worden niet ondersteund
import-reason-unknown-account-type = onbekend accounttype { $kind }
import-reason-microsoft-work-account = een werk- of schoolaccount: het meldt zich aan via een melding van de app, wat Zweifaktor niet kan
import-reason-microsoft-key-on-phone = de geheime sleutel is versleuteld met een sleutel die op de telefoon blijft; koppel het account opnieuw via de website ervan
import-reason-google-key-on-phone = de geheime sleutel is versleuteld met een sleutel die op de telefoon blijft; gebruik in plaats daarvan ‘Accounts overzetten’ in Google Authenticator
import-reason-secret-without-settings = de reservekopie bevat de geheime sleutel, maar niet de instellingen
import-reason-settings-without-secret = de reservekopie bevat de instellingen, maar niet de geheime sleutel
import-reason-not-encoded = ‘{ $field }’ is geen geldige { $encoding }
import-reason-migration-no-data = de link heeft geen parameter data
import-reason-migration-not-export = de gegevens zijn geen export van Google Authenticator
## h-details: de technische toelichting tussen haakjes na een reden (import::Detail): de soort
## fout die een parser vond, en waar; $line, $column, $n, $r, $p, $iterations, $code, $name,
## $value en $field zijn waarden van het bestand of het formaat.
import-detail-at = { $what } op regel { $line }, kolom { $column }
import-detail-json-syntax = JSON-syntaxfout
import-detail-json-ends-early = de JSON eindigt te vroeg
import-detail-json-missing-field = het veld ‘{ $field }’ ontbreekt
import-detail-json-duplicate-field = het veld ‘{ $field }’ komt dubbel voor
import-detail-json-wrong-type = een waarde van het verkeerde type
import-detail-json-invalid-value = een niet-toegestane waarde
import-detail-json-content = onverwachte inhoud
import-detail-zip-damaged = het archief is beschadigd
import-detail-zip-ends-early = het archief houdt te vroeg op
import-detail-zip-unsupported = het gebruikt een ZIP-functie die Zweifaktor niet kan lezen
import-detail-zip-compression = het gebruikt de ZIP-compressiemethode { $method }, die Zweifaktor niet kan lezen
import-detail-sqlite-not-a-database = de rest van het bestand is geen database
import-detail-sqlite-damaged = de database is beschadigd
import-detail-sqlite-too-large = het bevat meer dan bij importeren is toegestaan
import-detail-sqlite-query = de tabellen zijn anders opgebouwd dan de app ze aanmaakt
import-detail-not-protobuf = niet in het verwachte protobuf-formaat
import-detail-xml-syntax = XML-syntaxfout
import-detail-xml-nesting = verkeerd geneste XML-elementen
import-detail-xml-attribute = een XML-attribuut niet in de vorm naam="waarde"
import-detail-xml-reference = een ongeldige verwijzing van de vorm &…;
import-detail-xml-encoding = tekst buiten de tekencodering van het bestand
import-detail-scrypt = scrypt-parameters N={ $n }, r={ $r }, p={ $p }
import-detail-pbkdf2-iterations = PBKDF2-rondes: { $iterations }
import-detail-argon2-refused = Argon2 weigert ze
import-detail-java-type-code = Java-typecode 0x{ $code }
import-detail-java-class = Java-klasse { $name }
import-detail-java-field-type = Java-veldtype { $code }
import-detail-number = waarde { $value }
# Een overgeslagen item zonder leesbare namen, naar zijn plaats in het bestand.
import-label-line = regel { $number }
import-label-entry = item { $number }
import-label-token = item { $key }
import-label-qr-code = QR-code

## What is wrong with a damaged vault file (inside "format-damaged")
vault-damage-unknown-version = onbekende formaatversie
vault-damage-unknown-flags = onbekende vlaggen
vault-damage-unknown-key-derivation = onbekende sleutelafleiding
vault-damage-clear-list-too-long = lijst met namen in de kop te lang
vault-damage-truncated = afgebroken
vault-damage-unreadable-list = onleesbare lijst met accounts
vault-damage-unreadable-contents = onleesbare inhoud

# h-no-english: waarom een link, een adres, een QR-code of een bestand niet gebruikt kan worden
## Waarom een tekst geen otpauth://-link is (in "otp-uri")
uri-empty = de tekst is leeg
uri-no-scheme = de tekst begint niet met otpauth://
uri-unreadable = de tekst kan niet als link gelezen worden ({ $reason })
uri-migration-export = dit is een overdracht uit Google Authenticator (otpauth-migration://), geen los account
uri-other-scheme = de tekst begint met ‘{ $scheme }:’ in plaats van otpauth://
uri-no-type = na otpauth:// ontbreekt het type (totp, hotp of steam)
otp-uri-encoder = onbekend type eenmalig wachtwoord ‘{ $name }’ met encoder ‘{ $encoder }’ in de link (encoder=steam hoort alleen bij totp)
## Wat er mis is met een adres (in "procedure-url-invalid" en "uri-unreadable")
url-control-characters = het bevat stuurtekens
url-no-host = het noemt geen server
url-syntax-empty-host = de servernaam ontbreekt
url-syntax-idna = de internationale domeinnaam is ongeldig
url-syntax-port = het poortnummer is ongeldig
url-syntax-ipv4 = het IPv4-adres is ongeldig
url-syntax-ipv6 = het IPv6-adres is ongeldig
url-syntax-domain-character = de servernaam bevat een teken dat niet is toegestaan
url-syntax-relative = het is geen volledig adres
url-syntax-too-long = het is langer dan 4 GB
url-syntax-other = het is geen geldig adres
## De regels van Argon2 voor het afleiden van de sleutel van de kluis (in "kdf-invalid")
kdf-argon2-memory-too-little = te weinig geheugen
kdf-argon2-time-too-small = te weinig rondes
kdf-argon2-threads-too-few = te weinig parallelle banen
kdf-argon2-out-of-memory = deze computer heeft daarvoor niet genoeg geheugen
kdf-argon2-other = ze overtreden een regel van Argon2
## Waarom een QR-code niet getekend kan worden (in "qr-encode")
qr-encode-module-size = een module moet 1 tot { $max } pixels breed zijn, niet { $px }
qr-encode-too-long = de tekst is te lang voor een QR-code
qr-encode-internal = een interne fout
## De vergrendeling van de kluis
storage-lock-keeps-vanishing = { $path } kan niet vergrendeld worden: een ander programma verwijdert het vergrendelingsbestand steeds weer (een synchronisatieprogramma of een opruimscript?)
## Meer redenen van het systeem (in de meldingen over bestanden)
io-not-a-directory = een deel van het pad is een bestand, geen map
io-directory-not-empty = de map is niet leeg
io-invalid-filename = de naam is daar niet toegestaan (te lang, of met tekens die deze schijf niet accepteert)
io-file-too-large = het bestand is te groot voor deze schijf
io-quota-exceeded = uw opslagquotum is op
io-crosses-devices = het kan niet naar een andere schijf verplaatst worden
io-too-many-links = te veel koppelingen
io-busy = een ander programma gebruikt het; probeer het zo opnieuw
io-deadlock = twee programma's wachten op elkaar; probeer het opnieuw
io-timed-out = geen antwoord op tijd (is de netwerkschijf of de server bereikbaar?)
io-stale-network-file = het bestand op de netwerkschijf is niet meer geldig (op de server gewijzigd of verwijderd); open het opnieuw
io-network-down = het netwerk is niet beschikbaar
io-host-unreachable = de server is niet bereikbaar
io-connection-refused = de server heeft de verbinding geweigerd
io-connection-lost = de verbinding is verbroken
io-unexpected-eof = het bestand houdt te vroeg op (onvolledig?)
io-invalid-data = de inhoud kan niet gelezen worden
io-invalid-input = het systeem heeft het verzoek niet aangenomen (een naam met een teken dat het niet toestaat?)
io-write-zero = de gegevens konden niet volledig geschreven worden
io-out-of-memory = niet genoeg geheugen
io-unsupported = dit systeem of deze schijf ondersteunt dat niet
io-interrupted = het is onderbroken; probeer het opnieuw
# Al het andere: het foutnummer van het systeem, dat een beheerder kan opzoeken.
io-system-error = systeemfout { $code }
io-unknown-error = een onbekende systeemfout
