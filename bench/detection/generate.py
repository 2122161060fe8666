#!/usr/bin/env python3
"""Build a git repository with planted credentials (positives) and look-alikes (decoys), plus its ground truth.

    generate.py REPO [--seed N] [--rules DIR] [--manifest PATH] [--commits N]

Every built-in rule (patterns/rules/**/*.yml) gets at least two positives. Each is one of the rule's examples with
its secret replaced by a fresh value of the same shape: characters are redrawn from the same class (digit, lower,
upper; hex stays hex; punctuation, the fixed prefix, keywords and PEM/crypt structure are kept), checksums and
structures are recomputed (CRC-32/base62, Luhn, IBAN, JWT/base64-JSON segments), and weak-password examples are
reused as they are. The text goes into a file of a realistic type, round-robin, between lines of ordinary content.
Decoys are values a scanner must not report: placeholders, lock-file digests, commit ids, UUIDs, base64 of prose,
minified JavaScript, CSS/SVG data, numeric ids, versions, colours, public keys, documented sample keys and fixtures
labelled EXAMPLE. Nothing is taken from another scanner: every value is drawn here from the seeded generator.

The history has about --commits commits with pinned authors and dates (the same seed gives the same commit ids);
about a third of the positive files are deleted in later commits. The manifest (JSON, written next to the repository,
never inside it) lists every positive and decoy with its path, lines and introducing commit.
"""
from __future__ import annotations

import argparse
import base64
import json
import math
import os
import random
import re
import shutil
import string
import subprocess
import sys
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_RULES = ROOT / "patterns" / "rules"

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX_LOWER = "0123456789abcdef"
HEX_UPPER = "0123456789ABCDEF"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

# --------------------------------------------------------------------------------------------------------------------
# The placeholder filter and entropy, as patterns/README.md documents them: a fresh secret that dredge would drop
# as a stand-in is redrawn, so that a miss is the rule's, not the generator's.

REFERENCES = ["<", ">", "${", "{{", "process.env", "getenv", "environ[", "env(", "secrets."]
STAND_INS = ["example", "xxxx", "placeholder", "your_", "your-", "yourkey", "dummy", "sample", "redacted", "****",
             "...", "\u2026", "0123456789", "1234567890", "abcdefghij"]
STAND_IN_VALUES = {"test", "testing", "todo", "tbd", "none", "null", "nil", "undefined", "empty", "string", "secret",
                   "password", "token", "value", "fake", "foo", "bar", "foobar"}


def is_placeholder(secret: str) -> bool:
    low = secret.lower()
    if any(r in low for r in REFERENCES) or any(s in low for s in STAND_INS) or low in STAND_IN_VALUES:
        return True
    if re.fullmatch(r"\$[a-z_][a-z0-9_]*", low) or re.fullmatch(r"%[a-z_][a-z0-9_]*%", low):
        return True
    data = secret.encode()
    if len(data) >= 8:
        counts = {}
        for b in data:
            counts[b] = counts.get(b, 0) + 1
        if max(counts.values()) * 2 > len(data):
            return True
    return False


def entropy(secret: str) -> float:
    data = secret.encode()
    if not data:
        return 0.0
    counts = {}
    for b in data:
        counts[b] = counts.get(b, 0) + 1
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts.values())


# --------------------------------------------------------------------------------------------------------------------
# Rules


class Rule:
    def __init__(self, raw: dict, path: Path):
        self.id = raw["id"]
        self.kind = raw.get("kind", "credential")
        self.pattern = raw.get("pattern", "")
        kw = raw.get("keywords") or []
        self.keywords = [kw] if isinstance(kw, str) else list(kw)
        self.min_entropy = float(raw.get("min_entropy", 0) or 0)
        v = raw.get("validate") or []
        self.validate = [v] if isinstance(v, str) else list(v)
        samples = [e for e in raw.get("examples") or [] if isinstance(e, dict) and "text" in e]
        # path rules (`paths:`) run only on files at matching paths; their examples may name one, and `kind: file`
        # examples may have no secret (the file itself is the finding)
        p = raw.get("paths") or []
        self.paths = [p] if isinstance(p, str) else list(p)
        self.samples = [(e["text"], e.get("secret"), e.get("path")) for e in samples]
        self.examples = [(t, s) for t, s, _ in self.samples if s]
        self.file = str(path)

    @property
    def weak(self) -> bool:
        return "weak-password" in self.validate


def load_rules(rules_dir: Path) -> list[Rule]:
    rules = []
    for path in sorted(rules_dir.rglob("*.yml")):
        try:
            # BaseLoader: every scalar stays a string, as dredge reads packs (no tag resolution).
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        except yaml.YAMLError as error:
            print(f"generate: skipping {path}: {error}", file=sys.stderr)
            continue
        for raw in (doc or {}).get("rules") or []:
            if isinstance(raw, dict) and raw.get("id") and raw.get("examples"):
                rules.append(Rule(raw, path.relative_to(ROOT) if ROOT in path.parents else path))
    seen, unique = set(), []
    for rule in rules:  # a duplicated id (a pack being edited) is planted once
        if rule.id not in seen:
            seen.add(rule.id)
            unique.append(rule)
    return unique


def literal_prefixes(pattern: str) -> list[str]:
    """The literal text each `(?<secret>` group of the pattern starts with (before any class, group or escape)."""
    extended = "(?x" in pattern
    out = []
    for m in re.finditer(r"\(\?<secret>", pattern):
        j, lit = m.end(), []
        while j < len(pattern):
            c = pattern[j]
            if extended and c.isspace():
                j += 1
                continue
            if c == "\\":
                n = pattern[j + 1] if j + 1 < len(pattern) else ""
                if n and not n.isalnum():
                    lit.append(n)
                    j += 2
                    continue
                break
            if c in "[](){}|?*+.^$":
                break
            lit.append(c)
            j += 1
        if j < len(pattern) and pattern[j] in "?*{" and lit:
            lit.pop()  # the last literal is optional or repeated
        out.append("".join(lit))
    return out


def _class_members(body: str) -> set[str] | None:
    """The characters of a simple bracket expression body (`MNO`, `A-Z0-9`); None if negated or not simple."""
    if body.startswith("^"):
        return None
    out, i = set(), 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if i + 1 < len(body) and not body[i + 1].isalnum():
                out.add(body[i + 1])
                i += 2
                continue
            return None
        if i + 2 < len(body) and body[i + 1] == "-":
            out.update(chr(k) for k in range(ord(c), ord(body[i + 2]) + 1))
            i += 3
            continue
        out.add(c)
        i += 1
    return out


def _skip_class(pattern: str, j: int) -> int:
    """Index just past the bracket expression that starts at pattern[j] == '['."""
    k = j + 1
    if k < len(pattern) and pattern[k] == "^":
        k += 1
    if k < len(pattern) and pattern[k] == "]":
        k += 1
    while k < len(pattern) and pattern[k] != "]":
        k += 2 if pattern[k] == "\\" else 1
    return k + 1


QUANTIFIER = re.compile(r"\?|\*|\+|\{\d+(?:,\d*)?\}")


def pattern_literals(pattern: str) -> set[str]:
    """Every run of two or more literal characters in a PCRE pattern (outside bracket expressions, without a
    quantified last character): the fixed parts of the format (`xoxe`, `/services/T`, `NRAL`, `.atlasv1.`)."""
    extended = "(?x" in pattern
    runs, run, j = set(), [], 0

    def flush():
        if len(run) >= 2:
            runs.add("".join(run))
        run.clear()

    while j < len(pattern):
        c = pattern[j]
        if extended and c.isspace():
            j += 1
            continue
        if extended and c == "#":
            while j < len(pattern) and pattern[j] != "\n":
                j += 1
            continue
        if c == "\\":
            n = pattern[j + 1] if j + 1 < len(pattern) else ""
            if n == "k":  # back-reference \k<name>
                flush()
                j = pattern.find(">", j) + 1 or len(pattern)
                continue
            if n and not n.isalnum():
                run.append(n)
                j += 2
            else:
                flush()
                j += 2
                continue
        elif c == "[":
            flush()
            j = _skip_class(pattern, j)
            continue
        elif c == "(":
            flush()
            m = re.match(r"\((?:\?(?:<[A-Za-z_]\w*>|P<[A-Za-z_]\w*>|<=|<!|[:=!|>]|[-imsx]+[:)]|))?", pattern[j:])
            j += m.end()
            continue
        elif c in ")|.^$":
            flush()
            j += 1
            continue
        else:
            q = QUANTIFIER.match(pattern, j)
            if q and q.end() > j:
                if run:
                    run.pop()
                flush()
                j = q.end()
                continue
            run.append(c)
            j += 1
        q = QUANTIFIER.match(pattern, j)
        if q and q.end() > j:
            if run:
                run.pop()
            flush()
            j = q.end()
    flush()
    return runs


def leading_class(pattern: str) -> set[str] | None:
    """A small bracket expression the secret must start with (Discord's `[MNO]`)."""
    m = re.search(r"\(\?<secret>(?:\(\?(?:[-imsx]*:)?)*\[", pattern)
    if not m:
        return None
    start = m.end() - 1
    end = _skip_class(pattern, start)
    members = _class_members(pattern[start + 1:end - 1])
    if not members or len(members) > 8:
        return None
    if QUANTIFIER.match(pattern, end) and QUANTIFIER.match(pattern, end).end() > end:
        return None
    return members


# --------------------------------------------------------------------------------------------------------------------
# Fresh secrets of the same shape


def common_prefix(values: list[str]) -> str:
    if len(values) < 2:
        return ""
    first = values[0]
    n = 0
    while n < len(first) and all(len(v) > n and v[n] == first[n] for v in values):
        n += 1
    return first[:n]


SEGMENT = re.compile(r"[A-Za-z][a-z0-9]{0,11}|[A-Z][A-Z0-9]{0,11}")


def separator_prefix(secret: str, strict: bool) -> int:
    """Length of a leading `word_`, `word-`, `word.` run (`glpat-`, `dp.st.prd.`, `pat-na1-`, `-pbkdf2-`) in the first
    16 characters. `strict` (free-form passwords): only lowercase words of three letters or more."""
    pos, end = 0, 0
    if secret[:1] in "-_.":
        pos = 1
    while pos < 16:
        m = re.match(r"([A-Za-z][A-Za-z0-9]{0,11})([_.\-])", secret[pos:])
        if not m:
            break
        word = m.group(1)
        if strict and not re.fullmatch(r"[a-z]{3,}[0-9]*", word):
            break
        if not (word.islower() or word.isupper() or re.fullmatch(r"[A-Z][a-z]+[0-9]*", word)):
            break  # mixed-case run: already the random part (sl.B0eKM5H_…)
        if len(word) >= 6 and re.fullmatch(r"[0-9a-f]+", word) and re.search(r"\d", word):
            break  # a hex run
        pos += m.end()
        end = pos
    return end if end <= 16 else 0


def segment_prefixes(secrets: list[str]) -> list[str] | None:
    """Over the leading segments where all examples have the same punctuation, the common prefix of each
    alphanumeric segment (Telegram's `:AA`, Slack's `xoxe.xoxp-1-`)."""
    if len(secrets) < 2:
        return None
    split = [re.split(r"([^A-Za-z0-9]+)", s) for s in secrets]
    out = []
    for k in range(0, min(len(parts) for parts in split), 2):
        cp = common_prefix([parts[k] for parts in split])
        out.append(cp if len(cp) >= 2 else "")
        if k + 1 >= min(len(parts) for parts in split) or len({parts[k + 1] for parts in split}) != 1:
            break
    return out


class Shape:
    """Per rule: which characters of a secret are fixed, and from which alphabets the others are drawn."""

    def __init__(self, rule: Rule):
        self.rule = rule
        secrets = [s for _, s in rule.examples]
        self.prefixes = [p for p in literal_prefixes(rule.pattern) if p]
        self.common = common_prefix(secrets)
        self.segments = segment_prefixes(secrets)
        self.literals = sorted(pattern_literals(rule.pattern), key=len, reverse=True)
        self.first = leading_class(rule.pattern)
        # the alphabets are judged on the characters that get redrawn
        pooled = "".join(c for s in secrets for c, k in zip(s, self.keep_mask(s)) if not k)
        digits = [c for c in pooled if c.isdigit()]
        # Base32 alphabets (AWS key ids, Azure DevOps legacy PATs): digits only ever 2-7 in the examples.
        self.base32 = len(digits) >= 6 and all(c in "234567" for c in digits)
        letters = [c for c in pooled.lower() if c.isalnum()]
        self.bech32 = len(letters) >= 40 and all(c in BECH32 for c in letters)

    def keep_mask(self, secret: str) -> list[bool]:
        n = len(secret)
        keep = [False] * n

        def keep_span(a: int, b: int) -> None:
            for i in range(max(0, a), min(n, b)):
                keep[i] = True

        low = secret.lower()
        for lit in self.literals:
            start = low.find(lit.lower())
            while start >= 0:
                keep_span(start, start + len(lit))
                start = low.find(lit.lower(), start + 1)
        for p in self.prefixes:
            if low.startswith(p.lower()):
                keep_span(0, len(p))
        if self.common:
            keep_span(0, len(self.common))
        for kw in self.rule.keywords:
            if not kw:
                continue
            start = low.find(kw.lower())
            while start >= 0:
                keep_span(start, start + len(kw))
                start = low.find(kw.lower(), start + 1)
        keep_span(0, separator_prefix(secret, self.rule.kind in ("password", "connection-string", "weak-credential")))
        if self.segments:
            parts = re.split(r"([^A-Za-z0-9]+)", secret)
            offset = 0
            for k, part in enumerate(parts[: 2 * len(self.segments)]):
                prefix = self.segments[k // 2] if k % 2 == 0 else ""
                if prefix and part.startswith(prefix):
                    keep_span(offset, offset + len(prefix))
                offset += len(part)
        # URLs (webhooks): keep scheme, host and the words of the path; redraw the user info and the ids
        m = re.match(r"([a-z][a-z0-9+.-]*://)([^/@\s]*@)?([^/?#\s]*)", secret)
        if m:
            keep_span(0, m.end(1))
            keep_span(m.start(3), m.end(3))
            for seg in re.finditer(r"(?<=/)[^/?#&=\s]+", secret[m.end():]):
                if re.fullmatch(r"[A-Z][A-Z0-9]{7,}", seg.group(0)):  # Slack-style ids: the letter is the type
                    keep_span(m.end() + seg.start(), m.end() + seg.start() + 1)
                if re.fullmatch(r"[A-Za-z]{3,}[0-9]{0,2}|v[0-9]{1,2}(?:\.[0-9])?", seg.group(0)) and \
                        (not re.search(r"[A-Z]", seg.group(0)[1:]) or re.fullmatch(r"(?:[A-Z][a-z]+)+", seg.group(0))):
                    keep_span(m.end() + seg.start(), m.end() + seg.end())
        m = re.match(r"[A-Za-z][A-Za-z0-9]{1,15} (?=\S)", secret)  # a scheme word: `Bearer …`, `FlyV1 …`
        if m:
            keep_span(0, m.end())
        # crypt(3) hashes: `$id$`, `rounds=N$`, bcrypt cost, yescrypt parameters
        m = re.match(r"\$(?:2[aby]\$\d\d\$|y\$[^$]+\$|[0-9a-z]+\$(?:rounds=\d+\$)?)", secret)
        if m:
            keep_span(0, m.end())
        for m in re.finditer(r"%[0-9A-F]{2}", secret):  # percent escapes
            keep_span(m.start(), m.end())
        for m in re.finditer(r"\\[nrt]", secret):  # escaped newlines inside a quoted PEM
            keep_span(m.start(), m.end())
        for m in re.finditer(r"(?<![A-Za-z0-9])[a-z]{3,}=(?=[^=])", secret):  # key=value inside a secret
            keep_span(m.start(), m.end())
        if "-----BEGIN" in secret or secret.startswith("PuTTY-User-Key-File"):
            self._keep_armor(secret, keep_span)
        return keep

    @staticmethod
    def _keep_armor(secret: str, keep_span) -> None:
        """PEM, PGP, OpenSSH and PuTTY blocks: keep the armour and header lines and the first 32 characters of the
        body (the ASN.1 / openssh-key-v1 / packet header that says what the key is)."""
        body_seen = False
        pos = 0
        for m in re.finditer(r"(.*?)(\\r\\n|\\n|\r\n|\n|$)", secret):
            line, start = m.group(1), m.start(1)
            if m.start() == len(secret) and not line:
                break
            stripped = line.strip().strip('"').strip()
            if stripped.startswith("-----") or re.match(r"[A-Za-z][A-Za-z0-9-]{1,40}:\s", stripped) or \
                    stripped.startswith("PuTTY-"):
                keep_span(start, m.end(1))
            elif stripped and not body_seen:
                body_seen = True
                keep_span(start, start + min(32, len(line) // 2))
            pos = m.end()
            if pos >= len(secret):
                break


def draw(rng: random.Random, alphabet: str) -> str:
    return alphabet[rng.randrange(len(alphabet))]


def mutate(secret: str, keep: list[bool], shape: Shape | None, rng: random.Random) -> str:
    """Redraw every character that is not kept from the alphabet of its class."""
    free = [c for c, k in zip(secret, keep) if not k and c.isalnum()]
    all_hex_lower = len(free) >= 8 and all(c in HEX_LOWER for c in free)
    all_hex_upper = len(free) >= 8 and all(c in HEX_UPPER for c in free)
    all_hex_mixed = len(free) >= 16 and all(c in HEX_LOWER + "ABCDEF" for c in free)
    out = list(secret)
    letters = [c for c in free if c.isalpha()]
    upper_letters = sum(c.isupper() for c in letters) * 2 > len(letters)
    uuid_chars = set()
    for m in re.finditer(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", secret):
        uuid_chars.update(range(m.start(), m.end()))
    for run in re.finditer(r"[A-Za-z0-9]+", secret):
        idx = [i for i in range(run.start(), run.end()) if not keep[i]]
        chars = [secret[i] for i in idx]
        if not chars:
            continue
        if all(c.isdigit() for c in chars):
            mode = "digits"
        elif run.start() in uuid_chars:
            mode = "hexu" if any(c in "ABCDEF" for c in chars) else "hexl"
        elif all_hex_lower or (len(chars) >= 8 and all(c in HEX_LOWER for c in chars)):
            mode = "hexl"
        elif all_hex_upper or (len(chars) >= 8 and all(c in HEX_UPPER for c in chars)):
            mode = "hexu"
        elif all_hex_mixed:
            mode = "hexm"
        else:
            mode = "class"
        for i in idx:
            c = secret[i]
            if mode == "digits":
                out[i] = draw(rng, "234567" if shape and shape.base32 else DIGITS)
            elif mode == "hexl":
                out[i] = draw(rng, HEX_LOWER)
            elif mode == "hexu":
                out[i] = draw(rng, HEX_UPPER)
            elif mode == "hexm":
                out[i] = draw(rng, "ABCDEF") if c.isupper() else draw(rng, HEX_LOWER)
            elif shape and shape.bech32:
                d = draw(rng, BECH32)
                out[i] = d.upper() if upper_letters else d
            elif c.isdigit():
                out[i] = draw(rng, "234567" if shape and shape.base32 else DIGITS)
            elif c.islower():
                out[i] = draw(rng, LOWER)
            elif c.isupper():
                out[i] = draw(rng, UPPER)
    return "".join(out)


def b64_decode(segment: str) -> tuple[bytes, str] | None:
    """Decode standard or URL-safe base64 (padding optional); returns the bytes and the alphabet used."""
    if len(segment) < 8 or not re.fullmatch(r"[A-Za-z0-9+/_-]+={0,2}", segment):
        return None
    style = "url" if re.search(r"[-_]", segment) else "std"
    body = segment.rstrip("=")
    try:
        if style == "url":
            data = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        else:
            data = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (ValueError, base64.binascii.Error):
        return None
    return data, style


def b64_encode(data: bytes, style: str, padded: bool) -> str:
    text = base64.urlsafe_b64encode(data).decode() if style == "url" else base64.b64encode(data).decode()
    return text if padded else text.rstrip("=")


KEEP_JSON_KEYS = {"alg", "typ", "ver", "cty", "iss", "enc", "zip", "crit"}


def regen_json_text(text: str, rng: random.Random) -> str:
    """Redraw the string and number values of a JSON text, keeping its layout, keys and header fields."""
    def string_value(m):
        key, value = m.group(1), m.group(2)
        if key in KEEP_JSON_KEYS or not value:
            return m.group(0)
        new = mutate(value, [not c.isalnum() for c in value], None, rng)
        if key == "auth":  # docker config: base64 of user:password
            new = regen_b64(value, rng) or new
        return m.group(0)[: m.start(2) - m.start(0)] + new + m.group(0)[m.end(2) - m.start(0):]

    def number_value(m):
        digits = m.group(2)
        return m.group(1) + digits[0] + "".join(draw(rng, DIGITS) for _ in digits[1:])

    text = re.sub(r'"([^"]+)"\s*:\s*"([^"\\]*)"', string_value, text)
    return re.sub(r'("[^"]+"\s*:\s*)(\d{2,})', number_value, text)


def printable(data: bytes) -> bool:
    return all(0x20 <= b < 0x7F or b in (9, 10, 13) for b in data)


def regen_text(text: str, rng: random.Random) -> str | None:
    """A decoded base64 payload of text: JSON, a PEM block or `user:secret`, redrawn in the same shape."""
    try:
        json.loads(text)
        return regen_json_text(text, rng)
    except ValueError:
        pass
    if "-----BEGIN" in text:
        keep = [not c.isalnum() for c in text]
        Shape._keep_armor(text, lambda a, b: keep.__setitem__(slice(a, b), [True] * (b - a)))
        return mutate(text, keep, None, rng)
    if ":" in text and len(text) >= 6:
        head, tail = text.split(":", 1)
        return f"{head}:" + mutate(tail, [not c.isalnum() for c in tail], None, rng)
    return None


def regen_b64(segment: str, rng: random.Random) -> str | None:
    """Redraw a base64 segment that encodes text (JWT header and claims, docker `auth`, a PEM in a kubeconfig), so
    that it still decodes to the same kind of text."""
    decoded = b64_decode(segment)
    if not decoded:
        return None
    data, style = decoded
    if len(data) < 6 or not printable(data):
        return None
    new = regen_text(data.decode(), rng)
    if new is None:
        return None
    return b64_encode(new.encode(), style, segment.endswith("="))


def structural_b64_prefix(segment: str) -> int:
    """Characters of a base64 segment whose decoding is a readable structure (`{"auths":{"`, `-----BEGIN`) that
    goes on with random bytes: those are kept."""
    body = segment.rstrip("=")
    usable = len(body) - len(body) % 4
    if usable < 16:
        return 0
    try:
        if re.search(r"[-_]", body):
            data = base64.urlsafe_b64decode(body[:usable])
        else:
            data = base64.b64decode(body[:usable], validate=True)
    except (ValueError, base64.binascii.Error):
        return 0
    n = 0
    while n < len(data) and (0x20 <= data[n] < 0x7F or data[n] in (9, 10, 13)):
        n += 1
    head = data[:n]
    if n < 9 or not (head.startswith((b"{", b"-----")) or b'":' in head):
        return 0
    return (n // 3) * 4


def crc32_base62(token: str) -> str:
    sep = token.rfind("_")
    body = token[sep + 1:]
    if sep < 0 or len(body) != 36:
        return token
    random_part = body[:30]
    value = zlib.crc32(random_part.encode()) & 0xFFFFFFFF
    digits = ""
    while True:
        digits = BASE62[value % 62] + digits
        value //= 62
        if value == 0:
            break
    return token[: sep + 1] + random_part + digits.rjust(6, "0")


def luhn_fix(value: str) -> str:
    positions = [i for i, c in enumerate(value) if c.isdigit()]
    if len(positions) < 12:
        return value
    digits = [int(value[i]) for i in positions[:-1]]
    total = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    chars = list(value)
    chars[positions[-1]] = str(check)
    return "".join(chars)


def iban_fix(value: str) -> str:
    compact = re.sub(r"\s", "", value).upper()
    if len(compact) < 15 or not compact[:2].isalpha():
        return value
    rearranged = compact[4:] + compact[:2] + "00"
    number = "".join(str(int(c, 36)) for c in rearranged)
    check = f"{98 - int(number) % 97:02d}"
    i = [k for k, c in enumerate(value) if not c.isspace()]
    chars = list(value)
    chars[i[2]], chars[i[3]] = check[0], check[1]
    return "".join(chars)


JWT_LIKE = re.compile(r"eyJ[A-Za-z0-9_-]{4,}")


def reshape(example: str, shape: Shape, rng: random.Random) -> str:
    keep = shape.keep_mask(example)
    # Base64 that encodes text (JWT header and claims, Mapbox, docker config, `user:secret`, a PEM): decode, redraw
    # the values, encode again, so that the segment still decodes; such a segment is then kept as it is. Base64 that
    # starts with a readable structure and goes on with random bytes keeps that structure.
    out = list(example)
    if "-----BEGIN" not in example:
        segments = list(re.finditer(r"[A-Za-z0-9+/_-]{8,}={0,2}", example))
        segments += list(re.finditer(r"(?<=[_.])(?:eyJ|ewo|eyA|LS0t)[A-Za-z0-9+/_-]{5,}={0,2}", example))
        for m in segments:
            seg = m.group(0)
            if all(keep[m.start():m.end()]):
                continue
            new = regen_b64(seg, rng)
            if new is not None and len(new) == len(seg) and \
                    all(not k or new[i - m.start()] == example[i] for i, k in enumerate(keep[m.start():m.end()], m.start())):
                out[m.start():m.end()] = list(new)
                for i in range(m.start(), m.end()):
                    keep[i] = True
                continue
            n = structural_b64_prefix(seg)
            for i in range(m.start(), m.start() + n):
                keep[i] = True
    value = list(mutate("".join(out), keep, shape, rng))
    # base64 of a whole number of bytes: the character before `=` / `==` carries zero bits (WireGuard keys, …)
    for m in re.finditer(r"[A-Za-z0-9+/]{15}([A-Za-z0-9+/])(={1,2})(?![A-Za-z0-9+/=])", example):
        allowed = "AEIMQUYcgkosw048" if len(m.group(2)) == 1 else "AQgw"
        i = m.start(1)
        if not keep[i] and example[i] in allowed and value[i] not in allowed:
            value[i] = draw(rng, allowed)
    value = "".join(value)
    if shape.first and value[:1] not in shape.first and example[:1] in shape.first:
        value = draw(rng, "".join(sorted(shape.first))) + value[1:]
    return value


def fresh_secret(rule: Rule, example: str, rng: random.Random, tries: int = 60) -> str:
    """A new secret of the example's shape that dredge would not drop as a placeholder or for low entropy."""
    if rule.weak:
        return example
    shape = Shape(rule)
    examples = {s for _, s in rule.examples}
    best = None
    for _ in range(tries):
        value = reshape(example, shape, rng)
        if "crc32-base62" in rule.validate:
            value = crc32_base62(value)
        if "luhn" in rule.validate:
            value = luhn_fix(value)
        if "iban" in rule.validate:
            value = iban_fix(value)
        if value in examples:
            continue
        best = value
        if not is_placeholder(value) and entropy(value) >= rule.min_entropy:
            return value
    return best if best is not None else example


# --------------------------------------------------------------------------------------------------------------------
# Files around a planted text

SERVICES = ["billing", "checkout", "ledger", "search", "notifier", "gateway", "reports", "inventory", "auth-proxy",
            "scheduler", "media", "catalog", "payments", "analytics", "mailer", "webhooks", "exporter", "sync",
            "profile", "pricing", "shipping", "geo", "audit", "chat", "feeds"]
ENVS = ["dev", "staging", "prod", "qa", "sandbox"]
WORDS = ["alpha", "beta", "orbit", "harbor", "maple", "copper", "falcon", "delta", "ember", "summit", "willow",
         "quartz", "pepper", "nova", "atlas", "cobalt", "meadow", "lumen", "tidal", "juniper"]

FILE_TYPES = [".env", "config.yaml", "settings.json", "app.py", "index.js", "Main.java", "main.go",
              "application.properties", "docker-compose.yml", "deploy.sh", "terraform.tfvars", "README.md"]


def json_value_for(text: str) -> str | None:
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            json.loads(stripped)
            return stripped
        except ValueError:
            return None
    if "\n" in text or '"' in text or "\\" in text or any(ord(c) < 0x20 for c in text):
        return None
    return json.dumps([text])


def compatible(file_type: str, text: str) -> bool:
    if file_type == "settings.json":
        return json_value_for(text) is not None
    if file_type in ("app.py", "Main.java"):
        return '"""' not in text and not text.rstrip("\n").endswith('"')
    if file_type == "index.js":
        return "`" not in text and "${" not in text and not text.rstrip("\n").endswith("\\")
    if file_type == "main.go":
        return "`" not in text
    return True


def wrap(file_type: str, text: str, rng: random.Random, service: str) -> tuple[str, int]:
    """File content with `text` inside, and the 1-based line where `text` starts."""
    env = rng.choice(ENVS)
    port = rng.randrange(3000, 9900)
    word = rng.choice(WORDS)
    body = text.rstrip("\n")
    if file_type == ".env":
        head = [f"# {service} ({env})", f"APP_NAME={service}", f"APP_ENV={env}", f"PORT={port}", "LOG_LEVEL=info"]
        tail = [f"FEATURE_FLAGS=search,{word}", "TZ=UTC"]
    elif file_type in ("config.yaml",):
        head = [f"# {service} configuration", "service:", f"  name: {service}", f"  port: {port}", "  replicas: 3"]
        tail = ["logging:", "  level: info", f"  format: json"]
    elif file_type == "settings.json":
        value = json_value_for(text)
        lines = ["{", f'  "name": "{service}",', f'  "port": {port},', f'  "environment": "{env}",']
        start = len(lines) + 1
        lines.append(f'  "legacy": {value},')
        lines += ['  "logging": {"level": "info"}', "}"]
        return "\n".join(lines) + "\n", start
    elif file_type == "app.py":
        quote = 'r"""' if "\\" in body else '"""'
        head = [f'"""{service.title()} service entry point."""', "import os", "", f'SERVICE_NAME = "{service}"', "",
                f"LEGACY_CONFIG = {quote}"]
        tail = ['"""', "", "", "def main():", f'    print(f"starting {{SERVICE_NAME}} on port {port}")', "", "",
                'if __name__ == "__main__":', "    main()"]
    elif file_type == "index.js":
        head = ["'use strict';", "const express = require('express');", "", "const app = express();",
                "const legacyConfig = String.raw`"]
        tail = ["`;", "", "app.get('/health', (req, res) => res.send('ok'));", f"app.listen({port});"]
    elif file_type == "Main.java":
        pkg = re.sub(r"[^a-z]", "", service)
        head = [f"package com.acme.{pkg};", "", "public final class Main {", '    static final String LEGACY_CONFIG = """']
        tail = ['""";', "", "    public static void main(String[] args) {",
                f'        System.out.println("{service} starting on {port}");', "    }", "}"]
    elif file_type == "main.go":
        head = ["package main", "", 'import "fmt"', "", "const legacyConfig = `"]
        tail = ["`", "", "func main() {", f'\tfmt.Println("{service} listening on :{port}")', "}"]
    elif file_type == "application.properties":
        head = [f"# {service}", f"server.port={port}", f"app.region=eu-west-1", f"app.environment={env}"]
        tail = ["logging.level.root=INFO", "management.endpoints.web.exposure.include=health"]
    elif file_type == "docker-compose.yml":
        head = ['version: "3.8"', "services:", f"  {service}:", f"    image: acme/{service}:1.{rng.randrange(30)}.{rng.randrange(10)}",
                "    ports:", f'      - "{port}:{port}"', "    restart: unless-stopped"]
        tail = ["networks:", "  default:", "    name: acme"]
    elif file_type == "deploy.sh":
        head = ["#!/usr/bin/env bash", "set -euo pipefail", f"# deploy {service} to {env}", ""]
        tail = ["", f'echo "deploying {service} to {env}"',
                f"kubectl rollout status deployment/{service} -n {env} --timeout=120s"]
    elif file_type == "terraform.tfvars":
        head = ['region         = "eu-west-1"', f'environment    = "{env}"', f'service_name   = "{service}"']
        tail = ["instance_count = 2", 'instance_type  = "t3.small"']
    elif file_type == "README.md":
        head = [f"# {service}", "", f"Internal notes for the {service} service ({env}).", "", "## Configuration", "",
                "```"]
        tail = ["```", "", "Run `make dev` to start it locally."]
    else:
        raise ValueError(file_type)
    lines = head + body.split("\n") + tail
    return "\n".join(lines) + "\n", len(head) + 1


# --------------------------------------------------------------------------------------------------------------------
# Positives


def embed(text: str, replacements: dict[str, str]) -> str:
    """Replace every occurrence of each old secret (longest first, never inside one already replaced)."""
    spans = []
    taken = [False] * len(text)
    for old in sorted(replacements, key=len, reverse=True):
        start = text.find(old)
        while start >= 0:
            end = start + len(old)
            if not any(taken[start:end]):
                spans.append((start, end, replacements[old]))
                for i in range(start, end):
                    taken[i] = True
            start = text.find(old, start + 1)
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


OTHER_VALUE = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{12,}={0,2}(?![A-Za-z0-9+/_-])")
OTHER_PASSWORD = re.compile(r"(?<![^\s\"'=:,;(){}<>\[\]])[A-Za-z0-9!#$%^&*~+/_.-]{8,64}(?![^\s\"'=:,;(){}<>\[\]@])")


TOKEN_PREFIXES: list[str] = []  # literal starts of every rule's pattern (`AKIA`, `ghp_`, `xoxb-`), longest first


def set_token_prefixes(rules: list[Rule]) -> None:
    found = set()
    for rule in rules:
        for lit in list(pattern_literals(rule.pattern)) + literal_prefixes(rule.pattern):
            if len(lit) >= 3 and re.fullmatch(r"[A-Za-z][A-Za-z0-9_.-]*", lit):
                found.add(lit)
    TOKEN_PREFIXES[:] = sorted(found, key=len, reverse=True)


def refresh_other_values(text: str, planted: set[str], rule: Rule, rng: random.Random) -> tuple[str, list[dict]]:
    """Credential-looking values of the example text besides its secret (a second entry, a client id next to its
    secret, the password in a `kind: file` example): redrawn too, so the planted file holds no value of the rule
    pack, and recorded as secondary values."""
    shape = Shape(rule)
    taken = [False] * len(text)
    for value in planted:
        start = text.find(value)
        while start >= 0:
            for i in range(start, start + len(value)):
                taken[i] = True
            start = text.find(value, start + 1)
    armor = [False] * len(text)
    if "-----BEGIN" in text or "PuTTY-User-Key-File" in text:
        Shape._keep_armor(text, lambda a, b: armor.__setitem__(slice(a, b), [True] * (b - a)))
    spans = []
    for m in OTHER_VALUE.finditer(text):
        value = m.group(0)
        if re.search(r"\d", value) and re.search(r"[A-Za-z]", value) and entropy(value) >= 3.0 \
                and not value.startswith(("http", "www")):
            spans.append((m.start(), m.end()))
    for m in OTHER_PASSWORD.finditer(text):  # passwords with symbols: mixed case and a digit
        value = m.group(0)
        if re.search(r"\d", value) and re.search(r"[a-z]", value) and re.search(r"[A-Z]", value) \
                and not re.search(r"\.[a-z]{2,4}$", value) and not any(a < m.end() and m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    out, also, last = [], [], 0
    for start, end in sorted(spans):
        value = text[start:end]
        if start < last or any(taken[start:end]):
            continue
        new = None if any(armor[start:end]) else regen_b64(value, rng)
        if new is None:
            keep = [k or a for k, a in zip(shape.keep_mask(value), armor[start:end])]
            prefix = next((p for p in TOKEN_PREFIXES if value.startswith(p) and len(value) >= len(p) + 8), "")
            for i in range(len(prefix)):
                keep[i] = True
            new = mutate(value, keep, None, rng)
        if new == value:
            continue
        out.append(text[last:start] + new)
        last = end
        also.append({"rule": None, "secret": new})
    out.append(text[last:])
    return "".join(out), also


def build_positives(rules: list[Rule], rng: random.Random) -> list[dict]:
    set_token_prefixes(rules)
    by_secret: dict[str, list[Rule]] = {}
    for rule in rules:
        for _, secret in rule.examples:
            if len(secret) >= 6 and not rule.paths:
                by_secret.setdefault(secret, []).append(rule)
    positives = []
    type_cursor = 0
    for rule in rules:
        if not rule.samples:
            continue
        count = max(2, len(rule.samples))
        for k in range(count):
            text, secret, sample_path = rule.samples[k % len(rule.samples)]
            if rule.paths and not sample_path:
                sample_path = next((g for g in rule.paths if "*" not in g), rule.paths[0].replace("*", "prod"))
            if secret is None:  # a `kind: file` example: the file is the finding
                text, also = refresh_other_values(text, set(), rule, rng)
                positives.append({"rule": rule.id, "secret": None, "example_index": k % len(rule.samples),
                                  "reused_example": False, "text": text, "file_type": "path:" + sample_path,
                                  "place_at": sample_path, "also_planted": also})
                continue
            new_secret = fresh_secret(rule, secret, rng)
            replacements = {secret: new_secret}
            also = []
            # Other rules' example secrets inside this text (a key id next to its secret key, …) get fresh values too.
            for other, owners in by_secret.items():
                if other == secret or other in secret or other not in text:
                    continue
                if secret in other:
                    continue
                owner = owners[0]
                fresh = fresh_secret(owner, other, rng)
                replacements[other] = fresh
                also.append({"rule": owner.id, "secret": fresh})
            planted_text = embed(text, replacements)
            planted_text, more = refresh_other_values(planted_text, set(replacements.values()), rule, rng)
            also += more
            if new_secret not in planted_text:
                print(f"generate: {rule.id}: the secret is not in the embedded text; skipped", file=sys.stderr)
                continue
            if sample_path:  # a path rule: the file at that path holds the text as it is
                positives.append({"rule": rule.id, "secret": new_secret, "example_index": k % len(rule.samples),
                                  "reused_example": new_secret == secret, "text": planted_text,
                                  "file_type": "path:" + sample_path, "place_at": sample_path, "also_planted": also})
                continue
            for step in range(len(FILE_TYPES)):
                file_type = FILE_TYPES[(type_cursor + step) % len(FILE_TYPES)]
                if compatible(file_type, planted_text):
                    break
            else:
                file_type = ".env"
            type_cursor += 1
            positives.append({
                "rule": rule.id, "secret": new_secret, "example_index": k % len(rule.examples),
                "reused_example": new_secret == secret, "text": planted_text, "file_type": file_type,
                "also_planted": also,
            })
    return positives


# --------------------------------------------------------------------------------------------------------------------
# Decoys


def rand_str(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(draw(rng, alphabet) for _ in range(n))


def rand_b64(rng: random.Random, nbytes: int) -> str:
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def uuid4(rng: random.Random) -> str:
    h = rand_str(rng, HEX_LOWER, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{draw(rng, '89ab')}{h[17:20]}-{h[20:32]}"


PKG_NAMES = ["left-pad", "lodash", "react-dom", "chalk", "debug", "express", "semver", "yargs", "axios", "uuid",
             "commander", "minimist", "glob", "rimraf", "ws", "cookie", "qs", "ms", "mime", "bytes", "depd", "vary",
             "etag", "fresh", "statuses", "inherits", "once", "wrappy", "picomatch", "micromatch"]
GO_MODS = ["github.com/spf13/cobra", "github.com/stretchr/testify", "golang.org/x/net", "golang.org/x/sys",
           "github.com/google/uuid", "gopkg.in/yaml.v3", "github.com/pkg/errors", "go.uber.org/zap",
           "github.com/prometheus/client_golang", "github.com/gorilla/mux", "google.golang.org/grpc"]
CRATES = ["serde", "tokio", "anyhow", "regex", "rand", "libc", "bytes", "hyper", "clap", "log", "itoa", "memchr",
          "once_cell", "smallvec", "syn", "quote", "proc-macro2", "thiserror", "tracing", "futures"]
PY_PKGS = ["requests", "urllib3", "idna", "certifi", "charset-normalizer", "pyyaml", "click", "jinja2", "markupsafe",
           "attrs", "packaging", "six"]
PROSE = ["The quick brown fox jumps over the lazy dog near the riverbank at dawn.",
         "Please remember to water the plants on the balcony while we are away.",
         "Our quarterly report shows steady growth across all three regions this year.",
         "Welcome to the team! Your onboarding session starts Monday at nine.",
         "The library will be closed for renovation until the end of next month.",
         "Thank you for your order. It will be shipped within two business days.",
         "This configuration file was generated automatically; edit with care.",
         "Meeting notes: discussed roadmap, hiring plan, and the office move."]
ENV_KEYS = ["GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "STRIPE_SECRET_KEY", "DATABASE_PASSWORD",
            "SENDGRID_API_KEY", "NPM_TOKEN", "DOCKER_PASSWORD", "OPENAI_API_KEY", "CLOUDFLARE_API_TOKEN",
            "DATADOG_API_KEY", "TWILIO_AUTH_TOKEN", "HEROKU_API_KEY", "SONAR_TOKEN", "CODECOV_TOKEN", "GITLAB_TOKEN",
            "JWT_SECRET", "REDIS_PASSWORD", "MAILGUN_API_KEY", "API_KEY", "CLIENT_SECRET", "ACCESS_TOKEN"]


class Decoys:
    """Each builder returns (path, content, [(class, value)]) for one file; values are located in the content."""

    def __init__(self, rules: list[Rule], rng: random.Random):
        self.rng = rng
        prefixes = set()
        for rule in rules:
            for p in literal_prefixes(rule.pattern):
                if len(p) >= 3 and re.fullmatch(r"[A-Za-z0-9_.-]+", p):
                    prefixes.add(p)
        self.prefixes = sorted(prefixes)
        self.counter = 0

    def _dir(self, base: str) -> str:
        self.counter += 1
        return f"{base}/{self.rng.choice(WORDS)}-{self.counter:03d}"

    # placeholders ---------------------------------------------------------------------------------------------------
    def placeholders(self):
        rng = self.rng
        forms = [
            lambda: rng.choice(self.prefixes) + "x" * rng.randrange(24, 40),
            lambda: rng.choice(self.prefixes) + "X" * rng.randrange(24, 40),
            lambda: rng.choice(["YOUR_API_KEY", "YOUR_SECRET_KEY", "your-api-token-here", "YOUR_ACCESS_TOKEN",
                                "your_password_here"]),
            lambda: rng.choice(["<token>", "<your-api-key>", "<PASSWORD>", "<client-secret>", "<access_token>"]),
            lambda: "${" + rng.choice(ENV_KEYS) + "}",
            lambda: "${{ secrets." + rng.choice(ENV_KEYS) + " }}",
            lambda: "{{ .Values." + rng.choice(["apiToken", "dbPassword", "clientSecret"]) + " }}",
            lambda: "%" + rng.choice(ENV_KEYS) + "%",
            lambda: "$" + rng.choice(ENV_KEYS),
            lambda: "x" * rng.randrange(20, 41),
            lambda: rng.choice(["********", "************************", "REDACTED", "[REDACTED]"]),
            lambda: rng.choice(["dummy-token", "placeholder", "sample-api-key", "dummy_secret_value"]),
        ]
        kind = rng.randrange(4)
        lines, values = [], []
        if kind == 0:
            path = self._dir("config") + "/.env.example"
            for key in rng.sample(ENV_KEYS, 6):
                v = rng.choice(forms)()
                lines.append(f"{key}={v}")
                values.append(("placeholder", v))
        elif kind == 1:
            path = self._dir("charts") + "/values.yaml"
            lines.append("credentials:")
            for key in rng.sample(["apiKey", "token", "password", "clientSecret", "accessKey", "secretKey"], 4):
                v = rng.choice(forms)()
                lines.append(f'  {key}: "{v}"')
                values.append(("placeholder", v))
        elif kind == 2:
            path = self._dir("docs") + "/setup.md"
            lines += ["# Setup", "", "Export your credentials before running the tool:", "", "```sh"]
            for key in rng.sample(ENV_KEYS, 4):
                v = rng.choice(forms)()
                lines.append(f"export {key}={v}")
                values.append(("placeholder", v))
            lines += ["```"]
        else:
            path = self._dir("deploy") + "/settings.py"
            for key in rng.sample(ENV_KEYS, 4):
                v = rng.choice([f'os.getenv("{key}")', f'os.environ["{key}"]', f'process.env.{key}',
                                rng.choice(forms)()])
                lines.append(f'{key} = "{v}"' if not v.startswith(("os.", "process.")) else f"{key} = {v}")
                values.append(("placeholder", v))
            # URLs with a placeholder password
            user = rng.choice(["app", "admin", "deploy"])
            v = rng.choice(["${DB_PASSWORD}", "<password>", "YOUR_PASSWORD", "xxxxxxxx"])
            lines.append(f'DATABASE_URL = "postgres://{user}:{v}@db.internal:5432/app"')
            values.append(("placeholder", v))
        return path, "\n".join(lines) + "\n", values

    # lock files -----------------------------------------------------------------------------------------------------
    def package_lock(self):
        rng = self.rng
        path = self._dir("web") + "/package-lock.json"
        lines = ["{", '  "name": "web",', '  "lockfileVersion": 3,', '  "packages": {']
        values = []
        for name in rng.sample(PKG_NAMES, 4):
            ver = f"{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(10)}"
            integrity = "sha512-" + rand_b64(rng, 64)
            lines += [f'    "node_modules/{name}": {{', f'      "version": "{ver}",',
                      f'      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",',
                      f'      "integrity": "{integrity}"', "    },"]
            values.append(("lockfile-digest", integrity))
        lines[-1] = "    }"
        lines += ["  }", "}"]
        return path, "\n".join(lines) + "\n", values

    def yarn_lock(self):
        rng = self.rng
        path = self._dir("frontend") + "/yarn.lock"
        lines = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
        values = []
        for name in rng.sample(PKG_NAMES, 3):
            ver = f"{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(10)}"
            sha1 = rand_str(rng, HEX_LOWER, 40)
            integrity = "sha512-" + rand_b64(rng, 64)
            lines += [f'{name}@^{ver}:', f'  version "{ver}"',
                      f'  resolved "https://registry.yarnpkg.com/{name}/-/{name}-{ver}.tgz#{sha1}"',
                      f"  integrity {integrity}", ""]
            values += [("lockfile-digest", sha1), ("lockfile-digest", integrity)]
        return path, "\n".join(lines) + "\n", values

    def go_sum(self):
        rng = self.rng
        path = self._dir("cmd") + "/go.sum"
        lines, values = [], []
        for mod in rng.sample(GO_MODS, 3):
            ver = f"v{rng.randrange(0, 3)}.{rng.randrange(30)}.{rng.randrange(10)}"
            h1 = "h1:" + rand_b64(rng, 32)
            h2 = "h1:" + rand_b64(rng, 32)
            lines += [f"{mod} {ver} {h1}", f"{mod} {ver}/go.mod {h2}"]
            values += [("lockfile-digest", h1), ("lockfile-digest", h2)]
        return path, "\n".join(lines) + "\n", values

    def cargo_lock(self):
        rng = self.rng
        path = self._dir("crates") + "/Cargo.lock"
        lines = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.",
                 "version = 3", ""]
        values = []
        for name in rng.sample(CRATES, 4):
            ver = f"{rng.randrange(0, 3)}.{rng.randrange(30)}.{rng.randrange(10)}"
            digest = rand_str(rng, HEX_LOWER, 64)
            lines += ["[[package]]", f'name = "{name}"', f'version = "{ver}"',
                      'source = "registry+https://github.com/rust-lang/crates.io-index"', f'checksum = "{digest}"', ""]
            values.append(("lockfile-digest", digest))
        return path, "\n".join(lines) + "\n", values

    def pip_lock(self):
        rng = self.rng
        path = self._dir("worker") + "/requirements.txt"
        lines, values = ["# pip-compile --generate-hashes", ""], []
        for name in rng.sample(PY_PKGS, 3):
            ver = f"{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(10)}"
            a, b = rand_str(rng, HEX_LOWER, 64), rand_str(rng, HEX_LOWER, 64)
            lines += [f"{name}=={ver} \\", f"    --hash=sha256:{a} \\", f"    --hash=sha256:{b}"]
            values += [("lockfile-digest", a), ("lockfile-digest", b)]
        return path, "\n".join(lines) + "\n", values

    def composer_lock(self):
        rng = self.rng
        path = self._dir("php") + "/composer.lock"
        lines = ["{", '    "content-hash": "' + rand_str(rng, HEX_LOWER, 32) + '",', '    "packages": [']
        values = [("lockfile-digest", lines[1].split('"')[3])]
        for name in rng.sample(["monolog/monolog", "symfony/console", "guzzlehttp/guzzle", "psr/log"], 2):
            ref = rand_str(rng, HEX_LOWER, 40)
            shasum = rand_str(rng, HEX_LOWER, 40)
            lines += ["        {", f'            "name": "{name}",',
                      f'            "source": {{"type": "git", "url": "https://github.com/{name}.git", "reference": "{ref}"}},',
                      f'            "dist": {{"type": "zip", "url": "https://repo.packagist.org/{name}.zip", "shasum": "{shasum}"}}',
                      "        },"]
            values += [("lockfile-digest", ref), ("lockfile-digest", shasum)]
        lines[-1] = "        }"
        lines += ["    ]", "}"]
        return path, "\n".join(lines) + "\n", values

    # commit ids, digests --------------------------------------------------------------------------------------------
    def commit_ids(self):
        rng = self.rng
        kind = rng.randrange(5)
        values = []
        if kind == 4:
            path = self._dir("pkg") + "/build-info.json"
            sha, tree = rand_str(rng, HEX_LOWER, 40), rand_str(rng, HEX_LOWER, 40)
            lines = ["{", f'  "gitHead": "{sha}",', f'  "commit": "{tree}",',
                     f'  "repository": "https://github.com/acme/{rng.choice(SERVICES)}",',
                     f'  "builtAt": "2024-0{rng.randrange(1, 9)}-1{rng.randrange(9)}T10:00:00Z"', "}"]
            values += [("git-commit-id", sha), ("git-commit-id", tree)]
        elif kind == 0:
            path = self._dir("releases") + "/CHANGELOG.md"
            lines = ["# Changelog", ""]
            for _ in range(5):
                sha = rand_str(rng, HEX_LOWER, 40)
                lines.append(f"* fix {rng.choice(WORDS)} handling ([{sha[:7]}](https://github.com/acme/app/commit/{sha}))")
                values.append(("git-commit-id", sha))
        elif kind == 1:
            path = self._dir(".github/workflows") + "/ci.yml"
            lines = ["name: ci", "on: [push]", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:"]
            for action in ["actions/checkout", "actions/setup-node", "actions/cache", "codecov/codecov-action"]:
                sha = rand_str(rng, HEX_LOWER, 40)
                lines.append(f"      - uses: {action}@{sha} # v{rng.randrange(2, 5)}.{rng.randrange(9)}.0")
                values.append(("git-commit-id", sha))
        elif kind == 2:
            path = self._dir("ci") + "/build-info.env"
            lines = []
            for key in ["GITHUB_SHA", "CIRCLE_SHA1", "CI_COMMIT_SHA", "BUILDKITE_COMMIT", "TRAVIS_COMMIT",
                        "DRONE_COMMIT_SHA", "GIT_COMMIT", "SONAR_SCM_REVISION"]:
                sha = rand_str(rng, HEX_LOWER, 40)
                lines.append(f"{key}={sha}")
                values.append(("git-commit-id", sha))
        else:
            path = self._dir("vendor") + "/Dockerfile"
            lines = []
            d = rand_str(rng, HEX_LOWER, 64)
            lines.append(f"FROM node:20-alpine@sha256:{d}")
            values.append(("hex-digest", d))
            for tool in ["kubectl", "helm", "terraform"]:
                d = rand_str(rng, HEX_LOWER, 64)
                lines += [f"ARG {tool.upper()}_SHA256={d}",
                          f'RUN echo "${{{tool.upper()}_SHA256}}  /tmp/{tool}.tar.gz" | sha256sum -c -']
                values.append(("hex-digest", d))
            d = rand_str(rng, HEX_LOWER, 40)
            lines.append(f"LABEL org.opencontainers.image.revision={d}")
            values.append(("git-commit-id", d))
        return path, "\n".join(lines) + "\n", values

    def uuids(self):
        rng = self.rng
        kind = rng.randrange(3)
        values = []
        if kind == 0:
            path = self._dir("fixtures") + "/events.json"
            lines = ["["]
            for _ in range(5):
                u, t = uuid4(rng), uuid4(rng)
                lines.append(f'  {{"event_id": "{u}", "trace_id": "{t}", "type": "{rng.choice(WORDS)}"}},')
                values += [("uuid", u), ("uuid", t)]
            lines[-1] = lines[-1].rstrip(",")
            lines.append("]")
        elif kind == 1:
            path = self._dir("infra") + "/azure.tfvars"
            lines = []
            for key in ["tenant_id", "subscription_id", "client_id", "resource_group_id"]:
                u = uuid4(rng)
                lines.append(f'{key} = "{u}"')
                values.append(("uuid", u))
        else:
            path = self._dir("src") + "/App.csproj"
            lines = ['<Project Sdk="Microsoft.NET.Sdk">', "  <PropertyGroup>"]
            u = uuid4(rng).upper()
            lines.append(f"    <ProjectGuid>{{{u}}}</ProjectGuid>")
            values.append(("uuid", u))
            u = uuid4(rng)
            lines.append(f"    <UserSecretsId>{u}</UserSecretsId>")
            values.append(("uuid", u))
            lines += ["  </PropertyGroup>", "</Project>"]
        return path, "\n".join(lines) + "\n", values

    def public_identifiers(self):
        """Identifiers that sit next to a provider's name but grant nothing: account, project and app ids."""
        rng = self.rng
        path = self._dir("config") + rng.choice(["/providers.env", "/integrations.properties"])
        sep = "=" if path.endswith(".env") else " = "
        choices = [
            ("SCW_DEFAULT_ORGANIZATION_ID", lambda: uuid4(rng)), ("SCW_DEFAULT_PROJECT_ID", lambda: uuid4(rng)),
            ("HEROKU_APP_ID", lambda: uuid4(rng)), ("DOCUSIGN_ACCOUNT_ID", lambda: uuid4(rng)),
            ("TWILIO_ACCOUNT_SID", lambda: "AC" + rand_str(rng, HEX_LOWER, 32)),
            ("ALGOLIA_APP_ID", lambda: rand_str(rng, UPPER + DIGITS, 10)),
            ("PUSHER_APP_ID", lambda: str(rng.randrange(10 ** 6, 10 ** 7))),
            ("FACEBOOK_APP_ID", lambda: str(rng.randrange(10 ** 14, 10 ** 16))),
            ("GOOGLE_CLIENT_ID", lambda: f"{rng.randrange(10 ** 11, 10 ** 12)}-{rand_str(rng, LOWER + DIGITS, 32)}.apps.googleusercontent.com"),
            ("AWS_ACCOUNT_ID", lambda: str(rng.randrange(10 ** 11, 10 ** 12))),
            ("SENTRY_ORG_ID", lambda: str(rng.randrange(10 ** 5, 10 ** 7))),
            ("MIXPANEL_PROJECT_ID", lambda: str(rng.randrange(10 ** 6, 10 ** 7))),
            ("DATADOG_SITE", lambda: rng.choice(["datadoghq.eu", "us5.datadoghq.com"])),
            ("CLOUDFLARE_ACCOUNT_ID", lambda: rand_str(rng, HEX_LOWER, 32)),
            ("CLOUDFLARE_ZONE_ID", lambda: rand_str(rng, HEX_LOWER, 32)),
            ("AZURE_SUBSCRIPTION_ID", lambda: uuid4(rng)),
            ("STRIPE_ACCOUNT", lambda: "acct_" + rand_str(rng, UPPER + LOWER + DIGITS, 16)),
            ("SLACK_CHANNEL_ID", lambda: "C" + rand_str(rng, UPPER + DIGITS, 10)),
            ("GITHUB_APP_ID", lambda: str(rng.randrange(10 ** 5, 10 ** 7))),
            ("GITHUB_INSTALLATION_ID", lambda: str(rng.randrange(10 ** 7, 10 ** 8))),
        ]
        lines, values = [], []
        for key, make in rng.sample(choices, 6):
            v = make()
            name = key if sep == "=" else key.lower().replace("_", ".")
            lines.append(f"{name}{sep}{v}")
            values.append(("public-identifier", v))
        return path, "\n".join(lines) + "\n", values

    def base64_prose(self):
        rng = self.rng
        path = self._dir("k8s") + "/configmap.yaml"
        lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", f"  name: {rng.choice(WORDS)}-messages",
                 "binaryData:"]
        values = []
        for i in range(3):
            text = " ".join(rng.sample(PROSE, 2))
            b = base64.b64encode(text.encode()).decode()
            lines.append(f"  message-{i}.txt: {b}")
            values.append(("base64-prose", b))
        return path, "\n".join(lines) + "\n", values

    def minified_js(self):
        rng = self.rng
        path = self._dir("static/js") + f"/main.{rand_str(rng, HEX_LOWER, 8)}.min.js"
        parts = ["refresh", "Token", "Authorization", "Header", "Value", "create", "Element", "With", "Scroll", "Offset",
                 "Bounding", "Client", "Rect", "Session", "Storage", "Key", "Secret", "Manager", "Provider", "Handler",
                 "Access", "Expiry", "Timestamp", "Credentials", "Serializer", "Factory", "Observable", "Subscription"]
        values = []
        chunks = []
        for _ in range(5):
            ident = "".join(rng.sample(parts, rng.randrange(4, 8)))
            ident = ident[0].lower() + ident[1:]
            values.append(("minified-js", ident))
            chunks.append(f"function {ident}(e,t){{var n=e.{rng.choice(parts).lower()}||t;return n&&n.length>"
                          f"{rng.randrange(9)}?n:void 0}}")
        # code that handles credentials without holding one
        ident = "".join(rng.sample(parts, 5))
        values.append(("minified-js", ident))
        chunks.append(f'{ident}=function(e){{return{{headers:{{Authorization:"Bearer "+e.accessToken,'
                      f'"X-Api-Key":e.apiKey}},body:JSON.stringify({{password:e.password,token:e.refreshToken}})}}}}')
        webpack = f'"static/js/{rng.choice(WORDS)}.{rand_str(rng, HEX_LOWER, 20)}.chunk.js"'
        values.append(("minified-js", webpack.strip('"')))
        line = "!function(){" + ";".join(chunks) + f";var r={webpack};}}();"
        return path, line + "\n", values

    def encrypted_values(self):
        """Values committed encrypted on purpose (SOPS, Ansible Vault, Jasypt, Sealed Secrets): safe to commit."""
        rng = self.rng
        kind = rng.randrange(4)
        values = []
        if kind == 0:
            path = self._dir("secrets") + "/app.enc.yaml"
            lines = ["database:"]
            for key in ["password", "api_key", "token"]:
                data = rand_b64(rng, rng.randrange(12, 40))
                v = (f"ENC[AES256_GCM,data:{data},iv:{rand_b64(rng, 32)},tag:{rand_b64(rng, 16)},type:str]")
                lines.append(f"  {key}: {v}")
                values.append(("encrypted-value", v))
            lines += ["sops:", "  kms: []", f"  lastmodified: \"2024-0{rng.randrange(1, 9)}-02T10:00:00Z\"",
                      f"  mac: ENC[AES256_GCM,data:{rand_b64(rng, 64)},iv:{rand_b64(rng, 32)},tag:{rand_b64(rng, 16)},type:str]",
                      "  version: 3.8.1"]
        elif kind == 1:
            path = self._dir("ansible/group_vars") + "/vault.yml"
            hexes = rand_str(rng, HEX_LOWER, 80 * 5)
            block = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + hexes[i:i + 80] for i in range(0, 400, 80))
            lines = ["db_password: !vault |", "          " + block]
            values.append(("encrypted-value", block))
        elif kind == 2:
            path = self._dir("src/main/resources") + "/application-prod.properties"
            lines = []
            for key in ["spring.datasource.password", "app.mail.password", "app.api.secret"]:
                v = "ENC(" + rand_b64(rng, rng.randrange(24, 48)) + ")"
                lines.append(f"{key}={v}")
                values.append(("encrypted-value", v))
        else:
            path = self._dir("k8s") + "/sealed-db.yaml"
            lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: db", "spec:",
                     "  encryptedData:"]
            for key in ["password", "username"]:
                v = "AgB" + rand_b64(rng, 300)
                lines.append(f"    {key}: {v}")
                values.append(("encrypted-value", v))
        return path, "\n".join(lines) + "\n", values

    def terraform_lock(self):
        rng = self.rng
        path = self._dir("infra") + "/.terraform.lock.hcl"
        lines = ["# This file is maintained automatically by \"terraform init\".", ""]
        values = []
        for provider in rng.sample(["hashicorp/aws", "hashicorp/random", "cloudflare/cloudflare", "hashicorp/google"], 1):
            lines += [f'provider "registry.terraform.io/{provider}" {{',
                      f'  version = "{rng.randrange(1, 6)}.{rng.randrange(60)}.0"', "  hashes = ["]
            h1 = "h1:" + rand_b64(rng, 32)
            lines.append(f'    "{h1}",')
            values.append(("lockfile-digest", h1))
            for _ in range(3):
                zh = "zh:" + rand_str(rng, HEX_LOWER, 64)
                lines.append(f'    "{zh}",')
                values.append(("lockfile-digest", zh))
            lines += ["  ]", "}", ""]
        return path, "\n".join(lines) + "\n", values

    def html_sri(self):
        rng = self.rng
        path = self._dir("public") + "/index.html"
        values = []
        lines = ["<!doctype html>", "<html>", "<head>"]
        for lib in rng.sample(["jquery", "bootstrap", "alpinejs", "htmx"], 2):
            sri = "sha384-" + base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()
            lines.append(f'  <script src="https://cdn.jsdelivr.net/npm/{lib}@{rng.randrange(1, 5)}.{rng.randrange(9)}.0/dist/{lib}.min.js" '
                         f'integrity="{sri}" crossorigin="anonymous"></script>')
            values.append(("sri-digest", sri))
        lines += ["</head>", "<body></body>", "</html>"]
        return path, "\n".join(lines) + "\n", values

    def css_svg(self):
        rng = self.rng
        path = self._dir("styles") + "/theme.css"
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M{rng.randrange(20)} '
               f'{rng.randrange(20)}l{rng.randrange(9)} {rng.randrange(9)}h{rng.randrange(9)}z" fill="#{rand_str(rng, HEX_LOWER, 6)}"/></svg>')
        svg_b64 = base64.b64encode(svg.encode()).decode()
        png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(90))).decode()
        woff = base64.b64encode(b"wOF2" + bytes(rng.randrange(256) for _ in range(120))).decode()
        colors = [rand_str(rng, HEX_LOWER, 6) for _ in range(4)]
        lines = [":root {"] + [f"  --color-{n}: #{c};" for n, c in zip(["primary", "accent", "muted", "danger"], colors)]
        lines += ["}", f".icon-{rng.choice(WORDS)} {{", f'  background-image: url("data:image/svg+xml;base64,{svg_b64}");', "}",
                  ".logo {", f"  background: url(data:image/png;base64,{png}) no-repeat;", "}",
                  "@font-face {", "  font-family: Brand;", f'  src: url("data:font/woff2;base64,{woff}") format("woff2");', "}"]
        values = [("hex-color", "#" + c) for c in colors]
        values += [("css-svg-data", svg_b64), ("css-svg-data", png), ("css-svg-data", woff)]
        return path, "\n".join(lines) + "\n", values

    def numeric_ids(self):
        rng = self.rng
        path = self._dir("data") + "/orders.csv"
        lines = ["order_id,customer_id,account_number,created_at,amount_cents"]
        values = []
        for _ in range(5):
            o = str(rng.randrange(10 ** 17, 10 ** 18))
            c = str(rng.randrange(10 ** 11, 10 ** 12))
            lines.append(f"{o},{c},{rng.randrange(10 ** 9, 10 ** 10)},{rng.randrange(1600000000, 1800000000)},"
                         f"{rng.randrange(100, 99999)}")
            values += [("numeric-id", o), ("numeric-id", c)]
        return path, "\n".join(lines) + "\n", values

    def versions(self):
        rng = self.rng
        path = self._dir("app") + "/package.json"
        deps = rng.sample(PKG_NAMES, 6)
        values = []
        lines = ["{", f'  "name": "@acme/{rng.choice(WORDS)}",']
        v = f"{rng.randrange(1, 6)}.{rng.randrange(30)}.{rng.randrange(10)}-rc.{rng.randrange(9)}+build.{rng.randrange(10 ** 7, 10 ** 8)}"
        lines.append(f'  "version": "{v}",')
        values.append(("version-string", v))
        lines.append('  "dependencies": {')
        for d in deps:
            v = f"^{rng.randrange(1, 20)}.{rng.randrange(40)}.{rng.randrange(20)}"
            lines.append(f'    "{d}": "{v}",')
            values.append(("version-string", v))
        lines[-1] = lines[-1].rstrip(",")
        lines += ["  }", "}"]
        return path, "\n".join(lines) + "\n", values

    def public_keys(self):
        rng = self.rng
        kind = rng.randrange(7)
        values = []
        if kind == 5:
            path = self._dir("keys") + "/release-signing.asc"
            b = base64.b64encode(b"\x99\x01\x8d\x04" + bytes(rng.randrange(256) for _ in range(400))).decode()
            body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
            key = f"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{body}\n={rand_b64(rng, 3)}\n-----END PGP PUBLIC KEY BLOCK-----"
            lines = [key]
            values.append(("public-key", key))
        elif kind == 6:
            path = self._dir("ops") + "/known_hosts"
            lines = []
            for _ in range(3):
                body = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
                                        + bytes(rng.randrange(256) for _ in range(32))).decode()
                host = f"|1|{rand_b64(rng, 20)}|{rand_b64(rng, 20)}"
                lines.append(f"{host} ssh-ed25519 {body}")
                values.append(("public-key", body))
        elif kind == 0:
            path = self._dir("ops") + "/authorized_keys"
            lines = []
            for _ in range(3):
                if rng.random() < 0.5:
                    body = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00"
                                            + bytes(rng.randrange(256) for _ in range(256))).decode()
                    key = f"ssh-rsa {body}"
                else:
                    body = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
                                            + bytes(rng.randrange(256) for _ in range(32))).decode()
                    key = f"ssh-ed25519 {body}"
                lines.append(f"{key} {rng.choice(WORDS)}@{rng.choice(SERVICES)}")
                values.append(("public-key", key))
        elif kind == 1:
            path = self._dir("certs") + "/signing.pub.pem"
            der = b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00" + \
                bytes(rng.randrange(256) for _ in range(270))
            b = base64.b64encode(der).decode()
            body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
            key = f"-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----"
            lines = [key]
            values.append(("public-key", key))
        elif kind == 2:
            path = self._dir("certs") + "/ca.crt"
            der = b"\x30\x82\x03\x0b\x30\x82\x01\xf3\xa0\x03\x02\x01\x02" + bytes(rng.randrange(256) for _ in range(500))
            b = base64.b64encode(der).decode()
            body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
            key = f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"
            lines = [key]
            values.append(("public-key", key))
        elif kind == 3:
            path = self._dir("vpn") + "/wg0-peers.conf"
            lines = []
            for _ in range(3):
                pub = base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
                lines += ["[Peer]", f"PublicKey = {pub}", f"AllowedIPs = 10.{rng.randrange(255)}.0.0/24", ""]
                values.append(("public-key", pub))
            age = "age1" + rand_str(rng, BECH32, 58)
            lines.append(f"# age recipient: {age}")
            values.append(("public-key", age))
        else:
            path = self._dir("auth") + "/jwks.json"
            n = base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(256))).decode().rstrip("=")
            kid = rand_str(rng, HEX_LOWER, 16)
            x = base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(32))).decode().rstrip("=")
            y = base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(32))).decode().rstrip("=")
            lines = ['{"keys": [', f'  {{"kty": "RSA", "kid": "{kid}", "use": "sig", "alg": "RS256", "e": "AQAB", "n": "{n}"}},',
                     f'  {{"kty": "EC", "crv": "P-256", "use": "sig", "x": "{x}", "y": "{y}"}}', "]}"]
            values += [("public-key", n), ("public-key", x)]
        return path, "\n".join(lines) + "\n", values

    def documented_examples(self):
        rng = self.rng
        path = self._dir("docs") + "/credentials.md"
        lines = ["# Configuring credentials", "",
                 "The values below are the documented sample keys; replace them with your own.", "", "```ini"]
        values = []
        if rng.random() < 0.5:
            lines += ["aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
                      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
            values += [("documented-example", "AKIAIOSFODNN7EXAMPLE"),
                       ("documented-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
        for p in rng.sample(self.prefixes, 3):
            body = rand_str(rng, UPPER + DIGITS, rng.randrange(14, 30))
            v = p + body + "EXAMPLE"
            lines.append(f"{rng.choice(ENV_KEYS).lower()} = {v}")
            values.append(("documented-example", v))
        lines += ["```"]
        return path, "\n".join(lines) + "\n", values

    def fixtures(self):
        rng = self.rng
        path = self._dir("tests/fixtures") + "/credentials.example.json"
        values = []
        lines = ["{", '  "_comment": "EXAMPLE values for the test suite; not real credentials",']
        for key in ["api_key", "client_secret", "access_token", "password"]:
            v = rng.choice(["EXAMPLE", "example-", "Example"]) + rand_str(rng, LOWER + DIGITS, rng.randrange(16, 32))
            if rng.random() < 0.5:
                v = rng.choice(self.prefixes) + "EXAMPLE" + rand_str(rng, UPPER + DIGITS, 24)
            lines.append(f'  "{key}": "{v}",')
            values.append(("fixture-example", v))
        lines[-1] = lines[-1].rstrip(",")
        lines.append("}")
        return path, "\n".join(lines) + "\n", values

    BUILDERS = ["placeholders", "placeholders", "placeholders", "package_lock", "yarn_lock", "go_sum", "cargo_lock",
                "pip_lock", "composer_lock", "commit_ids", "commit_ids", "uuids", "uuids", "public_identifiers", "base64_prose",
                "minified_js", "css_svg", "numeric_ids", "versions", "public_keys", "public_keys", "public_keys",
                "documented_examples", "documented_examples", "fixtures", "fixtures", "encrypted_values",
                "encrypted_values", "terraform_lock", "html_sri"]

    def build(self, at_least: int) -> list[tuple[str, str, list]]:
        files, total, k = [], 0, 0
        while total < at_least:
            name = self.BUILDERS[k % len(self.BUILDERS)]
            k += 1
            path, content, values = getattr(self, name)()
            files.append((path, content, values))
            total += len(values)
        return files


def locate(content: str, value: str, after: int = 0) -> tuple[int, int, int, int]:
    """Offset, first line, last line and 1-based column (in characters) of `value` in `content`."""
    idx = content.find(value, after)
    if idx < 0:
        raise ValueError(f"value not in its file: {value[:40]}")
    line = content.count("\n", 0, idx) + 1
    column = idx - (content.rfind("\n", 0, idx) + 1) + 1
    return idx, line, line + value.count("\n"), column


# --------------------------------------------------------------------------------------------------------------------
# History

AUTHORS = [("Ada Lindqvist", "ada@acme.test"), ("Bram Okafor", "bram@acme.test"), ("Chen Wei", "chen@acme.test"),
           ("Dana Moreau", "dana@acme.test")]
EPOCH = 1_700_000_000  # 2023-11-14T22:13:20Z


class History:
    def __init__(self, repo: Path):
        self.repo = repo
        self.count = 0
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
        self.env.update({"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull, "LC_ALL": "C", "TZ": "UTC"})

    def git(self, *args: str) -> str:
        return subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", *args],
                              cwd=self.repo, env=self.env, check=True, capture_output=True, text=True).stdout.strip()

    def init(self) -> None:
        self.repo.mkdir(parents=True)
        self.git("init", "-q", "-b", "main")

    def commit(self, message: str, author: tuple[str, str]) -> str:
        self.count += 1
        date = f"@{EPOCH + self.count * 3 * 3600 + (self.count * 7919) % 3000} +0000"
        env = dict(self.env, GIT_AUTHOR_NAME=author[0], GIT_AUTHOR_EMAIL=author[1], GIT_AUTHOR_DATE=date,
                   GIT_COMMITTER_NAME=author[0], GIT_COMMITTER_EMAIL=author[1], GIT_COMMITTER_DATE=date)
        subprocess.run(["git", "add", "-A"], cwd=self.repo, env=env, check=True)
        subprocess.run(["git", "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", message],
                       cwd=self.repo, env=env, check=True)
        return self.git("rev-parse", "HEAD")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("repo", type=Path, help="where to create the repository (must not exist)")
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES, help="rule packs (default: patterns/rules)")
    parser.add_argument("--manifest", type=Path, help="default: REPO.manifest.json, next to the repository")
    parser.add_argument("--commits", type=int, default=200)
    parser.add_argument("--decoy-ratio", type=float, default=1.25, help="decoys per positive (at least 1)")
    args = parser.parse_args(argv)

    repo = args.repo.resolve()
    manifest_path = (args.manifest or repo.with_name(repo.name + ".manifest.json")).resolve()
    if repo.exists():
        print(f"generate: {repo} exists; remove it first", file=sys.stderr)
        return 2
    if repo in manifest_path.parents:
        print("generate: the manifest must not be inside the repository", file=sys.stderr)
        return 2

    rng = random.Random(args.seed)
    rules = load_rules(args.rules)
    positives = build_positives(rules, rng)
    decoy_files = Decoys(rules, rng).build(int(len(positives) * max(1.0, args.decoy_ratio)) + 1)

    # Files: one per positive, then the decoy files; each gets a commit, a third of the positive files a later delete.
    files = []
    service_cycle = 0
    for n, pos in enumerate(positives, 1):
        service = SERVICES[service_cycle % len(SERVICES)]
        service_cycle += 1
        directory = f"services/{service}-{n:04d}"
        name = pos["file_type"]
        if name == "README.md":
            directory = f"docs/{service}-{n:04d}"
        if pos.get("place_at"):
            name = pos["place_at"]
            content = pos["text"] if pos["text"].endswith("\n") else pos["text"] + "\n"
        else:
            content, _ = wrap(name, pos["text"], rng, service)
        pos["path"] = f"{directory}/{name}"
        pos["line"] = locate(content, pos["secret"])[1] if pos["secret"] else 1
        files.append({"path": pos["path"], "content": content, "positive": pos})
    decoys = []
    for path, content, values in decoy_files:
        after = 0
        entry = {"path": path, "content": content, "decoys": []}
        for cls, value in values:
            try:  # values are listed in the order they appear: the same placeholder twice is two decoys
                idx, line, end_line, column = locate(content, value, after)
            except ValueError:
                idx, line, end_line, column = locate(content, value, 0)
            after = idx + len(value)
            d = {"class": cls, "value": value, "path": path, "line": line, "end_line": end_line, "column": column}
            decoys.append(d)
            entry["decoys"].append(d)
        files.append(entry)

    order = list(range(len(files)))
    rng.shuffle(order)
    commits = max(10, args.commits)
    add_at = {}
    # spread the adds over the first 90% of the commits, the deletes after their add
    add_span = max(1, int(commits * 0.9))
    for slot, i in enumerate(order):
        add_at[i] = 1 + (slot * add_span) // len(order)
    delete_at = {}
    pos_indices = [i for i, f in enumerate(files) if "positive" in f]
    for i in rng.sample(pos_indices, len(pos_indices) // 3):
        delete_at[i] = rng.randrange(add_at[i] + 1, commits + 1)
    dec_indices = [i for i, f in enumerate(files) if "decoys" in f]
    for i in rng.sample(dec_indices, len(dec_indices) // 6):
        delete_at[i] = rng.randrange(add_at[i] + 1, commits + 1)

    history = History(repo)
    history.init()
    (repo / "README.md").write_text("# acme platform\n\nMonorepo for the acme services.\n")
    for c in range(1, commits + 1):
        adds = [i for i in order if add_at[i] == c]
        dels = [i for i, at in delete_at.items() if at == c]
        for i in adds:
            target = repo / files[i]["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[i]["content"], encoding="utf-8")
        for i in dels:
            (repo / files[i]["path"]).unlink()
        if not adds and not dels:
            (repo / "CHANGELOG.txt").open("a").write(f"- {c}: routine maintenance\n")
        author = AUTHORS[(c * 5 + args.seed) % len(AUTHORS)]
        what = sorted({files[i]["path"].split("/")[1].rsplit("-", 1)[0] for i in adds})[:3]
        message = (f"Add {', '.join(what)} configuration" if adds else "Maintenance") + \
            (f"; remove {len(dels)} stale file(s)" if dels else "")
        sha = history.commit(message, author)
        for i in adds:
            f = files[i]
            if "positive" in f:
                f["positive"]["commit"] = sha
            for d in f.get("decoys", []):
                d["commit"] = sha
        for i in dels:
            f = files[i]
            if "positive" in f:
                f["positive"]["removed_in"] = sha
            for d in f.get("decoys", []):
                d["removed_in"] = sha

    for n, p in enumerate(positives, 1):
        p["id"] = f"P{n:04d}"
        p.setdefault("removed_in", None)
    for n, d in enumerate(decoys, 1):
        d["id"] = f"D{n:04d}"
        d.setdefault("removed_in", None)
    manifest = {
        "generator": "bench/detection/generate.py",
        "seed": args.seed,
        "repository": str(repo),
        "commits": commits,
        "rules": [{"id": r.id, "file": str(r.file), "examples": len(r.samples), "paths": r.paths} for r in rules],
        "positives": [{k: p[k] for k in ("id", "rule", "secret", "path", "line", "commit", "removed_in", "file_type",
                                         "example_index", "reused_example", "text", "also_planted")} for p in positives],
        "decoys": [{k: d[k] for k in ("id", "class", "value", "path", "line", "end_line", "column", "commit",
                                      "removed_in")}
                   for d in decoys],
    }
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"generate: {len(rules)} rules, {len(positives)} positives, {len(decoys)} decoys in {len(files)} files, "
          f"{commits} commits -> {repo}; manifest {manifest_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
