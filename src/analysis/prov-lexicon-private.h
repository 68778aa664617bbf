/* prov-lexicon-private.h — the lexicon's lookup tables, for the analyzer only
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-lexicon.h"

G_BEGIN_DECLS

#define PROV_LEX_BIT(category) (1u << (category))

/* A multi-word (or single-word) entry, split into lower-case words. */
typedef struct
{
  char                **words;
  guint                 n_words;
  ProvLexiconCategory   category;
  char                 *text;
} ProvPhrase;

/* Returns the PROV_LEX_BIT()s of the single-word entries equal to @lower. */
guint      _prov_lexicon_word_flags  (ProvLexicon *self,
                                      const char  *lower);
/* Returns the phrases whose first word is @lower, longest first, or NULL. */
GPtrArray *_prov_lexicon_phrases_at  (ProvLexicon *self,
                                      const char  *lower);

G_END_DECLS
