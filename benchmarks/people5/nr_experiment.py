#!/usr/bin/env python3
"""Issue 16 asks which method finds people best: our rules, jieba's `nr` tags, or both. This script
measures, on page sets annotated for people, person P/R/F1 (exact spans) for:

  rules     the CLI's person facts (PersonRecognizer, the shipped method);
  nr        the words our own segmenter tags `nr`/`nrfg` (`workteam segment --pos`, jieba 0.42.1's
            tagger), filtered by our guards: 2-4 characters, a Han surname first, no place or
            organisation or team fact overlapping it, no administrative suffix at its end, not a
            listed non-name; then every later occurrence of a name so found (as the rules do);
  union     rules, plus the filtered `nr` words no rule person overlaps (and their repeats).

    python3 benchmarks/people5/nr_experiment.py [--set DIR --cache DIR]...   (the CLI built in Release)

With no --set it scores people5 (dev) and people5-check: the check half's totals only, no errors
printed. Nothing here is shipped: it is the measurement behind the choice in README.md.
"""
import argparse, collections, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "benchmarks", "devset"))
from score import load_jsonl, prf, run_cli  # noqa: E402

SEP = "\u241e"
SUFFIXES = set("省市州县区乡镇村里屯团连")


def read_tsv_column(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.append(line.rstrip("\n").split("\t")[0])
    return out[1:]


def cli_text(args, text):
    cmd = ["dotnet", "run", "--no-build", "--project", os.path.join(REPO, "src/Cli"), "-c", "Release", "--"] + args
    return subprocess.run(cmd, input=text, capture_output=True, text=True, check=True).stdout


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def nr_words(path):
    """(start, end, word) in UTF-16 units of each token tagged nr/nrfg in the file."""
    text = open(path, encoding="utf-8").read()
    out = cli_text(["segment", "--pos", "--delimiter", SEP, path], "")
    found, pos = [], 0
    for token in out.replace("\n", SEP).split(SEP):
        if not token:
            continue
        word, _, tag = token.rpartition("/")
        at = text.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        if tag in ("nr", "nrfg"):
            start = u16(text[:at])
            found.append((start, start + u16(word), word))
    return text, found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append")
    ap.add_argument("--cache", action="append")
    args = ap.parse_args()
    sets = list(zip(args.set, args.cache)) if args.set else [
        (os.path.join(REPO, "benchmarks/people5"), "/work/people5-cache"),
        (os.path.join(REPO, "benchmarks/people5-check"), "/work/people5-check-cache")]
    surnames = set(read_tsv_column(os.path.join(REPO, "src/Extraction/Entities/Data/surnames.tsv")))
    surnames |= set(cli_text(["convert", "--to", "traditional"], "".join(surnames)).strip())
    not_names = set(read_tsv_column(os.path.join(REPO, "src/Extraction/Entities/Data/not-person-names.tsv")))
    for setdir, cache in sets:
        docs = sorted(l.split("\t")[0] for l in open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8").read().splitlines()[1:])
        scripts = {l.split("\t")[0]: l.split("\t")[2] for l in open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8").read().splitlines()[1:]}
        docs = [d for d in docs if os.path.exists(os.path.join(cache, d + ".txt"))]
        files = [os.path.join(cache, d + ".txt") for d in docs]
        by_path = dict(zip(files, docs))
        facts = run_cli(["extract", "--format", "jsonl"], files)
        expected = collections.defaultdict(set)
        for e in load_jsonl(os.path.join(setdir, "facts.jsonl")):
            if e["kind"] == "person" and e["doc"] in docs:
                expected[e["doc"]].add((e["start"], e["end"]))
        counts = {m: collections.Counter() for m in ("rules", "nr", "union")}
        for path, doc in by_path.items():
            mine = [f for f in facts if f["doc"] == path]
            rules = {(f["start"], f["end"]) for f in mine if f["kind"] == "person"}
            blocked = [(f["start"], f["end"]) for f in mine if f["kind"] in ("place", "org", "team")]
            text, words = nr_words(path)
            kept = set()
            names = set()
            for s, e, w in words:
                if not (2 <= len(w) <= 4) or w[0] not in surnames or w[-1] in SUFFIXES or w in not_names:
                    continue
                if any(s < be and bs < e for bs, be in blocked):
                    continue
                kept.add((s, e))
                names.add(w)
            # every later occurrence of a name so found
            for w in names:
                at = text.find(w)
                while at >= 0:
                    s = u16(text[:at])
                    if not any(s < be and bs < s + u16(w) for bs, be in blocked):
                        kept.add((s, s + u16(w)))
                    at = text.find(w, at + len(w))
            union = set(rules) | {k for k in kept if not any(k[0] < e and s < k[1] for s, e in rules)}
            for method, out in (("rules", rules), ("nr", kept), ("union", union)):
                for key in (scripts[doc], "all"):
                    c = counts[method]
                    c[key + "tp"] += len(out & expected[doc])
                    c[key + "out"] += len(out)
                    c[key + "exp"] += len(expected[doc])
        print(f"{os.path.basename(setdir)} ({len(docs)} pages)")
        for method, c in counts.items():
            cells = []
            for key in ("traditional", "simplified", "all"):
                p, r, f1 = prf(c[key + "tp"], c[key + "out"], c[key + "exp"])
                cells.append(f"{key} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
            print(f"  {method:6} " + " | ".join(cells))


if __name__ == "__main__":
    main()
