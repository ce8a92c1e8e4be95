# Zweifaktor, Kern: Meldungen zu Fehlern, Warnungen und Berichten (Deutsch). Begriffe: siehe
# i18n/GLOSSARY.md (IT.NRW: Verfahren, Kennwort, Geheimschlüssel, Tresor, Zwischenablage).

## Warum eine Datei nicht gelesen oder geschrieben werden konnte

io-not-found = die Datei oder der Ordner existiert nicht
io-permission-denied = keine Berechtigung
io-already-exists = sie existiert bereits
io-storage-full = der Datenträger ist voll
io-read-only = der Datenträger ist schreibgeschützt
io-is-a-directory = das ist ein Ordner, keine Datei

## Die Dateien des Tresors

storage-no-vault = kein Tresor unter { $path }; legen Sie einen mit `zweifaktor init` an
storage-already-exists = unter { $path } gibt es bereits einen Tresor
storage-read = { $path } kann nicht gelesen werden: { $reason }
storage-write = { $path } kann nicht gespeichert werden: { $reason } (die vorige Fassung ist unverändert)
storage-lock = { $path } kann nicht gesperrt werden: { $reason }
storage-lock-lost = ein anderes Programm hat die Sperrdatei { $path } während der Änderung entfernt; es wurde nichts gespeichert, versuchen Sie es noch einmal

format-not-a-vault = diese Datei ist kein Zweifaktor-Tresor
format-newer-version = dieser Tresor stammt von einem neueren Zweifaktor (Format { $version }); aktualisieren Sie Zweifaktor, um ihn zu öffnen
format-damaged = die Tresordatei ist beschädigt ({ $detail })

kdf-too-much-memory = der Tresor verlangt { $memory_kib } KiB Speicher für die Schlüsselableitung, mehr als die erlaubten 4 GiB; die Datei ist beschädigt oder nicht vertrauenswürdig
kdf-too-many-passes = der Tresor verlangt { $passes } Durchläufe der Schlüsselableitung (höchstens { $max } erlaubt); die Datei ist beschädigt oder nicht vertrauenswürdig
kdf-too-many-lanes = der Tresor verlangt { $lanes } parallele Stränge der Schlüsselableitung (höchstens { $max } erlaubt); die Datei ist beschädigt oder nicht vertrauenswürdig
kdf-invalid = die Parameter der Schlüsselableitung des Tresors sind ungültig: { $detail }

vault-wrong-password-or-damaged = falsches Kennwort, oder die Tresordatei ist beschädigt
vault-secrets-erased = die Geheimschlüssel wurden nach zu vielen falschen Kennwörtern gelöscht; ein neues Kennwort muss festgelegt werden
vault-key-changed = der Schlüssel des Tresors wurde von einem anderen Programm geändert (neues Kennwort?); bitte erneut entsperren

## Entsperren

unlock-wrong-password = { $attempts_left ->
    [one] falsches Kennwort; noch 1 Fehlversuch, dann werden die Geheimschlüssel gelöscht
   *[other] falsches Kennwort; noch { $attempts_left } Fehlversuche, dann werden die Geheimschlüssel gelöscht
}
unlock-wrong-password-locked = { $attempts_left ->
    [one] falsches Kennwort; noch 1 Fehlversuch, dann werden die Geheimschlüssel gelöscht; gesperrt für { $seconds } Sekunden
   *[other] falsches Kennwort; noch { $attempts_left } Fehlversuche, dann werden die Geheimschlüssel gelöscht; gesperrt für { $seconds } Sekunden
}
unlock-locked = { $seconds ->
    [one] zu viele falsche Kennwörter: gesperrt für noch 1 Sekunde
   *[other] zu viele falsche Kennwörter: gesperrt für noch { $seconds } Sekunden
}
unlock-erased-now = zu viele falsche Kennwörter: die Geheimschlüssel wurden gelöscht. Die Liste der Verfahren bleibt erhalten; legen Sie ein neues Kennwort fest und richten Sie die Verfahren neu ein
unlock-secrets-erased = die Geheimschlüssel wurden nach zu vielen falschen Kennwörtern (oder durch Zurücksetzen) gelöscht; legen Sie ein neues Kennwort fest, um fortzufahren

## Kennworthinweise

password-needs = das Kennwort braucht { $rules }
password-rule-long-enough = mindestens { $min } Zeichen
password-rule-uppercase = einen Großbuchstaben
password-rule-lowercase = einen Kleinbuchstaben
password-rule-digit = eine Ziffer
password-rule-special = ein Sonderzeichen
list-separator = ,{" "}

## Codes, Geheimschlüssel und otpauth://-Links

otp-empty-secret = der Geheimschlüssel ist leer
otp-invalid-base32 = der Geheimschlüssel enthält an Stelle { $position } das ungültige Zeichen „{ $character }“ (Base32 besteht aus den Buchstaben A–Z und den Ziffern 2–7)
otp-digits = { $digits } Stellen werden nicht unterstützt (4 bis 9 sind möglich; die meisten Dienste verwenden 6)
otp-period = eine Gültigkeitsdauer von { $period } Sekunden wird nicht unterstützt (1 bis 120 sind möglich; die meisten Dienste verwenden 30)
otp-steam-parameters = Steam-Codes verwenden immer SHA1 und 5 Zeichen
otp-algorithm = unbekannter Algorithmus „{ $name }“ (möglich sind sha1, sha256 oder sha512)
otp-uri = kein otpauth-Link: { $detail }
otp-secret-too-long = der Geheimschlüssel ist { $bytes } Byte lang; erlaubt sind höchstens { $max }
otp-secret-too-short = { $characters ->
    [one] der Geheimschlüssel ist zu kurz: 1 Base32-Zeichen ergibt noch kein Byte
   *[other] der Geheimschlüssel ist zu kurz: { $characters } Base32-Zeichen ergeben noch kein Byte
}
otp-uri-type = unbekannte Code-Art „{ $name }“ im Link (möglich sind totp, hotp oder steam)
otp-missing-parameter = dem Link fehlt der Parameter { $parameter }
otp-bad-number = der Wert „{ $value }“ des Parameters { $parameter } ist keine gültige Zahl
otp-duplicate-parameter = der Link enthält den Parameter { $parameter } zweimal mit verschiedenen Werten
otp-steam-period = Steam-Codes wechseln immer alle 30 Sekunden, nicht alle { $period }

otp-warning-short-secret = der Geheimschlüssel ist nur { $bits } Bit lang; RFC 4226 verlangt mindestens 128 (er wird trotzdem verwendet)
otp-warning-dangling-character = das letzte Zeichen des Geheimschlüssels ergibt kein ganzes Byte und wurde nicht verwendet
otp-warning-issuer-mismatch = die Bezeichnung nennt den Aussteller „{ $label }“, der Parameter issuer aber „{ $parameter }“; verwendet wird „{ $parameter }“

## Verfahren

procedure-empty-name = der Name darf nicht leer sein
procedure-too-long = { $field ->
    [name] der Name
    [issuer] der Aussteller
    [account] das Konto
   *[other] die Adresse
} ist { $chars } Zeichen lang; erlaubt sind höchstens { $max }
procedure-counter-exhausted = der Zähler ist erschöpft: { $max } ist der größte HOTP-Zähler; richten Sie dieses Verfahren mit einem neuen Geheimschlüssel neu ein
procedure-url-scheme = die Adresse muss mit http:// oder https:// beginnen (angegeben: „{ $url }“)
procedure-url-invalid = die Adresse „{ $url }“ ist ungültig: { $detail }
find-not-found = es gibt kein Verfahren namens „{ $query }“
find-ambiguous = „{ $query }“ passt auf mehrere Verfahren; geben Sie mehr von der ID an:
    { $matches }

## Importe

import-password-required = diese Datei ist verschlüsselt; ihr Kennwort wird benötigt
import-wrong-password = falsches Kennwort für diese Datei (oder die Datei ist beschädigt)
import-not-this-format = die Datei ist kein Export im Format { $format }: { $reason }
import-damaged = die Datei (Format: { $format }) ist beschädigt oder unvollständig: { $reason }
import-unsupported = die Datei (Format: { $format }) enthält etwas, das Zweifaktor nicht lesen kann: { $reason }
import-empty = die Datei ist leer
import-too-large = die Datei ist { $size } Byte groß; Exporte über { $max } Byte werden abgelehnt
import-unknown-format = das Format der Datei wurde nicht erkannt; wählen Sie es selbst (--format)
import-cannot-read = { $path } kann nicht gelesen werden: { $reason }
import-source-export = dem Export von { $format }
import-source-database = der App-Datenbank von { $app }
import-source-qr-codes = den QR-Codes
import-format-database = App-Datenbank von { $app }
import-format-otpauth-list = otpauth://-Linkliste
import-format-zweifaktor-backup = Zweifaktor-Sicherungskopie
import-duplicate = schon im Tresor
import-skipped-empty-secret = der Geheimschlüssel ist leer
import-skipped-no-secret = der Eintrag hat keinen Geheimschlüssel
import-skipped-unsupported-codes = { $kind }-Codes werden von Zweifaktor nicht unterstützt
import-skipped-in-trash = er liegt im Papierkorb von Ente
import-skipped-undecryptable = der Geheimschlüssel lässt sich mit diesem Kennwort nicht entschlüsseln

## QR-Codes

qr-not-an-image = diese Datei ist kein PNG- oder JPEG-Bild
qr-unreadable = das Bild kann nicht gelesen werden (beschädigt oder unvollständig?)
qr-too-large = das Bild ist zu groß; gelesen werden Bilder bis { $max }×{ $max } Pixel
qr-no-code = Kein QR-Code gefunden. Achten Sie darauf, dass der ganze Code zu sehen und nicht zu klein ist, oder fügen Sie stattdessen den Geheimschlüssel ein.
qr-pixel-count = der Pixelpuffer enthält { $actual } Byte, { $width }×{ $height } Pixel brauchen aber { $expected }
qr-encode = der QR-Code kann nicht gezeichnet werden: { $detail }
qr-not-otp = dieser QR-Code enthält keinen Geheimschlüssel für Einmalkennwörter
qr-bad-otpauth = dieser QR-Code enthält einen otpauth://-Link, der nicht verwendet werden kann: { $reason }
qr-bad-transfer = dieser QR-Code enthält eine Übertragung aus Google Authenticator, die nicht verwendet werden kann: { $reason }
qr-missing-parts = { $received } von { $total } Teilen einer Übertragung aus Google Authenticator in diesen Bildern (es fehlen: { $missing }); scannen Sie auch die übrigen
qr-gone = dieses Verfahren ist nicht mehr im Tresor
qr-no-secret = „{ $name }“ hat keinen Geheimschlüssel zum Anzeigen: es muss erst neu eingerichtet werden

## Exporte

export-password-too-short = das Kennwort der Exportdatei muss mindestens { $min } Zeichen haben
export-password-missing = dieses Format ist verschlüsselt: der Export braucht ein eigenes Kennwort
export-backup = die Sicherung kann nicht erstellt werden: { $reason }
export-key-derivation = der Schlüssel für den Export kann nicht abgeleitet werden
export-encryption = der Export kann nicht verschlüsselt werden
export-failed = { $reason }; es wurde nichts exportiert
export-nothing = kein Verfahren kann in diesem Format ({ $format }) exportiert werden; es wurde nichts geschrieben
export-report = { $count ->
    [one] 1 Verfahren exportiert nach { $path } ({ $format }):
   *[other] { $count } Verfahren exportiert nach { $path } ({ $format }):
}
export-unencrypted-warning = die Datei enthält Ihre Geheimschlüssel unverschlüsselt: wer sie lesen kann, kann Ihre Codes erzeugen. Importieren Sie sie, wo Sie sie brauchen, und löschen Sie sie dann.
export-needs-reenrollment = sein Geheimschlüssel wurde gelöscht; es muss erst neu eingerichtet werden
export-google-period = Google Authenticator unterstützt nur Codes, die alle { $default } Sekunden wechseln, nicht alle { $period }
export-google-counter = Google Authenticator kann den Zähler { $counter } nicht speichern
export-google-steam = Google Authenticator unterstützt keine Steam-Codes
export-google-digits = Google Authenticator unterstützt nur 6 oder 8 Stellen, nicht { $digits }
export-format-zweifaktor = Zweifaktor-Sicherungskopie
export-format-aegis = verschlüsselter Aegis-Tresor
export-format-otpauth = otpauth://-Liste
export-format-google-migration = Übertragungslinks für Google Authenticator

## Dateien mit Geheimschlüsseln (Exporte, QR-Code-Bilder): immer neue Dateien

new-file-no-path = geben Sie den Pfad der Datei ein
new-file-exists = { $path } existiert bereits; wählen Sie einen anderen Dateinamen (es wurde nichts geschrieben)
new-file-no-folder = der Ordner { $path } existiert nicht (es wurde nichts geschrieben)
new-file-write = { $path } kann nicht geschrieben werden: { $reason } (es wurde nichts geschrieben)

## h-import-words: warum eine Datei oder einer ihrer Einträge nicht importiert werden kann.
## $field, $name, $column, $table, $kind und $host sind die Wörter der Datei selbst.

import-reason-with-detail = { $reason } ({ $detail })
import-reason-not-text = die Datei ist kein Text (UTF-8)
import-reason-not-json = sie ist kein JSON
import-reason-unexpected-content = ihr Inhalt ist nicht das, was dieses Format enthält
import-reason-no-otpauth-line = keine Zeile beginnt mit otpauth://
import-reason-no-signature = sie beginnt nicht mit der Dateikennung des Formats
import-reason-not-zip = sie ist kein ZIP-Archiv
import-reason-zip-unreadable = das ZIP-Archiv kann nicht gelesen werden
import-reason-zip-without = das ZIP-Archiv enthält keine Datei { $name }
import-reason-zip-too-large = { $name } gibt { $size } Byte aus { $compressed } komprimierten Byte an: weit mehr als jeder Export (ein beschädigtes oder manipuliertes Archiv)
import-reason-not-sqlite = sie ist keine SQLite-Datenbank
import-reason-no-table = sie ist eine SQLite-Datenbank, aber ohne die Tabelle „{ $table }“ der App ({ $columns })
import-reason-ends-early = die Datei endet zu früh
import-reason-ends-in-header = die Datei endet im Kopf der Datenbank ({ $length } Byte)
import-reason-cut-off = die Datei ist { $length } Byte groß, ihr Kopf nennt aber { $expected }: sie wurde abgeschnitten
import-reason-not-whole-pages = die Datei ist { $length } Byte groß, keine ganze Zahl von Seiten zu { $page_size } Byte: sie wurde abgeschnitten
import-reason-page-size = der Kopf nennt eine unmögliche Seitengröße ({ $size })
import-reason-sqlite = SQLite kann sie nicht lesen
import-reason-column-not-text = „{ $column }“ ist kein Text
import-reason-column-not-number = „{ $column }“ ist keine ganze Zahl
import-reason-encrypted-cut = die verschlüsselten Daten sind abgeschnitten
import-reason-missing = „{ $field }“ fehlt
import-reason-unreadable = „{ $field }“ kann nicht gelesen werden
import-reason-wrong-size = „{ $field }“ ist { $length } Byte lang statt { $expected }
import-reason-malformed = „{ $field }“ ist nicht wie erwartet
import-reason-not-authentic = die verschlüsselten Daten passen nicht zu ihrer Prüfsumme (verändert oder beschädigt)
import-reason-decrypted-unreadable = der entschlüsselte Inhalt kann nicht gelesen werden
import-reason-no-accounts = der Export enthält keine Verfahren
import-reason-version = sie hat die Version { $found }; unterstützt werden die Versionen { $min } bis { $max }
import-reason-unknown-method = sie verwendet { $name }, das Zweifaktor nicht kennt
import-reason-kdf-parameters = die Parameter ihrer Schlüsselableitung sind ungültig
import-reason-kdf-memory = ihre Schlüsselableitung verlangt { $mib } MiB Speicher; beim Import sind höchstens { $max_mib } MiB erlaubt
import-reason-kdf-passes = ihre Schlüsselableitung verlangt { $passes } Argon2-Durchläufe; beim Import sind höchstens { $max } erlaubt
import-reason-scrypt-work = die scrypt-Parameter N={ $n }, r={ $r }, p={ $p } verlangen mehr Rechenarbeit, als beim Import erlaubt ist ((N+2)·r·p höchstens { $max })
import-reason-scrypt-slots-work = ihre { $slots } Kennwort-Slots verlangen zusammen mehr scrypt-Rechenarbeit, als beim Import erlaubt ist ((N+2)·r·p zusammen höchstens { $max })
import-reason-scrypt-memory = die scrypt-Parameter N={ $n }, r={ $r }, p={ $p } verlangen mehr als { $max_mib } MiB Speicher, das Höchste, was beim Import erlaubt ist
import-reason-pbkdf2-iterations = sie verlangt { $iterations } PBKDF2-Durchläufe; beim Import sind höchstens { $max } erlaubt
import-reason-pbkdf2-tokens = { $tokens } verschlüsselte Token, jedes mit eigenem Schlüssel, verlangen { $iterations } PBKDF2-Durchläufe; beim Import sind höchstens { $max } erlaubt
import-reason-aegis-no-password-slot = der Tresor hat keinen Kennwort-Slot (nur Biometrie- oder Schlüssel-Slots, die nur auf dem Telefon funktionieren); exportieren Sie ihn erneut mit einem Kennwort
import-reason-aegis-too-many-slots = der Tresor nennt { $slots } Kennwort-Slots; Aegis schreibt einen
import-reason-bitwarden-encrypted = verschlüsselte Bitwarden-Exporte können nicht gelesen werden; exportieren Sie erneut als „.json“ (nicht „.json (Encrypted)“)
import-reason-csv-without = die CSV-Datei hat keine Spalte { $column }
import-reason-ente-encrypted = verschlüsselte Ente-Exporte können noch nicht gelesen werden; exportieren Sie erneut aus Ente Auth ohne Kennwort (als Klartext)
import-reason-not-migration-link = der Text beginnt nicht mit otpauth-migration://
import-reason-not-offline-link = otpauth-migration://{ $host } ist nicht der Export-Link (offline) von Google
import-reason-too-many-parts = laut Link hat der Export { $parts } Teile (gelesen werden höchstens { $max })
import-reason-other-transfer = dieser QR-Code gehört zu einer anderen Übertragung von Google Authenticator als die bisher gescannten
import-reason-part-out-of-range = laut Link ist dies Teil { $part } von { $parts }
import-reason-entry-unreadable = der Eintrag kann nicht gelesen werden
import-reason-unknown-otp-type = unbekannte Code-Art { $kind }
import-reason-unknown-algorithm = unbekannter Algorithmus { $name }
import-reason-algorithm-number = unbekannte Algorithmus-Nummer { $number }
import-reason-digits = { $digits } Stellen werden nicht unterstützt
import-reason-period = ein Intervall von { $period } Sekunden wird nicht unterstützt
import-reason-negative-counter = der Zähler { $counter } ist negativ
import-reason-erased = sein Geheimschlüssel war vor der Sicherung gelöscht; richten Sie ihn neu ein
import-reason-backup-erased = die Geheimschlüssel wurden nach zu vielen Fehlversuchen gelöscht, bevor diese Sicherung entstand
import-reason-duo-push = der Eintrag hat keinen Generator für Einmalkennwörter (ein Duo-Push-Konto?)
import-reason-authy-seed = Authys eigene Konten (10-Sekunden-Codes aus einem geheimen Startwert) werden nicht unterstützt
import-reason-unknown-account-type = unbekannte Kontoart { $kind }
import-reason-microsoft-work-account = ein Geschäfts- oder Schulkonto: es meldet sich per Benachrichtigung der App an, was Zweifaktor nicht kann
import-reason-microsoft-key-on-phone = der Geheimschlüssel ist mit einem Schlüssel verschlüsselt, der auf dem Telefon bleibt; richten Sie das Konto auf seiner Website neu ein
import-reason-google-key-on-phone = der Geheimschlüssel ist mit einem Schlüssel verschlüsselt, der auf dem Telefon bleibt; verwenden Sie stattdessen „Konten übertragen“ in Google Authenticator
import-reason-secret-without-settings = die Sicherung enthält seinen Geheimschlüssel, aber nicht seine Einstellungen
import-reason-settings-without-secret = die Sicherung enthält seine Einstellungen, aber nicht seinen Geheimschlüssel
import-reason-not-encoded = „{ $field }“ ist kein gültiges { $encoding }
import-reason-migration-no-data = der Link hat keinen Parameter data
import-reason-migration-not-export = die Daten sind kein Export von Google Authenticator
## h-details: die technische Angabe in Klammern nach einem Grund (import::Detail): die Art des
## Fehlers, den ein Parser fand, und wo; $line, $column, $n, $r, $p, $iterations, $code, $name,
## $value und $field sind Werte der Datei oder des Formats.
import-detail-at = { $what } in Zeile { $line }, Spalte { $column }
import-detail-json-syntax = JSON-Syntaxfehler
import-detail-json-ends-early = das JSON endet zu früh
import-detail-json-missing-field = das Feld „{ $field }“ fehlt
import-detail-json-duplicate-field = das Feld „{ $field }“ wiederholt sich
import-detail-json-wrong-type = ein Wert vom falschen Typ
import-detail-json-invalid-value = ein nicht erlaubter Wert
import-detail-json-content = unpassender Inhalt
import-detail-zip-damaged = das Archiv ist beschädigt
import-detail-zip-ends-early = das Archiv endet zu früh
import-detail-zip-unsupported = es verwendet eine ZIP-Funktion, die Zweifaktor nicht lesen kann
import-detail-zip-compression = es verwendet die ZIP-Kompressionsmethode { $method }, die Zweifaktor nicht lesen kann
import-detail-sqlite-not-a-database = der Rest der Datei ist keine Datenbank
import-detail-sqlite-damaged = die Datenbank ist beschädigt
import-detail-sqlite-too-large = sie enthält mehr, als beim Import erlaubt ist
import-detail-sqlite-query = ihre Tabellen sind anders aufgebaut, als die App sie anlegt
import-detail-not-protobuf = nicht im erwarteten Protobuf-Format
import-detail-xml-syntax = XML-Syntaxfehler
import-detail-xml-nesting = falsch verschachtelte XML-Elemente
import-detail-xml-attribute = ein XML-Attribut nicht nach dem Muster Name="Wert"
import-detail-xml-reference = ein ungültiger Verweis der Form &…;
import-detail-xml-encoding = Text außerhalb der Zeichenkodierung der Datei
import-detail-scrypt = scrypt-Parameter N={ $n }, r={ $r }, p={ $p }
import-detail-pbkdf2-iterations = PBKDF2-Durchläufe: { $iterations }
import-detail-argon2-refused = Argon2 lehnt sie ab
import-detail-java-type-code = Java-Typcode 0x{ $code }
import-detail-java-class = Java-Klasse { $name }
import-detail-java-field-type = Java-Feldtyp { $code }
import-detail-number = Wert { $value }
# Ein übersprungener Eintrag ohne lesbare Namen, nach seiner Stelle in der Datei.
import-label-line = Zeile { $number }
import-label-entry = Eintrag { $number }
import-label-token = Token { $key }
import-label-qr-code = QR-Code

## What is wrong with a damaged vault file (inside "format-damaged")
vault-damage-unknown-version = unbekannte Formatversion
vault-damage-unknown-flags = unbekannte Kennzeichen
vault-damage-unknown-key-derivation = unbekannte Schlüsselableitung
vault-damage-clear-list-too-long = Namensliste im Dateikopf zu lang
vault-damage-truncated = abgeschnitten
vault-damage-unreadable-list = unlesbare Liste der Verfahren
vault-damage-unreadable-contents = unlesbarer Inhalt

# h-no-english: warum ein Link, eine Adresse, ein QR-Code oder eine Datei nicht verwendet werden kann
## Warum ein Text kein otpauth://-Link ist (in „otp-uri“)
uri-empty = der Text ist leer
uri-no-scheme = der Text beginnt nicht mit otpauth://
uri-unreadable = der Text kann nicht als Link gelesen werden ({ $reason })
uri-migration-export = das ist eine Übertragung aus Google Authenticator (otpauth-migration://), kein einzelnes Konto
uri-other-scheme = der Text beginnt mit „{ $scheme }:“ statt mit otpauth://
uri-no-type = nach otpauth:// fehlt die Code-Art (totp, hotp oder steam)
otp-uri-encoder = unbekannte Code-Art „{ $name }“ mit encoder „{ $encoder }“ im Link (encoder=steam gibt es nur zu totp)
## Was an einer Adresse falsch ist (in „procedure-url-invalid“ und „uri-unreadable“)
url-control-characters = sie enthält Steuerzeichen
url-no-host = sie nennt keinen Server
url-syntax-empty-host = der Servername fehlt
url-syntax-idna = der internationale Domainname ist ungültig
url-syntax-port = die Portnummer ist ungültig
url-syntax-ipv4 = die IPv4-Adresse ist ungültig
url-syntax-ipv6 = die IPv6-Adresse ist ungültig
url-syntax-domain-character = der Servername enthält ein unzulässiges Zeichen
url-syntax-relative = das ist keine vollständige Adresse
url-syntax-too-long = sie ist länger als 4 GB
url-syntax-other = das ist keine gültige Adresse
## Die Regeln von Argon2 für die Schlüsselableitung des Tresors (in „kdf-invalid“)
kdf-argon2-memory-too-little = zu wenig Speicher
kdf-argon2-time-too-small = zu wenige Durchläufe
kdf-argon2-threads-too-few = zu wenige parallele Stränge
kdf-argon2-out-of-memory = dieser Computer hat dafür nicht genug Arbeitsspeicher
kdf-argon2-other = sie verletzen eine Regel von Argon2
## Warum ein QR-Code nicht gezeichnet werden kann (in „qr-encode“)
qr-encode-module-size = ein Modul muss 1 bis { $max } Pixel breit sein, nicht { $px }
qr-encode-too-long = der Text ist zu lang für einen QR-Code
qr-encode-internal = ein interner Fehler
## Die Sperre des Tresors
storage-lock-keeps-vanishing = { $path } kann nicht gesperrt werden: ein anderes Programm entfernt die Sperrdatei immer wieder (ein Synchronisationsprogramm oder ein Aufräumskript?)
## Weitere Gründe des Systems (in den Meldungen zu Dateien)
io-not-a-directory = ein Teil des Pfads ist eine Datei, kein Ordner
io-directory-not-empty = der Ordner ist nicht leer
io-invalid-filename = der Name ist dort nicht erlaubt (zu lang oder mit Zeichen, die dieser Datenträger nicht annimmt)
io-file-too-large = die Datei ist zu groß für diesen Datenträger
io-quota-exceeded = Ihr Speicherkontingent ist ausgeschöpft
io-crosses-devices = sie kann nicht auf einen anderen Datenträger verschoben werden
io-too-many-links = zu viele Verknüpfungen
io-busy = ein anderes Programm verwendet sie gerade; versuchen Sie es gleich noch einmal
io-deadlock = zwei Programme warten aufeinander; versuchen Sie es noch einmal
io-timed-out = keine Antwort in der vorgesehenen Zeit (ist das Netzlaufwerk oder der Server erreichbar?)
io-stale-network-file = die Datei auf dem Netzlaufwerk ist nicht mehr gültig (auf dem Server geändert oder entfernt); öffnen Sie sie noch einmal
io-network-down = das Netzwerk ist nicht verfügbar
io-host-unreachable = der Server ist nicht erreichbar
io-connection-refused = der Server hat die Verbindung abgelehnt
io-connection-lost = die Verbindung wurde unterbrochen
io-unexpected-eof = die Datei endet zu früh (unvollständig?)
io-invalid-data = der Inhalt kann nicht gelesen werden
io-invalid-input = das System hat die Anfrage nicht angenommen (ein Name mit einem Zeichen, das es nicht erlaubt?)
io-write-zero = die Daten konnten nicht vollständig geschrieben werden
io-out-of-memory = nicht genug Arbeitsspeicher
io-unsupported = dieses System oder dieser Datenträger unterstützt das nicht
io-interrupted = der Vorgang wurde unterbrochen; versuchen Sie es noch einmal
# Alles andere: die Fehlernummer des Systems, die die IT nachschlagen kann.
io-system-error = Systemfehler { $code }
io-unknown-error = ein unbekannter Systemfehler
