#!/usr/bin/env bash
# Checks that the code in this checkout builds the bundled site, and the JBake test project,
# byte for byte as a reference did.
#
#   bench/same-output.sh REFERENCE_DIR            compare with sites built before (kept folder:
#                                                 REFERENCE_DIR/site, and REFERENCE_DIR/jbake if there)
#   bench/same-output.sh --commit REV [DIR]       first build the reference from git revision REV
#                                                 (in a temporary worktree) into DIR
#                                                 (default: /tmp/camnang-same-output-REV)
#
# Builds the jar (mvn -o -DskipTests package), builds the bundled site with --force (and a copy of
# src/test/resources/sites/jbake) into a temporary folder and runs diff -r against the reference.
# Exit code 0: identical; 1: differences (listed); 2: usage or build error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

jbake=$(mktemp -d)/jbake # the fixture is copied: a build keeps caches next to its sources
cp -r src/test/resources/sites/jbake "$jbake"

build_site() { # $1 checkout, $2 output folder (site/ and jbake/ inside)
  (cd "$1" && mvn -B -q -o -DskipTests package >/dev/null)
  rm -rf "$2"
  java -jar "$1/target/camnang.jar" build --source "$root" --output "$2/site" --force >/dev/null
  java -jar "$1/target/camnang.jar" build --source "$jbake" --output "$2/jbake" --force >/dev/null
}

if [ "${1:-}" = --commit ]; then
  rev="${2:?usage: bench/same-output.sh --commit REV [DIR]}"
  ref="${3:-/tmp/camnang-same-output-$rev}"
  tree=$(mktemp -d)
  git worktree add --detach -q "$tree" "$rev"
  trap 'git worktree remove --force "$tree"' EXIT
  build_site "$tree" "$ref"
else
  ref="${1:?usage: bench/same-output.sh REFERENCE_DIR | --commit REV [DIR]}"
  [ -d "$ref" ] || { echo "no reference folder: $ref" >&2; exit 2; }
fi

now=$(mktemp -d)
build_site "$root" "$now"
[ -d "$ref/jbake" ] || rm -rf "$now/jbake" # an older reference without the JBake project
if diff -r "$ref" "$now"; then
  echo "same output: $ref and $now are byte-identical ($(find "$now" -type f | wc -l) files)"
else
  echo "DIFFERENT: $ref vs $now" >&2
  exit 1
fi
