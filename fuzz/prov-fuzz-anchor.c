/* prov-fuzz-anchor.c — re-anchoring a selector from one text onto another
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-fuzz"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "prov-anchor.h"
#include "prov-fuzz-util.h"

#define CONTEXT 32
#define MAX_DISTANCE_CHARS 300

static void
check_match (ProvAnchorText        *text,
             const ProvAnchorMatch *match,
             const char            *exact,
             gint64                 from,
             gint64                 to)
{
  g_autofree char *found = NULL;

  if (match->state == PROV_ANCHOR_ORPHAN)
    {
      PROV_FUZZ_CHECK (match->start == -1, "an orphan with a position");
      return;
    }
  prov_fuzz_check_span (match->start, match->end, prov_anchor_text_get_length (text),
                        "a match outside the text");
  PROV_FUZZ_CHECK (match->start >= from && match->start <= to, "a match starting outside its range");
  PROV_FUZZ_CHECK (match->score >= 0.0 && match->score <= 92.0 + 1e-9, "score outside 0–92");
  PROV_FUZZ_CHECK (match->context >= 0.0 && match->context <= 1.0 + 1e-9, "context outside 0–1");
  found = prov_anchor_text_slice (text, match->start, match->end);
  if (match->state == PROV_ANCHOR_EXACT)
    PROV_FUZZ_CHECK (strcmp (found, exact) == 0, "an exact match that is not the quote");
}

int
prov_fuzz_anchor (const guint8 *data,
                  gsize         size)
{
  g_autofree char *input = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(ProvAnchorText) old_text = NULL;
  g_autoptr(ProvAnchorText) new_text = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  ProvAnchorMatch match;
  gint64 n_old, n_new, start = 0, end = 0, from, to;
  const gunichar *a, *b;
  gsize n_a, n_b;
  guint ab, ba;

  /* the parts are separated by NUL bytes: old text, new text, then optionally exact, prefix
   * and suffix; each made valid UTF-8 as stored texts are */
  {
    GString *joined = g_string_new (NULL);

    for (gsize i = 0; i < size; i++)
      g_string_append_c (joined, data[i] == '\0' ? '\x01' : (char) data[i]);
    input = g_string_free (joined, FALSE);
  }
  {
    g_autofree char *valid = g_utf8_make_valid (input, -1);

    parts = g_strsplit (valid, "\x01", 5);
  }
  if (parts[0] == NULL || parts[1] == NULL)
    return 0;

  old_text = prov_anchor_text_new (parts[0]);
  new_text = prov_anchor_text_new (parts[1]);
  n_old = prov_anchor_text_get_length (old_text);
  n_new = prov_anchor_text_get_length (new_text);

  if (parts[2] != NULL && parts[2][0] != '\0')
    {
      exact = g_strdup (parts[2]);
      prefix = g_strdup (parts[3] != NULL ? parts[3] : "");
      suffix = g_strdup (parts[3] != NULL && parts[4] != NULL ? parts[4] : "");
    }
  else if (n_old > 0)
    {
      /* a selector as the store makes it, at a place the first bytes choose */
      start = size > 0 ? data[0] % n_old : 0;
      end = MIN (n_old, start + 1 + (size > 1 ? data[1] : 0));
      exact = prov_anchor_text_slice (old_text, start, end);
      prefix = prov_anchor_text_slice (old_text, MAX (0, start - CONTEXT), start);
      suffix = prov_anchor_text_slice (old_text, end, MIN (n_old, end + CONTEXT));
    }
  else
    return 0;

  match = prov_anchor_find (new_text, exact, prefix, suffix, start);
  check_match (new_text, &match, exact, 0, n_new);

  /* the quote always anchors exactly in its own text */
  if (parts[2] == NULL || parts[2][0] == '\0')
    {
      match = prov_anchor_find (old_text, exact, prefix, suffix, start);
      PROV_FUZZ_CHECK (match.state == PROV_ANCHOR_EXACT, "a quote not found in its own text");
      check_match (old_text, &match, exact, 0, n_old);
    }

  from = n_new > 0 ? (size > 2 ? data[2] : 0) % (n_new + 1) : 0;
  to = from + (size > 3 ? data[3] : n_new);
  to = MIN (to, n_new);
  match = prov_anchor_find_within (new_text, exact, prefix, suffix, start, from, to);
  check_match (new_text, &match, exact, from, to);

  /* the edit distance is symmetric (bounded: it is quadratic) */
  a = prov_anchor_text_get_chars (old_text);
  b = prov_anchor_text_get_chars (new_text);
  n_a = MIN (n_old, MAX_DISTANCE_CHARS);
  n_b = MIN (n_new, MAX_DISTANCE_CHARS);
  ab = prov_anchor_edit_distance (a, n_a, b, n_b);
  ba = prov_anchor_edit_distance (b, n_b, a, n_a);
  PROV_FUZZ_CHECK (ab == ba, "edit distance not symmetric");
  PROV_FUZZ_CHECK (ab <= MAX (n_a, n_b) && ab + MIN (n_a, n_b) >= MAX (n_a, n_b),
                   "edit distance out of bounds");
  return 0;
}
