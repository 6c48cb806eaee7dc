#!/usr/bin/env python3
"""Summarises a bench/run.sh results file: medians per tool (or flag set) and size, ratio Podium/Hugo, linearity.

Input lines: "tool S wall user sys peakKB pages" (one per timed run). Medians, not means: on a shared 2-core
machine one run disturbed by another process must not move the result; the min-max spread of the wall times is
printed so that a noisy measurement can be recognised as such. pages = index.html files written.
"""
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
order = []
for line in open(sys.argv[1]):
    tool, s, wall, user, sys_, rss, pages = line.split()
    if tool not in order:
        order.append(tool)
    runs[(tool, int(s))].append((float(wall), float(user) + float(sys_), int(rss) / 1024, int(pages)))


def med(tool, s, i):
    return statistics.median(r[i] for r in runs[(tool, s)])


sizes = sorted({s for _, s in runs})
print(f"{'S':>5} {'tool':<18} {'runs':>4} {'wall s':>7} {'spread s':>11} {'cpu s':>6} {'pages':>6} "
      f"{'pages/s':>8} {'RSS MB':>7}")
for s in sizes:
    for t in order:
        if (t, s) not in runs:
            continue
        walls = [r[0] for r in runs[(t, s)]]
        wall, pages = med(t, s, 0), int(med(t, s, 3))
        print(f"{s:>5} {t:<18} {len(walls):>4} {wall:>7.2f} {min(walls):>5.2f}-{max(walls):<5.2f} "
              f"{med(t, s, 1):>6.2f} {pages:>6} {pages / wall:>8.0f} {med(t, s, 2):>7.0f}")

if "podium" in order and "hugo" in order:
    print("\nratio podium/hugo, medians (issue 20: wall <= 1.0 and under 1 s at S=100; wall and peak RSS <= 0.5 at 1000 and 3000):")
    for s in sizes:
        if ("podium", s) in runs and ("hugo", s) in runs:
            print(f"  S={s:<5} wall {med('podium', s, 0) / med('hugo', s, 0):5.2f}   "
                  f"cpu {med('podium', s, 1) / med('hugo', s, 1):5.2f}   "
                  f"peak RSS {med('podium', s, 2) / med('hugo', s, 2):5.2f}   "
                  f"pages/s {(med('podium', s, 3) / med('podium', s, 0)) / (med('hugo', s, 3) / med('hugo', s, 0)):5.2f}")
if 1000 in sizes and 3000 in sizes:
    print("linearity time(3000)/time(1000), median wall (target <= 3.5):")
    for t in order:
        if (t, 1000) in runs and (t, 3000) in runs:
            print(f"  {t:<7} {med(t, 3000, 0) / med(t, 1000, 0):.2f}  (cpu {med(t, 3000, 1) / med(t, 1000, 1):.2f})")
