#!/usr/bin/env python3
"""Writes N synthetic-but-realistic work reports for scale tests of `workteam`.

Each report recombines sentences of the seeds (seeds/*.txt): a page header like the seeds'
(site, title, 来源, 编辑 and a date), then 15-45 body sentences drawn from one or two seeds of
the same script, with every Arabic number varied (same order of magnitude) and county and
township names swapped for others of Xinjiang (names in simplified or traditional form to match
the sentence). Deterministic for a given --seed.

    python3 benchmarks/generate/generate.py --count 10000 --out /tmp/reports
Reports land in OUT/NNN/report-NNNNNN.txt, a thousand per folder.
"""
import argparse
import os
import random
import re

COUNTIES = ["民丰县", "库车县", "伊宁县", "疏附县", "墨玉县", "和田县", "洛浦县", "策勒县", "于田县", "皮山县",
            "莎车县", "叶城县", "泽普县", "巴楚县", "伽师县", "岳普湖县", "英吉沙县", "麦盖提县", "阿克陶县", "乌恰县",
            "新源县", "尼勒克县", "特克斯县", "昭苏县", "察布查尔县", "霍城县", "巩留县", "拜城县", "沙雅县", "新和县"]
TOWNSHIPS = ["若克雅乡", "玉奇吾斯塘乡", "那拉提镇", "科克铁热克乡", "依其艾日克镇", "托万克乡", "阿热勒乡", "喀拉苏乡",
             "塔什米里克乡", "英也尔乡", "博斯坦乡", "阿克塔拉乡"]
# Enough of the traditional forms for these names (the seeds' traditional report is from 民豐縣).
TRADITIONAL = str.maketrans({"丰": "豐", "县": "縣", "乡": "鄉", "库": "庫", "车": "車", "宁": "寧", "疏": "疏",
                             "罗": "羅", "于": "於", "叶": "葉", "泽": "澤", "岳": "嶽", "吉": "吉", "盖": "蓋",
                             "陶": "陶", "恰": "恰", "尼": "尼", "勒": "勒", "克": "克", "苏": "蘇", "查": "查",
                             "尔": "爾", "霍": "霍", "巩": "鞏", "留": "留", "拜": "拜", "城": "城", "沙": "沙",
                             "雅": "雅", "新": "新", "和": "和", "镇": "鎮", "热": "熱", "艾": "艾", "塔": "塔",
                             "里": "裏", "也": "也", "坦": "坦", "拉": "拉", "斯": "斯", "万": "萬"})
SITES = ["伊犁新闻网 >伊犁新闻", "天山网 >新疆新闻", "和田零距离 >和田要闻", "阿克苏新闻网 >本地新闻"]
SOURCES = ["伊犁日报", "新疆日报", "和田日报", "阿克苏日报", "天山网"]
EDITORS = ["法雅", "张赏华", "李明", "阿依古丽", "王芳", "艾尼瓦尔"]
TRADITIONAL_MARKS = set("們這個國縣鄉對區為發與開書會黨隊戰")

SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
# A date with or without a time (2021-03-24 19:46, 2018年04月02日 10:22, 2018/3/19), or a time alone
# (12:27:00): varied as a whole so its fields stay a calendar date and a clock time.
TIMESTAMP = re.compile(
    r"(?P<date>(?P<y>\d{4})(?P<s1>[-/.年])(?P<m>\d{1,2})(?P<s2>[-/.月])(?P<d>\d{1,2})(?P<s3>日?))?"
    r"(?(date)(?P<gap>\s*)|)(?P<time>(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<se>\d{2}))?)?")
COUNTY = re.compile(r"[\u4e00-\u9fff]{2,4}[县縣](?![城长長委])")
TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,5}[乡鄉镇鎮](?![长長党黨])")


def body_lines(text):
    # The seeds start with page furniture up to the 编辑/date line; the body follows it.
    lines = text.splitlines()
    for i, line in enumerate(lines[:12]):
        if line.startswith("编辑") or line.startswith("編輯"):
            return lines[i + 1:]
    return lines


def load_seeds(folder):
    seeds = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8-sig") as f:
            text = f.read()
        lines = body_lines(text)
        sentences = [m.group(0).strip() for line in lines for m in SENTENCE.finditer(line) if len(m.group(0).strip()) >= 8]
        traditional = sum(ch in TRADITIONAL_MARKS for ch in text) > 20
        seeds.append((name, sentences, traditional))
    return seeds


def vary_number(match, rng):
    digits = match.group(0)
    after = match.string[match.end():match.end() + 1]
    if after == "月" and "." not in digits:
        return str(rng.randint(1, 12))
    if after in ("日", "号", "號") and "." not in digits:
        return str(rng.randint(1, 28))
    if "." in digits:
        whole, frac = digits.split(".")
        return f"{vary_integer(whole, rng)}.{rng.randrange(10 ** len(frac)):0{len(frac)}d}"
    return vary_integer(digits, rng)


def field(value, width):
    return f"{value:0{width}d}"


def vary_timestamp(match, rng):
    """A plausible date and clock time in the stamp's own format (widths, separators)."""
    if not match.group("date") and not match.group("time"):
        return match.group(0)
    out = ""
    if match.group("date"):
        out += (str(rng.randint(2014, 2023)) + match.group("s1") + field(rng.randint(1, 12), len(match.group("m")))
                + match.group("s2") + field(rng.randint(1, 28), len(match.group("d"))) + match.group("s3"))
        if not match.group("time"):
            return out + match.group("gap")
        out += match.group("gap")
    out += field(rng.randint(0, 23), len(match.group("h"))) + ":" + field(rng.randint(0, 59), 2)
    if match.group("se"):
        out += ":" + field(rng.randint(0, 59), 2)
    return out


def vary_numbers(sentence, rng):
    """Varies every number of a sentence; a timestamp's digits as one date and time, the others one by one."""
    out, last = [], 0
    for match in TIMESTAMP.finditer(sentence):
        if not match.group("date") and not match.group("time"):
            continue
        out.append(NUMBER.sub(lambda m: vary_number(m, rng), sentence[last:match.start()]))
        out.append(vary_timestamp(match, rng))
        last = match.end()
    out.append(NUMBER.sub(lambda m: vary_number(m, rng), sentence[last:]))
    return "".join(out)


def vary_integer(digits, rng):
    if len(digits) == 4 and digits.startswith(("19", "20")):
        return str(rng.randint(2014, 2023))  # a year stays a plausible year
    if len(digits) == 1:
        return str(rng.randint(1, 9))
    return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))


def place(names, traditional, rng):
    name = rng.choice(names)
    return name.translate(TRADITIONAL) if traditional else name


def report(seeds, rng, number):
    same_script = [s for s in seeds if s[2] == rng.random() < 0.2] or seeds
    chosen = rng.sample(same_script, k=min(len(same_script), rng.randint(1, 2)))
    traditional = chosen[0][2]
    pool = [s for _, sentences, _ in chosen for s in sentences]
    year = rng.randint(2016, 2023)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    county = place(COUNTIES, traditional, rng)
    sentences = [rng.choice(pool) for _ in range(rng.randint(15, 45))]
    out = []
    for sentence in sentences:
        sentence = vary_numbers(sentence, rng)
        sentence = COUNTY.sub(lambda m: county if rng.random() < 0.7 else place(COUNTIES, traditional, rng), sentence)
        sentence = TOWNSHIP.sub(lambda m: place(TOWNSHIPS, traditional, rng), sentence)
        out.append(sentence)
    paragraphs, i = [], 0
    while i < len(out):
        n = rng.randint(1, 5)
        paragraphs.append("".join(out[i:i + n]))
        i += n
    title = out[0][:30].rstrip("。！？，,")
    header = [rng.choice(SITES), title, f"来源:{rng.choice(SOURCES)}     点击:", "字体:", "分享到:",
              f"编辑:{rng.choice(EDITORS)}       {date}", ""]
    return "\n".join(header) + "\n" + "\n\n".join(paragraphs) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True, help="how many reports")
    parser.add_argument("--out", required=True, help="folder to write them to")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same reports)")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--seeds", default=os.path.normpath(os.path.join(here, "..", "..", "seeds")), help="folder of seed reports")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = load_seeds(args.seeds)
    total = 0
    for n in range(args.count):
        folder = os.path.join(args.out, f"{n // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        data = report(seeds, rng, n).encode("utf-8")
        with open(os.path.join(folder, f"report-{n:06d}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.count} reports, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
