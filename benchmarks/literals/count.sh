#!/usr/bin/env bash
# Counts the Chinese string and character literals in src/**/*.cs (issue 10: word lists are data,
# code keeps only grammar). A literal is Chinese when it holds at least one CJK ideograph or CJK
# punctuation mark. Comments and XML docs are skipped; verbatim and interpolated strings are read too.
# Usage: benchmarks/literals/count.sh [--files]   (--files: the count per file, largest first)
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 - "$@" <<'PY'
import pathlib, re, sys
cjk = re.compile(r'[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014-\u201d\u00b7]')
cjk_ideo = re.compile(r'[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]')
def literals(src):
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            j = src.find('\n', i); i = n if j < 0 else j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2); i = n if j < 0 else j + 2
        elif c == "'":
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == '\\' else 1
            yield 'char', src[i + 1:j]; i = j + 1
        elif c == '"' or (c in '@$' and i + 1 < n and src[i + 1] in '"@$'):
            k = i
            verbatim = False
            while src[k] in '@$':
                verbatim |= src[k] == '@'; k += 1
            if src.startswith('"""', k):
                j = src.find('"""', k + 3); yield 'string', src[k + 3:j]; i = j + 3; continue
            j = k + 1
            while j < n:
                if verbatim and src.startswith('""', j): j += 2; continue
                if not verbatim and src[j] == '\\': j += 2; continue
                if src[j] == '"': break
                j += 1
            yield 'string', src[k + 1:j]; i = j + 1
        else:
            i += 1
totals = {'string': 0, 'char': 0}
per_file = []
for path in sorted(pathlib.Path('src').rglob('*.cs')):
    if '/obj/' in str(path) or '/bin/' in str(path):
        continue
    counts = {'string': 0, 'char': 0}
    for kind, text in literals(path.read_text(encoding='utf-8')):
        if cjk_ideo.search(text):
            counts[kind] += 1
    for k in totals: totals[k] += counts[k]
    if counts['string'] + counts['char']:
        per_file.append((counts['string'] + counts['char'], counts['string'], counts['char'], str(path)))
if '--files' in sys.argv:
    for total, s, c, p in sorted(per_file, reverse=True):
        print(f'{total:6d} {s:6d} {c:6d}  {p}')
print(f"chinese literals in src/**/*.cs: {totals['string'] + totals['char']} (strings {totals['string']}, chars {totals['char']})")
PY
