# Zweifaktor, programmet: kommandoradens meddelanden (svenska). Termer: i18n/GLOSSARY.md.

-needs-reenrollment = [måste registreras på nytt]

## Varje rad på stderr börjar med programmets namn

cli-error = zweifaktor: { $message }
cli-warning = zweifaktor: varning: { $message }

## Frågor om inmatning

cli-prompt-master-password = Huvudlösenord:
cli-prompt-new-password = Nytt huvudlösenord:
cli-prompt-repeat-new-password = Upprepa det nya lösenordet:
cli-prompt-secret = Hemlig nyckel (Base32):
cli-prompt-export-password = Lösenord för exportfilen:
cli-prompt-repeat-export-password = Upprepa exportens lösenord:
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
cli-code-needs-reenrollment = ”{ $name }” måste registreras på nytt: dess hemliga nyckel har raderats (ge det en ny med `zweifaktor add "{ $name }" --secret …`)
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
cli-export-passwords-differ = exportens två lösenord skiljer sig åt; inget exporterades
cli-export-password-short = exportfilens lösenord måste ha minst { $min } tecken; inget exporterades
cli-qr-holds-secret = { $path } innehåller den hemliga nyckeln för ”{ $name }”: den som ser bilden kan skapa dess koder. Skanna den och radera den sedan.
cli-qr-written = Skrev QR-koden för { $name } till { $path }

## Fönstret, när det inte kan öppnas eller stannar (på kommandoraden)

window-cannot-open = fönstret kan inte öppnas: { $reason }; kommandoraden behöver inget fönster: zweifaktor --help
window-no-display = ingen skärm (DISPLAY eller WAYLAND_DISPLAY är inte satt)
window-libraries-missing = { $count ->
    [one] { $libraries } saknas — Debian/Ubuntu: apt-get install { $packages }
   *[other] { $libraries } saknas — Debian/Ubuntu: apt-get install { $packages }
}
window-stopped = fönstret stannade: { $reason }
window-cannot-draw = kan inte rita i fönstret: { $reason }

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
win-settings-no-tray = Den här skrivbordsmiljön visar inga ikoner i meddelandefältet: när fönstret stängs avslutas Zweifaktor, och det startar med fönstret synligt.
win-settings-autostart-failed = Start vid inloggning kunde inte ändras: { $reason }
