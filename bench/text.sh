#!/usr/bin/env bash
# Text-only scenario (issue 17): ours vs Hugo vs Eleventy on generated text-only sites.
#   bench/text.sh                                 N = 100 and 1,000, 3 runs, the default series
#   bench/text.sh --series ours-same,hugo,eleventy only the equal-work series (extras off on our side)
#   bench/text.sh --sizes 10000 --series ours-min,hugo,eleventy
#   other options: see bench/text.py
# Installs Debian's hugo and GNU time when missing (apt-get) and Eleventy (npm, pinned below) into
# bench/work/eleventy-tool (git-ignored; never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
ELEVENTY_VERSION=3.1.2

need_apt=()
command -v hugo >/dev/null 2>&1 || need_apt+=(hugo)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
tool=bench/work/eleventy-tool
if [ ! -f "$tool/node_modules/@11ty/eleventy/package.json" ] \
   || ! grep -q "\"version\": \"$ELEVENTY_VERSION\"" "$tool/node_modules/@11ty/eleventy/package.json"; then
  mkdir -p "$tool"
  echo '{"private": true}' >"$tool/package.json"
  npm install --prefix "$tool" --no-audit --no-fund --silent "@11ty/eleventy@$ELEVENTY_VERSION"
fi
hugo version
node "$tool/node_modules/@11ty/eleventy/cmd.cjs" --version
mvn -B -o -q -DskipTests package
exec python3 bench/text.py "$@"
