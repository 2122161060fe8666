"""Reported mutants split by what finds the row they were derived from (a provider rule, only by-name rules, or
nothing) and by what reports them: near misses of a format no rule knows are judged by name alone.

    python3 bench/detection/mutorigin.py OUT [ORIGIN,MUTANT]   # OUT as differential.sh --out; the pair lists its rows
"""
import json, sys, collections
out = sys.argv[1]
man = json.load(open(out + "/planted/manifest.json"))
rep = json.load(open(out + "/reports/planted/corpus/dredge.json"))["findings"]
at = collections.defaultdict(set)
for f in rep:
    for o in f["occurrences"]:
        at[(o["path"], o["line"])].add(f["rule"])
byname = lambda r: r.startswith(("generic.", "env-file.", "weak.", "password.", "terraform.provider"))
case = {m["case"]: m for m in man}
split = collections.Counter(); rows = collections.defaultdict(list)
for m in man:
    if not m.get("mutation"): continue
    hits = at.get((m["path"], m["line"]), set())
    if not hits: continue
    o = case.get(m["reference"]); orules = at.get((o["path"], o["line"]), set()) if o else set()
    ok = "provider" if any(not byname(r) for r in orules) else ("by-name" if orules else "unfound")
    mk = "provider" if any(not byname(r) for r in hits) else "by-name"
    split[(ok, mk)] += 1; rows[(ok, mk)].append((m["mutation"], m["case"], ",".join(sorted(hits))))
for k, v in sorted(split.items()): print(k, v)
if len(sys.argv) > 2:
    for r in rows[tuple(sys.argv[2].split(","))]: print(*r, sep="\t")
