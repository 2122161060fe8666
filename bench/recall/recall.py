"""Recall on real applications that hold credentials on purpose: reads the labelled risk lines (every
bench/recall/risk-lines*.tsv: repository, commit, path, line, kind, reason) and the four tools' reports that
bench/precision/run.sh wrote under OUT/reports/OWNER/NAME, and prints per repository and in total the labelled lines
each tool finds (a tool finds a line when it reports an occurrence at that path and line), dredge's found lines per
kind, the lines dredge misses, and dredge's high- and medium-confidence occurrences on lines no label covers (each
to be read: a label missed, or a false alarm).

    python3 bench/recall/recall.py OUT bench/recall/risk-lines*.tsv
"""
import argparse
import collections
import csv
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import tool_reports  # noqa: E402

TOOLS = ["dredge", "kingfisher", "betterleaks", "credsweeper"]


def read_labels(paths):
    labels = collections.OrderedDict()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if not row.get("repository") or row.get("line", "0") in ("", "0"):
                    continue
                key = (row["path"], int(row["line"]))
                labels.setdefault(row["repository"], {})[key] = row
    return labels


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out", help="the --out of bench/precision/run.sh (holds reports/OWNER/NAME)")
    parser.add_argument("labels", nargs="+", help="risk-lines*.tsv files")
    args = parser.parse_args()
    labels = read_labels(args.labels)

    totals = collections.Counter()
    table = []
    missed = []
    extra = []
    kinds = collections.defaultdict(collections.Counter)
    for repository, lines in labels.items():
        directory = os.path.join(args.out, "reports", repository)
        row = [repository, len(lines)]
        totals["labelled"] += len(lines)
        for tool in TOOLS:
            found = tool_reports.places(tool, directory, repository)
            if found is None:
                row.append(None)
                continue
            seen = {(f["path"], int(f["line"] or 0)) for f in found}
            hits = [key for key in lines if key in seen]
            row.append(len(hits))
            totals[tool] += len(hits)
            if tool == "dredge":
                for key, label in lines.items():
                    kinds[label["kind"]]["labelled"] += 1
                    if key in seen:
                        kinds[label["kind"]]["found"] += 1
                    else:
                        missed.append((repository, key, label))
                shown = set()
                for f in found:
                    key = (f["path"], int(f["line"] or 0))
                    if f["confidence"] in ("high", "medium") and key not in lines and (key, f["rule"]) not in shown:
                        shown.add((key, f["rule"]))
                        extra.append((repository, key, f))
        table.append(row)

    print("Risk lines found (a tool finds a line when it reports an occurrence at that path and line)\n")
    print(f"| repository | labelled | {' | '.join(TOOLS)} |")
    print("|---|---:|" + "---:|" * len(TOOLS))
    for row in table:
        cells = ["—" if c is None else str(c) for c in row[2:]]
        print(f"| {row[0]} | {row[1]} | {' | '.join(cells)} |")
    print(f"| total | {totals['labelled']} | {' | '.join(str(totals[t]) for t in TOOLS)} |")

    print("\ndredge per kind (found / labelled)")
    for kind, counts in sorted(kinds.items()):
        print(f"  {kind:18} {counts['found']:4} / {counts['labelled']}")

    print(f"\ndredge misses ({len(missed)})")
    for repository, (path, line), label in missed:
        print(f"  {repository}  {path}:{line}  {label['kind']}  {label['reason']}")

    print(f"\ndredge high/medium occurrences on unlabelled lines ({len(extra)})")
    for repository, (path, line), f in extra:
        print(f"  {repository}  {path}:{line}  {f['rule']}  {f['confidence']}  {tool_reports.cut(f['secret'])}")


if __name__ == "__main__":
    main()
