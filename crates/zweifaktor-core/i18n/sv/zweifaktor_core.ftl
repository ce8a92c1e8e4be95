# Zweifaktor, kärnan: meddelanden om fel, varningar och rapporter (svenska). Termer: se
# i18n/GLOSSARY.md (konto, huvudlösenord, hemlig nyckel, valv, registrera, urklipp).

## Varför en fil inte kunde läsas eller skrivas

io-not-found = filen eller mappen finns inte
io-permission-denied = behörighet saknas
io-already-exists = den finns redan
io-storage-full = disken är full
io-read-only = disken är skrivskyddad
io-is-a-directory = det är en mapp, inte en fil

## Valvets filer

storage-no-vault = inget valv på { $path }; skapa ett med `zweifaktor init`
storage-already-exists = det finns redan ett valv på { $path }
storage-read = det går inte att läsa { $path }: { $reason }
storage-write = det går inte att spara { $path }: { $reason } (den tidigare versionen är oförändrad)
storage-lock = det går inte att låsa { $path }: { $reason }
storage-lock-lost = ett annat program tog bort låsfilen { $path } under ändringen; inget sparades, försök igen

format-not-a-vault = den här filen är inget Zweifaktor-valv
format-newer-version = det här valvet skapades av en nyare Zweifaktor (format { $version }); uppdatera Zweifaktor för att öppna det
format-damaged = valvfilen är skadad ({ $detail })

kdf-too-much-memory = valvet begär { $memory_kib } KiB minne för nyckelhärledningen, mer än de tillåtna 4 GiB; filen är skadad eller inte pålitlig
kdf-too-many-passes = valvet begär { $passes } varv av nyckelhärledningen (högst { $max } tillåtna); filen är skadad eller inte pålitlig
kdf-too-many-lanes = valvet begär { $lanes } parallella spår för nyckelhärledningen (högst { $max } tillåtna); filen är skadad eller inte pålitlig
kdf-invalid = valvets parametrar för nyckelhärledning är ogiltiga: { $detail }

vault-wrong-password-or-damaged = fel lösenord, eller så är valvfilen skadad
vault-secrets-erased = de hemliga nycklarna raderades efter för många felaktiga lösenord; ett nytt lösenord måste anges
vault-key-changed = valvets nyckel har ändrats av ett annat program (nytt lösenord?); lås upp igen

## Upplåsning

unlock-wrong-password = { $attempts_left ->
    [one] fel lösenord; 1 felaktigt försök till och de hemliga nycklarna raderas
   *[other] fel lösenord; { $attempts_left } felaktiga försök till och de hemliga nycklarna raderas
}
unlock-wrong-password-locked = { $attempts_left ->
    [one] fel lösenord; 1 felaktigt försök till och de hemliga nycklarna raderas; låst i { $seconds } sekunder
   *[other] fel lösenord; { $attempts_left } felaktiga försök till och de hemliga nycklarna raderas; låst i { $seconds } sekunder
}
unlock-locked = { $seconds ->
    [one] för många felaktiga lösenord: låst i 1 sekund till
   *[other] för många felaktiga lösenord: låst i { $seconds } sekunder till
}
unlock-erased-now = för många felaktiga lösenord: de hemliga nycklarna har raderats. Listan över konton finns kvar; ange ett nytt lösenord och registrera kontona på nytt
unlock-secrets-erased = de hemliga nycklarna raderades efter för många felaktiga lösenord (eller en återställning); ange ett nytt lösenord för att fortsätta

## Lösenordskrav

password-needs = lösenordet behöver { $rules }
password-rule-long-enough = minst { $min } tecken
password-rule-uppercase = en stor bokstav
password-rule-lowercase = en liten bokstav
password-rule-digit = en siffra
password-rule-special = ett specialtecken
list-separator = ,{" "}

## Koder, hemliga nycklar och otpauth://-länkar

otp-empty-secret = den hemliga nyckeln är tom
otp-invalid-base32 = den hemliga nyckeln har det ogiltiga tecknet ”{ $character }” på position { $position } (Base32 använder bokstäverna A–Z och siffrorna 2–7)
otp-digits = { $digits } siffror stöds inte (använd 4 till 9; de flesta tjänster använder 6)
otp-period = en period på { $period } sekunder stöds inte (använd 1 till 120; de flesta tjänster använder 30)
otp-steam-parameters = Steam-koder använder alltid SHA1 och 5 tecken
otp-algorithm = okänd algoritm ”{ $name }” (använd sha1, sha256 eller sha512)
otp-uri = ingen otpauth-länk: { $detail }
otp-secret-too-long = den hemliga nyckeln är { $bytes } byte lång; högst { $max } är tillåtna
otp-secret-too-short = { $characters ->
    [one] den hemliga nyckeln är för kort: 1 Base32-tecken räcker inte till en byte
   *[other] den hemliga nyckeln är för kort: { $characters } Base32-tecken räcker inte till en byte
}
otp-uri-type = okänd typ av engångslösenord ”{ $name }” i länken (använd totp, hotp eller steam)
otp-missing-parameter = länken saknar parametern { $parameter }
otp-bad-number = värdet ”{ $value }” för parametern { $parameter } är inget giltigt tal
otp-duplicate-parameter = länken anger parametern { $parameter } två gånger, med olika värden
otp-steam-period = Steam-koder byts alltid var 30:e sekund, inte var { $period }:e

otp-warning-short-secret = den hemliga nyckeln är bara { $bits } bitar lång; RFC 4226 kräver minst 128 (den används ändå)
otp-warning-dangling-character = det sista tecknet i den hemliga nyckeln bildar ingen hel byte och användes inte
otp-warning-issuer-mismatch = etiketten anger utfärdaren ”{ $label }” men parametern issuer säger ”{ $parameter }”; ”{ $parameter }” används

## Konton

procedure-empty-name = namnet får inte vara tomt
procedure-too-long = { $field ->
    [name] namnet
    [issuer] utfärdaren
    [account] användarnamnet
   *[other] adressen
} är { $chars } tecken långt; högst { $max } är tillåtna
procedure-counter-exhausted = räknaren är slut: { $max } är den största HOTP-räknaren; registrera kontot på nytt med en ny hemlig nyckel
procedure-url-scheme = adressen måste börja med http:// eller https:// (angiven: ”{ $url }”)
procedure-url-invalid = adressen ”{ $url }” är ogiltig: { $detail }
find-not-found = det finns inget konto som heter ”{ $query }”
find-ambiguous = ”{ $query }” passar flera konton; ange mer av id:t:
    { $matches }

## Import

import-password-required = filen är krypterad; dess lösenord behövs
import-wrong-password = fel lösenord för filen (eller så är filen skadad)
import-not-this-format = filen är ingen export i formatet { $format }: { $reason }
import-damaged = filen (format: { $format }) är skadad eller ofullständig: { $reason }
import-unsupported = filen (format: { $format }) använder något som Zweifaktor inte kan läsa: { $reason }
import-empty = filen är tom
import-too-large = filen är { $size } byte; exporter större än { $max } byte avvisas
import-unknown-format = filens format kändes inte igen; välj det själv (--format)
import-cannot-read = det går inte att läsa { $path }: { $reason }
import-source-export = exporten från { $format }
import-source-database = appdatabasen från { $app }
import-source-qr-codes = QR-koderna
import-format-database = appdatabas från { $app }
import-format-otpauth-list = otpauth://-lista
import-format-zweifaktor-backup = Zweifaktor-säkerhetskopia
import-duplicate = finns redan i valvet
import-skipped-empty-secret = den hemliga nyckeln är tom
import-skipped-no-secret = posten har ingen hemlig nyckel
import-skipped-unsupported-codes = { $kind }-koder stöds inte av Zweifaktor
import-skipped-in-trash = den ligger i Entes papperskorg
import-skipped-undecryptable = den hemliga nyckeln kan inte dekrypteras med det här lösenordet

## QR-koder

qr-not-an-image = filen är ingen PNG- eller JPEG-bild
qr-unreadable = bilden kan inte läsas (skadad eller ofullständig?)
qr-too-large = bilden är för stor; bilder upp till { $max }×{ $max } bildpunkter läses
qr-no-code = Ingen QR-kod hittades. Se till att hela koden syns och inte är för liten, eller klistra in den hemliga nyckeln i stället.
qr-pixel-count = bildpunktsbufferten har { $actual } byte, men { $width }×{ $height } bildpunkter kräver { $expected }
qr-encode = QR-koden kan inte ritas: { $detail }
qr-not-otp = den här QR-koden innehåller ingen hemlig nyckel för engångslösenord
qr-bad-otpauth = den här QR-koden innehåller en otpauth://-länk som inte kan användas: { $reason }
qr-bad-transfer = den här QR-koden innehåller en överföring från Google Authenticator som inte kan användas: { $reason }
qr-missing-parts = { $received } av { $total } delar av en överföring från Google Authenticator i de här bilderna (saknas: { $missing }); skanna de andra också
qr-gone = kontot finns inte längre i valvet
qr-no-secret = ”{ $name }” har ingen hemlig nyckel att visa: det måste registreras på nytt först

## Export

export-password-too-short = exportfilens lösenord måste ha minst { $min } tecken
export-password-missing = formatet är krypterat: exporten behöver ett eget lösenord
export-backup = säkerhetskopian kan inte skapas: { $reason }
export-key-derivation = nyckeln för exporten kan inte härledas
export-encryption = exporten kan inte krypteras
export-failed = { $reason }; inget exporterades
export-nothing = inget konto kan exporteras i det här formatet ({ $format }); inget skrevs
export-report = { $count ->
    [one] Exporterade 1 konto till { $path } ({ $format }):
   *[other] Exporterade { $count } konton till { $path } ({ $format }):
}
export-unencrypted-warning = filen innehåller dina hemliga nycklar okrypterade: den som kan läsa den kan skapa dina koder. Importera den där du behöver den och radera den sedan.
export-needs-reenrollment = dess hemliga nyckel har raderats; det måste registreras på nytt först
export-google-period = Google Authenticator stöder bara koder som byts var { $default }:e sekund, inte var { $period }:e
export-google-counter = Google Authenticator kan inte lagra räknaren { $counter }
export-google-steam = Google Authenticator stöder inte Steam-koder
export-google-digits = Google Authenticator stöder bara 6 eller 8 siffror, inte { $digits }
export-format-zweifaktor = Zweifaktor-säkerhetskopia
export-format-aegis = krypterat Aegis-valv
export-format-otpauth = otpauth://-lista
export-format-google-migration = överföringslänkar för Google Authenticator

## Filer med hemliga nycklar (exporter, QR-bilder): alltid nya filer

new-file-no-path = ange filens sökväg
new-file-exists = { $path } finns redan; välj ett annat filnamn (inget skrevs)
new-file-no-folder = mappen { $path } finns inte (inget skrevs)
new-file-write = det går inte att skriva { $path }: { $reason } (inget skrevs)

## h-import-words: varför en fil eller en av dess poster inte kan importeras.
## $field, $name, $column, $table, $kind och $host är filens egna ord.

import-reason-with-detail = { $reason } ({ $detail })
import-reason-not-text = filen är inte text (UTF-8)
import-reason-not-json = den är inte JSON
import-reason-unexpected-content = innehållet är inte det som formatet innehåller
import-reason-no-otpauth-line = ingen rad börjar med otpauth://
import-reason-no-signature = den börjar inte med formatets filsignatur
import-reason-not-zip = den är inget ZIP-arkiv
import-reason-zip-unreadable = ZIP-arkivet kan inte läsas
import-reason-zip-without = ZIP-arkivet innehåller ingen { $name }
import-reason-zip-too-large = { $name } anger { $size } byte från { $compressed } komprimerade byte: långt mer än någon export (ett skadat eller manipulerat arkiv)
import-reason-not-sqlite = den är ingen SQLite-databas
import-reason-no-table = den är en SQLite-databas, men utan appens tabell ”{ $table }” ({ $columns })
import-reason-ends-early = filen tar slut för tidigt
import-reason-ends-in-header = filen tar slut inne i databasens huvud ({ $length } byte)
import-reason-cut-off = filen är { $length } byte, men huvudet anger { $expected }: den har kapats
import-reason-not-whole-pages = filen är { $length } byte, inte ett helt antal sidor om { $page_size } byte: den har kapats
import-reason-page-size = huvudet anger en omöjlig sidstorlek ({ $size })
import-reason-sqlite = SQLite kan inte läsa den
import-reason-column-not-text = ”{ $column }” är inte text
import-reason-column-not-number = ”{ $column }” är inget heltal
import-reason-encrypted-cut = de krypterade uppgifterna har kapats
import-reason-missing = ”{ $field }” saknas
import-reason-unreadable = ”{ $field }” kan inte läsas
import-reason-wrong-size = ”{ $field }” är { $length } byte i stället för { $expected }
import-reason-malformed = ”{ $field }” är inte som väntat
import-reason-not-authentic = de krypterade uppgifterna stämmer inte med sin kontrollsumma (ändrade eller skadade)
import-reason-decrypted-unreadable = det dekrypterade innehållet kan inte läsas
import-reason-no-accounts = exporten innehåller inga konton
import-reason-version = den har version { $found }; version { $min } till { $max } stöds
import-reason-unknown-method = den använder { $name }, som Zweifaktor inte känner till
import-reason-kdf-parameters = parametrarna för nyckelhärledningen är ogiltiga
import-reason-kdf-memory = nyckelhärledningen kräver { $mib } MiB minne; vid import tillåts högst { $max_mib } MiB
import-reason-kdf-passes = nyckelhärledningen kräver { $passes } Argon2-omgångar; vid import tillåts högst { $max }
import-reason-scrypt-work = scrypt-parametrarna N={ $n }, r={ $r }, p={ $p } kräver mer beräkningsarbete än vad som tillåts vid import ((N+2)·r·p högst { $max })
import-reason-scrypt-slots-work = dess { $slots } lösenordsplatser kräver tillsammans mer scrypt-arbete än vad som tillåts vid import ((N+2)·r·p sammanlagt högst { $max })
import-reason-scrypt-memory = scrypt-parametrarna N={ $n }, r={ $r }, p={ $p } kräver mer än { $max_mib } MiB minne, det mesta som tillåts vid import
import-reason-pbkdf2-iterations = den kräver { $iterations } PBKDF2-omgångar; vid import tillåts högst { $max }
import-reason-pbkdf2-tokens = { $tokens } krypterade tokens, var och en med egen nyckel, kräver { $iterations } PBKDF2-omgångar; vid import tillåts högst { $max }
import-reason-aegis-no-password-slot = valvet har ingen lösenordsplats (bara biometriska platser eller nyckelplatser, som bara fungerar på telefonen); exportera det igen med ett lösenord
import-reason-aegis-too-many-slots = valvet anger { $slots } lösenordsplatser; Aegis skriver en
import-reason-bitwarden-encrypted = krypterade Bitwarden-exporter kan inte läsas; exportera igen som ”.json” (inte ”.json (Encrypted)”)
import-reason-csv-without = CSV-filen har ingen kolumn { $column }
import-reason-ente-encrypted = krypterade Ente-exporter kan inte läsas ännu; exportera igen från Ente Auth utan lösenord (som klartext)
import-reason-not-migration-link = texten börjar inte med otpauth-migration://
import-reason-not-offline-link = otpauth-migration://{ $host } är inte Googles exportlänk (offline)
import-reason-too-many-parts = enligt länken har exporten { $parts } delar (högst { $max } läses)
import-reason-other-transfer = den här QR-koden hör till en annan överföring från Google Authenticator än de skannade
import-reason-part-out-of-range = enligt länken är detta del { $part } av { $parts }
import-reason-entry-unreadable = posten kan inte läsas
import-reason-unknown-otp-type = okänd kodtyp { $kind }
import-reason-unknown-algorithm = okänd algoritm { $name }
import-reason-algorithm-number = okänt algoritmnummer { $number }
import-reason-digits = { $digits } siffror stöds inte
import-reason-period = en period på { $period } sekunder stöds inte
import-reason-negative-counter = räknaren { $counter } är negativ
import-reason-erased = dess hemliga nyckel var raderad före säkerhetskopian; registrera kontot på nytt
import-reason-backup-erased = de hemliga nycklarna raderades efter för många felaktiga försök, innan den här säkerhetskopian gjordes
import-reason-duo-push = kontot har ingen generator för engångslösenord (ett Duo Push-konto?)
import-reason-authy-seed = Authys egna konton (10-sekunderskoder från ett hemligt startvärde) stöds inte
import-reason-unknown-account-type = okänd kontotyp { $kind }
import-reason-microsoft-work-account = ett arbets- eller skolkonto: det loggar in via en avisering från appen, vilket Zweifaktor inte kan
import-reason-microsoft-key-on-phone = den hemliga nyckeln är krypterad med en nyckel som stannar på telefonen; registrera kontot på nytt via dess webbplats
import-reason-google-key-on-phone = den hemliga nyckeln är krypterad med en nyckel som stannar på telefonen; använd i stället ”Överför konton” i Google Authenticator
import-reason-secret-without-settings = säkerhetskopian innehåller dess hemliga nyckel, men inte dess inställningar
import-reason-settings-without-secret = säkerhetskopian innehåller dess inställningar, men inte dess hemliga nyckel
import-reason-not-encoded = ”{ $field }” är inte giltig { $encoding }
import-reason-migration-no-data = länken har ingen parameter data
import-reason-migration-not-export = uppgifterna är ingen export från Google Authenticator
## h-details: den tekniska uppgiften inom parentes efter ett skäl (import::Detail): vilket slags
## fel en parser hittade, och var; $line, $column, $n, $r, $p, $iterations, $code, $name,
## $value och $field är filens eller formatets egna värden.
import-detail-at = { $what } på rad { $line }, kolumn { $column }
import-detail-json-syntax = JSON-syntaxfel
import-detail-json-ends-early = JSON-texten tar slut för tidigt
import-detail-json-missing-field = fältet ”{ $field }” saknas
import-detail-json-duplicate-field = fältet ”{ $field }” upprepas
import-detail-json-wrong-type = ett värde av fel typ
import-detail-json-invalid-value = ett otillåtet värde
import-detail-json-content = oväntat innehåll
import-detail-zip-damaged = arkivet är skadat
import-detail-zip-ends-early = arkivet tar slut för tidigt
import-detail-zip-unsupported = det använder en ZIP-funktion som Zweifaktor inte kan läsa
import-detail-zip-compression = det använder ZIP-komprimeringsmetoden { $method }, som Zweifaktor inte kan läsa
import-detail-sqlite-not-a-database = resten av filen är ingen databas
import-detail-sqlite-damaged = databasen är skadad
import-detail-sqlite-too-large = den innehåller mer än vad som tillåts vid import
import-detail-sqlite-query = tabellerna är uppbyggda på ett annat sätt än i appen
import-detail-not-protobuf = inte i det förväntade protobuf-formatet
import-detail-xml-syntax = XML-syntaxfel
import-detail-xml-nesting = felaktigt nästlade XML-element
import-detail-xml-attribute = ett XML-attribut som inte har formen namn="värde"
import-detail-xml-reference = en ogiltig referens av formen &…;
import-detail-xml-encoding = text utanför filens teckenkodning
import-detail-scrypt = scrypt-parametrar N={ $n }, r={ $r }, p={ $p }
import-detail-pbkdf2-iterations = PBKDF2-omgångar: { $iterations }
import-detail-argon2-refused = Argon2 avvisar dem
import-detail-java-type-code = Java-typkod 0x{ $code }
import-detail-java-class = Java-klass { $name }
import-detail-java-field-type = Java-fälttyp { $code }
import-detail-number = värde { $value }
# En överhoppad post utan läsbara namn, efter dess plats i filen.
import-label-line = rad { $number }
import-label-entry = post { $number }
import-label-token = post { $key }
import-label-qr-code = QR-kod

## What is wrong with a damaged vault file (inside "format-damaged")
vault-damage-unknown-version = okänd formatversion
vault-damage-unknown-flags = okända flaggor
vault-damage-unknown-key-derivation = okänd nyckelhärledning
vault-damage-clear-list-too-long = namnlistan i filhuvudet är för lång
vault-damage-truncated = avkortad
vault-damage-unreadable-list = oläslig lista över konton
vault-damage-unreadable-contents = oläsligt innehåll

# h-no-english: varför en länk, en adress, en QR-kod eller en fil inte kan användas
## Varför en text inte är en otpauth://-länk (i "otp-uri")
uri-empty = texten är tom
uri-no-scheme = texten börjar inte med otpauth://
uri-unreadable = texten kan inte läsas som en länk ({ $reason })
uri-migration-export = det är en överföring från Google Authenticator (otpauth-migration://), inte ett enskilt konto
uri-other-scheme = texten börjar med ”{ $scheme }:” i stället för otpauth://
uri-no-type = typen saknas efter otpauth:// (totp, hotp eller steam)
otp-uri-encoder = okänd typ av engångslösenord ”{ $name }” med encoder ”{ $encoder }” i länken (encoder=steam hör bara till totp)
## Vad som är fel med en adress (i "procedure-url-invalid" och "uri-unreadable")
url-control-characters = den innehåller styrtecken
url-no-host = den anger ingen server
url-syntax-empty-host = servernamnet saknas
url-syntax-idna = det internationella domännamnet är ogiltigt
url-syntax-port = portnumret är ogiltigt
url-syntax-ipv4 = IPv4-adressen är ogiltig
url-syntax-ipv6 = IPv6-adressen är ogiltig
url-syntax-domain-character = servernamnet innehåller ett otillåtet tecken
url-syntax-relative = det är ingen fullständig adress
url-syntax-too-long = den är längre än 4 GB
url-syntax-other = det är ingen giltig adress
## Argon2:s regler för valvets nyckelhärledning (i "kdf-invalid")
kdf-argon2-memory-too-little = för lite minne
kdf-argon2-time-too-small = för få varv
kdf-argon2-threads-too-few = för få parallella spår
kdf-argon2-out-of-memory = den här datorn har inte tillräckligt med minne för det
kdf-argon2-other = de bryter mot en regel i Argon2
## Varför en QR-kod inte kan ritas (i "qr-encode")
qr-encode-module-size = en modul måste vara 1 till { $max } pixlar bred, inte { $px }
qr-encode-too-long = texten är för lång för en QR-kod
qr-encode-internal = ett internt fel
## Valvets lås
storage-lock-keeps-vanishing = det går inte att låsa { $path }: ett annat program tar bort låsfilen gång på gång (ett synkroniseringsprogram eller ett städskript?)
## Fler orsaker från systemet (i meddelandena om filer)
io-not-a-directory = en del av sökvägen är en fil, inte en mapp
io-directory-not-empty = mappen är inte tom
io-invalid-filename = namnet är inte tillåtet där (för långt, eller med tecken som den här disken inte godtar)
io-file-too-large = filen är för stor för den här disken
io-quota-exceeded = din lagringskvot är slut
io-crosses-devices = den kan inte flyttas till en annan disk
io-too-many-links = för många länkar
io-busy = ett annat program använder den; försök igen om en stund
io-deadlock = två program väntar på varandra; försök igen
io-timed-out = inget svar i tid (går det att nå nätverksenheten eller servern?)
io-stale-network-file = filen på nätverksenheten är inte längre giltig (ändrad eller borttagen på servern); öppna den igen
io-network-down = nätverket är inte tillgängligt
io-host-unreachable = servern kan inte nås
io-connection-refused = servern nekade anslutningen
io-connection-lost = anslutningen bröts
io-unexpected-eof = filen tar slut för tidigt (ofullständig?)
io-invalid-data = innehållet kan inte läsas
io-invalid-input = systemet godtog inte begäran (ett namn med ett tecken som det inte tillåter?)
io-write-zero = data kunde inte skrivas helt
io-out-of-memory = inte tillräckligt med minne
io-unsupported = det här systemet eller den här disken stöder inte det
io-interrupted = det avbröts; försök igen
# Allt annat: systemets felnummer, som en administratör kan slå upp.
io-system-error = systemfel { $code }
io-unknown-error = ett okänt systemfel
