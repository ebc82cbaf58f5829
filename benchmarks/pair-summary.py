#!/usr/bin/env python3
"""Summarises whole-process pairs timed by /usr/bin/time -f "LABEL %e %U %S" (one line a run).

The i-th run labelled A is paired with the i-th run labelled B. Prints the number of pairs, then
for wall and CPU (user + sys) time: each side's median (and minimum) and the median (min-max) of
the per-pair ratios B/A. The pairs scripts of this folder call it.

usage: pair-summary.py TIMES A B [NAME_A NAME_B]
"""
import statistics
import sys


def main(times, a, b, name_a=None, name_b=None):
    rows = [line.split() for line in open(times)]
    runs = {a: [], b: []}
    for row in rows:
        if row and row[0] in runs:
            runs[row[0]].append((float(row[1]), float(row[2]) + float(row[3])))
    pairs = list(zip(runs[a], runs[b]))
    print("pairs", len(pairs))
    for what, at in (("wall", 0), ("CPU", 1)):
        ratios = sorted(y[at] / x[at] for x, y in pairs)
        side = lambda runs_of: "%.2f s (min %.2f)" % (
            statistics.median(r[at] for r in runs_of), min(r[at] for r in runs_of))
        print("%s median: %s %s, %s %s; per-pair %s/%s %.2f (min %.2f, max %.2f)" % (
            what, name_a or a, side(runs[a]), name_b or b, side(runs[b]),
            name_b or b, name_a or a, statistics.median(ratios), ratios[0], ratios[-1]))


if __name__ == "__main__":
    main(*sys.argv[1:])
