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

# WordPress 7.1, the current release, beside Debian's 6.1 (tests/wordpress/README.md): from
# Debian's unstable archive, downloaded with a private apt configuration (the system's sources,
# lists and package cache stay untouched) and only extracted, never installed. Kept in a cache
# folder, so a second run downloads nothing; delete the folder to fetch the newest again.
current_wordpress="${SPALT_WORDPRESS_71_DIR:-/var/cache/spalt-tests/wordpress-7.1}"
current_wordpress_debs=(wordpress wordpress-theme-twentytwentyfive libjs-lodash libjs-jquery-ui
  libjs-underscore libphp-phpmailer php-getid3 libjs-cropper)
current_wordpress_ready() { [ -f "$current_wordpress/ready" ] && [ -f "$current_wordpress/usr/share/wordpress/wp-settings.php" ]; }

fetch_current_wordpress() {
  local work apt_options deb
  mkdir -p "$(dirname "$current_wordpress")"
  work="$(mktemp -d "$current_wordpress.partial.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  chmod 755 "$work"
  mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/tree"
  # apt downloads as its sandbox user, who must be able to write there.
  if id _apt >/dev/null 2>&1; then chown -R _apt "$work/apt"; fi
  echo 'deb http://deb.debian.org/debian sid main' >"$work/apt/sources.list"
  apt_options=(-q -o "Dir::Etc::SourceList=$work/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache"
    -o "Dir::Cache::archives=$work/apt/cache/archives")
  apt-get "${apt_options[@]}" update >/dev/null
  (cd "$work/apt/cache/archives" && apt-get "${apt_options[@]}" download "${current_wordpress_debs[@]}" >/dev/null)
  for deb in "$work"/apt/cache/archives/*.deb; do dpkg-deb -x "$deb" "$work/tree"; done
  [ -f "$work/tree/usr/share/wordpress/wp-settings.php" ] || { echo "No WordPress in the downloaded packages ($work)" >&2; exit 1; }
  version="$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$work/tree/usr/share/wordpress/wp-includes/version.php")"
  echo "$version" >"$work/tree/ready"
  # Into place in one step: a run cut short leaves only a .partial folder, never a half tree.
  rm -rf "$current_wordpress"
  mv "$work/tree" "$current_wordpress"
  rm -rf "$work"
  trap - EXIT
  echo "WordPress $version från Debian unstable / from Debian unstable: $current_wordpress"
  [[ "$version" == 7.1.* ]] || echo "Obs / note: Debian unstable now has WordPress $version, not 7.1; the tests run it as the current release." >&2
}

is_root_with_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null; }

if [ ${#missing_debs[@]} -eq 0 ] && current_wordpress_ready; then
  exit 0
fi

if is_root_with_apt; then
  if [ ${#missing_debs[@]} -gt 0 ]; then
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
    restore_policy
    trap - EXIT
  fi
  if ! current_wordpress_ready; then
    echo "Hämtar WordPress 7.1 från Debian unstable (packas upp, installeras inte) / fetching WordPress 7.1 from Debian unstable (extracted, not installed)"
    fetch_current_wordpress
  fi
  exit 0
fi

if [ ${#missing_debs[@]} -gt 0 ]; then
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
fi
if ! current_wordpress_ready; then
  cat >&2 <<MSG
WordPress-testerna körs också mot WordPress 7.1, som hämtas från Debians unstable-arkiv till
$current_wordpress (packas upp, installeras inte). Hämta det som root:
  sudo SPALT_WORDPRESS_71_DIR=$current_wordpress bash tests/system-deps.sh
eller packa upp det i en mapp du äger och ange den: SPALT_WORDPRESS_71_DIR=/din/mapp npm test

The WordPress tests also run against WordPress 7.1, fetched from Debian's unstable archive
into $current_wordpress (extracted, not installed). Fetch it as root:
  sudo SPALT_WORDPRESS_71_DIR=$current_wordpress bash tests/system-deps.sh
or extract it into a folder of your own and name it: SPALT_WORDPRESS_71_DIR=/your/folder npm test
MSG
fi
exit 1
