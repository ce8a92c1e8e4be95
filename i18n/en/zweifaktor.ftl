# Zweifaktor, the program: what the command line and the window say. English is the
# fallback: every message here must exist in every other language. Terms: i18n/GLOSSARY.md.
# The core's errors and reports are in crates/zweifaktor-core/i18n.

# How the list marks a procedure whose secret was erased; other messages refer to it.
-needs-reenrollment = [needs re-enrollment]

## Every line the command line prints on stderr starts with the program's name

cli-output-failed = cannot write the output
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
window-stopped = the window stopped (the window system reports: { $reason })
window-cannot-draw = cannot draw into the window (the graphics output reports: { $reason })

## The window: what it says when something worked or did not (status line and dialogs)

win-storage-folder-missing = The storage folder { $folder } cannot be found (moved, or a drive not connected?). Connect it and restart Zweifaktor, or choose the folder that holds your vault.
win-no-vault-in-folder = There is no Zweifaktor vault in { $folder }. Choose the folder that holds { $file }.
win-restored-from-backup = The vault file was damaged; its backup copy was restored (the damaged file is kept as .damaged).
win-password-changed = The password was changed.
win-exported = { $count ->
    [one] Exported 1 procedure to { $path }.
   *[other] Exported { $count } procedures to { $path }.
}
win-imported = { $count ->
    [one] Imported 1 procedure.
   *[other] Imported { $count } procedures.
}
win-job-lost = The background work stopped unexpectedly; please try again.
win-unlock-before-drop = Unlock first, then drop the file again.
win-clipboard-unusable = Cannot use the clipboard: { $reason }
win-no-clipboard = no clipboard available
win-settings-not-saved = The settings could not be saved: { $reason }
win-wrong-password = { $attempts_left ->
    [one] Wrong password. 1 more wrong attempt and the secrets are erased.
   *[other] Wrong password. { $attempts_left } more wrong attempts and the secrets are erased.
}
win-too-many-wrong-passwords = Too many wrong passwords.
win-wrong-master-password = { $attempts_left ->
    [one] The master password is wrong; nothing was shown or written. 1 more wrong attempt and the secrets are erased.
   *[other] The master password is wrong; nothing was shown or written. { $attempts_left } more wrong attempts and the secrets are erased.
}
win-wrong-current-password = { $attempts_left ->
    [one] The current password is wrong. 1 more wrong attempt and the secrets are erased.
   *[other] The current password is wrong. { $attempts_left } more wrong attempts and the secrets are erased.
}
# A procedure and why it was left out, or a file and why it could not be read.
win-named-problem = { $name }: { $problem }
win-dropped-file-unreadable = The dropped file cannot be read: { $reason }
win-clipboard-no-image = The clipboard holds no image. Copy a screenshot of the QR code (e.g. with a snipping tool), then paste it.
win-clipboard-image-unreadable = The image on the clipboard cannot be read.
win-clipboard-image-unreadable-because = The image on the clipboard cannot be read: { $reason }
win-language-not-saved = The language was changed, but it could not be remembered: { $reason }
win-change-not-saved-yet = Your last change is not saved yet ({ $reason }), so nothing was done. Close this dialog, use "Try again" at the bottom of the window, then try this again.
win-exported-after-lock = { $count ->
    [one] The export started before the lock was finished: 1 procedure in { $path }.
   *[other] The export started before the lock was finished: { $count } procedures in { $path }.
}
win-not-exported-after-lock = The export started before the lock wrote nothing: { $reason }
win-password-changed-before-lock = The master password was changed just before the lock: unlock with the new one.
win-password-not-changed = The master password was not changed: { $reason }
win-saving-lost = the saving stopped unexpectedly; lock, unlock and make the change again
win-change-refused = A change was not saved (another program changed the vault meanwhile): { $reason }
win-not-saved-before-lock = Your last change could not be saved before the lock ({ $reason }): unlock and make it again.
# Said on the command line when the window closes.
win-exit-not-saved = the last changes were not saved within { $seconds } seconds; they are lost

## Reading the screen for QR codes ("Scan screen"); each ends with what to do instead

win-screen-instead = take a screenshot (e.g. with the Print Screen key) and open the file with "{ win-choose-file }" instead
win-screen-instead-macos = take a screenshot (Shift-Command-3) and open the file with "{ win-choose-file }" instead
win-screen-unavailable = The screen cannot be read here ({ $detail }); { $instead }.
win-screen-no-portal = The desktop offers no screenshot portal (xdg-desktop-portal) to read the screen ({ $detail }); { $instead }.
win-screen-cancelled = The screenshot was cancelled; { $instead }.
win-screen-refused = The desktop did not take the screenshot (it may not allow apps to take screenshots); { $instead }.
win-screen-timed-out = The desktop did not answer the screenshot request within { $seconds } seconds; { $instead }.
win-screen-failed = Reading the screen through the desktop failed ({ $detail }); { $instead }.
win-screen-not-allowed = macOS does not allow Zweifaktor to record the screen. Allow it in System Settings → Privacy & Security → Screen & System Audio Recording (on older macOS: Screen Recording), then quit and reopen Zweifaktor; or { $instead }.

## Common buttons and marks

win-ok = OK
win-cancel = Cancel
win-close = Close
win-yes = Yes
win-no = No
win-rule-met = met
win-rule-not-met = not met
# A rule line as a screen reader reads it: "one digit (met)".
win-rule-spoken = { $rule } ({ $state })
win-both-fields-equal = both fields equal

## First start

win-welcome = Welcome to Zweifaktor
win-install-question = Is this a first installation, or an update of an existing installation?
win-first-installation = First installation
win-first-installation-text = You have not used Zweifaktor on this computer before. A new, empty vault is created in the storage folder.
win-version-update = Update of an existing installation
win-version-update-text = You already use Zweifaktor. Point to the folder that holds your vault (vault.zweifaktor) to keep your procedures.
win-storage-folder = Storage folder
win-existing-vault-folder = Folder of the existing vault
win-choose-folder = Choose folder…
win-use-default-folder = Use the default folder
win-continue = Continue
win-looking-into-folder = Looking into the folder…
win-looking-for-vault = Looking for your vault ({ $path })…

## Setting the master password

win-set-password-title = Set the master password
win-set-password-text = This password protects your procedures. You enter it each time you open Zweifaktor.
win-erased-now = The password was entered wrongly too often, so the secrets of all procedures were erased.
win-erased = The secrets of all procedures were erased.
win-erased-list-kept = The list of procedures was kept. Set a new password, then enroll each procedure again ("{ win-enroll-again }").
win-password = Password
win-repeat-password = Repeat the password
win-password-needs = The password needs:
win-password-not-recoverable = The password cannot be recovered. If you forget it, every procedure must be enrolled again.
win-protecting-vault = Protecting the vault…

## Unlocking

win-locked-for-security = The application was locked for security reasons. Enter your password to see your procedures.
win-unlock-text = Enter your master password to see your procedures.
win-master-password = Master password
win-locked-for = { $seconds ->
    [one] Locked for 1 second
   *[other] Locked for { $seconds } seconds
}
win-unlock = Unlock
win-erasing-secrets = Erasing the secrets…
win-checking-password = Checking the password…
win-forgot-password = Forgot password
win-forgot-password-warning = The secrets of all procedures will be deleted. The list of procedures stays, and each procedure must be enrolled again.
win-forgot-password-question = Then you set a new password. Do you want to reset your password?

## The list of procedures

win-no-procedures = No procedures yet. Add one with "+" (Ctrl+N).
win-no-match = No procedure matches the search.
win-add-procedure-hint = Add a procedure (Ctrl+N)
win-search = Search:
# The search field's hint: its shortcut.
win-search-hint = Ctrl+F
win-lock = Lock
win-lock-hint = Lock now (Ctrl+L)
win-code-of = Code of { $name }: { $code }
win-enroll-again = Enroll again
win-enroll-again-name = Enroll { $name } again
win-cannot-make-codes = This procedure's parameters cannot make codes.
win-secret-erased = The secret was erased: enroll this procedure again.
# The seconds a code stays valid, beside it.
win-seconds-left = { $seconds } s
win-copy = Copy
win-copy-name = Copy code of { $name }
win-clipboard-mode = Clipboard mode
win-clipboard-mode-on = Clipboard mode: on
win-clipboard-mode-name = Clipboard mode for { $name }
win-qr-code = QR code
win-qr-code-name = Show QR code of { $name }
win-edit = Edit
win-edit-name = Edit { $name }
win-delete = Delete
win-delete-name = Delete { $name }
win-clipboard-content = Current clipboard content: { $code }
win-clipboard-content-label = Current clipboard content:
win-clipboard-empty = Clipboard: no code
win-saving = Saving…
win-not-saved = Your last change is not saved: { $reason }
win-try-again = Try again
win-drop-to-import = Drop the file to import it
    (an export file or a QR screenshot)
win-drop-wait = Wait until Import is done reading,
    then drop the file
win-drop-close-dialog = Close the dialog first
    to import a file

## Menus

win-menu-options = Options
win-menu-settings = Settings…
win-menu-import = Import…
win-menu-export = Export…
win-menu-change-password = Change password…
win-menu-lock = Lock (Ctrl+L)
win-menu-accessibility = Accessibility
win-larger-text = Larger text
win-smaller-text = Smaller text
win-normal-text = Normal text size
win-high-contrast = High contrast
# The shortcuts beside the text size items, and the theme choice.
win-larger-text-key = Ctrl+plus
win-smaller-text-key = Ctrl+minus
win-normal-text-key = Ctrl+0
win-text-size = Text size: { $percent } %
win-theme-system = Like the system
win-theme-light = Light
win-theme-dark = Dark
win-menu-help = Help
win-menu-manual = Manual
win-menu-about = About Zweifaktor

## Adding and editing a procedure

win-add-procedure = Add procedure
win-edit-procedure = Edit procedure
win-required-fields = Fields marked * are required.
win-name-field = Name
win-secret-field = Secret (token)
win-advanced = Advanced
win-save = Save
win-issuer = Issuer
win-account = Account
win-url = URL
win-type = Type:
win-totp = Time-based (TOTP)
win-hotp = Counter (HOTP)
win-steam = Steam
win-algorithm = Algorithm:
win-digits = Digits:
win-period = Period (seconds):
win-counter = Counter:
win-filled-from-link = Filled in from the otpauth link.
win-link-unusable = This otpauth link cannot be used: { $reason }
win-name-required = The name is required.
win-name-exists = A procedure with this name already exists.
win-secret-required = The secret is required.

## Deleting a procedure

win-delete-title = Delete procedure
win-delete-question = Do you really want to delete the procedure "{ $name }"? Its secret is gone for good.
win-yes-delete = Yes, delete

## Changing the master password

win-change-password = Change password
win-current-password = Current password
win-new-password = New password
win-repeat-new-password = Repeat the new password

## Settings

win-settings = Settings
# A row of the settings: "Lock after" [minutes] "minutes without input".
win-lock-after = Lock after
win-minutes-without-input = minutes without input
# A row of the settings: "Clear copied codes" [seconds] "after they expire"; the number
# stands between the two.
win-clear-copied-codes = Clear copied codes
win-after-expiry = after they expire
win-folder-from-command-line = (given on the command line)
win-open-folder = Open folder
win-hide-names = Hide procedure names in the vault file
win-hide-names-text = Hidden names are safer from anyone who copies the file, but after a forgotten password nothing tells you where to enroll again.
win-language = Language
# The first entry of the language list: follow the system's language.
win-language-system = System ({ $language })

## Import

win-import = Import
win-import-text = Procedures from another app's export (Aegis, 2FAS, andOTP, FreeOTP, Bitwarden, Google Authenticator links, …), or from a screenshot of QR codes (PNG, JPEG). You can also drop the file on the window.
win-export-file = Export file
win-choose-file = Choose file…
win-read-file = Read file
win-scan-screen = Scan screen
win-scan-screen-hint = Find QR codes on the screen, e.g. the enrollment page beside this window
win-paste-image = Paste image
win-paste-image-hint = Read the QR codes of an image on the clipboard, e.g. a snipping tool's screenshot
win-qr-in-images = { $found ->
    [one] QR codes in { $images } images: 1 account
   *[other] QR codes in { $images } images: { $found } accounts
}
win-qr-in-image = { $found ->
    [one] QR codes in the image: 1 account
   *[other] QR codes in the image: { $found } accounts
}
win-parts-scanned = { $count ->
    [one] { $received } of { $total } parts scanned — scan the others too (missing: part { $missing }).
   *[other] { $received } of { $total } parts scanned — scan the others too (missing: parts { $missing }).
}
win-import-format = Format: { $format }
win-import-password = Password of the export
win-open = Open
win-import-waits = The import waits until every part of the transfer is scanned, so that no account is left behind unnoticed.
win-import-checked = Import { $count }
win-taking-screenshot = Taking a screenshot… (your desktop may ask for permission)
win-looking-for-qr = Looking for QR codes…
win-choosing-file = Choosing the file…
win-reading-file = Reading the file…
win-found-entries = { $count ->
    [one] Found 1 entry:
   *[other] Found { $count } entries:
}
win-name-cleaned = { $name } ({ $note })
win-already-in-vault = { $name } — already in the vault
win-cannot-import = { $name }: cannot be imported ({ $reason })

## Export

win-export-title = Export procedures
win-format = Format
win-choose = Choose…
# The export formats as the dialog's choices name them (encrypted or not, in the name).
win-export-format-zweifaktor = Zweifaktor encrypted backup
win-export-format-aegis = Aegis encrypted vault
win-export-format-otpauth = otpauth list (plain)
win-export-format-google-migration = Google migration links (plain)
win-export-password = Export password
win-repeat-export-password = Repeat the export password
win-at-least-characters = at least { $min } characters
win-master-password-again-export = Your master password again: the export holds your secrets.
win-export = Export
win-left-out = Left out { $count }:
win-export-unencrypted = The file holds your secrets unencrypted: delete it once it is imported.
# A procedure in the list of what was exported.
win-exported-item = • { $name }

## A procedure as a QR code

win-qr-title = QR code of { $name }
win-qr-alt = QR code with the secret of { $name }
win-qr-warning = Anyone who sees this code can copy the procedure and make its codes. Show it only to your own phone's camera.
win-qr-text = Scan the code with an authenticator app to enroll the same secret on a phone.
win-master-password-again-qr = Your master password again: the code shows the secret.
win-show-qr = Show QR code

## Help: the manual and About

win-manual = Manual
win-manual-unlock-title = Unlock
win-manual-unlock = Enter your master password and press Enter. After 5 wrong attempts each further wrong one locks Zweifaktor for a while (10, 20, 40, 80 seconds); the 10th erases the secrets, keeping the list of procedures.
win-manual-procedures-title = Procedures
win-manual-procedures = Each row shows the current code, the seconds until the next one and the login page. "{ win-copy }" puts the code on the clipboard once; "{ win-clipboard-mode }" keeps the current code on the clipboard and replaces it whenever a new code appears.
win-manual-add-title = Add a procedure
win-manual-add = Press "+" (Ctrl+N). Give a name and the secret (token) from the service's enrollment page, or paste an otpauth:// link into the secret field: it fills every field. After saving, the first code is shown at once so you can confirm the enrollment.
win-manual-enroll-again-title = Enroll again
win-manual-enroll-again = After an erase, procedures show "{ win-enroll-again }": get a new secret from the service and enter it.
win-manual-import-title = Import
win-manual-import = { win-menu-options } > { win-menu-import }: another app's export file, a screenshot of QR codes, "{ win-paste-image }" for a snipping tool's picture on the clipboard, or "{ win-scan-screen }". You can also drop a file on the window. A Google Authenticator transfer shown as several QR codes is scanned one code after another; it is imported once every part is in.
win-manual-export-title = Export and QR code
win-manual-export = { win-menu-options } > { win-menu-export } writes all procedures to a new file: an encrypted Zweifaktor backup or Aegis vault (with a password of its own), or a plain otpauth list or Google Authenticator links (unencrypted: delete them once imported). "{ win-qr-code }" in a row shows one procedure as a QR code to scan with a phone. Both ask your master password again.
win-manual-lock-title = Lock
win-manual-lock = Ctrl+L or "{ win-lock }" forgets the key at once; Zweifaktor also locks after some minutes without input ({ win-menu-options }).
win-manual-forgot-title = Forgot password
win-manual-forgot = On the unlock screen: the secrets are deleted, the list of procedures stays, and you set a new password and enroll each procedure again.
win-manual-language-title = Language
win-manual-language = Zweifaktor speaks German, English, Dutch and Swedish, following your system's language. { win-menu-options } > { win-menu-settings } chooses another one; the window switches at once.
win-manual-keyboard-title = Keyboard
win-manual-keyboard =
    Tab and Shift+Tab move between controls; Enter or Space presses a button; Enter in a field confirms the dialog; Esc closes a dialog or a menu.
    Ctrl+N adds a procedure, Ctrl+F goes to the search field, Ctrl+L locks; Ctrl+plus and Ctrl+minus make the text larger and smaller, Ctrl+0 sets it back to 100 %.
    In the list of procedures: Up and Down go to the previous and next procedure's code, Home and End to the first and last; Enter or Ctrl+C copies the code.
    F10 goes to the menu ({ win-menu-options }); in a menu, Up and Down choose an item, Enter runs it.
    In a number field (digits, period, minutes): Up and Down change the number.
    In this manual: Page Up, Page Down, the arrows, Home and End scroll.
win-about-version = Version { $version }
win-about-text = Two-factor codes from an encrypted vault.
win-about-license = License: { $license }

# What a screen reader hears (announcements and names that are never shown as text).
win-announce-lock-over = The lock is over: you can enter the password again.
win-announce-new-code = New code of { $name } on the clipboard: { $code }.
win-announce-erased = The secrets were erased. Set a new password.
win-announce-qr-shown = The QR code is shown. Anyone who sees it can copy the procedure.
win-announce-locked = Zweifaktor is locked. Enter your password to see your procedures.
win-announce-erased-now = The password was entered wrongly too often: the secrets of all procedures were erased. Set a new password.
win-announce-locked-for = { $seconds ->
    [one] Locked for 1 second.
   *[other] Locked for { $seconds } seconds.
}
win-announce-import-encrypted = The export is encrypted: enter its password.
win-announce-import-found = { $found ->
    [one] Found 1 entry
   *[other] Found { $found } entries
}; { $checked ->
    [one] 1 is checked for import.
   *[other] { $checked } are checked for import.
}
win-announce-parts-scanned = { $received } of { $total } parts scanned: scan the others too.
win-announce-saved = Saved { $name }.
win-announce-deleted = Deleted { $name }.
win-announce-filled-from-link = Filled in from the otpauth link; the name is "{ $name }".
win-announce-copied = Copied the code of { $name }.
win-announce-clipboard-mode-off = Clipboard mode off for { $name }.
win-announce-clipboard-mode-on = Clipboard mode on for { $name }: its code is on the clipboard and replaced by each new one.
win-announce-all-shown = { $all ->
    [one] 1 procedure is shown.
   *[other] All { $all } procedures are shown.
}
win-announce-matches = { $count ->
    [one] 1 procedure matches.
   *[other] { $count } procedures match.
}
win-code-copy-hint = Enter or Ctrl+C copies it.
win-seconds-until-next = Seconds until the next code of { $name }
win-procedure-list = Saved procedures
win-menu-bar = Menu
win-key-add = Ctrl+N
win-key-lock = Ctrl+L
win-key-search = Ctrl+F
win-checking-master-password = Checking the master password…
win-checking-and-exporting = Checking the master password and exporting…
win-changing-password = Changing the password…

## The quick pick (opened by the global shortcut) and the shortcut in the settings

win-quick-pick-title = Quick pick
win-quick-pick-filter = Filter:
win-quick-pick-list = Procedures found
win-quick-pick-none = No procedure matches the filter.
win-quick-pick-keys = Up and Down choose · Enter copies the code · Shift+Enter: clipboard mode · Esc closes
win-quick-pick-found = { $count ->
    [one] 1 procedure found: { $name }.
   *[other] { $count } procedures found; chosen: { $name }.
}
win-quick-pick-chosen = { $name }, { $position } of { $count }
win-quick-pick-unlock-first = Enter your master password; then the quick pick opens.
win-settings-shortcut-heading = Global shortcut
win-settings-shortcut-use = Open the quick pick from any program with
win-settings-shortcut-change = Change…
win-settings-shortcut-press = Press the new shortcut (Esc: keep the old one)
win-settings-shortcut-needs-modifier = A shortcut needs Ctrl, Alt or Super together with a letter, a digit or F1–F12.
win-settings-shortcut-active = { $shortcut } opens the quick pick.
win-settings-shortcut-starting = Setting up { $shortcut }…
win-settings-shortcut-taken = { $shortcut } is held by another program. Choose another shortcut.
win-settings-shortcut-refused = The system refused { $shortcut }: { $reason }
win-settings-shortcut-no-such-key = this keyboard has no such key
win-settings-shortcut-no-portal = This desktop offers programs no global shortcuts (its GlobalShortcuts portal is missing). Open Zweifaktor from its window instead.
win-settings-shortcut-portal = On this desktop the system confirms the shortcut and may change it in its own settings.
win-modifier-ctrl = Ctrl
win-modifier-alt = Alt
win-modifier-shift = Shift
win-modifier-logo = Super
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

## Settings: hiding the window from screen capture (h-window-state)

win-settings-hide-from-capture = Hide the window from screen capture and screen sharing
win-settings-hide-from-capture-unsupported = This system cannot hide a window from screen capture: the option has no effect here.

## h-import-words: what exactly kept the screen from being read (the detail in brackets of
## win-screen-unavailable, -no-portal and -failed). $detail is the system's own message.

win-screen-detail-no-desktop = neither a Wayland nor an X11 desktop is running
win-screen-detail-not-built = reading the screen is not built for this system
win-screen-detail-no-monitor = no monitor was found
win-screen-detail-no-x11-display = no X11 display
win-screen-detail-no-such-screen = the X server has no such screen
win-screen-detail-depth = a screen of depth { $depth } is not supported
win-screen-detail-no-session-bus = no D-Bus session bus: { $detail }
win-screen-detail-nobody-answers = nothing answers as org.freedesktop.portal.Desktop on the session bus
win-screen-detail-no-screenshot-interface = the desktop's portal has no Screenshot interface
win-screen-detail-not-local-file = the screenshot is not a local file but { $uri }
win-screen-detail-not-an-image = the screenshot file { $path } is no usable image: { $detail }
win-screen-detail-unreadable = the screenshot file { $path } cannot be read: { $detail }
win-screen-detail-too-large = the screenshot file { $path } is larger than { $max_mb } MB
# Start at login inside a Flatpak: the desktop's Background portal asks the user and answers.
win-settings-autostart-reason = Zweifaktor starts at login so that your codes are at hand at once.
win-settings-autostart-granted = The desktop starts Zweifaktor at login.
win-settings-autostart-withdrawn = The desktop no longer starts Zweifaktor at login.
win-settings-autostart-refused = The desktop did not allow Zweifaktor to start at login. You can allow it in the desktop's settings for apps and then tick the option again.
win-settings-autostart-no-portal = The desktop offers no portal for starting programs at login (xdg-desktop-portal), so Zweifaktor cannot start at login as a Flatpak.

## Why start at login could not be changed (inside win-settings-autostart-failed); $detail is the system's own message

win-autostart-no-place = there is no home or settings folder to put the entry into
win-autostart-no-program = cannot tell where this program is ({ $detail })
win-autostart-unwritable = the program's path { $path } cannot be written into the entry
win-autostart-write = cannot write { $path } ({ $detail })
win-autostart-remove = cannot remove { $path } ({ $detail })
win-autostart-registry = Windows' registry refused the change ({ $detail })
win-autostart-timed-out = the desktop did not answer within { $seconds } seconds
win-autostart-portal = the desktop's Background portal failed ({ $detail })

# h-no-english: the clipboard's, a dropped file's and the system's reasons in our words
win-clipboard-reason-empty = the clipboard is empty or holds something else
win-clipboard-reason-not-supported = this system's clipboard is not supported
win-clipboard-reason-occupied = another program is holding the clipboard; try again
win-clipboard-reason-conversion = what the clipboard holds cannot be converted
win-clipboard-reason-unknown = the system's clipboard did not answer as expected
win-dropped-file-no-content = The dropped file cannot be read.
# The system's own words (X11, D-Bus, a portal), when nothing better is known.
win-screen-detail-system = the system reports: { $detail }
win-screen-detail-x11-unreachable = the X server cannot be reached: { $reason }
win-screen-detail-x11-refused = the X server refused the connection (no permission for this display?)
win-screen-detail-session-bus-unreachable = the D-Bus session bus cannot be reached: { $reason }

# lead: why the system refused the global shortcut
win-shortcut-refusal-x11-unreachable = the X server cannot be reached: { $reason }
win-shortcut-refusal-x11-refused = the X server refused the connection (no permission for this display?)
win-shortcut-refusal-system = the system reports: { $detail }

## h-a11y-walk: what the German walk with a screen reader and the keyboard found missing

# Between two licences of the licence expression ("MIT or Apache-2.0").
win-about-license-or = or
# What the password still lacks: the field's description, and said on Enter before it is met.
win-password-still-needs = The password still needs: { $rules }.
win-manual-quick-pick-title = Quick pick
win-manual-quick-pick = Ctrl+Alt+Z opens the quick pick from any program while Zweifaktor runs (Options > Settings…: another shortcut, or none); when Zweifaktor is locked, the password comes first. Type part of a name; Up and Down choose, Enter copies the code, Shift+Enter turns clipboard mode on for it, Esc closes.
