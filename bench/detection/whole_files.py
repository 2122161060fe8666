#!/usr/bin/env python3
"""Scores whole_files.sh's reports line by line against whole-files/risk-lines.tsv.

    whole_files.py OUT RISK_LINES_TSV [--show N]

A risk line (path, line, end, kind) is found by a tool when one of its findings lies on that path at a line from
`line` to `end` (a private key's block spans its lines; every other row is one line). dredge's findings count at every
occurrence they list. Findings on lines no row names are extra: false alarms to read (or a risk line the TSV lacks).
Prints, per tool, risk lines found of all, then per file kind (the first directory of the path), then the missed lines
and the extra findings (up to N each).
"""
import argparse
import collections
import csv
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from tool_reports import load, rows  # noqa: E402

TOOLS = ["dredge", "kingfisher", "betterleaks", "credsweeper"]
RANK = {"high": 0, "medium": 1, "low": 2}


def places(tool, out):
    """(path, line, rule, confidence) per finding place; None when the tool did not run."""
    if tool == "dredge":
        report = load(os.path.join(out, "dredge.json"))
        if report is None:
            return None
        return [(o.get("path") or "", o.get("line") or 0, f["rule"], f.get("confidence"))
                for f in report.get("findings", []) for o in f["occurrences"]]
    found = rows(tool, out, "whole-files")
    if found is None:
        return None
    return [(r["path"], int(r["line"] or 0), r["rule"], None) for r in found]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("tsv")
    parser.add_argument("--show", type=int, default=60)
    args = parser.parse_args()
    with open(args.tsv, newline="") as handle:
        risks = [dict(r, line=int(r["line"]), end=int(r["end"])) for r in csv.DictReader(handle, delimiter="\t")]
    kinds = sorted({r["path"].split("/")[0] for r in risks})
    table = {}
    for tool in TOOLS:
        found_places = places(tool, args.out)
        if found_places is None:
            continue
        hit, extra, conf = set(), collections.Counter(), {}
        for path, line, rule, confidence in found_places:
            matched = [i for i, r in enumerate(risks) if r["path"] == path and r["line"] <= line <= r["end"]]
            for i in matched:
                hit.add(i)
                if confidence and RANK.get(confidence, 3) < RANK.get(conf.get(i), 3):
                    conf[i] = confidence
            if not matched:
                extra[(path, line, rule, confidence)] += 1
        table[tool] = (hit, extra, conf)
    print(f"risk lines: {len(risks)} in {len({r['path'] for r in risks})} files of {len(kinds)} kinds")
    print(f"{'tool':<12} {'found':>7} {'extra places':>13}")
    for tool, (hit, extra, conf) in table.items():
        split = ""
        if conf:
            c = collections.Counter(conf.values())
            split = f"  ({c['high']} high, {c['medium']} medium, {c['low']} low)"
        print(f"{tool:<12} {len(hit):>7} {len(extra):>13}{split}")
    print("\nper file kind (found / risk lines)")
    print(f"{'kind':<22}" + "".join(f"{t:>12}" for t in table))
    for kind in kinds:
        idx = [i for i, r in enumerate(risks) if r["path"].split("/")[0] == kind]
        print(f"{kind:<22}" + "".join(f"{len([i for i in idx if i in hit]):>9}/{len(idx):<2}" for hit, _, _ in table.values()))
    for tool, (hit, extra, _) in table.items():
        missed = [r for i, r in enumerate(risks) if i not in hit]
        print(f"\n{tool}: {len(missed)} missed")
        for r in missed[:args.show]:
            print(f"  miss  {r['path']}:{r['line']}  {r['kind']}")
        print(f"{tool}: {len(extra)} extra places")
        for (path, line, rule, confidence), n in sorted(extra.items())[:args.show]:
            print(f"  extra {path}:{line}  {rule}" + (f" ({confidence})" if confidence else "") + (f" x{n}" if n > 1 else ""))


if __name__ == "__main__":
    main()
