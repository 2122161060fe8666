#!/usr/bin/env python3
"""Reads the reports run.sh wrote, prints findings per repository group and confidence for the four tools, and
dredge's precision from the reviewed labels; lists the high- and medium-confidence dredge findings no label covers.

    precision.py OUT [--labels labels.tsv] [--unlabeled-only] [--all-unlabeled]

A finding is one (rule, secret) pair per repository for every tool, so the counts compare like with like (dredge's
own unit; the peers report one row per occurrence or per commit). Secrets never reach the output: lines are shown
with the value cut to its first and last four characters.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from tool_reports import load, rows  # noqa: E402

TOOLS = ["dredge", "kingfisher", "betterleaks", "credsweeper"]
LEVELS = ["high", "medium", "low"]
PEER_LEVEL = {"strong": "high", "moderate": "medium", "weak": "low", "high": "high", "medium": "medium", "low": "low"}


def findings(tool, directory):
    """(rule, secret, confidence) triples, one per unique rule and secret; None when the tool did not run."""
    found = rows(tool, directory, os.path.basename(directory))
    if found is None:
        return None
    unique = {}
    for row in found:
        level = row["confidence"] or "medium" if tool == "dredge" else PEER_LEVEL.get(row["confidence"] or "", "low")
        unique[(row["rule"], row["secret"])] = level
    return [(rule, secret, level) for (rule, secret), level in unique.items()]


def redact(line, secret):
    if secret and len(secret) > 8:
        line = line.replace(secret, secret[:4] + "\u2026" + secret[-4:])
    elif secret:
        line = line.replace(secret, "\u2026" * len(secret))
    return line.strip()[:220]


class BlobReader:
    """`git cat-file --batch` on one repository, for the line a finding sits on."""

    def __init__(self, repo):
        self.process = subprocess.Popen(["git", "--git-dir", git_dir(repo), "cat-file", "--batch"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def line(self, blob, number):
        self.process.stdin.write(blob.encode() + b"\n")
        self.process.stdin.flush()
        header = self.process.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            return ""
        data = self.process.stdout.read(int(header[2]) + 1)
        lines = data.split(b"\n")
        return lines[number - 1].decode("utf-8", "replace") if 0 < number <= len(lines) else ""


def git_dir(repo):
    dot = os.path.join(repo, ".git")
    return dot if os.path.isdir(dot) else repo


def split_credsweeper(out, paths, checkouts):
    """credsweeper ran over CHECKOUTS/<owner>/<name>/ in batches, one report each: give each repository its share."""
    root = os.path.abspath(checkouts) + os.sep
    shares = collections.defaultdict(list)
    for f in (finding for path in paths for finding in load(path) or []):
        place = f["line_data_list"][0]["path"] if f.get("line_data_list") else ""
        relative = place.split(root, 1)[1] if root in place else place.split(os.path.basename(root.rstrip(os.sep)) + os.sep, 1)[-1]
        shares["/".join(relative.split("/")[:2])].append(f)
    for row in open(os.path.join(out, "repositories.tsv"), encoding="utf-8"):
        label = row.split("\t")[1]
        if not os.path.isdir(root + label):
            continue  # reused from an earlier run
        with open(os.path.join(out, "reports", label, "credsweeper.json"), "w", encoding="utf-8") as handle:
            json.dump(shares.get(label, []), handle)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--labels", default=os.path.join(os.path.dirname(__file__), "labels.tsv"))
    parser.add_argument("--split-credsweeper", metavar="JSON", nargs="+", help="split credsweeper's reports over checkouts/<label>/ into each repository's directory, then exit")
    parser.add_argument("--checkouts", help="the checkout directory credsweeper scanned (with --split-credsweeper)")
    parser.add_argument("--all-unlabeled", action="store_true", help="list every unlabeled finding, not the first 40 per group")
    args = parser.parse_args()

    if args.split_credsweeper:
        return split_credsweeper(args.out, args.split_credsweeper, args.checkouts or os.path.join(args.out, "checkouts"))

    # A label covers its finding in every repository, unless it names one (labels-extra.tsv's fourth column): the
    # same rule and value (`admin`, `postgres`) may be a fixture in one repository and a deployment's in another.
    labels, repository_labels = {}, {}
    if os.path.exists(args.labels):
        for row in open(args.labels, encoding="utf-8"):
            if row.strip() and not row.startswith("#"):
                parts = row.rstrip("\n").split("\t")
                labels[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
                if len(parts) > 3 and parts[3]:
                    repository_labels[(parts[0], parts[3])] = labels[parts[0]]

    groups = collections.OrderedDict()
    for row in open(os.path.join(args.out, "repositories.tsv"), encoding="utf-8"):
        name, label, repo = row.rstrip("\n").split("\t")
        groups.setdefault(name, []).append((label, repo))

    print("findings (unique rule + secret) per repository and confidence: high / medium / low")
    print(f"{'repository':<28}" + "".join(f"{tool:>22}" for tool in TOOLS))
    per_repo = []
    for name, members in groups.items():
        counts = {tool: collections.Counter() for tool in TOOLS}
        ran = {tool: False for tool in TOOLS}
        for label, repo in members:
            directory = os.path.join(args.out, "reports", label)
            row = {}
            for tool in TOOLS:
                found = findings(tool, directory)
                if found is None:
                    continue
                ran[tool] = True
                tally = collections.Counter(level for _, _, level in found)
                counts[tool].update(tally)
                row[tool] = tally
            per_repo.append((label, row))
        title = f"{name} ({len(members)})" if len(members) > 1 else name
        cells = []
        for tool in TOOLS:
            c = counts[tool]
            cells.append(f"{c['high']} / {c['medium']} / {c['low']}" if ran[tool] else "not run")
        print(f"{title:<28}" + "".join(f"{cell:>22}" for cell in cells))

    with open(os.path.join(args.out, "per-repository.tsv"), "w", encoding="utf-8") as handle:
        handle.write("repository\t" + "\t".join(f"{t}_{l}" for t in TOOLS for l in LEVELS) + "\n")
        for label, row in per_repo:
            handle.write(label + "\t" + "\t".join(str(row.get(t, {}).get(l, 0)) for t in TOOLS for l in LEVELS) + "\n")

    print("\ndredge precision on reviewed findings (labels.tsv): real / labelled, unlabeled")
    unlabeled_rows = []
    for name, members in groups.items():
        score = {level: collections.Counter() for level in ["high", "medium"]}
        for label, repo in members:
            report = load(os.path.join(args.out, "reports", label, "dredge.json"))
            if not report:
                continue
            reader = None
            for f in report.get("findings", []):
                level = f.get("confidence")
                if level not in score:
                    continue
                verdict = repository_labels.get((f["id"][:16], os.path.basename(label)), labels.get(f["id"][:16], (None,)))[0]
                score[level][verdict or "unlabeled"] += 1
                if verdict is None:
                    occurrence = f["occurrences"][0] if f["occurrences"] else {}
                    line = ""
                    if occurrence.get("blob") and occurrence.get("line"):
                        reader = reader or BlobReader(repo)
                        line = reader.line(occurrence["blob"], occurrence["line"])
                    unlabeled_rows.append((name, f["id"][:16], level, f["rule"], label,
                                           f"{occurrence.get('path')}:{occurrence.get('line')}", redact(line, f["secret"])))
        cells = []
        for level in ["high", "medium"]:
            s = score[level]
            labelled = s["real"] + s["false"]
            precision = f"{100 * s['real'] / labelled:.0f}%" if labelled else "-"
            cells.append(f"{level}: {s['real']}/{labelled} real ({precision}), {s['false']} false, {s['unlabeled']} unlabeled")
        print(f"  {name:<26} " + "; ".join(cells))

    if unlabeled_rows:
        print(f"\nunlabeled high/medium dredge findings ({len(unlabeled_rows)}): id, confidence, rule, repository, place, line")
        shown = collections.Counter()
        for row in unlabeled_rows:
            shown[row[0]] += 1
            if args.all_unlabeled or shown[row[0]] <= 40:
                print("\t".join(row[1:]))
        hidden = sum(max(0, n - 40) for n in shown.values())
        if hidden and not args.all_unlabeled:
            print(f"... {hidden} more (--all-unlabeled)")


if __name__ == "__main__":
    sys.exit(main())
