#!/usr/bin/env python3
"""The preview's latency per kind of edit, as an editor meets it: from the moment an edited file is saved to the
moment an open tab receives the preview's `reload` event (its server-sent events stream, /_podium/events).

Usage: bench/preview_latency.py PROJECT PORT EDITS [LOG]

Expects `podium serve --project PROJECT --port PORT` to be running and built (bench/preview.sh starts it).
The tab shows the French page of the session every edit is about. Makes EDITS edits of each kind, one after
the other, waiting for each reload (and for the rebuild that follows to finish, from the server's LOG when given)
before the next:
- markdown: a sentence appended to a session's description (content/bench/fr/sessions/<id>.md);
- session:  one session's title changed in data/bench/sessions.yaml;
- template: a line of text added to templates/session.ftlh;
- i18n:     one interface string changed in templates/i18n/fr.yaml.
Every edited file is restored at the end (the restore is a last edit, not measured). Prints one line per kind:
median, min and max in milliseconds. Standard library only.
"""
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request


def events(port, page, received):
    """Appends (time, event) for every event the preview sends to a tab showing `page`, on a daemon thread."""
    stream = urllib.request.urlopen(
        f"http://127.0.0.1:{port}/_podium/events?page={urllib.parse.quote(page, safe='')}", timeout=600)
    event = None
    for raw in stream:
        line = raw.decode("utf-8").rstrip("\n")
        if line.startswith("event: "):
            event = line[len("event: "):]
        elif line == "" and event is not None:
            received.append((time.monotonic(), event))
            event = None


def save(path, text):
    """Writes as editors do: a new file renamed over the old one, so a reader never sees half a file."""
    temporary = path + ".podium-bench~"
    with open(temporary, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)


def edited_session(project):
    """The session every edit is about (a third into the programme), whose French page the tab shows."""
    sessions = sorted(os.listdir(os.path.join(project, "content/bench/fr/sessions")))
    return sessions[len(sessions) // 3][:-len(".md")]


def edits(project, session):
    """Each kind: (file, a function giving the n-th edited text from the original)."""
    description = os.path.join(project, "content/bench/fr/sessions", session + ".md")
    programme = os.path.join(project, "data/bench/sessions.yaml")
    template = os.path.join(project, "templates/session.ftlh")
    labels = os.path.join(project, "templates/i18n/fr.yaml")

    def retitle(text, n):
        # the session's French title
        at = text.index(f"- id: {session}\n")
        return text[:at] + re.sub(r'fr: "', f'fr: "Édition {n} ', text[at:], count=1)

    def relabel(text, n):
        return re.sub(r'^(date_long: ")', rf'\g<1>[{n}] ', text, count=1, flags=re.M) \
            if "date_long" in text else text + f"\nbench_edit: \"{n}\"\n"

    return {
        "markdown": (description, lambda text, n: text + f"\nUne phrase ajoutée pendant la mesure {n}.\n"),
        "session": (programme, retitle),
        "template": (template, lambda text, n: text + f"\n<p>Modification {n}</p>\n"),
        "i18n": (labels, relabel),
    }


def main():
    project, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    log = sys.argv[4] if len(sys.argv) > 4 else None
    received = []
    session = edited_session(project)
    threading.Thread(target=events, args=(port, f"/bench/fr/sessions/{session}/", received), daemon=True).start()
    waited = time.monotonic()
    while not received:
        if time.monotonic() - waited > 30:
            raise SystemExit(f"preview_latency: no event stream at http://127.0.0.1:{port}/_podium/events")
        time.sleep(0.05)
    results = {}
    for kind, (path, edit) in edits(project, session).items():
        with open(path, encoding="utf-8") as source:
            original = source.read()
        times = []
        try:
            for n in range(1, count + 1):
                settled(log)
                before = runs(log)
                seen = len(received)
                saved = time.monotonic()
                save(path, edit(original, n))
                # the reload of this edit's run (a stray reload of the last run, or an edit batched with the
                # next, would be timed wrongly): a new run is logged and a reload came after the save
                while not ((log is None or runs(log) > before) and any(event == "reload" for _, event in received[seen:])):
                    if time.monotonic() - saved > 120:
                        raise SystemExit(f"preview_latency: no reload within 120 s after a {kind} edit")
                    time.sleep(0.002)
                reloaded = next(at for at, event in received[seen:] if event == "reload")
                times.append((reloaded - saved) * 1000)
        finally:
            settled(log)
            before = runs(log)
            save(path, original)
            started = time.monotonic()
            while log is not None and runs(log) == before and time.monotonic() - started < 10:
                time.sleep(0.01)
        results[kind] = times
    settled(log)
    for kind, times in results.items():
        print(f"{kind:9} median {statistics.median(times):7.0f} ms   min {min(times):7.0f}   max {max(times):7.0f}"
              f"   ({len(times)} edits)")


def runs(log):
    """How many rebuilds the server's log shows started ("built in" / "rebuilt in" lines); 0 without a log."""
    if log is None:
        return 0
    with open(log, encoding="utf-8", errors="replace") as text:
        return sum(1 for line in text.read().splitlines() if re.match(r"^(re)?built in \d+ ms", line))


def settled(log):
    """Waits until the rebuild in progress, open data included, is over: with `serve --verbose` each run ends
    with a "sitemaps and open data" line (a failed one with "problem(s)"), one per "built in"/"rebuilt in" line
    that starts a run. Without a log, waits three seconds."""
    if log is None:
        time.sleep(3)
        return
    started = time.monotonic()
    while time.monotonic() - started < 300:
        with open(log, encoding="utf-8", errors="replace") as text:
            lines = text.read().splitlines()
        runs = sum(1 for line in lines if re.match(r"^(re)?built in \d+ ms", line))
        ends = sum(1 for line in lines if "sitemaps and open data in" in line or "problem(s);" in line)
        if runs and ends >= runs:
            return
        time.sleep(0.05)
    raise SystemExit("preview_latency: the preview did not settle within 300 s")


if __name__ == "__main__":
    main()
