#!/bin/sh
# Installs what the rendering tests and the static pictures need:
# Debian's headless-capable Chromium and the Noto CJK fonts. Idempotent: does nothing when both are present,
# runs `apt-get update` at most once per call.
set -eu

need=""
[ -x /usr/bin/chromium ] || need="$need chromium"
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    need="$need fonts-noto-cjk"
fi

if [ -z "$need" ]; then
    echo "install-browser: chromium and fonts-noto-cjk already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi

echo "install-browser: installing$need"
$SUDO apt-get update
# shellcheck disable=SC2086  # word splitting of the package list is intended
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $need fontconfig
echo "install-browser: done"
