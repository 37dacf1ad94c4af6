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
  if ! command -v sudo >/dev/null 2>&1; then
    echo "brieflens: chromium is missing and installing it needs root: run this script as root" >&2
    exit 1
  fi
  sudo=(sudo)
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "brieflens: chromium is missing and apt-get is not available: install chromium and put it on the PATH, or set BRIEFLENS_CHROMIUM" >&2
  exit 1
fi

echo "brieflens: installing chromium (apt-get)..." >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium >&2
command -v chromium >/dev/null
