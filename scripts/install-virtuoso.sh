#!/bin/sh
# Install OpenLink Virtuoso 7 (open-source edition) from the Debian archive, non-interactively.
# Only the server and isql binaries are needed (virtuoso-opensource-7-bin): the engine-comparison
# test starts its own server on 127.0.0.1 with a temporary database, so no system service is set up.
# Exit 0 when virtuoso-t and isql-vt are on PATH afterwards.
set -eu
if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo -n"
else
    SUDO=""
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null
