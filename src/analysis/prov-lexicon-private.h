/* prov-lexicon-private.h — the lexicon's lookup tables, for the analyzer only
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-lexicon.h"

G_BEGIN_DECLS

#define PROV_LEX_BIT(category) (1u << (category))

/* The verb lists: a token with one of these bits may be a cue of a frame. */
#define PROV_LEX_VERBS (PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) | \
                        PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB) | \
                        PROV_LEX_BIT (PROV_LEXICON_COGNITION_VERB))

/* A multi-word (or single-word) entry, split into lower-case words. */
typedef struct
{
  char                **words;
  guint                 n_words;
  ProvLexiconCategory   category;
  char                 *text;
} ProvPhrase;

/* What the lexicon knows of one lower-case word. */
typedef struct
{
  guint      flags;    /* PROV_LEX_BIT()s of the single-word entries equal to the word */
  GPtrArray *phrases;  /* ProvPhrase* starting with the word, longest first, or NULL */
  guint      phrase_categories;  /* PROV_LEX_BIT()s of those phrases */
} ProvWordEntry;

/* Returns the entry of @lower, or NULL when the lexicon does not know the word. */
const ProvWordEntry *_prov_lexicon_lookup (ProvLexicon *self,
                                           const char  *lower);

G_END_DECLS
