#!/usr/bin/python3
"""Writes keywords.expected.jsonl: what Python jieba.analyse returns for each seed.

The C# KeywordExtractor is a port of jieba.analyse, so Python jieba (Debian's python3-jieba,
the same release whose dictionary and IDF table the build embeds) is the reference. A traditional
seed is given to jieba as `opencc -c t2s` makes it, as WorkTeam reads traditional text in its
simplified form (the dictionary and the IDF table are simplified).
Run from the repo root: /usr/bin/python3 tests/WorkTeam.Extraction.Tests/Analysis/make_keyword_expectations.py
"""
import json, os, subprocess, sys, logging
import jieba
import jieba.analyse

jieba.setLogLevel(logging.WARNING)
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", "..", ".."))
seeds = sorted(f for f in os.listdir(os.path.join(root, "seeds")) if f.endswith(".txt"))
out = []
for name in seeds:
    with open(os.path.join(root, "seeds", name), encoding="utf-8-sig") as f:
        text = f.read()
    simplified = subprocess.run(["opencc", "-c", "t2s"], input=text, check=True, stdout=subprocess.PIPE, text=True).stdout
    # Only a traditional text is converted (WorkTeam's ScriptDetector decides by the characters only
    # one script uses; here: t2s changes more than 1% of the characters).
    if len(simplified) == len(text) and sum(a != b for a, b in zip(text, simplified)) > 0.01 * len(text):
        text = simplified
    cases = {
        "tfidf": jieba.analyse.extract_tags(text, topK=20, withWeight=True),
        "tfidf-pos": jieba.analyse.extract_tags(text, topK=20, withWeight=True, allowPOS=("ns", "n", "vn", "v")),
        "textrank": jieba.analyse.textrank(text, topK=20, withWeight=True),
    }
    for method, tags in cases.items():
        out.append({"seed": name, "method": method,
                    "keywords": [[w, repr(x)] for w, x in tags]})
with open(os.path.join(here, "keywords.expected.jsonl"), "w", encoding="utf-8") as f:
    for record in out:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
print("jieba", jieba.__version__, "seeds", len(seeds), "records", len(out))
