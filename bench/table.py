#!/usr/bin/env python3
"""Summarises bench/run.sh's results file: medians per tool and size, the ratio Podium/Hugo, linearity.

Input lines: "tool S wall user sys peakKB pages loadavg" (one per timed run). Medians, not means: on a shared
2-core machine one run disturbed by another process must not move the result; the spread (min-max of the wall
times) and the load average are printed so that a noisy run can be recognised as such.
"""
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
for line in open(sys.argv[1]):
    tool, s, wall, user, sys_, rss, pages, load = line.split()
    runs[(tool, int(s))].append((float(wall), float(user) + float(sys_), int(rss) / 1024, int(pages), float(load)))


def med(tool, s, i):
    return statistics.median(r[i] for r in runs[(tool, s)])


sizes = sorted({s for _, s in runs})
tools = [t for t in ("podium", "hugo") if any((t, s) in runs for s in sizes)]
print(f"{'S':>5} {'tool':<7} {'runs':>4} {'wall s':>7} {'spread s':>11} {'cpu s':>6} {'pages':>6} "
      f"{'pages/s':>8} {'RSS MB':>7} {'load':>5}")
for s in sizes:
    for t in tools:
        if (t, s) not in runs:
            continue
        walls = [r[0] for r in runs[(t, s)]]
        wall, pages = med(t, s, 0), int(med(t, s, 3))
        print(f"{s:>5} {t:<7} {len(walls):>4} {wall:>7.2f} {min(walls):>5.2f}-{max(walls):<5.2f} "
              f"{med(t, s, 1):>6.2f} {pages:>6} {pages / wall:>8.0f} {med(t, s, 2):>7.0f} {med(t, s, 4):>5.1f}")

if len(tools) == 2:
    print()
    print("ratio podium/hugo (median wall; target <= 2.0 at S=100, <= 1.0 at 1000 and 3000):")
    for s in sizes:
        if ("podium", s) in runs and ("hugo", s) in runs:
            wall = med("podium", s, 0) / med("hugo", s, 0)
            cpu = med("podium", s, 1) / med("hugo", s, 1)
            rss = med("podium", s, 2) / med("hugo", s, 2)
            print(f"  S={s:<5} wall {wall:.2f}   cpu {cpu:.2f}   peak RSS {rss:.2f}")
if 1000 in sizes and 3000 in sizes:
    print("linearity time(3000)/time(1000) (target <= 3.5):")
    for t in tools:
        if (t, 1000) in runs and (t, 3000) in runs:
            print(f"  {t:<7} {med(t, 3000, 0) / med(t, 1000, 0):.2f}")
