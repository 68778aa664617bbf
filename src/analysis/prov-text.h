/* prov-text.h — text normalisation (one code point to one) and sentence boundaries
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prov-lexicon.h"

G_BEGIN_DECLS

/* Maps one code point to its normalised form: Unicode spaces (NBSP …) to ' ', line and
 * paragraph separators to '\n', curly and other double quotes to '"', single ones to '\'',
 * hyphens to '-', dashes to U+2014. Every other code point maps to itself. */
gunichar  prov_text_normalize_char (gunichar     c);
/* Appends the normalisation of @text (valid UTF-8, @length bytes) to @out; it has exactly
 * as many code points as @text. Returns the number of code points. */
gsize     prov_text_normalize_append (GString    *out,
                                      const char *text,
                                      gsize       length);
/* Returns the normalised copy of @text, or NULL with @error set on invalid UTF-8. */
char     *prov_text_normalize      (const char  *text,
                                    gssize       length,
                                    GError     **error);
/* Finds the sentences of @text (UTF-8, @length bytes) with ICU's sentence break iterator,
 * dropping breaks after the abbreviations of @lexicon. Appends to @bounds the code-point
 * offset (relative to @text) of the end of each sentence; the last one is the end of the
 * text. Returns FALSE only when ICU fails. */
gboolean  prov_text_sentences      (const char  *text,
                                    gsize        length,
                                    ProvLexicon *lexicon,
                                    GArray      *bounds);

G_END_DECLS
