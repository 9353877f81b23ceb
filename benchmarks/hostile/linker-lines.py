#!/usr/bin/env python3
# Hostile input for the linker (src/Extraction/Links/FactLinker*.cs): ONE sentence of N clauses, each a made-up town and a
# number (甲镇新建大棚50栋,乙镇…), with a head, a clause body and a tail that each wake one of the linker's rules.
#
#   python3 benchmarks/hostile/linker-lines.py N VARIANT > line.txt          one line of N clauses
#   python3 benchmarks/hostile/linker-lines.py --time DLLDIR [VARIANT...]    time each variant at 4,000 and 16,000 clauses
#   python3 benchmarks/hostile/linker-lines.py --time DLLDIR --sizes 16000,64000 [VARIANT...]   other sizes (a fast variant's
#                                                                            4,000 takes ~0.1 s, within the noise of a loaded machine)
#   python3 benchmarks/hostile/linker-lines.py --time DLLDIR1,DLLDIR2 ...    builds side by side: each line timed by each build
#                                                                            in turn (same load), one row per build, [1] [2]
#
# VARIANT is HEAD, or HEAD+BODY+TAIL (e.g. team, plain+org+, plain+plain+date; names below). --time runs DLLDIR's
# WorkTeam.Benchmarks.dll extract-profile (whole extraction, no segmenter) and prints the CPU seconds of the warm pass at
# both sizes and their ratio (then the warm pass's allocated MB and the process's peak RSS at each size): LINEAR means about x4 (x4 the clauses, x4 the time); x8-x16 is a walk over the sentence
# per number (quadratic). Build the dll first: dotnet build benchmarks/WorkTeam.Benchmarks -c Release.
import os, random, re, subprocess, sys, tempfile

HEADS = {'plain': '', 'now': '今年，', 'date': '2020年，', 'team': '驻村工作队在', 'cum': '累计', 'org': '县农业农村局',
         'dateline': '2016年12月29日，记者来到这里。今年，', 'subset': '其中，', 'later': '预计', 'quote': '“', 'title': '《',
         'total': '总计',
         # A line naming cities and counties, then a county head's sentence (shape k: the wider places the joined ones' holder is looked for among).
         'cities': '台中市、彰化县、云林县、嘉义市、南投县的议员到访。南投县长许淑华19日下午',
         # A body asked for money opening the sentence (争取到): every later money is tested against its clause leads.
         'asked': '村委会向县水利局争取到资金5万元，',
         # A bureau opening the sentence (the body each clause's 该局 stands for).
         'bureau': '县农业农村局牵头，'}
BODIES = {'plain': lambda t: t + '新建大棚50栋,', 'noplace': lambda t: '新建大棚50栋,', 'month': lambda t: t + '3月新建大棚50栋,',
          'semi': lambda t: t + '新建大棚50栋；', 'team': lambda t: t + '工作队投入资金50万元,', 'village': lambda t: t[:3] + '村新建大棚50栋,',
          'person': lambda t: '张三' + t + '新建大棚50栋,', 'org': lambda t: t + '政府投入资金50万元,',
          # A day opening a clause of an event and the money in the next clause (the money's period is that day, tested
          # against the sentence's other dates); the day after 至今 (the span from that day).
          'day': lambda t: day(t) + t + '举行开工仪式,投入资金50万元,', 'since': lambda t: day(t) + '至今,' + t + '收益50万元,',
          # A sentence of its own for each town: its day, then 当天 opening the next with money (the date before it, of many).
          'sameday': lambda t: day(t) + t + '举行开工仪式。当天,投入资金50万元。',
          # Each clause asks its town's body (向…争取到; 协调到…的 + the money).
          # Two townships joined as one in each clause (the number's place: the one holding both, looked for among the text's places).
          'joined': lambda t: t + '、' + t[1:3] + '乡新建大棚50栋,',
          # The same two townships joined as one and money in every clause (shape k, with the head cities: 深入中寮乡、草屯镇，斥资5万元，).
          'visit': lambda t: '深入中寮乡、草屯镇，斥资5万元，',
          # The bureau named in the head (org) said again in every clause (该局): each 该局 looks for the body it stands for.
          'bureau': lambda t: '该局在' + t + '投入资金50万元,',
          # A word standing for the town named before it in every clause (全镇, 这里): each looks back for its place.
          'whole': lambda t: t + '全镇新建大棚50栋,', 'here': lambda t: t + '这里新建大棚50栋,',
          'money': lambda t: t + '投入资金50万元,', 'asked': lambda t: '向' + t + '政府争取到50万元,', 'arranged': lambda t: '协调到' + t + '政府的50万元,'}
TAILS = {'': '', 'date': '2020年底完成', 'later': '预计明年完成', 'now': '目前'}
def day(town):
    # A day of the town's own (1..12 and 1..28 from its characters), so that the sentence's dates are of many values.
    return f'{ord(town[0]) % 12 + 1}月{ord(town[1]) % 28 + 1}日'


DEFAULT = ['team', 'plain+team+', 'org', 'plain+org+', 'date', 'plain+plain+date', 'plain', 'now', 'cum', 'plain+village+',
           'plain+person+', 'plain+day+', 'plain+since+',
           'plain+sameday+', 'asked+team+', 'asked+money+', 'plain+asked+', 'plain+arranged+', 'plain+joined+',
           'cities+visit+', 'bureau+bureau+']


def line(n, variant):
    random.seed(1)
    towns = [''.join(chr(random.randint(0x4e00, 0x9fa5)) for _ in range(3)) + '镇' for _ in range(n)]
    head, body, tail = variant.split('+') if variant.count('+') == 2 else (variant, 'plain', '')
    return HEADS[head] + ''.join(BODIES[body](t) for t in towns) + TAILS[tail] + '。'


def cpu_seconds(dll, path):
    # The warm pass's CPU seconds and allocated MB, and the process's peak RSS in MB (/usr/bin/time), or None each.
    cmd = ['dotnet', os.path.join(dll, 'WorkTeam.Benchmarks.dll'), 'extract-profile', path, '--no-segment', '--passes', '2']
    timed = os.path.exists('/usr/bin/time')
    run = subprocess.run((['/usr/bin/time', '-f', 'peak_kb=%M'] if timed else []) + cmd, capture_output=True, text=True, timeout=600)
    m = re.search(r'"pass": 2.*?"cpu_seconds": ([0-9.]+).*?"allocated_mb": ([0-9.]+)', run.stdout)
    peak = re.search(r'peak_kb=(\d+)', run.stderr) if timed else None
    return (float(m.group(1)) if m else None, float(m.group(2)) if m else None, round(int(peak.group(1)) / 1024) if peak else None)


def main(args):
    if args and args[0] == '--time':
        dlls, variants, sizes = args[1].split(','), args[2:], (4000, 16000)
        if variants[:1] == ['--sizes']:
            sizes, variants = tuple(int(k) for k in variants[1].split(',')), variants[2:]
        variants = variants or DEFAULT
        with tempfile.TemporaryDirectory() as tmp:
            for v in variants:
                # Each size's line is timed by every build before the next size: builds side by side see the same load.
                times = {dll: [] for dll in dlls}
                for n in sizes:
                    path = os.path.join(tmp, f'{n}.txt')
                    with open(path, 'w', encoding='utf-8') as f:
                        f.write(line(n, v) + '\n')
                    for dll in dlls:
                        times[dll].append(cpu_seconds(dll, path))
                for k, dll in enumerate(dlls):
                    (a, alloc_a, peak_a), (b, alloc_b, peak_b) = times[dll]
                    ratio = f'x{b / a:.1f}' if a and b else '?'
                    name = f' [{k + 1}]' if len(dlls) > 1 else ''
                    print(f'{v:20} {sizes[0]}={a} {sizes[1]}={b} {ratio}{name}  allocated {alloc_a}/{alloc_b} MB, peak RSS {peak_a}/{peak_b} MB',
                          flush=True)
        return
    print(line(int(args[0]), args[1] if len(args) > 1 else 'plain'))


if __name__ == '__main__':
    main(sys.argv[1:])
