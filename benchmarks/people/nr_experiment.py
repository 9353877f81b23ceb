#!/usr/bin/env python3
"""Would jieba's `nr` (person name) tags add people the rules miss? An offline measurement, no library change.

    python3 benchmarks/people/nr_experiment.py SET:CACHE [SET:CACHE ...]

For each page of each set (a folder with manifest.tsv and facts.jsonl, as benchmarks/devset), runs the built
CLI's `extract --kinds person` (the rules) and `segment --pos` (jieba's tags, on the simplified view, tokens
in the original characters), then scores person spans for the rules alone and for the rules plus the `nr`
tokens each strategy accepts (tokens overlapping a person the rules found are left out):
  all      every nr token of two to four characters
  surname  those opening with a surname of Entities/Data/surnames.tsv
  twice    surname tokens whose text occurs at least twice in the page
  verb     surname tokens right before a verb of speaking (speaker-verbs.tsv) or 家
"""
import collections, json, os, subprocess, sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = ["dotnet", os.path.join(REPO, "src/Cli/bin/Release/net10.0/WorkTeam.Cli.dll")]
SEP = "\u2042"


def words(path):
    with open(path, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t")[0] for l in f if l.strip() and not l.startswith("#")]
    return rows[1:]


SURNAMES = set("".join(words(os.path.join(REPO, "src/Extraction/Entities/Data/surnames.tsv"))))
VERBS = words(os.path.join(REPO, "src/Extraction/Entities/Data/speaker-verbs.tsv")) + ["家"]


def run(args, stdin=None):
    return subprocess.run(CLI + args, capture_output=True, text=True, input=stdin, check=True).stdout


def nr_tokens(text):
    out = run(["segment", "--pos", "--delimiter", SEP, "-"], stdin=text)
    tokens, offset = [], 0
    for line, original in zip(out.split("\n"), text.split("\n")):
        pos = offset
        for item in line.split(SEP) if line else []:
            word, _, tag = item.rpartition("/")
            tokens.append((pos, pos + len(word), word, tag))
            pos += len(word)
        offset += len(original) + 1
    return tokens


def main():
    stats = collections.defaultdict(collections.Counter)
    for arg in sys.argv[1:]:
        setdir, cache = arg.split(":")
        docs = [l.split("\t")[0] for l in open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8")][1:]
        expected = collections.defaultdict(set)
        for line in open(os.path.join(setdir, "facts.jsonl"), encoding="utf-8"):
            f = json.loads(line)
            if f["kind"] == "person":
                expected[f["doc"]].add((f["start"], f["end"]))
        for doc in docs:
            path = os.path.join(cache, doc + ".txt")
            if not os.path.exists(path):
                continue
            text = open(path, encoding="utf-8").read()
            rules = {(f["start"], f["end"]) for f in map(json.loads, run(["extract", "--kinds", "person", path]).splitlines())}
            tokens = nr_tokens(text)
            names = [t for t in tokens if t[3] == "nr" and 2 <= len(t[2]) <= 4]
            counts = collections.Counter(t[2] for t in names)
            after = {t[0]: text[t[1]:t[1] + 3] for t in names}
            strategies = {
                "rules": set(),
                "all": {t[:2] for t in names},
                "surname": {t[:2] for t in names if t[2][0] in SURNAMES},
                "twice": {t[:2] for t in names if t[2][0] in SURNAMES and counts[t[2]] >= 2},
                "verb": {t[:2] for t in names if t[2][0] in SURNAMES and any(after[t[0]].startswith(v) for v in VERBS)},
            }
            for name, extra in strategies.items():
                extra = {s for s in extra if not any(s[0] < r[1] and r[0] < s[1] for r in rules)}
                out = rules | extra
                c = stats[name]
                c["tp"] += len(out & expected[doc])
                c["out"] += len(out)
                c["exp"] += len(expected[doc])
    print("| strategy | expected | output | P | R | F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, c in stats.items():
        p = c["tp"] / c["out"] if c["out"] else 0
        r = c["tp"] / c["exp"] if c["exp"] else 0
        f1 = 2 * p * r / (p + r) if p + r else 0
        print(f"| {name} | {c['exp']} | {c['out']} | {p:.3f} | {r:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    sys.exit(main())
