#!/usr/bin/python3
"""The explorer as a screen reader meets it, through AT-SPI (what Orca reads).

Run inside a D-Bus session of its own (dbus-run-session): starts the accessibility bus and
Xvfb, launches the real explorer in each language and walks its accessibility tree:
every focusable object is named, the timeline has one child per dated event and alliance
founding, and Left, Right and Enter move the focus and the selection as the bus reports.

Usage: accessibility-tree.py EXPLORER
Exits 77 (skipped) when a tool it needs is missing, 1 with a list of failures otherwise.
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

SKIP = 77


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(SKIP)


for tool in ("Xvfb", "xdotool"):
    if not shutil.which(tool):
        skip(tool + " is not installed")
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
if not os.access(BUS_LAUNCHER, os.X_OK):
    skip("at-spi2-core is not installed")
if "DBUS_SESSION_BUS_ADDRESS" not in os.environ:
    skip("no D-Bus session: run under dbus-run-session")

explorer = sys.argv[1]
work = tempfile.mkdtemp(prefix="a11y-tree-")
children = []
failures = []


def fail(message):
    print("FAIL: " + message)
    failures.append(message)


def start(args, **kwargs):
    process = subprocess.Popen(args, **kwargs)
    children.append(process)
    return process


def stop_all():
    for process in reversed(children):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
    shutil.rmtree(work, ignore_errors=True)


def expected_timeline_children():
    """Dated events and dated foundings of the embedded edition, read from its database."""
    database = os.path.join(work, "report.sqlite")
    subprocess.run([explorer, "--edition", "2016", "--export-db", database], check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                   stderr=subprocess.DEVNULL)
    with sqlite3.connect(database) as connection:
        events = connection.execute("SELECT count(*) FROM policy_events WHERE date_precision != 'none'").fetchone()[0]
        foundings = connection.execute("SELECT count(*) FROM alliances WHERE founded_precision != 'none'").fetchone()[0]
    return events + foundings


def start_display():
    read_end, write_end = os.pipe()
    start(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
          pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        return ":" + pipe.readline().strip()


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pump()
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    fail("timed out waiting for " + what)
    return None


def walk(accessible, depth=0):
    yield accessible
    if depth > 40:
        return
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, depth + 1)


def find(root, predicate):
    for accessible in walk(root):
        if predicate(accessible):
            return accessible
    return None


try:
    expected = expected_timeline_children()
    display = start_display()
    os.environ["DISPLAY"] = display
    start([BUS_LAUNCHER, "--launch-immediately"], stderr=subprocess.DEVNULL)
    try:  # after the bus exists: pyatspi connects to it on import
        import pyatspi  # noqa: E402
        from gi.repository import GLib  # noqa: E402
    except ImportError:
        skip("python3-pyatspi is not installed")
    context = GLib.MainContext.default()

    def pump():
        while context.iteration(False):
            pass

    events = []

    def record(event):
        events.append((event.type, event.source, event.detail1))

    # As Orca does: Qt's bridge sends the "selected" state only to those listening to every state.
    pyatspi.Registry.registerEventListener(record, "object:state-changed", "object:selection-changed")

    for language, timeline_name in (("zh", "时间线"), ("en", "Timeline")):
        home = tempfile.mkdtemp(dir=work)
        app_env = dict(os.environ, HOME=home, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                       QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=home)
        app_env.pop("QT_QPA_PLATFORMTHEME", None)
        process = start([explorer, "--lang", language], env=app_env, stderr=subprocess.DEVNULL)

        def application():
            desktop = pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                app = desktop.getChildAtIndex(index)
                if app is not None and app.name == "report-explorer":
                    return app
            return None

        app = wait_for(application, 60, "the explorer on the accessibility bus (" + language + ")")
        if app is None:
            break

        def timeline():
            return find(app, lambda a: a.getRole() == pyatspi.ROLE_CHART
                        and a.getState().contains(pyatspi.STATE_FOCUSABLE))

        chart = wait_for(lambda: (lambda c: c if c is not None and c.childCount == expected else None)(timeline()),
                         60, "a timeline named %r with %d children (%s)" % (timeline_name, expected, language))
        if chart is None:
            found = timeline()
            if found is not None:
                fail("the timeline has %d children, not %d" % (found.childCount, expected))
            break
        print("ok: %s timeline %r has %d children" % (language, chart.name, chart.childCount))
        if chart.name != timeline_name:
            fail("%s: the timeline is named %r, not %r" % (language, chart.name, timeline_name))

        unnamed = []
        focusable = 0
        for accessible in walk(app):
            states = accessible.getState()
            if not states.contains(pyatspi.STATE_FOCUSABLE) or not states.contains(pyatspi.STATE_SHOWING):
                continue
            # Cells are named by their text; an empty cell is a blank in the data, not a control.
            if accessible.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM):
                continue
            focusable += 1
            if not accessible.name.strip():
                parent = accessible.parent
                unnamed.append("%s in %s %r" % (accessible.getRoleName(), parent.getRoleName() if parent else "-",
                                                parent.name if parent else ""))
        for name in unnamed:
            fail("%s: focusable %s has no name" % (language, name))
        print("ok: %s: %d focusable objects checked" % (language, focusable))

        for index in range(chart.childCount):
            if not chart.getChildAtIndex(index).name.strip():
                fail("%s: timeline child %d has no name" % (language, index))

        # The keyboard: focus the timeline, then Right, Left and Enter.
        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
                                capture_output=True, text=True, env=app_env).stdout.split()
        if window:
            subprocess.run(["xdotool", "windowactivate", "--sync", window[-1]], env=app_env, stderr=subprocess.DEVNULL)
            subprocess.run(["xdotool", "windowfocus", "--sync", window[-1]], env=app_env, stderr=subprocess.DEVNULL)
        chart.queryComponent().grabFocus()

        def focused_marker():
            for event_type, source, detail in reversed(events):
                if event_type == "object:state-changed:focused" and detail == 1:
                    parent = source.parent
                    if parent is not None and parent.getRole() == pyatspi.ROLE_CHART:
                        return source.getIndexInParent(), source.name
                    return None
            return None

        first = wait_for(focused_marker, 20, "focus on a timeline marker (%s)" % language)
        if first is None:
            break
        print("ok: %s: focus on marker %d, %r" % (language, first[0], first[1]))

        def key(name):
            events.clear()
            subprocess.run(["xdotool", "key", name], env=app_env, check=True)

        key("Right")
        after_right = wait_for(lambda: (lambda f: f if f and f[0] != first[0] else None)(focused_marker()), 20,
                               "Right to move the focus to another marker (%s)" % language)
        if after_right:
            print("ok: %s: Right moved the focus to marker %d, %r" % (language, after_right[0], after_right[1]))
            if after_right[0] < first[0]:
                fail("%s: Right moved back in time, from %d to %d" % (language, first[0], after_right[0]))
        key("Left")
        after_left = wait_for(focused_marker, 20, "Left to move the focus back (%s)" % language)
        if after_left and after_left[0] != first[0]:
            fail("%s: Left went to marker %d, not back to %d" % (language, after_left[0], first[0]))
        elif after_left:
            print("ok: %s: Left moved the focus back to marker %d" % (language, after_left[0]))

        key("Return")

        def marker_selected():
            for event_type, source, detail in events:
                if event_type == "object:state-changed:selected" and detail == 1 and source.parent is not None \
                        and source.parent.getRole() == pyatspi.ROLE_CHART:
                    return (source.getIndexInParent(),)
            return None

        selected = wait_for(marker_selected, 20, "Enter to select the focused marker (%s)" % language)
        if selected is not None:
            selected = selected[0]
            if selected != first[0]:
                fail("%s: Enter selected marker %d, not the focused %d" % (language, selected, first[0]))
            elif not chart.getChildAtIndex(selected).getState().contains(pyatspi.STATE_SELECTED):
                fail("%s: marker %d was selected, then lost the selection" % (language, selected))
            else:
                print("ok: %s: Enter selected marker %d" % (language, selected))
            table_events = [e for e in events if e[0] == "object:state-changed:selected" and e[2] == 1
                            and e[1].parent is not None and e[1].parent.getRole() == pyatspi.ROLE_TABLE]
            if not table_events:
                fail("%s: the table's selection did not follow Enter on the bus" % language)
            else:
                print("ok: %s: %d selection events from the table followed" % (language, len(table_events)))

        process.terminate()
        process.wait(20)
finally:
    stop_all()

if failures:
    print("%d failure(s)" % len(failures))
    sys.exit(1)
print("all passed")
