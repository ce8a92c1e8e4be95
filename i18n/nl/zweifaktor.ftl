# Zweifaktor, programma: wat de opdrachtregel en het venster zeggen (Nederlands). Termen: i18n/GLOSSARY.md.

-needs-reenrollment = [moet opnieuw gekoppeld worden]

## Elke regel op stderr begint met de naam van het programma

cli-output-failed = de uitvoer kan niet geschreven worden
cli-error = zweifaktor: { $message }
cli-warning = zweifaktor: waarschuwing: { $message }

## Vragen om invoer

cli-prompt-master-password = Hoofdwachtwoord:
cli-prompt-new-password = Nieuw hoofdwachtwoord:
cli-prompt-repeat-new-password = Herhaal het nieuwe wachtwoord:
cli-prompt-secret = Geheime sleutel (Base32):
cli-prompt-export-password = Wachtwoord van het exportbestand:
cli-prompt-repeat-export-password = Herhaal het wachtwoord van het exportbestand:
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
cli-no-home = uw gebruikersmap is niet gevonden; geef de kluis op met --vault PAD
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
cli-export-passwords-differ = de twee wachtwoorden van het exportbestand verschillen; er is niets geëxporteerd
cli-export-password-short = het wachtwoord van het exportbestand moet minstens { $min } tekens hebben; er is niets geëxporteerd
cli-qr-holds-secret = { $path } bevat de geheime sleutel van ‘{ $name }’: wie de afbeelding ziet, kan de codes van dit account maken. Scan de afbeelding en verwijder die daarna.
cli-qr-written = QR-code van { $name } geschreven naar { $path }

## Het venster, als het niet kan openen of stopt (op de opdrachtregel)

window-cannot-open = het venster kan niet worden geopend: { $reason }; de opdrachtregel heeft geen venster nodig: zweifaktor --help
window-no-display = geen beeldscherm (DISPLAY of WAYLAND_DISPLAY is niet ingesteld)
window-libraries-missing = { $count ->
    [one] { $libraries } ontbreekt — Debian/Ubuntu: apt-get install { $packages }
   *[other] { $libraries } ontbreken — Debian/Ubuntu: apt-get install { $packages }
}
window-stopped = het venster is gestopt (melding van het venstersysteem: { $reason })
window-cannot-draw = kan niet in het venster tekenen (melding van de grafische uitvoer: { $reason })

## Het venster: wat het meldt als iets gelukt is of niet (statusregel en dialoogvensters)

win-storage-folder-missing = De opslagmap { $folder } is niet te vinden (verplaatst, of een schijf niet verbonden?). Verbind de schijf en start Zweifaktor opnieuw, of kies de map waarin uw kluis staat.
win-no-vault-in-folder = In { $folder } staat geen Zweifaktor-kluis. Kies de map waarin { $file } staat.
win-restored-from-backup = Het kluisbestand was beschadigd; de reservekopie is teruggezet (het beschadigde bestand blijft bewaard als .damaged).
win-password-changed = Het wachtwoord is gewijzigd.
win-exported = { $count ->
    [one] 1 account geëxporteerd naar { $path }.
   *[other] { $count } accounts geëxporteerd naar { $path }.
}
win-imported = { $count ->
    [one] 1 account geïmporteerd.
   *[other] { $count } accounts geïmporteerd.
}
win-job-lost = Het werk op de achtergrond is onverwacht gestopt; probeer het opnieuw.
win-unlock-before-drop = Ontgrendel eerst en sleep het bestand daarna opnieuw hierheen.
win-clipboard-unusable = Het klembord kan niet worden gebruikt: { $reason }
win-no-clipboard = geen klembord beschikbaar
win-settings-not-saved = De instellingen konden niet worden opgeslagen: { $reason }
win-wrong-password = { $attempts_left ->
    [one] Verkeerd wachtwoord. Nog 1 mislukte poging en de geheime sleutels worden gewist.
   *[other] Verkeerd wachtwoord. Nog { $attempts_left } mislukte pogingen en de geheime sleutels worden gewist.
}
win-too-many-wrong-passwords = Te veel verkeerde wachtwoorden.
win-wrong-master-password = { $attempts_left ->
    [one] Het hoofdwachtwoord is verkeerd; er is niets getoond of geschreven. Nog 1 mislukte poging en de geheime sleutels worden gewist.
   *[other] Het hoofdwachtwoord is verkeerd; er is niets getoond of geschreven. Nog { $attempts_left } mislukte pogingen en de geheime sleutels worden gewist.
}
win-wrong-current-password = { $attempts_left ->
    [one] Het huidige wachtwoord is verkeerd. Nog 1 mislukte poging en de geheime sleutels worden gewist.
   *[other] Het huidige wachtwoord is verkeerd. Nog { $attempts_left } mislukte pogingen en de geheime sleutels worden gewist.
}
win-named-problem = { $name }: { $problem }
win-dropped-file-unreadable = Het neergezette bestand kan niet worden gelezen: { $reason }
win-clipboard-no-image = Er staat geen afbeelding op het klembord. Kopieer een schermafbeelding van de QR-code (bijvoorbeeld met het Knipprogramma) en plak die dan.
win-clipboard-image-unreadable = De afbeelding op het klembord kan niet worden gelezen.
win-clipboard-image-unreadable-because = De afbeelding op het klembord kan niet worden gelezen: { $reason }
win-language-not-saved = De taal is gewijzigd, maar kon niet worden onthouden: { $reason }
win-change-not-saved-yet = Uw laatste wijziging is nog niet opgeslagen ({ $reason }), daarom is er niets gedaan. Sluit dit dialoogvenster, kies onderaan het venster ‘Opnieuw proberen’ en probeer het daarna nog eens.
win-exported-after-lock = { $count ->
    [one] De export die vóór het vergrendelen begon, is klaar: 1 account in { $path }.
   *[other] De export die vóór het vergrendelen begon, is klaar: { $count } accounts in { $path }.
}
win-not-exported-after-lock = De export die vóór het vergrendelen begon, heeft niets geschreven: { $reason }
win-password-changed-before-lock = Het hoofdwachtwoord is vlak voor het vergrendelen gewijzigd: ontgrendel met het nieuwe.
win-password-not-changed = Het hoofdwachtwoord is niet gewijzigd: { $reason }
win-saving-lost = het opslaan is onverwacht gestopt; vergrendel, ontgrendel en breng de wijziging opnieuw aan
win-change-refused = Een wijziging is niet opgeslagen (een ander programma heeft de kluis intussen gewijzigd): { $reason }
win-not-saved-before-lock = Uw laatste wijziging kon niet worden opgeslagen vóór het vergrendelen ({ $reason }): ontgrendel en breng de wijziging opnieuw aan.
win-exit-not-saved = de laatste wijzigingen zijn niet binnen { $seconds } seconden opgeslagen; ze zijn verloren gegaan

## Het scherm lezen op zoek naar QR-codes (‘Scherm scannen’); elke melding zegt wat er in plaats daarvan kan

win-screen-instead = maak in plaats daarvan een schermafbeelding (bijvoorbeeld met de toets Print Screen) en open het bestand met ‘{ win-choose-file }’
win-screen-instead-macos = maak in plaats daarvan een schermafbeelding (Shift-Command-3) en open het bestand met ‘{ win-choose-file }’
win-screen-unavailable = Het scherm kan hier niet worden gelezen ({ $detail }); { $instead }.
win-screen-no-portal = De werkomgeving biedt geen portaal voor schermafbeeldingen (xdg-desktop-portal) ({ $detail }); { $instead }.
win-screen-cancelled = De schermafbeelding is geannuleerd; { $instead }.
win-screen-refused = De werkomgeving heeft geen schermafbeelding gemaakt (misschien mogen programma’s daar geen schermafbeeldingen maken); { $instead }.
win-screen-timed-out = De werkomgeving heeft niet binnen { $seconds } seconden geantwoord op het verzoek om een schermafbeelding; { $instead }.
win-screen-failed = Het lezen van het scherm via de werkomgeving is mislukt ({ $detail }); { $instead }.
win-screen-not-allowed = macOS staat Zweifaktor niet toe het scherm op te nemen. Sta het toe in Systeeminstellingen → Privacy en beveiliging → Scherm- en systeemaudio-opname (in oudere macOS-versies: Schermopname), sluit Zweifaktor af en open het opnieuw; of { $instead }.

## Algemene knoppen en markeringen

win-ok = OK
win-cancel = Annuleren
win-close = Sluiten
win-yes = Ja
win-no = Nee
win-rule-met = voldaan
win-rule-not-met = niet voldaan
win-rule-spoken = { $rule } ({ $state })
win-both-fields-equal = beide velden gelijk

## Eerste start

win-welcome = Welkom bij Zweifaktor
win-install-question = Is dit een eerste installatie of een versie-update van een bestaande installatie?
win-first-installation = Eerste installatie
win-first-installation-text = U hebt Zweifaktor nog niet eerder op deze computer gebruikt. In de opslagmap wordt een nieuwe, lege kluis aangemaakt.
win-version-update = Versie-update
win-version-update-text = U gebruikt Zweifaktor al. Wijs de map aan waarin uw kluis (vault.zweifaktor) staat, zodat uw accounts behouden blijven.
win-storage-folder = Opslagmap
win-existing-vault-folder = Map van de bestaande kluis
win-choose-folder = Map kiezen…
win-use-default-folder = Standaardpad gebruiken
win-continue = Doorgaan
win-looking-into-folder = De map wordt gecontroleerd…
win-looking-for-vault = Uw kluis wordt gezocht ({ $path })…

## Het hoofdwachtwoord instellen

win-set-password-title = Hoofdwachtwoord instellen
win-set-password-text = Dit wachtwoord beschermt uw accounts. U voert het in telkens wanneer u Zweifaktor opent.
win-erased-now = Het wachtwoord is te vaak verkeerd ingevoerd; daarom zijn de geheime sleutels van alle accounts gewist.
win-erased = De geheime sleutels van alle accounts zijn gewist.
win-erased-list-kept = De lijst met accounts is bewaard gebleven. Stel een nieuw wachtwoord in en koppel daarna elk account opnieuw (‘{ win-enroll-again }’).
win-password = Wachtwoord
win-repeat-password = Wachtwoord herhalen
win-password-needs = Wachtwoordeisen – het wachtwoord moet bevatten:
win-password-not-recoverable = Het wachtwoord kan niet worden hersteld. Als u het vergeet, moet elk account opnieuw gekoppeld worden.
win-protecting-vault = De kluis wordt beveiligd…

## Ontgrendelen

win-locked-for-security = De toepassing is om veiligheidsredenen vergrendeld. Voer uw hoofdwachtwoord in om uw accounts te zien.
win-unlock-text = Voer uw hoofdwachtwoord in om uw accounts te zien.
win-master-password = Hoofdwachtwoord
win-locked-for = { $seconds ->
    [one] 1 seconde vergrendeld
   *[other] { $seconds } seconden vergrendeld
}
win-unlock = Ontgrendelen
win-erasing-secrets = De geheime sleutels worden gewist…
win-checking-password = Het wachtwoord wordt gecontroleerd…
win-forgot-password = Wachtwoord opnieuw instellen
win-forgot-password-warning = De geheime sleutels van alle accounts worden gewist. De lijst met accounts blijft bewaard en elk account moet opnieuw gekoppeld worden.
win-forgot-password-question = Daarna stelt u een nieuw wachtwoord in. Wilt u uw wachtwoord opnieuw instellen?

## De lijst met accounts

win-no-procedures = Nog geen accounts. Voeg er een toe met ‘+’ (Ctrl+N).
win-no-match = Geen account komt overeen met de zoekopdracht.
win-add-procedure-hint = Account toevoegen (Ctrl+N)
win-search = Zoeken:
win-search-hint = Ctrl+F
win-lock = Vergrendelen
win-lock-hint = Nu vergrendelen (Ctrl+L)
win-code-of = Code van { $name }: { $code }
win-enroll-again = Opnieuw koppelen
win-enroll-again-name = { $name } opnieuw koppelen
win-cannot-make-codes = Met de instellingen van dit account kunnen geen codes worden gemaakt.
win-secret-erased = De geheime sleutel is gewist: koppel dit account opnieuw.
win-seconds-left = { $seconds } s
win-copy = Kopiëren
win-copy-name = Code van { $name } kopiëren
win-clipboard-mode = Klembordmodus
win-clipboard-mode-on = Klembordmodus: aan
win-clipboard-mode-name = Klembordmodus voor { $name }
win-qr-code = QR-code
win-qr-code-name = QR-code van { $name } tonen
win-edit = Bewerken
win-edit-name = { $name } bewerken
win-delete = Verwijderen
win-delete-name = { $name } verwijderen
win-clipboard-content = Huidige inhoud van het klembord: { $code }
win-clipboard-content-label = Huidige inhoud van het klembord:
win-clipboard-empty = Klembord: geen code
win-saving = Bezig met opslaan…
win-not-saved = Uw laatste wijziging is niet opgeslagen: { $reason }
win-try-again = Opnieuw proberen
win-drop-to-import = Zet het bestand hier neer om het te importeren
    (een exportbestand of een schermafbeelding met QR-code)
win-drop-wait = Wacht tot het importeren klaar is met lezen
    en zet het bestand dan neer
win-drop-close-dialog = Sluit eerst het dialoogvenster
    om een bestand te importeren

## Menu’s

win-menu-options = Opties
win-menu-settings = Instellingen…
win-menu-import = Importeren…
win-menu-export = Exporteren…
win-menu-change-password = Wachtwoord wijzigen…
win-menu-lock = Vergrendelen (Ctrl+L)
win-menu-accessibility = Toegankelijkheid
win-larger-text = Grotere tekst
win-smaller-text = Kleinere tekst
win-normal-text = Normale tekstgrootte
win-high-contrast = Hoog contrast
win-larger-text-key = Ctrl+plus
win-smaller-text-key = Ctrl+min
win-normal-text-key = Ctrl+0
win-text-size = Tekstgrootte: { $percent }%
win-theme-system = Zoals het systeem
win-theme-light = Licht
win-theme-dark = Donker
win-menu-help = Help
win-menu-manual = Handleiding
win-menu-about = Over Zweifaktor

## Een account toevoegen en bewerken

win-add-procedure = Account toevoegen
win-edit-procedure = Account bewerken
win-required-fields = Velden met * zijn verplicht.
win-name-field = Naam
win-secret-field = Geheime sleutel
win-advanced = Geavanceerd
win-save = Opslaan
win-issuer = Uitgever
win-account = Accountnaam
win-url = Aanmeldpagina (URL)
win-type = Soort:
win-totp = Tijdgebaseerd (TOTP)
win-hotp = Teller (HOTP)
win-steam = Steam
win-algorithm = Algoritme:
win-digits = Aantal cijfers:
win-period = Geldigheid (seconden):
win-counter = Teller:
win-filled-from-link = Ingevuld vanuit de otpauth-link.
win-link-unusable = Deze otpauth-link kan niet worden gebruikt: { $reason }
win-name-required = De naam is verplicht.
win-name-exists = Er bestaat al een account met deze naam.
win-secret-required = De geheime sleutel is verplicht.

## Een account verwijderen

win-delete-title = Account verwijderen
win-delete-question = Wilt u het account ‘{ $name }’ echt verwijderen? De geheime sleutel is dan voorgoed weg.
win-yes-delete = Ja, verwijderen

## Het hoofdwachtwoord wijzigen

win-change-password = Wachtwoord wijzigen
win-current-password = Huidig wachtwoord
win-new-password = Nieuw wachtwoord
win-repeat-new-password = Nieuw wachtwoord herhalen

## Instellingen

win-settings = Instellingen
win-lock-after = Vergrendelen na
win-minutes-without-input = minuten zonder invoer
win-clear-copied-codes = Gekopieerde codes wissen:
win-after-expiry = nadat ze verlopen zijn
win-folder-from-command-line = (opgegeven op de opdrachtregel)
win-open-folder = Map openen
win-hide-names = Namen van accounts in het kluisbestand verbergen
win-hide-names-text = Verborgen namen zijn beter beschermd tegen iemand die het bestand kopieert, maar als u uw wachtwoord vergeet, kunt u nergens meer zien waar u opnieuw moet koppelen.
win-language = Taal
win-language-system = Systeemtaal ({ $language })

## Importeren

win-import = Importeren
win-import-text = Accounts uit de export van een andere app (Aegis, 2FAS, andOTP, FreeOTP, Bitwarden, links van Google Authenticator, …), of uit een schermafbeelding met QR-codes (PNG, JPEG). U kunt het bestand ook op het venster neerzetten.
win-export-file = Exportbestand
win-choose-file = Bestand kiezen…
win-read-file = Bestand lezen
win-scan-screen = Scherm scannen
win-scan-screen-hint = QR-codes op het scherm zoeken, bijvoorbeeld op de koppelpagina naast dit venster
win-paste-image = Afbeelding plakken
win-paste-image-hint = De QR-codes lezen van een afbeelding op het klembord, bijvoorbeeld een schermafbeelding uit het Knipprogramma
win-qr-in-images = { $found ->
    [one] QR-codes in { $images } afbeeldingen: 1 account
   *[other] QR-codes in { $images } afbeeldingen: { $found } accounts
}
win-qr-in-image = { $found ->
    [one] QR-codes in de afbeelding: 1 account
   *[other] QR-codes in de afbeelding: { $found } accounts
}
win-parts-scanned = { $count ->
    [one] { $received } van { $total } delen gescand – scan ook de andere (ontbreekt: deel { $missing }).
   *[other] { $received } van { $total } delen gescand – scan ook de andere (ontbreken: delen { $missing }).
}
win-import-format = Formaat: { $format }
win-import-password = Wachtwoord van de export
win-open = Openen
win-import-waits = Het importeren wacht tot elk deel van de overdracht gescand is, zodat er geen account ongemerkt achterblijft.
win-import-checked = { $count } importeren
win-taking-screenshot = Schermafbeelding maken… (uw werkomgeving vraagt misschien om toestemming)
win-looking-for-qr = QR-codes zoeken…
win-choosing-file = Bestand kiezen…
win-reading-file = Bestand lezen…
win-found-entries = { $count ->
    [one] 1 item gevonden:
   *[other] { $count } items gevonden:
}
win-name-cleaned = { $name } ({ $note })
win-already-in-vault = { $name } – staat al in de kluis
win-cannot-import = { $name }: kan niet worden geïmporteerd ({ $reason })

## Exporteren

win-export-title = Accounts exporteren
win-format = Formaat
win-choose = Kiezen…
win-export-format-zweifaktor = Zweifaktor-reservekopie (versleuteld)
win-export-format-aegis = Aegis-kluis (versleuteld)
win-export-format-otpauth = otpauth-lijst (onversleuteld)
win-export-format-google-migration = Overdrachtslinks voor Google Authenticator (onversleuteld)
win-export-password = Wachtwoord van het exportbestand
win-repeat-export-password = Wachtwoord van het exportbestand herhalen
win-at-least-characters = minstens { $min } tekens
win-master-password-again-export = Nogmaals uw hoofdwachtwoord: de export bevat uw geheime sleutels.
win-export = Exporteren
win-left-out = { $count } weggelaten:
win-export-unencrypted = Het bestand bevat uw geheime sleutels onversleuteld: verwijder het zodra het geïmporteerd is.
win-exported-item = • { $name }

## Een account als QR-code

win-qr-title = QR-code van { $name }
win-qr-alt = QR-code met de geheime sleutel van { $name }
win-qr-warning = Iedereen die deze code ziet, kan het account kopiëren en de codes ervan maken. Toon hem alleen aan de camera van uw eigen telefoon.
win-qr-text = Scan de code met een authenticator-app om dezelfde geheime sleutel op een telefoon te koppelen.
win-master-password-again-qr = Nogmaals uw hoofdwachtwoord: de code toont de geheime sleutel.
win-show-qr = QR-code tonen

## Help: de handleiding en ‘Over’

win-manual = Handleiding
win-manual-unlock-title = Ontgrendelen
win-manual-unlock = Voer uw hoofdwachtwoord in en druk op Enter. Na 5 mislukte pogingen vergrendelt elke volgende mislukte poging Zweifaktor een tijdje (10, 20, 40, 80 seconden); de 10e wist de geheime sleutels, de lijst met accounts blijft bewaard.
win-manual-procedures-title = Opgeslagen accounts
win-manual-procedures = Elke regel toont de huidige code, de seconden tot de volgende en de aanmeldpagina. ‘{ win-copy }’ zet de code één keer op het klembord; de ‘{ win-clipboard-mode }’ houdt de huidige code op het klembord en vervangt hem zodra er een nieuwe code verschijnt.
win-manual-add-title = Een account toevoegen
win-manual-add = Druk op ‘+’ (Ctrl+N). Geef een naam en de geheime sleutel van de koppelpagina van de dienst op, of plak een otpauth://-link in het veld voor de geheime sleutel: die vult alle velden in. Na het opslaan wordt meteen de eerste code getoond, zodat u het koppelen kunt bevestigen.
win-manual-enroll-again-title = Opnieuw koppelen
win-manual-enroll-again = Nadat de geheime sleutels gewist zijn, tonen de accounts ‘{ win-enroll-again }’: vraag bij de dienst een nieuwe geheime sleutel aan en voer die in.
win-manual-import-title = Importeren
win-manual-import = { win-menu-options } > { win-menu-import }: het exportbestand van een andere app, een schermafbeelding met QR-codes, ‘{ win-paste-image }’ voor een afbeelding uit het Knipprogramma op het klembord, of ‘{ win-scan-screen }’. U kunt een bestand ook op het venster neerzetten. Een overdracht uit Google Authenticator die uit meerdere QR-codes bestaat, scant u code voor code; ze wordt geïmporteerd zodra alle delen binnen zijn.
win-manual-export-title = Exporteren en QR-code
win-manual-export = { win-menu-options } > { win-menu-export } schrijft alle accounts naar een nieuw bestand: een versleutelde Zweifaktor-reservekopie of Aegis-kluis (met een eigen wachtwoord), of een gewone otpauth-lijst of links voor Google Authenticator (onversleuteld: verwijder ze na het importeren). ‘{ win-qr-code }’ in een regel toont één account als QR-code om met een telefoon te scannen. Voor beide wordt opnieuw om uw hoofdwachtwoord gevraagd.
win-manual-lock-title = Vergrendelen
win-manual-lock = Ctrl+L of ‘{ win-lock }’ vergrendelt Zweifaktor meteen en wist de sleutel uit het geheugen; Zweifaktor vergrendelt ook na een aantal minuten zonder invoer ({ win-menu-options }).
win-manual-forgot-title = Wachtwoord opnieuw instellen
win-manual-forgot = Op het ontgrendelscherm: de geheime sleutels worden gewist, de lijst met accounts blijft, en u stelt een nieuw wachtwoord in en koppelt elk account opnieuw.
win-manual-language-title = Taal
win-manual-language = Zweifaktor spreekt Duits, Engels, Nederlands en Zweeds en volgt de taal van uw systeem. Via { win-menu-options } > { win-menu-settings } kiest u een andere; het venster schakelt meteen over.
win-manual-keyboard-title = Toetsenbord
win-manual-keyboard =
    Tab en Shift+Tab gaan naar het volgende en vorige bedieningselement; Enter of de spatiebalk activeert een knop; Enter in een veld bevestigt het dialoogvenster; Esc sluit een dialoogvenster of een menu.
    Ctrl+N voegt een account toe, Ctrl+F gaat naar het zoekveld, Ctrl+L vergrendelt; Ctrl+plus en Ctrl+min maken de tekst groter en kleiner, Ctrl+0 zet hem terug op 100%.
    In de lijst met accounts gaan pijl-omhoog en pijl-omlaag naar de code van het vorige en volgende account, Home en End naar het eerste en laatste; Enter of Ctrl+C kopieert de code.
    F10 gaat naar het menu ({ win-menu-options }); in een menu kiest u een item met pijl-omhoog en pijl-omlaag en voert u het uit met Enter.
    In een getalveld (aantal cijfers, geldigheid, minuten) veranderen pijl-omhoog en pijl-omlaag het getal.
    In deze handleiding scrolt u met Page Up, Page Down, de pijltoetsen, Home en End.
win-about-version = Versie { $version }
win-about-text = Codes voor tweestapsverificatie uit een versleutelde kluis.
win-about-license = Licentie: { $license }

# What a screen reader hears (announcements and names that are never shown as text).
win-announce-lock-over = De vergrendeling is voorbij: u kunt het hoofdwachtwoord weer invoeren.
win-announce-new-code = Nieuwe code van { $name } op het klembord: { $code }.
win-announce-erased = De geheime sleutels zijn gewist. Stel een nieuw wachtwoord in.
win-announce-qr-shown = De QR-code wordt getoond. Iedereen die hem ziet, kan het account kopiëren.
win-announce-locked = Zweifaktor is vergrendeld. Voer uw hoofdwachtwoord in om uw accounts te zien.
win-announce-erased-now = Het wachtwoord is te vaak verkeerd ingevoerd: de geheime sleutels van alle accounts zijn gewist. Stel een nieuw wachtwoord in.
win-announce-locked-for = { $seconds ->
    [one] 1 seconde vergrendeld.
   *[other] { $seconds } seconden vergrendeld.
}
win-announce-import-encrypted = De export is versleuteld: voer het wachtwoord ervan in.
win-announce-import-found = { $found ->
    [one] 1 item gevonden
   *[other] { $found } items gevonden
}; { $checked ->
    [one] 1 is aangevinkt om te importeren.
   *[other] { $checked } zijn aangevinkt om te importeren.
}
win-announce-parts-scanned = { $received } van { $total } delen gescand: scan ook de andere.
win-announce-saved = { $name } opgeslagen.
win-announce-deleted = { $name } verwijderd.
win-announce-filled-from-link = Ingevuld vanuit de otpauth-link; de naam is ‘{ $name }’.
win-announce-copied = Code van { $name } gekopieerd.
win-announce-clipboard-mode-off = Klembordmodus voor { $name } is uit.
win-announce-clipboard-mode-on = Klembordmodus voor { $name } is aan: de huidige code staat op het klembord en wordt door elke nieuwe code vervangen.
win-announce-all-shown = { $all ->
    [one] 1 account wordt getoond.
   *[other] Alle { $all } accounts worden getoond.
}
win-announce-matches = { $count ->
    [one] 1 account komt overeen.
   *[other] { $count } accounts komen overeen.
}
win-code-copy-hint = Enter of Ctrl+C kopieert hem.
win-seconds-until-next = Seconden tot de volgende code van { $name }
win-procedure-list = Opgeslagen accounts
win-menu-bar = Menubalk
win-key-add = Ctrl+N
win-key-lock = Ctrl+L
win-key-search = Ctrl+F
win-checking-master-password = Het hoofdwachtwoord wordt gecontroleerd…
win-checking-and-exporting = Het hoofdwachtwoord wordt gecontroleerd en er wordt geëxporteerd…
win-changing-password = Het wachtwoord wordt gewijzigd…

## De snelkeuze (geopend met de globale sneltoets) en de sneltoets in de opties

win-quick-pick-title = Snelkeuze
win-quick-pick-filter = Filter:
win-quick-pick-list = Gevonden accounts
win-quick-pick-none = Geen account komt overeen met het filter.
win-quick-pick-keys = Pijltoetsen: kiezen · Enter: code kopiëren · Shift+Enter: klembordmodus · Esc: sluiten
win-quick-pick-found = { $count ->
    [one] 1 account gevonden: { $name }.
   *[other] { $count } accounts gevonden; gekozen: { $name }.
}
win-quick-pick-chosen = { $name }, { $position } van { $count }
win-quick-pick-unlock-first = Voer uw hoofdwachtwoord in; daarna opent de snelkeuze.
win-settings-shortcut-heading = Globale sneltoets
win-settings-shortcut-use = De snelkeuze vanuit elk programma openen met
win-settings-shortcut-change = Wijzigen…
win-settings-shortcut-press = Druk op de nieuwe sneltoets (Esc: de oude behouden)
win-settings-shortcut-needs-modifier = Een sneltoets heeft Ctrl, Alt of Super nodig, samen met een letter, een cijfer of F1–F12.
win-settings-shortcut-active = { $shortcut } opent de snelkeuze.
win-settings-shortcut-starting = { $shortcut } wordt ingesteld…
win-settings-shortcut-taken = { $shortcut } is in gebruik door een ander programma. Kies een andere sneltoets.
win-settings-shortcut-refused = Het systeem heeft { $shortcut } geweigerd: { $reason }
win-settings-shortcut-no-such-key = dit toetsenbord heeft zo’n toets niet
win-settings-shortcut-no-portal = Deze werkomgeving biedt programma’s geen globale sneltoetsen (het GlobalShortcuts-portaal ontbreekt). Open Zweifaktor in plaats daarvan via zijn venster.
win-settings-shortcut-portal = In deze werkomgeving bevestigt het systeem de sneltoets en kan het die in zijn eigen instellingen wijzigen.
win-modifier-ctrl = Ctrl
win-modifier-alt = Alt
win-modifier-shift = Shift
win-modifier-logo = Super
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
win-settings-keep-in-tray = Actief blijven in het systeemvak als het venster wordt gesloten
win-settings-start-minimised = Geminimaliseerd in het systeemvak starten
win-settings-start-at-login = Starten bij aanmelden
win-settings-no-tray = Deze werkomgeving toont geen pictogrammen in het systeemvak: als u het venster sluit, wordt Zweifaktor afgesloten, en bij het starten is het venster altijd zichtbaar.
win-settings-autostart-failed = Starten bij aanmelden kon niet worden gewijzigd: { $reason }

## Instellingen: het venster verbergen voor schermopnamen (h-window-state)

win-settings-hide-from-capture = Venster verbergen bij schermopnamen en scherm delen
win-settings-hide-from-capture-unsupported = Dit systeem kan vensters niet verbergen voor schermopnamen: de optie heeft hier geen effect.

## h-import-words: waarop het lezen van het scherm precies mislukte. $detail is de eigen
## melding van het systeem.

win-screen-detail-no-desktop = er draait geen Wayland- of X11-werkomgeving
win-screen-detail-not-built = het lezen van het scherm is voor dit systeem niet ingebouwd
win-screen-detail-no-monitor = er is geen beeldscherm gevonden
win-screen-detail-no-x11-display = geen X11-beeldscherm
win-screen-detail-no-such-screen = de X-server heeft dit scherm niet
win-screen-detail-depth = een scherm met kleurdiepte { $depth } wordt niet ondersteund
win-screen-detail-no-session-bus = geen D-Bus-sessiebus: { $detail }
win-screen-detail-nobody-answers = niets antwoordt als org.freedesktop.portal.Desktop op de sessiebus
win-screen-detail-no-screenshot-interface = het portaal van de werkomgeving kan geen schermafbeeldingen maken (geen Screenshot-interface)
win-screen-detail-not-local-file = de schermafbeelding is geen lokaal bestand, maar { $uri }
win-screen-detail-not-an-image = het bestand van de schermafbeelding { $path } is geen bruikbare afbeelding: { $detail }
win-screen-detail-unreadable = het bestand van de schermafbeelding { $path } kan niet gelezen worden: { $detail }
win-screen-detail-too-large = het bestand van de schermafbeelding { $path } is groter dan { $max_mb } MB
# Start at login inside a Flatpak: the desktop's Background portal asks the user and answers.
win-settings-autostart-reason = Zweifaktor start bij het aanmelden, zodat uw codes meteen klaarstaan.
win-settings-autostart-granted = De werkomgeving start Zweifaktor bij het aanmelden.
win-settings-autostart-withdrawn = De werkomgeving start Zweifaktor niet meer bij het aanmelden.
win-settings-autostart-refused = De werkomgeving heeft starten bij aanmelden niet toegestaan. U kunt het toestaan in de instellingen van de werkomgeving voor programma’s en de optie daarna opnieuw aanvinken.
win-settings-autostart-no-portal = De werkomgeving biedt geen portaal voor starten bij aanmelden (xdg-desktop-portal). Als Flatpak kan Zweifaktor daarom niet starten bij aanmelden.

## Waarom starten bij aanmelden niet kon worden gewijzigd; $detail is de melding van het systeem

win-autostart-no-place = er is geen gebruikers- of instellingenmap om het item in te zetten
win-autostart-no-program = niet vast te stellen waar dit programma staat ({ $detail })
win-autostart-unwritable = het pad van het programma { $path } kan niet in het item worden geschreven
win-autostart-write = { $path } kan niet worden geschreven ({ $detail })
win-autostart-remove = { $path } kan niet worden verwijderd ({ $detail })
win-autostart-registry = het Windows-register heeft de wijziging geweigerd ({ $detail })
win-autostart-timed-out = de werkomgeving heeft niet binnen { $seconds } seconden geantwoord
win-autostart-portal = het achtergrondportaal van de werkomgeving is mislukt ({ $detail })

# h-no-english: de redenen van het klembord, van een neergezet bestand en van het systeem in onze woorden
win-clipboard-reason-empty = het klembord is leeg of bevat iets anders
win-clipboard-reason-not-supported = het klembord van dit systeem wordt niet ondersteund
win-clipboard-reason-occupied = een ander programma houdt het klembord bezet; probeer het opnieuw
win-clipboard-reason-conversion = de inhoud van het klembord kan niet omgezet worden
win-clipboard-reason-unknown = het klembord van het systeem antwoordde niet zoals verwacht
win-dropped-file-no-content = Het neergezette bestand kan niet gelezen worden.
win-screen-detail-system = melding van het systeem: { $detail }
win-screen-detail-x11-unreachable = de X-server is niet bereikbaar: { $reason }
win-screen-detail-x11-refused = de X-server heeft de verbinding geweigerd (geen toestemming voor dit beeldscherm?)
win-screen-detail-session-bus-unreachable = de D-Bus-sessiebus is niet bereikbaar: { $reason }

# lead: waarom het systeem de sneltoets weigerde
win-shortcut-refusal-x11-unreachable = de X-server is niet bereikbaar: { $reason }
win-shortcut-refusal-x11-refused = de X-server heeft de verbinding geweigerd (geen toestemming voor dit beeldscherm?)
win-shortcut-refusal-system = melding van het systeem: { $detail }

## h-a11y-walk: wat de Duitse doorloop met schermlezer en toetsenbord miste

# Tussen twee licenties van de licentie-uitdrukking ("MIT of Apache-2.0").
win-about-license-or = of
# Wat het wachtwoord nog mist: de beschrijving van het veld, en uitgesproken bij Enter voordat het voldoet.
win-password-still-needs = Het wachtwoord heeft nog nodig: { $rules }.
win-manual-quick-pick-title = Snelkeuze
win-manual-quick-pick = Ctrl+Alt+Z opent de snelkeuze vanuit elk programma zolang Zweifaktor draait (Opties > Instellingen…: een andere sneltoets, of geen); is Zweifaktor vergrendeld, dan eerst het wachtwoord. Typ een deel van een naam; pijl omhoog en omlaag kiezen, Enter kopieert de code, Shift+Enter zet de klembordmodus ervoor aan, Esc sluit.
