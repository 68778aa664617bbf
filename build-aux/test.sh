#!/usr/bin/env bash
# Installs what is missing, builds Provenance, and runs every test suite — the GUI suite
# under a headless X server when there is no display. Extra arguments go to `meson test`.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_packages
configure_and_build

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  meson test -C "$builddir" --print-errorlogs "$@"
else
  xvfb-run -a -s "-screen 0 1280x800x24" meson test -C "$builddir" --print-errorlogs "$@"
fi
