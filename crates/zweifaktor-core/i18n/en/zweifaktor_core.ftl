# Zweifaktor's core: what its errors, warnings and reports say (English: the fallback; every
# message here must exist in every other language). Terms: see i18n/GLOSSARY.md at the top of
# the repository.

## Why a file could not be read or written (the system's reason)

io-not-found = the file or folder does not exist
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the disk is write-protected
io-is-a-directory = it is a folder, not a file

## The vault's files

storage-no-vault = no vault at { $path }; create one with `zweifaktor init`
storage-already-exists = a vault already exists at { $path }
storage-read = cannot read { $path }: { $reason }
storage-write = cannot save { $path }: { $reason } (the previous version is unchanged)
storage-lock = cannot lock { $path }: { $reason }
storage-lock-lost = another program removed the lock file { $path } during the change; nothing was saved, try again

format-not-a-vault = this file is not a Zweifaktor vault
format-newer-version = this vault was written by a newer Zweifaktor (format { $version }); update Zweifaktor to open it
format-damaged = the vault file is damaged ({ $detail })

kdf-too-much-memory = the vault asks for { $memory_kib } KiB of memory for key derivation, more than the 4 GiB allowed; the file is damaged or not trustworthy
kdf-too-many-passes = the vault asks for { $passes } key-derivation passes (at most { $max } allowed); the file is damaged or not trustworthy
kdf-too-many-lanes = the vault asks for { $lanes } key-derivation lanes (at most { $max } allowed); the file is damaged or not trustworthy
kdf-invalid = the vault's key-derivation parameters are invalid: { $detail }

vault-wrong-password-or-damaged = wrong password, or the vault file is damaged
vault-secrets-erased = the secrets were erased after too many wrong passwords; a new password must be set
vault-key-changed = the vault's key was changed by another program (new password?); unlock again

## Unlocking

unlock-wrong-password = { $attempts_left ->
    [one] wrong password; 1 more wrong attempt and the secrets are erased
   *[other] wrong password; { $attempts_left } more wrong attempts and the secrets are erased
}
unlock-wrong-password-locked = { $attempts_left ->
    [one] wrong password; 1 more wrong attempt and the secrets are erased; locked for { $seconds } seconds
   *[other] wrong password; { $attempts_left } more wrong attempts and the secrets are erased; locked for { $seconds } seconds
}
unlock-locked = { $seconds ->
    [one] too many wrong passwords: locked for 1 more second
   *[other] too many wrong passwords: locked for { $seconds } more seconds
}
unlock-erased-now = too many wrong passwords: the secrets were erased. The list of procedures is kept; set a new password and enroll them again
unlock-secrets-erased = the secrets were erased after too many wrong passwords (or a reset); set a new password to go on

## The master password's rules (listed one by one; "met" / "not met" beside each)

password-needs = the password needs { $rules }
password-rule-long-enough = at least { $min } characters
password-rule-uppercase = one uppercase letter
password-rule-lowercase = one lowercase letter
password-rule-digit = one digit
password-rule-special = one special character
# Joins the rules a password misses: "one digit, one special character".
list-separator = ,{" "}

## Codes, secrets and otpauth:// links

otp-empty-secret = the secret is empty
otp-invalid-base32 = the secret has an invalid character '{ $character }' at position { $position } (Base32 uses the letters A-Z and the digits 2-7)
otp-digits = { $digits } digits are not supported (use 4 to 9; most services use 6)
otp-period = a period of { $period } seconds is not supported (use 1 to 120; most services use 30)
otp-steam-parameters = Steam codes always use SHA1 and 5 characters
otp-algorithm = unknown algorithm "{ $name }" (use sha1, sha256 or sha512)
otp-uri = not an otpauth URI: { $detail }
otp-secret-too-long = the secret is { $bytes } bytes long; at most { $max } are allowed
otp-secret-too-short = { $characters ->
    [one] the secret is too short: 1 Base32 character does not make a single byte
   *[other] the secret is too short: { $characters } Base32 characters do not make a single byte
}
otp-uri-type = unknown OTP type "{ $name }" in the URI (use totp, hotp or steam)
otp-missing-parameter = the URI has no { $parameter } parameter, which it needs
otp-bad-number = the { $parameter } parameter "{ $value }" is not a valid number
otp-duplicate-parameter = the URI gives the { $parameter } parameter twice, with different values
otp-steam-period = Steam codes always change every 30 seconds, not every { $period }

otp-warning-short-secret = the secret is only { $bits } bits long; RFC 4226 asks for at least 128 (it is used as given)
otp-warning-dangling-character = the last character of the secret carries no whole byte and was not used
otp-warning-issuer-mismatch = the label names the issuer "{ $label }" but the issuer parameter says "{ $parameter }"; using "{ $parameter }"

## Procedures

procedure-empty-name = the name must not be empty
procedure-too-long = { $field ->
    [name] the name
    [issuer] the issuer
    [account] the account
   *[other] the URL
} is { $chars } characters long; at most { $max } are allowed
procedure-counter-exhausted = the counter is exhausted: { $max } is the largest HOTP counter; enroll this procedure again with a new secret
procedure-url-scheme = the URL must start with http:// or https:// (got "{ $url }")
procedure-url-invalid = the URL "{ $url }" is not valid: { $detail }
find-not-found = no procedure is named "{ $query }"
find-ambiguous = "{ $query }" matches several procedures; use more of the id:
    { $matches }

## Imports

import-password-required = this file is encrypted; its password is needed
import-wrong-password = wrong password for this file (or the file is damaged)
import-not-this-format = the file is not a { $format } export: { $reason }
import-damaged = the { $format } file is damaged or incomplete: { $reason }
import-unsupported = the { $format } file uses something Zweifaktor cannot read: { $reason }
import-empty = the file is empty
import-too-large = the file is { $size } bytes; exports larger than { $max } bytes are refused
import-unknown-format = the file's format was not recognised; choose it by hand (--format)
import-cannot-read = cannot read { $path }: { $reason }
# Where the entries came from, in "Imported 3 procedures from …".
import-source-export = the { $format } export
import-source-database = the { $app } app database
import-source-qr-codes = the QR codes
# Import formats that are no app's name alone.
import-format-database = { $app } database
import-format-otpauth-list = otpauth:// URI list
import-format-zweifaktor-backup = Zweifaktor backup
# Why an entry of an import is not added.
import-duplicate = already in the vault
import-skipped-empty-secret = the secret is empty
import-skipped-no-secret = the entry has no secret
import-skipped-unsupported-codes = { $kind } codes are not supported by Zweifaktor
import-skipped-in-trash = it is in Ente's trash
import-skipped-undecryptable = the secret does not decrypt with this password

## QR codes

qr-not-an-image = this file is not a PNG or JPEG image
qr-unreadable = the image cannot be read (damaged or incomplete?)
qr-too-large = the image is too large; images up to { $max }×{ $max } pixels are read
qr-no-code = No QR code found. Make sure the whole code is visible and not too small, or paste the secret instead.
qr-pixel-count = the pixel buffer holds { $actual } bytes, but { $width }×{ $height } pixels need { $expected }
qr-encode = cannot draw the QR code: { $detail }
qr-not-otp = this QR code holds no one-time-password secret
qr-bad-otpauth = this QR code holds an otpauth:// link that cannot be used: { $reason }
qr-bad-transfer = this QR code holds a Google Authenticator transfer that cannot be used: { $reason }
qr-missing-parts = { $received } of { $total } parts of a Google Authenticator transfer in these images (missing: { $missing }); scan the others too
qr-gone = this procedure is no longer in the vault
qr-no-secret = "{ $name }" has no secret to show: it must be enrolled again first

## Exports

export-password-too-short = the export password must have at least { $min } characters
export-password-missing = this format is encrypted: the export needs a password of its own
export-backup = cannot create the backup: { $reason }
export-key-derivation = cannot derive the export key
export-encryption = cannot encrypt the export
export-failed = { $reason }; nothing was exported
export-nothing = no procedure can be exported in this format ({ $format }); nothing was written
export-report = { $count ->
    [one] Exported 1 procedure to { $path } ({ $format }):
   *[other] Exported { $count } procedures to { $path } ({ $format }):
}
export-unencrypted-warning = the file holds your secrets unencrypted: anyone who can read it can make your codes. Import it where you need it, then delete it.
export-needs-reenrollment = its secret was erased; it must be enrolled again first
export-google-period = Google Authenticator supports only codes that change every { $default } seconds, not every { $period }
export-google-counter = Google Authenticator cannot store the counter { $counter }
export-google-steam = Google Authenticator does not support Steam codes
export-google-digits = Google Authenticator supports only 6 or 8 digits, not { $digits }
# The formats, as the export dialog and the command line name them.
export-format-zweifaktor = Zweifaktor backup
export-format-aegis = encrypted Aegis vault
export-format-otpauth = otpauth:// list
export-format-google-migration = Google Authenticator transfer links

## Files that hold secrets (exports, QR code images): always new files

new-file-no-path = enter the file's path
new-file-exists = { $path } already exists; choose another file name (nothing was written)
new-file-no-folder = the folder { $path } does not exist (nothing was written)
new-file-write = cannot write { $path }: { $reason } (nothing was written)

## h-import-words: why a file or one of its entries cannot be imported (import::Reason).
## $field, $name, $column, $table, $kind and $host are the file's own words, shown as they are.

import-reason-with-detail = { $reason } ({ $detail })
import-reason-not-text = the file is not text (UTF-8)
import-reason-not-json = not JSON
import-reason-unexpected-content = unexpected content
import-reason-no-otpauth-line = no line starts with otpauth://
import-reason-no-signature = it does not start with the format's file signature
import-reason-not-zip = not a ZIP archive
import-reason-zip-unreadable = the ZIP archive is not readable
import-reason-zip-without = the ZIP archive holds no { $name }
import-reason-zip-too-large = { $name } claims { $size } bytes from { $compressed } compressed: far more than any export (a damaged or hostile archive)
import-reason-not-sqlite = not an SQLite database
import-reason-no-table = an SQLite database, but without the app's table `{ $table }` ({ $columns })
import-reason-ends-early = the file ends too early
import-reason-ends-in-header = the file ends inside the database header ({ $length } bytes)
import-reason-cut-off = the file is { $length } bytes, but its header says { $expected }: it was cut off
import-reason-not-whole-pages = the file is { $length } bytes, not a whole number of { $page_size }-byte pages: it was cut off
import-reason-page-size = the header gives an impossible page size ({ $size })
import-reason-sqlite = SQLite could not read it
import-reason-column-not-text = `{ $column }` is not text
import-reason-column-not-number = `{ $column }` is not a whole number
import-reason-encrypted-cut = the encrypted data is cut off
import-reason-missing = `{ $field }` is missing
import-reason-unreadable = `{ $field }` is not readable
import-reason-wrong-size = `{ $field }` is { $length } bytes, not { $expected }
import-reason-malformed = `{ $field }` is not as expected
import-reason-not-authentic = the encrypted data does not match its authentication tag
import-reason-decrypted-unreadable = the decrypted content is not readable
import-reason-no-accounts = the export holds no accounts
import-reason-version = version { $found } (versions { $min } to { $max } are supported)
import-reason-unknown-method = it uses { $name }, which Zweifaktor does not know
import-reason-kdf-parameters = invalid key-derivation parameters
import-reason-kdf-memory = its key derivation asks for { $mib } MiB of memory; imports allow at most { $max_mib } MiB
import-reason-kdf-passes = its key derivation asks for { $passes } Argon2 passes; imports allow at most { $max }
import-reason-scrypt-work = the scrypt parameters N={ $n }, r={ $r }, p={ $p } ask for more work than imports allow ((N+2)·r·p is at most { $max }, eight times what Aegis uses)
import-reason-scrypt-slots-work = its { $slots } password slots ask for more scrypt work together than imports allow ((N+2)·r·p summed is at most { $max })
import-reason-scrypt-memory = the scrypt parameters N={ $n }, r={ $r }, p={ $p } ask for more than { $max_mib } MiB of memory, the most imports allow
import-reason-pbkdf2-iterations = it asks for { $iterations } PBKDF2 iterations; imports allow at most { $max }
import-reason-pbkdf2-tokens = { $tokens } encrypted tokens, each decrypted with its own key, ask for { $iterations } PBKDF2 iterations; imports allow at most { $max }
import-reason-aegis-no-password-slot = the vault has no password slot (only biometric or raw-key slots, which work only on the phone); export it again with a password
import-reason-aegis-too-many-slots = the vault lists { $slots } password slots; Aegis writes one
import-reason-bitwarden-encrypted = encrypted Bitwarden exports cannot be read; export again as ".json" (not ".json (Encrypted)")
import-reason-csv-without = the CSV file has no { $column } column
import-reason-ente-encrypted = encrypted Ente exports cannot be read yet; export again from Ente Auth without a password (plain text)
import-reason-not-migration-link = the text does not start with otpauth-migration://
import-reason-not-offline-link = otpauth-migration://{ $host } is not Google's export (offline) link
import-reason-too-many-parts = the link says the export has { $parts } parts (at most { $max } are read)
import-reason-other-transfer = this QR code belongs to a different Google Authenticator export than the ones scanned
import-reason-part-out-of-range = the link says it is part { $part } of { $parts }
import-reason-entry-unreadable = the entry cannot be read
import-reason-unknown-otp-type = unknown OTP type { $kind }
import-reason-unknown-algorithm = unknown algorithm { $name }
import-reason-algorithm-number = unknown algorithm number { $number }
import-reason-digits = { $digits } digits are not supported
import-reason-period = a period of { $period } seconds is not supported
import-reason-negative-counter = the counter { $counter } is negative
import-reason-erased = its secret was erased before the backup; enroll it again
import-reason-backup-erased = the secrets were erased after too many wrong passwords before this backup
import-reason-duo-push = the account has no one-time password generator (a Duo Push account?)
import-reason-authy-seed = Authy's own accounts (10-second codes from a secret seed) are not supported
import-reason-unknown-account-type = unknown account type { $kind }
import-reason-microsoft-work-account = a work or school account: it signs in by notification from the app, which Zweifaktor cannot do
import-reason-microsoft-key-on-phone = the secret is encrypted with a key that stays on the phone; add the account again from its website
import-reason-google-key-on-phone = the secret is encrypted with a key that stays on the phone; use Transfer accounts in Google Authenticator instead
import-reason-secret-without-settings = the backup holds its secret but not its settings
import-reason-settings-without-secret = the backup holds its settings but not its secret
import-reason-not-encoded = `{ $field }` is not { $encoding }
import-reason-migration-no-data = the link has no data parameter
import-reason-migration-not-export = the data is not a Google Authenticator export
## h-details: the technical detail in brackets after a reason (import::Detail): the kind of
## failure a parser found, and where; $line, $column, $n, $r, $p, $iterations, $code, $name,
## $value and $field are the file's or the format's own values.
import-detail-at = { $what } at line { $line }, column { $column }
import-detail-json-syntax = JSON syntax error
import-detail-json-ends-early = the JSON ends too early
import-detail-json-missing-field = the field `{ $field }` is missing
import-detail-json-duplicate-field = the field `{ $field }` is repeated
import-detail-json-wrong-type = a value of the wrong type
import-detail-json-invalid-value = a value that is not allowed
import-detail-json-content = content that does not fit
import-detail-zip-damaged = the archive is damaged
import-detail-zip-ends-early = the archive ends too early
import-detail-zip-unsupported = it uses a ZIP feature Zweifaktor cannot read
import-detail-zip-compression = it uses ZIP compression method { $method }, which Zweifaktor cannot read
import-detail-sqlite-not-a-database = the rest of the file is not a database
import-detail-sqlite-damaged = the database is damaged
import-detail-sqlite-too-large = it holds more than imports allow
import-detail-sqlite-query = its tables differ from the ones the app creates
import-detail-not-protobuf = not in the expected protobuf format
import-detail-xml-syntax = XML syntax error
import-detail-xml-nesting = wrongly nested XML elements
import-detail-xml-attribute = an XML attribute not in the form name="value"
import-detail-xml-reference = an invalid &…; reference
import-detail-xml-encoding = text outside the file's encoding
import-detail-scrypt = scrypt parameters N={ $n }, r={ $r }, p={ $p }
import-detail-pbkdf2-iterations = PBKDF2 iterations: { $iterations }
import-detail-argon2-refused = Argon2 refuses them
import-detail-java-type-code = Java type code 0x{ $code }
import-detail-java-class = Java class { $name }
import-detail-java-field-type = Java field type { $code }
import-detail-number = value { $value }
# A skipped entry without readable names, by its place in the file.
import-label-line = line { $number }
import-label-entry = entry { $number }
import-label-token = token { $key }
import-label-qr-code = QR code

## What is wrong with a damaged vault file (inside "format-damaged")
vault-damage-unknown-version = unknown format version
vault-damage-unknown-flags = unknown flags
vault-damage-unknown-key-derivation = unknown key derivation
vault-damage-clear-list-too-long = list of names in the header too long
vault-damage-truncated = cut short
vault-damage-unreadable-list = unreadable list of procedures
vault-damage-unreadable-contents = unreadable contents

# h-no-english: why a link, an address, a QR code or a file could not be used, in our words
## Why a text is not an otpauth:// link (inside "otp-uri")
uri-empty = the text is empty
uri-no-scheme = it does not start with otpauth://
uri-unreadable = it cannot be read as a link ({ $reason })
uri-migration-export = it is a Google Authenticator export (otpauth-migration://), not a single account
uri-other-scheme = it starts with "{ $scheme }:" instead of otpauth://
uri-no-type = it names no type after otpauth:// (totp, hotp or steam)
otp-uri-encoder = unknown OTP type "{ $name }" with encoder "{ $encoder }" in the URI (only totp codes take encoder=steam)
## What is wrong with an address (inside "procedure-url-invalid" and "uri-unreadable")
url-control-characters = it contains control characters
url-no-host = it names no server
url-syntax-empty-host = the server name is missing
url-syntax-idna = the international domain name is invalid
url-syntax-port = the port number is invalid
url-syntax-ipv4 = the IPv4 address is invalid
url-syntax-ipv6 = the IPv6 address is invalid
url-syntax-domain-character = the server name contains a character that is not allowed
url-syntax-relative = it is not a complete address
url-syntax-too-long = it is longer than 4 GB
url-syntax-other = it is not a valid address
## Argon2's rules for the vault's key derivation (inside "kdf-invalid")
kdf-argon2-memory-too-little = too little memory
kdf-argon2-time-too-small = too few passes
kdf-argon2-threads-too-few = too few lanes
kdf-argon2-out-of-memory = this computer does not have enough memory for it
kdf-argon2-other = they break a rule of Argon2
## Why a QR code cannot be drawn (inside "qr-encode")
qr-encode-module-size = a module must be 1 to { $max } pixels wide, not { $px }
qr-encode-too-long = the text is too long for a QR code
qr-encode-internal = an internal error
## The vault's lock
storage-lock-keeps-vanishing = cannot lock { $path }: another program keeps removing the lock file (a sync client or a clean-up script?)
## More reasons of the system (inside the messages about files)
io-not-a-directory = part of the path is a file, not a folder
io-directory-not-empty = the folder is not empty
io-invalid-filename = the name is not allowed there (too long, or with characters this disk does not accept)
io-file-too-large = the file is too large for this disk
io-quota-exceeded = your storage quota is used up
io-crosses-devices = it cannot be moved to another disk
io-too-many-links = too many links
io-busy = another program is using it; try again in a moment
io-deadlock = two programs are waiting for each other; try again
io-timed-out = no answer in time (is the network share or the server reachable?)
io-stale-network-file = the file on the network share is no longer valid (changed or removed on the server); open it again
io-network-down = the network is not available
io-host-unreachable = the server cannot be reached
io-connection-refused = the server refused the connection
io-connection-lost = the connection was interrupted
io-unexpected-eof = the file ends too early (incomplete?)
io-invalid-data = the contents cannot be read
io-invalid-input = the system did not accept the request (a name with a character it does not allow?)
io-write-zero = the data could not be written completely
io-out-of-memory = not enough memory
io-unsupported = this system or this disk does not support it
io-interrupted = it was interrupted; try again
# Anything else: the system's error number, which an administrator can look up.
io-system-error = system error { $code }
io-unknown-error = an unknown system error
