#!/usr/bin/env python3
"""Where a Podium build spends its time, from a JFR recording (bench/profile.sh makes one).

Usage: jfr_top.py RECORDING.jfr [TOP]. Prints, as shares of all Java execution samples:
  - samples per pipeline stage (load, validate, assemble, render, export, write), also as counts,
  - samples per part of the work (page templates, Markdown, calendars, programme files, ...),
  - self time by library (the package of the top frame, grouped: freemarker, flexmark, jackson, zip, ...),
  - self time by method (the top frame),
  - inclusive time by Podium method (every podium.* method on the stack, counted once per sample),
  - self time by innermost Podium method and library (whose call the library time is spent under),
  - the JVM's own costs JFR records: GC pauses, JIT compilations, class loading.
Only Java threads are sampled; JIT compiler and GC threads show up in CPU time, not here.
"""
import json
import subprocess
import sys
from collections import Counter

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
events = json.loads(subprocess.run(
    ["jfr", "print", "--json", "--stack-depth", "200", "--events",
     "jdk.ExecutionSample,jdk.GarbageCollection,jdk.Compilation,jdk.ClassLoadingStatistics", recording],
    check=True, capture_output=True, text=True).stdout)["recording"]["events"]

LIBRARIES = [("freemarker.", "freemarker"), ("com.vladsch.flexmark", "flexmark"),
             ("com.fasterxml.jackson", "jackson"), ("org.yaml.snakeyaml", "snakeyaml"),
             ("net.fortuna.ical4j", "ical4j"), ("com.aayushatharva.brotli4j", "brotli4j"),
             ("java.util.zip", "java.util.zip"), ("sun.nio", "nio/files"), ("java.nio", "nio/files"),
             ("java.util.regex", "regex"), ("java.time", "java.time"), ("java.lang.invoke", "invoke/lambda"),
             ("jdk.internal.loader", "class loading"), ("java.lang.ClassLoader", "class loading"),
             ("jdk.internal.reflect", "reflection"), ("java.lang.reflect", "reflection"),
             ("java.util.concurrent", "concurrency"), ("java.lang.String", "strings"),
             ("java.util.", "collections"), ("podium.", "podium"), ("java.lang.", "java.lang")]


def name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def seconds(duration):
    """JFR's JSON durations are ISO-8601 ("PT0.132S", "PT1M2.5S")."""
    text, total = duration[2:], 0.0
    if "M" in text:
        minutes, text = text.split("M")
        total += 60 * float(minutes)
    return total + (float(text.rstrip("S")) if text else 0.0)


def library(method):
    return next((label for prefix, label in LIBRARIES if method.startswith(prefix)), method.rsplit(".", 2)[0])


samples, by_library, by_method, by_podium, by_thread = 0, Counter(), Counter(), Counter(), Counter()
by_caller, by_stage = Counter(), Counter()
# the entry method of each pipeline stage (podium.pipeline.Stages' order); the first listed that is on the stack
# wins, so writing called from the renderer counts as write
STAGES = [("podium.load.ProjectLoader.load", "load"), ("podium.validate.Validator.validate", "validate"),
          ("podium.assemble.SiteAssembler.assemble", "assemble"), ("podium.write.", "write"),
          ("podium.render.export.", "export"), ("podium.render.", "render"), ("podium.", "other podium")]
# what the work is for, whatever stage runs it (the exports run while the pages render): first match wins
PARTS = [("podium.write.", "writing files"), ("podium.render.MarkdownConverter", "Markdown (flexmark)"),
         ("podium.render.export.Calendar", "open data: calendars"),
         ("podium.render.export.", "open data: programme.json, frab XML/JSON"),
         ("podium.render.PageRenderer.renderDerived", "sitemaps, JSON files"),
         ("podium.render.PageRenderer", "page templates (FreeMarker)"), ("podium.render.Photo", "photos"),
         ("podium.load.", "loading"), ("podium.validate.", "validation"), ("podium.assemble.", "assembly")]
by_part = Counter()
gc_pause = compile_s = 0.0
classes = gc_count = 0
for event in events:
    kind, values = event["type"], event["values"]
    if kind == "jdk.ExecutionSample":
        frames = [name(f) for f in (values.get("stackTrace") or {}).get("frames", [])]
        if not frames:
            continue
        samples += 1
        by_method[frames[0]] += 1
        by_library[library(frames[0])] += 1
        by_thread[values["sampledThread"]["javaName"].rstrip("0123456789-")] += 1
        # lambdas' generated classes ($$Lambda$385+0x…) repeat their enclosing lambda$ method: skip them
        # self time charged to the innermost Podium method: which of our calls the library time is spent under
        caller = next((f for f in frames if f.startswith("podium.") and "$$Lambda$" not in f), "(no podium frame)")
        by_caller[f"{caller}  <-  {library(frames[0])}"] += 1
        by_stage[next((label for prefix, label in STAGES if any(f.startswith(prefix) for f in frames)), "JVM/other")] += 1
        by_part[next((label for prefix, label in PARTS if any(f.startswith(prefix) for f in frames)), "other")] += 1
        for method in set(f for f in frames if f.startswith("podium.") and "$$Lambda$" not in f):
            by_podium[method] += 1
    elif kind == "jdk.GarbageCollection":
        gc_pause += seconds(values["sumOfPauses"])
        gc_count += 1
    elif kind == "jdk.Compilation":
        compile_s += seconds(values["duration"])
    elif kind == "jdk.ClassLoadingStatistics":
        classes = max(classes, values["loadedClassCount"])


def show(title, counter, n=top):
    print(f"\n{title}")
    for key, count in counter.most_common(n):
        print(f"  {100 * count / samples:5.1f}%  {key}")


print(f"{samples} Java execution samples")
show("samples by stage (compare two sizes for linearity)", by_stage, 10)
for stage, count in sorted(by_stage.items()):
    print(f"  samples {stage}: {count}")
show("samples by part of the work", by_part, 12)
show("self time by library", by_library, 15)
show("self time by method", by_method)
show("inclusive time by Podium method", by_podium)
show("self time by innermost Podium method and library", by_caller)
show("samples by thread", by_thread, 6)
print(f"\nJVM: {classes} classes loaded; {gc_count} GCs, {gc_pause:.2f} s of pauses; "
      f"{compile_s:.2f} s in JIT compilations over JFR's threshold (compiler threads, not in the samples)")
