# Zweifaktor, Programm: was die Befehlszeile und das Fenster sagen (Deutsch). Begriffe: i18n/GLOSSARY.md.

-needs-reenrollment = [muss neu eingerichtet werden]

## Jede Zeile auf stderr beginnt mit dem Namen des Programms

cli-output-failed = die Ausgabe kann nicht geschrieben werden
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
cli-borrowed-console = zweifaktor.exe ist das Fensterprogramm, auf das das Terminal nicht wartet: Ein jetzt eingegebenes Kennwort könnte in der Befehlszeile des Terminals landen. Geben Sie denselben Befehl als zweifaktor-cli … ein, oder verwenden Sie --password-stdin
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
cli-usage-qr-several = die Bilder enthalten { $count } Verfahren; ein Name, --url oder --issuer gilt nur für eines (es wurde nichts hinzugefügt)
cli-qr-found = { $count ->
    [one] 1 Verfahren in den QR-Codes gefunden; es wird hinzugefügt.
   *[other] { $count } Verfahren in den QR-Codes gefunden; alle werden hinzugefügt.
}
cli-usage-counter-period = --counter (HOTP) und --period (TOTP) schließen einander aus

## list, code, remove

cli-list-erased = Die Geheimschlüssel wurden gelöscht; legen Sie mit `zweifaktor passwd` ein neues Kennwort fest und richten Sie diese Verfahren dann neu ein.
cli-list-empty = Noch keine Verfahren. Fügen Sie eines mit `zweifaktor add NAME --secret …` hinzu.
cli-list-needs-reenrollment = { -needs-reenrollment }
cli-usage-otp-with-secret = --algorithm, --digits, --period, --counter und --steam gehören zu --secret
cli-code-needs-reenrollment = „{ $name }“ muss neu eingerichtet werden: Sein Geheimschlüssel wurde gelöscht (einen neuen geben Sie mit `zweifaktor add "{ $name }" --secret …` ein)
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
cli-qr-holds-secret = { $path } enthält den Geheimschlüssel von „{ $name }“: Wer das Bild sieht, kann die Codes dieses Verfahrens erzeugen. Scannen Sie es und löschen Sie es dann.
cli-qr-written = QR-Code von { $name } nach { $path } geschrieben

## Das Fenster, wenn es sich nicht öffnen lässt oder stehen bleibt (auf der Befehlszeile)

window-cannot-open = das Fenster kann nicht geöffnet werden: { $reason }; die Befehlszeile braucht kein Fenster: zweifaktor --help
window-no-display = keine Anzeige (DISPLAY oder WAYLAND_DISPLAY ist nicht gesetzt)
window-libraries-missing = { $count ->
    [one] { $libraries } fehlt — Debian/Ubuntu: apt-get install { $packages }
   *[other] { $libraries } fehlen — Debian/Ubuntu: apt-get install { $packages }
}
window-stopped = das Fenster wurde beendet (Meldung des Fenstersystems: { $reason })
window-cannot-draw = in das Fenster kann nicht gezeichnet werden (Meldung der Grafikausgabe: { $reason })

## Das Fenster: was es meldet, wenn etwas gelungen ist oder nicht (Statuszeile und Dialoge)

win-storage-folder-missing = Der Speicherordner { $folder } ist nicht zu finden (verschoben, oder ein Laufwerk nicht verbunden?). Verbinden Sie ihn und starten Sie Zweifaktor neu, oder wählen Sie den Ordner, in dem Ihr Tresor liegt.
win-no-vault-in-folder = In { $folder } liegt kein Zweifaktor-Tresor. Wählen Sie den Ordner, der { $file } enthält.
win-restored-from-backup = Die Tresordatei war beschädigt; ihre Sicherungskopie wurde wiederhergestellt (die beschädigte Datei bleibt als .damaged erhalten).
win-password-changed = Das Kennwort wurde geändert.
win-exported = { $count ->
    [one] 1 Verfahren nach { $path } exportiert.
   *[other] { $count } Verfahren nach { $path } exportiert.
}
win-imported = { $count ->
    [one] 1 Verfahren importiert.
   *[other] { $count } Verfahren importiert.
}
win-job-lost = Die Arbeit im Hintergrund wurde unerwartet abgebrochen; bitte versuchen Sie es noch einmal.
win-unlock-before-drop = Entsperren Sie zuerst und ziehen Sie die Datei dann noch einmal hierher.
win-clipboard-unusable = Die Zwischenablage kann nicht verwendet werden: { $reason }
win-no-clipboard = keine Zwischenablage verfügbar
win-settings-not-saved = Die Einstellungen konnten nicht gespeichert werden: { $reason }
win-wrong-password = { $attempts_left ->
    [one] Falsches Kennwort. Noch 1 Fehlversuch, dann werden die Geheimschlüssel gelöscht.
   *[other] Falsches Kennwort. Noch { $attempts_left } Fehlversuche, dann werden die Geheimschlüssel gelöscht.
}
win-too-many-wrong-passwords = Zu viele falsche Kennwörter.
win-wrong-master-password = { $attempts_left ->
    [one] Das Kennwort ist falsch; es wurde nichts angezeigt oder geschrieben. Noch 1 Fehlversuch, dann werden die Geheimschlüssel gelöscht.
   *[other] Das Kennwort ist falsch; es wurde nichts angezeigt oder geschrieben. Noch { $attempts_left } Fehlversuche, dann werden die Geheimschlüssel gelöscht.
}
win-wrong-current-password = { $attempts_left ->
    [one] Das aktuelle Kennwort ist falsch. Noch 1 Fehlversuch, dann werden die Geheimschlüssel gelöscht.
   *[other] Das aktuelle Kennwort ist falsch. Noch { $attempts_left } Fehlversuche, dann werden die Geheimschlüssel gelöscht.
}
win-named-problem = { $name }: { $problem }
win-dropped-file-unreadable = Die abgelegte Datei kann nicht gelesen werden: { $reason }
win-clipboard-no-image = In der Zwischenablage ist kein Bild. Kopieren Sie ein Bildschirmfoto des QR-Codes (z. B. mit dem Snipping Tool) und fügen Sie es dann ein.
win-clipboard-image-unreadable = Das Bild in der Zwischenablage kann nicht gelesen werden.
win-clipboard-image-unreadable-because = Das Bild in der Zwischenablage kann nicht gelesen werden: { $reason }
win-language-not-saved = Die Sprache wurde umgestellt, konnte aber nicht gespeichert werden: { $reason }
win-change-not-saved-yet = Ihre letzte Änderung ist noch nicht gespeichert ({ $reason }), daher wurde nichts ausgeführt. Schließen Sie diesen Dialog, wählen Sie unten im Fenster „Erneut versuchen“ und versuchen Sie es dann noch einmal.
win-exported-after-lock = { $count ->
    [one] Der vor dem Sperren begonnene Export ist fertig: 1 Verfahren in { $path }.
   *[other] Der vor dem Sperren begonnene Export ist fertig: { $count } Verfahren in { $path }.
}
win-not-exported-after-lock = Der vor dem Sperren begonnene Export hat nichts geschrieben: { $reason }
win-password-changed-before-lock = Das Kennwort wurde kurz vor dem Sperren geändert: Entsperren Sie mit dem neuen Kennwort.
win-password-not-changed = Das Kennwort wurde nicht geändert: { $reason }
win-saving-lost = das Speichern wurde unerwartet abgebrochen; sperren Sie, entsperren Sie wieder und nehmen Sie die Änderung noch einmal vor
win-change-refused = Eine Änderung wurde nicht gespeichert (ein anderes Programm hat den Tresor inzwischen geändert): { $reason }
win-not-saved-before-lock = Ihre letzte Änderung konnte vor dem Sperren nicht gespeichert werden ({ $reason }): Entsperren Sie und nehmen Sie sie noch einmal vor.
win-exit-not-saved = die letzten Änderungen wurden nicht innerhalb von { $seconds } Sekunden gespeichert; sie sind verloren

## Den Bildschirm nach QR-Codes absuchen („Bildschirm scannen“); jede Meldung sagt, was stattdessen geht

win-screen-instead = erstellen Sie stattdessen ein Bildschirmfoto (z. B. mit der Druck-Taste) und öffnen Sie die Datei mit „{ win-choose-file }“
win-screen-instead-macos = erstellen Sie stattdessen ein Bildschirmfoto (Umschalt-Befehl-3) und öffnen Sie die Datei mit „{ win-choose-file }“
win-screen-unavailable = Der Bildschirm kann hier nicht gelesen werden ({ $detail }); { $instead }.
win-screen-no-portal = Die Arbeitsumgebung bietet kein Portal für Bildschirmfotos (xdg-desktop-portal) an ({ $detail }); { $instead }.
win-screen-cancelled = Das Bildschirmfoto wurde abgebrochen; { $instead }.
win-screen-refused = Die Arbeitsumgebung hat kein Bildschirmfoto erstellt (vielleicht erlaubt sie Programmen keine Bildschirmfotos); { $instead }.
win-screen-timed-out = Die Arbeitsumgebung hat nicht innerhalb von { $seconds } Sekunden auf die Anfrage nach einem Bildschirmfoto geantwortet; { $instead }.
win-screen-failed = Das Lesen des Bildschirms über die Arbeitsumgebung ist fehlgeschlagen ({ $detail }); { $instead }.
win-screen-not-allowed = macOS erlaubt Zweifaktor nicht, den Bildschirm aufzunehmen. Erlauben Sie es unter Systemeinstellungen → Datenschutz & Sicherheit → Bildschirm- & Systemaudioaufnahme (in älteren macOS-Versionen: Bildschirmaufnahme), beenden Sie Zweifaktor und öffnen Sie es erneut; oder { $instead }.

## Allgemeine Schaltflächen und Markierungen

win-ok = OK
win-cancel = Abbrechen
win-close = Schließen
win-yes = Ja
win-no = Nein
win-rule-met = erfüllt
win-rule-not-met = nicht erfüllt
win-rule-spoken = { $rule } ({ $state })
win-both-fields-equal = beide Felder stimmen überein

## Erster Start

win-welcome = Willkommen bei Zweifaktor
win-install-question = Ist dies eine Erstinstallation oder ein Versionsupdate einer bestehenden Installation?
win-first-installation = Erstinstallation
win-first-installation-text = Sie haben Zweifaktor auf diesem Computer noch nicht verwendet. Im Speicherordner wird ein neuer, leerer Tresor angelegt.
win-version-update = Versionsupdate
win-version-update-text = Sie verwenden Zweifaktor bereits. Wählen Sie den Ordner, in dem Ihr Tresor (vault.zweifaktor) liegt, damit Ihre Verfahren erhalten bleiben.
win-storage-folder = Speicherordner
win-existing-vault-folder = Ordner des vorhandenen Tresors
win-choose-folder = Ordner wählen…
win-use-default-folder = Standardpfad verwenden
win-continue = Weiter
win-looking-into-folder = Der Ordner wird geprüft…
win-looking-for-vault = Ihr Tresor wird gesucht ({ $path })…

## Das Kennwort festlegen

win-set-password-title = Kennwort festlegen
win-set-password-text = Dieses Kennwort schützt Ihre Verfahren. Sie geben es bei jedem Öffnen von Zweifaktor ein.
win-erased-now = Das Kennwort wurde zu oft falsch eingegeben, daher wurden die Geheimschlüssel aller Verfahren gelöscht.
win-erased = Die Geheimschlüssel aller Verfahren wurden gelöscht.
win-erased-list-kept = Die Liste der Verfahren ist erhalten geblieben. Legen Sie ein neues Kennwort fest und richten Sie dann jedes Verfahren neu ein („{ win-enroll-again }“).
win-password = Kennwort
win-repeat-password = Kennwortwiederholung
win-password-needs = Kennworthinweise – das Kennwort braucht:
win-password-not-recoverable = Das Kennwort kann nicht wiederhergestellt werden. Wenn Sie es vergessen, muss jedes Verfahren neu eingerichtet werden.
win-protecting-vault = Der Tresor wird geschützt…

## Entsperren

win-locked-for-security = Die Anwendung wurde aus Sicherheitsgründen gesperrt. Geben Sie Ihr Kennwort ein, um Ihre Verfahren zu sehen.
win-unlock-text = Geben Sie Ihr Kennwort ein, um Ihre Verfahren zu sehen.
win-master-password = Kennwort
win-locked-for = { $seconds ->
    [one] Gesperrt für 1 Sekunde
   *[other] Gesperrt für { $seconds } Sekunden
}
win-unlock = Entsperren
win-erasing-secrets = Die Geheimschlüssel werden gelöscht…
win-checking-password = Das Kennwort wird geprüft…
win-forgot-password = Kennwort zurücksetzen
win-forgot-password-warning = Die Geheimschlüssel aller Verfahren werden gelöscht. Die Liste der Verfahren bleibt erhalten, und jedes Verfahren muss neu eingerichtet werden.
win-forgot-password-question = Danach legen Sie ein neues Kennwort fest. Möchten Sie Ihr Kennwort zurücksetzen?

## Die Liste der Verfahren

win-no-procedures = Noch keine Verfahren gespeichert. Fügen Sie eines mit „+“ hinzu (Strg+N).
win-no-match = Kein Verfahren passt zur Suche.
win-add-procedure-hint = Verfahren hinzufügen (Strg+N)
win-search = Suche:
win-search-hint = Strg+F
win-lock = Sperren
win-lock-hint = Jetzt sperren (Strg+L)
win-code-of = Code von { $name }: { $code }
win-enroll-again = Neu einrichten
win-enroll-again-name = { $name } neu einrichten
win-cannot-make-codes = Mit den Einstellungen dieses Verfahrens lassen sich keine Codes erzeugen.
win-secret-erased = Der Geheimschlüssel wurde gelöscht: Richten Sie dieses Verfahren neu ein.
win-seconds-left = { $seconds } s
win-copy = Kopieren
win-copy-name = Code von { $name } kopieren
win-clipboard-mode = Zwischenablage-Modus
win-clipboard-mode-on = Zwischenablage-Modus: an
win-clipboard-mode-name = Zwischenablage-Modus für { $name }
win-qr-code = QR-Code
win-qr-code-name = QR-Code von { $name } anzeigen
win-edit = Bearbeiten
win-edit-name = { $name } bearbeiten
win-delete = Löschen
win-delete-name = { $name } löschen
win-clipboard-content = Aktueller Inhalt der Zwischenablage: { $code }
win-clipboard-content-label = Aktueller Inhalt der Zwischenablage:
win-clipboard-empty = Zwischenablage: kein Code
win-saving = Wird gespeichert…
win-not-saved = Ihre letzte Änderung ist nicht gespeichert: { $reason }
win-try-again = Erneut versuchen
win-drop-to-import = Datei hier ablegen, um sie zu importieren
    (eine Exportdatei oder ein Bildschirmfoto mit QR-Code)
win-drop-wait = Warten Sie, bis der Import die Datei gelesen hat,
    und legen Sie die Datei dann ab
win-drop-close-dialog = Schließen Sie zuerst den Dialog,
    um eine Datei zu importieren

## Menüs

win-menu-options = Optionen
win-menu-settings = Einstellungen…
win-menu-import = Importieren…
win-menu-export = Exportieren…
win-menu-change-password = Kennwort ändern…
win-menu-lock = Sperren (Strg+L)
win-menu-accessibility = Barrierefreiheit
win-larger-text = Größere Schrift
win-smaller-text = Kleinere Schrift
win-normal-text = Normale Schriftgröße
win-high-contrast = Hoher Kontrast
win-larger-text-key = Strg+Plus
win-smaller-text-key = Strg+Minus
win-normal-text-key = Strg+0
win-text-size = Schriftgröße: { $percent } %
win-theme-system = Wie das System
win-theme-light = Hell
win-theme-dark = Dunkel
win-menu-help = Hilfe
win-menu-manual = Handbuch
win-menu-about = Über Zweifaktor

## Ein Verfahren hinzufügen und bearbeiten

win-add-procedure = Verfahren hinzufügen
win-edit-procedure = Verfahren bearbeiten
win-required-fields = Mit * markierte Felder sind Pflichtfelder.
win-name-field = Name
win-secret-field = Token (bzw. Geheimschlüssel)
win-advanced = Erweitert
win-save = Speichern
win-issuer = Aussteller
win-account = Konto
win-url = Anmeldeseite (URL)
win-type = Art:
win-totp = Zeitbasiert (TOTP)
win-hotp = Zähler (HOTP)
win-steam = Steam
win-algorithm = Algorithmus:
win-digits = Stellen:
win-period = Gültigkeit (Sekunden):
win-counter = Zähler:
win-filled-from-link = Aus dem otpauth-Link ausgefüllt.
win-link-unusable = Dieser otpauth-Link kann nicht verwendet werden: { $reason }
win-name-required = Der Name ist ein Pflichtfeld.
win-name-exists = Es gibt bereits ein Verfahren mit diesem Namen.
win-secret-required = Der Geheimschlüssel ist ein Pflichtfeld.

## Ein Verfahren löschen

win-delete-title = Verfahren löschen
win-delete-question = Möchten Sie das Verfahren „{ $name }“ wirklich löschen? Sein Geheimschlüssel ist dann endgültig verloren.
win-yes-delete = Ja, löschen

## Das Kennwort ändern

win-change-password = Kennwort ändern
win-current-password = Aktuelles Kennwort
win-new-password = Neues Kennwort
win-repeat-new-password = Kennwortwiederholung

## Einstellungen

win-settings = Einstellungen
win-lock-after = Sperren nach
win-minutes-without-input = Minuten ohne Eingabe
win-clear-copied-codes = Kopierte Codes löschen:
win-after-expiry = nach ihrem Ablauf
win-folder-from-command-line = (auf der Befehlszeile angegeben)
win-open-folder = Ordner öffnen
win-hide-names = Namen der Verfahren in der Tresordatei verbergen
win-hide-names-text = Verborgene Namen schützen vor jedem, der die Datei kopiert – aber nach einem vergessenen Kennwort verrät Ihnen dann nichts mehr, wo Sie die Verfahren neu einrichten müssen.
win-language = Sprache
win-language-system = Systemsprache ({ $language })

## Importieren

win-import = Importieren
win-import-text = Verfahren aus dem Export einer anderen App (Aegis, 2FAS, andOTP, FreeOTP, Bitwarden, Links von Google Authenticator, …) oder aus einem Bildschirmfoto mit QR-Codes (PNG, JPEG). Sie können die Datei auch einfach auf das Fenster ziehen.
win-export-file = Exportdatei
win-choose-file = Datei wählen…
win-read-file = Datei lesen
win-scan-screen = Bildschirm scannen
win-scan-screen-hint = QR-Codes auf dem Bildschirm suchen, z. B. auf der Einrichtungsseite neben diesem Fenster
win-paste-image = Bild einfügen
win-paste-image-hint = Die QR-Codes eines Bildes in der Zwischenablage lesen, z. B. eines Bildschirmfotos aus dem Snipping Tool
win-qr-in-images = { $found ->
    [one] QR-Codes in { $images } Bildern: 1 Verfahren
   *[other] QR-Codes in { $images } Bildern: { $found } Verfahren
}
win-qr-in-image = { $found ->
    [one] QR-Codes im Bild: 1 Verfahren
   *[other] QR-Codes im Bild: { $found } Verfahren
}
win-parts-scanned = { $count ->
    [one] { $received } von { $total } Teilen gescannt – scannen Sie auch die übrigen (es fehlt Teil { $missing }).
   *[other] { $received } von { $total } Teilen gescannt – scannen Sie auch die übrigen (es fehlen die Teile { $missing }).
}
win-import-format = Format: { $format }
win-import-password = Kennwort des Exports
win-open = Öffnen
win-import-waits = Der Import wartet, bis alle Teile der Übertragung gescannt sind, damit kein Verfahren unbemerkt zurückbleibt.
win-import-checked = { $count } importieren
win-taking-screenshot = Bildschirmfoto wird erstellt… (Ihre Arbeitsumgebung fragt eventuell um Erlaubnis)
win-looking-for-qr = QR-Codes werden gesucht…
win-choosing-file = Datei wird gewählt…
win-reading-file = Datei wird gelesen…
win-found-entries = { $count ->
    [one] 1 Eintrag gefunden:
   *[other] { $count } Einträge gefunden:
}
win-name-cleaned = { $name } ({ $note })
win-already-in-vault = { $name } – schon im Tresor
win-cannot-import = { $name }: kann nicht importiert werden ({ $reason })

## Exportieren

win-export-title = Verfahren exportieren
win-format = Format
win-choose = Wählen…
win-export-format-zweifaktor = Zweifaktor-Sicherungskopie (verschlüsselt)
win-export-format-aegis = Aegis-Tresor (verschlüsselt)
win-export-format-otpauth = otpauth-Liste (unverschlüsselt)
win-export-format-google-migration = Übertragungslinks für Google Authenticator (unverschlüsselt)
win-export-password = Kennwort der Exportdatei
win-repeat-export-password = Kennwort der Exportdatei wiederholen
win-at-least-characters = mindestens { $min } Zeichen
win-master-password-again-export = Bitte noch einmal Ihr Kennwort: Der Export enthält Ihre Geheimschlüssel.
win-export = Exportieren
win-left-out = { $count } ausgelassen:
win-export-unencrypted = Die Datei enthält Ihre Geheimschlüssel unverschlüsselt: Löschen Sie sie, sobald sie importiert ist.
win-exported-item = • { $name }

## Ein Verfahren als QR-Code

win-qr-title = QR-Code von { $name }
win-qr-alt = QR-Code mit dem Geheimschlüssel von { $name }
win-qr-warning = Wer diesen Code sieht, kann das Verfahren kopieren und seine Codes erzeugen. Zeigen Sie ihn nur der Kamera Ihres eigenen Telefons.
win-qr-text = Scannen Sie den Code mit einer Authenticator-App, um denselben Geheimschlüssel auf einem Telefon einzurichten.
win-master-password-again-qr = Bitte noch einmal Ihr Kennwort: Der Code zeigt den Geheimschlüssel.
win-show-qr = QR-Code anzeigen

## Hilfe: das Handbuch und „Über“

win-manual = Handbuch
win-manual-unlock-title = Entsperren
win-manual-unlock = Geben Sie Ihr Kennwort ein und drücken Sie die Eingabetaste. Nach 5 Fehlversuchen sperrt jeder weitere Fehlversuch Zweifaktor für eine Weile (10, 20, 40, 80 Sekunden); der 10. löscht die Geheimschlüssel, die Liste der Verfahren bleibt erhalten.
win-manual-procedures-title = Gespeicherte Verfahren
win-manual-procedures = Jede Zeile zeigt den aktuellen Code, die Sekunden bis zum nächsten und die Anmeldeseite. „{ win-copy }“ legt den Code einmal in die Zwischenablage; der „{ win-clipboard-mode }“ hält den aktuellen Code in der Zwischenablage und ersetzt ihn, sobald ein neuer Code erscheint.
win-manual-add-title = Ein Verfahren hinzufügen
win-manual-add = Drücken Sie „+“ (Strg+N). Geben Sie einen Namen und das Token (bzw. den Geheimschlüssel) von der Einrichtungsseite des Dienstes ein, oder fügen Sie einen otpauth://-Link in das Feld für den Geheimschlüssel ein: Er füllt alle Felder aus. Nach dem Speichern wird sofort der erste Code angezeigt, damit Sie die Einrichtung bestätigen können.
win-manual-enroll-again-title = Neu einrichten
win-manual-enroll-again = Nach dem Löschen der Geheimschlüssel zeigen die Verfahren „{ win-enroll-again }“: Holen Sie sich beim Dienst einen neuen Geheimschlüssel und geben Sie ihn ein.
win-manual-import-title = Importieren
win-manual-import = { win-menu-options } > { win-menu-import }: die Exportdatei einer anderen App, ein Bildschirmfoto mit QR-Codes, „{ win-paste-image }“ für ein Bild aus dem Snipping Tool in der Zwischenablage, oder „{ win-scan-screen }“. Sie können eine Datei auch auf das Fenster ziehen. Eine Übertragung aus Google Authenticator, die mehrere QR-Codes zeigt, wird Code für Code gescannt; importiert wird, sobald alle Teile da sind.
win-manual-export-title = Exportieren und QR-Code
win-manual-export = { win-menu-options } > { win-menu-export } schreibt alle Verfahren in eine neue Datei: eine verschlüsselte Zweifaktor-Sicherungskopie oder einen Aegis-Tresor (mit eigenem Kennwort), oder eine einfache otpauth-Liste oder Links für Google Authenticator (unverschlüsselt: nach dem Import löschen). „{ win-qr-code }“ in einer Zeile zeigt ein Verfahren als QR-Code, den Sie mit einem Telefon scannen. Beides fragt noch einmal nach Ihrem Kennwort.
win-manual-lock-title = Sperren
win-manual-lock = Strg+L oder „{ win-lock }“ sperrt Zweifaktor sofort und entfernt den Schlüssel aus dem Speicher; Zweifaktor sperrt sich außerdem nach einigen Minuten ohne Eingabe ({ win-menu-options }).
win-manual-forgot-title = Kennwort zurücksetzen
win-manual-forgot = Auf dem Entsperrbildschirm: Die Geheimschlüssel werden gelöscht, die Liste der Verfahren bleibt, und Sie legen ein neues Kennwort fest und richten jedes Verfahren neu ein.
win-manual-language-title = Sprache
win-manual-language = Zweifaktor spricht Deutsch, Englisch, Niederländisch und Schwedisch und folgt der Sprache Ihres Systems. Unter { win-menu-options } > { win-menu-settings } wählen Sie eine andere; das Fenster wechselt sofort.
win-manual-keyboard-title = Tastatur
win-manual-keyboard =
    Tab und Umschalt+Tab wechseln zwischen den Bedienelementen; Eingabetaste oder Leertaste betätigt eine Schaltfläche; die Eingabetaste in einem Feld bestätigt den Dialog; Esc schließt einen Dialog oder ein Menü.
    Strg+N fügt ein Verfahren hinzu, Strg+F springt ins Suchfeld, Strg+L sperrt; Strg+Plus und Strg+Minus vergrößern und verkleinern die Schrift, Strg+0 stellt sie auf 100 % zurück.
    In der Liste der Verfahren springen die Pfeiltasten nach oben und unten zum Code des vorigen und nächsten Verfahrens, Pos1 und Ende zum ersten und letzten; Eingabetaste oder Strg+C kopiert den Code.
    F10 springt ins Menü ({ win-menu-options }); im Menü wählen Sie mit den Pfeiltasten nach oben und unten einen Eintrag und führen ihn mit der Eingabetaste aus.
    In einem Zahlenfeld (Stellen, Gültigkeit, Minuten) ändern die Pfeiltasten nach oben und unten die Zahl.
    In diesem Handbuch blättern Sie mit Bild auf, Bild ab, den Pfeiltasten, Pos1 und Ende.
win-about-version = Version { $version }
win-about-text = Codes für die Zwei-Faktor-Anmeldung aus einem verschlüsselten Tresor.
win-about-license = Lizenz: { $license }

# What a screen reader hears (announcements and names that are never shown as text).
win-announce-lock-over = Die Sperre ist vorbei: Sie können das Kennwort wieder eingeben.
win-announce-new-code = Neuer Code von { $name } in der Zwischenablage: { $code }.
win-announce-erased = Die Geheimschlüssel wurden gelöscht. Legen Sie ein neues Kennwort fest.
win-announce-qr-shown = Der QR-Code wird angezeigt. Wer ihn sieht, kann das Verfahren kopieren.
win-announce-locked = Zweifaktor ist gesperrt. Geben Sie Ihr Kennwort ein, um Ihre Verfahren zu sehen.
win-announce-erased-now = Das Kennwort wurde zu oft falsch eingegeben: Die Geheimschlüssel aller Verfahren wurden gelöscht. Legen Sie ein neues Kennwort fest.
win-announce-locked-for = { $seconds ->
    [one] Gesperrt für 1 Sekunde.
   *[other] Gesperrt für { $seconds } Sekunden.
}
win-announce-import-encrypted = Der Export ist verschlüsselt: Geben Sie sein Kennwort ein.
win-announce-import-found = { $found ->
    [one] 1 Eintrag gefunden
   *[other] { $found } Einträge gefunden
}; { $checked ->
    [one] 1 ist zum Import ausgewählt.
   *[other] { $checked } sind zum Import ausgewählt.
}
win-announce-parts-scanned = { $received } von { $total } Teilen gescannt: Scannen Sie auch die anderen.
win-announce-saved = { $name } gespeichert.
win-announce-deleted = { $name } gelöscht.
win-announce-filled-from-link = Aus dem otpauth-Link ausgefüllt; der Name ist „{ $name }“.
win-announce-copied = Code von { $name } kopiert.
win-announce-clipboard-mode-off = Zwischenablage-Modus für { $name } ist aus.
win-announce-clipboard-mode-on = Zwischenablage-Modus für { $name } ist an: Der aktuelle Code steht in der Zwischenablage und wird durch jeden neuen ersetzt.
win-announce-all-shown = { $all ->
    [one] 1 Verfahren wird angezeigt.
   *[other] Alle { $all } Verfahren werden angezeigt.
}
win-announce-matches = { $count ->
    [one] 1 Verfahren passt.
   *[other] { $count } Verfahren passen.
}
win-code-copy-hint = Eingabetaste oder Strg+C kopiert ihn.
win-seconds-until-next = Sekunden bis zum nächsten Code von { $name }
win-procedure-list = Gespeicherte Verfahren
win-menu-bar = Menüleiste
win-key-add = Strg+N
win-key-lock = Strg+L
win-key-search = Strg+F
win-checking-master-password = Das Kennwort wird geprüft…
win-checking-and-exporting = Das Kennwort wird geprüft, dann wird exportiert…
win-changing-password = Das Kennwort wird geändert…

## Die Schnellauswahl (über das globale Tastenkürzel) und das Tastenkürzel in den Optionen

win-quick-pick-title = Schnellauswahl
win-quick-pick-filter = Filter:
win-quick-pick-list = Gefundene Verfahren
win-quick-pick-none = Kein Verfahren passt zum Filter.
win-quick-pick-keys = Pfeiltasten: auswählen · Eingabetaste: Code kopieren · Umschalt+Eingabetaste: Zwischenablage-Modus · Esc: schließen
win-quick-pick-found = { $count ->
    [one] 1 Verfahren gefunden: { $name }.
   *[other] { $count } Verfahren gefunden; ausgewählt: { $name }.
}
win-quick-pick-chosen = { $name }, { $position } von { $count }
win-quick-pick-unlock-first = Geben Sie Ihr Kennwort ein; danach öffnet sich die Schnellauswahl.
win-settings-shortcut-heading = Globales Tastenkürzel
win-settings-shortcut-use = Schnellauswahl aus jedem Programm öffnen mit
win-settings-shortcut-change = Ändern…
win-settings-shortcut-press = Drücken Sie das neue Tastenkürzel (Esc: das alte behalten)
win-settings-shortcut-needs-modifier = Ein Tastenkürzel braucht Strg, Alt oder Super zusammen mit einem Buchstaben, einer Ziffer oder F1–F12.
win-settings-shortcut-active = { $shortcut } öffnet die Schnellauswahl.
win-settings-shortcut-starting = { $shortcut } wird eingerichtet…
win-settings-shortcut-taken = { $shortcut } ist von einem anderen Programm belegt. Wählen Sie ein anderes Tastenkürzel.
win-settings-shortcut-refused = Das System hat { $shortcut } abgelehnt: { $reason }
win-settings-shortcut-no-such-key = diese Tastatur hat keine solche Taste
win-settings-shortcut-no-portal = Diese Arbeitsumgebung bietet Programmen keine globalen Tastenkürzel (das GlobalShortcuts-Portal fehlt). Öffnen Sie Zweifaktor stattdessen über sein Fenster.
win-settings-shortcut-portal = In dieser Arbeitsumgebung bestätigt das System das Tastenkürzel und kann es in seinen eigenen Einstellungen ändern.
win-modifier-ctrl = Strg
win-modifier-alt = Alt
win-modifier-shift = Umschalt
win-modifier-logo = Super
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
win-settings-no-tray = Diese Arbeitsumgebung zeigt keine Symbole im Infobereich: Wenn Sie das Fenster schließen, wird Zweifaktor beendet, und es startet immer mit sichtbarem Fenster.
win-settings-autostart-failed = Der Start bei der Anmeldung konnte nicht geändert werden: { $reason }

## Einstellungen: das Fenster vor Bildschirmaufnahmen verbergen (h-window-state)

win-settings-hide-from-capture = Fenster bei Bildschirmaufnahmen und Bildschirmfreigabe verbergen
win-settings-hide-from-capture-unsupported = Dieses System kann Fenster nicht vor Bildschirmaufnahmen verbergen: die Option wirkt hier nicht.

## h-import-words: woran das Lesen des Bildschirms genau scheiterte. $detail ist die eigene
## Meldung des Systems.

win-screen-detail-no-desktop = weder eine Wayland- noch eine X11-Arbeitsumgebung läuft
win-screen-detail-not-built = das Lesen des Bildschirms ist für dieses System nicht eingebaut
win-screen-detail-no-monitor = es wurde kein Bildschirm gefunden
win-screen-detail-no-x11-display = keine X11-Anzeige
win-screen-detail-no-such-screen = der X-Server hat diesen Bildschirm nicht
win-screen-detail-depth = ein Bildschirm mit Farbtiefe { $depth } wird nicht unterstützt
win-screen-detail-no-session-bus = kein D-Bus-Sitzungsbus: { $detail }
win-screen-detail-nobody-answers = niemand antwortet als org.freedesktop.portal.Desktop auf dem Sitzungsbus
win-screen-detail-no-screenshot-interface = das Portal der Arbeitsumgebung kann keine Bildschirmfotos aufnehmen (keine Screenshot-Schnittstelle)
win-screen-detail-not-local-file = das Bildschirmfoto ist keine lokale Datei, sondern { $uri }
win-screen-detail-not-an-image = die Datei des Bildschirmfotos { $path } ist kein verwendbares Bild: { $detail }
win-screen-detail-unreadable = die Datei des Bildschirmfotos { $path } kann nicht gelesen werden: { $detail }
win-screen-detail-too-large = die Datei des Bildschirmfotos { $path } ist größer als { $max_mb } MB
# Start at login inside a Flatpak: the desktop's Background portal asks the user and answers.
win-settings-autostart-reason = Zweifaktor startet bei der Anmeldung, damit Ihre Codes gleich bereitstehen.
win-settings-autostart-granted = Die Arbeitsumgebung startet Zweifaktor bei der Anmeldung.
win-settings-autostart-withdrawn = Die Arbeitsumgebung startet Zweifaktor nicht mehr bei der Anmeldung.
win-settings-autostart-refused = Die Arbeitsumgebung hat den Start bei der Anmeldung nicht erlaubt. Sie können ihn in den Einstellungen der Arbeitsumgebung für Anwendungen erlauben und die Option dann erneut ankreuzen.
win-settings-autostart-no-portal = Die Arbeitsumgebung bietet kein Portal für den Start bei der Anmeldung (xdg-desktop-portal) an. Als Flatpak kann Zweifaktor deshalb nicht bei der Anmeldung starten.

## Warum der Start bei der Anmeldung nicht geändert werden konnte; $detail ist die Meldung des Systems

win-autostart-no-place = es gibt keinen Benutzer- oder Einstellungsordner für den Eintrag
win-autostart-no-program = es lässt sich nicht feststellen, wo dieses Programm liegt ({ $detail })
win-autostart-unwritable = der Pfad des Programms { $path } lässt sich nicht in den Eintrag schreiben
win-autostart-write = { $path } kann nicht geschrieben werden ({ $detail })
win-autostart-remove = { $path } kann nicht entfernt werden ({ $detail })
win-autostart-registry = die Windows-Registrierung hat die Änderung abgelehnt ({ $detail })
win-autostart-timed-out = die Arbeitsumgebung hat nicht innerhalb von { $seconds } Sekunden geantwortet
win-autostart-portal = das Hintergrund-Portal der Arbeitsumgebung ist gescheitert ({ $detail })

# h-no-english: die Gründe der Zwischenablage, einer abgelegten Datei und des Systems in unseren Worten
win-clipboard-reason-empty = die Zwischenablage ist leer oder enthält etwas anderes
win-clipboard-reason-not-supported = die Zwischenablage dieses Systems wird nicht unterstützt
win-clipboard-reason-occupied = ein anderes Programm belegt die Zwischenablage; versuchen Sie es noch einmal
win-clipboard-reason-conversion = der Inhalt der Zwischenablage kann nicht umgewandelt werden
win-clipboard-reason-unknown = die Zwischenablage des Systems hat nicht wie erwartet geantwortet
win-dropped-file-no-content = Die abgelegte Datei kann nicht gelesen werden.
win-screen-detail-system = Meldung des Systems: { $detail }
win-screen-detail-x11-unreachable = der X-Server ist nicht erreichbar: { $reason }
win-screen-detail-x11-refused = der X-Server hat die Verbindung abgelehnt (keine Berechtigung für diese Anzeige?)
win-screen-detail-session-bus-unreachable = der D-Bus-Sitzungsbus ist nicht erreichbar: { $reason }

# lead: warum das System das Tastenkürzel abgelehnt hat
win-shortcut-refusal-x11-unreachable = der X-Server ist nicht erreichbar: { $reason }
win-shortcut-refusal-x11-refused = der X-Server hat die Verbindung abgelehnt (keine Berechtigung für diese Anzeige?)
win-shortcut-refusal-system = Meldung des Systems: { $detail }

## h-a11y-walk: was der deutsche Durchgang mit Bildschirmleser und Tastatur fehlen sah

# Zwischen zwei Lizenzen des Lizenzausdrucks („MIT oder Apache-2.0“).
win-about-license-or = oder
# Was dem Kennwort noch fehlt: die Beschreibung des Feldes, und gesagt bei der Eingabetaste, bevor es erfüllt ist.
win-password-still-needs = Das Kennwort braucht noch: { $rules }.
win-manual-quick-pick-title = Schnellauswahl
win-manual-quick-pick = Strg+Alt+Z öffnet die Schnellauswahl aus jedem Programm, solange Zweifaktor läuft (Optionen > Einstellungen…: ein anderes Tastenkürzel oder keines); ist Zweifaktor gesperrt, kommt zuerst das Kennwort. Geben Sie einen Teil eines Namens ein; die Pfeiltasten nach oben und unten wählen, die Eingabetaste kopiert den Code, Umschalt+Eingabetaste schaltet den Zwischenablage-Modus dafür ein, Esc schließt.
