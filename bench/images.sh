#!/usr/bin/env bash
# Image throughput: vn.camnang.imaging.ImageProcessor against Hugo, same sources, same run,
# interleaved (issue 4, item 6). Writes the tables to $WORK/images-report.md (copy them into
# bench/RESULTS-images-search.md by hand).
#
#   bench/images.sh                 20 images, 3 rounds (4–10 min on 2 shared cores)
#   ROUNDS=5 bench/images.sh        more rounds
#   PHOTOS=20 INFOGRAPHICS=10 SCREENSHOTS=10 bench/images.sh     the 40-image set (~2× longer)
#   PHOTOS=10 INFOGRAPHICS=0 SCREENSHOTS=0 WORK=target/bench-img-photos bench/images.sh   one kind
#   WORK=/tmp/x bench/images.sh     work folder (default: target/bench-images, git-ignored)
#   SKIP_BUILD=1 bench/images.sh    reuse target/classes and target/bench-cp.txt
#
# Sources (deterministic, seed 20261129): PHOTOS JPEG photos 4000×3000 (gradients, shapes, sensor
# noise; default 10), INFOGRAPHICS PNG infographics 1080×4000 (flat colours, Vietnamese text;
# default 5), SCREENSHOTS PNG screenshots 1080×2340 (default 5). Each image → widths 360/720/1080
# as WebP + fallback (JPEG for photos, PNG for flat art), i.e. 6 outputs per image and tool.
#
# Installs Debian's hugo when missing (apt-get; nothing else is downloaded).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
WORK="${WORK:-target/bench-images}"
PHOTOS="${PHOTOS:-10}"
INFOGRAPHICS="${INFOGRAPHICS:-5}"
SCREENSHOTS="${SCREENSHOTS:-5}"

if ! command -v hugo >/dev/null 2>&1; then
  echo "installing hugo"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hugo >/dev/null
fi

echo "== machine"
echo "nproc: $(nproc)"
free -g
hugo version
java -version 2>&1 | head -2

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/bench-cp.txt ]; then
  echo "== building the jar and the dependency classpath"
  mvn -B -q -DskipTests package
  test -f target/camnang.jar
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
fi
mkdir -p "$WORK/classes"
WORK="$(cd "$WORK" && pwd)"
CP="target/classes:$(cat target/bench-cp.txt)"
javac -encoding UTF-8 -d "$WORK/classes" -cp "$CP" bench/ImageBench.java
RUNCP="$WORK/classes:$(pwd)/target/classes:$(cat target/bench-cp.txt)"

echo "== generating sources and the Hugo site"
java -cp "$RUNCP" ImageBench gen --out "$WORK" \
  --photos "$PHOTOS" --infographics "$INFOGRAPHICS" --screenshots "$SCREENSHOTS"

echo "== measuring ($ROUNDS rounds, interleaved)"
java -cp "$RUNCP" ImageBench bench --work "$WORK" --rounds "$ROUNDS" \
  --java "$(command -v java)" --cp "$RUNCP" --hugo "$(command -v hugo)" \
  --report "$WORK/images-report.md"
echo "report: $WORK/images-report.md"
