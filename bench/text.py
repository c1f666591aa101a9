#!/usr/bin/env python3
"""Text-only scenario (issue 17): cold builds of the same N Vietnamese guides (no images) by ours,
Hugo and Eleventy, interleaved (A B C A B C …), median of R runs, peak RSS from /usr/bin/time -v.

    bench/text.sh [--sizes 100,1000] [--runs 3] [--series ours-same,ours-min,hugo,eleventy]
    bench/text.sh --series ours-same,hugo,eleventy     only the equal-work series

Series (each a cold build: output folder and every cache deleted first):
  ours-same      ./camnang build, minimal templates, the same work as the peers: site.yaml with
                 features: {shareCards: false, qrCodes: false, offline: false} (no per-page cards,
                 no QR codes, no sw.js/manifest/offline page; still its search index, feed, handouts)
  ours-min       ./camnang build, minimal templates (the launcher's default: the `java` on PATH,
                 Java 17 here, with its CDS archive)
  ours-theme     ./camnang build, the project's own theme (no templates/ in the site)
  ours-nobase    ./camnang build, minimal templates, site.yaml without baseUrl: no QR codes, no
                 sitemap/feed (the only switch site.yaml has for the per-page extras)
  ours-17-cds    ./camnang forced to Java 17 (CDS archive), minimal templates
  ours-25-aot    ./camnang on Java 25 (BENCH_JAVA25) with its AOT cache, minimal templates
  ours-17-plain  java -jar target/camnang.jar (Java 17, JVM defaults), minimal templates
  ours-25-nocache  ./camnang on Java 25 without the AOT cache, minimal templates
  ours-25-c2     ./camnang on Java 25 + AOT cache, both JIT compilers (no TieredStopAtLevel=1)
  hugo           hugo --gc, minimal layouts (Debian's hugo 0.111)
  eleventy       Eleventy (pinned in bench/text.sh), minimal Nunjucks layouts
Prints a Markdown table and writes bench/work/text/results-<stamp>.json.
"""
import argparse
import datetime
import json
import os
import shutil
import statistics
import subprocess
import time
from pathlib import Path

import bench  # timed(), rm(), parse_steps()
import gentext  # GEN

ROOT, BENCH = bench.ROOT, bench.BENCH
WORK = BENCH / "work" / "text"
J17 = os.environ.get("BENCH_JAVA17", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java")
J25 = os.environ.get("BENCH_JAVA25", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
ELEVENTY = BENCH / "work" / "eleventy-tool" / "node_modules" / "@11ty" / "eleventy" / "cmd.cjs"


def series_def(name, site):
    """(command, cwd, env, output folder, folders to delete for a cold build)"""
    launcher = str(ROOT / "camnang")
    env = dict(os.environ)
    env.pop("CAMNANG_JAVA", None)
    env.pop("CAMNANG_JAVA_OPTS", None)

    def ours(src, extra_env=None, cmd=None):
        out = site / f"out-{name}"
        e = dict(env, **(extra_env or {}))
        c = cmd or [launcher]
        return (c + ["build", "--source", str(site / src), "--output", str(out), "--verbose"], None, e, out,
                [out, site / src / ".camnang"])

    if name == "ours-same":
        return ours("camnang-same")
    if name == "ours-min":
        return ours("camnang-min")
    if name == "ours-theme":
        return ours("camnang-theme")
    if name == "ours-nobase":
        return ours("camnang-nobase")
    if name == "ours-17-cds":
        return ours("camnang-min", {"CAMNANG_JAVA": J17})
    if name == "ours-17-plain":
        return ours("camnang-min", cmd=[J17, "-jar", str(ROOT / "target" / "camnang.jar")])
    if name == "ours-25-aot":
        return ours("camnang-min", {"CAMNANG_JAVA": J25})
    if name == "ours-25-nocache":
        return ours("camnang-min", {"CAMNANG_JAVA": J25, "CAMNANG_JAVA_CACHE": "off"})
    if name == "ours-25-c2":
        return ours("camnang-min", {"CAMNANG_JAVA": J25, "CAMNANG_JAVA_OPTS": "-XX:TieredStopAtLevel=4"})
    if name == "hugo":
        out = site / "out-hugo"
        return (["hugo", "--source", str(site / "hugo"), "--destination", str(out), "--cacheDir", str(site / "hugo-cache"),
                 "--gc", "--quiet"], None, env, out, [out, site / "hugo-cache", site / "hugo" / "resources"])
    if name == "eleventy":
        out = site / "out-eleventy"
        return (["node", str(ELEVENTY), f"--output={out}", "--quiet"], site / "eleventy", env, out,
                [out, site / "eleventy" / ".cache"])
    raise SystemExit(f"unknown series {name}")


def verify(name, out, manifest):
    problems = [g for g in manifest["guidePaths"] if not (out / g / "index.html").is_file()]
    problems += [t for t in manifest["topicPaths"] if not (out / t / "index.html").is_file()]
    if not (out / "index.html").is_file():
        problems.append("index.html")
    page = out / manifest["knownGuide"] / "index.html"
    if page.is_file() and manifest["knownPhrase"] not in page.read_text(encoding="utf-8"):
        problems.append("known phrase")
    if problems:
        raise SystemExit(f"{name}: output incomplete in {out}: {problems[:5]}")
    return sum(1 for _ in out.rglob("*.html"))


def prepare(n, seed):
    site = WORK / f"n{n}"
    m = site / "manifest.json"
    if not m.is_file() or json.loads(m.read_text())["seed"] != seed or json.loads(m.read_text()).get("gen") != gentext.GEN:
        for copy in ("camnang-nobase", "camnang-same"):
            bench.rm(site / copy)
        subprocess.check_call(["python3", str(BENCH / "gentext.py"), "--n", str(n), "--seed", str(seed), "--out", str(site)])
    nobase = site / "camnang-nobase"
    if not nobase.is_dir():
        shutil.copytree(site / "camnang-min", nobase)
        y = nobase / "site.yaml"
        y.write_text("".join(l for l in y.read_text(encoding="utf-8").splitlines(True) if not l.startswith("baseUrl")),
                     encoding="utf-8")
    same = site / "camnang-same"
    if not same.is_dir():
        shutil.copytree(site / "camnang-min", same)
        with (same / "site.yaml").open("a", encoding="utf-8") as y:
            y.write("features:\n  shareCards: false\n  qrCodes: false\n  offline: false\n")
    return site, json.loads(m.read_text(encoding="utf-8"))


def warm_caches(seed):
    """The launcher's class caches are made once per jar, outside the timed runs (as for an editor,
    whose first build after a jar build makes them): one build of the 100-guide text site per JDK."""
    site, _ = prepare(100, seed)
    tmp = WORK / "cache-warmup"
    for extra in ({"CAMNANG_JAVA": J17}, {"CAMNANG_JAVA": J25}):
        bench.rm(tmp)
        bench.rm(site / "camnang-min" / ".camnang")
        subprocess.check_call([str(ROOT / "camnang"), "build", "--source", str(site / "camnang-min"), "--output", str(tmp)],
                              env=dict(os.environ, **extra), stdout=subprocess.DEVNULL)
    bench.rm(tmp)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--series", default="ours-same,ours-min,hugo,eleventy")
    ap.add_argument("--no-warmup", action="store_true", help="keep the launcher's class caches as they are")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if not args.no_warmup:
        for c in [*(ROOT / "target").glob("camnang-*.aot"), ROOT / "target" / "camnang.jsa"]:
            bench.rm(c)
        warm_caches(args.seed)
    names = [s.strip() for s in args.series.split(",") if s.strip()]
    results = {"started": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
               "commit": subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True,
                                        text=True).stdout.strip(), "sizes": {}}
    for n in [int(x) for x in args.sizes.split(",")]:
        site, manifest = prepare(n, args.seed)
        logs = site / "logs"
        runs = {s: [] for s in names}
        loads = []
        print(f"\n=== N = {n:,} ({manifest['wordsPerGuide']:.0f} words per guide) ===", flush=True)
        for i in range(1, args.runs + 1):
            for s in names:
                cmd, cwd, env, out, cold = series_def(s, site)
                for c in cold:
                    bench.rm(c)
                r = bench.timed(cmd, f"{s}-{i}", logs, cwd=cwd, env=env)
                loads.append(r["load"])
                if r["rc"] != 0:
                    raise SystemExit(f"{s} #{i} failed (exit {r['rc']}): {r['log']}\n{r['out'][-2000:]}")
                r["steps"] = bench.parse_steps(r["out"]) if s.startswith("ours") else {}
                if i == 1:
                    r["htmlFiles"] = verify(s, out, manifest)
                    r["files"] = sum(1 for p in out.rglob("*") if p.is_file())
                del r["out"]
                r["cmd"] = cmd
                runs[s].append(r)
                print(f"  {s:16s} #{i}: {r['wall']:6.2f} s  cpu {r['cpu']:6.2f} s  rss {r['rss_kb'] // 1024:5d} MB"
                      f"  load {r['load']:.1f}", flush=True)
        med = {s: {"wall": statistics.median(x["wall"] for x in v), "cpu": statistics.median(x["cpu"] for x in v),
                   "rssMax": max(x["rss_kb"] for x in v)} for s, v in runs.items()}
        results["sizes"][str(n)] = {"runs": runs, "med": med, "loadMedian": statistics.median(loads),
                                    "loadMax": max(loads), "manifest": {k: manifest[k] for k in ("n", "topics", "wordsPerGuide")}}
        ref = {k: med[k] for k in ("hugo", "eleventy") if k in med}
        print(f"\nN = {n:,}: load average median {statistics.median(loads):.1f}, max {max(loads):.1f}")
        print("| series | wall (median) | ÷ Hugo | ÷ Eleventy | CPU | ÷ Hugo CPU | ÷ Eleventy CPU | peak RSS | files |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for s in names:
            m = med[s]
            def ratio(k, what):
                return f"{m[what] / ref[k][what]:.2f}×" if k in ref else "–"
            print(f"| {s} | {m['wall']:.2f} s | {ratio('hugo', 'wall')} | {ratio('eleventy', 'wall')} | {m['cpu']:.2f} s | "
                  f"{ratio('hugo', 'cpu')} | {ratio('eleventy', 'cpu')} | {m['rssMax'] / 1024:.0f} MB | {runs[s][0].get('files')} |")
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = WORK / f"results-{stamp}.json"
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"\n{path}")


if __name__ == "__main__":
    main()
