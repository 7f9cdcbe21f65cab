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

# A real WordPress on loopback for the publishing tests (tests/wordpress/): Debian's WordPress
# 6.1 with its default theme, a private MariaDB and PHP's built-in server. None of them runs as
# a service; the tests start their own processes and stop them afterwards.
# exiftool writes real IPTC, XMP and EXIF into the photo fixtures (tests/support/photo-fixtures.ts).
command -v exiftool >/dev/null || missing_debs+=(libimage-exiftool-perl)

wordpress_debs=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql
  php-mbstring php-xml php-curl php-gd curl)
for deb in "${wordpress_debs[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$deb" 2>/dev/null || true)"
  [[ "$status" == *"ok installed"* ]] || missing_debs+=("$deb")
done

if [ ${#missing_debs[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installerar systempaket för testerna / installing system packages for the tests: ${missing_debs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # apt would start apache2 and mariadb as system services: a policy-rc.d that answers 101
  # forbids that while we install. One already in place (Docker ships one) is put back after.
  policy=/usr/sbin/policy-rc.d
  saved_policy=""
  if [ -e "$policy" ] || [ -L "$policy" ]; then
    saved_policy="$(mktemp /usr/sbin/policy-rc.d.spalt.XXXXXX)"
    mv -f "$policy" "$saved_policy"
  fi
  restore_policy() {
    rm -f "$policy"
    if [ -n "$saved_policy" ]; then mv -f "$saved_policy" "$policy"; fi
  }
  trap restore_policy EXIT
  printf '#!/bin/sh\n# Written by Spalt tests/system-deps.sh during apt-get install: start no services.\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_debs[@]}" >/dev/null
  exit 0
fi

cat >&2 <<MSG
Testerna behöver program som saknas: ${missing_debs[*]}
Installera dem, till exempel på Debian eller Ubuntu:
  sudo apt-get install --no-install-recommends ${missing_debs[*]}
Har du Chromium någon annanstans? Ange sökvägen: SPALT_CHROMIUM=/sökväg/till/chromium npm test
WordPress och MariaDB behöver inte köras som tjänster; testerna startar egna processer.

The tests need programs that are missing: ${missing_debs[*]}
Install them, for example on Debian or Ubuntu:
  sudo apt-get install --no-install-recommends ${missing_debs[*]}
Chromium elsewhere? Give its path: SPALT_CHROMIUM=/path/to/chromium npm test
WordPress and MariaDB need not run as services; the tests start processes of their own.
MSG
exit 1
