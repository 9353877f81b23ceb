#!/usr/bin/env python3
"""Score the built `workteam` CLI on the development set of real work-team reports.

    python3 benchmarks/devset/score.py [--set DIR] [--cache DIR] [--no-build] [--json FILE] [--allow-missing]

`--set` names the folder of the page set (default: benchmarks/devset; the held-out set is
benchmarks/heldout); `--cache` its page cache (default: /work/devset-cache for the devset,
/work/<folder>-cache for any other set). Reads the set's manifest.tsv, documents.jsonl and facts.jsonl (written by build_expected.py), checks each
cached page against its sha256, runs `workteam extract --format jsonl` and `workteam docs` on the
cached pages, and prints, per script (simplified, traditional) and overall:
  - precision / recall / F1 per fact kind on exact spans (start and end, UTF-16);
  - for numbers and dates, how many matched spans also have the right value (value, max, unit,
    currency, approx), and F1 counting a fact right only when span and value are;
  - for places, level and code accuracy on matched spans;
  - link accuracy per field (place, period, actor) on matched numbers: absent where the text gives
    none counts as right; a field the output never writes is reported as absent;
  - title, publish date and author accuracy.
A span that ends in an inline pinyin annotation (工作隊(duì)) matches the same span without it.
Exits 0 with a message when the page cache is missing (the texts are not in the repository).
`--allow-missing` scores only the pages whose cached text matches the manifest and names the others
(the figures are then not comparable with a run on the whole set).
"""
import argparse, collections, hashlib, json, os, re, subprocess, sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
NUMBER_KINDS = ("money", "count", "measure", "percent")
KINDS = NUMBER_KINDS + ("date", "place", "org", "person", "team")
LINKS = ("place", "period", "actor")
TRAILING_PINYIN = re.compile(r"\([a-zü\u00e0-\u01dc\u01f9]+\)$")
PINYIN = re.compile(r"\([a-zü\u00e0-\u01dc\u01f9]+\)")


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def span_end(rec):
    m = TRAILING_PINYIN.search(rec["text"])
    return rec["end"] - (len(m.group(0)) if m else 0)


def num(v):
    return None if v is None else Decimal(str(v)).normalize()


def value_right(exp, out):
    if exp["kind"] == "date":
        return exp["value"] == out.get("value")
    if num(exp["value"]) != num(out.get("value")) or num(exp.get("max")) != num(out.get("max")):
        return False
    return all(exp.get(k) == out.get(k) for k in ("unit", "currency", "approx"))


def prf(tp, n_out, n_exp):
    p = tp / n_out if n_out else 0.0
    r = tp / n_exp if n_exp else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_cli(args, files):
    cmd = ["dotnet", "run", "--no-build", "--project", os.path.join(REPO, "src/Cli"), "-c", "Release", "--"] + args + files
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0,):
        sys.stderr.write(proc.stderr)
        sys.exit(f"workteam {' '.join(args)} exited {proc.returncode}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def squash(s):
    return re.sub(r"\s+", "", PINYIN.sub("", s or ""))


def title_ok(e, o):
    return squash(e["title"]) == squash(o.get("title")) if e["title"] else not o.get("title")


def date_ok(e, o):
    want, got = e["published"], o.get("published") or ""
    if not want:
        return not got
    if want.startswith("XXXX"):  # the page gives no year: the month and day must be right
        return bool(got) and got[4:len(want)] == want[4:]
    return got[: len(want)] == want


def authors_ok(e, o):
    return sorted(squash(a) for a in e["authors"]) == sorted(squash(a) for a in o.get("authors", []))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=HERE, help="folder of the page set (default: benchmarks/devset)")
    ap.add_argument("--cache", help="page cache (default: /work/devset-cache, or /work/<set folder>-cache)")
    ap.add_argument("--allow-missing", action="store_true",
                    help="score only the pages whose cache matches the manifest, naming the others")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--json", help="also write the figures as JSON to this file")
    ap.add_argument("--diff", action="store_true", help="list each missed and each spurious fact")
    args = ap.parse_args()
    setdir = os.path.abspath(args.set)
    setname = os.path.basename(setdir.rstrip("/"))
    if args.cache is None:
        args.cache = "/work/devset-cache" if setname == "devset" else f"/work/{setname}-cache"
    if not os.path.isdir(args.cache):
        print(f"{setname}: skipped: no page cache at {args.cache} (the page texts are kept out of the repository; "
              f"see {os.path.relpath(setdir, REPO)}/README.md to rebuild it)")
        return 0
    manifest = {}
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            doc, url, script, sha, length, *_ = line.rstrip("\n").split("\t")
            manifest[doc] = (url, script, sha, int(length))
    bad = []
    for doc, (_, _, sha, _) in manifest.items():
        path = os.path.join(args.cache, doc + ".txt")
        if not os.path.exists(path):
            bad.append(f"{doc}: missing {path}")
        elif hashlib.sha256(open(path, "rb").read()).hexdigest() != sha:
            bad.append(f"{doc}: {path} does not match the manifest's sha256")
    if bad and not args.allow_missing:
        print(f"{setname}: the page cache does not match the manifest:\n  " + "\n  ".join(bad), file=sys.stderr)
        return 1
    skipped = sorted(b.split(":")[0] for b in bad)
    for doc in skipped:
        del manifest[doc]
    if not args.no_build:
        subprocess.run(["dotnet", "build", os.path.join(REPO, "src/Cli"), "-c", "Release", "-v", "q", "-nologo"],
                       check=True, stdout=subprocess.DEVNULL)
    docs = sorted(manifest)
    files = [os.path.join(args.cache, d + ".txt") for d in docs]
    by_path = {os.path.join(args.cache, d + ".txt"): d for d in docs}
    out_facts = run_cli(["extract", "--format", "jsonl"], files)
    out_docs = {by_path[d["doc"]]: d for d in run_cli(["docs"], files)}
    exp_facts = [e for e in load_jsonl(os.path.join(setdir, "facts.jsonl")) if e["doc"] in manifest]
    exp_docs = {d["doc"]: d for d in load_jsonl(os.path.join(setdir, "documents.jsonl"))}

    scripts = ("simplified", "traditional", "all")
    stat = {s: collections.defaultdict(lambda: collections.Counter()) for s in scripts}
    out_index = {}
    fields_written = set()
    for o in out_facts:
        o["doc"] = by_path[o["doc"]]
        fields_written.update(o.keys())
        out_index[(o["doc"], o["kind"], o["start"], span_end(o))] = o
        for s in (manifest[o["doc"]][1], "all"):
            stat[s][o["kind"]]["out"] += 1
    misses = []
    for e in exp_facts:
        doc = e["doc"]
        o = out_index.get((doc, e["kind"], e["start"], span_end(e)))
        for s in (manifest[doc][1], "all"):
            c = stat[s][e["kind"]]
            c["exp"] += 1
            if e["kind"] == "place" and e.get("code"):
                c["code_expected"] += 1
            if o is None:
                continue
            c["tp"] += 1
            if e["kind"] in NUMBER_KINDS or e["kind"] == "date":
                c["value_tp"] += value_right(e, o)
            if e["kind"] == "place":
                c["level_right"] += e.get("level") == o.get("level")
                if e.get("code"):
                    c["code_n"] += 1
                    c["code_right"] += e["code"] == o.get("code")
            if e["kind"] in NUMBER_KINDS:
                for f in LINKS:
                    c[f + "_n"] += 1
                    c[f + "_right"] += e.get(f) == o.get(f)
                    if e.get(f):
                        c[f + "_linked_n"] += 1
                        c[f + "_linked_right"] += e.get(f) == o.get(f)
                    if e["kind"] == "money":
                        stat[s]["money_links"][f + "_n"] += 1
                        stat[s]["money_links"][f + "_right"] += e.get(f) == o.get(f)
        if o is None:
            misses.append(e)

    report = {"pages": {s: sum(1 for d in docs if s == "all" or manifest[d][1] == s) for s in scripts}}
    lines = []
    w = lines.append
    title = "Development set" if setname == "devset" else f"Page set {setname}"
    w(f"{title}: {len(docs)} pages ({report['pages']['simplified']} simplified, {report['pages']['traditional']} traditional), {len(exp_facts)} expected facts."
      + (f" NOT SCORED (cache missing or not matching the manifest): {', '.join(skipped)}." if skipped else ""))
    for s in scripts:
        w("")
        w(f"## {s} ({report['pages'][s]} pages)")
        w("")
        w("| kind | expected | output | span P | span R | span F1 | value right | F1 (span+value) |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|")
        tot = collections.Counter()
        for k in KINDS:
            c = stat[s][k]
            p, r, f1 = prf(c["tp"], c["out"], c["exp"])
            has_value = k in NUMBER_KINDS or k == "date"
            vf = prf(c["value_tp"], c["out"], c["exp"])[2] if has_value else None
            w(f"| {k} | {c['exp']} | {c['out']} | {p:.3f} | {r:.3f} | {f1:.3f} | "
              f"{(str(c['value_tp']) + '/' + str(c['tp'])) if has_value else '—'} | {f'{vf:.3f}' if has_value else '—'} |")
            report.setdefault(s, {})[k] = {"expected": c["exp"], "output": c["out"], "tp": c["tp"], "p": p, "r": r, "f1": f1,
                                            "value_tp": c["value_tp"] if has_value else None}
            for x in ("exp", "out", "tp"):
                tot[x] += c[x]
        p, r, f1 = prf(tot["tp"], tot["out"], tot["exp"])
        w(f"| **all facts** | {tot['exp']} | {tot['out']} | {p:.3f} | {r:.3f} | {f1:.3f} | | |")
        report[s]["all"] = {"p": p, "r": r, "f1": f1}
        pl = stat[s]["place"]
        report[s]["place_codes"] = {"matched": pl["code_n"], "right": pl["code_right"], "expected": pl["code_expected"]}
        w("")
        w(f"Places: level right {pl['level_right']}/{pl['tp']} matched; code right {pl['code_right']}/{pl['code_n']} matched places that have a code, "
          f"{pl['code_right']}/{pl['code_expected']} of all expected places that have one"
          + ("" if "code" in fields_written else " (the output writes no `code`)"))
        w("")
        w("| link | numbers matched | right (absent = absent counts) | right where the text gives one | money: right |")
        w("|---|---:|---:|---:|---:|")
        for f in LINKS:
            n = sum(stat[s][k][f + "_n"] for k in NUMBER_KINDS)
            right = sum(stat[s][k][f + "_right"] for k in NUMBER_KINDS)
            ln = sum(stat[s][k][f + "_linked_n"] for k in NUMBER_KINDS)
            lr = sum(stat[s][k][f + "_linked_right"] for k in NUMBER_KINDS)
            m = stat[s]["money_links"]
            absent = "" if f in fields_written else " (absent: the output has no `%s`)" % f
            w(f"| {f}{absent} | {n} | {right}/{n} = {right / n if n else 0:.3f} | {lr}/{ln} = {lr / ln if ln else 0:.3f} | "
              f"{m[f + '_right']}/{m[f + '_n']} |")
            report[s]["link_" + f] = {"n": n, "right": right, "linked_n": ln, "linked_right": lr}
        # document metadata
        t_right = d_right = a_right = 0
        rows = [d for d in docs if s == "all" or manifest[d][1] == s]
        for d in rows:
            e, o = exp_docs[d], out_docs.get(d, {})
            t_right += title_ok(e, o)
            d_right += date_ok(e, o)
            a_right += authors_ok(e, o)
        w("")
        w(f"Documents: title right {t_right}/{len(rows)}, publish date right {d_right}/{len(rows)}, authors right {a_right}/{len(rows)}")
        report[s]["documents"] = {"n": len(rows), "title": t_right, "published": d_right, "authors": a_right}
    print("\n".join(lines))
    if args.diff:
        exp_keys = {(e["doc"], e["kind"], e["start"], span_end(e)) for e in exp_facts}
        print("\n## missed (expected, not in the output)")
        for e in misses:
            print(f"- {e['doc']} {e['kind']} {e['text']} [{e['start']},{e['end']})")
        print("\n## documents (expected <> output) where they differ")
        for d in docs:
            e, o = exp_docs[d], out_docs.get(d, {})
            for k, ok, got in (("title", title_ok, o.get("title")), ("published", date_ok, o.get("published")),
                               ("authors", authors_ok, o.get("authors", []))):
                if not ok(e, o):
                    print(f"- {d} {k}: {e[k]!r} <> {got!r}")
        print("\n## spurious (output, not expected)")
        for key, o in sorted(out_index.items(), key=lambda kv: (kv[0][0], kv[0][2])):
            if key not in exp_keys:
                print(f"- {o['doc']} {o['kind']} {o['text']} [{o['start']},{o['end']}) {o.get('value')}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
