#!/usr/bin/env python3
"""Token-for-token parity of `workteam segment` with Python jieba 0.42.1.

Runs both on every line of the SIGHAN PKU and MSR test inputs (or the files given) in each mode
and prints, per file and mode, the share of lines whose token lists are identical, then the first
differing lines. Run with Debian's python3 (/usr/bin/python3, package python3-jieba, which
benchmarks/need-debian.sh python3-jieba installs):

    /usr/bin/python3 benchmarks/parity/jieba_parity.py [--workteam CMD] [--show N] [FILE...]

CMD defaults to `dotnet src/Cli/bin/Release/net10.0/WorkTeam.Cli.dll`. Exit code 1 when a mode is
below 99.9 %.
"""
import argparse
import logging
import os
import shlex
import subprocess
import sys

import jieba
from sighan import DEFAULT_WORKTEAM, SEP, corpus, read_lines
import jieba.posseg as pseg

DEFAULT_FILES = [corpus(f) for f in ("pku_test.utf8", "msr_test.utf8")]

MODES = [
    ("precise", [], lambda s: jieba.lcut(s)),
    ("precise-no-hmm", ["--no-hmm"], lambda s: jieba.lcut(s, HMM=False)),
    # jieba's full mode yields empty strings around whitespace; WorkTeam yields no empty token.
    ("full", ["--mode", "full"], lambda s: [w for w in jieba.lcut(s, cut_all=True) if w]),
    ("search", ["--mode", "search"], lambda s: jieba.lcut_for_search(s)),
    ("pos", ["--pos"], lambda s: ["%s/%s" % (w, f) for w, f in pseg.cut(s)]),
    ("pos-no-hmm", ["--pos", "--no-hmm"], lambda s: ["%s/%s" % (w, f) for w, f in pseg.cut(s, HMM=False)]),
]




def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workteam", default=DEFAULT_WORKTEAM)
    ap.add_argument("--show", type=int, default=3, help="differing lines to print per mode")
    ap.add_argument("files", nargs="*", default=DEFAULT_FILES)
    args = ap.parse_args()
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    worst = 100.0
    for path in args.files:
        lines = read_lines(path)
        for name, flags, cut in MODES:
            cmd = shlex.split(args.workteam) + ["segment", "--delimiter", SEP] + flags + [path]
            out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
            ours = out.split("\n")
            if ours and ours[-1] == "":
                ours.pop()
            if len(ours) != len(lines):
                print(f"{os.path.basename(path)} {name}: {len(ours)} output lines for {len(lines)} input lines")
                worst = 0
                continue
            diffs = []
            for i, line in enumerate(lines):
                theirs = SEP.join(cut(line))
                if ours[i] != theirs:
                    diffs.append((i + 1, ours[i], theirs))
            same = 100.0 * (len(lines) - len(diffs)) / max(1, len(lines))
            worst = min(worst, same)
            print(f"{os.path.basename(path):16} {name:15} {same:8.3f}% identical ({len(lines) - len(diffs)}/{len(lines)} lines)")
            for n, a, b in diffs[: args.show]:
                print(f"    line {n}:\n      workteam: {a.replace(SEP, ' | ')}\n      jieba:    {b.replace(SEP, ' | ')}")
    return 0 if worst >= 99.9 else 1


if __name__ == "__main__":
    sys.exit(main())
