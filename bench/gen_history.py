#!/usr/bin/env python3
"""Write a `git fast-import` stream of a synthetic, realistic history to stdout.

Standard library only, deterministic for a given --seed. See bench/README.md.

Model: a few hundred source-like text files (Python, JS, Go, Swift, Markdown, YAML, JSON) of 5-80 KB in a
directory tree. Each commit edits a few lines (changes, inserts, deletes) in 1-3 files, so most of the history is
the same lines again. Now and then a file is added, renamed or deleted. Feature branches claim a few files, work on
them and are merged back (most) or abandoned; release branches fork from main at release tags and get fixes.
A few dozen synthetic secrets are planted along the way, about half removed again later; they are listed in the
--secrets file (commit marks, resolved to ids by --resolve-marks after the import).

The total size of all blob versions is steered towards --target-bytes: when the history runs behind schedule,
commits touch more and larger files; when ahead, fewer and smaller ones.
"""
import argparse
import base64
import os
import random
import sys
import zlib

WORDS = """
account action active adapter address agent alert alias allocation analytics anchor archive area argument array
asset attempt attribute audit backend backoff balance banner batch binding block body bookmark bound branch bucket
buffer build bundle button cache callback campaign candidate capacity card cart catalog category channel chart
check checkout chunk claim client cluster code collection column command comment commit component condition config
connection consumer container content context contract controller cookie counter coupon course cursor customer
dashboard database dataset deadline decoder default delivery deployment descriptor device digest dimension
directory discount dispatch document domain draft driver duration element employee encoder endpoint entity entry
envelope error event exception export extension factory feature feed field filter fixture flag folder format frame
gateway generator graph group handler header health history hook host identity image import index input instance
interval inventory invoice issue item job journal kernel label layer layout ledger level limit line link listener
loader locale location lock logger manifest mapping marker matrix media member menu message metric migration mode
model module monitor node notice number object offset option order origin output owner package page panel parser
partition patch path payload payment peer period permission pipeline plan plugin policy pool port position preview
price printer priority process product profile project promise property provider proxy publisher query queue quota
range rate reader receipt record region registry release report request resolver resource response result retry
review role route rule runner sample schedule schema scope score screen script section segment selector sequence
server service session setting shape shard shipment signal snapshot socket source span stage state status step
storage store stream style subject summary supplier switch table target task template tenant theme thread ticket
timer token topic total trace tracker transaction transfer tree trigger type unit update upload usage user value
variant vendor version view visitor volume warehouse watcher widget window worker workflow zone
""".split()
VERBS = """
add apply build cache check clean close collect compute configure convert copy count create decode delete describe
detect dispatch emit encode ensure evaluate expand export extract fetch filter find flush format generate get group
handle hash index init insert invoke join list load lookup map mark merge migrate normalize notify open parse patch
poll prepare process publish push query read record refresh register reload remove render replace reset resolve
restore retry run save scan schedule select send serialize set sort split start stop store submit sync track
transform trim unwrap update upload validate verify visit wait watch wrap write
""".split()
AUTHORS = [
    ("Ada Moreau", "ada.moreau@example.com", "+0100"),
    ("Bilal Haddad", "bilal@example.com", "+0200"),
    ("Chen Wei", "chen.wei@example.com", "+0800"),
    ("Dana Kowalski", "dana.k@example.com", "+0100"),
    ("Emeka Obi", "emeka.obi@example.com", "+0000"),
    ("Freya Lindqvist", "freya@example.com", "+0100"),
    ("Gabriel Souza", "gsouza@example.com", "-0300"),
    ("Hana Sato", "hana.sato@example.com", "+0900"),
    ("Isaac Levin", "ilevin@example.com", "-0500"),
    ("Jo Park", "jo.park@example.com", "-0800"),
]
START_EPOCH = 1393632000  # 2014-03-01 00:00:00 UTC
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def cap(word):
    return word[:1].upper() + word[1:]


class Text:
    """Line generators for each kind of file; every line is bytes without its newline."""

    def __init__(self, rng):
        self.r = rng

    def w(self):
        return self.r.choice(WORDS)

    def v(self):
        return self.r.choice(VERBS)

    def n(self):
        r = self.r.random()
        return str(self.r.randrange(10)) if r < 0.4 else str(self.r.randrange(10, 1000)) if r < 0.8 else str(self.r.randrange(1000, 100000))

    def sentence(self, lo=4, hi=12):
        r = self.r
        words = [r.choice(WORDS) if r.random() < 0.7 else r.choice(VERBS) for _ in range(r.randint(lo, hi))]
        return " ".join(words)

    # -- one body line, at a given indentation ------------------------------------------------------------------
    def body(self, lang, indent):
        r, w, v, n = self.r, self.w, self.v, self.n
        k = r.random()
        if lang == "py":
            opts = (
                lambda: f"{w()} = self.{w()}.{v()}({w()}, {w()}={n()})",
                lambda: f"if {w()} is None:",
                lambda: f"    return {w()}_{w()}",
                lambda: f"# {self.sentence()}",
                lambda: f"for {w()} in self.{w()}s:",
                lambda: f'logger.debug("{self.sentence(3, 7)}: %s", {w()})',
                lambda: f"result[\"{w()}\"] = {v()}_{w()}({w()}, timeout={n()})",
                lambda: f"self._{w()} = {w()} or {{}}",
                lambda: f"{w()}_{w()} += len({w()}) * {n()}",
                lambda: f"raise {cap(w())}Error(\"{self.sentence(3, 6)}\")",
            )
        elif lang == "js":
            opts = (
                lambda: f"const {w()}{cap(w())} = await {w()}.{v()}({w()}, {n()});",
                lambda: f"if (!{w()}) {{ return {w()}; }}",
                lambda: f"// {self.sentence()}",
                lambda: f"{w()}.{v()}({{ {w()}: {n()}, {w()}: '{w()}' }});",
                lambda: f"let {w()} = {w()}.filter(({w()}) => {w()}.{w()} > {n()});",
                lambda: f"this.{w()} = {w()} ?? {n()};",
                lambda: f"throw new Error(`{self.sentence(3, 6)}: ${{{w()}}}`);",
                lambda: f"return {{ ...{w()}, {w()}: {w()}.{v()}() }};",
                lambda: f"console.warn('{self.sentence(3, 7)}', {w()});",
                lambda: f"{w()}Count += {w()}.length;",
            )
        elif lang == "go":
            opts = (
                lambda: f"{w()}, err := {w()}.{cap(v())}{cap(w())}(ctx, {w()})",
                lambda: "if err != nil {",
                lambda: f"\treturn fmt.Errorf(\"{self.sentence(2, 5)}: %w\", err)",
                lambda: "}",
                lambda: f"// {cap(self.sentence())}.",
                lambda: f"for _, {w()} := range {w()}s {{",
                lambda: f"{w()}.{cap(w())} = append({w()}.{cap(w())}, {w()})",
                lambda: f"log.Printf(\"{self.sentence(3, 6)} %d\", {n()})",
                lambda: f"{w()} := make(map[string]{cap(w())}, {n()})",
                lambda: f"defer {w()}.{cap(v())}()",
            )
        elif lang == "swift":
            opts = (
                lambda: f"let {w()} = try {w()}.{v()}({w()}: {w()}, {w()}: {n()})",
                lambda: f"guard let {w()} = {w()}?.{w()} else {{ return nil }}",
                lambda: f"// {self.sentence()}",
                lambda: f"var {w()}{cap(w())}: [{cap(w())}] = []",
                lambda: f"for {w()} in {w()}s where {w()}.is{cap(w())} {{",
                lambda: "}",
                lambda: f"{w()}.{v()}({cap(w())}(rawValue: {n()}))",
                lambda: f"self.{w()} = {w()}.map {{ $0.{w()} }}",
                lambda: f"throw {cap(w())}Error.{w()}(\"{self.sentence(2, 5)}\")",
                lambda: f"return {w()}.count > {n()}",
            )
        elif lang == "md":
            opts = (
                lambda: cap(self.sentence(8, 20)) + ".",
                lambda: f"- {cap(self.sentence(3, 9))}",
                lambda: cap(self.sentence(6, 14)) + f" (see `{w()}.{v()}`).",
                lambda: "",
                lambda: f"| `{w()}` | {self.sentence(2, 6)} | {n()} |",
            )
        elif lang == "yaml":
            opts = (
                lambda: f"{w()}: {n()}",
                lambda: f"{w()}_{w()}: \"{w()}-{w()}\"",
                lambda: f"- name: {w()}-{w()}",
                lambda: f"  {w()}: {r.choice(('true', 'false'))}",
                lambda: f"# {self.sentence()}",
                lambda: f"{w()}: [{w()}, {w()}, {w()}]",
            )
        else:  # json-ish
            opts = (
                lambda: f"\"{w()}\": {n()},",
                lambda: f"\"{w()}_{w()}\": \"{w()}\",",
                lambda: f"\"{w()}\": [{n()}, {n()}, {n()}],",
                lambda: f"\"{w()}\": {r.choice(('true', 'false', 'null'))},",
                lambda: f"\"description\": \"{self.sentence(4, 10)}\",",
            )
        return (indent + opts[int(k * len(opts))]()).encode()

    # -- a block (function, section, ...) --------------------------------------------------------------------
    def block(self, lang):
        r, w, v = self.r, self.w, self.v
        m = r.randint(3, 14)
        if lang == "py":
            head = [f"    def {v()}_{w()}(self, {w()}, {w()}=None):", f'        """{cap(self.sentence(4, 10))}."""']
            return [x.encode() for x in head] + [self.body(lang, "        ") for _ in range(m)] + [b""]
        if lang == "js":
            head = f"export async function {v()}{cap(w())}({w()}, {w()} = {{}}) {{"
            return [head.encode()] + [self.body(lang, "  ") for _ in range(m)] + [b"}", b""]
        if lang == "go":
            head = [f"// {cap(v())}{cap(w())} {self.sentence(4, 9)}.",
                    f"func ({w()[0]} *{cap(w())}) {cap(v())}{cap(w())}(ctx context.Context, {w()} string) error {{"]
            return [x.encode() for x in head] + [self.body(lang, "\t") for _ in range(m)] + [b"\treturn nil", b"}", b""]
        if lang == "swift":
            head = [f"    /// {cap(self.sentence(4, 10))}.",
                    f"    public func {v()}{cap(w())}(_ {w()}: {cap(w())}) throws -> {cap(w())}? {{"]
            return [x.encode() for x in head] + [self.body(lang, "        ") for _ in range(m)] + [b"    }", b""]
        if lang == "md":
            return [f"## {cap(self.sentence(2, 6))}".encode(), b""] + [self.body(lang, "") for _ in range(m)] + [b""]
        if lang == "yaml":
            return [f"{w()}:".encode()] + [self.body(lang, "  ") for _ in range(m)]
        return [f"  \"{w()}\": {{".encode()] + [self.body(lang, "    ") for _ in range(m)] + [b"    \"end\": 0", b"  },"]

    def header(self, lang, name):
        r, w = self.r, self.w
        if lang == "py":
            h = [f'"""{cap(self.sentence(4, 10))}."""', "import logging", f"from .{w()} import {cap(w())}, {cap(w())}",
                 "", "logger = logging.getLogger(__name__)", "", "", f"class {cap(w())}{cap(w())}({cap(w())}):"]
        elif lang == "js":
            h = [f"import {{ {w()}, {w()} }} from './{w()}';", f"import {cap(w())} from '../{w()}/{w()}';", ""]
        elif lang == "go":
            h = [f"package {name}", "", "import (", '\t"context"', '\t"fmt"', '\t"log"', ")", ""]
        elif lang == "swift":
            h = ["import Foundation", "", f"public struct {cap(w())}{cap(w())} {{"]
        elif lang == "md":
            h = [f"# {cap(self.sentence(2, 5))}", "", cap(self.sentence(10, 20)) + ".", ""]
        elif lang == "yaml":
            h = [f"# {self.sentence()}", f"version: {r.randint(1, 3)}"]
        else:
            h = ["{"]
        return [x.encode() for x in h]

    def footer(self, lang):
        return {"swift": [b"}"], "json": [b"  \"end\": true", b"}"]}.get(lang, [])

    def file(self, lang, name, size):
        lines = self.header(lang, name)
        total = sum(len(x) + 1 for x in lines)
        while total < size:
            blk = self.block(lang)
            lines += blk
            total += sum(len(x) + 1 for x in blk)
        return lines + self.footer(lang)


EXT = {"py": ".py", "js": ".js", "go": ".go", "swift": ".swift", "md": ".md", "yaml": ".yaml", "json": ".json"}
LANG_OF = {v: k for k, v in EXT.items()}
LANG_OF[".yml"] = "yaml"


def lang_of(path):
    return LANG_OF.get(os.path.splitext(path)[1], "")


class Branch:
    def __init__(self, name, kind, files, head, born):
        self.name, self.kind, self.files, self.head, self.born = name, kind, files, head, born
        self.paths = list(files)  # hot files first
        self.claims = set()
        self.commits = 0
        self.bytes = 0
        self.quota = 0


class Gen:
    def __init__(self, args):
        self.a = args
        self.r = random.Random(args.seed)
        self.t = Text(random.Random(args.seed + 1))
        self.out = os.fdopen(sys.stdout.fileno(), "wb", buffering=1 << 20)
        self.mark = 0
        self.commits = 0
        self.clock = START_EPOCH
        self.emitted = 0
        self.protected = set()
        self.frozen = set()
        self.secrets = []
        self.removals = {}  # commit index -> [secret record]
        self.deleted_refs = []
        self.names = set()
        self.tags = 0
        self.version = [1, 0, 0]
        self.dirs = self.make_dirs()

    # -- layout ------------------------------------------------------------------------------------------------
    def make_dirs(self):
        r, w = self.r, lambda: self.r.choice(WORDS)
        dirs = []
        for _ in range(6):
            pkg = w()
            dirs += [("py", f"src/{pkg}"), ("py", f"src/{pkg}/{w()}"), ("py", f"tests/{pkg}")]
        for sub in ("components", "lib", "pages", "hooks", "store"):
            dirs.append(("js", f"web/src/{sub}"))
        for _ in range(4):
            svc = w()
            dirs += [("go", f"services/{svc}/internal/{w()}"), ("go", f"services/{svc}/internal/{w()}"), ("go", f"services/{svc}/cmd/{svc}")]
        for _ in range(3):
            dirs.append(("swift", f"ios/Sources/{cap(w())}Kit"))
        dirs += [("md", "docs"), ("md", "docs/guides"), ("md", "docs/adr"), ("yaml", "deploy/staging"),
                 ("yaml", "deploy/production"), ("yaml", "config"), ("yaml", ".github/workflows"),
                 ("json", "data/fixtures"), ("json", "schemas")]
        return dirs

    def new_path(self):
        r = self.r
        weights = {"py": 30, "js": 20, "go": 20, "swift": 12, "md": 8, "yaml": 6, "json": 4}
        lang = r.choices(list(weights), list(weights.values()))[0]
        d = r.choice([d for l, d in self.dirs if l == lang])
        while True:
            a, b = r.choice(WORDS), r.choice(WORDS)
            stem = {"py": f"{a}_{b}", "js": f"{a}{cap(b)}", "go": f"{a}_{b}", "swift": f"{cap(a)}{cap(b)}",
                    "md": f"{a}-{b}", "yaml": f"{a}-{b}", "json": f"{a}_{b}"}[lang]
            ext = ".yml" if d == ".github/workflows" else EXT[lang]
            p = f"{d}/{stem}{ext}"
            if p not in self.names:
                self.names.add(p)
                return p, lang

    def renamed(self, path):
        """A new name for a file: same kind, same or another directory of that kind."""
        r = self.r
        d, base = os.path.split(path)
        lang, ext = lang_of(path), os.path.splitext(path)[1]
        if r.random() < 0.4:
            d = r.choice([x for l, x in self.dirs if l == lang] or [d])
        while True:
            a, b = r.choice(WORDS), r.choice(WORDS)
            stem = {"js": f"{a}{cap(b)}", "swift": f"{cap(a)}{cap(b)}", "md": f"{a}-{b}", "yaml": f"{a}-{b}"}.get(lang, f"{a}_{b}")
            q = f"{d}/{stem}{ext}"
            if q not in self.names:
                self.names.add(q)
                return q

    def new_size(self):
        return int(5000 * 16 ** self.r.random())  # log-uniform 5-80 KB

    # -- stream ------------------------------------------------------------------------------------------------
    def w(self, b):
        self.out.write(b)

    def data(self, payload):
        self.w(b"data %d\n" % len(payload))
        self.w(payload)
        self.w(b"\n")

    def begin_commit(self, br, message, parents=()):
        self.mark += 1
        self.commits += 1
        self.clock += int(self.r.expovariate(1 / 2400)) + 60
        name, email, tz = self.r.choice(AUTHORS)
        who = f"{name} <{email}> {self.clock} {tz}\n".encode()
        self.w(b"commit refs/heads/%s\nmark :%d\nauthor %scommitter %s" % (br.name.encode(), self.mark, who, who))
        self.data(message.encode() + b"\n")
        if br.head:
            self.w(b"from :%d\n" % br.head)
        for p in parents:
            self.w(b"merge :%d\n" % p)
        br.head = self.mark
        br.commits += 1
        self.current = br
        return self.mark

    def put(self, path, lines, count=True):
        content = b"\n".join(lines) + b"\n"
        if count:
            self.emitted += len(content)
            self.current.bytes += len(content)
        self.w(b"M 100644 inline %s\n" % path.encode())
        self.data(content)

    # -- edits -------------------------------------------------------------------------------------------------
    def edit(self, lines, lang):
        """1-3 hunks of changed, inserted or deleted lines; keeps the file within 5-80 KB."""
        r, t = self.r, self.t
        size = sum(len(x) + 1 for x in lines) if len(lines) < 40 else None
        for _ in range(r.choice((1, 1, 1, 2, 2, 3))):
            n = len(lines)
            i = r.randrange(max(1, n))
            k = r.random()
            if n < 10 or (size is not None and size < 5000):
                k = 0.5
            elif n > 2200:
                k = 0.9
            if k < 0.45:  # change 1-3 lines in place
                for j in range(i, min(n, i + r.randint(1, 3))):
                    old = lines[j]
                    if old in self.protected or not old.strip():
                        continue
                    indent = old[: len(old) - len(old.lstrip())].decode()
                    if r.random() < 0.5:
                        parts = old.split(b" ")
                        q = r.randrange(len(parts))
                        parts[q] = (r.choice(WORDS) if r.random() < 0.7 else t.n()).encode() + (b"," if parts[q].endswith(b",") else b"")
                        lines[j] = b" ".join(parts)
                    else:
                        lines[j] = t.body(lang, indent)
            elif k < 0.75:  # insert 1-6 lines (sometimes a whole block)
                if r.random() < 0.15:
                    lines[i:i] = t.block(lang)
                else:
                    ref = lines[i] if i < n else b""
                    indent = ref[: len(ref) - len(ref.lstrip())].decode()
                    lines[i:i] = [t.body(lang, indent) for _ in range(r.randint(1, 6))]
            else:  # delete 1-5 lines (sometimes a block's worth)
                m = r.randint(1, 5) if r.random() > 0.12 else r.randint(8, 18)
                seg = lines[i:i + m]
                if not any(x in self.protected for x in seg):
                    del lines[i:i + m]

    def pick(self, br, behind, exclude):
        r = self.r
        paths = br.paths
        best = None
        for _ in range(2):
            for _ in range(20):
                p = paths[int(len(paths) * r.random() ** 1.8)]
                if p not in exclude and p not in self.frozen and (br.kind != "main" or not self.claimed(p)):
                    break
            else:
                continue
            if best is None:
                best = p
            else:
                a, b = len(br.files[best]), len(br.files[p])
                if (behind and b > a) or (not behind and b < a):
                    best = p
        return best

    def claimed(self, path):
        return any(path in b.claims for b in self.features)

    # -- secrets -----------------------------------------------------------------------------------------------
    def secret_value(self, kind):
        r = self.r
        rnd = lambda alphabet, n: "".join(r.choice(alphabet) for _ in range(n))
        if kind == "aws":
            return "AKIA" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), rnd(B62 + "/+", 40)
        if kind == "github":
            body = rnd(B62, 30)
            crc = zlib.crc32(body.encode())
            digits = ""
            while True:
                digits = B62[crc % 62] + digits
                crc //= 62
                if crc == 0:
                    break
            return "ghp_" + body + digits.rjust(6, "0"), None
        if kind == "slack":
            return f"xoxb-{rnd('0123456789', 12)}-{rnd('0123456789', 13)}-{rnd(B62, 24)}", None
        if kind == "postgres":
            user = r.choice(("app", "billing", "reporting", "orders_rw", "svc_api"))
            host = f"{r.choice(WORDS)}-db-{r.randint(1, 9)}.internal.example.net"
            return f"postgres://{user}:{rnd(B62, 20)}@{host}:5432/{r.choice(WORDS)}", None
        if kind == "stripe":
            return "sk_live_" + rnd(B62, 24), None
        if kind == "rsa":
            raw = bytes(r.randrange(256) for _ in range(1190))
            b64 = base64.b64encode(b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + raw).decode()
            return ["-----BEGIN RSA PRIVATE KEY-----"] + [b64[i:i + 64] for i in range(0, len(b64), 64)] + ["-----END RSA PRIVATE KEY-----"], None
        raise ValueError(kind)

    def secret_lines(self, kind, lang, value, extra):
        names = {"aws": "AWS_ACCESS_KEY_ID", "github": "GITHUB_TOKEN", "slack": "SLACK_BOT_TOKEN",
                 "postgres": "DATABASE_URL", "stripe": "STRIPE_SECRET_KEY"}
        name = names[kind]
        fmt = {"py": '{ind}{n} = "{v}"', "js": '{ind}const {n} = "{v}";', "go": '{ind}{c} := "{v}"',
               "swift": '{ind}let {c} = "{v}"', "md": "{ind}    export {n}={v}", "yaml": "{ind}{l}: {v}",
               "json": '{ind}"{l}": "{v}",'}[lang]
        camel = "".join(cap(x.lower()) for x in name.split("_"))
        camel = camel[0].lower() + camel[1:]
        out = [fmt.format(ind="", n=name, c=camel, l=name.lower(), v=value)]
        if extra:
            n2 = "AWS_SECRET_ACCESS_KEY"
            out.append(fmt.format(ind="", n=n2, c="awsSecretAccessKey", l=n2.lower(), v=extra))
        return [x.encode() for x in out]

    def plant(self, br, idx):
        """Plant one secret in this commit; returns the record (its lines are protected from random edits)."""
        r = self.r
        kind = r.choice(("aws", "aws", "github", "github", "slack", "postgres", "postgres", "stripe", "rsa", "rsa"))
        value, extra = self.secret_value(kind)
        remove_at = None
        if len(self.secrets) % 2 == 1:  # every other one is removed again later
            remove_at = idx + 1 + int(r.expovariate(1 / max(20, self.a.commits / 50)))
        if kind == "rsa" or (br.kind == "main" and r.random() < 0.15):
            # a file of its own: a key, or a .env
            if kind == "rsa":
                d = r.choice(("deploy/keys", "config/ssl", "ops/secrets"))
                path = f"{d}/{r.choice(WORDS)}-{r.choice(('prod', 'staging', 'ci', 'deploy'))}.pem"
                lines = [x.encode() for x in value]
                secret = "\\n".join(value)
            else:
                path = f"{r.choice(('config', 'deploy/staging', 'services'))}/.env.{r.choice(('production', 'local', 'ci'))}"
                lines = [f"{k.upper()}_{r.choice(WORDS).upper()}={r.randint(1, 99)}".encode() for k in ("app", "log")]
                lines += [f"{n}={v}".encode() for n, v in ((("AWS_ACCESS_KEY_ID" if kind == "aws" else "SECRET"), value),)]
                if extra:
                    lines.append(f"AWS_SECRET_ACCESS_KEY={extra}".encode())
                secret = value
            if path in br.files or path in self.names:
                return None
            self.names.add(path)
            self.frozen.add(path)
            br.files[path] = lines
            br.paths.append(path)
            if br.kind == "feature":
                br.claims.add(path)
            rec = {"kind": kind, "branch": br.name, "path": path, "mark": None, "removed": None, "secret": secret,
                   "lines": None, "file": True, "remove_at": remove_at}
        else:
            candidates = [p for p in (br.claims if br.kind == "feature" else br.paths)
                          if p not in self.frozen and lang_of(p) and not (br.kind == "main" and self.claimed(p))]
            if not candidates:
                return None
            path = r.choice(sorted(candidates))
            lang = lang_of(path)
            lines = self.secret_lines(kind, lang, value, extra)
            f = br.files[path]
            i = r.randrange(len(f))
            f[i:i] = lines
            self.protected.update(lines)
            secret = value
            rec = {"kind": kind, "branch": br.name, "path": path, "mark": None, "removed": None, "secret": secret,
                   "lines": lines, "file": False, "remove_at": remove_at}
        if extra:
            rec["secret"] = f"{value} {extra}"
        self.secrets.append(rec)
        if remove_at is not None:
            self.removals.setdefault(remove_at, []).append(rec)
        return rec

    def unplant(self, rec):
        """Remove a planted secret from whichever live branch holds it now; returns (branch, [paths changed])."""
        live = {b.name: b for b in self.live_branches()}
        br = live.get(rec["branch"]) or self.main
        if rec["file"]:
            if rec["path"] in br.files and (br.kind != "main" or not self.claimed(rec["path"])):
                return br, [rec["path"]], True
            return br, [], False
        for p, f in br.files.items():
            if rec["lines"][0] in f and (br.kind != "main" or not self.claimed(p)):
                for x in rec["lines"]:
                    if x in f:
                        f.remove(x)
                return br, [p], False
        return br, [], False

    # -- branches ------------------------------------------------------------------------------------------------
    def live_branches(self):
        return [self.main] + self.features + self.releases

    def fresh_name(self, prefix):
        base = f"{prefix}/{self.r.choice(WORDS)}-{self.r.choice(WORDS)}"
        name, k = base, 2
        while name in self.branch_names:
            name, k = f"{base}-{k}", k + 1
        self.branch_names.add(name)
        return name

    def start_feature(self):
        m = self.main
        claims = set()
        for _ in range(self.r.randint(2, 4)):
            p = self.pick(m, self.r.random() < 0.5, claims)
            if p:
                claims.add(p)
        if not claims:
            return
        br = Branch(self.fresh_name("feature"), "feature", {p: list(m.files[p]) for p in sorted(claims)}, m.head, self.commits)
        br.claims = claims
        br.quota = self.r.randint(3, 40)
        self.features.append(br)

    def finish_feature(self, br):
        self.features.remove(br)
        if self.r.random() < 0.8:
            m = self.main
            self.begin_commit(m, f"Merge branch '{br.name}'", (br.head,))
            for p in sorted(br.claims):
                if p not in m.files:
                    m.paths.insert(self.r.randrange(len(m.paths) + 1), p)
                if m.files.get(p) != br.files[p]:
                    self.put(p, br.files[p], count=False)
                m.files[p] = br.files[p]
            self.deleted_refs.append(br.name)
        elif not any(rec["branch"] == br.name for rec in self.secrets):
            # abandoned; only the last few stay (one that holds a planted secret always stays)
            self.abandoned.append((br.name, br.commits, br.bytes))
            if len(self.abandoned) > 4:
                gone = self.abandoned.pop(0)
                self.deleted_refs.append(gone[0])
                self.lost += gone[1]  # unreachable now: the next repack drops them, so make up for them
                self.lost_bytes += gone[2]

    def tag(self, br, name, message):
        self.tags += 1
        n, e, tz = AUTHORS[0]
        if self.tags % 4 == 0:  # lightweight
            self.w(b"reset refs/tags/%s\nfrom :%d\n\n" % (name.encode(), br.head))
            return
        self.w(b"tag %s\nfrom :%d\ntagger %s <%s> %d %s\n" % (name.encode(), br.head, n.encode(), e.encode(), self.clock, tz.encode()))
        self.data(message.encode() + b"\n")

    # -- the history -----------------------------------------------------------------------------------------------
    def run(self):
        a, r, t = self.a, self.r, self.t
        self.features, self.releases, self.abandoned = [], [], []
        self.branch_names = {"main"}
        files = {}
        for _ in range(a.files):
            p, lang = self.new_path()
            files[p] = t.file(lang, os.path.basename(os.path.dirname(p)).replace("-", "_"), self.new_size())
        self.main = m = Branch("main", "main", files, None, 0)
        r.shuffle(m.paths)
        self.begin_commit(m, "Initial import")
        for p in sorted(files):
            self.put(p, files[p])
        initial = self.emitted
        per_commit = max(1.0, (a.target_bytes - initial) / max(1, a.commits - 1))
        plant_at = set(r.sample(range(max(2, a.commits // 20), max(3, a.commits * 19 // 20)), min(a.secrets_count, max(1, a.commits // 20))))
        tag_every = max(150, a.commits // 40)
        feature_rate = 1 / max(60, min(300, a.commits / 40))
        next_tag = tag_every

        self.lost = self.lost_bytes = 0
        while self.commits - self.lost < a.commits:
            idx = self.commits
            behind = self.emitted - self.lost_bytes < initial + per_commit * (idx - self.lost)
            # which branch
            x = r.random()
            if self.features and x < 0.17:
                br = r.choice(self.features)
            elif self.releases and 0.5 < x < 0.52:
                br = r.choice(self.releases)
            else:
                br = m
            if br.kind == "feature" and br.commits >= br.quota:
                self.finish_feature(br)
                continue
            changed = {}
            msg = f"{cap(r.choice(VERBS))} {r.choice(WORDS)} {r.choice(WORDS)}" + (f" ({r.choice(WORDS)})" if r.random() < 0.3 else "")
            deletes, renames = [], []
            # structural changes, main only
            if br.kind == "main" and r.random() < 1 / 300:
                p, lang = self.new_path()
                m.files[p] = t.file(lang, os.path.basename(os.path.dirname(p)).replace("-", "_"), self.new_size())
                m.paths.insert(r.randrange(len(m.paths) + 1), p)
                changed[p] = True
                msg = f"Add {os.path.basename(p)}"
            elif br.kind == "main" and r.random() < 1 / 900 and len(m.paths) > a.files // 2:
                p = self.pick(m, False, set())
                if p and not any(x in self.protected for x in m.files[p]) and not any(p in b.files for b in self.features):
                    del m.files[p]
                    m.paths.remove(p)
                    deletes.append(p)
                    msg = f"Remove {os.path.basename(p)}"
            elif br.kind == "main" and r.random() < 1 / 500:
                p = self.pick(m, False, set())
                if p and not any(p in b.files for b in self.features):
                    q = self.renamed(p)
                    m.files[q] = m.files.pop(p)
                    m.paths[m.paths.index(p)] = q
                    renames.append((p, q))
                    msg = f"Rename {os.path.basename(p)} to {os.path.basename(q)}"
            # planted secrets and their removal
            planted = removed = None
            if idx in plant_at:
                planted = self.plant(br, idx)
                if planted:
                    changed[planted["path"]] = True
                    msg = r.choice(("Add deploy configuration", "Wire up credentials for staging", "Quick fix for CI",
                                    f"Configure {r.choice(WORDS)} client", "WIP"))
            due = self.removals.pop(idx, [])
            if planted or len(due) > 1:
                self.removals.setdefault(idx + 1, []).extend(due[1:] if not planted else due)
                due = [] if planted else due[:1]
            for rec in due:
                rb, paths, whole = self.unplant(rec)
                if paths:
                    rec["removing"] = (rb, paths, whole)
                    removed = rec
                    br = rb
                elif rec.setdefault("tries", 0) < 5:  # claimed by a feature branch just now: later
                    rec["tries"] += 1
                    self.removals.setdefault(idx + 50, []).append(rec)
            # ordinary edits
            if removed:
                rb, paths, whole = removed.pop("removing")
                msg = r.choice(("Remove leaked credentials", "Move secrets to the vault", "Use environment for tokens"))
                for p in paths:
                    if whole:
                        del rb.files[p]
                        rb.paths.remove(p)
                        rb.claims.discard(p)
                        deletes.append(p)
                    else:
                        changed[p] = True
            if br.kind == "feature" and not changed:
                for p in r.sample(sorted(br.claims - self.frozen), min(len(br.claims - self.frozen), r.choice((1, 1, 2)))):
                    self.edit(br.files[p], lang_of(p))
                    changed[p] = True
            elif not changed or r.random() < 0.3:
                k = r.choices((1, 2, 3), (0.2, 0.4, 0.4) if behind else (0.7, 0.25, 0.05))[0]
                for _ in range(k):
                    p = self.pick(br, behind, changed)
                    if p:
                        self.edit(br.files[p], lang_of(p))
                        changed[p] = True
            if not changed and not deletes and not renames:
                continue
            mk = self.begin_commit(br, msg)
            if planted:
                planted["mark"] = mk
            if removed:
                removed["removed"] = mk
            for p, q in renames:
                self.w(b"R %s %s\n" % (p.encode(), q.encode()))
            for p in deletes:
                self.w(b"D %s\n" % p.encode())
            for p in changed:
                if p in br.files:
                    self.put(p, br.files[p])
            self.w(b"\n")

            # branch life-cycle, tags
            if br.kind == "main":
                if len(self.features) < 3 and r.random() < feature_rate:
                    self.start_feature()
                if self.commits >= next_tag:
                    next_tag += tag_every
                    v = self.version
                    v[1] += 1
                    v[2] = 0
                    if v[1] == 10:
                        v[0], v[1] = v[0] + 1, 0
                    name = f"v{v[0]}.{v[1]}.0"
                    self.tag(m, name, f"Release {name}")
                    if r.random() < 0.5:
                        rel = Branch(f"release/{v[0]}.{v[1]}", "release", {p: list(f) for p, f in m.files.items()}, m.head, self.commits)
                        rel.paths = list(m.paths)
                        rel.version = [v[0], v[1], 0]
                        self.branch_names.add(rel.name)
                        self.releases.append(rel)
                        if len(self.releases) > 2:
                            self.releases.pop(0)  # stops getting fixes, ref stays
            elif br.kind == "release" and br.commits % 25 == 0:
                br.version[2] += 1
                self.tag(br, "v%d.%d.%d" % tuple(br.version), "Patch release")
        self.out.flush()

        sec = open(a.secrets, "w")
        sec.write("kind\tbranch\tpath\tintroduced\tremoved\tsecret\n")
        for rec in self.secrets:
            if rec["mark"] is None:
                continue
            removed = f":{rec['removed']}" if rec["removed"] else "-"
            sec.write(f"{rec['kind']}\t{rec['branch']}\t{rec['path']}\t:{rec['mark']}\t{removed}\t{rec['secret']}\n")
        sec.close()
        if a.deleted_refs:
            with open(a.deleted_refs, "w") as f:
                for name in self.deleted_refs:
                    f.write(f"delete refs/heads/{name}\n")
        sys.stderr.write(f"generator: {self.commits} commits ({self.lost} on deleted branches), "
                         f"{self.emitted} bytes of new blob content ({self.lost_bytes} on deleted branches), "
                         f"{len([s for s in self.secrets if s['mark']])} secrets planted\n")


def resolve(secrets, marks):
    ids = {}
    with open(marks) as f:
        for line in f:
            mk, oid = line.split()
            ids[mk] = oid
    with open(secrets) as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    with open(secrets, "w") as f:
        for i, row in enumerate(rows):
            if i:
                row[3] = ids.get(row[3], row[3])
                row[4] = ids.get(row[4], row[4])
            f.write("\t".join(row) + "\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--commits", type=int, default=100000)
    p.add_argument("--target-bytes", type=int, default=4_000_000_000)
    p.add_argument("--files", type=int, default=320, help="files in the first commit")
    p.add_argument("--secrets-count", type=int, default=40)
    p.add_argument("--seed", type=int, default=20261121)
    p.add_argument("--secrets", default="planted-secrets.tsv", help="where to list the planted secrets")
    p.add_argument("--deleted-refs", help="where to write update-ref commands for merged/old branches")
    p.add_argument("--resolve-marks", metavar="MARKS", help="rewrite --secrets, replacing :marks by commit ids, and exit")
    a = p.parse_args()
    if a.resolve_marks:
        resolve(a.secrets, a.resolve_marks)
        return
    Gen(a).run()

if __name__ == "__main__":
    main()
