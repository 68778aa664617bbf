#!/usr/bin/env bash
# screenshots.sh — docs/screenshots/workbench-{light,dark}.png: the app on the sample library,
# under a headless X server, with the third claim selected (as a reader at work would have it).
#
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/screenshots.sh [BUILDDIR]   (default: _build; needs xvfb-run, xdotool, import)
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
builddir=$(cd "${1:-$top/_build}" && pwd)
out=$top/docs/screenshots
app=$builddir/src/gui/provenance
for tool in xvfb-run xdotool import; do
  command -v $tool >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots: build first ($app is missing)" >&2; exit 1; }
mkdir -p "$out"

shoot ()
{
  local scheme=$1 file=$2 home
  home=$(mktemp -d)
  # A fresh library (so the sample article), the app's own schema, and the style to show.
  env -i PATH="$PATH" HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_DATA_DIRS="$top/data:/usr/local/share:/usr/share" LANG=C.UTF-8 LANGUAGE="${LANGUAGE:-en}" \
    GSETTINGS_SCHEMA_DIR="$builddir/data" GSETTINGS_BACKEND=keyfile GTK_A11Y=none \
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c "
      mkdir -p '$home/config/glib-2.0/settings'
      printf '[org/provenance/Provenance]\ncolor-scheme=\"$scheme\"\nwindow-width=1280\nwindow-height=800\n' \
        > '$home/config/glib-2.0/settings/keyfile'
      '$app' & pid=\$!
      sleep 4
      for key in j j j; do xdotool key \$key; sleep 0.4; done
      sleep 1
      import -window root '$file'
      kill \$pid; wait" >/dev/null 2>&1
  rm -rf "$home"
  echo "wrote $file"
}

shoot default "$out/workbench-light.png"
shoot dark "$out/workbench-dark.png"
