#!/usr/bin/env python3
"""Cẩm nang số vs Hugo: build times, memory, page weight, search index size, serve latency.

Run through bench/run.sh (which installs Hugo and builds the jar). Python 3 standard library only.
Every time is reported next to Hugo's, measured in the same run, interleaved (ours, hugo, ours, hugo…),
as the median of several runs: the machine is shared, so absolute numbers drift and ratios don't (much).
"""

import argparse
import datetime
import gzip
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
JAR = ROOT / "target" / "camnang.jar"
# ours runs the way an editor runs it: through the launcher (its JVM flags, its CDS archive);
# BENCH_JVM_FLAGS reach the JVM through CAMNANG_JAVA_OPTS
LAUNCHER = ROOT / "camnang"


def ours_cmd(jvm_flags, *args):
    return ["env", "CAMNANG_JAVA_OPTS=" + " ".join(jvm_flags), str(LAUNCHER), *args]


def launcher_flags():
    """The JVM flags the launcher passes to a build (from its source), for the report."""
    text = LAUNCHER.read_text(encoding="utf-8")
    m = re.search(r'^exec java (.*?) -jar', text, re.M)
    jit = re.search(r'^jit="([^"]*)"', text, re.M)
    return (m.group(1) if m else "?").replace("$jit", jit.group(1) if jit else "").replace("$cds", "-XX:SharedArchiveFile=target/camnang.jsa").replace(" $CAMNANG_JAVA_OPTS", "").strip()
TIME = "/usr/bin/time"
GZIP_LEVEL = 6

# Site folders that belong to the source, not to a build: anything else that appears in a site folder
# after a build is a cache (e.g. <site>/.camnang/cache) and is deleted before each cold run.
SOURCE_ENTRIES = {"site.yaml", "jbake.properties", "content", "templates", "assets", "data"}
KNOWN_CACHE_NAMES = [".camnang", ".camnang-cache", ".cache"]


def log(msg):
    print(msg, flush=True)


def median(xs):
    return statistics.median(xs) if xs else None


def fmt_s(x):
    return "–" if x is None else f"{x:.2f} s"


def fmt_ratio(x):
    return "–" if x is None else f"{x:.2f}×"


def fmt_mb(kb):
    return "–" if kb is None else f"{kb / 1024:.0f} MB"


def rm(p):
    p = Path(p)
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p)
    elif p.exists() or p.is_symlink():
        p.unlink()


def tree_digest(folder):
    h = hashlib.sha256()
    for p in sorted(Path(folder).rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(folder)).encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:16]


def gz(data):
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


# ------------------------------------------------------------------------------------------- running


def timed(cmd, label, logdir, cwd=None, env=None):
    """Runs cmd under /usr/bin/time -v; returns dict(wall, rss_kb, cpu, rc, out)."""
    logdir.mkdir(parents=True, exist_ok=True)
    tfile = logdir / f"{label}.time"
    ofile = logdir / f"{label}.log"
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    with open(ofile, "wb") as out:
        rc = subprocess.call([TIME, "-v", "-o", str(tfile)] + cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=env)
    wall = time.perf_counter() - t0
    text = tfile.read_text(errors="replace") if tfile.exists() else ""
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    u = re.search(r"User time \(seconds\): ([\d.]+)", text)
    s = re.search(r"System time \(seconds\): ([\d.]+)", text)
    return {
        "wall": wall,
        "rss_kb": int(m.group(1)) if m else None,
        "cpu": (float(u.group(1)) + float(s.group(1))) if u and s else None,
        "rc": rc,
        "load": load,
        "out": ofile.read_text(errors="replace"),
        "log": str(ofile),
    }


def parse_steps(out):
    steps = {}
    for m in re.finditer(r"^\s+([a-z]+)\s+(\d+) ms\s*$", out, re.M):
        steps[m.group(1)] = int(m.group(2))
    return steps


class Tool:
    def __init__(self, name):
        self.name = name


class Ours(Tool):
    def __init__(self, site, out, jvm_flags):
        super().__init__("ours")
        self.site, self.out, self.jvm_flags = Path(site), Path(out), jvm_flags
        self.pristine = set(os.listdir(self.site))

    def cmd(self):
        return ours_cmd(self.jvm_flags, "build", "--source", str(self.site), "--output", str(self.out), "--verbose")

    def caches(self):
        found = []
        for e in sorted(os.listdir(self.site)):
            if e not in self.pristine and e not in SOURCE_ENTRIES:
                found.append(self.site / e)
        for e in KNOWN_CACHE_NAMES:
            if (self.site / e).exists() and (self.site / e) not in found:
                found.append(self.site / e)
        return found

    def make_cold(self):
        rm(self.out)
        for c in self.caches():
            rm(c)

    def cold_cmd(self):
        return self.cmd()

    def warm_cmd(self):
        return self.cmd()


class Hugo(Tool):
    def __init__(self, site, out, cache):
        super().__init__("hugo")
        self.site, self.out, self.cache = Path(site), Path(out), Path(cache)

    def base(self):
        return ["hugo", "--source", str(self.site), "--destination", str(self.out), "--cacheDir", str(self.cache)]

    def make_cold(self):
        rm(self.out)
        rm(self.site / "resources" / "_gen")
        rm(self.cache)

    def cold_cmd(self):
        return self.base() + ["--gc"]

    def warm_cmd(self):
        return self.base()


# ------------------------------------------------------------------------------------------- checks


def verify(tool, out, manifest, phrases):
    """Every guide, topic and the home page exist; each phrase (guide → text) is in its guide's page."""
    out = Path(out)
    problems = []
    missing = [g for g in manifest["guidePaths"] if not (out / g / "index.html").is_file()]
    if missing:
        problems.append(f"{len(missing)} of {len(manifest['guidePaths'])} guide pages missing, e.g. {missing[0]}")
    missing_t = [t for t in manifest["topicPaths"] if not (out / t / "index.html").is_file()]
    if missing_t:
        problems.append(f"{len(missing_t)} topic pages missing, e.g. {missing_t[0]}")
    if not (out / "index.html").is_file():
        problems.append("home page missing")
    for guide, phrase in phrases:
        f = out / guide / "index.html"
        if f.is_file() and phrase not in f.read_text(encoding="utf-8", errors="replace"):
            problems.append(f"phrase {phrase!r} not found in {guide}/index.html")
    html = sum(1 for _ in out.rglob("*.html")) if out.is_dir() else 0
    if problems:
        raise SystemExit(f"[{tool}] output incomplete in {out}:\n  " + "\n  ".join(problems))
    return {"guides": len(manifest["guidePaths"]), "topics": len(manifest["topicPaths"]), "htmlFiles": html}


# ------------------------------------------------------------------------------------------- builds


def bench_size(n, args, jvm_flags, results):
    work = args.work / f"n{n}"
    log(f"\n=== N = {n} ===")
    t0 = time.perf_counter()
    subprocess.check_call(["java", str(BENCH / "GenSite.java"), "--n", str(n), "--seed", str(args.seed),
                           "--out", str(work), "--theme-assets", str(ROOT / "assets")])
    gen_s = time.perf_counter() - t0
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    r = {"n": n, "topics": manifest["topics"], "images": manifest["images"], "generateSeconds": gen_s,
         "inputDigest": {"ours": tree_digest(work / "camnang"), "hugo": tree_digest(work / "hugo")}}
    ours = Ours(work / "camnang", work / "out-camnang", jvm_flags)
    hugo = Hugo(work / "hugo", work / "out-hugo", work / "hugo-cache")
    logs = work / "logs"
    rm(logs)
    runs = args.runs if n < 10000 else args.runs_10k
    r["runs"] = runs
    known = [(manifest["knownGuide"], manifest["knownPhrase"])]

    def run(tool, kind, i):
        cmd = tool.cold_cmd() if kind == "cold" else tool.warm_cmd()
        res = timed(cmd, f"{tool.name}-{kind}-{i}", logs)
        res["cmd"] = cmd
        if res["rc"] != 0:
            tail = "\n".join(res["out"].splitlines()[-30:])
            raise SystemExit(f"[{tool.name}] {kind} build {i} of N={n} failed (exit {res['rc']}); log {res['log']}:\n{tail}")
        if tool.name == "ours":
            res["steps"] = parse_steps(res["out"])
        log(f"  {tool.name:5s} {kind:9s} #{i}: {res['wall']:7.2f} s  rss {fmt_mb(res['rss_kb']):>8s}  cpu {res['cpu']:.1f} s  load {res['load']:.1f}")
        del res["out"]
        return res

    series = {f"{t}-{k}": [] for t in ("ours", "hugo") for k in ("cold", "nochange", "edit")}
    for i in range(1, runs + 1):
        for tool in (ours, hugo):
            tool.make_cold()
            series[f"{tool.name}-cold"].append(run(tool, "cold", i))
            if i == 1:
                r[f"{tool.name}Verified"] = verify(tool.name, tool.out, manifest, known)
    if ours.caches():
        r["oursCacheDirs"] = [str(c.relative_to(work)) for c in ours.caches()]
    for i in range(1, runs + 1):
        for tool in (ours, hugo):
            series[f"{tool.name}-nochange"].append(run(tool, "nochange", i))
    edit = manifest["editGuide"]
    for i in range(1, runs + 1):
        for tool, site in ((ours, ours.site), (hugo, hugo.site)):
            marker = f"Đoạn văn thêm lần {i} để đo thời gian dựng lại khi sửa một bài"
            with open(site / "content" / edit / "index.md", "a", encoding="utf-8") as f:
                f.write(f"\n{marker}: bà con đọc kỹ trước khi làm.\n")
            series[f"{tool.name}-edit"].append(run(tool, "edit", i))
            verify(tool.name, tool.out, manifest, [(edit, marker)])
    r["series"] = series
    if n >= 10000 and args.rss_probe:
        # Can the same build live in 1 GB? Once more, cold, with the heap capped, and the GC log kept.
        probe_flags = jvm_flags + [f"-Xmx{args.rss_probe}", f"-Xlog:gc:file={logs / 'probe-gc.log'}"]
        ours.make_cold()
        cmd = Ours(ours.site, ours.out, probe_flags).cmd()
        res = timed(cmd, "ours-cold-probe", logs)
        oom = "OutOfMemoryError" in res["out"]
        after = [int(m.group(1)) for m in re.finditer(r"->(\d+)M\(", (logs / "probe-gc.log").read_text(errors="replace"))] \
            if (logs / "probe-gc.log").exists() else []
        r["probe"] = {"xmx": args.rss_probe, "wall": res["wall"], "rss_kb": res["rss_kb"], "cpu": res["cpu"], "rc": res["rc"],
                      "oom": oom, "maxHeapAfterGcMb": max(after) if after else None, "gcs": len(after),
                      "cmd": cmd, "steps": parse_steps(res["out"])}
        log(f"  ours  cold -Xmx{args.rss_probe}: {res['wall']:7.2f} s  rss {fmt_mb(res['rss_kb'])}  rc {res['rc']}"
            f"{'  OutOfMemoryError' if oom else ''}  max heap after GC {r['probe']['maxHeapAfterGcMb']} MB")
    r["med"] = {k: median([x["wall"] for x in v]) for k, v in series.items()}
    r["cpuMed"] = {k: median([x["cpu"] for x in v]) for k, v in series.items()}
    r["rssMax"] = {t: max(x["rss_kb"] for k, v in series.items() if k.startswith(t) for x in v) for t in ("ours", "hugo")}
    r["rssMed"] = {k: median([x["rss_kb"] for x in v]) for k, v in series.items()}
    # the cold run whose wall time is the median: its --verbose step times
    cold = sorted(series["ours-cold"], key=lambda x: x["wall"])
    r["steps"] = cold[len(cold) // 2].get("steps", {})
    r["stepsNochange"] = sorted(series["ours-nochange"], key=lambda x: x["wall"])[len(series["ours-nochange"]) // 2].get("steps", {})
    r["stepsEdit"] = sorted(series["ours-edit"], key=lambda x: x["wall"])[len(series["ours-edit"]) // 2].get("steps", {})
    # search index: files under output/search/
    if n >= 1000:
        files = [p for p in (ours.out / "search").rglob("*") if p.is_file()]
        raw = sum(p.stat().st_size for p in files)
        gzs = sum(gz(p.read_bytes()) for p in files)
        r["search"] = {"files": len(files), "raw": raw, "gzip": gzs, "rawPerGuide": raw / n, "gzipPerGuide": gzs / n}
        hj = hugo.out / "index.json"
        if hj.is_file():
            b = hj.read_bytes()
            r["hugoSearch"] = {"raw": len(b), "gzip": gz(b), "rawPerGuide": len(b) / n, "gzipPerGuide": gz(b) / n}
    results["sizes"][str(n)] = r
    return work, manifest


# ------------------------------------------------------------------------------------------- page weight


def copy_bundled_site(dest):
    rm(dest)
    dest.mkdir(parents=True)
    for e in ("site.yaml", "content", "templates", "assets", "data"):
        src = ROOT / e
        if src.is_dir():
            shutil.copytree(src, dest / e)
        elif src.is_file():
            shutil.copy2(src, dest / e)


def bundled_guides(site):
    """Output paths (topic/guide) of the bundled site's guides: content/<topic>/<guide>/index.md or <guide>.md."""
    out = []
    for topic in sorted((site / "content").iterdir()):
        if not topic.is_dir() or not (topic / "index.md").is_file():
            continue
        for e in sorted(topic.iterdir()):
            if e.is_dir() and (e / "index.md").is_file():
                out.append(f"{topic.name}/{e.name}")
            elif e.is_file() and e.suffix == ".md" and e.name != "index.md":
                out.append(f"{topic.name}/{e.stem}")
    return out


def page_weight(args, jvm_flags, results):
    log("\n=== page weight (bundled site) ===")
    site = args.work / "bundled-site"
    out = args.work / "bundled-out"
    copy_bundled_site(site)
    rm(out)
    res = timed(ours_cmd(jvm_flags, "build", "--source", str(site), "--output", str(out)), "bundled-build", args.work / "logs")
    if res["rc"] != 0:
        raise SystemExit(f"bundled site build failed: {res['out'][-3000:]}")
    rows = []
    for g in bundled_guides(site):
        page = out / g / "index.html"
        if not page.is_file():
            raise SystemExit(f"bundled guide page missing: {page}")
        html = page.read_text(encoding="utf-8")
        refs = re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html)
        refs += re.findall(r'<script[^>]*src="([^"]+)"', html)
        css = js = 0
        for ref in refs:
            if re.match(r"^[a-z]+:", ref) or ref.startswith("//"):
                continue  # external: none expected
            f = (page.parent / ref.split("?")[0].split("#")[0]).resolve()
            if not f.is_file():
                raise SystemExit(f"{g}: referenced file missing: {ref}")
            size = gz(f.read_bytes())
            if f.suffix == ".css":
                css += size
            else:
                js += size
        h = gz(page.read_bytes())
        rows.append({"guide": g, "html": h, "css": css, "js": js, "total": h + css + js})
    totals = [r["total"] for r in rows]
    worst = max(rows, key=lambda r: r["total"])
    lazy = {}
    for p in sorted((out / "assets" / "js").glob("search*.js")):
        lazy[p.name] = gz(p.read_bytes())
    results["pageWeight"] = {
        "guides": len(rows), "median": median(totals), "max": max(totals), "worst": worst,
        "htmlMedian": median([r["html"] for r in rows]), "htmlMax": max(r["html"] for r in rows),
        "css": rows[0]["css"], "js": rows[0]["js"], "lazy": lazy, "gzipLevel": GZIP_LEVEL,
    }
    log(f"  {len(rows)} guides: median {median(totals)} B, max {max(totals)} B ({worst['guide']})")
    return site


# ------------------------------------------------------------------------------------------- serve


def serve_latency(label, site, guide_rel, url_path, args, jvm_flags, results):
    log(f"\n=== serve edit-to-reload latency: {label} ===")
    tmp = args.work / "serve-tmp"
    rm(tmp)
    tmp.mkdir(parents=True)
    flags = " ".join(jvm_flags + [f"-Djava.io.tmpdir={tmp}"])
    cmd = ["java", str(BENCH / "ServeLatency.java"), "--jar", str(JAR), "--source", str(site), "--guide", guide_rel,
           "--url-path", url_path, "--repeats", str(args.serve_repeats), "--warmup", "1", "--jvm-flags", flags,
           "--log", str(args.work / "logs" / f"serve-{label}.log")]
    rm(args.work / "logs" / f"serve-{label}.log")
    p = subprocess.run(cmd, capture_output=True, text=True)
    rm(tmp)  # serve leaves its temporary output folder behind (see BENCHMARKS.md)
    if p.returncode != 0:
        raise SystemExit(f"serve latency ({label}) failed:\n{p.stdout}\n{p.stderr}")
    r = json.loads(p.stdout.strip().splitlines()[-1])
    r["median"] = median(r["samplesMs"])
    r["max"] = max(r["samplesMs"]) if r["samplesMs"] else None
    r["serverMedian"] = median([x for x in r.get("serverMs", []) if x >= 0])
    r["cmd"] = cmd
    results["serve"][label] = r
    log(f"  startup {r['startupMs']} ms; edits {r['samplesMs']} ms (median {r['median']}, max {r['max']}); "
        f"server's own rebuild {r.get('serverMs')} ms; warm-up {r['warmupMs']}; visible {r['allVisible']} {r['failures']}")


# ------------------------------------------------------------------------------------------- report


def machine_info(jvm_flags):
    mem = ""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    lf = [f for f in launcher_flags().split() if not f.startswith("-XX:SharedArchiveFile")]
    flags = subprocess.run(["java", *lf, *jvm_flags, "-XX:+PrintCommandLineFlags", "-version"], capture_output=True, text=True).stdout.strip()
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src", "pom.xml", "templates", "assets"],
                           capture_output=True, text=True).stdout.strip()
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "nproc": os.cpu_count(),
            "memory": mem, "cpu": cpu, "kernel": platform.release(), "java": java[0] if java else "?",
            "javaRuntime": java[1] if len(java) > 1 else "", "jvmFlags": ("./camnang: " + launcher_flags() + (" + " + " ".join(jvm_flags) if jvm_flags else "")),
            "jvmEffective": flags, "hugo": hugo, "commit": commit + (" (+ uncommitted generator changes)" if dirty else ""),
            "python": platform.python_version()}


def targets(results, quick):
    s = results["sizes"]
    t = []

    def add(name, value, limit, shown, note=""):
        if value is None:
            t.append((name, "not measured" + (" (--quick)" if quick else ""), "–", note))
        else:
            t.append((name, shown, "PASS" if value <= limit else "MISS", note))

    k1 = s.get("1000")
    k10 = s.get("10000")
    if k1:
        v = k1["med"]["ours-cold"] / k1["med"]["hugo-cold"]
        add("cold build, 1,000 guides ≤ 1.5× Hugo", v, 1.5, fmt_ratio(v),
            f"{fmt_s(k1['med']['ours-cold'])} vs {fmt_s(k1['med']['hugo-cold'])}")
    else:
        add("cold build, 1,000 guides ≤ 1.5× Hugo", None, 0, "")
    if k10:
        v = k10["med"]["ours-cold"] / k10["med"]["hugo-cold"]
        add("cold build, 10,000 guides ≤ 1.0× Hugo", v, 1.0, fmt_ratio(v),
            f"{fmt_s(k10['med']['ours-cold'])} vs {fmt_s(k10['med']['hugo-cold'])}")
    else:
        add("cold build, 10,000 guides ≤ 1.0× Hugo", None, 0, "")
    if k1:
        v = k1["med"]["ours-nochange"] / k1["med"]["hugo-cold"]
        add("no-change rebuild, 1,000 ≤ 0.5× Hugo's full build", v, 0.5, fmt_ratio(v),
            f"{fmt_s(k1['med']['ours-nochange'])} vs Hugo cold {fmt_s(k1['med']['hugo-cold'])}")
    else:
        add("no-change rebuild, 1,000 ≤ 0.5× Hugo's full build", None, 0, "")
    sv = results["serve"].get("n1000")
    if sv and sv["median"] is not None:
        add("serve: one-guide edit → reload ≤ 100 ms at 1,000", sv["median"], 100, f"{sv['median']:.0f} ms",
            f"median of {len(sv['samplesMs'])}, max {sv['max']} ms")
    else:
        add("serve: one-guide edit → reload ≤ 100 ms at 1,000", None, 0, "")
    if k1 and k10:
        v = k10["med"]["ours-cold"] / k1["med"]["ours-cold"]
        add("ours: 10,000 cold ≤ 11× 1,000 cold", v, 11, fmt_ratio(v))
    else:
        add("ours: 10,000 cold ≤ 11× 1,000 cold", None, 0, "")
    if k10:
        v = k10["rssMax"]["ours"] / 1024 / 1024
        add("peak RSS ≤ 1 GB at 10,000", v, 1.0, f"{k10['rssMax']['ours'] / 1024:.0f} MB")
    else:
        add("peak RSS ≤ 1 GB at 10,000", None, 0, "")
    return t


HOW_TO_RUN = """## How to run

```sh
bench/run.sh            # N = 100, 1,000 and 10,000 (10,000: one run per tool), serve latency, page weight
bench/run.sh --quick    # N = 100 and 1,000 only, for iteration
```

`bench/run.sh` installs Hugo (`apt-get install -y hugo`, Debian's package) and GNU `time` when missing,
builds the jar (`mvn -B -q -DskipTests package`), then runs `bench/bench.py`, which generates the
synthetic sites with `bench/GenSite.java` (seeded, deterministic), times both generators, checks both
outputs, measures serve latency with `bench/ServeLatency.java` and rewrites this file (this section and
"What each change bought" are kept; everything under "Results" is replaced). Generated sites, outputs and
logs go to `bench/work/` (git-ignored), with every run's log, `/usr/bin/time -v` output and a
`results-*.json`. Options: `--runs R` (default 3), `--runs-10k R` (default 3), `--seed S`,
`--serve-repeats K` (default 7), `--rss-probe 800m` (the extra capped-heap run at 10,000; `''` skips it),
`--render bench/work/results-….json` (rewrite this file from saved results without running anything);
`BENCH_JVM_FLAGS="-Xmx1g …"` passes flags to every `java -jar` of ours.

Text-only scenario (issue 17: no images at all; ours, Hugo and Eleventy on the same generated guides):

```sh
bench/text.sh                       # N = 100 and 1,000, 3 cold builds per series, interleaved
bench/text.sh --sizes 10000 --series ours-min,hugo,eleventy
python3 bench/profile.py --n 1000   # JFR of one cold build, by step and library
```

`bench/text.sh` installs Hugo and GNU `time` (apt-get) and Eleventy 3.1.2 (npm, pinned, into
`bench/work/eleventy-tool`, never committed), builds the jar and runs `bench/text.py`, which generates
the sites with `bench/gentext.py` (seeded) and prints a Markdown table plus `bench/work/text/results-*.json`.

Runtime on the shared 2-core machine (load average ~8 from others' jobs): full ≈ 30 min, `--quick` ≈ 8 min.
N = 10,000 is one run per tool and scenario for that reason. Never put timing assertions in tests: the
machine is shared, which is also why every number here is a ratio to Hugo from the same run.
"""


def change_section(old_text, results, quick):
    m = re.search(r"^## What each change bought\n.*?(?=^## |\Z)", old_text or "", re.M | re.S)
    if m:
        return m.group(0).rstrip() + "\n"
    info = results["machine"]
    lines = ["## What each change bought", "",
             "One entry per merged performance change, newest last, with the ratios from a `bench/run.sh` run",
             "right after it (the lead fills these in).", "",
             f"### Baseline (this run, {info['date']}, `{info['commit'].split()[0]}`{', quick' if quick else ''})", ""]
    for name, shown, verdict, note in targets(results, quick):
        lines.append(f"- {name}: {shown} {verdict if verdict != '–' else ''}".rstrip())
    return "\n".join(lines) + "\n"


def render_report(results, quick, old_text, elapsed):
    info = results["machine"]
    L = ["# Benchmarks: Cẩm nang số vs Hugo", "",
         "Build times, memory, serve latency, page weight and search index size. Every time is a ratio against",
         "Hugo measured in the same script run, interleaved, median of the runs: the 2-core machine is shared with",
         "other engineers' test runs, so absolute seconds drift between runs while ratios move much less.", "",
         HOW_TO_RUN, change_section(old_text, results, quick),
         "## Results", "", f"Generated by `bench/run.sh{' --quick' if quick else ''}` on {info['date']}; the whole script took "
         f"{elapsed / 60:.1f} min.", "", "### Machine and versions", "",
         "| | |", "|---|---|",
         f"| date | {info['date']} |", f"| commit | `{info['commit']}` |",
         f"| CPU | {info['cpu']}, nproc = {info['nproc']} (shared) |", f"| memory | {info['memory']} |",
         f"| kernel | {info['kernel']} |", f"| Java | {info['java']}; {info['javaRuntime']} |",
         f"| JVM flags (ours) | {info['jvmFlags']} |", f"| JVM effective flags | `{info['jvmEffective']}` |",
         f"| Hugo | `{info['hugo']}` |", f"| Python | {info['python']} |",
         f"| load average during runs | median {results['loadMedian']:.1f}, max {results['loadMax']:.1f} (2 cores: above 2 means others were running) |",
         "", "### Targets", "", "| target | where we stand | result | detail |", "|---|---|---|---|"]
    for name, shown, verdict, note in targets(results, quick):
        L.append(f"| {name} | {shown} | {verdict} | {note} |")
    L += ["", "### Build times (wall clock, median)", "",
          "Cold: fresh output folder and no `.camnang/` (no image or QR cache, no build records) for ours;",
          "`--gc` with `public/`, `resources/_gen` and the cache dir deleted for Hugo. No-change: the same command again over",
          "unchanged input, output (and any cache) kept. One-guide edit: a paragraph appended to one guide, then the same command.",
          "",
          "| N | runs | ours cold | Hugo cold | ratio | ours no-change | Hugo no-change | ratio | ours no-change ÷ Hugo cold | ours one-edit | Hugo one-edit | ratio |",
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n, r in results["sizes"].items():
        m = r["med"]
        L.append(f"| {int(n):,} | {r['runs']} | {fmt_s(m['ours-cold'])} | {fmt_s(m['hugo-cold'])} | **{fmt_ratio(m['ours-cold'] / m['hugo-cold'])}** | "
                 f"{fmt_s(m['ours-nochange'])} | {fmt_s(m['hugo-nochange'])} | **{fmt_ratio(m['ours-nochange'] / m['hugo-nochange'])}** | "
                 f"{fmt_ratio(m['ours-nochange'] / m['hugo-cold'])} | {fmt_s(m['ours-edit'])} | {fmt_s(m['hugo-edit'])} | **{fmt_ratio(m['ours-edit'] / m['hugo-edit'])}** |")
    L += ["", "CPU time (user + sys, median; less sensitive to other engineers' load than wall time):", "",
          "| N | ours cold | Hugo cold | ratio | ours no-change | Hugo no-change | ours one-edit | Hugo one-edit |",
          "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n, r in results["sizes"].items():
        c = r["cpuMed"]
        L.append(f"| {int(n):,} | {fmt_s(c['ours-cold'])} | {fmt_s(c['hugo-cold'])} | {fmt_ratio(c['ours-cold'] / c['hugo-cold'])} | "
                 f"{fmt_s(c['ours-nochange'])} | {fmt_s(c['hugo-nochange'])} | {fmt_s(c['ours-edit'])} | {fmt_s(c['hugo-edit'])} |")
    L += ["", "All runs, in the order they ran: wall seconds (CPU time ÷ wall time; 100% = one core busy, 200% = both;",
          "a low figure for a parallel build means it waited for the CPU while others' jobs ran):", "",
          "| N | series | runs |", "|---:|---|---|"]
    for n, r in results["sizes"].items():
        for k, v in r["series"].items():
            walls = ", ".join(f"{x['wall']:.2f} ({100 * x['cpu'] / x['wall']:.0f}%)" for x in v)
            L.append(f"| {int(n):,} | {k} | {walls} |")
    L += ["", "### Peak RSS (`/usr/bin/time -v`, maximum resident set size)", "",
          "| N | ours cold (median) | ours max (all runs) | Hugo cold (median) | Hugo max | ratio (max) |", "|---:|---:|---:|---:|---:|---:|"]
    for n, r in results["sizes"].items():
        L.append(f"| {int(n):,} | {fmt_mb(r['rssMed']['ours-cold'])} | {fmt_mb(r['rssMax']['ours'])} | {fmt_mb(r['rssMed']['hugo-cold'])} | "
                 f"{fmt_mb(r['rssMax']['hugo'])} | {fmt_ratio(r['rssMax']['ours'] / r['rssMax']['hugo'])} |")
    for n, r in results["sizes"].items():
        pr = r.get("probe")
        if pr:
            verdict = ("failed: OutOfMemoryError" if pr["oom"] else f"failed (exit {pr['rc']})") if pr["rc"] != 0 else "built"
            L += ["", f"Memory probe at N = {int(n):,}: one more cold build of ours with `-Xmx{pr['xmx']}` (and `-Xlog:gc`): {verdict} in "
                  f"{pr['wall']:.1f} s, peak RSS {fmt_mb(pr['rss_kb'])}; the largest heap occupancy right after a GC was "
                  f"{pr['maxHeapAfterGcMb']} MB over {pr['gcs']} GCs (an upper bound on the live set). With the default maximum heap "
                  "(a quarter of the machine's memory, about 6 GB here) G1 may commit much more heap than the live set, so the "
                  "peak RSS above depends on the heap setting as much as on the build."]
    L += ["", "### Our build steps (`build --verbose`, ms, from the median run)", ""]
    names = []
    for r in results["sizes"].values():
        for k in list(r["steps"]) + list(r["stepsNochange"]):
            if k not in names:
                names.append(k)
    L.append("| N | run | " + " | ".join(names) + " |")
    L.append("|---:|---|" + "---:|" * len(names))
    for n, r in results["sizes"].items():
        for label, st in (("cold", r["steps"]), ("no-change", r["stepsNochange"]), ("one-edit", r["stepsEdit"])):
            L.append(f"| {int(n):,} | {label} | " + " | ".join(str(st.get(k, "–")) for k in names) + " |")
    L += ["", "The JVM's start and the time outside the steps (class loading, reading the jar) are the difference",
          "between the wall time above and the sum of the steps.", ""]
    sv = results["serve"]
    L += ["### Serve: edit-to-reload latency", "",
          "`camnang serve --port 0`; a client listens on `/__camnang/events`; a line is appended to one guide and the",
          "time is taken from just before the write to the arrival of `event: reload`. One warm-up edit is not counted.",
          "After every reload the guide is fetched and must contain the new line. \"Server rebuild\" is serve's own",
          "figure (`Đã cập nhật 1 tệp (N ms)`); the rest is the file watcher's 60 ms debounce and event delivery.", "",
          "| site | serve start (build + listen) | edits | median | max | server rebuild (median) | warm-up edit | new text served |",
          "|---|---:|---:|---:|---:|---:|---:|---|"]
    for label, r in sv.items():
        L.append(f"| {label} | {r['startupMs'] / 1000:.1f} s | {len(r['samplesMs'])} | **{r['median']:.0f} ms** | {r['max']} ms | "
                 f"{r['serverMedian'] if r['serverMedian'] is not None else '–'} ms | {', '.join(str(x) for x in r['warmupMs'])} ms | "
                 f"{'yes' if r['allVisible'] and not r['failures'] else 'NO: ' + '; '.join(r['failures'])} |")
    L += ["", "All samples (ms): " + "; ".join(f"{k}: {', '.join(str(x) for x in r['samplesMs'])}" for k, r in sv.items()), ""]
    pw = results.get("pageWeight")
    if pw:
        L += ["### Page weight (bundled site, guide pages)", "",
              f"Each of the {pw['guides']} guide pages of the repository's own site, built with the current jar: gzip (level {pw['gzipLevel']}) of",
              "its HTML plus every stylesheet and script it references (`<link rel=stylesheet>`, `<script src>`).", "",
              "| | median | max |", "|---|---:|---:|",
              f"| HTML + CSS + JS (gzip) | **{pw['median'] / 1024:.1f} KB** ({pw['median']} B) | **{pw['max'] / 1024:.1f} KB** ({pw['max']} B, `{pw['worst']['guide']}`) |",
              f"| of which HTML | {pw['htmlMedian'] / 1024:.1f} KB | {pw['htmlMax'] / 1024:.1f} KB |",
              f"| of which CSS | {pw['css'] / 1024:.1f} KB | |", f"| of which JS | {pw['js'] / 1024:.1f} KB | |", "",
              "Loaded only on first use of the search box (not counted above): " +
              (", ".join(f"`{k}` {v / 1024:.1f} KB gzip" for k, v in pw["lazy"].items()) or "–") +
              ", plus the index shards it asks for. Images are not counted.", ""]
    L += ["### Search index size", "",
          "Every file under `output/search/` of the synthetic site (gzip level 6 each, summed) divided by the number of guides.",
          "For scale, Hugo's side writes one `index.json` with title, URL, description and the plain text of every page",
          "(the usual Hugo client-side search setup), which is not sharded and would be downloaded whole.", "",
          "| N | files | raw total | gzip total | raw / guide | **gzip / guide** | Hugo index.json gzip / guide |",
          "|---:|---:|---:|---:|---:|---:|---:|"]
    for n, r in results["sizes"].items():
        s = r.get("search")
        if s:
            h = r.get("hugoSearch")
            hs = f"{h['gzipPerGuide']:.0f} B" if h else "–"
            L.append(f"| {int(n):,} | {s['files']} | {s['raw'] / 1024:.0f} KB | {s['gzip'] / 1024:.0f} KB | {s['rawPerGuide']:.0f} B | "
                     f"**{s['gzipPerGuide']:.0f} B** | {hs} |")
    L += ["", "### The synthetic sites", "",
          f"`bench/GenSite.java`, seed {results['seed']}: 50 guides per topic (at least 5 topics); each guide 500–800 words of",
          "Vietnamese with diacritics, front matter (title, description, date, updated, order, tags; image where it has one),",
          "headings, a bullet list, a numbered list of steps, a GFM table, a callout (ours: `!!! warning`; Hugo: a blockquote),",
          "three cross links to other guides (ours: `../../topic/guide/index.md`; Hugo: the plain relative URL `../../topic/guide/`),",
          "and for one guide in 20 an image next to it (640×400, PNG flat art and JPEG photo-like in turn, drawn with Java2D).", "",
          "| N | topics | images | input digest (ours / Hugo) | generation |", "|---:|---:|---:|---|---:|"]
    for n, r in results["sizes"].items():
        L.append(f"| {int(n):,} | {r['topics']} | {r['images']} | `{r['inputDigest']['ours']}` / `{r['inputDigest']['hugo']}` | {r['generateSeconds']:.1f} s |")
    L += ["", "Checked before any number is reported: every guide page, every topic page and the home page exist in",
          "both outputs; a known phrase of a known guide is in both; after each one-guide edit, the appended text is in",
          "that guide's page on both sides.", ""]
    for n, r in results["sizes"].items():
        L.append(f"- N = {int(n):,}: ours {r['oursVerified']['htmlFiles']} HTML files, Hugo {r['hugoVerified']['htmlFiles']} HTML files "
                 f"({r['oursVerified']['guides']} guides + {r['oursVerified']['topics']} topics + home checked on each).")
    L += ["", "#### What each side builds", "",
          "| | ours (built-in theme) | Hugo (bench templates) |", "|---|---|---|",
          "| pages | home, topics, guides, 404, `tim-kiem/` (search without JS), a printable handout per topic (`<topic>/in/`) | home, sections (topics), guides, 404 |",
          "| layout | base frame with header, search form, footer listing every topic; breadcrumb, prev/next, share bar | `baseof` with header, search form, footer listing every topic; breadcrumb, prev/next (`PrevInSection`) |",
          "| CSS/JS | the theme's `site.css` and `site.js`, content-hashed names | the same two files, `resources.Get … \\| fingerprint` |",
          "| share | Open Graph/Twitter tags, canonical link, a QR code SVG per page | Open Graph/Twitter tags, canonical link |",
          "| search | sharded index under `search/` (words by folded prefix, snippets) | one `index.json` (home JSON output: title, URL, description, `.Plain`) |",
          "| feeds | `sitemap.xml`, `feed.xml` (Atom), `robots.txt` | `sitemap.xml`, home RSS `index.xml`, `robots.txt` |",
          "| images | copied next to their guide, sizes read from headers | copied with their bundle |",
          "| disabled | – | `disableKinds = [\"taxonomy\", \"term\"]`; RSS only for home; no image processing |",
          "", "### Exact commands", "", "```sh"]
    for n, r in results["sizes"].items():
        for k in ("ours-cold", "hugo-cold", "hugo-nochange"):
            L.append(f"# N={n} {k}: " + shlex.join(r["series"][k][0]["cmd"]).replace(str(ROOT) + "/", ""))
        break
    L.append("# each run wrapped as: /usr/bin/time -v -o <file> <command>")
    for label, r in sv.items():
        L.append(f"# serve ({label}): " + shlex.join(r["cmd"]).replace(str(ROOT) + "/", ""))
    L += ["```", ""]
    if results.get("notes"):
        L += ["### Notes from this run", ""]
        for x in results["notes"]:
            head, _, rest = x.partition("\n")
            L.append(f"- {head}")
            if rest:
                L += ["", "```", rest, "```", ""]
        L.append("")
    return "\n".join(L)


# ------------------------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="N = 100 and 1,000 only")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--runs-10k", type=int, default=3)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--serve-repeats", type=int, default=7)
    ap.add_argument("--rss-probe", default="800m", help="at N = 10,000: one more cold run of ours with -Xmx<this> ('' to skip)")
    ap.add_argument("--sizes", default=None, help="comma-separated N values (overrides --quick)")
    ap.add_argument("--work", type=Path, default=BENCH / "work")
    ap.add_argument("--report", type=Path, default=ROOT / "BENCHMARKS.md")
    ap.add_argument("--no-report", action="store_true")
    ap.add_argument("--render", type=Path, help="only rewrite the report from a saved bench/work/results-*.json")
    args = ap.parse_args()
    if args.render:
        res = json.loads(args.render.read_text(encoding="utf-8"))
        quick = "10000" not in res["sizes"]
        old = args.report.read_text(encoding="utf-8") if args.report.exists() else ""
        args.report.write_text(render_report(res, quick, old, res["elapsedSeconds"]), encoding="utf-8")
        log(f"wrote {args.report} from {args.render}")
        return
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    jvm_flags = shlex.split(os.environ.get("BENCH_JVM_FLAGS", ""))
    sizes = [int(x) for x in args.sizes.split(",")] if args.sizes else ([100, 1000] if args.quick else [100, 1000, 10000])
    started = time.perf_counter()
    results = {"sizes": {}, "serve": {}, "seed": args.seed, "notes": []}
    results["machine"] = machine_info(jvm_flags)
    log(f"machine: {results['machine']}")
    loads = []
    manifests = {}
    for n in sizes:
        try:
            work, manifest = bench_size(n, args, jvm_flags, results)
        except SystemExit as e:  # a failed build or an incomplete output: report it, go on with the rest
            log(f"FAILED at N = {n}: {e}")
            results["notes"].append(f"FAILED at N = {n:,}: {e}")
            continue
        manifests[n] = (work, manifest)
        loads += [x["load"] for r in [results["sizes"][str(n)]] for v in r["series"].values() for x in v]
    def attempt(what, fn):
        try:
            return fn()
        except SystemExit as e:
            log(f"FAILED: {what}: {e}")
            results["notes"].append(f"FAILED: {what}: {e}")
            return None

    site = attempt("page weight (bundled site)", lambda: page_weight(args, jvm_flags, results))
    # serve: the bundled site (a copy), then N = 1,000
    if site is not None:
        guides = bundled_guides(site)
        g = "vssid/dang-ky-tai-khoan" if "vssid/dang-ky-tai-khoan" in guides else guides[0]
        rel = f"content/{g}/index.md" if (site / "content" / g / "index.md").is_file() else f"content/{g}.md"
        attempt("serve latency (bundled)", lambda: serve_latency("bundled", site, rel, f"{g}/", args, jvm_flags, results))
    if 1000 in manifests:
        work, manifest = manifests[1000]
        e = manifest["editGuide"]
        attempt("serve latency (N = 1,000)", lambda: serve_latency("n1000", work / "camnang", f"content/{e}/index.md", f"{e}/",
                                                                  args, jvm_flags, results))
    loads.append(os.getloadavg()[0])
    results["loadMedian"] = median(loads)
    results["loadMax"] = max(loads)
    if any(str(n) == "10000" for n in results["sizes"]) and args.runs_10k == 1:
        results["notes"].append("N = 10,000 ran once per tool and scenario (`--runs-10k 1`) to keep the script's runtime down; "
                                "its numbers are single runs, not medians.")
    elapsed = time.perf_counter() - started
    results["elapsedSeconds"] = elapsed
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    (args.work / f"results-{stamp}.json").write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    log("\n=== targets ===")
    for name, shown, verdict, note in targets(results, args.quick or 10000 not in sizes):
        log(f"  {verdict:5s} {name}: {shown}  {note}")
    if not args.no_report:
        old = args.report.read_text(encoding="utf-8") if args.report.exists() else ""
        args.report.write_text(render_report(results, args.quick or 10000 not in sizes, old, elapsed), encoding="utf-8")
        log(f"\nwrote {args.report}")
    log(f"total {elapsed / 60:.1f} min")


if __name__ == "__main__":
    main()
