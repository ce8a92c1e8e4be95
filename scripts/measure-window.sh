#!/usr/bin/env bash
# Measures the desktop window's start time, idle CPU and memory, the figures the window issue
# sets targets for (first window ≤ 150 ms, idle CPU ≤ 0.15 % of a core, RSS ≤ 80 MB, with 20
# procedures shown). Run after `cargo build --release`:
#
#   scripts/measure-window.sh [RUNS] [IDLE_SECONDS]     (defaults: 5 runs, 30 s)
#   MEASURE_BINARY=/path/to/other/zweifaktor scripts/measure-window.sh   (another build, to compare)
#
# It starts its own Xvfb, makes a vault with 20 procedures in a temporary HOME, starts
# target/release/zweifaktor RUNS times and takes the time from the start of the process to its
# window being visible (xdotool, polled every few milliseconds), then unlocks the last one with
# the keyboard, lets it settle and reads its CPU time (utime+stime in /proc/PID/stat) over
# IDLE_SECONDS and its memory (/proc/PID/status). Nothing of yours is read or changed.
#
# Needs (Debian/Ubuntu): xvfb xdotool
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${1:-5}
idle=${2:-30}
. scripts/measure-setup.sh

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

startups=()
start_cpu=()
for run in $(seq "$runs"); do
  start=$(now_ms)
  "$built" --vault "$vault" 2>"$tmp/app.log" &
  app_pid=$!
  until [ -n "$(window)" ]; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log" >&2; exit 1; }
    [ $(( $(now_ms) - start )) -lt 20000 ] || { echo "measure: no window after 20 s" >&2; exit 1; }
    sleep 0.002
  done
  startups+=($(( $(now_ms) - start )))
  # The program's own CPU time (all threads) by then: what the start costs whatever else the
  # machine is doing; the wall time above grows with the machine's load.
  start_cpu+=($(cat /proc/"$app_pid"/task/*/schedstat 2>/dev/null | awk '{ sum += $1 } END { printf "%d", sum / 1e6 }'))
  if [ "$run" -lt "$runs" ]; then
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
    sleep 0.3
  fi
done
echo "first window (ms, $runs runs): ${startups[*]}"
echo "CPU time until then (ms, all threads): ${start_cpu[*]}"

xdotool windowfocus --sync "$(window)"
xdotool type --delay 30 "$password"
xdotool key Return
sleep 5

# CPU time: clock ticks (utime+stime, 10 ms steps) and the scheduler's nanoseconds on a CPU,
# summed over all threads (/proc/PID/task/*/schedstat).
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
oncpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ sum += $1 } END { printf "%d", sum }'; }
hz=$(getconf CLK_TCK)
before=$(ticks "$app_pid")
before_ns=$(oncpu_ns "$app_pid")
sleep "$idle"
after=$(ticks "$app_pid")
after_ns=$(oncpu_ns "$app_pid")
awk -v t=$(( after - before )) -v ns=$(( after_ns - before_ns )) -v hz="$hz" -v s="$idle" -v n="${MEASURE_PROCEDURES:-20}" 'BEGIN {
  printf "idle CPU over %d s, %d procedures shown: %d ticks = %.3f %% of one core; on-CPU time %.1f ms = %.3f %%\n",
    s, n, t, 100 * t / hz / s, ns / 1e6, 100 * ns / 1e9 / s }'
grep -E '^(VmRSS|RssAnon|RssFile|VmHWM)' "/proc/$app_pid/status" | tr -s ' \t' ' ' | sed 's/^/memory: /'
echo "binary: $(stat -c %s "$built") bytes"
