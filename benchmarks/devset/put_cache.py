#!/usr/bin/env python3
"""Write page caches from search-tool excerpts, verified against the repo's manifests.

Rebuilds the page caches of the measurement sets on a new machine (the texts are kept out of the repository).

Usage:
  put_cache.py FILE.json [...]      each FILE holds one JSON object or a JSON list of objects:
     {"set": "heldout", "id": "hs01", "text": "<the excerpt exactly as the pages corpus returned it>"}
       -> checks sha256 + utf16 length against benchmarks/<set>/manifest.tsv,
          writes /work/<set>-cache/<id>.txt (devset: /work/devset-cache)
     {"counts": "fresh14", "url": "https://...", "text": "<page excerpt>"}
       -> for every record of benchmarks/counts/news-counts.<counts>.jsonl with that url and a sha256,
          finds the substring of the page with that length and sha256 and writes
          /work/counts-<counts>-cache/<record id>.txt
  put_cache.py --status [SET ...]   lists per set how many manifest pages have a verified cache
Prints one line per page: ok, or MISMATCH with the text's length in UTF-16 units beside the manifest's. A trailing
newline dropped or added in the copy is forgiven (tried both ways).
"""
import hashlib, json, os, sys, glob

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
B = os.path.join(REPO, "benchmarks")

def sha(s): return hashlib.sha256(s.encode("utf-8")).hexdigest()
def u16(s): return len(s.encode("utf-16-le")) // 2

def cache_dir(setname):
    return "/work/devset-cache" if setname == "devset" else f"/work/{setname}-cache"

def manifest(setname):
    rows = {}
    with open(os.path.join(B, setname, "manifest.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip(): continue
            r = dict(zip(head, line.rstrip("\n").split("\t")))
            rows[r["id"]] = r
    return rows

def put_page(o):
    s, i, t = o["set"], o["id"], o["text"]
    m = manifest(s)
    if i not in m:
        print(f"{s}/{i}: NOT IN MANIFEST"); return False
    r = m[i]
    if sha(t) == r["sha256"]:
        d = cache_dir(s); os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, i + ".txt"), "w", encoding="utf-8", newline="") as f: f.write(t)
        print(f"{s}/{i}: ok"); return True
    # try common transcription slips: trailing newline
    for v in (t.rstrip("\n"), t + "\n"):
        if sha(v) == r["sha256"]:
            return put_page(dict(o, text=v))
    print(f"{s}/{i}: MISMATCH (length {u16(t)} vs manifest {r.get('utf16_length')})"); return False

def put_counts(o):
    name, url, t = o["counts"], o["url"], o["text"]
    path = os.path.join(B, "counts", f"news-counts.{name}.jsonl")
    d = f"/work/counts-{name}-cache"; os.makedirs(d, exist_ok=True)
    n = ok = 0
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r.get("url") != url or "sha256" not in r: continue
        n += 1
        L = r["length"]; want = r["sha256"]
        # length is in UTF-16 units; work on the python string (BMP text: same) and fall back to a scan
        found = None
        for k in range(0, len(t) - L + 1):
            if sha(t[k:k+L]) == want: found = t[k:k+L]; break
        if found is None:
            for k in range(len(t)):
                for L2 in range(max(1, L - 4), L + 1):
                    c = t[k:k+L2]
                    if u16(c) == L and sha(c) == want: found = c; break
                if found: break
        if found is not None:
            with open(os.path.join(d, r["id"] + ".txt"), "w", encoding="utf-8", newline="") as f: f.write(found)
            ok += 1
        else:
            print(f"counts {name}/{r['id']}: NOT FOUND in the page text")
    print(f"counts {name} {url}: {ok}/{n} sentences written")
    return n > 0 and ok == n

def status(sets):
    if not sets:
        sets = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(B, "*", "manifest.tsv")))
    for s in sets:
        m = manifest(s); d = cache_dir(s); good = []
        for i, r in m.items():
            p = os.path.join(d, i + ".txt")
            if os.path.exists(p) and sha(open(p, encoding="utf-8", newline="").read()) == r["sha256"]: good.append(i)
        missing = [i for i in m if i not in good]
        print(f"{s}: {len(good)}/{len(m)}" + (f"  missing: {' '.join(missing)}" if missing else ""))
    for p in sorted(glob.glob(os.path.join(B, "counts", "news-counts.*.jsonl"))):
        name = p.split("news-counts.")[1][:-6]
        recs = [json.loads(l) for l in open(p, encoding="utf-8")]
        recs = [r for r in recs if "sha256" in r]
        if not recs: continue
        d = f"/work/counts-{name}-cache"
        good = sum(1 for r in recs if os.path.exists(os.path.join(d, r["id"] + ".txt")))
        urls = {r["url"] for r in recs}
        gu = {r["url"] for r in recs if os.path.exists(os.path.join(d, r["id"] + ".txt"))}
        print(f"counts {name}: {good}/{len(recs)} sentences, {len(gu)}/{len(urls)} pages")

if __name__ == "__main__":
    a = sys.argv[1:]
    if a and a[0] == "--status": status(a[1:]); sys.exit(0)
    allok = True
    for fn in a:
        o = json.load(open(fn, encoding="utf-8"))
        for x in (o if isinstance(o, list) else [o]):
            allok &= put_counts(x) if "counts" in x else put_page(x)
    sys.exit(0 if allok else 1)
