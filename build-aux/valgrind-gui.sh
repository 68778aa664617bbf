#!/usr/bin/env bash
# valgrind-gui.sh — the GUI smoke test (tests/test-window: the window on the sample library,
# search, filters, Add, import from a loopback server, triage, export, open, drop, delete and
# undo, preferences) under valgrind's memcheck, then build-aux/valgrind-ours.py: fails on a
# definite leak or a memory error made by our code. GTK's, fontconfig's and Mesa's own leaks
# are listed by library.
#
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/valgrind-gui.sh [BUILDDIR] [TEST-PATH...]   (default: _build, every test)
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
builddir=$(cd "${1:-$top/_build}" && pwd)
shift || true
test_exe=$builddir/tests/test-window
for tool in valgrind xvfb-run python3; do
  command -v $tool >/dev/null || { echo "valgrind-gui: $tool is missing" >&2; exit 1; }
done
[ -x "$test_exe" ] || { echo "valgrind-gui: build first ($test_exe is missing)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
paths=()
for p in "$@"; do
  paths+=(-p "$p")
done

# The environment of tests/meson.build, with GLib's slice allocator off so that memcheck sees
# every block, and the cairo renderer (no GL driver to JIT under valgrind).
status=0
(
  cd "$builddir/tests"
  env -i PATH="$PATH" HOME="$work/home" \
    G_SLICE=always-malloc G_DEBUG=gc-friendly GSETTINGS_BACKEND=memory GTK_A11Y=none \
    GSK_RENDERER=cairo NO_AT_BRIDGE=1 LC_ALL=C.UTF-8 LANGUAGE=en \
    XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
    G_TEST_SRCDIR="$top/tests" G_TEST_BUILDDIR="$builddir/tests" \
    PROV_CLI="$builddir/src/cli/provenance-cli" GSETTINGS_SCHEMA_DIR="$builddir/data" \
    xvfb-run -a -s "-screen 0 1280x800x24" \
      valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite \
        --errors-for-leak-kinds=definite --num-callers=40 \
        --log-file="$work/memcheck.%p.log" \
        "$test_exe" "${paths[@]}"
) > "$work/tap.txt" 2>&1 || status=$?

grep -E "^(ok|not ok|1\.\.)" "$work/tap.txt" || true
if [ $status -ne 0 ]; then
  echo "valgrind-gui: the smoke test failed under valgrind (exit $status):" >&2
  tail -40 "$work/tap.txt" >&2
  exit 1
fi
python3 "$top/build-aux/valgrind-ours.py" "$work"/memcheck.*.log
