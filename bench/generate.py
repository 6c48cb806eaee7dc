#!/usr/bin/env python3
"""Writes the benchmark congress for one size S, as a Podium project and as a Hugo site.

Usage: bench/generate.py S OUTDIR [REPOSITORY]

- When ../shared/bench/gen_corpus.py (beside the repository) exists (the shared reference corpus whose Hugo timings issue 8 quotes)
  and PyYAML is importable (gen_corpus.py needs it), it runs `python3 gen_corpus.py S OUTDIR/corpus`, which writes
  OUTDIR/corpus/canonical (a neutral YAML programme + Markdown per session and language) and the SAME congress as
  a Hugo site in OUTDIR/corpus/hugo; this script then converts OUTDIR/corpus/canonical into Podium's format in
  OUTDIR/podium (README "Writing an edition"): data/bench/{edition,sessions,speakers}.yaml,
  content/bench/<lang>/index.md, content/bench/<lang>/sessions/<id>.md, plus templates/, assets/ and site.yaml
  copied from REPOSITORY (default: the repository this script lives in).
- Otherwise (a fresh machine without the shared corpus) it falls back to the seeded Java generator
  src/test/java/podium/bench/SyntheticCongress.java (compiled with javac alone, JDK only), which writes the
  equivalent congress (same shape and sizes, different random text) to OUTDIR/podium and OUTDIR/corpus/hugo.

Standard library only, apart from PyYAML when the shared corpus is used (it is what gen_corpus.py writes with).
"""
import json
import os
import shutil
import subprocess
import sys

SHARED = os.environ.get("PODIUM_BENCH_CORPUS", os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "shared", "bench", "gen_corpus.py"))
EDITION = "bench"


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)


def localized(texts, languages):
    return "{" + ", ".join(f"{l}: {q(texts[l])}" for l in languages) + "}"


def same_work_settings(repository, project):
    """The repository's site.yaml, but with share images per edition only: the Hugo site that does the same
    work (hugo-same.yaml) draws no pictures, and per-session images would add ~1.5 ms of CPU per session and
    language (README, Performance). BENCH_SHARE_IMAGES=sessions keeps them."""
    with open(os.path.join(repository, "site.yaml"), encoding="utf-8") as source:
        text = source.read()
    setting = os.environ.get("BENCH_SHARE_IMAGES", "editions")
    lines = [f"share_images: {setting}" if line.startswith("share_images:") else line for line in text.split("\n")]
    if not any(line.startswith("share_images:") for line in lines):
        lines.append(f"share_images: {setting}")
    write(os.path.join(project, "site.yaml"), "\n".join(lines))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def strip_front_matter(markdown):
    if markdown.startswith("---\n"):
        end = markdown.index("\n---\n", 4)
        return markdown[end + 5:].lstrip("\n")
    return markdown


def convert(canonical, project, repository):
    import yaml  # present whenever gen_corpus.py could run
    with open(os.path.join(canonical, "programme.yaml"), encoding="utf-8") as f:
        prog = yaml.safe_load(f)
    ed = prog["edition"]
    langs = ed["languages"]
    days = {d["id"]: str(d["date"]) for d in prog["days"]}
    dates = sorted(days.values())

    for folder in ("templates", "assets"):
        shutil.copytree(os.path.join(repository, folder), os.path.join(project, folder), dirs_exist_ok=True)
    same_work_settings(repository, project)

    y = ["name:"] + [f"  {l}: {q(ed['title'][l])}" for l in langs]
    y += [f"start: {dates[0]}", f"end: {dates[-1]}", "timezone: Europe/Paris",
          "venue:", "  name: Palais des congrès",
          f"languages: [{', '.join(langs)}]", f"default_language: {ed['defaultLanguage']}", "rooms:"]
    for r in prog["rooms"]:
        y += [f"  - id: {r['id']}", f"    name: {q(r['name'])}"]
    y.append("tracks:")
    for t in prog["tracks"]:
        y += [f"  - id: {t['id']}", f"    name: {localized(t, langs)}"]
    y.append("types:\n  - id: talk\n    name: {fr: Exposé, de: Vortrag, en: Talk}")
    data = os.path.join(project, "data", EDITION)
    write(os.path.join(data, "edition.yaml"), "\n".join(y) + "\n")

    y = []
    for s in prog["speakers"]:
        y += [f"- id: {s['id']}", f"  name: {q(s['name'])}",
              f"  affiliation: {q(s['affiliation'] + ', ' + s['country'])}"]
    write(os.path.join(data, "speakers.yaml"), "\n".join(y) + "\n")

    y = []
    for s in prog["sessions"]:
        y += [f"- id: {s['id']}", f"  title: {localized(s['title'], langs)}", f"  date: {days[s['day']]}",
              f"  start: \"{s['start']}\"", f"  end: \"{s['end']}\"", f"  room: {s['room']}",
              f"  track: {s['track']}", "  type: talk", f"  speakers: [{', '.join(s['speakers'])}]",
              f"  languages: [{ed['defaultLanguage']}]"]
    write(os.path.join(data, "sessions.yaml"), "\n".join(y) + "\n")

    for l in langs:
        content = os.path.join(project, "content", EDITION, l)
        write(os.path.join(content, "index.md"),
              f"---\ntitle: {q(ed['title'][l])}\nmenu: false\n---\n{ed['title'][l]}.\n")
        os.makedirs(os.path.join(content, "sessions"), exist_ok=True)
        for s in prog["sessions"]:
            with open(os.path.join(canonical, s["bodyRef"].replace("{lang}", l)), encoding="utf-8") as f:
                body = strip_front_matter(f.read())
            with open(os.path.join(content, "sessions", s["id"] + ".md"), "w", encoding="utf-8") as f:
                f.write(body)
    return len(prog["sessions"]), len(prog["speakers"]), len(days)


def fallback(size, out, repository):
    gen = os.path.join(out, ".gen")
    sources = [os.path.join(repository, "src/test/java/podium/bench", n + ".java")
               for n in ("SyntheticCongress", "Words", "Output", "PodiumProject", "HugoSite")]
    subprocess.run(["javac", "-encoding", "UTF-8", "-d", gen] + sources, check=True)
    tmp = os.path.join(out, ".java")
    subprocess.run(["java", "-cp", gen, "podium.bench.SyntheticCongress", str(size), "1234", tmp, repository],
                   check=True)
    os.rename(os.path.join(tmp, "podium"), os.path.join(out, "podium"))
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    os.rename(os.path.join(tmp, "hugo"), os.path.join(out, "corpus", "hugo"))
    shutil.rmtree(tmp)
    shutil.rmtree(gen)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    size, out = int(sys.argv[1]), os.path.abspath(sys.argv[2])
    repository = os.path.abspath(sys.argv[3] if len(sys.argv) > 3
                                 else os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    for sub in ("corpus", "podium"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    try:
        import yaml  # noqa: F401
        shared = os.path.isfile(SHARED)
    except ImportError:
        shared = False
    if shared:
        subprocess.run([sys.executable, SHARED, str(size), os.path.join(out, "corpus")], check=True,
                       stdout=subprocess.DEVNULL)
        n, p, d = convert(os.path.join(out, "corpus", "canonical"), os.path.join(out, "podium"), repository)
        print(f"S={size}: shared corpus ({SHARED}) converted: {n} sessions x 3 languages, {p} speakers, {d} days")
    else:
        fallback(size, out, repository)
        print(f"S={size}: no shared corpus; seeded Java generator used")


if __name__ == "__main__":
    main()
