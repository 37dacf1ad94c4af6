#!/usr/bin/env bash
# Installs Debian's chromium, which the HTML report's browser test renders the page with.
# Idempotent: does nothing (and prints nothing) when chromium is already on the PATH.
# Needs root (or sudo) and apt; run it once per machine or CI image.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi

echo "brieflens: installing chromium (apt-get)..." >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium >&2
command -v chromium >/dev/null
