#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser download by any tool). Installs it with
# apt when it is missing; does nothing when it is there.
set -euo pipefail

if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  exit 0
fi
echo "Chromium is missing: installing Debian's chromium package with apt-get." >&2
as_root=()
if [ "$(id -u)" != 0 ]; then as_root=(sudo); fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium
