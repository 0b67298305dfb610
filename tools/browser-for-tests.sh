#!/bin/sh
# Run by `make test` before the tests: the browser tests drive Chromium and its driver from the Debian packages
# chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver).
#
# - Installed already: nothing to do.
# - Missing, and this can install them (root, apt-get): installs them (about 120 MB, half a minute).
# - Missing otherwise: one line says how to install them, and the browser tests are skipped;
#   under CI=true a missing browser fails the run instead, since a CI that skips its browser tests hides a broken console.
set -eu

browser=/usr/bin/chromium
driver=/usr/bin/chromedriver
[ -x "$browser" ] && [ -x "$driver" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the browser tests (apt-get)..."
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
      && [ -x "$browser" ] && [ -x "$driver" ]; then
    exit 0
  fi
  echo "Installing chromium and chromium-driver with apt-get failed." >&2
fi

if [ "${CI:-}" = true ]; then
  echo "CI=true and Chromium is missing ($browser, $driver): install it with 'apt-get install -y chromium chromium-driver'." >&2
  exit 1
fi
echo "Browser tests will be skipped: Chromium is missing; install it with 'sudo apt-get install chromium chromium-driver'."
