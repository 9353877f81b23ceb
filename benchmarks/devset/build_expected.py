#!/usr/bin/env python3
"""Compile the hand-written annotations (annotations/<id>.ann) into the development set's
expected values: manifest.tsv, documents.jsonl (title, date, authors) and facts.jsonl (every fact
with UTF-16 offsets into the cached page text).

The page texts live outside the repository (/work/devset-cache/<id>.txt, licence unclear); this
script reads them to place each annotated surface and to fill the manifest's sha256 and length.

    python3 benchmarks/devset/build_expected.py [--set DIR] [--cache DIR] [--check]

`--set` names the page set's folder (default: benchmarks/devset; the held-out set is
benchmarks/heldout), `--cache` its page cache (default: /work/devset-cache for the devset,
/work/<folder>-cache for any other set). The set's annotations/ are read and its manifest.tsv,
documents.jsonl and facts.jsonl written.

A page whose cached text is missing (a cache lost when the search tool no longer returns the page)
is kept: its manifest row keeps the sha256 and length already recorded, its note is the .ann's, and
its facts are carried over unchanged from the current facts.jsonl; its document record is compiled
from the .ann header as usual. score.py --allow-missing then leaves it out and names it.

An .ann file is tab-separated, one line per item:
    url / script / note / title / published / author / reprint_of   header lines ('-' = none)
    <kind> <TAB> <surface>[#n] <TAB> key=value ...      one fact
A surface is written without inline pinyin: 工作隊 also finds 工作隊(duì) in the page.
A fact takes the first occurrence no earlier fact of its kind overlaps, unless #n says which.
Names (place, org, person, team) default their value to the surface in simplified script.
"""
import argparse, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
NUMBER_KINDS = ("money", "count", "measure", "percent")
NAME_KINDS = ("place", "org", "person", "team")
KINDS = NUMBER_KINDS + ("date",) + NAME_KINDS
PINYIN = r"(?:\([a-zü\u00e0-\u01dc\u01f9]+\))"
PINYIN_RE = re.compile(PINYIN)
KEYS = {"value", "max", "unit", "currency", "approx", "level", "parent", "code",
        "place", "period", "actor", "subject"}


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def surface_regex(surface):
    # Any character of the surface may be followed by an inline pinyin annotation, except the last.
    parts = [re.escape(c) for c in surface]
    return re.compile((PINYIN + "?").join(parts))


def parse_ann(path):
    head, facts = {}, []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            key = cols[0]
            if key in ("url", "script", "note", "title", "published", "author", "reprint_of"):
                head[key] = cols[1] if len(cols) > 1 else ""
                continue
            if key not in KINDS:
                sys.exit(f"{path}:{no}: unknown kind {key!r}")
            surface, nth = cols[1], None
            m = re.fullmatch(r"(.+)#(\d+)", surface)
            if m:
                surface, nth = m.group(1), int(m.group(2))
            fields = {}
            for kv in cols[2:]:
                for item in kv.split(" "):
                    if not item:
                        continue
                    k, _, v = item.partition("=")
                    if k not in KEYS:
                        sys.exit(f"{path}:{no}: unknown key {k!r}")
                    fields[k] = v
            facts.append((no, key, surface, nth, fields))
    return head, facts


def to_simplified(names):
    if not names:
        return []
    out = subprocess.run(["dotnet", "run", "--no-build", "--project", os.path.join(REPO, "src/Cli"),
                          "-c", "Release", "--", "convert", "--to", "simplified"],
                         input="\n".join(names) + "\n", capture_output=True, text=True, check=True).stdout
    return out.split("\n")[: len(names)]


def number(v):
    f = float(v)
    return int(f) if f == int(f) and "." not in v else f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=HERE, help="folder of the page set (default: benchmarks/devset)")
    ap.add_argument("--cache", help="page cache (default: /work/devset-cache, or /work/<set folder>-cache)")
    ap.add_argument("--check", action="store_true", help="print each fact in context and the coverage warnings")
    args = ap.parse_args()
    setdir = os.path.abspath(args.set)
    setname = os.path.basename(setdir.rstrip("/"))
    if args.cache is None:
        args.cache = "/work/devset-cache" if setname == "devset" else f"/work/{setname}-cache"
    if not os.path.isdir(args.cache):
        sys.exit(f"no page cache at {args.cache}: the expected values cannot be rebuilt without it")
    manifest, docs, facts_out, warnings = [], [], [], []
    # what the last compilation recorded, for pages whose cache is missing
    old_rows, old_facts = {}, {}
    if os.path.exists(os.path.join(setdir, "manifest.tsv")):
        with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
            for line in list(f)[1:]:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 5:
                    old_rows[cols[0]] = cols
    if os.path.exists(os.path.join(setdir, "facts.jsonl")):
        with open(os.path.join(setdir, "facts.jsonl"), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    old_facts.setdefault(rec["doc"], []).append(rec)
    for name in sorted(os.listdir(os.path.join(setdir, "annotations"))):
        if not name.endswith(".ann"):
            continue
        doc = name[:-4]
        head, facts = parse_ann(os.path.join(setdir, "annotations", name))
        authors = [a for a in head.get("author", "-").split("、") if a and a != "-"]
        doc_rec = {"doc": doc, "script": head["script"],
                   "title": None if head.get("title", "-") == "-" else head["title"],
                   "published": None if head.get("published", "-") == "-" else head["published"],
                   "authors": authors, **({"reprint_of": head["reprint_of"]} if head.get("reprint_of") else {})}
        cache_path = os.path.join(args.cache, doc + ".txt")
        if not os.path.exists(cache_path):
            if doc not in old_rows or doc not in old_facts:
                sys.exit(f"{doc}: no cached text at {cache_path} and nothing recorded for it in manifest.tsv/facts.jsonl")
            row = old_rows[doc]
            manifest.append((doc, head["url"], head["script"], row[3], int(row[4]), head.get("note", "")))
            docs.append(doc_rec)
            facts_out.extend(old_facts[doc])
            warnings.append(f"{doc}: no cached text; manifest row and {len(old_facts[doc])} facts kept as recorded")
            continue
        raw = open(cache_path, "rb").read()
        text = raw.decode("utf-8")
        # UTF-16 offset of each code point index
        u16 = [0]
        for c in text:
            u16.append(u16[-1] + (2 if ord(c) > 0xFFFF else 1))
        manifest.append((doc, head["url"], head["script"], hashlib.sha256(raw).hexdigest(), u16[-1], head.get("note", "")))
        docs.append(doc_rec)
        seen, spans = {}, []
        resolved = []
        for no, kind, surface, nth, fields in facts:
            # a number never starts inside another one: 8戶 is not the tail of 48戶
            occ = [m for m in surface_regex(surface).finditer(text)
                   if not (surface[0].isdigit() and m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."))]
            key = (kind, surface)
            seen[key] = seen.get(key, 0) + 1
            if nth is not None:
                if nth > len(occ):
                    sys.exit(f"{doc}.ann:{no}: {kind} {surface!r}: occurrence {nth} not in the page ({len(occ)} found)")
                m = occ[nth - 1]
            else:
                # the first occurrence no earlier fact of the same kind has taken
                taken = [(r[3].start(), r[3].end()) for r in resolved if r[1] == kind]
                free = [o for o in occ if not any(s < o.end() and o.start() < e for s, e in taken)]
                if not free:
                    sys.exit(f"{doc}.ann:{no}: {kind} {surface!r}: no free occurrence left ({len(occ)} found)")
                m = free[0]
            resolved.append((no, kind, surface, m, fields))
        for key, n in seen.items():
            kind, surface = key
            total = len(list(surface_regex(surface).finditer(text)))
            if kind in NAME_KINDS and total > n:
                warnings.append(f"{doc}: {kind} {surface!r} listed {n}x, occurs {total}x")
        names = [PINYIN_RE.sub("", m.group(0)) for _, kind, _, m, f in resolved if kind in NAME_KINDS and "value" not in f]
        simp = iter(to_simplified(names) if head["script"] == "traditional" else names)
        for no, kind, surface, m, f in resolved:
            rec = {"doc": doc, "kind": kind, "text": m.group(0), "start": u16[m.start()], "end": u16[m.end()]}
            if kind in NAME_KINDS:
                rec["value"] = f.pop("value") if "value" in f else next(simp)
            elif "value" not in f:
                sys.exit(f"{doc}.ann:{no}: {kind} {surface!r} needs value=")
            for k in ("value", "max"):
                if k in f:
                    rec[k] = f[k] if kind == "date" else number(f[k])
            if kind == "money":
                rec["currency"] = f.get("currency", "CNY")
            if kind == "percent":
                f.setdefault("unit", "%")
            for k in ("unit", "approx", "level", "parent", "code", "subject"):
                if k in f:
                    rec[k] = f[k]
            if kind in NUMBER_KINDS:
                for k in ("place", "period", "actor"):
                    if f.get(k, "-") != "-":
                        rec[k] = f[k]
            spans.append((m.start(), m.end()))
            facts_out.append(rec)
        # a number's code is the code of its place, when that place has one code in this page
        place_codes = {}
        for r in facts_out:
            if r["doc"] == doc and r["kind"] == "place" and r.get("code"):
                place_codes.setdefault(r["value"], set()).add(r["code"])
        for r in facts_out:
            if r["doc"] == doc and r["kind"] in NUMBER_KINDS and len(place_codes.get(r.get("place"), ())) == 1:
                r["code"] = next(iter(place_codes[r["place"]]))
        # numerals no annotated span covers: a reminder to read that sentence again
        for m in re.finditer(r"[0-9０-９]+(?:[.．][0-9]+)?|[一二两三四五六七八九十百千万亿兩萬億〇零]{2,}", text):
            if not any(s <= m.start() < e for s, e in spans):
                warnings.append(f"{doc}: uncovered numeral {m.group(0)!r} at {u16[m.start()]}: …{text[max(0, m.start() - 12):m.end() + 8]}…".replace("\n", "⏎"))
        if args.check:
            for rec in facts_out:
                if rec["doc"] == doc:
                    ctx = text[max(0, [i for i, x in enumerate(u16) if x == rec["start"]][0] - 8):][:len(rec["text"]) + 16].replace("\n", "⏎")
                    print(f"{doc} {rec['kind']:8} {rec['text']:<20} {json.dumps({k: v for k, v in rec.items() if k not in ('doc', 'kind', 'text', 'start', 'end')}, ensure_ascii=False)}  «{ctx}»")
    with open(os.path.join(setdir, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("id\turl\tscript\tsha256\tutf16_length\tnote\n")
        for row in manifest:
            f.write("\t".join(str(x) for x in row) + "\n")
    with open(os.path.join(setdir, "documents.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(setdir, "facts.jsonl"), "w", encoding="utf-8") as f:
        for r in facts_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    print(f"{len(docs)} documents, {len(facts_out)} facts", file=sys.stderr)


if __name__ == "__main__":
    main()
