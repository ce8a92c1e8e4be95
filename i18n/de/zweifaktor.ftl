# Zweifaktor, Programm: die Meldungen der Befehlszeile (Deutsch). Begriffe: i18n/GLOSSARY.md.

-needs-reenrollment = [muss neu eingerichtet werden]

## Jede Zeile auf stderr beginnt mit dem Namen des Programms

cli-error = zweifaktor: { $message }
cli-warning = zweifaktor: Warnung: { $message }

## Eingabeaufforderungen

cli-prompt-master-password = Kennwort:
cli-prompt-new-password = Neues Kennwort:
cli-prompt-repeat-new-password = Kennwortwiederholung:
cli-prompt-secret = Geheimschlüssel (Base32):
cli-prompt-export-password = Kennwort der Exportdatei:
cli-prompt-repeat-export-password = Kennwort der Exportdatei wiederholen:
cli-prompt-import-password = Kennwort des Exports von { $format }:
cli-prompt-uri = otpauth-Link:

## Kennwörter und Standardeingabe

cli-passwords-differ = die beiden Kennwörter stimmen nicht überein; es wurde nichts geändert
cli-stdin-unreadable = die Standardeingabe kann nicht gelesen werden
cli-stdin-ended = die Standardeingabe endete vor Zeile { $line } ({ $prompt })
cli-stdin-line-unreadable = Zeile { $line } der Standardeingabe ({ $prompt }) kann nicht gelesen werden: { $reason }
cli-line-too-long = die Zeile ist länger als { $max } Byte
cli-line-not-text = die Zeile ist kein Text (UTF-8)
cli-typed-too-long = die Eingabe „{ $prompt }“ ist länger als { $max } Byte
cli-no-terminal = das Kennwort kann nicht abgefragt werden (kein Terminal?); verwenden Sie --password-stdin
cli-borrowed-console = zweifaktor.exe ist das Fensterprogramm, und das Terminal wartet nicht auf es: ein jetzt eingegebenes Kennwort könnte in der Befehlszeile des Terminals landen. Geben Sie denselben Befehl als zweifaktor-cli … ein, oder verwenden Sie --password-stdin
cli-no-home = Ihr Benutzerordner wurde nicht gefunden; geben Sie den Tresor mit --vault PFAD an
cli-restored-from-backup = die Tresordatei war beschädigt; ihre Sicherungskopie wurde wiederhergestellt (die beschädigte Datei bleibt als .damaged erhalten)

## init, passwd, reset, status

cli-created = { $path } angelegt
cli-passwd-erased = Die Geheimschlüssel wurden gelöscht; wählen Sie ein neues Kennwort.
cli-passwd-set-after-erase = Neues Kennwort festgelegt. Verfahren mit der Markierung { -needs-reenrollment } müssen neu eingerichtet werden.
cli-password-changed = Kennwort geändert.
cli-usage-reset-yes = reset löscht alle Geheimschlüssel (die Liste der Verfahren bleibt); bestätigen Sie mit --yes
cli-reset-done = { $count ->
    [one] Die Geheimschlüssel wurden gelöscht und ein neues Kennwort festgelegt; 1 Verfahren muss neu eingerichtet werden.
   *[other] Die Geheimschlüssel wurden gelöscht und ein neues Kennwort festgelegt; { $count } Verfahren müssen neu eingerichtet werden.
}
cli-status-vault = Tresor: { $path }
cli-status-attempts = Fehlversuche: { $count }
cli-status-locked = { $seconds ->
    [one] Gesperrt für 1 Sekunde
   *[other] Gesperrt für { $seconds } Sekunden
}
cli-status-erased = Die Geheimschlüssel wurden gelöscht; legen Sie mit `zweifaktor passwd` ein neues Kennwort fest.

## add

cli-added = { $name } hinzugefügt (ID { $id })
cli-reenrolled = { $name } neu eingerichtet (ID { $id })
cli-duplicate-name = ein Verfahren namens „{ $name }“ gibt es schon; ein weiteres wurde hinzugefügt
cli-usage-add-name = add braucht einen NAMEN (oder --uri)
cli-usage-uri-parameters = mit --uri kommen die Parameter aus dem Link
cli-usage-qr-parameters = mit --qr kommen die Parameter aus dem QR-Code
cli-usage-qr-several = die Bilder enthalten { $count } Konten; ein Name, --url oder --issuer gilt nur für eines (es wurde nichts hinzugefügt)
cli-qr-found = { $count ->
    [one] 1 Konto in den QR-Codes gefunden; es wird hinzugefügt.
   *[other] { $count } Konten in den QR-Codes gefunden; alle werden hinzugefügt.
}
cli-usage-counter-period = --counter (HOTP) und --period (TOTP) schließen einander aus

## list, code, remove

cli-list-erased = Die Geheimschlüssel wurden gelöscht; legen Sie mit `zweifaktor passwd` ein neues Kennwort fest und richten Sie diese Verfahren dann neu ein.
cli-list-empty = Noch keine Verfahren. Fügen Sie eines mit `zweifaktor add NAME --secret …` hinzu.
cli-list-needs-reenrollment = { -needs-reenrollment }
cli-usage-otp-with-secret = --algorithm, --digits, --period, --counter und --steam gehören zu --secret
cli-code-needs-reenrollment = „{ $name }“ muss neu eingerichtet werden: sein Geheimschlüssel wurde gelöscht (geben Sie ihm einen neuen mit `zweifaktor add "{ $name }" --secret …`)
cli-usage-at-hotp = --at gilt für zeitbasierte Codes, nicht für HOTP
cli-removed-meanwhile = das Verfahren wurde inzwischen entfernt
cli-changed-meanwhile = das Verfahren wurde inzwischen geändert; versuchen Sie es noch einmal
cli-code-valid-for = { $seconds ->
    [one] (noch 1 Sekunde gültig)
   *[other] (noch { $seconds } Sekunden gültig)
}
cli-removed = { $name } entfernt

## import

cli-usage-import-format = unbekanntes Format „{ $format }“; bekannte Formate: { $known }
cli-usage-format-one-file = --format gilt für eine einzelne Exportdatei
cli-usage-not-an-image = { $path } ist kein PNG- oder JPEG-Bild mit QR-Codes (eine Exportdatei wird für sich importiert: `zweifaktor import DATEI`)
cli-cannot-read-qr = aus { $path } kann kein QR-Code gelesen werden
cli-no-usable-qr = { $path } enthält keinen verwendbaren QR-Code
cli-qr-not-otp = { $count ->
    [one] 1 QR-Code enthält keinen Geheimschlüssel für Einmalkennwörter und wurde ausgelassen
   *[other] { $count } QR-Codes enthalten keinen Geheimschlüssel für Einmalkennwörter und wurden ausgelassen
}
cli-imported = { $count ->
    [one] 1 Verfahren aus { $source } importiert:
   *[other] { $count } Verfahren aus { $source } importiert:
}
cli-skipped = { $count } übersprungen:
cli-import-name-cleaned = Steuer- oder Textrichtungszeichen wurden aus dem Namen entfernt

## export, qr

cli-usage-export-format = unbekanntes Exportformat „{ $format }“; bekannte Formate: { $known }
cli-export-unencrypted = { $path } ({ $format }): { $warning }
cli-left-out = { $count } ausgelassen:
cli-export-passwords-differ = die beiden Kennwörter der Exportdatei stimmen nicht überein; es wurde nichts exportiert
cli-export-password-short = das Kennwort der Exportdatei muss mindestens { $min } Zeichen haben; es wurde nichts exportiert
cli-qr-holds-secret = { $path } enthält den Geheimschlüssel von „{ $name }“: wer das Bild sieht, kann seine Codes erzeugen. Scannen Sie es und löschen Sie es dann.
cli-qr-written = QR-Code von { $name } nach { $path } geschrieben

## Das Fenster, wenn es sich nicht öffnen lässt oder stehen bleibt (auf der Befehlszeile)

window-cannot-open = das Fenster kann nicht geöffnet werden: { $reason }; die Befehlszeile braucht kein Fenster: zweifaktor --help
window-no-display = keine Anzeige (DISPLAY oder WAYLAND_DISPLAY ist nicht gesetzt)
window-libraries-missing = { $count ->
    [one] { $libraries } fehlt — Debian/Ubuntu: apt-get install { $packages }
   *[other] { $libraries } fehlen — Debian/Ubuntu: apt-get install { $packages }
}
window-stopped = das Fenster wurde beendet: { $reason }
window-cannot-draw = in das Fenster kann nicht gezeichnet werden: { $reason }

## Das Menü des Symbols im Infobereich (der Infobereich liest diese Namen auch Screenreadern vor)

win-tray-tooltip = Zweifaktor
win-tray-tooltip-unlocked = Zweifaktor (entsperrt)
win-tray-tooltip-locked = Zweifaktor (gesperrt)
win-tray-copy-heading = Code kopieren von:
win-tray-no-procedures = Noch keine Verfahren
win-tray-enroll-again = { $name } (zuerst neu einrichten)
win-tray-unlock = Entsperren…
win-tray-lock = Sperren
win-tray-show = Zweifaktor anzeigen
win-tray-quit = Beenden

## Einstellungen: der Infobereich und der Start bei der Anmeldung

win-settings-tray-heading = Infobereich und Anmeldung
win-settings-keep-in-tray = Beim Schließen des Fensters im Infobereich weiterlaufen
win-settings-start-minimised = Minimiert im Infobereich starten
win-settings-start-at-login = Bei der Anmeldung starten
win-settings-no-tray = Diese Arbeitsumgebung zeigt keine Symbole im Infobereich: Schließen des Fensters beendet Zweifaktor, und es startet mit sichtbarem Fenster.
win-settings-autostart-failed = Der Start bei der Anmeldung konnte nicht geändert werden: { $reason }
