# Zweifaktor, programma: de meldingen van de opdrachtregel (Nederlands). Termen: i18n/GLOSSARY.md.

-needs-reenrollment = [moet opnieuw gekoppeld worden]

## Elke regel op stderr begint met de naam van het programma

cli-error = zweifaktor: { $message }
cli-warning = zweifaktor: waarschuwing: { $message }

## Vragen om invoer

cli-prompt-master-password = Hoofdwachtwoord:
cli-prompt-new-password = Nieuw hoofdwachtwoord:
cli-prompt-repeat-new-password = Herhaal het nieuwe wachtwoord:
cli-prompt-secret = Geheime sleutel (Base32):
cli-prompt-export-password = Wachtwoord van het exportbestand:
cli-prompt-repeat-export-password = Herhaal het wachtwoord van de export:
cli-prompt-import-password = Wachtwoord van de export van { $format }:
cli-prompt-uri = otpauth-link:

## Wachtwoorden en standaardinvoer

cli-passwords-differ = de twee wachtwoorden verschillen; er is niets gewijzigd
cli-stdin-unreadable = de standaardinvoer kan niet gelezen worden
cli-stdin-ended = de standaardinvoer eindigde vóór regel { $line } ({ $prompt })
cli-stdin-line-unreadable = regel { $line } van de standaardinvoer ({ $prompt }) kan niet gelezen worden: { $reason }
cli-line-too-long = de regel is langer dan { $max } bytes
cli-line-not-text = de regel is geen tekst (UTF-8)
cli-typed-too-long = de invoer ‘{ $prompt }’ is langer dan { $max } bytes
cli-no-terminal = er kan niet om het wachtwoord gevraagd worden (geen terminal?); gebruik --password-stdin
cli-borrowed-console = zweifaktor.exe is het vensterprogramma, en de terminal wacht er niet op: een wachtwoord dat u nu typt, kan op de opdrachtregel van de terminal terechtkomen. Typ dezelfde opdracht als zweifaktor-cli …, of gebruik --password-stdin
cli-no-home = uw thuismap is niet gevonden; geef de kluis op met --vault PAD
cli-restored-from-backup = het kluisbestand was beschadigd; de reservekopie is teruggezet (het beschadigde bestand blijft bewaard als .damaged)

## init, passwd, reset, status

cli-created = { $path } aangemaakt
cli-passwd-erased = De geheime sleutels zijn gewist; kies een nieuw hoofdwachtwoord.
cli-passwd-set-after-erase = Nieuw wachtwoord ingesteld. Accounts gemarkeerd met { -needs-reenrollment } moeten opnieuw gekoppeld worden.
cli-password-changed = Wachtwoord gewijzigd.
cli-usage-reset-yes = reset wist alle geheime sleutels (de lijst met accounts blijft); bevestig met --yes
cli-reset-done = { $count ->
    [one] De geheime sleutels zijn gewist en er is een nieuw wachtwoord ingesteld; 1 account moet opnieuw gekoppeld worden.
   *[other] De geheime sleutels zijn gewist en er is een nieuw wachtwoord ingesteld; { $count } accounts moeten opnieuw gekoppeld worden.
}
cli-status-vault = Kluis: { $path }
cli-status-attempts = Mislukte pogingen: { $count }
cli-status-locked = { $seconds ->
    [one] Nog 1 seconde vergrendeld
   *[other] Nog { $seconds } seconden vergrendeld
}
cli-status-erased = De geheime sleutels zijn gewist; stel een nieuw wachtwoord in met `zweifaktor passwd`.

## add

cli-added = { $name } toegevoegd (id { $id })
cli-reenrolled = { $name } opnieuw gekoppeld (id { $id })
cli-duplicate-name = er bestaat al een account met de naam ‘{ $name }’; er is nog een toegevoegd
cli-usage-add-name = add heeft een NAAM nodig (of --uri)
cli-usage-uri-parameters = met --uri komen de parameters uit de link
cli-usage-qr-parameters = met --qr komen de parameters uit de QR-code
cli-usage-qr-several = de afbeeldingen bevatten { $count } accounts; een naam, --url of --issuer geldt maar voor één (er is niets toegevoegd)
cli-qr-found = { $count ->
    [one] 1 account gevonden in de QR-codes; het wordt toegevoegd.
   *[other] { $count } accounts gevonden in de QR-codes; ze worden allemaal toegevoegd.
}
cli-usage-counter-period = --counter (HOTP) en --period (TOTP) sluiten elkaar uit

## list, code, remove

cli-list-erased = De geheime sleutels zijn gewist; stel een nieuw wachtwoord in met `zweifaktor passwd` en koppel deze accounts daarna opnieuw.
cli-list-empty = Nog geen accounts. Voeg er een toe met `zweifaktor add NAAM --secret …`.
cli-list-needs-reenrollment = { -needs-reenrollment }
cli-usage-otp-with-secret = --algorithm, --digits, --period, --counter en --steam horen bij --secret
cli-code-needs-reenrollment = ‘{ $name }’ moet opnieuw gekoppeld worden: de geheime sleutel is gewist (geef een nieuwe op met `zweifaktor add "{ $name }" --secret …`)
cli-usage-at-hotp = --at geldt voor tijdgebaseerde codes, niet voor HOTP
cli-removed-meanwhile = het account is intussen verwijderd
cli-changed-meanwhile = het account is intussen gewijzigd; probeer het opnieuw
cli-code-valid-for = { $seconds ->
    [one] (nog 1 seconde geldig)
   *[other] (nog { $seconds } seconden geldig)
}
cli-removed = { $name } verwijderd

## import

cli-usage-import-format = onbekend formaat ‘{ $format }’; bekende formaten: { $known }
cli-usage-format-one-file = --format geldt voor één exportbestand
cli-usage-not-an-image = { $path } is geen PNG- of JPEG-afbeelding met QR-codes (een exportbestand wordt apart geïmporteerd: `zweifaktor import BESTAND`)
cli-cannot-read-qr = uit { $path } kan geen QR-code gelezen worden
cli-no-usable-qr = { $path } bevat geen bruikbare QR-code
cli-qr-not-otp = { $count ->
    [one] 1 QR-code bevat geen geheime sleutel voor eenmalige wachtwoorden en is overgeslagen
   *[other] { $count } QR-codes bevatten geen geheime sleutel voor eenmalige wachtwoorden en zijn overgeslagen
}
cli-imported = { $count ->
    [one] 1 account geïmporteerd uit { $source }:
   *[other] { $count } accounts geïmporteerd uit { $source }:
}
cli-skipped = { $count } overgeslagen:
cli-import-name-cleaned = stuur- of tekstrichtingstekens zijn uit de naam verwijderd

## export, qr

cli-usage-export-format = onbekend exportformaat ‘{ $format }’; bekende formaten: { $known }
cli-export-unencrypted = { $path } ({ $format }): { $warning }
cli-left-out = { $count } weggelaten:
cli-export-passwords-differ = de twee wachtwoorden van de export verschillen; er is niets geëxporteerd
cli-export-password-short = het wachtwoord van het exportbestand moet minstens { $min } tekens hebben; er is niets geëxporteerd
cli-qr-holds-secret = { $path } bevat de geheime sleutel van ‘{ $name }’: wie de afbeelding ziet, kan de codes maken. Scan haar en verwijder haar daarna.
cli-qr-written = QR-code van { $name } geschreven naar { $path }

## Het venster, als het niet kan openen of stopt (op de opdrachtregel)

window-cannot-open = het venster kan niet worden geopend: { $reason }; de opdrachtregel heeft geen venster nodig: zweifaktor --help
window-no-display = geen beeldscherm (DISPLAY of WAYLAND_DISPLAY is niet ingesteld)
window-libraries-missing = { $count ->
    [one] { $libraries } ontbreekt — Debian/Ubuntu: apt-get install { $packages }
   *[other] { $libraries } ontbreken — Debian/Ubuntu: apt-get install { $packages }
}
window-stopped = het venster is gestopt: { $reason }
window-cannot-draw = kan niet in het venster tekenen: { $reason }

## Het menu van het pictogram in het systeemvak (het systeemvak leest deze namen ook voor aan schermlezers)

win-tray-tooltip = Zweifaktor
win-tray-tooltip-unlocked = Zweifaktor (ontgrendeld)
win-tray-tooltip-locked = Zweifaktor (vergrendeld)
win-tray-copy-heading = Code kopiëren van:
win-tray-no-procedures = Nog geen accounts
win-tray-enroll-again = { $name } (eerst opnieuw koppelen)
win-tray-unlock = Ontgrendelen…
win-tray-lock = Vergrendelen
win-tray-show = Zweifaktor tonen
win-tray-quit = Afsluiten

## Instellingen: het systeemvak en starten bij aanmelden

win-settings-tray-heading = Systeemvak en aanmelden
win-settings-keep-in-tray = Blijven draaien in het systeemvak als het venster wordt gesloten
win-settings-start-minimised = Geminimaliseerd in het systeemvak starten
win-settings-start-at-login = Starten bij aanmelden
win-settings-no-tray = Deze bureaubladomgeving toont geen pictogrammen in het systeemvak: het venster sluiten sluit Zweifaktor af, en het start met het venster zichtbaar.
win-settings-autostart-failed = Starten bij aanmelden kon niet worden gewijzigd: { $reason }
