#!/usr/bin/env python3
"""What each performance change bought: cold builds of the same synthetic site (N guides) with the
generator at several commits and JVM settings, interleaved with Hugo cold builds, median of R runs.

    python3 bench/ablation.py [--n 1000] [--runs 3] [--commits 0178f7d,83740df,HEAD]

Each commit's jar is built once in a git worktree under bench/work/ablation/. Variants: every commit
with the JVM's defaults, then HEAD with the launcher's flags added one at a time (serial GC, C1 only,
CDS archive). Prints a Markdown table for BENCHMARKS.md ("What each change bought"); logs in
bench/work/ablation/logs. Needs Hugo (bench/run.sh installs it).
"""
import argparse
import statistics
import subprocess
from pathlib import Path

import bench  # bench/bench.py: timed(), Hugo, rm()

ROOT = bench.ROOT
WORK = bench.BENCH / "work" / "ablation"


def jar_at(commit):
    sha = subprocess.check_output(["git", "-C", str(ROOT), "rev-parse", "--short", commit], text=True).strip()
    tree = WORK / f"wt-{sha}"
    jar = tree / "target" / "camnang.jar"
    if not jar.is_file():
        if not tree.exists():
            subprocess.check_call(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), sha])
        subprocess.check_call(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=tree)
    return sha, jar


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--commits", default="0178f7d,83740df,HEAD")
    args = ap.parse_args()

    WORK.mkdir(parents=True, exist_ok=True)
    site = WORK / f"n{args.n}"
    if not (site / "manifest.json").is_file():
        subprocess.check_call(["java", str(bench.BENCH / "GenSite.java"), "--n", str(args.n), "--seed", str(args.seed),
                               "--out", str(site), "--theme-assets", str(ROOT / "assets")])
    ours_site, out = site / "camnang", WORK / "out"
    logs = WORK / "logs"

    commits = [c.strip() for c in args.commits.split(",") if c.strip()]
    jars = [jar_at(c) for c in commits]
    head_sha, head_jar = jars[-1]
    jsa = WORK / f"camnang-{head_sha}.jsa"
    variants = [(f"`{sha}`, JVM defaults", jar, []) for sha, jar in jars]
    variants += [
        (f"`{head_sha}` + serial GC", head_jar, ["-XX:+UseSerialGC"]),
        (f"`{head_sha}` + serial GC + C1 only", head_jar, ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]),
        (f"`{head_sha}` + serial GC + C1 only + CDS (= ./camnang)", head_jar,
         ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", f"-XX:SharedArchiveFile={jsa}", "-Xlog:cds=off"]),
    ]
    if not jsa.is_file():  # the archive, made once outside the timed runs, as the launcher does
        bench.rm(out)
        subprocess.check_call(["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", f"-XX:ArchiveClassesAtExit={jsa}",
                               "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", str(head_jar), "build", "--source",
                               str(ours_site), "--output", str(out)], stdout=subprocess.DEVNULL)

    hugo = bench.Hugo(site / "hugo", WORK / "out-hugo", WORK / "hugo-cache")
    results = {v[0]: [] for v in variants}
    hugo_runs = []
    for i in range(1, args.runs + 1):
        for label, jar, flags in variants:
            bench.rm(out)
            bench.rm(ours_site / ".camnang")
            r = bench.timed(["java", *flags, "-jar", str(jar), "build", "--source", str(ours_site), "--output", str(out)],
                            f"ours-{len(results[label])}-{abs(hash(label)) % 10**6}", logs)
            if r["rc"] != 0:
                raise SystemExit(f"{label}: exit {r['rc']}\n{r['out'][-2000:]}")
            results[label].append(r)
            print(f"  {label:60s} #{i}: {r['wall']:6.2f} s  cpu {r['cpu']:6.1f} s  rss {r['rss_kb'] // 1024} MB", flush=True)
        hugo.make_cold()
        r = bench.timed(hugo.cold_cmd(), f"hugo-{i}", logs)
        hugo_runs.append(r)
        print(f"  {'Hugo':60s} #{i}: {r['wall']:6.2f} s  cpu {r['cpu']:6.1f} s", flush=True)

    hw = statistics.median(r["wall"] for r in hugo_runs)
    hc = statistics.median(r["cpu"] for r in hugo_runs)
    print()
    print(f"Cold build of {args.n:,} synthetic guides, median of {args.runs} (Hugo: {hw:.2f} s wall, {hc:.1f} s CPU):")
    print()
    print("| generator | wall | ÷ Hugo | CPU | ÷ Hugo CPU | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, _, _ in variants:
        w = statistics.median(r["wall"] for r in results[label])
        c = statistics.median(r["cpu"] for r in results[label])
        m = max(r["rss_kb"] for r in results[label]) // 1024
        print(f"| {label} | {w:.2f} s | {w / hw:.2f}× | {c:.1f} s | {c / hc:.2f}× | {m} MB |")


if __name__ == "__main__":
    main()
