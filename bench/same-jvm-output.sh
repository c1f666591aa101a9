#!/bin/sh
# The JVM levers change no byte of the output (issue 17): builds the bundled site with
#   java -jar target/camnang.jar build          (Java 17, JVM defaults: the reference)
#   ./camnang build on Java 17                    (serial GC, C1, CDS archive)
#   ./camnang build on Java 25                    (serial GC, C1, AOT cache; JAVA25=…, default Temurin 25)
#   ./camnang build on Java 25, no cache          (CAMNANG_JAVA_CACHE=off)
# each from a fresh copy of the site (no .camnang/), and compares every output with the reference
# (diff -r). Exit 1 on any difference. Work folder: bench/work/same-jvm (git-ignored).
# JAVA17=/path/to/java overrides the Java 17 binary (default: the `java` on PATH).
set -e
cd "$(dirname "$0")/.."
java17=${JAVA17:-$(command -v java)}
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
w=bench/work/same-jvm
rm -rf "$w"
mkdir -p "$w/site"
cp -r site.yaml content templates assets data "$w/site/"
test -f target/camnang.jar || mvn -B -q -DskipTests package
build() { # name, then the command
  name=$1
  shift
  rm -rf "$w/site/.camnang"
  "$@" build --source "$w/site" --output "$w/$name" >"$w/$name.log" 2>&1 || { cat "$w/$name.log"; exit 1; }
}
build ref "$java17" -jar target/camnang.jar
build launcher-17 env CAMNANG_JAVA="$java17" ./camnang
build launcher-25 env CAMNANG_JAVA="$java25" ./camnang
build launcher-25-nocache env CAMNANG_JAVA="$java25" CAMNANG_JAVA_CACHE=off ./camnang
status=0
for o in launcher-17 launcher-25 launcher-25-nocache; do
  if diff -r "$w/ref" "$w/$o" >/dev/null; then
    echo "identical: ref = $o ($(find "$w/$o" -type f | wc -l) files)"
  else
    echo "DIFFERENT: ref vs $o"
    diff -rq "$w/ref" "$w/$o" | head -20
    status=1
  fi
done
exit $status
