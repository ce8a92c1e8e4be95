"""For scripts/a11y-session.sh: writes every focus change and announcement of the session's
accessibility bus to the file given, one a line, as a screen reader receives them; with
--tree, prints the accessibility tree instead (role "name" — description [states])."""
import sys
import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi

STATES = {'focused', 'checked', 'pressed', 'expanded', 'collapsed', 'modal', 'selected',
          'editable', 'invalid-entry', 'has-popup', 'required', 'focusable'}


def describe(o):
    role, name = o.get_role_name(), o.get_name() or ''
    extra = ''
    value = o.get_value_iface()
    if value:
        extra += ' value=%g of %g..%g' % (value.get_current_value(), value.get_minimum_value(),
                                          value.get_maximum_value())
    if o.get_description():
        extra += ' — ' + o.get_description()
    text = o.get_text_iface()
    if text and role in ('entry', 'password text', 'label', 'spin button'):
        shown = text.get_text(0, -1)
        if shown and shown != name:
            extra += ' text=%r' % shown
    states = o.get_state_set()
    nicks = [s.value_nick for s in states.get_states() if s.value_nick in STATES]
    if not states.contains(Atspi.StateType.SENSITIVE) and 'focusable' in nicks:
        nicks.append('disabled')
    return '%s "%s"%s [%s]' % (role, name, extra, ','.join(nicks))


def tree():
    def walk(o, depth):
        try:
            print('  ' * depth + describe(o))
            children = [o.get_child_at_index(i) for i in range(o.get_child_count())]
        except Exception:
            return
        for child in children:
            if child is not None:
                walk(child, depth + 1)
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == 'zweifaktor':
            walk(app, 0)


def announced_in_description(event):
    """What the window says through a description change (its announcements on Linux: the
    focused control's description, which every Orca speaks when it changes), or None."""
    try:
        focused = event.source.get_state_set().contains(Atspi.StateType.FOCUSED)
    except Exception:
        return None
    return event.any_data if focused and event.any_data else None


def listen(path):
    heard = open(path, 'a', buffering=1)

    def on_focus(event):
        if event.detail1:
            try:
                heard.write('focus: %s\n' % describe(event.source))
            except Exception:
                pass

    def on_announcement(event):
        heard.write('announced: "%s"\n' % event.any_data)

    def on_description(event):
        said = announced_in_description(event)
        if said:
            heard.write('announced (description): "%s"\n' % said)

    Atspi.EventListener.new(on_focus).register('object:state-changed:focused')
    Atspi.EventListener.new(on_announcement).register('object:announcement')
    Atspi.EventListener.new(on_description).register(
        'object:property-change:accessible-description')
    Atspi.event_main()


if __name__ == '__main__':
    if sys.argv[1] == '--tree':
        tree()
    else:
        listen(sys.argv[1])
