#!/usr/bin/env bash
# Search: index size per guide and query latency of the real client (assets/js/search.js) in
# headless Chromium, on synthetic sites of 1,000 and 10,000 guides (issue 6, item 2), and the top-1 /
# top-3 hit rates of the query table (src/test/resources/search/truy-van.tsv) on the bundled site
# through the same search.js (issue 18). Writes the
# tables to $WORK/search-report.md (copy them into bench/RESULTS-images-search.md by hand).
#
#   bench/search-latency.sh                       sites 100, 1000 and 10000; 5 cold / 10 warm samples
#   NO_COLD=1 bench/search-latency.sh             "first after focus" and warm only (no cold page loads)
#   COLD=7 WARM=20 bench/search-latency.sh        more samples
#   PROFILES=local bench/search-latency.sh        skip the throttled "phone" profile
#   SIZES="1000 10000" WORK=/tmp/x bench/search-latency.sh
#   SKIP_BUILD=1 bench/search-latency.sh          reuse target/ (jar, classes, bench-cp.txt)
#
# Generated sites are reused while the generator, the jar and N are unchanged (REGEN=1 forces).
# Needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${WORK:-target/bench-search}"
SIZES="${SIZES:-100 1000 10000}"
COLD="${COLD:-5}"
WARM="${WARM:-10}"
PROFILES="${PROFILES:-local,phone}"
QUERIES="${QUERIES:-chu ky so|dang ky|vssid mat khau|đường}"

echo "== machine"
echo "nproc: $(nproc)"
free -g
java -version 2>&1 | head -2
/usr/bin/chromium --version 2>/dev/null || { echo "chromium missing: apt-get install -y chromium chromium-driver"; exit 1; }

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/bench-cp.txt ] || [ ! -d target/test-classes ]; then
  echo "== building the jar, the test classes and the dependency classpath"
  mvn -B -q -DskipTests package
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
fi
test -f target/camnang.jar
mkdir -p "$WORK/classes"
WORK="$(cd "$WORK" && pwd)"
# The test classpath: Selenium comes from the project's test dependencies.
CP="$(pwd)/target/test-classes:$(pwd)/target/classes:$(cat target/bench-cp.txt)"
javac -encoding UTF-8 -d "$WORK/classes" -cp "$CP" bench/SearchGenSite.java bench/SearchLatency.java

stamp="$(cat bench/SearchGenSite.java target/camnang.jar | sha256sum | cut -c1-16)"
args=()
for n in $SIZES; do
  site="$WORK/n$n"
  if [ -n "${REGEN:-}" ] || [ "$(cat "$site/stamp" 2>/dev/null)" != "$stamp" ] || [ ! -f "$site/out/search/meta.js" ]; then
    echo "== generating and building the $n-guide site"
    rm -rf "$site"
    java -cp "$WORK/classes" SearchGenSite --n "$n" --out "$site/src"
    start=$(date +%s.%N)
    java -jar target/camnang.jar build --source "$site/src" --output "$site/out" > "$site-build.log" 2>&1 \
      || { cat "$site-build.log"; exit 1; }
    end=$(date +%s.%N)
    tail -1 "$site-build.log"
    printf '%s guides: build %.1f s (single run, for information)\n' "$n" "$(awk "BEGIN { print $end - $start }")" \
      | tee "$site-build.time"
    echo "$stamp" > "$site/stamp"
  else
    echo "== reusing the $n-guide site ($site)"
  fi
  args+=(--site "$n=$site/out")
done

echo "== building the bundled site (query table hit rates)"
rm -rf "$WORK/bundled"
java -jar target/camnang.jar build --source . --output "$WORK/bundled" > "$WORK/bundled-build.log" 2>&1 \
  || { cat "$WORK/bundled-build.log"; exit 1; }

echo "== measuring (cold $COLD, warm $WARM, profiles $PROFILES)"
java -cp "$WORK/classes:$CP" SearchLatency "${args[@]}" --cold "$COLD" --warm "$WARM" \
  --profiles "$PROFILES" ${NO_COLD:+--no-cold} --queries "$QUERIES" --report "$WORK/search-report.md" \
  --hits "$WORK/bundled" --table src/test/resources/search/truy-van.tsv
echo "report: $WORK/search-report.md (raw samples: $WORK/search-report.md.tsv)"
