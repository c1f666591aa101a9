#!/usr/bin/env bash
# Re-render every infographic from tools/infographics/specs/<topic>/<guide>.txt
# into content/<topic>/<guide>/infographic.png. Needs Java 17+ and DejaVu fonts
# (Debian/Ubuntu: apt-get install fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec java tools/infographics/Infographic.java --all
