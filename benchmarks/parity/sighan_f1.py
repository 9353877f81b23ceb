#!/usr/bin/env python3
"""SIGHAN 2005 word-segmentation F1 of `workteam segment` and of Python jieba 0.42.1.

Standard SIGHAN scoring: each word is a character span of its line (whitespace removed); a system
word is right when the gold has the same span. Precision, recall and F1 are over all words of the
test set. Python jieba is run on simplified text as it is and, for the traditional sets (AS,
CityU), on `opencc -c t2s` output with its tokens mapped back to the original characters
(t2s keeps the length of these lines; a line whose length changes is scored on jieba's
untranslated output and counted). WorkTeam reads the original text: traditional lines are
segmented on their simplified view inside the library.

    /usr/bin/python3 benchmarks/parity/sighan_f1.py [--workteam CMD] [SET...]     (SET: pku msr as cityu)
"""
import argparse
import logging
import os
import shlex
import subprocess
import sys

import jieba
from sighan import DEFAULT_WORKTEAM, SEP, corpus, read_lines

SETS = {
    "pku": ("pku_test.utf8", "pku_test_gold.utf8", False),
    "msr": ("msr_test.utf8", "msr_test_gold.utf8", False),
    "as": ("as_test.utf8", "as_testing_gold.utf8", True),
    "cityu": ("cityu_test.utf8", "cityu_test_gold.utf8", True),
}




def spans(words):
    out, pos = set(), 0
    for w in words:
        w = "".join(ch for ch in w if not ch.isspace())
        if not w:
            continue
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out, pos


def score(system_lines, gold_lines):
    right = sys_n = gold_n = mismatched = 0
    for sys_words, gold in zip(system_lines, gold_lines):
        s, slen = spans(sys_words)
        g, glen = spans(gold.split())
        if slen != glen:
            mismatched += 1
        right += len(s & g)
        sys_n += len(s)
        gold_n += len(g)
    p = right / sys_n if sys_n else 0
    r = right / gold_n if gold_n else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return p, r, f, mismatched


def jieba_words(lines, traditional):
    out, changed = [], 0
    if not traditional:
        return [jieba.lcut(l) for l in lines], 0
    simp = subprocess.run(["opencc", "-c", "t2s"], input="\n".join(lines) + "\n", check=True,
                          stdout=subprocess.PIPE, text=True).stdout.split("\n")
    for orig, s in zip(lines, simp):
        if len(s) != len(orig):
            changed += 1
            out.append(jieba.lcut(orig))
            continue
        words, pos = [], 0
        for w in jieba.lcut(s):
            words.append(orig[pos:pos + len(w)])
            pos += len(w)
        out.append(words)
    return out, changed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workteam", default=DEFAULT_WORKTEAM)
    ap.add_argument("sets", nargs="*", default=list(SETS))
    args = ap.parse_args()
    jieba.setLogLevel(logging.ERROR)
    print(f"{'set':6} {'system':28} {'P':>7} {'R':>7} {'F1':>7}")
    for name in args.sets:
        test, gold, traditional = SETS[name]
        test_path = corpus(test)
        lines = read_lines(test_path)
        gold_lines = read_lines(corpus(gold))
        cmd = shlex.split(args.workteam) + ["segment", "--delimiter", SEP, test_path]
        ours = subprocess.run(cmd, check=True, stdout=subprocess.PIPE).stdout.decode("utf-8").split("\n")[: len(lines)]
        p, r, f, mm = score([l.split(SEP) for l in ours], gold_lines)
        print(f"{name:6} {'workteam':28} {p:7.4f} {r:7.4f} {f:7.4f}" + (f"  ({mm} lines differ in characters)" if mm else ""))
        theirs, changed = jieba_words(lines, traditional)
        label = "jieba (opencc t2s, mapped)" if traditional else "jieba"
        p, r, f, mm = score(theirs, gold_lines)
        print(f"{name:6} {label:28} {p:7.4f} {r:7.4f} {f:7.4f}" + (f"  ({changed} lines changed length under t2s)" if changed else ""))
        if traditional:
            p, r, f, _ = score([jieba.lcut(l) for l in lines], gold_lines)
            print(f"{name:6} {'jieba (traditional as is)':28} {p:7.4f} {r:7.4f} {f:7.4f}")


if __name__ == "__main__":
    sys.exit(main())
