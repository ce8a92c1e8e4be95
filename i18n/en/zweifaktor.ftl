# Zweifaktor, the program: the command line's messages (the window's follow). English is the
# fallback: every message here must exist in every other language. Terms: i18n/GLOSSARY.md.
# The core's errors and reports are in crates/zweifaktor-core/i18n.

# How the list marks a procedure whose secret was erased; other messages refer to it.
-needs-reenrollment = [needs re-enrollment]

## Every line the command line prints on stderr starts with the program's name

cli-error = zweifaktor: { $message }
cli-warning = zweifaktor: warning: { $message }

## Prompts (a space follows each)

cli-prompt-master-password = Master password:
cli-prompt-new-password = New master password:
cli-prompt-repeat-new-password = Repeat the new password:
cli-prompt-secret = Secret (Base32):
cli-prompt-export-password = Password for the export file:
cli-prompt-repeat-export-password = Repeat the export password:
cli-prompt-import-password = Password of the { $format } export:
cli-prompt-uri = otpauth URI:

## Passwords and standard input

cli-passwords-differ = the two passwords differ; nothing was changed
cli-stdin-unreadable = cannot read standard input
cli-stdin-ended = standard input ended before line { $line } ({ $prompt })
cli-stdin-line-unreadable = cannot read line { $line } of standard input ({ $prompt }): { $reason }
cli-line-too-long = the line is longer than { $max } bytes
cli-line-not-text = the line is not text (UTF-8)
cli-typed-too-long = the { $prompt } typed is longer than { $max } bytes
cli-no-terminal = cannot ask for the password (no terminal?); use --password-stdin
cli-borrowed-console = zweifaktor.exe is the window program, and the terminal does not wait for it: a password typed now could go to the terminal's command line. Type the same command as zweifaktor-cli …, or use --password-stdin
cli-no-home = cannot find your home folder; give the vault with --vault PATH
cli-restored-from-backup = the vault file was damaged; its backup copy was restored (the damaged file is kept as .damaged)

## init, passwd, reset, status

cli-created = Created { $path }
cli-passwd-erased = The secrets were erased; choose a new master password.
cli-passwd-set-after-erase = New password set. Procedures marked { -needs-reenrollment } must be enrolled again.
cli-password-changed = Password changed.
cli-usage-reset-yes = reset erases every secret (the list of procedures stays); confirm with --yes
cli-reset-done = { $count ->
    [one] The secrets were erased and a new password set; 1 procedure must be enrolled again.
   *[other] The secrets were erased and a new password set; { $count } procedures must be enrolled again.
}
cli-status-vault = Vault: { $path }
cli-status-attempts = Wrong attempts: { $count }
cli-status-locked = { $seconds ->
    [one] Locked for 1 more second
   *[other] Locked for { $seconds } more seconds
}
cli-status-erased = The secrets were erased; set a new password with `zweifaktor passwd`.

## add

cli-added = Added { $name } (id { $id })
cli-reenrolled = Enrolled { $name } again (id { $id })
cli-duplicate-name = a procedure named "{ $name }" already exists; added another one
cli-usage-add-name = add needs a NAME (or --uri)
cli-usage-uri-parameters = with --uri, the parameters come from the URI
cli-usage-qr-parameters = with --qr, the parameters come from the QR code
cli-usage-qr-several = the images hold { $count } accounts; a name, --url or --issuer applies to one only (nothing was added)
cli-qr-found = { $count ->
    [one] Found 1 account in the QR codes; adding it.
   *[other] Found { $count } accounts in the QR codes; adding all of them.
}
cli-usage-counter-period = --counter (HOTP) and --period (TOTP) exclude each other

## list, code, remove

cli-list-erased = The secrets were erased; set a new password with `zweifaktor passwd`, then enroll these again.
cli-list-empty = No procedures yet. Add one with `zweifaktor add NAME --secret …`.
cli-list-needs-reenrollment = { -needs-reenrollment }
cli-usage-otp-with-secret = --algorithm, --digits, --period, --counter and --steam go with --secret
cli-code-needs-reenrollment = "{ $name }" must be enrolled again: its secret was erased (give it a new one with `zweifaktor add "{ $name }" --secret …`)
cli-usage-at-hotp = --at applies to time-based codes, not HOTP
cli-removed-meanwhile = the procedure was removed meanwhile
cli-changed-meanwhile = the procedure was changed meanwhile; try again
cli-code-valid-for = { $seconds ->
    [one] (valid for 1 more second)
   *[other] (valid for { $seconds } more seconds)
}
cli-removed = Removed { $name }

## import

cli-usage-import-format = unknown format "{ $format }"; known formats: { $known }
cli-usage-format-one-file = --format applies to one export file
cli-usage-not-an-image = { $path } is not a PNG or JPEG image of QR codes (an export file is imported on its own: `zweifaktor import FILE`)
cli-cannot-read-qr = cannot read a QR code from { $path }
cli-no-usable-qr = { $path } holds no usable QR code
cli-qr-not-otp = { $count ->
    [one] 1 QR code holds no one-time-password secret and was left out
   *[other] { $count } QR codes hold no one-time-password secret and were left out
}
cli-imported = { $count ->
    [one] Imported 1 procedure from { $source }:
   *[other] Imported { $count } procedures from { $source }:
}
cli-skipped = Skipped { $count }:
cli-import-name-cleaned = control or text-direction characters were removed from its name

## export, qr

cli-usage-export-format = unknown export format "{ $format }"; known formats: { $known }
cli-export-unencrypted = { $path } ({ $format }): { $warning }
cli-left-out = Left out { $count }:
cli-export-passwords-differ = the two export passwords differ; nothing was exported
cli-export-password-short = the export password must have at least { $min } characters; nothing was exported
cli-qr-holds-secret = { $path } holds the secret of "{ $name }": anyone who sees the image can make its codes. Scan it, then delete it.
cli-qr-written = Wrote the QR code of { $name } to { $path }

## The window, when it cannot open or stops (said on the command line)

window-cannot-open = cannot open the window: { $reason }; the command line needs no window: zweifaktor --help
window-no-display = no display (DISPLAY or WAYLAND_DISPLAY is not set)
window-libraries-missing = { $count ->
    [one] { $libraries } is missing — Debian/Ubuntu: apt-get install { $packages }
   *[other] { $libraries } are missing — Debian/Ubuntu: apt-get install { $packages }
}
window-stopped = the window stopped: { $reason }
window-cannot-draw = cannot draw into the window: { $reason }

## The tray icon's menu (the desktop's tray reads these names to screen readers too)

win-tray-tooltip = Zweifaktor
win-tray-tooltip-unlocked = Zweifaktor (unlocked)
win-tray-tooltip-locked = Zweifaktor (locked)
win-tray-copy-heading = Copy the code of:
win-tray-no-procedures = No procedures yet
win-tray-enroll-again = { $name } (enroll again first)
win-tray-unlock = Unlock…
win-tray-lock = Lock
win-tray-show = Show Zweifaktor
win-tray-quit = Quit

## Settings: the tray and the start at login

win-settings-tray-heading = Tray and login
win-settings-keep-in-tray = Keep running in the tray when the window is closed
win-settings-start-minimised = Start minimised to the tray
win-settings-start-at-login = Start at login
win-settings-no-tray = This desktop shows no tray icons: closing the window quits Zweifaktor, and it starts with its window shown.
win-settings-autostart-failed = The start at login could not be changed: { $reason }
