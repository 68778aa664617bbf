#!/bin/sh
# report-screenshots.sh — the HTML and PDF reports of the sample article, as PNG screenshots
#
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/report-screenshots.sh [BUILDDIR]   (default: build)
#
# Needs chromium (headless) and ghostscript. Builds a library from data/sample/harbour-plan.txt
# with the CLI (import, rate, note, tag), gives the document its metadata from
# data/sample/harbour-plan.json by a trip through the JSON-LD export and import-annotations,
# then exports HTML and PDF and writes docs/screenshots/report-html.png (Chromium, 1280x1600)
# and docs/screenshots/report-pdf.png (the first page at 80 dpi).
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-build}
cli="$srcdir/$builddir/src/cli/provenance-cli"
out="$srcdir/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$cli" ] || { echo "report-screenshots: build first ($cli is missing)" >&2; exit 1; }
command -v chromium >/dev/null ||
  { echo "report-screenshots: chromium is not installed" >&2; exit 1; }
command -v gs >/dev/null || { echo "report-screenshots: ghostscript is not installed" >&2; exit 1; }

export LC_ALL=C.UTF-8
a="$work/worked.db"
b="$work/report.db"

# A reader's work on the sample: accept, rate, review, note, tag, dismiss. Claims are found by
# kind and words (their numbers change with the analyzer).
"$cli" --db "$a" import "$srcdir/data/sample/harbour-plan.txt" >/dev/null
claim () {
  "$cli" --db "$a" claims 1 --all |
    awk -F '\t' -v kind="$1" -v words="$2" '$2 == kind && index($7, words) { print $1; exit }'
}
rate () {
  id=$(claim "$1" "$2")
  shift 2
  [ -n "$id" ] || return 0
  "$cli" --db "$a" rate "$id" "$@" >/dev/null
  echo "$id"
}
id=$(rate named "Calder Bay Port Authority said" --reliability B --credibility 2 \
       --status verified --accept)
if [ -n "$id" ]; then
  "$cli" --db "$a" note add --claim "$id" "Matches the authority's statement of 17 November." \
    >/dev/null
  "$cli" --db "$a" tag add --claim "$id" budget >/dev/null
fi
rate named "was detailed by" --reliability B --credibility 2 --status verified --accept \
  >/dev/null
id=$(rate anonymous "Two officials familiar" --credibility 3 --status in-progress --accept)
if [ -n "$id" ]; then
  "$cli" --db "$a" note add --claim "$id" \
    "Ask the authority to confirm there was a single bid." >/dev/null
  "$cli" --db "$a" tag add --claim "$id" tender >/dev/null
fi
rate anonymous "a senior official" --credibility 3 --status in-progress --accept >/dev/null
rate hearsay "is said to have priced" --credibility 4 --status inconclusive >/dev/null
rate named "Duarte estimated" --reliability A --credibility 2 --status verified --accept \
  >/dev/null
rate anonymous "sources close to the council" --dismiss >/dev/null
"$cli" --db "$a" note add --document 1 \
  "Follow up with the Calder Herald on the legal-cost figure before publishing." >/dev/null
"$cli" --db "$a" export 1 --format jsonld -o "$work/worked.jsonld"

# The document's metadata, as the importer would have found it on the web.
python3 - "$srcdir/data/sample/harbour-plan.json" "$work/worked.jsonld" "$work/sample.jsonld" <<'PY'
import json, sys
meta = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
old = doc["pv:documents"][0]["id"]
d = doc["pv:documents"][0]
d["id"] = meta["uri"]
for key in ("title", "byline", "site", "published"):
    d["pv:" + key] = meta[key]
d["language"] = meta["language"]
doc["label"] = meta["title"]
for item in doc["first"]["items"]:
    if item["target"]["source"] == old:
        item["target"]["source"] = meta["uri"]
json.dump(doc, open(sys.argv[3], "w"), ensure_ascii=False, indent=2)
PY
"$cli" --db "$b" import-annotations "$work/sample.jsonld" >/dev/null
"$cli" --db "$b" export 1 --format html -o "$work/report.html"
"$cli" --db "$b" export 1 --format pdf --paper a4 -o "$work/report.pdf"

mkdir -p "$out"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chromium" --screenshot="$out/report-html.png" --window-size=1280,1600 \
  "file://$work/report.html" >/dev/null 2>&1
gs -q -sDEVICE=png16m -r80 -dFirstPage=1 -dLastPage=1 -o "$out/report-pdf.png" "$work/report.pdf"
if [ -n "${KEEP_REPORTS:-}" ]; then
  cp "$work/report.html" "$work/report.pdf" "$KEEP_REPORTS"/
fi
echo "wrote $out/report-html.png and $out/report-pdf.png"
