#!/usr/bin/env bash
# The idle window's work counted in instructions, not seconds: the same for the same build
# whatever else the machine is doing, so two builds compare on a busy machine, where the CPU
# percentages of measure-window.sh spread from run to run. Run after `cargo build --release`:
#
#   scripts/measure-idle-instructions.sh [IDLE_SECONDS]      (default 30)
#   MEASURE_BINARY=/path/to/other/zweifaktor scripts/measure-idle-instructions.sh
#
# It starts the window under valgrind's callgrind with its counting off (the start and the
# unlock run at near-native speed), on its own Xvfb with a vault of 20 procedures
# (MEASURE_PROCEDURES=N for another number), unlocks it with the keyboard, lets it settle,
# counts the instructions of IDLE_SECONDS and prints them
# with the functions that took most. The window ticks once a second whether or not the
# program runs slower under valgrind, so the count is one second's frames times IDLE_SECONDS.
#
# Needs (Debian/Ubuntu): xvfb xdotool valgrind
set -euo pipefail

cd "$(dirname "$0")/.."
idle=${1:-30}
also_needs="valgrind callgrind_control callgrind_annotate"
. scripts/measure-setup.sh

out="$tmp/callgrind.out"
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out" \
  "$built" --vault "$vault" 2>"$tmp/app.log" >/dev/null &
app_pid=$!
for _ in $(seq 240); do
  [ -n "$(window)" ] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$(window)" ] || { echo "measure: no window after 2 minutes" >&2; exit 1; }
sleep 3
xdotool windowfocus --sync "$(window)"
xdotool type --delay 60 "$password"
xdotool key Return
# The key derivation runs uncounted but under valgrind; the list is shown well within this.
sleep 25
callgrind_control --instr=on "$app_pid" >/dev/null
sleep "$idle"
callgrind_control --instr=off "$app_pid" >/dev/null
callgrind_control --dump "$app_pid" >/dev/null
sleep 1
dump=$(ls "$out".* 2>/dev/null | head -1)
[ -n "$dump" ] || { echo "measure: callgrind wrote no counts" >&2; exit 1; }
# (awk reads to the end: leaving early would fail the pipeline with callgrind_annotate's SIGPIPE.)
total=$(callgrind_annotate "$dump" 2>/dev/null |
  awk '/PROGRAM TOTALS/ && !found { gsub(",", "", $1); print $1; found = 1 }')
echo "idle window, ${MEASURE_PROCEDURES:-20} procedures, $idle s: $total instructions ($((total / idle)) a second)"
echo "the functions that took most (inclusive):"
callgrind_annotate --inclusive=yes "$dump" 2>/dev/null |
  sed -n '/PROGRAM TOTALS/,$p' | grep -E 'zweifaktor::|egui::context::Context::run|painter::' |
  awk 'NR <= 8' | cut -c1-150
