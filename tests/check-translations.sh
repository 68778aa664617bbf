#!/usr/bin/env bash
# Fails when po/POTFILES.in misses a file with translatable strings, when a translation does
# not pass `msgfmt --check`, or when it lacks (or has fuzzy) a string of the template.
set -euo pipefail
top=${1:?usage: check-translations.sh SOURCE_DIR}
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# Every file with translatable strings is listed.
grep -rlE '(\b_|\bN_|\bC_|\bngettext) ?\(|translatable="yes"' src ui data \
  --include='*.c' --include='*.ui' --include='*.in' --include='*.gschema.xml' | sort > "$tmp/with-strings"
grep -vE '^\s*(#|$)' po/POTFILES.in | sort > "$tmp/listed"
missing=$(comm -23 "$tmp/with-strings" "$tmp/listed")
if [ -n "$missing" ]; then
  echo "po/POTFILES.in lacks: $missing"
  status=1
fi
gone=$(comm -13 <(find src ui data -type f | sort) "$tmp/listed")
if [ -n "$gone" ]; then
  echo "po/POTFILES.in lists files that do not exist: $gone"
  status=1
fi

xgettext --package-name=provenance --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=ngettext:1,2 \
  --keyword=g_dngettext:2,3 -f po/POTFILES.in -o "$tmp/provenance.pot"

for lang in $(grep -vE '^\s*(#|$)' po/LINGUAS); do
  msgfmt --check -o /dev/null "po/$lang.po" || status=1
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/provenance.pot" -o "$tmp/$lang.po"
  untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when it prints anything.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
    echo "po/$lang.po: $untranslated untranslated and $fuzzy fuzzy strings of the template:"
    { msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -A1 "^msgid " | head -40; } || true
    status=1
  else
    echo "po/$lang.po: complete ($(msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1))"
  fi
done
exit $status
