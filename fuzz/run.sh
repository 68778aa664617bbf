#!/bin/sh
# fuzz/run.sh NAME SECONDS — builds the libFuzzer harnesses if needed (build-fuzz/, clang,
# ASan+UBSan) and runs harness NAME for SECONDS at the lowest priority, one job.
# Corpus: fuzz/corpus-NAME/ (seeded from fuzz/seeds/NAME/, not checked in);
# crashes, hangs and leaks: fuzz/artifacts/. Extra arguments go to libFuzzer.
#
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

if [ $# -lt 2 ]; then
  echo "usage: fuzz/run.sh NAME SECONDS [LIBFUZZER-ARGS...]" >&2
  echo "names: extractor analyzer markdown annotation anchor search" >&2
  exit 2
fi
name=$1
seconds=$2
shift 2

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${PROV_FUZZ_BUILD:-$top/build-fuzz}

if [ ! -d "$here/seeds/$name" ]; then
  echo "fuzz/run.sh: no harness “$name”" >&2
  exit 2
fi

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$top" -Dfuzz=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dgui=false -Dbuildtype=debugoptimized
fi
ninja -C "$build" -j 2 "fuzz/prov-fuzz-$name"

corpus="$here/corpus-$name"
artifacts="$here/artifacts"
mkdir -p "$corpus" "$artifacts"

# Libraries of the annotation and search harnesses live in a RAM folder when there is one.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  TMPDIR=/dev/shm
  export TMPDIR
fi

G_DEBUG= \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
ASAN_OPTIONS=detect_leaks=1 \
  exec nice -n 19 "$build/fuzz/prov-fuzz-$name" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$artifacts/$name-" -print_final_stats=1 \
    "$@" "$corpus" "$here/seeds/$name"
