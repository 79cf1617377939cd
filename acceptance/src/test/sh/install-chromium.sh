#!/bin/sh
# The browser tests drive Debian's Chromium through Debian's ChromeDriver; install both when missing.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests"
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
