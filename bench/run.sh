#!/usr/bin/env bash
# Benchmarks Cẩm nang số against Hugo and rewrites BENCHMARKS.md.
#
#   bench/run.sh            N = 100, 1,000, 10,000 (3 runs each), serve latency, page weight
#   bench/run.sh --quick    N = 100 and 1,000 only
#   other options go to bench/bench.py (--runs R, --runs-10k R, --seed S, --serve-repeats K, --no-report)
#   BENCH_JVM_FLAGS="..."   extra JVM flags for every run of ours (through ./camnang's CAMNANG_JAVA_OPTS)
#
# Installs Debian's hugo and GNU time when missing (apt-get; nothing else is downloaded).
# Generated sites, outputs and logs: bench/work/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v hugo >/dev/null 2>&1 || need_apt+=(hugo)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing: ${need_apt[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
hugo version
java -version 2>&1 | head -1

echo "building the jar"
mvn -B -q -DskipTests package
test -f target/camnang.jar
# ours runs through ./camnang, as editors run it; its first build after a jar build writes the
# class-data sharing archive (target/camnang.jsa): do that here, outside the timed runs
echo "making the CDS archive (./camnang build of the bundled site)"
rm -f target/camnang.jsa
mkdir -p bench/work
./camnang build --force --output bench/work/cds-warmup >/dev/null
test -f target/camnang.jsa

exec python3 bench/bench.py "$@"
