#!/usr/bin/env bash
# The Windows program, checked on Linux: cross-builds zweifaktor.exe and zweifaktor-cli.exe
# (../shared/windows-cross-build.md: Debian's Rust 1.96 with -Zbuild-std, mingw-w64) and runs
# them under Wine — the command line's flows (init, add, codes compared with oathtool, list,
# the lockout's exit codes, imports, exports, the console of the window program) and the window
# under Xvfb: it opens, takes the master password from the keyboard (xdotool), shows the
# procedures (screenshot); its idle CPU is printed; its tray icon is there and the global
# shortcut opens the quick pick. .ci/run calls it; it can run alone:
#   scripts/windows-check.sh            (the build folder target-windows/ stays for next time)
# ZWEIFAKTOR_WINDOWS_TARGET_DIR moves the build folder; ZWEIFAKTOR_WINDOWS_SHOTS keeps the
# screenshots in a folder of your choice.
# Needs (Debian): rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64
# wine wine64 xvfb xdotool imagemagick oathtool jq (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/windows-env.sh
started=$SECONDS

step() { printf '\n== %s (%d s)\n' "$*" $((SECONDS - started)); }
fail() {
  echo "windows-check: $*" >&2
  exit 1
}

step "cross-build (debug, no debug info) into $CARGO_TARGET_DIR"
cargo build "${WINDOWS_BUILD_STD[@]}" --locked --bins
bin="$CARGO_TARGET_DIR/$WINDOWS_TARGET/debug"
exe="$bin/zweifaktor.exe"
cli="$bin/zweifaktor-cli.exe"

step "what Windows sees in the files"
# The window program must not get a console when double-clicked; the CLI twin must have one.
# (Outputs are captured before grep reads them: grep -q leaves at the first match, and the
# writer's broken pipe would fail the pipeline.)
headers=$(x86_64-w64-mingw32-objdump -p "$exe")
grep -q 'Subsystem.*(Windows GUI)' <<<"$headers" ||
  fail "zweifaktor.exe is not a window (GUI subsystem) program"
headers=$(x86_64-w64-mingw32-objdump -p "$cli")
grep -q 'Subsystem.*(Windows CUI)' <<<"$headers" || fail "zweifaktor-cli.exe is not a console program"
# Icon and version information (build.rs): a resource section with the icon and the version.
sections=$(x86_64-w64-mingw32-objdump -h "$exe")
grep -q '\.rsrc' <<<"$sections" || fail "zweifaktor.exe has no resources"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
# The version block is UTF-16: compare without the zero bytes.
strings=$(tr -d '\0' <"$exe" | grep -a -o 'CompanyName.\{0,200\}' || true)
for text in "CompanyName" "Zweifaktor project" "ProductVersion" "$version"; do
  grep -qF "$text" <<<"$strings" || fail "zweifaktor.exe's version information lacks '$text'"
done

step "Wine and its stand-in for bcryptprimitives.dll"
work=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  if [ -n "${WINEPREFIX:-}" ]; then wineserver -k 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# The X server comes first: Wine's desktop process (explorer.exe), started with the first
# program, takes the display it finds then; one started without a display shows no window later.
display_file="$work/display"
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$display_file" ] && break; sleep 0.1; done
[ -s "$display_file" ] || fail "Xvfb did not start"
export DISPLAY=":$(cat "$display_file")"
export WINEPREFIX="$work/wine" WINEDEBUG=-all WINEARCH=win64
# No Mono/Gecko download prompts: nothing here needs them.
export WINEDLLOVERRIDES="mscoree,mshtml="
wineboot -i >/dev/null 2>&1
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust's std imports; Windows 10/11 has it.
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bcryptprimitives.dll" \
  scripts/windows/bcryptprimitives.c scripts/windows/bcryptprimitives.def -ladvapi32
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"

# Wine maps / to Z:.
winpath() { printf 'Z:%s' "${1//\//\\}"; }
vault="$work/vault/vault.zweifaktor"
mkdir -p "$work/vault"
export ZWEIFAKTOR_VAULT
ZWEIFAKTOR_VAULT=$(winpath "$vault")
pw='Korrekt-Pferd-7-Batterie'
# The CLI twin as scripts use it; stdin lines are passwords (--password-stdin).
z() { wine "$cli" "$@"; }
expect_exit() {
  local want=$1
  shift
  local got=0
  "$@" >"$work/out" 2>"$work/err" || got=$?
  [ "$got" = "$want" ] || fail "'$*' exited $got, not $want: $(cat "$work/out" "$work/err")"
}

step "command line: help, init, add, code (compared with oathtool), list"
help=$(wine "$cli" --help)
grep -q 'Usage: zweifaktor' <<<"$help" || fail "zweifaktor-cli.exe --help printed no usage"
printf '%s\n%s\n' "$pw" "$pw" | z --password-stdin init
secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
printf '%s\n' "$pw" | z --password-stdin add "Citrix Portal" --secret "$secret" --url https://portal.example.org
printf '%s\n' "$pw" | z --password-stdin add "VPN SHA256" --secret JBSWY3DPEHPK3PXP --algorithm sha256 --digits 8 --period 60
for at in 59 1111111109 2000000000; do
  ours=$(printf '%s\n' "$pw" | z --password-stdin code "Citrix Portal" --at "$at" | tr -d '\r')
  theirs=$(oathtool --totp -b --now "@$at" "$secret")
  [ "$ours" = "$theirs" ] || fail "code at $at: ours $ours, oathtool $theirs"
  ours=$(printf '%s\n' "$pw" | z --password-stdin code "VPN SHA256" --at "$at" | tr -d '\r')
  theirs=$(oathtool --totp=sha256 --digits=8 --time-step-size=60s -b --now "@$at" JBSWY3DPEHPK3PXP)
  [ "$ours" = "$theirs" ] || fail "SHA-256 code at $at: ours $ours, oathtool $theirs"
done
names=$(z list | tr -d '\r')
grep -q '^Citrix Portal  https://portal.example.org' <<<"$names" || fail "list does not show 'Citrix Portal': $names"
[ "$(z list --json | jq length)" = 2 ] || fail "list --json does not hold the two procedures"

step "the window program's console: output and pipes"
# zweifaktor.exe is a window program; given a command it prints to the terminal it came from
# and reads piped passwords like the CLI twin.
help=$(wine "$exe" --help)
grep -q 'Usage: zweifaktor' <<<"$help" || fail "zweifaktor.exe --help printed nothing"
ours=$(printf '%s\n' "$pw" | wine "$exe" --password-stdin code "Citrix Portal" --at 59 | tr -d '\r')
[ "$ours" = "$(oathtool --totp -b --now @59 "$secret")" ] || fail "zweifaktor.exe code printed '$ours'"

step "imports: an Aegis export (JSON) and a Google Authenticator database (SQLite)"
aegis=../shared/testdata/import/aegis
printf '%s\n' "$pw" | z --password-stdin import "$(winpath "$PWD/$aegis/aegis_plain.json")" >/dev/null
imported=$(jq '.files["aegis_plain.json"].entries | length' "$aegis/expected.json")
[ "$(z list --json | jq length)" = $((2 + imported)) ] ||
  fail "after the Aegis import the vault holds $(z list --json | jq length) procedures, not $((2 + imported))"
# The Google Authenticator fixture holds the same accounts as the Aegis one (they would all be
# skipped as duplicates here): it goes into a vault of its own.
google=../shared/testdata/import/google-authenticator
google_vault=$(winpath "$work/vault/google.zweifaktor")
printf '%s\n%s\n' "$pw" "$pw" | z --vault "$google_vault" --password-stdin init >/dev/null
printf '%s\n' "$pw" |
  z --vault "$google_vault" --password-stdin import "$(winpath "$PWD/$google/google_authenticator.sqlite")" >/dev/null
want=$(jq '.files["google_authenticator.sqlite"].entries | length' "$google/expected.json")
[ "$(z --vault "$google_vault" list --json | jq length)" = "$want" ] ||
  fail "the Google Authenticator import brought $(z --vault "$google_vault" list --json | jq length) procedures, not $want"
# One imported procedure's code, with its own algorithm and digits, against oathtool.
entry=$(jq -c '.files["aegis_plain.json"].entries[] | select(.type == "totp" and .algorithm == "SHA256")' \
  "$aegis/expected.json" | head -n 1)
name=$(z list --json | jq -r --arg issuer "$(jq -r .issuer <<<"$entry")" \
  '[.[] | select(.issuer == $issuer)][0].name')
ours=$(printf '%s\n' "$pw" | z --password-stdin code "$name" --at 1111111109 | tr -d '\r')
theirs=$(oathtool --totp=sha256 --digits="$(jq .digits <<<"$entry")" \
  --time-step-size="$(jq .period <<<"$entry")s" -b --now @1111111109 "$(jq -r .secret <<<"$entry")")
[ "$ours" = "$theirs" ] || fail "imported '$name': ours $ours, oathtool $theirs"

step "exports: otpauth list (plain) and an encrypted Zweifaktor backup"
printf '%s\n' "$pw" | z --password-stdin export "$(winpath "$work/list.txt")" --format otpauth >/dev/null
grep -q "^otpauth://totp/.*secret=$secret" "$work/list.txt" || fail "the otpauth export lacks Citrix Portal"
export_pw='Export-Passwort-2026'
printf '%s\n%s\n%s\n' "$pw" "$export_pw" "$export_pw" |
  z --password-stdin export "$(winpath "$work/backup.zweifaktor")" --format zweifaktor >/dev/null
# The backup opens again: imported into a new vault with its own password.
other=$(winpath "$work/vault/other.zweifaktor")
printf '%s\n%s\n' "$pw" "$pw" | z --vault "$other" --password-stdin init
printf '%s\n%s\n' "$pw" "$export_pw" |
  z --vault "$other" --password-stdin import "$(winpath "$work/backup.zweifaktor")" >/dev/null
[ "$(z --vault "$other" list --json | jq length)" = $((2 + imported)) ] ||
  fail "the backup did not bring back every procedure"

step "lockout: exit codes 3 (wrong password) and 4 (locked)"
for attempt in 1 2 3 4 5 6; do
  expect_exit 3 z --vault "$other" --password-stdin code "Citrix Portal" <<<"Falsch-2026"
done
grep -q 'locked for 10 seconds' "$work/err" || fail "the 6th wrong password did not lock: $(cat "$work/err")"
expect_exit 4 z --vault "$other" --password-stdin code "Citrix Portal" <<<"$pw"
[ "$(z --vault "$other" status --json | jq .failed_attempts)" = 6 ] || fail "status does not count 6 attempts"

step "the window under Xvfb: open, unlock from the keyboard, screenshot, idle"
wine "$exe" >"$work/window.log" 2>&1 &
window_pid=$!
window=$(timeout 120 xdotool search --sync --onlyvisible --name '^Zweifaktor$' | head -n 1) ||
  fail "no window titled Zweifaktor appeared: $(cat "$work/window.log")"
shot() { import -display "$DISPLAY" -window root "$1"; }
# The countdown bar of a procedure's row is light blue (as tests/desktop_window.rs checks).
blue_pixels() {
  convert "$1" -fx '(b > 0.86 && g > 0.66 && r < 0.745 && b > r + 0.235) ? 1 : 0' \
    -format '%[fx:round(mean * w * h)]' info:
}
sleep 3
shot "$work/1-unlock.png"
xdotool windowfocus --sync "$window"
xdotool type --delay 60 "$pw"
xdotool key Return
unlocked=
for _ in $(seq 60); do
  sleep 1
  shot "$work/2-procedures.png"
  if [ "$(blue_pixels "$work/2-procedures.png")" -gt 50 ]; then
    unlocked=yes
    break
  fi
done
[ -n "$unlocked" ] || fail "no procedure shown after the password (screenshot: $work/2-procedures.png)"
# Idle CPU, printed for the record and bounded only against a loop that never waits. Under
# Wine 8 the idle window's main thread uses 15-50 % of a core without drawing a frame: Wine's
# MsgWaitForMultipleObjectsEx, which winit calls with MWMO_INPUTAVAILABLE, returns at once
# because the queue reports QS_PAINT while no WM_PAINT can be fetched (seen with
# WINEDEBUG=+server: set_queue_mask() = wake_bits=00000020, get_message() = PENDING, over and
# over; none of it our frames). On Linux the same loop uses 0.15 % (README, Performance).
# (`wine` becomes the program: its process id is the window's.)
sleep 2
ticks() { awk '{ print $14 + $15 }' "/proc/$window_pid/stat"; }
before=$(ticks)
sleep 10
used=$(($(ticks) - before))
hz=$(getconf CLK_TCK)
echo "idle window under Wine: $((used * 1000 / hz)) ms of CPU in 10 s"
[ $((used * 100 / hz)) -lt 900 ] || fail "the idle window used $((used * 100 / hz / 10)) % of a core"

step "the tray icon (Shell_NotifyIcon) and the global shortcut (RegisterHotKey, Ctrl+Alt+Z)"
# Wine shows notification-area icons in a small window of its own: ours is there, drawn.
tray=$(xdotool search --onlyvisible --name '^Wine System Tray$' | head -n 1) ||
  fail "no tray icon: Wine's system tray window is missing"
import -display "$DISPLAY" -window "$tray" "$work/3-tray.png"
icon_pixels=$(convert "$work/3-tray.png" -fx '(b > 0.6 && r < 0.3) ? 1 : 0' \
  -format '%[fx:round(mean * w * h)]' info:)
[ "$icon_pixels" -gt 50 ] || fail "the tray holds no Zweifaktor icon (screenshot: $work/3-tray.png)"
# (Its menu cannot be opened under Wine 8: Shell_NotifyIconGetRect is a stub there, and
# tray-icon gives no click without the icon's place.) Wine delivers a registered hotkey when
# one of its windows has the keyboard: the quick pick replaces the list, whose status line at
# the bottom ("Clipboard: no code") it does not have, and Esc brings the list back. The bottom
# strip of the window is compared, as the rest of the list changes every second.
status_line() { import -display "$DISPLAY" -window "$window" -gravity south -crop 0x40+0+0 +repage "$1"; }
differs() { compare -metric AE "$1" "$2" null: 2>&1 || true; }
xdotool windowfocus --sync "$window"
status_line "$work/4-list-bottom.png"
xdotool key ctrl+alt+z
quick_pick=
for _ in $(seq 10); do
  sleep 0.5
  status_line "$work/5-quick-pick-bottom.png"
  if [ "$(differs "$work/4-list-bottom.png" "$work/5-quick-pick-bottom.png")" -gt 500 ]; then
    quick_pick=yes
    break
  fi
done
shot "$work/5-quick-pick.png"
[ -n "$quick_pick" ] || fail "Ctrl+Alt+Z did not open the quick pick (screenshot: $work/5-quick-pick.png)"
xdotool key Escape
back=
for _ in $(seq 10); do
  sleep 0.5
  status_line "$work/6-list-again-bottom.png"
  if [ "$(differs "$work/4-list-bottom.png" "$work/6-list-again-bottom.png")" -lt 50 ]; then
    back=yes
    break
  fi
done
shot "$work/6-list-again.png"
[ -n "$back" ] || fail "Esc did not close the quick pick (screenshot: $work/6-list-again.png)"
# From another program (here Wine's tray window has the keyboard) the window comes where the
# user is: global-hotkey does not tell the pointer's place, so centred on its monitor.
left_of() { xdotool getwindowgeometry "$1" | sed -n 's/.*Position: \([0-9-]*\),.*/\1/p'; }
width_of() { xdotool getwindowgeometry "$1" | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p'; }
xdotool windowfocus --sync "$tray"
xdotool key ctrl+alt+z
centre=$(((1024 - $(width_of "$window")) / 2))
centred=
for _ in $(seq 10); do
  sleep 0.5
  left=$(left_of "$window")
  if [ $((left - centre)) -le 2 ] && [ $((centre - left)) -le 2 ]; then
    centred=yes
    break
  fi
done
shot "$work/7-quick-pick-centred.png"
[ -n "$centred" ] ||
  fail "the quick pick from another program did not come centred (left edge $left, not $centre)"
xdotool key Escape
echo "tray icon: $icon_pixels pixels of it; the shortcut opened the quick pick, Esc closed it;"
echo "from another program it came centred (left edge $left)"
if [ -n "${ZWEIFAKTOR_WINDOWS_SHOTS:-}" ]; then
  mkdir -p "$ZWEIFAKTOR_WINDOWS_SHOTS"
  cp "$work"/*.png "$ZWEIFAKTOR_WINDOWS_SHOTS/"
fi
xdotool windowclose "$window" 2>/dev/null || true
kill "$window_pid" 2>/dev/null || true

step "done: Windows checks passed"
