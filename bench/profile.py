#!/usr/bin/env python3
"""Where the time of ONE cold build goes (issue 17): a JFR recording of a single cold
`./camnang build --verbose` of a text-only site (bench/gentext.py), summarised by build step and library.

    python3 bench/profile.py --n 1000 [--site camnang-min] [--java 17|25]

JFR settings=profile (execution samples every 10–20 ms of every Java thread, with stacks), plus class
loading and JIT compilation events. Prints: the --verbose steps, the time before the first step (JVM
start, class loading of the CLI and config), JIT compilations (count, summed compiler-thread time),
classes loaded (and summed load time), GC pauses, and the execution samples by step and by library.
Recording and logs: bench/work/text/profile/.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import time
from pathlib import Path

import bench
import text

OUT = text.WORK / "profile"
JFR_TOOL = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr"

# first matching frame (from the top of the stack down) names the library; first matching frame from
# the bottom up names the build step
LIBS = [("com.vladsch.flexmark", "flexmark (Markdown)"), ("freemarker.", "Freemarker (templates)"),
        ("org.jsoup", "Jsoup (HTML)"), ("com.google.zxing", "ZXing (QR codes)"), ("org.yaml.snakeyaml", "SnakeYAML"),
        ("picocli", "picocli"), ("vn.camnang.search", "ours: search"), ("vn.camnang.html", "ours: html"),
        ("vn.camnang.markdown", "ours: markdown"), ("vn.camnang.share", "ours: share"), ("vn.camnang.", "ours: other"),
        ("java.util.regex", "JDK regex"), ("java.util.zip", "JDK zip/jar"), ("java.io", "JDK I/O"), ("java.nio", "JDK I/O"),
        ("sun.nio", "JDK I/O"), ("java.lang.invoke", "JDK invoke/lambda"), ("java.", "JDK other"), ("jdk.", "JDK other"),
        ("sun.", "JDK other")]
# a sample belongs to the first of these found anywhere in its stack (worker threads of a parallel step
# show the step's lambda, e.g. Site.lambda$renderPages$3)
STEPS = [("RenderStep", "render"), ("renderPages", "render"), ("ShareFiles", "share"), ("writeShare", "share"), ("vn.camnang.share", "share"),
         ("SearchPages", "search"), ("vn.camnang.search", "search"), ("vn.camnang.offline", "offline"),
         ("writeFeeds", "feeds"), ("writeAssets", "assets"), ("ModelBuilder", "model"),
         ("TemplateEngine.<init>", "templates set-up"), ("vn.camnang.content", "content"),
         ("ConfigLoader", "config"), ("BuildManifest", "no-change check"), ("PageManifest", "no-change check"),
         ("Site.swap", "swap"), ("vn.camnang.site", "site (other)"), ("vn.camnang.cli", "CLI"), ("picocli", "CLI")]
JDK = ("java.", "jdk.", "sun.", "com.sun.")


def jfr_json(rec, events):
    p = subprocess.run([JFR_TOOL, "print", "--json", "--stack-depth", "96", "--events", events, str(rec)],
                       capture_output=True, text=True, check=True)
    return json.loads(p.stdout)["recording"]["events"]


def dur_ms(d):
    # JFR JSON durations look like "PT0.001234S"
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", d or "")
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) * 1000 if m else 0.0


def frame_name(f):
    return f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--site", default="camnang-min")
    ap.add_argument("--java", default="25", help="25 (the launcher's default here) or 17")
    ap.add_argument("--jfr", type=Path, help="only summarise this recording (with its saved run)")
    args = ap.parse_args()
    if args.jfr:
        return summarise(args.jfr, json.loads(args.jfr.with_suffix(".run.json").read_text()))
    site, manifest = text.prepare(args.n, 17)
    OUT.mkdir(parents=True, exist_ok=True)
    label = f"n{args.n}-{args.site}-java{args.java}"
    rec = OUT / f"{label}.jfr"
    out = site / "out-profile"
    for c in (out, site / args.site / ".camnang", rec):
        bench.rm(c)
    env = dict(os.environ, CAMNANG_JAVA_OPTS=f"-XX:StartFlightRecording=filename={rec},settings=profile,"
                                             "+jdk.ClassLoad#enabled=true,+jdk.ClassLoad#threshold=0ms,+jdk.Compilation#threshold=0ms")
    if args.java == "17":
        env["CAMNANG_JAVA"] = text.J17
    r = bench.timed([str(bench.ROOT / "camnang"), "build", "--source", str(site / args.site), "--output", str(out), "--verbose"],
                    label, OUT, env=env)
    if r["rc"] != 0:
        raise SystemExit(r["out"][-3000:])
    r["steps"] = bench.parse_steps(r["out"])
    r["label"] = label
    del r["out"]
    rec.with_suffix(".run.json").write_text(json.dumps(r))
    summarise(rec, r)


def summarise(rec, r):
    label, steps = r["label"], r["steps"]
    samples = jfr_json(rec, "jdk.ExecutionSample")
    by_step, by_lib, by_step_lib, top = (collections.Counter() for _ in range(4))
    for e in samples:
        frames = [frame_name(f) for f in (e["values"]["stackTrace"] or {}).get("frames", [])]
        own = next((f for f in frames if not f.startswith(JDK)), None)
        lib = "JDK only (no library frame)" if own is None else next((name for pre, name in LIBS if own.startswith(pre)), "other")
        step = next((name for key, name in STEPS if any(key in f for f in frames)), "outside the steps (JVM start, JDK)")
        by_step[step] += 1
        by_lib[lib] += 1
        by_step_lib[(step, lib)] += 1
        if frames:
            top[frames[0]] += 1
    comp = jfr_json(rec, "jdk.Compilation")
    loads = jfr_json(rec, "jdk.ClassLoad")
    gcs = jfr_json(rec, "jdk.GarbageCollection")
    total = sum(by_step.values()) or 1
    report = {"label": label, "wall": r["wall"], "cpu": r["cpu"], "rss_kb": r["rss_kb"], "load": r["load"], "steps": steps,
              "samples": total, "byStep": by_step.most_common(), "byLib": by_lib.most_common(),
              "byStepLib": [(f"{s} / {l}", c) for (s, l), c in by_step_lib.most_common(25)], "topFrames": top.most_common(25),
              "compilations": len(comp), "compileMs": sum(dur_ms(c["values"]["duration"]) for c in comp),
              "classLoads": len(loads), "classLoadMs": sum(dur_ms(c["values"]["duration"]) for c in loads),
              "gcs": len(gcs), "gcMs": sum(dur_ms(g["values"]["sumOfPauses"]) for g in gcs)}
    (OUT / f"{label}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"## {label}: wall {r['wall']:.2f} s, CPU {r['cpu']:.2f} s, peak RSS {r['rss_kb'] // 1024} MB, load {r['load']:.1f}")
    print(f"steps (ms): {steps}; sum {sum(steps.values())} ms")
    print(f"JIT: {report['compilations']} compilations, {report['compileMs']:.0f} ms of compiler-thread time; "
          f"classes loaded: {report['classLoads']} ({report['classLoadMs']:.0f} ms summed, nested loads counted twice); "
          f"GC: {report['gcs']} collections, {report['gcMs']:.0f} ms of pauses")
    print(f"execution samples: {total}")
    for title, rows in (("by step", by_step.most_common()), ("by library (top frame)", by_lib.most_common(12)),
                        ("by step / library", report["byStepLib"][:15]), ("top frames", report["topFrames"][:15])):
        print(f"\n{title}:")
        for k, c in rows:
            print(f"  {100 * c / total:5.1f}%  {c:6d}  {k}")


if __name__ == "__main__":
    main()
