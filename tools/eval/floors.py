#!/usr/bin/env python3
"""Score an extraction with ../shared/eval/score.py and fail below the floors.

    floors.py --gold GOLD_DIR EXTRACTION.json [--verbose]

Prints the scorer's table, then each floor of issue 4 with its value, and
exits 1 when any floor is not met.
"""
import argparse
import json
import os
import subprocess
import sys

FLOORS = [
    ("agencies", "f1", 0.85), ("regions", "f1", 0.85), ("plans", "f1", 0.85),
    ("projects", "f1", 0.80), ("indicators", "f1", 0.80), ("relations", "f1", 0.70),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("extraction")
    a = ap.parse_args()
    scorer = os.path.join(os.path.dirname(os.path.abspath(a.gold.rstrip("/"))), "score.py")
    table = [sys.executable, scorer, "--gold", a.gold, a.extraction] + (["--verbose"] if a.verbose else [])
    subprocess.run(table, check=True)
    out = subprocess.run([sys.executable, scorer, "--gold", a.gold, a.extraction, "--json"],
                         check=True, capture_output=True, text=True).stdout
    res = json.loads(out)
    summary = res["summary"]
    failed = []
    print("== floors")
    for key, metric, floor in FLOORS:
        v = summary.get(key, {}).get(metric, 0.0)
        ok = v >= floor
        print("  %-28s %s %.2f (floor %.2f)" % (key + " " + metric, "ok  " if ok else "LOW ", v, floor))
        if not ok:
            failed.append(key)
    gold_types = set()
    for name in os.listdir(a.gold):
        if name.endswith(".json"):
            with open(os.path.join(a.gold, name), encoding="utf-8") as f:
                gold_types |= {r["type"] for r in json.load(f).get("relations", [])}
    for t in sorted(gold_types):
        v = summary.get("rel:" + t, {}).get("r", 0.0)
        ok = v >= 0.5
        print("  %-28s %s %.2f (floor 0.50)" % ("rel:" + t + " recall", "ok  " if ok else "LOW ", v))
        if not ok:
            failed.append("rel:" + t)
    df = summary["document_fields"]
    ok = df["ok"] == df["n"]
    print("  %-28s %s %d/%d" % ("document fields", "ok  " if ok else "LOW ", df["ok"], df["n"]))
    if not ok:
        failed.append("document fields")
    if res.get("unscored_gold"):
        print("  no extraction for: %s" % ", ".join(res["unscored_gold"]))
        failed.append("unscored")
    if failed:
        print("eval: below the floors: %s" % ", ".join(failed))
        sys.exit(1)
    print("eval: all floors met")


if __name__ == "__main__":
    main()
