/* prov-anchor.h — finding an annotation again in a changed text: exact, approximate, or orphan
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ARCHITECTURE.md "Re-anchoring": the position and quote are checked first; then the quote is
 * searched exactly (prefix/suffix and the nearest position break ties); then approximately with a
 * bit-parallel edit-distance scan (Myers/Hyyrö, any quote length) allowing
 * min (quote/2, 256) errors, scored quote 50, prefix 20, suffix 20, position 2; else orphan.
 * Offsets are code points, end exclusive.
 */
#pragma once

#include <glib.h>

#include "prov-store-types.h"

G_BEGIN_DECLS

/* A text prepared for anchoring (decoded to code points once). */
typedef struct _ProvAnchorText ProvAnchorText;

/* What prov_anchor_find () found. */
typedef struct
{
  ProvAnchorState state;
  gint64          start;   /* -1 for an orphan */
  gint64          end;
  guint           errors;  /* edit distance between the quote and the text found */
  double          score;   /* 0–92 (quote 50, prefix 20, suffix 20, position 2) */
  double          context; /* 0–1: how alike the prefix and suffix are (1: unchanged) */
} ProvAnchorMatch;

/* Decodes @utf8 (valid UTF-8, NUL-terminated) for anchoring. */
ProvAnchorText *prov_anchor_text_new        (const char     *utf8);
/* Frees @text. */
void            prov_anchor_text_free       (ProvAnchorText *text);
/* Returns the length of @text in code points. */
gint64          prov_anchor_text_get_length (ProvAnchorText *text);
/* Returns the code points of @text. */
const gunichar *prov_anchor_text_get_chars  (ProvAnchorText *text);
/* Returns [start, end) of @text as UTF-8 (clamped to the text). */
char           *prov_anchor_text_slice      (ProvAnchorText *text,
                                             gint64          start,
                                             gint64          end);
/* Finds the quote @exact (with its @prefix and @suffix, either may be "" or NULL) in @text,
 * near @hint_start (its old start, or -1). */
ProvAnchorMatch prov_anchor_find            (ProvAnchorText *text,
                                             const char     *exact,
                                             const char     *prefix,
                                             const char     *suffix,
                                             gint64          hint_start);
/* As prov_anchor_find (), but only a match starting in [@from, @to] counts. */
ProvAnchorMatch prov_anchor_find_within     (ProvAnchorText *text,
                                             const char     *exact,
                                             const char     *prefix,
                                             const char     *suffix,
                                             gint64          hint_start,
                                             gint64          from,
                                             gint64          to);
/* The Levenshtein distance between two code-point strings (for tests and scoring). */
guint           prov_anchor_edit_distance   (const gunichar *a,
                                             gsize           n_a,
                                             const gunichar *b,
                                             gsize           n_b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvAnchorText, prov_anchor_text_free)

G_END_DECLS
