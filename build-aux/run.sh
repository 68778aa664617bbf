#!/usr/bin/env bash
# Installs what is missing, builds Provenance, installs it under the build folder and starts
# the workbench. A fresh library opens with the bundled sample article.
# Arguments go to the app (files or URLs to import).
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_packages
configure_and_build
meson install -C "$builddir" --quiet --no-rebuild >/dev/null

export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas"
# A desktop session has a session bus; a bare X server (Xvfb, ssh -X) gets its own.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null 2>&1; then
  exec dbus-run-session -- "$prefix/bin/provenance" "$@"
fi
exec "$prefix/bin/provenance" "$@"
