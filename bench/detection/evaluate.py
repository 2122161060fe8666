#!/usr/bin/env python3
"""Scan a planted repository with dredge and score the report against the generator's manifest.

A regression guard, not a recall measurement: generate.py draws its positives from the rules' own examples, so the
score says whether each rule still finds fresh values of the shapes its author wrote down, never whether the rules
cover the shapes real secrets have. Recall and false alarms on inputs no rule generated: differential.sh (planted.py's
documented formats and code shapes, and real repositories against the peers) and bench/precision/run.sh.

    evaluate.py REPO MANIFEST [--dredge PATH] [--report FILE] [--json OUT] [--jobs N]

- recall: planted positives found. A positive is found when a finding's secret equals or contains the planted
  secret and one of its occurrences is at the planted path (any rule); "by the intended rule" also needs the rule id.
- false alarms: decoys with a finding whose occurrence starts on one of the decoy's lines at its path.
- unexpected: findings that match no positive, no secondary planted value and no decoy (filler, public halves of
  examples, or genuine noise); the rules producing most of them are listed.

Exit status is always 0: this is a measurement, not a gate (an error running dredge is reported and exits 0 too).
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILE_KINDS = {"file", "pii"}  # findings that name a file rather than a secret value


def run_dredge(dredge: Path, repo: Path, jobs: int | None) -> tuple[dict | None, float, str]:
    cmd = [str(dredge), "scan", str(repo), "--format", "json", "--show-secrets", "-q"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.monotonic() - start
    if proc.returncode not in (0, 1):
        return None, elapsed, f"dredge exited {proc.returncode}: {proc.stderr.strip()[:2000]}"
    try:
        return json.loads(proc.stdout), elapsed, proc.stderr.strip()
    except ValueError as error:
        return None, elapsed, f"unreadable report: {error}; stderr: {proc.stderr.strip()[:2000]}"


def short(text: str, width: int = 96) -> str:
    one = text.replace("\\", "\\\\").replace("\n", "\\n")
    return one if len(one) <= width else one[: width - 1] + "\u2026"


def loaded_rules(dredge: Path) -> set[str] | None:
    proc = subprocess.run([str(dredge), "patterns", "list"], capture_output=True, text=True)
    if proc.returncode != 0:
        return None
    return {line.split("\t", 1)[0].strip() for line in proc.stdout.splitlines() if line.strip()}


def evaluate(report: dict, manifest: dict, known: set[str] | None = None) -> dict:
    findings = report.get("findings", [])
    # positives of rules this build does not have (the rule set grew after the build) are left out of the scores
    positives = [p for p in manifest["positives"] if known is None or p["rule"] in known]
    not_loaded = sorted({p["rule"] for p in manifest["positives"]} - {p["rule"] for p in positives})
    decoys = manifest["decoys"]

    # index findings by path for the occurrence checks
    by_path = collections.defaultdict(list)  # path -> [(finding index, line, column)]
    for n, f in enumerate(findings):
        for occ in f.get("occurrences", []):
            if occ.get("path"):
                by_path[occ["path"]].append((n, occ.get("line"), occ.get("column")))

    matched = set()  # finding indexes explained by the manifest
    results = []
    for p in positives:
        secret = p["secret"]
        hits = []
        partial = []
        for n, _, _ in by_path.get(p["path"], []):
            s = findings[n]["secret"]
            if secret is None:  # a `kind: file` positive: the intended rule reporting the file
                if findings[n]["rule"] == p["rule"]:
                    hits.append(n)
            elif secret in s:
                hits.append(n)
            elif len(s) >= 8 and s in secret:
                partial.append(n)
        hits = sorted(set(hits))
        rules = sorted({findings[n]["rule"] for n in hits})
        matched.update(hits)
        matched.update(partial)
        results.append({"id": p["id"], "rule": p["rule"], "found": bool(hits), "by_intended": p["rule"] in rules,
                        "found_by": rules, "partial_by": sorted({findings[n]["rule"] for n in partial}),
                        "partial_secrets": sorted({findings[n]["secret"] for n in partial}),
                        "path": p["path"], "file_type": p["file_type"], "text": p["text"], "secret": secret,
                        "deleted": p.get("removed_in") is not None})
        # secondary planted values of the same text: expected, not unexpected
        for also in p.get("also_planted", []):
            for n, _, _ in by_path.get(p["path"], []):
                s = findings[n]["secret"]
                if also["secret"] in s or (len(s) >= 8 and s in also["secret"]):
                    matched.add(n)

    decoy_results = []
    for d in decoys:
        hits = []
        value = d["value"]
        for n, line, column in by_path.get(d["path"], []):
            if findings[n].get("kind") in FILE_KINDS:  # the file itself (a committed .env), not the value
                continue
            if line is None or not d["line"] <= line <= d["end_line"]:
                continue
            secret = findings[n]["secret"]
            overlaps = value in secret or (len(secret) >= 4 and secret in value)
            single = d["line"] == d["end_line"]
            within = column is not None and d.get("column") is not None and \
                d["column"] <= column < d["column"] + len(value)
            if overlaps or not single or within:
                hits.append(n)
        matched.update(hits)
        decoy_results.append({"id": d["id"], "class": d["class"], "value": d["value"], "path": d["path"],
                              "flagged": bool(hits), "rules": sorted({findings[n]["rule"] for n in hits}),
                              "secrets": sorted({findings[n]["secret"] for n in hits})})

    # `kind: file` and `kind: pii` findings (a committed .env, a key file, a data export) are about a file, not a
    # value: counted apart
    files = [findings[n] for n in range(len(findings)) if n not in matched and findings[n].get("kind") in FILE_KINDS]
    unexpected = [findings[n] for n in range(len(findings))
                  if n not in matched and findings[n].get("kind") not in FILE_KINDS]
    return {"positives": results, "decoys": decoy_results, "unexpected": unexpected, "file_findings": files,
            "findings": len(findings), "not_loaded": not_loaded}


def summarize(result: dict, manifest: dict, report: dict, elapsed: float, dredge: str) -> dict:
    pos, dec = result["positives"], result["decoys"]
    found = sum(r["found"] for r in pos)
    intended = sum(r["by_intended"] for r in pos)
    flagged = sum(d["flagged"] for d in dec)
    scan = report.get("scan", {})
    rules_in_manifest = {r["id"] for r in manifest["rules"]}
    return {
        "dredge": dredge,
        "tool_version": report.get("tool", {}).get("version"),
        "rules_loaded": scan.get("rules"),
        "rules_planted": len(rules_in_manifest),
        "rules_not_in_build": result["not_loaded"],
        "commits": scan.get("commits"),
        "blobs": scan.get("blobs"),
        "scan_seconds": round(elapsed, 2),
        "positives": len(pos),
        "found": found,
        "found_by_intended_rule": intended,
        "recall": round(found / len(pos), 4) if pos else None,
        "recall_intended": round(intended / len(pos), 4) if pos else None,
        "decoys": len(dec),
        "false_alarms": flagged,
        "false_alarm_rate": round(flagged / len(dec), 4) if dec else None,
        "findings": result["findings"],
        "unexpected_findings": len(result["unexpected"]),
        "file_findings": len(result["file_findings"]),
        "file_findings_on_decoy_files": sum(1 for f in result["file_findings"] for o in f.get("occurrences", [])
                                            if o.get("path") in {d["path"] for d in dec}),
        "skipped_matches": len(scan.get("skipped_matches") or []),
    }


def print_report(summary: dict, result: dict, out=sys.stdout) -> None:
    w = lambda *a: print(*a, file=out)
    pos, dec = result["positives"], result["decoys"]
    w(f"dredge {summary['tool_version']} ({summary['dredge']}): {summary['rules_loaded']} rules loaded, "
      f"{summary['rules_planted']} planted; {summary['commits']} commits, {summary['blobs']} blobs, "
      f"scan {summary['scan_seconds']} s")
    if summary["rules_not_in_build"]:
        w(f"Left out: {len(summary['rules_not_in_build'])} planted rules this dredge build does not have "
          f"(rebuild it): {', '.join(summary['rules_not_in_build'][:10])}")
    w("")

    # misses, per rule
    misses = collections.defaultdict(list)
    for r in pos:
        if not r["found"]:
            misses[r["rule"]].append(r)
    planted = collections.Counter(r["rule"] for r in pos)
    w(f"Misses: {sum(len(v) for v in misses.values())} positives in {len(misses)} rules")
    if misses:
        w(f"  {'rule':40} {'missed':>7}  {'file':22} planted text (first miss)")
        for rule in sorted(misses):
            m = misses[rule][0]
            note = ""
            if m["partial_by"]:
                note = f"  [partial: {', '.join(m['partial_by'])} captured {short(m['partial_secrets'][0], 40)}]"
            w(f"  {rule:40} {len(misses[rule]):>3}/{planted[rule]:<3}  {m['file_type']:22} {short(m['text'])}{note}")
    w("")

    # found, but by another rule
    other = collections.Counter()
    for r in pos:
        if r["found"] and not r["by_intended"]:
            other[(r["rule"], ", ".join(r["found_by"]))] += 1
    if other:
        w(f"Found by another rule only ({sum(other.values())}):")
        for (rule, by), count in sorted(other.items()):
            w(f"  {rule:40} -> {by} ({count})")
        w("")

    # misses by file type (a container problem shows up here)
    by_type_total = collections.Counter(r["file_type"] for r in pos)
    by_type_miss = collections.Counter(r["file_type"] for r in pos if not r["found"])
    w("Recall by file type: " + ", ".join(
        f"{t} {by_type_total[t] - by_type_miss[t]}/{by_type_total[t]}" for t in sorted(by_type_total)))
    deleted = [r for r in pos if r["deleted"]]
    w(f"Recall on positives deleted later in history: {sum(r['found'] for r in deleted)}/{len(deleted)}")
    w("")

    # false alarms by decoy class
    classes = collections.defaultdict(list)
    for d in dec:
        classes[d["class"]].append(d)
    w("Decoys by class (flagged/total, rules that fired):")
    for cls in sorted(classes):
        items = classes[cls]
        fired = collections.Counter(rule for d in items for rule in d["rules"])
        rules = ", ".join(f"{k} x{v}" for k, v in fired.most_common())
        w(f"  {cls:22} {sum(d['flagged'] for d in items):>4}/{len(items):<4} {rules}")
    flagged = [d for d in dec if d["flagged"]]
    if flagged:
        w("  examples:")
        seen = set()
        for d in flagged:
            key = (d["class"], tuple(d["rules"]))
            if key in seen:
                continue
            seen.add(key)
            w(f"    {d['class']:20} {', '.join(d['rules']):34} {short(d['value'], 60)}  ({d['path']})")
    w("")

    files = result["file_findings"]
    if files:
        top = collections.Counter(f["rule"] for f in files).most_common(6)
        w(f"file-level findings (`kind: file`/`pii`) besides the planted file positives: {len(files)} ("
          + ", ".join(f"{r} x{c}" for r, c in top) + ")")
        decoy_paths = {d["path"]: d["class"] for d in dec}
        on_decoys = [(f, occ["path"]) for f in files for occ in f.get("occurrences", []) if occ.get("path") in decoy_paths]
        if on_decoys:
            w(f"  of which on decoy files (a file that holds no secret reported as committed secret file): {len(on_decoys)}")
            for f, path in on_decoys[:12]:
                w(f"    {f['rule']:36} {path}  ({decoy_paths[path]})")
        w("")
    unexpected = result["unexpected"]
    if unexpected:
        top = collections.Counter(f["rule"] for f in unexpected).most_common(10)
        w(f"Unexpected findings (match no planted value or decoy): {len(unexpected)}; top rules: "
          + ", ".join(f"{r} x{c}" for r, c in top))
        shown = set()
        for f in unexpected:
            if f["rule"] in shown:
                continue
            shown.add(f["rule"])
            occ = (f.get("occurrences") or [{}])[0]
            w(f"    {f['rule']:36} {short(f['secret'], 50):50} {occ.get('path')}:{occ.get('line')}")
            if len(shown) >= 12:
                break
        w("")

    w("Self-consistency (regression guard): the rules against fresh values of their own examples' shapes. This is not")
    w("recall on real secrets (see bench/detection/differential.sh and bench/precision/run.sh for that).")
    w(f"Shapes found: {summary['found']}/{summary['positives']} = {summary['recall']:.1%} "
      f"(by the intended rule {summary['found_by_intended_rule']}/{summary['positives']} = {summary['recall_intended']:.1%})")
    w(f"Decoys hit:   {summary['false_alarms']}/{summary['decoys']} decoys = {summary['false_alarm_rate']:.1%}")
    w(f"Unexpected:   {summary['unexpected_findings']} of {summary['findings']} findings "
      f"(and {summary['file_findings']} file-level findings, {summary['file_findings_on_decoy_files']} of them "
      f"on decoy files)")
    if summary["skipped_matches"]:
        w(f"Skipped (match limit): {summary['skipped_matches']}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("repo", type=Path)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--dredge", type=Path, default=ROOT / ".build" / "release" / "dredge")
    parser.add_argument("--report", type=Path, help="use this JSON report instead of running dredge")
    parser.add_argument("--json", type=Path, help="write the summary and per-item results here")
    parser.add_argument("--jobs", type=int)
    args = parser.parse_args(argv)

    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    known = None
    if args.report:
        report, elapsed, note = json.loads(args.report.read_text(encoding="utf-8")), 0.0, ""
    else:
        report, elapsed, note = run_dredge(args.dredge, args.repo, args.jobs)
        known = loaded_rules(args.dredge)
    if report is None:
        print(f"evaluate: could not scan: {note}", file=sys.stderr)
        return 0
    result = evaluate(report, manifest, known)
    summary = summarize(result, manifest, report, elapsed, str(args.dredge))
    print_report(summary, result)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, **{k: result[k] for k in ("positives", "decoys")},
                                         "unexpected": result["unexpected"], "file_findings": result["file_findings"]}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
