#!/usr/bin/env python3
"""Builds corpus/samples/gold/<base>.json from a compact hand-written spec.

Authoring aid only: the Maven build never runs it. Usage, from the repository root:

    python3 corpus/samples/tools/make_gold.py            # every spec in tools/specs/
    python3 corpus/samples/tools/make_gold.py BASE ...   # only these documents
    python3 corpus/samples/tools/make_gold.py --review BASE   # also print every entry for review
    python3 corpus/samples/tools/make_gold.py --counts   # print the README counts table

A spec (tools/specs/<base>.spec, UTF-8) names every annotation by its exact surface text; the tool finds the
offsets (Python str indices = Unicode code points), derives the mechanical citation fields, and writes the gold
object with the keys in the order of the schema (see ../README.md). Spec format:

    # comment
    docType: KẾ HOẠCH                 header fields; "null" is JSON null
    number: 52/KH-THCSNP
    issuedDate: 2024-01-22
    place: Nghi Phong
    title: ...
    issuer: ...
    signer: null                      or signer.name / signer.title / signer.authority lines
    recipient: Lưu: VT.               one line per recipient, in order

    [citations]                       one entry per line, in order of appearance
    SURFACE | name=... | canon=... | sym=... | type=... | date=... | year=... | issuer=... | number=...
    [deadlines]
    SURFACE | date=YYYY-MM-DD|null | rec=monthly|quarterly|half-yearly|yearly|null | what=... | who=...
    [assignments]
    SURFACE | who=... | task=...
    [sections]
    drop: LINE PREFIX                 (optional) a line the detector must not take as a heading

Entry options: "@same" puts the entry at the same offset as the previous entry of its list (a surface naming
two laws; X chủ trì, phối hợp với Y); "after=TEXT" first moves the search past the next occurrence of TEXT.
Otherwise each surface is searched from just after the previous entry of the same list. "\\n" in a surface or
value stands for a line break.

Derived citation fields, each overridable: type (the leading type word, normalised); sym (the number/symbol after
the type word or "số"/"sổ", whitespace removed); canon (= sym); number (leading digits of sym); date (the first
"ngày …" date in the surface); year (the 4-digit year in sym, else the year of date); issuer (the text after
" của " in the surface). name has no default (null).

Sections are detected from the text (lines that start with I. / 1. / 1.1. / a) / a. / Điều N., after Markdown
"#" and "*"), with the title rule of the README. Review the output: --review prints it all, plus every place that
looks like a citation but is not annotated.
"""
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent
DOCS = SAMPLES / "docs"
GOLD = SAMPLES / "gold"
SPECS = Path(__file__).resolve().parent / "specs"

HEADER_KEYS = ["docType", "number", "issuedDate", "place", "title", "issuer"]
CITATION_KEYS = ["surface", "start", "end", "type", "symbol", "canonical", "number", "year", "date", "issuer", "name"]
RECURRENCES = {None, "monthly", "quarterly", "half-yearly", "yearly"}

# Longest first, so that "Thông tư liên tịch" wins over "Thông tư".
TYPE_WORDS = ["Thông tư liên tịch", "Bộ luật", "Hiến pháp", "Pháp lệnh", "Nghị quyết", "Nghị định", "Quyết định",
              "Chỉ thị", "Thông tư", "Quy định", "Quy chế", "Kết luận", "Hướng dẫn", "Kế hoạch", "Chương trình",
              "Đề án", "Công văn", "Văn bản", "Thông báo", "Báo cáo", "Tờ trình", "Công điện", "Luật"]
TYPE_ABBREVIATIONS = {"QĐ": "Quyết định"}

DATE_LONG = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
DATE_SHORT = re.compile(r"ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
ROMAN = re.compile(r"^([IVX]+)\.\s+")
ARABIC = re.compile(r"^(\d+(?:\.\d+)*)\.\s+")
LETTER = re.compile(r"^([a-zđ])[.)]\s+")
ARTICLE = re.compile(r"^(Điều\s+\d+)\.\s*")
CANDIDATE = re.compile(
    r"(?i)(?<!\w)(luật|bộ luật|hiến pháp|pháp lệnh|nghị quyết|nghị định|quyết định|qđ|chỉ thị|thông tư|quy định|"
    r"quy chế|kết luận|hướng dẫn|kế hoạch|chương trình|đề án|công văn|văn bản|thông báo|báo cáo|tờ trình|"
    r"công điện)(?:\s+liên tịch)?\s+(?:(?:khẩn\s+)?(?:số|sổ)\s*:?\s*)?\d")
NAMED_LAW = re.compile(r"(?<!\w)(Luật|Bộ luật|Hiến pháp) [A-ZĐ\w]")


class SpecError(Exception):
    pass


def unescape(s):
    return s.replace("\\n", "\n")


def value(raw):
    raw = unescape(raw.strip())
    return None if raw == "null" else raw


def parse_spec(path):
    header, signer, recipients = {}, {}, []
    lists = {"citations": [], "deadlines": [], "assignments": []}
    drops = []
    signer_null = False
    part = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line.strip())
        if m:
            part = m.group(1)
            if part not in lists and part != "sections":
                raise SpecError(f"{path}:{lineno}: unknown part [{part}]")
            continue
        where = f"{path.name}:{lineno}"
        if part is None:
            key, sep, val = line.partition(":")
            if not sep:
                raise SpecError(f"{where}: expected 'key: value'")
            key = key.strip()
            if key == "recipient":
                recipients.append(value(val))
            elif key == "signer":
                if value(val) is not None:
                    raise SpecError(f"{where}: 'signer:' only takes null")
                signer_null = True
            elif key.startswith("signer."):
                signer[key[len("signer."):]] = value(val)
            elif key in HEADER_KEYS:
                header[key] = value(val)
            else:
                raise SpecError(f"{where}: unknown header key {key}")
        elif part == "sections":
            key, _, val = line.partition(":")
            if key.strip() != "drop":
                raise SpecError(f"{where}: only 'drop:' lines go under [sections]")
            drops.append(unescape(val.strip()))
        else:
            fields = line.split(" | ")
            entry = {"surface": unescape(fields[0].rstrip()), "opts": {}, "where": where}
            for f in fields[1:]:
                f = f.strip()
                if f == "@same":
                    entry["same"] = True
                    continue
                k, sep, v = f.partition("=")
                if not sep:
                    raise SpecError(f"{where}: bad option '{f}'")
                entry["opts"][k.strip()] = value(v)
            lists[part].append(entry)
    missing = [k for k in HEADER_KEYS if k not in header]
    if missing:
        raise SpecError(f"{path.name}: missing header keys {missing}")
    if signer_null:
        signer = None
    elif set(signer) != {"name", "title", "authority"}:
        raise SpecError(f"{path.name}: signer needs name, title and authority (or 'signer: null')")
    return header, signer, recipients, lists, drops


def locate(text, entries, kind):
    """Gives each entry its start offset, searching in order."""
    cursor = 0
    previous = None
    for e in entries:
        if e.get("same"):
            if previous is None:
                raise SpecError(f"{e['where']}: @same on the first {kind} entry")
            e["start"] = previous
        else:
            after = e["opts"].pop("after", None)
            if after is not None:
                a = text.find(after, cursor)
                if a < 0:
                    raise SpecError(f"{e['where']}: anchor not found after offset {cursor}: {after!r}")
                cursor = a + len(after)
            s = text.find(e["surface"], cursor)
            if s < 0:
                raise SpecError(f"{e['where']}: {kind} surface not found after offset {cursor}: {e['surface']!r}")
            e["start"] = s
            cursor = s + 1
        e["end"] = e["start"] + len(e["surface"])
        previous = e["start"]


def iso(d, m, y, where):
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError as ex:
        raise SpecError(f"{where}: invalid date {d}/{m}/{y}: {ex}")


def check_iso(v, where):
    if v is None:
        return None
    try:
        return date.fromisoformat(v).isoformat()
    except ValueError:
        raise SpecError(f"{where}: not an ISO date: {v!r}")


def derive_citation(e):
    s, o, where = e["surface"], e["opts"], e["where"]
    type_word, rest = None, None
    for abbreviation, full in TYPE_ABBREVIATIONS.items():
        if s.startswith(abbreviation + " "):
            type_word, rest = full, s[len(abbreviation):]
    if type_word is None:
        for t in TYPE_WORDS:
            if s[:len(t)].lower() == t.lower() and (len(s) == len(t) or not s[len(t)].isalnum()):
                type_word, rest = t, s[len(t):]
                break
    ctype = o.pop("type", type_word)
    if ctype is None:
        raise SpecError(f"{where}: no type word at the start of {s!r}")
    if "sym" in o:
        symbol = o.pop("sym")
    else:
        m = re.search(r"(?:^|\s)(?:khẩn\s+)?(?:số|sổ)\s+(\d[^\s,;]*)", rest) or re.match(r"\s+(\d[^\s,;]*)", rest)
        symbol = m.group(1) if m else None
    if symbol is not None:
        symbol = re.sub(r"\s+", "", symbol)
    canonical = o.pop("canon", symbol)
    if canonical is None:
        raise SpecError(f"{where}: a citation without a symbol needs canon=")
    number = o.pop("number", None)
    if number is None and symbol is not None:
        number = re.match(r"\d+", symbol).group(0)
    if "date" in o:
        cdate = check_iso(o.pop("date"), where)
    else:
        m = DATE_LONG.search(s) or DATE_SHORT.search(s)
        cdate = iso(m.group(1), m.group(2), m.group(3), where) if m else None
    if "year" in o:
        y = o.pop("year")
        year = None if y is None else int(y)
    else:
        m = re.search(r"/((?:19|20)\d\d)/", symbol or "")
        year = int(m.group(1)) if m else (int(cdate[:4]) if cdate else None)
    if "issuer" in o:
        issuer = o.pop("issuer")
    else:
        i = s.find(" của ")
        issuer = re.sub(r"\s+", " ", s[i + len(" của "):]).strip() if i >= 0 else None
    name = o.pop("name", None)
    if o:
        raise SpecError(f"{where}: unknown citation options {sorted(o)}")
    return {"surface": s, "start": e["start"], "end": e["end"], "type": ctype, "symbol": symbol,
            "canonical": canonical, "number": number, "year": year, "date": cdate, "issuer": issuer, "name": name}


def make_deadline(e):
    o, where = e["opts"], e["where"]
    for k in ("date", "rec", "what", "who"):
        if k not in o:
            raise SpecError(f"{where}: deadline needs {k}=")
    if o["rec"] not in RECURRENCES:
        raise SpecError(f"{where}: bad recurrence {o['rec']!r}")
    if set(o) - {"date", "rec", "what", "who"}:
        raise SpecError(f"{where}: unknown deadline options {sorted(set(o) - {'date', 'rec', 'what', 'who'})}")
    return {"surface": e["surface"], "start": e["start"], "end": e["end"], "date": check_iso(o["date"], where),
            "recurrence": o["rec"], "what": o["what"], "who": o["who"]}


def make_assignment(e):
    o, where = e["opts"], e["where"]
    if set(o) != {"who", "task"}:
        raise SpecError(f"{where}: assignment needs exactly who= and task=")
    return {"who": o["who"], "task": o["task"], "surface": e["surface"], "start": e["start"], "end": e["end"]}


def section_title(rest):
    rest = rest.replace("*", "").replace("#", "").rstrip()
    if rest.endswith("./."):  # the closing mark of a document, not part of the title
        rest = rest[:-3]
    m = re.search(r"(?<!\.)\.(?!\.)\s", rest)
    if m:
        rest = rest[:m.start()]
    rest = rest.strip()
    if rest.endswith(":"):
        rest = rest[:-1].rstrip()
    elif rest.endswith(".") and not rest.endswith(".."):
        rest = rest[:-1].rstrip()
    return rest


def detect_sections(text, drops):
    sections = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if any(line.startswith(d) for d in drops):
            continue
        body = re.sub(r"^#+\s*", "", line)
        body = re.sub(r"^\*+\s*", "", body)
        for pattern, level_of in ((ARTICLE, lambda l: 1), (ROMAN, lambda l: 1),
                                  (ARABIC, lambda l: l.count(".") + 2), (LETTER, lambda l: 3)):
            m = pattern.match(body)
            if m:
                label = re.sub(r"\s+", " ", m.group(1))
                sections.append({"level": level_of(label), "label": label,
                                 "title": section_title(body[m.end():]), "start": start})
                break
    return sections


def check_text(base, text, raw):
    problems = []
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("has a BOM")
    if "\r" in text:
        problems.append("has CR")
    if unicodedata.normalize("NFC", text) != text:
        problems.append("is not NFC")
    if not text.endswith("\n"):
        problems.append("does not end with a line break")
    if problems:
        raise SpecError(f"{base}.txt: " + ", ".join(problems))


def build(base):
    doc = DOCS / f"{base}.txt"
    raw = doc.read_bytes()
    text = raw.decode("utf-8")
    check_text(base, text, raw)
    header, signer, recipients, lists, drops = parse_spec(SPECS / f"{base}.spec")
    for kind, entries in lists.items():
        locate(text, entries, kind)
    citations = [derive_citation(e) for e in lists["citations"]]
    gold = {k: header[k] for k in HEADER_KEYS}
    gold["issuedDate"] = check_iso(gold["issuedDate"], f"{base}.spec")
    gold["signer"] = signer
    gold["recipients"] = recipients
    gold["citations"] = citations
    gold["deadlines"] = [make_deadline(e) for e in lists["deadlines"]]
    gold["sections"] = detect_sections(text, drops)
    gold["assignments"] = [make_assignment(e) for e in lists["assignments"]]
    for c in citations:
        assert text[c["start"]:c["end"]] == c["surface"]
    (GOLD / f"{base}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return text, gold


def review(text, gold):
    out = []
    for k in HEADER_KEYS:
        out.append(f"{k}: {gold[k]!r}")
    out.append(f"signer: {gold['signer']!r}")
    out.append(f"recipients: {gold['recipients']!r}")
    out.append("-- citations")
    covered = []
    for c in gold["citations"]:
        covered.append((c["start"], c["end"]))
        out.append(f"@{c['start']} {c['surface']!r}")
        out.append("    " + ", ".join(f"{k}={c[k]!r}" for k in CITATION_KEYS[3:]))
    for m in list(CANDIDATE.finditer(text)) + list(NAMED_LAW.finditer(text)):
        if not any(s <= m.start() < e for s, e in covered):
            line = text[m.start():m.start() + 60].split("\n")[0]
            out.append(f"   not annotated @{m.start()}: {line!r}")
    out.append("-- deadlines")
    for d in gold["deadlines"]:
        out.append(f"@{d['start']} {d['surface']!r} -> {d['date']} {d['recurrence']} | {d['what']} | {d['who']}")
    out.append("-- sections")
    for s in gold["sections"]:
        out.append(f"@{s['start']} L{s['level']} {s['label']} | {s['title']}")
    out.append("-- assignments")
    for a in gold["assignments"]:
        out.append(f"@{a['start']} {a['who']} | {a['task']} | {a['surface']!r}")
    print("\n".join(out))


def counts():
    rows = []
    total = [0] * 5
    for g in sorted(GOLD.glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        n = [len(d["citations"]), len({c["canonical"] for c in d["citations"]}), len(d["deadlines"]),
             len(d["sections"]), len(d["assignments"])]
        total = [a + b for a, b in zip(total, n)]
        rows.append(f"| `{g.stem}` | {d['docType']} | {d['issuedDate'] or '—'} | " + " | ".join(map(str, n)) + " |")
    print("| file | docType | issuedDate | citations | distinct canonical | deadlines | sections | assignments |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print(f"| **total ({len(rows)} documents)** | | | " + " | ".join(map(str, total)) + " |")


def main(argv):
    if "--counts" in argv:
        counts()
        return 0
    show = "--review" in argv
    bases = [a for a in argv if not a.startswith("--")] or sorted(p.stem for p in SPECS.glob("*.spec"))
    status = 0
    for base in bases:
        try:
            text, gold = build(base)
        except SpecError as ex:
            print(f"ERROR {ex}", file=sys.stderr)
            status = 1
            continue
        print(f"{base}: {len(gold['citations'])} citations, {len(gold['deadlines'])} deadlines, "
              f"{len(gold['sections'])} sections, {len(gold['assignments'])} assignments")
        if show:
            review(text, gold)
    orphans = sorted({p.stem for p in DOCS.glob("*.txt")} ^ {p.stem for p in SPECS.glob("*.spec")})
    if orphans and not [a for a in argv if not a.startswith("--")]:
        print(f"WARNING documents and specs do not pair up: {orphans}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
