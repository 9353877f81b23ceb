#!/usr/bin/env python3
"""Scores count facts against hand annotations of held-out news lines (issue 12).

Usage: benchmarks/counts/score.py [--verbose] [--fresh | --set FILE] [--cache DIR] [--allow-missing] [WORKTEAM...]
  --fresh: score news-counts.fresh.jsonl (annotated after the issue-12 changes).
  --set FILE: score another set in the same format (news-counts.fresh2.jsonl).
  A record without `text` (a sentence of a page whose licence is unclear) names its cached text:
  DIR/<id>.txt (default /work/counts-cache), checked against the record's sha256; --allow-missing
  scores without the records whose text is missing or differs (and says how many), else it stops.
  --kind K: score money, measure or percent facts against a record's `others` (fresh13 on), not counts;
  a fact matches when spans overlap and value, max and unit (currency for money) agree.
  WORKTEAM: the command that runs the tool (default: dotnet src/Cli/bin/Release/net10.0/WorkTeam.Cli.dll).
A predicted count matches an expected one when their spans overlap and value, max and unit agree
(a qualifier such as 超过 may or may not be inside the span). Approx is reported, not scored.
"""
import hashlib, json, pathlib, subprocess, sys, tempfile

here = pathlib.Path(__file__).resolve().parent
argv = sys.argv[1:]
def option(name, default):
    if name in argv:
        k = argv.index(name)
        value = argv[k + 1]
        del argv[k:k + 2]
        return value
    return default
set_file = option('--set', str(here / ('news-counts.fresh.jsonl' if '--fresh' in argv else 'news-counts.jsonl')))
cache = pathlib.Path(option('--cache', '/work/counts-cache'))
kind = option('--kind', 'count')
args = [a for a in argv if a not in ('--verbose', '--fresh', '--allow-missing')]
verbose = '--verbose' in argv
command = args or ['dotnet', str(here.parent.parent / 'src/Cli/bin/Release/net10.0/WorkTeam.Cli.dll')]
records, missing = [], []
for l in open(set_file, encoding='utf-8'):
    r = json.loads(l)
    if 'text' not in r:
        path = cache / (r['id'] + '.txt')
        text = path.read_text(encoding='utf-8') if path.exists() else None
        if text is None or hashlib.sha256(text.encode()).hexdigest() != r['sha256']:
            missing.append(r['id'])
            continue
        r['text'] = text
    records.append(r)
if missing:
    if '--allow-missing' not in argv:
        sys.exit(f'{len(missing)} cached sentences missing or changed under {cache}: {" ".join(missing)} (--allow-missing scores without them)')
    print(f'without {len(missing)} records whose cached text is missing or changed: {" ".join(missing)}')
with tempfile.NamedTemporaryFile('w', suffix='.txt', encoding='utf-8', delete=False) as f:
    for r in records:
        f.write(r['text'] + '\n')
    path = f.name
out = subprocess.run(command + ['extract', path], capture_output=True, text=True, encoding='utf-8', check=True).stdout
starts, p = [], 0
for r in records:
    starts.append(p); p += len(r['text']) + 1
import bisect
predicted = [[] for _ in records]
for line in out.splitlines():
    fact = json.loads(line)
    if fact['kind'] != kind:
        continue
    k = bisect.bisect_right(starts, fact['start']) - 1
    fact['start'] -= starts[k]; fact['end'] -= starts[k]
    predicted[k].append(fact)
def key(c):
    return (float(c['value']), c.get('max'), c.get('unit') or c.get('currency'))
tp = fp = fn = 0
for r, pred in zip(records, predicted):
    gold = list(r['counts']) if kind == 'count' else [o for o in r.get('others', []) if o['kind'] == kind]
    for c in pred:
        match = next((g for g in gold if key(g) == key(c) and g['start'] < c['end'] and c['start'] < g['end']), None)
        if match:
            gold.remove(match); tp += 1
        else:
            fp += 1
            if verbose: print(f"FP  {c['text']}={key(c)}\t{r['text']}")
    fn += len(gold)
    for g in gold:
        if verbose: print(f"FN  {g['text']}={key(g)}\t{r['text']}")
precision = tp / (tp + fp) if tp + fp else 1.0
recall = tp / (tp + fn) if tp + fn else 1.0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
print(f'lines {len(records)}  expected {tp + fn}  predicted {tp + fp}  tp {tp}  fp {fp}  fn {fn}')
print(f'{kind} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}')
