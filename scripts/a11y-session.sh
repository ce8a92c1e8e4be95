#!/bin/bash
# a11y-session.sh: a walk through the window by hand, step by step, as a screen reader user
# makes it — the session stays up between the steps, so that every flow can be tried with the
# keyboard and what was heard read after each key. A private Xvfb, D-Bus session bus and
# accessibility bus (as Orca finds them), an empty home folder, a listener that writes every
# focus change and announcement, and, where Orca is installed, Orca itself (its debug log
# holds what it speaks: "orca: …" lines; Orca writes that log in blocks, so the last words
# may show only after the next keys).
#
#   scripts/a11y-session.sh start [BINARY]   the window (default target/release/zweifaktor), in
#                                            $LANG (e.g. LANG=de_DE.UTF-8 in front)
#   scripts/a11y-session.sh keys KEY…        xdotool keys, one after the other ("Tab",
#                                            "ctrl+n", "type:some text", "sleep:2"), then what
#                                            was heard since the last call
#   scripts/a11y-session.sh tree             the accessibility tree (role "name" [states])
#   scripts/a11y-session.sh shot FILE.png    the window's picture
#   scripts/a11y-session.sh stop
#
# The session's files are in /tmp/a11y-session. Needs (Debian): xvfb xdotool x11-utils
# imagemagick at-spi2-core python3-gi gir1.2-atspi-2.0 dbus-daemon; orca is optional.
set -u
dir=/tmp/a11y-session
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
start)
  binary=$(realpath "${2:-target/release/zweifaktor}")
  [ -x "$binary" ] || { echo "a11y-session: no program at $binary" >&2; exit 2; }
  rm -rf "$dir"; mkdir -p "$dir/run" "$dir/home"; chmod 700 "$dir/run"
  n=190; while [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ]; do n=$((n+1)); done
  Xvfb ":$n" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 & echo $! > "$dir/pids"
  export DISPLAY=":$n" XDG_RUNTIME_DIR="$dir/run" HOME="$dir/home"
  export XDG_CONFIG_HOME="$dir/home/.config" XDG_DATA_HOME="$dir/home/.local/share"
  unset GTK_A11Y NO_AT_BRIDGE WAYLAND_DISPLAY ZWEIFAKTOR_VAULT
  for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
  bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
  export DBUS_SESSION_BUS_ADDRESS=$(echo "$bus" | sed -n 1p); echo "$bus" | sed -n 2p >> "$dir/pids"
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & echo $! >> "$dir/pids"
  for _ in $(seq 1 50); do dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break; sleep 0.1; done
  dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.freedesktop.DBus.Properties.Set \
    string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null 2>&1
  declare -p DISPLAY XDG_RUNTIME_DIR HOME XDG_CONFIG_HOME XDG_DATA_HOME DBUS_SESSION_BUS_ADDRESS > "$dir/env"
  : > "$dir/heard"; echo 0 > "$dir/mark"; echo 0 > "$dir/orca-mark"
  /usr/bin/python3 -W ignore "$here/a11y-session-listen.py" "$dir/heard" >/dev/null 2>&1 & echo $! >> "$dir/pids"
  if command -v orca >/dev/null; then
    orca --replace --debug-file="$dir/orca.log" >"$dir/orca.err" 2>&1 & echo $! >> "$dir/pids"; sleep 5
  fi
  "$binary" > "$dir/app.log" 2>&1 & echo $! >> "$dir/pids"
  for _ in $(seq 1 200); do
    window=$(xdotool search --onlyvisible --pid "$(tail -1 "$dir/pids")" 2>/dev/null | head -1)
    [ -n "$window" ] && break; sleep 0.05
  done
  [ -n "$window" ] || { echo "a11y-session: no window: $(tail -3 "$dir/app.log")" >&2; exit 1; }
  echo "$window" > "$dir/window"; sleep 1
  timeout 5 xdotool windowfocus --sync "$window"; sleep 1.5
  exec "$0" keys ;;
keys)
  . "$dir/env"; shift
  for key in "$@"; do
    case "$key" in
      type:*) xdotool type --delay 40 "${key#type:}" ;;
      sleep:*) sleep "${key#sleep:}" ;;
      *) xdotool key "$key" ;;
    esac
    sleep 0.4
  done
  sleep 1.5
  mark=$(cat "$dir/mark"); tail -n +$((mark + 1)) "$dir/heard"; wc -l < "$dir/heard" > "$dir/mark"
  if [ -f "$dir/orca.log" ]; then
    said=$(grep "SPEECH OUTPUT" "$dir/orca.log"); mark=$(cat "$dir/orca-mark")
    echo "$said" | tail -n +$((mark + 1)) | sed "s/.*SPEECH OUTPUT: /  orca: /; s/{'established.*//"
    echo "$said" | grep -c . > "$dir/orca-mark"
  fi ;;
tree) . "$dir/env"; /usr/bin/python3 -W ignore "$here/a11y-session-listen.py" --tree ;;
shot) . "$dir/env"; import -window "$(cat "$dir/window")" "$2" ;;
stop) [ -f "$dir/pids" ] && tac "$dir/pids" | while read -r pid; do kill "$pid" 2>/dev/null; done ;;
*) sed -n '2,21p' "$0" >&2; exit 2 ;;
esac
