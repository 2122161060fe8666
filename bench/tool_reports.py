"""Reads the JSON reports of dredge and the three peers (Kingfisher, Betterleaks, CredSweeper) into one shape, for the
benchmarks that compare them (precision/precision.py, detection/differential.py). Peers are black boxes: only their
output is read."""
import json
import os


def load(path):
    """The parsed JSON file, or None when it is missing or unreadable (a tool that did not run)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def cut(secret):
    """A secret as the reports print it: its first and last four characters, nothing of one of ten or fewer."""
    secret = (secret or "").replace("\n", " ")
    return secret[:4] + "\u2026" + secret[-4:] if len(secret) > 10 else "\u2026" * len(secret)


def strip_root(path, label):
    """A peer's path relative to the repository it scanned (CredSweeper and Kingfisher print where they read it)."""
    for marker in (f"/{label}/", label.split("/")[-1] + "/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def rows(tool, directory, label):
    """Every finding `tool` wrote to DIRECTORY/TOOL.json, in its order, as dicts with rule, secret, path, line and
    the tool's own confidence (dredge's rows also carry file, paths, head, and encoded: the values as the blobs hold them
    of a secret decoded from them); None when the tool did not run."""
    report = load(os.path.join(directory, f"{tool}.json"))
    if report is None:
        return None
    found = []
    if tool == "dredge":
        for f in report.get("findings", []):
            o = f["occurrences"][0] if f["occurrences"] else {}
            # a finding in a commit's message has no path: it is named "@commit", as planted.py names such cases
            path = o.get("path") or ("@commit" if o.get("message") else "")
            found.append(dict(rule=f["rule"], secret=f["secret"], path=path, line=o.get("line") or 0,
                              file=f["kind"] == "file", pii=f["kind"] == "pii", severity=f.get("severity"),
                              paths={x.get("path") for x in f["occurrences"]},
                              head=bool(f.get("exposure", {}).get("tips")), confidence=f.get("confidence"),
                              encoded=sorted({x["encoded"] for x in f["occurrences"] if x.get("encoded")})))
    elif tool == "kingfisher":
        for f in report.get("findings", []):
            x = f["finding"]
            found.append(dict(rule=f["rule"]["id"], secret=x.get("snippet", ""), path=strip_root(x.get("path", ""), label),
                              line=x.get("line", 0), confidence=x.get("confidence")))
    elif tool == "betterleaks":
        for f in report.get("findings") or []:
            found.append(dict(rule=f["rule_id"], secret=f["match"].get("value") or f["match"].get("full", ""),
                              path=f["location"].get("path", ""), line=f["location"].get("start_line", 0),
                              confidence=f.get("confidence")))
    elif tool == "credsweeper":
        for f in report or []:
            d = f["line_data_list"][0] if f.get("line_data_list") else {}
            found.append(dict(rule=f["rule"], secret=d.get("value", ""), path=strip_root(d.get("path", ""), label),
                              line=d.get("line_num", 0), confidence=f.get("confidence")))
    return found


def places(tool, directory, label):
    """Every place `tool` reports in DIRECTORY/TOOL.json, one dict per occurrence (rule, secret, path, line, confidence,
    kind): dredge's findings with each of their occurrences, the peers' rows as they are (one per occurrence already).
    None when the tool did not run."""
    if tool != "dredge":
        found = rows(tool, directory, label)
        return None if found is None else [dict(r, kind=None) for r in found]
    report = load(os.path.join(directory, "dredge.json"))
    if report is None:
        return None
    return [dict(rule=f["rule"], secret=f["secret"], path=o.get("path") or ("@commit" if o.get("message") else ""),
                 line=o.get("line") or 0, confidence=f.get("confidence"), kind=f["kind"])
            for f in report.get("findings", []) for o in f["occurrences"]]
