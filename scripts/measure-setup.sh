# Sourced by the window's measuring scripts (measure-window.sh, measure-idle-instructions.sh):
# a private Xvfb, a temporary HOME and a vault with 20 procedures (MEASURE_PROCEDURES=N for
# another number, to see how the cost grows with it), all removed at exit. Sets
# $built (the program measured: target/release/zweifaktor, or MEASURE_BINARY), $password,
# $vault, $tmp, and `window` (the program's visible window). $also_needs: tools the caller
# needs beyond Xvfb and xdotool. The caller sets $app_pid to the
# program it starts, which is stopped at exit. Nothing of the user's is read or changed.

built=${MEASURE_BINARY:-target/release/zweifaktor}
password='Richtig-2026'

[ -x "$built" ] || { echo "measure: $built is missing; run 'cargo build --release' first" >&2; exit 1; }
for tool in Xvfb xdotool ${also_needs:-}; do
  command -v "$tool" >/dev/null 2>&1 || { echo "measure: $tool is missing (apt-get install xvfb xdotool ${also_needs:-})" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/zweifaktor-measure.XXXXXX")
xvfb_pid=""
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Xvfb picks a free display itself and prints its number once it accepts clients.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$tmp/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$tmp/display")"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data"
unset WAYLAND_DISPLAY
mkdir -p "$HOME"

vault="$tmp/vault.zfv"
printf '%s\n%s\n' "$password" "$password" | "$built" --vault "$vault" init --password-stdin >/dev/null
# One import of otpauth links: one unlock, however many procedures.
for i in $(seq "${MEASURE_PROCEDURES:-20}"); do
  # A secret of its own each (the import skips one already in the vault).
  secret=$(printf 'zweifaktor-measure-%04d' "$i" | base32 | tr -d '=')
  echo "otpauth://totp/Procedure%20$i?secret=$secret"
done >"$tmp/links.txt"
printf '%s\n' "$password" | "$built" --vault "$vault" import "$tmp/links.txt" --password-stdin >/dev/null

window() { xdotool search --onlyvisible --name '^Zweifaktor$' 2>/dev/null | head -1; }
