#!/usr/bin/env python3
"""Turns `myknees report month-buckets --json` into the shared benchmark's report format.

  month_buckets_to_reference.py BUCKETS.json OUT.csv

The reference (shared/bench/reference.py report) writes category,month,spend with spend = -sum(amount) for every
category except Income and Transfers, and "Uncategorized" for rows no rule matched. Compare the result with
`reference.py compare EXPECTED.csv OUT.csv`.
"""
import json
import sys

NON_SPEND = {"Income", "Transfers"}


def main(buckets_path, out_path):
    with open(buckets_path) as f:
        buckets = json.load(f)
    spend = {}
    for b in buckets:
        category = b["category"] or "Uncategorized"
        if category in NON_SPEND:
            continue
        cents = round(float(b["total"]) * 100)
        key = (category, b["month"])
        spend[key] = spend.get(key, 0) - cents
    with open(out_path, "w") as f:
        f.write("category,month,spend\n")
        for (category, month) in sorted(spend):
            f.write('"%s",%s,%.2f\n' % (category, month, spend[(category, month)] / 100.0))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
