#!/usr/bin/env bash
# Cold builds of one synthetic site with one or more generator jars, interleaved, for before/after
# comparisons of a code change (the full comparison with Hugo is bench/run.sh).
#
#   bench/cold-builds.sh [--n 1000] [--runs 3] JAR [JAR ...]
#
# Each run deletes the output and the site's .camnang/ (image and QR caches) first, then runs
#   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar JAR build --source SITE --output OUT --force
# (the ./camnang launcher's flags, without its CDS archive). Prints wall and CPU (user + system)
# seconds per run and their medians; on a shared machine CPU time is the steadier of the two.
set -euo pipefail
cd "$(dirname "$0")/.."
n=1000
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --n) n="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: bench/cold-builds.sh [--n N] [--runs R] JAR [JAR ...]" >&2; exit 2; }
work="bench/work/n$n"
if [ ! -f "$work/manifest.json" ]; then
  java bench/GenSite.java --n "$n" --seed 42 --out "$work" --theme-assets assets >/dev/null
fi
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
declare -A walls cpus
timing=$(mktemp)
for ((i = 1; i <= runs; i++)); do
  for jar in "$@"; do
    rm -rf "$work/out-cold" "$work/camnang/.camnang"
    /usr/bin/time -f "%e %U %S" -o "$timing" \
      java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" build \
      --source "$work/camnang" --output "$work/out-cold" --force >/dev/null
    read -r wall user sys < "$timing"
    cpu=$(echo "$user + $sys" | bc)
    walls[$jar]="${walls[$jar]:-} $wall"
    cpus[$jar]="${cpus[$jar]:-} $cpu"
    echo "run $i $jar: wall $wall s, cpu $cpu s"
  done
done
rm -f "$timing"
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for jar in "$@"; do
  echo "median $jar: wall $(echo ${walls[$jar]} | median) s (runs:${walls[$jar]}), cpu $(echo ${cpus[$jar]} | median) s (runs:${cpus[$jar]})"
done
