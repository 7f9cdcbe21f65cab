#!/usr/bin/env bash
# What the tests need from the system, installed here where we can (root with apt), otherwise
# named exactly, before any test runs.
set -euo pipefail

chromium="${SPALT_CHROMIUM:-/usr/bin/chromium}"
missing_debs=()
[ -x "$chromium" ] || missing_debs+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || missing_debs+=(fonts-dejavu-core)
for tool in python3 make g++; do
  command -v "$tool" >/dev/null || missing_debs+=("$([ "$tool" = g++ ] && echo g++ || echo "$tool")")
done

if [ ${#missing_debs[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installerar systempaket för testerna / installing system packages for the tests: ${missing_debs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_debs[@]}" >/dev/null
  exit 0
fi

cat >&2 <<MSG
Testerna behöver program som saknas: ${missing_debs[*]}
Installera dem, till exempel på Debian eller Ubuntu:
  sudo apt-get install ${missing_debs[*]}
Har du Chromium någon annanstans? Ange sökvägen: SPALT_CHROMIUM=/sökväg/till/chromium npm test

The tests need programs that are missing: ${missing_debs[*]}
Install them, for example on Debian or Ubuntu:
  sudo apt-get install ${missing_debs[*]}
Chromium elsewhere? Give its path: SPALT_CHROMIUM=/path/to/chromium npm test
MSG
exit 1
