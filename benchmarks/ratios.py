#!/usr/bin/env python3
"""Prints the budget ratios from a JMH JSON result (java -jar benchmarks.jar ... -rf json -rff FILE).

usage: python3 benchmarks/ratios.py benchmarks/target/jmh.json
"""
import json
import sys

rows = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/jmh.json"))
score = {}
for r in rows:
    name = r["benchmark"].rsplit(".", 1)[1]
    n = int(r.get("params", {}).get("n", 0))
    score[(name, n)] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"])

ns = sorted({n for (_, n) in score if n})
print("| benchmark (ms/op) | " + " | ".join("N=%d" % n for n in ns) + " |")
print("|---|" + "---|" * len(ns))
for name in sorted({k for (k, n) in score if n}):
    print("| %s | " % name + " | ".join(
        "%.2f ± %.2f" % score[(name, n)] if (name, n) in score else "-" for n in ns) + " |")


def ratio(a, b, n):
    if (a, n) in score and (b, n) in score:
        return score[(a, n)][0] / score[(b, n)][0]
    return float("nan")


print()
print("| ratio (same run) | budget | " + " | ".join("N=%d" % n for n in ns) + " |")
print("|---|---|" + "---|" * len(ns))
for label, a, b, budget in [
        ("build+validate+render YAML / Jackson YAML write", "buildValidateRenderYaml",
         "jacksonYamlWrite", "≤ 1.5"),
        ("HotReader.read YAML / Jackson YAML read", "readYaml", "jacksonYamlRead", "≤ 1.5"),
        ("render YAML / Jackson YAML write", "renderYaml", "jacksonYamlWrite", "-"),
        ("render JSON / Jackson JSON write", "renderJson", "jacksonJsonWrite", "-"),
        ("render JSON / render YAML", "renderJson", "renderYaml", "-"),
        ("HotReader.read JSON / read YAML", "readJson", "readYaml", "-")]:
    print("| %s | %s | " % (label, budget) + " | ".join("%.2f" % ratio(a, b, n) for n in ns) + " |")
print()
for name in ["build", "validate", "renderYaml", "renderJson", "buildValidateRenderYaml", "readYaml",
             "jacksonYamlWrite", "jacksonYamlRead"]:
    if (name, 1000) in score and (name, 10000) in score:
        g = score[(name, 10000)][0] / score[(name, 1000)][0]
        print("growth 1,000 -> 10,000 %-24s %.1fx (budget <= 12x)" % (name, g))
for (name, n), (s, e) in sorted(score.items()):
    if not n:
        print("%s: %.0f ± %.0f ms" % (name, s, e))
