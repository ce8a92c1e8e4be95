#!/bin/bash
# screen-reader-walk.sh: the first start of the window, done with the keyboard alone, heard as a
# screen reader hears it. Starts a private Xvfb, D-Bus session bus and accessibility bus (as
# Orca finds them), runs the window with an empty home folder, types a first installation, a
# master password, a new procedure and Enter on its code, and prints every focus change (role,
# name, description) and every announcement the window sends over AT-SPI — what Orca speaks.
# It checks that the code was heard digit by digit and is on the clipboard; then that the Add
# dialog is a named modal dialog with the screen behind it out of reach, that Esc brings the
# focus back, that F10 reaches the menu, and that locking and a wrong password are announced.
#
#   scripts/screen-reader-walk.sh [BINARY]       (default: target/release/zweifaktor)
#
# Needs (Debian): xvfb xdotool xclip at-spi2-core python3-gi gir1.2-atspi-2.0 dbus-daemon.
# Exit 0: the walk worked; 1: it did not (the reason is printed); 2: a tool is missing.
set -u
binary=$(realpath "${1:-target/release/zweifaktor}")
[ -x "$binary" ] || { echo "screen-reader-walk: no program at $binary (cargo build --release)" >&2; exit 2; }
for tool in Xvfb xdotool xclip dbus-daemon /usr/libexec/at-spi-bus-launcher /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "screen-reader-walk: $tool is missing" >&2; exit 2; }
done
tmp=$(mktemp -d /tmp/screen-reader-walk.XXXXXX)
n=170; while [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ]; do n=$((n+1)); done
Xvfb ":$n" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
export DISPLAY=":$n" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
export XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"; chmod 700 "$XDG_RUNTIME_DIR"
unset GTK_A11Y NO_AT_BRIDGE WAYLAND_DISPLAY ZWEIFAKTOR_VAULT
for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
out=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
export DBUS_SESSION_BUS_ADDRESS=$(echo "$out" | sed -n 1p); dpid=$(echo "$out" | sed -n 2p)
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & apid=$!
for _ in $(seq 1 50); do dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break; sleep 0.1; done
dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.freedesktop.DBus.Properties.Set \
  string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null 2>&1
cleanup() { kill "$apid" "$dpid" "$xpid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
/usr/bin/python3 -W ignore - "$binary" "$(dirname "$0")/a11y-session-listen.py" <<'PY'
import importlib.util, subprocess, sys, time, threading
import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib

binary = sys.argv[1]
PASSWORD = 'Gut-Passwort-1'
SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
heard = []

def say(line):
    heard.append(line)
    print(line, flush=True)

def on_focus(event):
    if not event.detail1:
        return
    o = event.source
    try:
        role, name = o.get_role_name(), o.get_name() or ''
        description = o.get_description() or ''
    except Exception:
        return
    say('focus: %s "%s"%s' % (role, name, (' — ' + description) if description else ''))

def on_announcement(event):
    text = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
    say('announced: "%s"' % text)

# The window's announcements on Linux (src/ui/announcer.rs), told as a11y-session.sh tells them.
spec = importlib.util.spec_from_file_location('a11y_session_listen', sys.argv[2])
listen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(listen)

def on_description(event):
    said = listen.announced_in_description(event)
    if said:
        say('announced (description): "%s"' % said)

focus_listener = Atspi.EventListener.new(on_focus)
focus_listener.register('object:state-changed:focused')
announce_listener = Atspi.EventListener.new(on_announcement)
announce_listener.register('object:announcement')
description_listener = Atspi.EventListener.new(on_description)
description_listener.register('object:property-change:accessible-description')

app = subprocess.Popen([binary], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

def keys(*names):
    subprocess.run(['xdotool', 'key', '--delay', '120'] + list(names), check=False)

def text(t):
    subprocess.run(['xdotool', 'type', '--delay', '30', t], check=False)

def wait_for(part, seconds, since=0):
    """Waits until something heard (from line `since` on) contains `part`."""
    end = time.time() + seconds
    while time.time() < end:
        if any(part in line for line in heard[since:]):
            return True
        time.sleep(0.1)
    return False

result = {'ok': False, 'why': 'not finished'}

def focus_window():
    # No window manager in Xvfb: the window gets the keyboard when asked for it.
    end = time.time() + 30
    while time.time() < end:
        found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(app.pid)],
                               capture_output=True, text=True).stdout.split()
        if found:
            time.sleep(1)
            subprocess.run(['xdotool', 'windowfocus', '--sync', found[0]], timeout=5, check=False)
            return True
        time.sleep(0.1)
    return False

def tree():
    """The window's accessibility tree as (depth, role, name, states) lines."""
    desktop = Atspi.get_desktop(0)
    lines = []
    def visit(o, depth):
        try:
            role, name = o.get_role_name(), o.get_name() or ''
            states = [s.value_nick for s in o.get_state_set().get_states()]
        except Exception:
            return
        lines.append((depth, role, name, states))
        for i in range(o.get_child_count()):
            child = o.get_child_at_index(i)
            if child is not None:
                visit(child, depth + 1)
    for i in range(desktop.get_child_count()):
        a = desktop.get_child_at_index(i)
        if a is not None and a.get_process_id() == app.pid:
            # As cached from the window's events, as a screen reader sees it.
            visit(a, 0)
    return lines

def walk():
    try:
        if not focus_window():
            result['why'] = 'no window within 30 s: ' + app.stderr.read1().decode(errors='replace')
            return
        if not wait_for('First installation', 30):
            result['why'] = 'the window did not open with the focus on "First installation"'
            return
        say('-- keys: space, Tab x5, Return (first installation, default folder, Continue)')
        keys('space'); keys(*['Tab'] * 5); keys('Return')
        if not wait_for('"Password"', 15):
            result['why'] = 'no password field after Continue'
            return
        say('-- keys: the password, Tab, the password again, Return')
        text(PASSWORD); keys('Tab'); text(PASSWORD); keys('Return')
        if not wait_for('"Search:"', 60):
            result['why'] = 'the procedures did not open'
            return
        say('-- keys: Ctrl+N, a name, Tab, a secret, Return')
        keys('ctrl+n'); text('Citrix Portal'); keys('Tab'); text(SECRET); keys('Return')
        if not wait_for('Code of Citrix Portal:', 15):
            result['why'] = 'the new code did not get the focus'
            return
        say('-- keys: Return (copy the code)')
        keys('Return')
        if not wait_for('Copied the code of Citrix Portal', 10):
            result['why'] = 'no "copied" announcement'
            return
        spoken = [l for l in heard if 'Code of Citrix Portal:' in l][-1]
        digits = spoken.split('Code of Citrix Portal:')[1].split('"')[0].strip()
        clip = subprocess.run(['xclip', '-o', '-selection', 'clipboard'], capture_output=True,
                              text=True, timeout=5).stdout.strip()
        say('-- clipboard: %s; heard: %s' % (clip, digits))
        if digits.split(' ') != list(clip):
            result['why'] = 'the code heard (%s) is not the one on the clipboard (%s)' % (digits, clip)
            return
        say('-- keys: Ctrl+N (the Add dialog)')
        keys('ctrl+n')
        if not wait_for('entry "Name"', 10):
            result['why'] = 'the Add dialog did not open on its name field'
            return
        time.sleep(0.5)
        lines = tree()
        dialogs = [l for l in lines if l[1] == 'dialog']
        for depth, role, name, states in dialogs:
            say('tree: dialog "%s" [%s]' % (name, ','.join(s for s in states if s in ('modal', 'showing'))))
        if not any(name == 'Add procedure' and 'modal' in states for _, _, name, states in dialogs):
            result['why'] = 'no modal dialog named "Add procedure"'
            return
        behind = [name for _, role, name, _ in lines if name in ('Search:', 'Options', 'Lock')]
        if behind:
            result['why'] = 'behind the dialog, still reachable: %s' % behind
            return
        say('tree: nothing of the screen behind the dialog is reachable')
        say('-- keys: Escape')
        since = len(heard)
        keys('Escape')
        if not wait_for('Code of Citrix Portal:', 5, since):
            result['why'] = 'the focus did not come back to the code after Esc'
            return
        say('-- keys: F10, Return, Escape, Escape (the Options menu)')
        since = len(heard)
        # Enter once "Options" is heard, as a person would: keys sent faster than a frame
        # is drawn arrive in one frame together.
        keys('F10')
        if not wait_for('menu item "Options"', 5, since):
            result['why'] = 'F10 did not put the focus on the menu "Options"'
            return
        keys('Return')
        if not wait_for('menu item "Settings…"', 5, since):
            result['why'] = 'F10 and Enter did not put the focus on the first menu item'
            return
        keys('Escape')
        say('-- keys: Ctrl+L, then a wrong password and Return')
        since = len(heard)
        keys('ctrl+l')
        if not wait_for('Zweifaktor is locked', 5, since):
            result['why'] = 'locking was not announced'
            return
        text('Falsch-2026'); keys('Return')
        if not wait_for('Wrong password. 9 more wrong attempts', 30):
            result['why'] = 'the wrong password was not announced'
            return
        result['ok'] = True
    finally:
        GLib.idle_add(Atspi.event_quit)

threading.Thread(target=walk, daemon=True).start()
Atspi.event_main()
app.terminate()
try:
    app.wait(timeout=10)
except subprocess.TimeoutExpired:
    app.kill()
announcements = sum(1 for l in heard if l.startswith('announced'))
print('%d focus changes, %d announcements' % (len(heard) - announcements, announcements))
if not result['ok']:
    print('screen-reader-walk: ' + result['why'], file=sys.stderr)
    sys.exit(1)
print('screen-reader-walk: from the first start to a copied code with the keyboard alone, the code heard digit by digit; dialogs modal, menus, locking and wrong passwords heard')
PY
