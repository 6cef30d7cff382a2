#!/usr/bin/env python3
"""Writes bench-sample.csv, the rows RulesCsvBenchTest checks the rules engine against.

Rows come from the shared generator (gen_transactions.py); each carries the category the shared oracle
(reference.py, its own load_rules and categorize) gives it with the shared rules.csv. Kept: up to four distinct
descriptions per first-matching rule, 60 uncategorized ones, and for one kept row in eight a lower-case and a
swapped-case copy, so case-insensitive matching is checked too.

  python3 make_bench_sample.py BENCH_DIR OUT.csv
"""
import csv
import importlib.util
import os
import random
import subprocess
import sys
import tempfile


def main(bench, out):
    spec = importlib.util.spec_from_file_location("reference", os.path.join(bench, "reference.py"))
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    rules = reference.load_rules(os.path.join(bench, "rules.csv"))

    def first_rule(desc):
        up = desc.upper()
        for index, (kind, pattern, _category) in enumerate(rules):
            if (pattern in up) if kind == 0 else pattern.search(desc):
                return index
        return -1

    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "tx.csv")
        subprocess.run([sys.executable, os.path.join(bench, "gen_transactions.py"), "--rows", "40000",
                        "--seed", "20260101", "--out", data], check=True)
        with open(data, newline="") as f:
            rows = list(csv.reader(f))[1:]

    kept, seen, per_rule = [], set(), {}
    for row in rows:
        desc = row[1]
        index = first_rule(desc)
        limit = 60 if index < 0 else 4
        if desc in seen or per_rule.get(index, 0) >= limit:
            continue
        seen.add(desc)
        per_rule[index] = per_rule.get(index, 0) + 1
        kept.append((index, row))
    variants = []
    for index, row in random.Random(1).sample(kept, len(kept) // 8):
        for desc in (row[1].lower(), row[1].swapcase()):
            variants.append((index, [row[0], desc, row[2], row[3]]))
    kept = sorted(kept + variants, key=lambda pair: pair[0])

    with open(out, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["date", "description", "amount", "account", "category"])
        for _index, row in kept:
            writer.writerow(row + [reference.categorize(row[1], rules)])
    fired = len([i for i in per_rule if i >= 0])
    print("rows=%d rules fired=%d of %d" % (len(kept), fired, len(rules)), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
