#!/usr/bin/env python3
"""Compares dredge's findings with each peer's on the repositories run.sh scanned (OUT/repositories.tsv).

    differential.py OUT [--manifest planted/manifest.json] [--show N]

Two findings agree when their secrets are equal or one holds the other (peers cut values differently: with or without
a prefix or quotes); a dredge `file` finding (a committed credential file) agrees with any peer finding in that file.
CredSweeper scanned HEAD only, so against it dredge counts only findings still in a branch tip. Every disagreement is
written to OUT/differential/<repository>.<peer>.tsv (secrets cut to first and last four characters) for review; the
first --show lines of each are printed. With --manifest (planted.py's ground truth), each tool's recall on the planted
secrets and its false alarms on the planted look-alikes are printed too, and, on a line of their own, the mutants it
reports (planted.py's near misses derived from the secrets), per mutation.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from tool_reports import cut, load, rows  # noqa: E402

PEERS = ["kingfisher", "betterleaks", "credsweeper"]


def findings(tool, directory, label):
    """(rule, secret, path, line, extra) per finding, the first row of each (rule, secret); None when the tool did not run."""
    found = rows(tool, directory, label)
    if found is None:
        return None
    unique = {}
    for row in found:
        unique.setdefault((row["rule"], row["secret"]), row)
    return list(unique.values())


def agree(a, b):
    """True when some spelling of a's secret (dredge's decoded secrets are also given as they stand encoded) is b's."""
    return any(same(s, t) for s in [a["secret"]] + a.get("encoded", []) for t in [b["secret"]] + b.get("encoded", []))


def same(s, t):
    s, t = s.strip("\"' "), t.strip("\"' ")
    if not s or not t:
        return False
    if s == t:
        return True
    short, long = sorted((s, t), key=len)
    return len(short) >= 8 and short in long


def at(row, path):
    """Whether the finding is at `path`: a dredge finding names every place its value lives, a peer's row one."""
    return row["path"] == path or path in row.get("paths", ())


def covers(dredge_row, peer_row):
    return agree(dredge_row, peer_row) or (dredge_row.get("file") and peer_row["path"] in dredge_row["paths"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--manifest")
    parser.add_argument("--show", type=int, default=15)
    args = parser.parse_args()
    os.makedirs(os.path.join(args.out, "differential"), exist_ok=True)

    totals = collections.Counter()
    print(f"{'repository':<34}{'peer':<13}{'both':>7}{'peer only':>11}{'dredge only':>13}")
    for row in open(os.path.join(args.out, "repositories.tsv"), encoding="utf-8"):
        _, label, _ = row.rstrip("\n").split("\t")
        directory = os.path.join(args.out, "reports", label)
        ours = findings("dredge", directory, label)
        if ours is None:
            continue
        for peer in PEERS:
            theirs = findings(peer, directory, label)
            if theirs is None:
                continue
            mine = [f for f in ours if f["head"]] if peer == "credsweeper" else ours
            peer_only = [t for t in theirs if not any(covers(m, t) for m in mine)]
            dredge_only = [m for m in mine if not any(covers(m, t) for t in theirs)]
            both = len(mine) - len(dredge_only)
            totals[(peer, "both")] += both
            totals[(peer, "peer")] += len(peer_only)
            totals[(peer, "dredge")] += len(dredge_only)
            if peer_only or dredge_only or both:
                print(f"{label:<34}{peer:<13}{both:>7}{len(peer_only):>11}{len(dredge_only):>13}")
            name = label.replace("/", "_")
            with open(os.path.join(args.out, "differential", f"{name}.{peer}.tsv"), "w", encoding="utf-8") as handle:
                for side, rows in (("peer-only", peer_only), ("dredge-only", dredge_only)):
                    for r in sorted(rows, key=lambda r: (r["rule"], r["path"])):
                        handle.write(f"{side}\t{r['rule']}\t{r.get('confidence')}\t{r['path']}:{r['line']}\t{cut(r['secret'])}\n")
    print("\ntotals (all repositories):")
    for peer in PEERS:
        print(f"  {peer:<12} both {totals[(peer, 'both')]}, {peer} only {totals[(peer, 'peer')]}, dredge only {totals[(peer, 'dredge')]}")
    print(f"  per-repository lists: {os.path.join(args.out, 'differential')}/<repository>.<peer>.tsv")

    if args.manifest and os.path.exists(args.manifest):
        manifest = load(args.manifest)
        label = next((l.split("\t")[1] for l in open(os.path.join(args.out, "repositories.tsv")) if "planted" in l), None)
        if label:
            planted_report(args.out, label, manifest)


def planted_report(out, label, manifest):
    directory = os.path.join(out, "reports", label)
    positives = [c for c in manifest if c["secret"]]
    negatives = [c for c in manifest if not c["secret"] and not c.get("mutation")]
    mutants = [c for c in manifest if c.get("mutation")]  # planted.py's mutant_cases: apart from the hand-written look-alikes
    kinds = list(dict.fromkeys(c["mutation"] for c in mutants))
    print(f"\nplanted corpus ({len(positives)} secrets in documented formats and code shapes, {len(negatives)} look-alikes):")
    for tool in ["dredge"] + PEERS:
        rows = findings(tool, directory, label)
        if rows is None:
            continue
        value = lambda c: dict(secret=c["value"])
        # a dredge `pii` finding names a data store, not a value: it finds the store's planted person, and on a
        # look-alike store (people at example.com, 555 numbers) it is an alarm unless reported at low
        found = [c for c in positives if any(at(r, c["path"]) and (agree(r, value(c)) or r.get("file") or r.get("pii"))
                                             for r in rows)]
        alarms = [c for c in negatives if any(at(r, c["path"]) and (agree(r, value(c)) or (r.get("pii") and r.get("severity") != "low"))
                                              for r in rows)]
        missed = [c["case"] for c in positives if c not in found]
        reported = [c for c in mutants if any(at(r, c["path"]) and agree(r, value(c)) for r in rows)]
        print(f"  {tool:<12} found {len(found)}/{len(positives)}, false alarms {len(alarms)}/{len(negatives)}"
              + (f"; missed: {', '.join(missed)}" if missed else "")
              + (f"; alarms: {', '.join(c['case'] for c in alarms)}" if alarms else ""))
        if mutants:
            per_kind = ", ".join(f"{k} {sum(c['mutation'] == k for c in reported)}/{sum(c['mutation'] == k for c in mutants)}" for k in kinds)
            print(f"  {'':<12} mutants reported {len(reported)}/{len(mutants)} ({per_kind})"
                  + (f"; reported: {', '.join(c['case'] for c in reported)}" if reported and tool == "dredge" else ""))


if __name__ == "__main__":
    sys.exit(main())
