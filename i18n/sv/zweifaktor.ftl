# Zweifaktor, programmet: vad kommandoraden och fönstret säger (svenska). Termer: i18n/GLOSSARY.md.

-needs-reenrollment = [måste registreras på nytt]

## Varje rad på stderr börjar med programmets namn

cli-output-failed = det går inte att skriva utdata
cli-error = zweifaktor: { $message }
cli-warning = zweifaktor: varning: { $message }

## Frågor om inmatning

cli-prompt-master-password = Huvudlösenord:
cli-prompt-new-password = Nytt huvudlösenord:
cli-prompt-repeat-new-password = Upprepa det nya lösenordet:
cli-prompt-secret = Hemlig nyckel (Base32):
cli-prompt-export-password = Lösenord för exportfilen:
cli-prompt-repeat-export-password = Upprepa lösenordet för exportfilen:
cli-prompt-import-password = Lösenord för exporten från { $format }:
cli-prompt-uri = otpauth-länk:

## Lösenord och standardinmatning

cli-passwords-differ = de två lösenorden skiljer sig åt; inget ändrades
cli-stdin-unreadable = det går inte att läsa standardinmatningen
cli-stdin-ended = standardinmatningen tog slut före rad { $line } ({ $prompt })
cli-stdin-line-unreadable = det går inte att läsa rad { $line } av standardinmatningen ({ $prompt }): { $reason }
cli-line-too-long = raden är längre än { $max } byte
cli-line-not-text = raden är ingen text (UTF-8)
cli-typed-too-long = inmatningen ”{ $prompt }” är längre än { $max } byte
cli-no-terminal = det går inte att fråga efter lösenordet (ingen terminal?); använd --password-stdin
cli-borrowed-console = zweifaktor.exe är fönsterprogrammet, och terminalen väntar inte på det: ett lösenord som du skriver nu kan hamna på terminalens kommandorad. Skriv samma kommando som zweifaktor-cli …, eller använd --password-stdin
cli-no-home = din hemmapp hittades inte; ange valvet med --vault SÖKVÄG
cli-restored-from-backup = valvfilen var skadad; dess säkerhetskopia har återställts (den skadade filen sparas som .damaged)

## init, passwd, reset, status

cli-created = Skapade { $path }
cli-passwd-erased = De hemliga nycklarna har raderats; välj ett nytt huvudlösenord.
cli-passwd-set-after-erase = Nytt lösenord angivet. Konton märkta { -needs-reenrollment } måste registreras på nytt.
cli-password-changed = Lösenordet har ändrats.
cli-usage-reset-yes = reset raderar alla hemliga nycklar (listan över konton finns kvar); bekräfta med --yes
cli-reset-done = { $count ->
    [one] De hemliga nycklarna har raderats och ett nytt lösenord angetts; 1 konto måste registreras på nytt.
   *[other] De hemliga nycklarna har raderats och ett nytt lösenord angetts; { $count } konton måste registreras på nytt.
}
cli-status-vault = Valv: { $path }
cli-status-attempts = Felaktiga försök: { $count }
cli-status-locked = { $seconds ->
    [one] Låst i 1 sekund till
   *[other] Låst i { $seconds } sekunder till
}
cli-status-erased = De hemliga nycklarna har raderats; ange ett nytt lösenord med `zweifaktor passwd`.

## add

cli-added = Lade till { $name } (id { $id })
cli-reenrolled = Registrerade { $name } på nytt (id { $id })
cli-duplicate-name = det finns redan ett konto som heter ”{ $name }”; ett till lades till
cli-usage-add-name = add behöver ett NAMN (eller --uri)
cli-usage-uri-parameters = med --uri kommer parametrarna från länken
cli-usage-qr-parameters = med --qr kommer parametrarna från QR-koden
cli-usage-qr-several = bilderna innehåller { $count } konton; ett namn, --url eller --issuer gäller bara ett (inget lades till)
cli-qr-found = { $count ->
    [one] Hittade 1 konto i QR-koderna; det läggs till.
   *[other] Hittade { $count } konton i QR-koderna; alla läggs till.
}
cli-usage-counter-period = --counter (HOTP) och --period (TOTP) utesluter varandra

## list, code, remove

cli-list-erased = De hemliga nycklarna har raderats; ange ett nytt lösenord med `zweifaktor passwd` och registrera sedan de här kontona på nytt.
cli-list-empty = Inga konton ännu. Lägg till ett med `zweifaktor add NAMN --secret …`.
cli-list-needs-reenrollment = { -needs-reenrollment }
cli-usage-otp-with-secret = --algorithm, --digits, --period, --counter och --steam hör till --secret
cli-code-needs-reenrollment = ”{ $name }” måste registreras på nytt: dess hemliga nyckel har raderats (ange en ny med `zweifaktor add "{ $name }" --secret …`)
cli-usage-at-hotp = --at gäller tidsbaserade koder, inte HOTP
cli-removed-meanwhile = kontot har tagits bort under tiden
cli-changed-meanwhile = kontot har ändrats under tiden; försök igen
cli-code-valid-for = { $seconds ->
    [one] (giltig i 1 sekund till)
   *[other] (giltig i { $seconds } sekunder till)
}
cli-removed = Tog bort { $name }

## import

cli-usage-import-format = okänt format ”{ $format }”; kända format: { $known }
cli-usage-format-one-file = --format gäller en enda exportfil
cli-usage-not-an-image = { $path } är ingen PNG- eller JPEG-bild med QR-koder (en exportfil importeras för sig: `zweifaktor import FIL`)
cli-cannot-read-qr = det går inte att läsa någon QR-kod från { $path }
cli-no-usable-qr = { $path } innehåller ingen användbar QR-kod
cli-qr-not-otp = { $count ->
    [one] 1 QR-kod innehåller ingen hemlig nyckel för engångslösenord och hoppades över
   *[other] { $count } QR-koder innehåller ingen hemlig nyckel för engångslösenord och hoppades över
}
cli-imported = { $count ->
    [one] Importerade 1 konto från { $source }:
   *[other] Importerade { $count } konton från { $source }:
}
cli-skipped = Hoppade över { $count }:
cli-import-name-cleaned = styrtecken eller textriktningstecken togs bort ur namnet

## export, qr

cli-usage-export-format = okänt exportformat ”{ $format }”; kända format: { $known }
cli-export-unencrypted = { $path } ({ $format }): { $warning }
cli-left-out = Utelämnade { $count }:
cli-export-passwords-differ = de två lösenorden för exportfilen skiljer sig åt; inget exporterades
cli-export-password-short = lösenordet för exportfilen måste ha minst { $min } tecken; inget exporterades
cli-qr-holds-secret = { $path } innehåller den hemliga nyckeln för ”{ $name }”: den som ser bilden kan skapa dess koder. Skanna den och radera den sedan.
cli-qr-written = Skrev QR-koden för { $name } till { $path }

## Fönstret, när det inte kan öppnas eller stannar (på kommandoraden)

window-cannot-open = fönstret kan inte öppnas: { $reason }; kommandoraden behöver inget fönster: zweifaktor --help
window-no-display = ingen skärm (DISPLAY eller WAYLAND_DISPLAY är inte satt)
window-libraries-missing = { $count ->
    [one] { $libraries } saknas — Debian/Ubuntu: apt-get install { $packages }
   *[other] { $libraries } saknas — Debian/Ubuntu: apt-get install { $packages }
}
window-stopped = fönstret avslutades (meddelande från fönstersystemet: { $reason })
window-cannot-draw = kan inte rita i fönstret (meddelande från grafikutmatningen: { $reason })

## Fönstret: vad det säger när något lyckades eller inte (statusraden och dialogrutor)

win-storage-folder-missing = Lagringsmappen { $folder } hittas inte (har den flyttats, eller är en enhet inte ansluten?). Anslut enheten och starta om Zweifaktor, eller välj mappen där ditt valv finns.
win-no-vault-in-folder = Det finns inget Zweifaktor-valv i { $folder }. Välj mappen som innehåller { $file }.
win-restored-from-backup = Valvfilen var skadad; dess säkerhetskopia har återställts (den skadade filen sparas som .damaged).
win-password-changed = Lösenordet har ändrats.
win-exported = { $count ->
    [one] Exporterade 1 konto till { $path }.
   *[other] Exporterade { $count } konton till { $path }.
}
win-imported = { $count ->
    [one] Importerade 1 konto.
   *[other] Importerade { $count } konton.
}
win-job-lost = Arbetet i bakgrunden avbröts oväntat; försök igen.
win-unlock-before-drop = Lås upp först och dra sedan hit filen igen.
win-clipboard-unusable = Urklipp kan inte användas: { $reason }
win-no-clipboard = inget urklipp tillgängligt
win-settings-not-saved = Inställningarna kunde inte sparas: { $reason }
win-wrong-password = { $attempts_left ->
    [one] Fel lösenord. Ett felaktigt försök till, så raderas de hemliga nycklarna.
   *[other] Fel lösenord. { $attempts_left } felaktiga försök till, så raderas de hemliga nycklarna.
}
win-too-many-wrong-passwords = För många felaktiga lösenord.
win-wrong-master-password = { $attempts_left ->
    [one] Huvudlösenordet är fel; ingenting har visats eller skrivits. Ett felaktigt försök till, så raderas de hemliga nycklarna.
   *[other] Huvudlösenordet är fel; ingenting har visats eller skrivits. { $attempts_left } felaktiga försök till, så raderas de hemliga nycklarna.
}
win-wrong-current-password = { $attempts_left ->
    [one] Det nuvarande lösenordet är fel. Ett felaktigt försök till, så raderas de hemliga nycklarna.
   *[other] Det nuvarande lösenordet är fel. { $attempts_left } felaktiga försök till, så raderas de hemliga nycklarna.
}
win-named-problem = { $name }: { $problem }
win-dropped-file-unreadable = Filen som släpptes här kan inte läsas: { $reason }
win-clipboard-no-image = Det finns ingen bild i urklipp. Kopiera en skärmbild av QR-koden (t.ex. med Skärmklippverktyget) och klistra sedan in den.
win-clipboard-image-unreadable = Bilden i urklipp kan inte läsas.
win-clipboard-image-unreadable-because = Bilden i urklipp kan inte läsas: { $reason }
win-language-not-saved = Språket har bytts, men valet kunde inte sparas: { $reason }
win-change-not-saved-yet = Din senaste ändring är inte sparad ännu ({ $reason }), så ingenting gjordes. Stäng den här dialogrutan, välj ”Försök igen” längst ned i fönstret och försök sedan igen.
win-exported-after-lock = { $count ->
    [one] Exporten som började före låsningen är klar: 1 konto i { $path }.
   *[other] Exporten som började före låsningen är klar: { $count } konton i { $path }.
}
win-not-exported-after-lock = Exporten som började före låsningen skrev ingenting: { $reason }
win-password-changed-before-lock = Huvudlösenordet ändrades strax före låsningen: lås upp med det nya.
win-password-not-changed = Huvudlösenordet ändrades inte: { $reason }
win-saving-lost = sparandet avbröts oväntat; lås, lås upp och gör ändringen igen
win-change-refused = En ändring sparades inte (ett annat program har ändrat valvet under tiden): { $reason }
win-not-saved-before-lock = Din senaste ändring kunde inte sparas före låsningen ({ $reason }): lås upp och gör den igen.
win-exit-not-saved = de senaste ändringarna sparades inte inom { $seconds } sekunder; de har gått förlorade

## Läsa skärmen för att hitta QR-koder (”Skanna skärmen”); varje meddelande säger vad som går i stället

win-screen-instead = ta i stället en skärmbild (t.ex. med tangenten Print Screen) och öppna filen med ”{ win-choose-file }”
win-screen-instead-macos = ta i stället en skärmbild (Skift-Kommando-3) och öppna filen med ”{ win-choose-file }”
win-screen-unavailable = Skärmen kan inte läsas här ({ $detail }); { $instead }.
win-screen-no-portal = Skrivbordsmiljön har ingen portal för skärmbilder (xdg-desktop-portal) ({ $detail }); { $instead }.
win-screen-cancelled = Skärmbilden avbröts; { $instead }.
win-screen-refused = Skrivbordsmiljön tog ingen skärmbild (den kanske inte tillåter program att ta skärmbilder); { $instead }.
win-screen-timed-out = Skrivbordsmiljön svarade inte på begäran om en skärmbild inom { $seconds } sekunder; { $instead }.
win-screen-failed = Det gick inte att läsa skärmen genom skrivbordsmiljön ({ $detail }); { $instead }.
win-screen-not-allowed = macOS tillåter inte Zweifaktor att spela in skärmen. Tillåt det i Systeminställningar → Integritet och säkerhet → Skärm- och systemljudinspelning (i äldre macOS: Skärminspelning), avsluta Zweifaktor och öppna det igen; eller { $instead }.

## Vanliga knappar och markeringar

win-ok = OK
win-cancel = Avbryt
win-close = Stäng
win-yes = Ja
win-no = Nej
win-rule-met = uppfyllt
win-rule-not-met = inte uppfyllt
win-rule-spoken = { $rule } ({ $state })
win-both-fields-equal = båda fälten lika

## Första start

win-welcome = Välkommen till Zweifaktor
win-install-question = Är det här en förstagångsinstallation eller en versionsuppdatering av en befintlig installation?
win-first-installation = Förstagångsinstallation
win-first-installation-text = Du har inte använt Zweifaktor på den här datorn tidigare. Ett nytt, tomt valv skapas i lagringsmappen.
win-version-update = Versionsuppdatering
win-version-update-text = Du använder redan Zweifaktor. Peka ut mappen där ditt valv (vault.zweifaktor) finns, så behåller du dina konton.
win-storage-folder = Lagringsmapp
win-existing-vault-folder = Mappen med det befintliga valvet
win-choose-folder = Välj mapp…
win-use-default-folder = Använd standardsökvägen
win-continue = Fortsätt
win-looking-into-folder = Tittar i mappen…
win-looking-for-vault = Letar efter ditt valv ({ $path })…

## Ange huvudlösenordet

win-set-password-title = Ange huvudlösenordet
win-set-password-text = Det här lösenordet skyddar dina konton. Du anger det varje gång du öppnar Zweifaktor.
win-erased-now = Lösenordet angavs fel för många gånger, så de hemliga nycklarna för alla konton har raderats.
win-erased = De hemliga nycklarna för alla konton har raderats.
win-erased-list-kept = Listan över konton finns kvar. Ange ett nytt lösenord och registrera sedan varje konto på nytt (”{ win-enroll-again }”).
win-password = Lösenord
win-repeat-password = Upprepa lösenordet
win-password-needs = Lösenordskrav – lösenordet måste innehålla:
win-password-not-recoverable = Lösenordet kan inte återskapas. Om du glömmer det måste varje konto registreras på nytt.
win-protecting-vault = Skyddar valvet…

## Låsa upp

win-locked-for-security = Programmet har låsts av säkerhetsskäl. Ange ditt huvudlösenord för att se dina konton.
win-unlock-text = Ange ditt huvudlösenord för att se dina konton.
win-master-password = Huvudlösenord
win-locked-for = { $seconds ->
    [one] Låst i 1 sekund
   *[other] Låst i { $seconds } sekunder
}
win-unlock = Lås upp
win-erasing-secrets = Raderar de hemliga nycklarna…
win-checking-password = Kontrollerar lösenordet…
win-forgot-password = Återställ lösenordet
win-forgot-password-warning = De hemliga nycklarna för alla konton kommer att raderas. Listan över konton finns kvar, och varje konto måste registreras på nytt.
win-forgot-password-question = Sedan anger du ett nytt lösenord. Vill du återställa ditt lösenord?

## Listan över konton

win-no-procedures = Inga konton ännu. Lägg till ett med ”+” (Ctrl+N).
win-no-match = Inget konto matchar sökningen.
win-add-procedure-hint = Lägg till ett konto (Ctrl+N)
win-search = Sök:
win-search-hint = Ctrl+F
win-lock = Lås
win-lock-hint = Lås nu (Ctrl+L)
win-code-of = Kod för { $name }: { $code }
win-enroll-again = Registrera på nytt
win-enroll-again-name = Registrera { $name } på nytt
win-cannot-make-codes = Med det här kontots inställningar går det inte att skapa koder.
win-secret-erased = Den hemliga nyckeln har raderats: registrera det här kontot på nytt.
win-seconds-left = { $seconds } s
win-copy = Kopiera
win-copy-name = Kopiera koden för { $name }
win-clipboard-mode = Urklippsläge
win-clipboard-mode-on = Urklippsläge: på
win-clipboard-mode-name = Urklippsläge för { $name }
win-qr-code = QR-kod
win-qr-code-name = Visa QR-koden för { $name }
win-edit = Redigera
win-edit-name = Redigera { $name }
win-delete = Ta bort
win-delete-name = Ta bort { $name }
win-clipboard-content = Aktuellt innehåll i urklipp: { $code }
win-clipboard-content-label = Aktuellt innehåll i urklipp:
win-clipboard-empty = Urklipp: ingen kod
win-saving = Sparar…
win-not-saved = Din senaste ändring är inte sparad: { $reason }
win-try-again = Försök igen
win-drop-to-import = Släpp filen här för att importera den
    (en exportfil eller en skärmbild med QR-kod)
win-drop-wait = Vänta tills importen har läst klart
    och släpp sedan filen
win-drop-close-dialog = Stäng dialogrutan först
    för att importera en fil

## Menyer

win-menu-options = Alternativ
win-menu-settings = Inställningar…
win-menu-import = Importera…
win-menu-export = Exportera…
win-menu-change-password = Byt lösenord…
win-menu-lock = Lås (Ctrl+L)
win-menu-accessibility = Tillgänglighet
win-larger-text = Större text
win-smaller-text = Mindre text
win-normal-text = Normal textstorlek
win-high-contrast = Hög kontrast
win-larger-text-key = Ctrl+plus
win-smaller-text-key = Ctrl+minus
win-normal-text-key = Ctrl+0
win-text-size = Textstorlek: { $percent } %
win-theme-system = Som systemet
win-theme-light = Ljust
win-theme-dark = Mörkt
win-menu-help = Hjälp
win-menu-manual = Handbok
win-menu-about = Om Zweifaktor

## Lägga till och redigera ett konto

win-add-procedure = Lägg till konto
win-edit-procedure = Redigera konto
win-required-fields = Fält markerade med * är obligatoriska.
win-name-field = Namn
win-secret-field = Hemlig nyckel
win-advanced = Avancerat
win-save = Spara
win-issuer = Utfärdare
win-account = Användarnamn
win-url = Inloggningssida (URL)
win-type = Typ:
win-totp = Tidsbaserad (TOTP)
win-hotp = Räknare (HOTP)
win-steam = Steam
win-algorithm = Algoritm:
win-digits = Antal siffror:
win-period = Giltighetstid (sekunder):
win-counter = Räknare:
win-filled-from-link = Ifyllt från otpauth-länken.
win-link-unusable = Den här otpauth-länken kan inte användas: { $reason }
win-name-required = Namnet är obligatoriskt.
win-name-exists = Det finns redan ett konto med det här namnet.
win-secret-required = Den hemliga nyckeln är obligatorisk.

## Ta bort ett konto

win-delete-title = Ta bort konto
win-delete-question = Vill du verkligen ta bort kontot ”{ $name }”? Dess hemliga nyckel försvinner för gott.
win-yes-delete = Ja, ta bort

## Byta huvudlösenord

win-change-password = Byt lösenord
win-current-password = Nuvarande lösenord
win-new-password = Nytt lösenord
win-repeat-new-password = Upprepa det nya lösenordet

## Inställningar

win-settings = Inställningar
win-lock-after = Lås efter
win-minutes-without-input = minuter utan inmatning
win-clear-copied-codes = Rensa kopierade koder:
win-after-expiry = efter att de har gått ut
win-folder-from-command-line = (angiven på kommandoraden)
win-open-folder = Öppna mappen
win-hide-names = Dölj kontonas namn i valvfilen
win-hide-names-text = Dolda namn skyddar mot den som kopierar filen, men om du glömmer lösenordet finns det inget som visar var du ska registrera kontona på nytt.
win-language = Språk
win-language-system = Systemets språk ({ $language })

## Importera

win-import = Importera
win-import-text = Konton från en annan apps export (Aegis, 2FAS, andOTP, FreeOTP, Bitwarden, länkar från Google Authenticator, …) eller från en skärmbild med QR-koder (PNG, JPEG). Du kan också släppa filen på fönstret.
win-export-file = Exportfil
win-choose-file = Välj fil…
win-read-file = Läs filen
win-scan-screen = Skanna skärmen
win-scan-screen-hint = Hitta QR-koder på skärmen, t.ex. på registreringssidan bredvid det här fönstret
win-paste-image = Klistra in bild
win-paste-image-hint = Läs QR-koderna i en bild i urklipp, t.ex. en skärmbild från Skärmklippverktyget
win-qr-in-images = { $found ->
    [one] QR-koder i { $images } bilder: 1 konto
   *[other] QR-koder i { $images } bilder: { $found } konton
}
win-qr-in-image = { $found ->
    [one] QR-koder i bilden: 1 konto
   *[other] QR-koder i bilden: { $found } konton
}
win-parts-scanned = { $count ->
    [one] { $received } av { $total } delar skannade – skanna de andra också (del { $missing } saknas).
   *[other] { $received } av { $total } delar skannade – skanna de andra också (delarna { $missing } saknas).
}
win-import-format = Format: { $format }
win-import-password = Exportens lösenord
win-open = Öppna
win-import-waits = Importen väntar tills alla delar av överföringen har skannats, så att inget konto blir kvar obemärkt.
win-import-checked = Importera { $count }
win-taking-screenshot = Tar en skärmbild… (skrivbordsmiljön kan be om lov)
win-looking-for-qr = Letar efter QR-koder…
win-choosing-file = Väljer fil…
win-reading-file = Läser filen…
win-found-entries = { $count ->
    [one] Hittade 1 post:
   *[other] Hittade { $count } poster:
}
win-name-cleaned = { $name } ({ $note })
win-already-in-vault = { $name } – finns redan i valvet
win-cannot-import = { $name }: kan inte importeras ({ $reason })

## Exportera

win-export-title = Exportera konton
win-format = Format
win-choose = Välj…
win-export-format-zweifaktor = Säkerhetskopia från Zweifaktor (krypterad)
win-export-format-aegis = Aegis-valv (krypterat)
win-export-format-otpauth = otpauth-lista (okrypterad)
win-export-format-google-migration = Överföringslänkar för Google Authenticator (okrypterade)
win-export-password = Lösenord för exportfilen
win-repeat-export-password = Upprepa lösenordet för exportfilen
win-at-least-characters = minst { $min } tecken
win-master-password-again-export = Ange ditt huvudlösenord igen: exporten innehåller dina hemliga nycklar.
win-export = Exportera
win-left-out = Utelämnade { $count }:
win-export-unencrypted = Filen innehåller dina hemliga nycklar okrypterade: radera den när den har importerats.
win-exported-item = • { $name }

## Ett konto som QR-kod

win-qr-title = QR-kod för { $name }
win-qr-alt = QR-kod med den hemliga nyckeln för { $name }
win-qr-warning = Den som ser den här koden kan kopiera kontot och skapa dess koder. Visa den bara för kameran i din egen telefon.
win-qr-text = Skanna koden med en autentiseringsapp för att registrera samma hemliga nyckel på en telefon.
win-master-password-again-qr = Ange ditt huvudlösenord igen: koden visar den hemliga nyckeln.
win-show-qr = Visa QR-koden

## Hjälp: handboken och ”Om”

win-manual = Handbok
win-manual-unlock-title = Lås upp
win-manual-unlock = Ange ditt huvudlösenord och tryck på Retur. Efter 5 felaktiga försök låser varje ytterligare felaktigt försök Zweifaktor en stund (10, 20, 40, 80 sekunder); det 10:e raderar de hemliga nycklarna, men listan över konton finns kvar.
win-manual-procedures-title = Sparade konton
win-manual-procedures = Varje rad visar den aktuella koden, sekunderna till nästa och inloggningssidan. ”{ win-copy }” lägger koden i urklipp en gång; ”{ win-clipboard-mode }” håller den aktuella koden i urklipp och byter ut den så fort en ny kod visas.
win-manual-add-title = Lägga till ett konto
win-manual-add = Tryck på ”+” (Ctrl+N). Ange ett namn och den hemliga nyckeln från tjänstens registreringssida, eller klistra in en otpauth://-länk i fältet för den hemliga nyckeln: den fyller i alla fält. När du har sparat visas den första koden direkt, så att du kan bekräfta registreringen.
win-manual-enroll-again-title = Registrera på nytt
win-manual-enroll-again = När de hemliga nycklarna har raderats visar kontona ”{ win-enroll-again }”: hämta en ny hemlig nyckel från tjänsten och ange den.
win-manual-import-title = Importera
win-manual-import = { win-menu-options } > { win-menu-import }: en annan apps exportfil, en skärmbild med QR-koder, ”{ win-paste-image }” för en bild från Skärmklippverktyget i urklipp, eller ”{ win-scan-screen }”. Du kan också släppa en fil på fönstret. En överföring från Google Authenticator som visas som flera QR-koder skannas en kod i taget; den importeras när alla delar finns.
win-manual-export-title = Exportera och QR-kod
win-manual-export = { win-menu-options } > { win-menu-export } skriver alla konton till en ny fil: en krypterad säkerhetskopia från Zweifaktor eller ett Aegis-valv (med ett eget lösenord), eller en vanlig otpauth-lista eller länkar för Google Authenticator (okrypterade: radera dem när de har importerats). ”{ win-qr-code }” på en rad visar ett konto som QR-kod att skanna med en telefon. Båda frågar efter ditt huvudlösenord igen.
win-manual-lock-title = Lås
win-manual-lock = Ctrl+L eller ”{ win-lock }” låser Zweifaktor direkt och tar bort nyckeln ur minnet; Zweifaktor låser sig också efter några minuter utan inmatning ({ win-menu-options }).
win-manual-forgot-title = Återställ lösenordet
win-manual-forgot = På upplåsningsskärmen: de hemliga nycklarna raderas, listan över konton finns kvar, och du anger ett nytt lösenord och registrerar varje konto på nytt.
win-manual-language-title = Språk
win-manual-language = Zweifaktor talar tyska, engelska, nederländska och svenska och följer systemets språk. Under { win-menu-options } > { win-menu-settings } väljer du ett annat; fönstret byter direkt.
win-manual-keyboard-title = Tangentbord
win-manual-keyboard =
    Tabb och Skift+Tabb flyttar mellan kontrollerna; Retur eller blanksteg aktiverar en knapp; Retur i ett fält bekräftar dialogrutan; Esc stänger en dialogruta eller en meny.
    Ctrl+N lägger till ett konto, Ctrl+F går till sökfältet, Ctrl+L låser; Ctrl+plus och Ctrl+minus gör texten större och mindre, Ctrl+0 återställer den till 100 %.
    I listan över konton går uppåtpil och nedåtpil till föregående och nästa kontos kod, Home och End till det första och sista; Retur eller Ctrl+C kopierar koden.
    F10 går till menyn ({ win-menu-options }); i en meny väljer du ett alternativ med uppåtpil och nedåtpil och kör det med Retur.
    I ett sifferfält (antal siffror, giltighetstid, minuter) ändrar uppåtpil och nedåtpil talet.
    I den här handboken rullar du med Page Up, Page Down, piltangenterna, Home och End.
win-about-version = Version { $version }
win-about-text = Koder för tvåfaktorsautentisering från ett krypterat valv.
win-about-license = Licens: { $license }

# What a screen reader hears (announcements and names that are never shown as text).
win-announce-lock-over = Låstiden är slut: du kan ange huvudlösenordet igen.
win-announce-new-code = Ny kod för { $name } i urklipp: { $code }.
win-announce-erased = De hemliga nycklarna har raderats. Ange ett nytt lösenord.
win-announce-qr-shown = QR-koden visas. Den som ser den kan kopiera kontot.
win-announce-locked = Zweifaktor är låst. Ange ditt huvudlösenord för att se dina konton.
win-announce-erased-now = Lösenordet angavs fel för många gånger: de hemliga nycklarna för alla konton har raderats. Ange ett nytt lösenord.
win-announce-locked-for = { $seconds ->
    [one] Låst i 1 sekund.
   *[other] Låst i { $seconds } sekunder.
}
win-announce-import-encrypted = Exporten är krypterad: ange dess lösenord.
win-announce-import-found = { $found ->
    [one] Hittade 1 post
   *[other] Hittade { $found } poster
}; { $checked ->
    [one] 1 är markerad för import.
   *[other] { $checked } är markerade för import.
}
win-announce-parts-scanned = { $received } av { $total } delar skannade: skanna de andra också.
win-announce-saved = Sparade { $name }.
win-announce-deleted = Tog bort { $name }.
win-announce-filled-from-link = Ifyllt från otpauth-länken; namnet är ”{ $name }”.
win-announce-copied = Kopierade koden för { $name }.
win-announce-clipboard-mode-off = Urklippsläget för { $name } är av.
win-announce-clipboard-mode-on = Urklippsläget för { $name } är på: den aktuella koden ligger i urklipp och ersätts av varje ny kod.
win-announce-all-shown = { $all ->
    [one] 1 konto visas.
   *[other] Alla { $all } konton visas.
}
win-announce-matches = { $count ->
    [one] 1 konto matchar.
   *[other] { $count } konton matchar.
}
win-code-copy-hint = Retur eller Ctrl+C kopierar den.
win-seconds-until-next = Sekunder till nästa kod för { $name }
win-procedure-list = Sparade konton
win-menu-bar = Menyrad
win-key-add = Ctrl+N
win-key-lock = Ctrl+L
win-key-search = Ctrl+F
win-checking-master-password = Kontrollerar huvudlösenordet…
win-checking-and-exporting = Kontrollerar huvudlösenordet och exporterar…
win-changing-password = Byter lösenordet…

## Snabbvalet (öppnas med det globala kortkommandot) och kortkommandot i alternativen

win-quick-pick-title = Snabbval
win-quick-pick-filter = Filter:
win-quick-pick-list = Hittade konton
win-quick-pick-none = Inget konto matchar filtret.
win-quick-pick-keys = Piltangenterna: välj · Retur: kopiera koden · Skift+Retur: urklippsläge · Esc: stäng
win-quick-pick-found = { $count ->
    [one] 1 konto hittat: { $name }.
   *[other] { $count } konton hittade; valt: { $name }.
}
win-quick-pick-chosen = { $name }, { $position } av { $count }
win-quick-pick-unlock-first = Ange ditt huvudlösenord; sedan öppnas snabbvalet.
win-settings-shortcut-heading = Globalt kortkommando
win-settings-shortcut-use = Öppna snabbvalet från alla program med
win-settings-shortcut-change = Ändra…
win-settings-shortcut-press = Tryck på det nya kortkommandot (Esc: behåll det gamla)
win-settings-shortcut-needs-modifier = Ett kortkommando behöver Ctrl, Alt eller Super tillsammans med en bokstav, en siffra eller F1–F12.
win-settings-shortcut-active = { $shortcut } öppnar snabbvalet.
win-settings-shortcut-starting = Ställer in { $shortcut }…
win-settings-shortcut-taken = { $shortcut } används av ett annat program. Välj ett annat kortkommando.
win-settings-shortcut-refused = Systemet godkände inte { $shortcut }: { $reason }
win-settings-shortcut-no-such-key = tangentbordet har ingen sådan tangent
win-settings-shortcut-no-portal = Den här skrivbordsmiljön erbjuder inte program några globala kortkommandon (portalen GlobalShortcuts saknas). Öppna Zweifaktor från dess fönster i stället.
win-settings-shortcut-portal = I den här skrivbordsmiljön bekräftar systemet kortkommandot och kan ändra det i sina egna inställningar.
win-modifier-ctrl = Ctrl
win-modifier-alt = Alt
win-modifier-shift = Skift
win-modifier-logo = Super
## Menyn för ikonen i meddelandefältet (meddelandefältet läser också upp namnen för skärmläsare)

win-tray-tooltip = Zweifaktor
win-tray-tooltip-unlocked = Zweifaktor (upplåst)
win-tray-tooltip-locked = Zweifaktor (låst)
win-tray-copy-heading = Kopiera koden för:
win-tray-no-procedures = Inga konton ännu
win-tray-enroll-again = { $name } (registrera på nytt först)
win-tray-unlock = Lås upp…
win-tray-lock = Lås
win-tray-show = Visa Zweifaktor
win-tray-quit = Avsluta

## Inställningar: meddelandefältet och start vid inloggning

win-settings-tray-heading = Meddelandefältet och inloggning
win-settings-keep-in-tray = Fortsätt köra i meddelandefältet när fönstret stängs
win-settings-start-minimised = Starta minimerad i meddelandefältet
win-settings-start-at-login = Starta vid inloggning
win-settings-no-tray = Den här skrivbordsmiljön visar inga ikoner i meddelandefältet: när du stänger fönstret avslutas Zweifaktor, och programmet startar alltid med fönstret synligt.
win-settings-autostart-failed = Start vid inloggning kunde inte ändras: { $reason }

## Inställningar: dölj fönstret vid skärminspelning (h-window-state)

win-settings-hide-from-capture = Dölj fönstret vid skärminspelning och skärmdelning
win-settings-hide-from-capture-unsupported = Det här systemet kan inte dölja fönster vid skärminspelning: inställningen har ingen verkan här.

## h-import-words: vad som exakt hindrade att skärmen lästes. $detail är systemets eget
## meddelande.

win-screen-detail-no-desktop = varken en Wayland- eller en X11-skrivbordsmiljö körs
win-screen-detail-not-built = läsning av skärmen är inte inbyggd för det här systemet
win-screen-detail-no-monitor = ingen bildskärm hittades
win-screen-detail-no-x11-display = ingen X11-skärm
win-screen-detail-no-such-screen = X-servern har inte den skärmen
win-screen-detail-depth = en skärm med färgdjup { $depth } stöds inte
win-screen-detail-no-session-bus = ingen D-Bus-sessionsbuss: { $detail }
win-screen-detail-nobody-answers = ingenting svarar som org.freedesktop.portal.Desktop på sessionsbussen
win-screen-detail-no-screenshot-interface = skrivbordsmiljöns portal kan inte ta skärmbilder (inget Screenshot-gränssnitt)
win-screen-detail-not-local-file = skärmbilden är ingen lokal fil utan { $uri }
win-screen-detail-not-an-image = skärmbildens fil { $path } är ingen användbar bild: { $detail }
win-screen-detail-unreadable = skärmbildens fil { $path } kan inte läsas: { $detail }
win-screen-detail-too-large = skärmbildens fil { $path } är större än { $max_mb } MB
# Start at login inside a Flatpak: the desktop's Background portal asks the user and answers.
win-settings-autostart-reason = Zweifaktor startar vid inloggning så att dina koder finns till hands direkt.
win-settings-autostart-granted = Skrivbordsmiljön startar Zweifaktor vid inloggning.
win-settings-autostart-withdrawn = Skrivbordsmiljön startar inte längre Zweifaktor vid inloggning.
win-settings-autostart-refused = Skrivbordsmiljön tillät inte start vid inloggning. Du kan tillåta det i skrivbordsmiljöns inställningar för program och sedan markera alternativet igen.
win-settings-autostart-no-portal = Skrivbordsmiljön har ingen portal för start vid inloggning (xdg-desktop-portal). Som Flatpak kan Zweifaktor därför inte starta vid inloggning.

## Varför start vid inloggning inte kunde ändras; $detail är systemets eget meddelande

win-autostart-no-place = det finns ingen hem- eller inställningsmapp att lägga posten i
win-autostart-no-program = det går inte att avgöra var programmet ligger ({ $detail })
win-autostart-unwritable = programmets sökväg { $path } kan inte skrivas in i posten
win-autostart-write = det går inte att skriva { $path } ({ $detail })
win-autostart-remove = det går inte att ta bort { $path } ({ $detail })
win-autostart-registry = Windows-registret avvisade ändringen ({ $detail })
win-autostart-timed-out = skrivbordsmiljön svarade inte inom { $seconds } sekunder
win-autostart-portal = skrivbordsmiljöns bakgrundsportal misslyckades ({ $detail })

# h-no-english: urklippets, en släppt fils och systemets orsaker med våra ord
win-clipboard-reason-empty = urklippet är tomt eller innehåller något annat
win-clipboard-reason-not-supported = det här systemets urklipp stöds inte
win-clipboard-reason-occupied = ett annat program håller urklippet; försök igen
win-clipboard-reason-conversion = urklippets innehåll kan inte konverteras
win-clipboard-reason-unknown = systemets urklipp svarade inte som väntat
win-dropped-file-no-content = Den släppta filen kan inte läsas.
win-screen-detail-system = meddelande från systemet: { $detail }
win-screen-detail-x11-unreachable = X-servern kan inte nås: { $reason }
win-screen-detail-x11-refused = X-servern nekade anslutningen (ingen behörighet för den här skärmen?)
win-screen-detail-session-bus-unreachable = D-Bus-sessionsbussen kan inte nås: { $reason }

# lead: varför systemet nekade kortkommandot
win-shortcut-refusal-x11-unreachable = X-servern kan inte nås: { $reason }
win-shortcut-refusal-x11-refused = X-servern nekade anslutningen (ingen behörighet för den här skärmen?)
win-shortcut-refusal-system = meddelande från systemet: { $detail }

## h-a11y-walk: det som den tyska genomgången med skärmläsare och tangentbord saknade

# Mellan två licenser i licensuttrycket ("MIT eller Apache-2.0").
win-about-license-or = eller
# Vad lösenordet fortfarande saknar: fältets beskrivning, och sagt vid Enter innan det uppfylls.
win-password-still-needs = Lösenordet behöver fortfarande: { $rules }.
win-manual-quick-pick-title = Snabbval
win-manual-quick-pick = Ctrl+Alt+Z öppnar snabbvalet från vilket program som helst medan Zweifaktor körs (Alternativ > Inställningar…: ett annat kortkommando, eller inget); är Zweifaktor låst kommer lösenordet först. Skriv en del av ett namn; pil upp och ned väljer, Retur kopierar koden, Skift+Retur slår på urklippsläget för den, Esc stänger.
