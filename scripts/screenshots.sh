#!/usr/bin/env bash
# Takes one screenshot per screen of the desktop window for the README and the manual, into
# docs/screenshots/, then the main screen and the Add dialog in the other looks: dark, high
# contrast, and 200 % text (light and dark). Run from anywhere after `cargo build --release`:
#
#   scripts/screenshots.sh
#
# It builds nothing. It starts its own Xvfb (a free display number chosen by Xvfb itself), runs
# a copy of target/release/zweifaktor with a fresh temporary HOME (so the first-start screen
# shows and nothing of yours is read or changed), and drives it with the keyboard only — Tab,
# Space, Enter and the window's shortcuts, no pixel coordinates — so a change of layout does not
# make it click the wrong thing. Where a step could go wrong unseen (a changed Tab order), the
# script checks what the user would notice outside the window: the config file written, the
# code on the clipboard, the clipboard emptied on lock. Xvfb and the app are stopped on every
# exit, failure or Ctrl+C included. Running it again replaces the pictures.
#
# Needs (Debian/Ubuntu): xvfb xdotool imagemagick xclip
set -euo pipefail

cd "$(dirname "$0")/.."

out=docs/screenshots
built=target/release/zweifaktor
password='Richtig-2026'

if [ ! -x "$built" ]; then
  echo "screenshots: $built is missing; run 'cargo build --release' first" >&2
  exit 1
fi
missing=()
for tool in Xvfb xdotool import identify xclip; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "screenshots: missing ${missing[*]}; install: sudo apt-get install xvfb xdotool imagemagick xclip" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/zweifaktor-shots.XXXXXX")
xvfb_pid=""
app_pid=""

stop_app() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
  fi
}

cleanup() {
  local status=$?
  stop_app
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -s "$tmp/app.log" ]; then
    echo "screenshots: the app's output:" >&2
    sed 's/^/  /' "$tmp/app.log" >&2
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
  echo "screenshots: $*" >&2
  exit 1
}

# A copy, so a build finishing meanwhile cannot swap the program between two screens.
bin="$tmp/zweifaktor"
cp "$built" "$bin"

# The app sees only this environment: a fresh HOME, no XDG overrides pointing at your real
# config, no vault from ZWEIFAKTOR_VAULT, and X11 even inside a Wayland session.
home="$tmp/home"
mkdir -p "$home" "$tmp/shots"
unset WAYLAND_DISPLAY XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME ZWEIFAKTOR_VAULT
# The window's language is the caller's LANG (LANG=de_DE.UTF-8 scripts/screenshots.sh), English
# when it is unset, C or English; pictures in another language carry its code in their names
# (de-03-procedures.png), beside the English ones.
shots_lang="${LANG:-C.UTF-8}"
case "$shots_lang" in
  C | C.* | POSIX | en*) prefix="" ;;
  *) prefix="${shots_lang%%_*}-" ;;
esac
export HOME="$home" LANG="$shots_lang"
unset LC_ALL LC_MESSAGES LANGUAGE

# Our own X server on the first free display from :90 up (far from a desktop's :0 or :1). With
# -displayfd, Xvfb writes the number to fd 3 once it accepts clients. A display taken by a
# server that locks it is skipped; one taken by a server that does not (as with -displayfd)
# Xvfb finds by its socket answering, and exits, and the next number is tried. A dead server's
# leftover socket Xvfb reuses.
start_xvfb() {
  local n
  for n in $(seq 90 189); do
    if [ -e "/tmp/.X$n-lock" ]; then
      continue
    fi
    : >"$tmp/display"
    Xvfb ":$n" -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp \
      3>"$tmp/display" 2>"$tmp/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 100); do
      if [ -s "$tmp/display" ]; then
        export DISPLAY=":$n"
        return 0
      fi
      kill -0 "$xvfb_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  done
  fail "Xvfb did not start on any display from :90 to :189: $(cat "$tmp/xvfb.log")"
}
start_xvfb
echo "screenshots: Xvfb on $DISPLAY"

wid=""

# Starts the window and waits until it is mapped and has drawn its first frame.
start_app() {
  "$bin" >>"$tmp/app.log" 2>&1 &
  app_pid=$!
  wid=""
  for _ in $(seq 150); do
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited before its window appeared"
    wid=$(xdotool search --onlyvisible --name '^Zweifaktor$' 2>/dev/null || true)
    wid=${wid%%$'\n'*}
    [ -n "$wid" ] && break
    sleep 0.1
  done
  [ -n "$wid" ] || fail "no window named Zweifaktor appeared within 15 s"
  # The window is one flat colour (black) until the GL context has drawn a first frame; a
  # drawn frame has text on it, whichever the theme.
  local spread=0
  for _ in $(seq 50); do
    import -window "$wid" "$tmp/probe.png" 2>/dev/null || true
    spread=$(identify -format '%[fx:standard_deviation]' "$tmp/probe.png" 2>/dev/null || echo 0)
    awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' && break
    sleep 0.2
  done
  awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || fail "the window stayed blank: nothing was drawn"
  xdotool windowfocus --sync "$wid"
  sleep 0.5
}

# Keys and text go to whatever has the keyboard focus; without a window manager nothing takes
# it away, but focusing before each step costs nothing.
key() {
  xdotool windowfocus --sync "$wid"
  xdotool key --delay 120 "$@"
  sleep 0.4
}

type_text() {
  xdotool windowfocus --sync "$wid"
  xdotool type --delay 50 "$1"
  sleep 0.4
}

shot() {
  # egui repaints on input; a moment lets the last frame (and a once-a-second tick) land.
  sleep "${2:-1}"
  import -window "$wid" -strip "$tmp/shots/$prefix$1"
  echo "screenshots: $prefix$1"
}

clipboard() {
  xclip -o -selection clipboard 2>/dev/null || true
}

cli() {
  "$bin" --password-stdin "$@" >>"$tmp/app.log" 2>&1
}

# --- First start, set password ----------------------------------------------------------------
start_app
# The "First installation" radio has the keyboard focus at start; Space chooses it, which
# shows the "Storage folder" field with the default folder.
key space
shot 01-first-start.png
# Tab past "Update of an existing installation" into the folder field; Enter there continues.
key Tab Tab Return
sleep 1
grep -q '"vault_folder"' "$home/.config/zweifaktor/config.json" 2>/dev/null ||
  fail "Continue did not save the storage folder: the first-start Tab order changed?"
# The password field has the focus. Upper, lower and a digit are met; special character, length
# and "both fields equal" are not.
type_text 'Zwei7'
shot 02-set-password.png
stop_app

# --- The vault, made with the command line in the folder chosen above -------------------------
printf '%s\n%s\n' "$password" "$password" | cli init || fail "zweifaktor init failed"
printf '%s\n' "$password" |
  cli add "Citrix Portal" --secret JBSWY3DPEHPK3PXP --url https://portal.example.org ||
  fail "zweifaktor add failed"
printf '%s\n' "$password" | cli add VPN --secret GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ ||
  fail "zweifaktor add failed"
printf '%s\n' "$password" |
  cli add Webmail --secret KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ --url https://mail.example.org ||
  fail "zweifaktor add failed"

# --- Unlock: a wrong password, then the right one ---------------------------------------------
start_app
# "Master password" has the focus at start.
type_text 'Falsch-2026'
key Return
shot 06-unlock-wrong-password.png 1.5
type_text "$password"
key Return
shot 03-procedures.png 2

# --- Add dialog with a bad Base32 character ---------------------------------------------------
# Ctrl+N opens it with the focus in "Name *"; Tab goes on to "Secret (token) *", then "URL".
key ctrl+n
type_text 'Intranet'
key Tab
type_text 'JBSWY3DP1EHPK'
key Tab
type_text 'https://intranet.example.org'
shot 04-add-procedure.png
key Escape

# --- Clipboard mode ---------------------------------------------------------------------------
# Ctrl+F focuses the search field; from there Tab goes to "Lock", then in the first row (Citrix
# Portal) its code (focusable for the keyboard and screen readers), its link, "Copy" and
# "Clipboard mode"; Space presses it.
key ctrl+f Tab Tab Tab Tab Tab space
sleep 1
placed=$(clipboard)
expected_now=$("$bin" code --secret JBSWY3DPEHPK3PXP)
expected_before=$("$bin" code --secret JBSWY3DPEHPK3PXP --at $(($(date +%s) - 2)))
[ "$placed" = "$expected_now" ] || [ "$placed" = "$expected_before" ] ||
  fail "clipboard mode for Citrix Portal is not on: the clipboard holds '$placed', not $expected_now (the Tab order changed?)"
shot 05-clipboard-mode.png 0.5

# --- Lock -------------------------------------------------------------------------------------
key ctrl+l
shot 07-locked.png
[ -z "$(clipboard)" ] || fail "the code stayed on the clipboard after locking"
stop_app

# --- The other looks: the settings file as the Accessibility menu leaves it -----------------------
config="$home/.config/zweifaktor/config.json"
# Sets the theme ("light", "dark"), high contrast ("true"/"false") and the text size (1.0–2.0).
look() {
  sed -i -E \
    -e "s/\"theme\": \"[a-z]+\"/\"theme\": \"$1\"/" \
    -e "s/\"high_contrast\": [a-z]+/\"high_contrast\": $2/" \
    -e "s/\"text_scale\": [0-9.]+/\"text_scale\": $3/" "$config"
  grep -q "\"theme\": \"$1\"" "$config" || fail "the settings file has no theme field: $(cat "$config")"
}
# Unlocks, shows the procedures, then the Add dialog with a bad secret.
unlocked_shots() {
  start_app
  type_text "$password"
  key Return
  shot "$1" 2
  key ctrl+n
  type_text 'Intranet'
  key Tab
  type_text 'JBSWY3DP1EHPK'
  shot "$2"
  key Escape
  stop_app
}
look dark false 1.0
unlocked_shots 08-dark.png 09-dark-add-procedure.png
look light true 1.0
unlocked_shots 10-high-contrast.png 11-high-contrast-add-procedure.png
look light false 2.0
unlocked_shots 12-text-200.png 13-text-200-add-procedure.png
look dark false 2.0
unlocked_shots 14-dark-text-200.png 15-dark-text-200-add-procedure.png

# --- A HiDPI screen: scale 2 (as winit reads it from X11 settings, forced here) -----------------
# The 1280×1024 screen is 640×512 points at scale 2: the window opens no bigger than it.
look light false 1.0
WINIT_X11_SCALE_FACTOR=2 start_app
type_text "$password"
key Return
shot 16-scale-2.png 2
stop_app

mkdir -p "$out"
mv "$tmp"/shots/*.png "$out"/
echo "screenshots: saved in $out/"
