#!/usr/bin/env python3
"""Print benchmark results as ratios to a baseline measured in the same run.

    go test -run '^$' -bench . -benchmem ./loaders | ratio.py BASELINE=Name [Name=Limit ...]

Each benchmark named on the command line is printed as its ns/op and B/op
over the baseline's; a limit after '=' makes the script exit 1 when the time
ratio exceeds it. Ratios, not seconds: the machines are shared and slow.
With -count N each benchmark runs N times and its median is used, so that
one run slowed by a neighbour on the machine does not decide the ratio.
"""
import re
import statistics
import sys


def main():
    args = sys.argv[1:]
    base = None
    limits = {}
    for a in args:
        k, _, v = a.partition("=")
        if k == "BASELINE":
            base = v
        else:
            limits[k] = float(v) if v else None
    runs = {}
    for line in sys.stdin:
        sys.stdout.write(line)
        m = re.match(r"^(Benchmark\w+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(?:\s+([\d.]+) B/op)?", line)
        if m:
            runs.setdefault(m.group(1)[len("Benchmark"):], []).append((float(m.group(2)), float(m.group(3) or 0)))
    results = {name: (statistics.median(t for t, _ in rs), statistics.median(b for _, b in rs))
               for name, rs in runs.items()}
    if base not in results:
        print("bench: baseline %s did not run" % base)
        sys.exit(1)
    bt, bm = results[base]
    failed = False
    print("== ratios to %s (same run)" % base)
    for name, limit in limits.items():
        if name not in results:
            print("  %-20s did not run" % name)
            failed = True
            continue
        t, m = results[name]
        ok = limit is None or t / bt <= limit
        failed |= not ok
        print("  %-20s time %.2fx  memory %.2fx%s" % (name, t / bt, m / bm if bm else 0,
              "" if limit is None else ("  (limit %.1fx %s)" % (limit, "ok" if ok else "EXCEEDED"))))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
