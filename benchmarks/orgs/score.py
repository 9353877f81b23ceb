#!/usr/bin/env python3
"""Organisation sets: benchmarks/orgs (branch orgs, 2026-12-06: ten report pages), benchmarks/orgs2 and
benchmarks/orgs2-check (branch orgs2: nine pages each, the dev and the check half), benchmarks/orgs3 and
benchmarks/orgs3-check (branch orgs3, likewise), benchmarks/orgs4 and benchmarks/orgs4-check (branch s29-orgs4,
ten pages each), benchmarks/orgs5 and benchmarks/orgs5-check (branch orgs5, seven pages each), benchmarks/orgs6 and
benchmarks/orgs6-check (branch s31-orgs6, seven pages each), benchmarks/orgs7 and benchmarks/orgs7-check (branch orgs32,
eight pages each), benchmarks/orgs8 and benchmarks/orgs8-check (branch orgs8, ten pages each), benchmarks/orgs9 and benchmarks/orgs9-check
(branch acc-orgs, ten pages each), benchmarks/orgs10 and benchmarks/orgs10-check (branch acc-orgs, session 35, ten pages each), benchmarks/orgs11 and
benchmarks/orgs11-check (branch orgs11, session 36, eight pages each), annotated by hand for
their organisations only, before the tool was run on them.

    python3 benchmarks/orgs/score.py [--set benchmarks/orgs2] [--no-build] [--diff] [--allow-missing] [--cli OTHER/WorkTeam.Cli.dll] [--cache /work/<set>-cache]

Reads manifest.tsv (id, url, script, sha256, utf16 length, note) and annotations/<id>.tsv (one
organisation's surface a line, exactly as in the cached text, inline pinyin kept; each line takes
the first occurrence that no earlier line of the page has covered, `surface#n` the n-th such one), checks each cached page
against its sha256, runs `workteam extract --kinds org` on the cache and prints span P/R/F1 per
script (a span ending in inline pinyin matches the span without it, as in benchmarks/devset).
The caches are rebuilt with `python3 /work/orgs-cache/src/write.py`, `python3 /work/orgs2-cache/src/write.py`
(both orgs2 halves), `python3 /work/orgs3-cache/src/write.py` (both orgs3 halves) and
`python3 /work/orgs4-src/write.py` (both orgs4 halves), `python3 /work/orgs5-src/write.py` (both orgs5 halves), `python3 /work/orgs6-src/write.py` (both orgs6 halves), `python3 /work/orgs7-src/write.py` (both orgs7 halves), `python3 /work/orgs8-src/write.py` (both orgs8 halves), `python3 /work/orgs9-src/write.py` (both orgs9 halves), `python3 /work/orgs10-src/write.py` (both orgs10 halves), `python3 /work/orgs11-src/write.py` (both orgs11 halves). `--allow-missing` scores the pages whose cache exists.
"""
import argparse, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SET = HERE
NTH = re.compile(r"#(\d+)$")
TRAILING_PINYIN = re.compile(r"\([a-zü\u00e0-\u01dc\u01f9]+\)$")


def strip_end(text, end):
    m = TRAILING_PINYIN.search(text)
    return end - (len(m.group(0)) if m else 0)


def expected(doc, text):
    spans = []
    with open(os.path.join(SET, "annotations", doc + ".tsv"), encoding="utf-8") as f:
        for line in f:
            surface = line.rstrip("\n").split("\t")[0]
            if not surface or surface.startswith("#"):
                continue
            nth = 1
            m = NTH.search(surface)
            if m:
                surface, nth = surface[:m.start()], int(m.group(1))
            at = -1
            for _ in range(nth):
                at = text.find(surface, at + 1)
                while at >= 0 and any(s < at + len(surface) and at < e for s, e, _ in spans):
                    at = text.find(surface, at + 1)
            if at < 0:
                sys.exit(f"{doc}: no free occurrence of {surface}")
            spans.append((at, at + len(surface), surface))
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=HERE, help="the set's folder (default: benchmarks/orgs)")
    ap.add_argument("--cache", help="page cache (default: /work/<set folder>-cache)")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--cli", help="a built WorkTeam.Cli.dll to run instead of this checkout's (another branch's build, for a before/after)")
    ap.add_argument("--allow-missing", action="store_true",
                    help="score the pages whose cache exists and matches; name the others (figures then not comparable)")
    a = ap.parse_args()
    global SET
    SET = os.path.abspath(a.set)
    a.cache = a.cache or f"/work/{os.path.basename(SET)}-cache"
    if not os.path.isdir(a.cache):
        print(f"skipped: no cache at {a.cache}"); return
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(SET, "manifest.tsv"), encoding="utf-8")][1:]
    docs, texts, missing = {}, {}, []
    for doc, url, script, sha, _, _ in rows:
        path = os.path.join(a.cache, doc + ".txt")
        data = open(path, "rb").read() if os.path.exists(path) else None
        if data is None or hashlib.sha256(data).hexdigest() != sha:
            if a.allow_missing:
                missing.append(doc); continue
            sys.exit(f"{doc}: {path} is missing or does not match the manifest")
        docs[doc], texts[doc] = script, data.decode("utf-8")
    if missing:
        print(f"missing or changed, left out: {' '.join(missing)} ({len(docs)} of {len(rows)} pages scored)")
    if not docs:
        print("skipped: no page of the set is cached"); return
    if not a.no_build:
        subprocess.run(["dotnet", "build", os.path.join(REPO, "src/Cli"), "-c", "Release", "-v", "q", "-nologo"], check=True,
                       stdout=subprocess.DEVNULL)
    files = [os.path.join(a.cache, d + ".txt") for d in sorted(docs)]
    run = ["dotnet", a.cli] if a.cli else ["dotnet", "run", "--no-build", "--project", os.path.join(REPO, "src/Cli"), "-c", "Release", "--"]
    proc = subprocess.run(run + ["extract", "--kinds", "org", "--format", "jsonl"] + files, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    out = {d: set() for d in docs}
    for line in proc.stdout.splitlines():
        r = json.loads(line)
        d = os.path.basename(r["doc"])[:-4]
        out[d].add((r["start"], strip_end(r["text"], r["end"]), r["text"]))
    totals, missed, spurious = {}, [], []
    for d in sorted(docs):
        exp = {(s, strip_end(t, e)): t for s, e, t in expected(d, texts[d])}
        got = {(s, e): t for s, e, t in out[d]}
        tp = len(exp.keys() & got.keys())
        for s in (docs[d], "all"):
            t = totals.setdefault(s, [0, 0, 0])
            t[0] += tp; t[1] += len(got); t[2] += len(exp)
        missed += [(d, k, exp[k]) for k in sorted(exp.keys() - got.keys())]
        spurious += [(d, k, got[k]) for k in sorted(got.keys() - exp.keys())]
    print("| script | expected | output | P | R | F1 |\n|---|---:|---:|---:|---:|---:|")
    for s in ("simplified", "traditional", "all"):
        tp, n_out, n_exp = totals.get(s, [0, 0, 0])
        p = tp / n_out if n_out else 0.0
        r = tp / n_exp if n_exp else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {s} | {n_exp} | {n_out} | {p:.3f} | {r:.3f} | {f:.3f} |")
    if a.diff:
        print("\n## missed")
        for d, (s, e), t in missed:
            print(f"- {d} {t} [{s},{e}) …{texts[d][max(0, s - 8):s]}[{t}]{texts[d][e:e + 6]}…".replace("\n", " "))
        print("\n## spurious")
        for d, (s, e), t in spurious:
            print(f"- {d} {t} [{s},{e}) …{texts[d][max(0, s - 8):s]}[{t}]{texts[d][e:e + 6]}…".replace("\n", " "))


if __name__ == "__main__":
    main()
