#!/usr/bin/env python3
"""Print regions.tsv rows for the county-level units (districts, counties,
county-level cities, banners) that seeds/dict/regions.tsv lacks.

Source: the national administrative division codes as shipped in the cpca
package (MIT licence): `pip download cpca --no-deps`, unzip, and pass
cpca/resources/adcodes.csv. Only units whose full name is unique in the
country and at least three characters long are printed, with no short
forms: 鼓楼区 (four cities), 城区 or a bare 包河 would match text that does
not mean them.

usage: counties.py adcodes.csv seeds/dict/regions.tsv >> seeds/dict/regions.tsv
"""
import collections
import csv
import sys

MUNICIPALITIES = {"11": "北京市", "12": "天津市", "31": "上海市", "50": "重庆市"}


def main(adcodes, regions_tsv):
    known = set()
    for line in open(regions_tsv, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        known.add(f[0])
        if len(f) > 3:
            known.update(a for a in f[3].split(",") if a)
    rows = list(csv.DictReader(open(adcodes, encoding="utf-8")))
    names = {r["adcode"]: r["name"] for r in rows}
    count = collections.Counter(r["name"] for r in rows)
    out = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        if code[4:] == "00000000" or code[6:] != "000000":
            continue  # a province or a city, or a town below the county level
        if len(name) < 3 or count[name] > 1 or name in known or name.startswith("市辖"):
            continue
        if code[:2] in MUNICIPALITIES:
            parent = MUNICIPALITIES[code[:2]]
        else:
            parent = names.get(code[:4] + "00000000", "")
            if not parent or parent not in known:
                continue
        level = {"区": "district", "县": "county", "旗": "county", "市": "county"}.get(name[-1])
        if not level:
            continue
        out.append((code, "\t".join([name, level, parent, "", ""])))
    print("# ---- county-level units of the country not listed above (tools/dictgen/counties.py;")
    print("#      division codes from the cpca package, MIT); full names only")
    for _, row in sorted(out):
        print(row)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
