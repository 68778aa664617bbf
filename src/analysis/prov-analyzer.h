/* prov-analyzer.h — text in, attributions and a sourcing profile out
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "prov-attribution.h"
#include "prov-lexicon.h"

G_BEGIN_DECLS

#define PROV_ANALYZER_ERROR (prov_analyzer_error_quark ())

typedef enum
{
  PROV_ANALYZER_ERROR_INVALID_UTF8,
  PROV_ANALYZER_ERROR_ICU,
} ProvAnalyzerError;

/* The result of one analysis; offsets are code points into @text, end exclusive. */
typedef struct
{
  char        *text;          /* the normalised text (same number of code points as the input) */
  GPtrArray   *attributions;  /* of ProvAttribution*, sorted with prov_attribution_compare */
  ProvProfile  profile;
} ProvAnalysis;

#define PROV_TYPE_ANALYZER (prov_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (ProvAnalyzer, prov_analyzer, PROV, ANALYZER, GObject)

GQuark        prov_analyzer_error_quark (void);
/* Creates an analyzer over the built-in English lexicon. */
ProvAnalyzer *prov_analyzer_new         (void);
/* Analyzes @text (UTF-8, @length bytes or -1); fails on invalid UTF-8 (or when ICU cannot
 * start). */
ProvAnalysis *prov_analyzer_analyze     (ProvAnalyzer  *self,
                                         const char    *text,
                                         gssize         length,
                                         GError       **error);
/* Creates an analyzer over @lexicon (a reference is taken). */
ProvAnalyzer *prov_analyzer_new_with_lexicon (ProvLexicon *lexicon);
/* Returns the analyzer's lexicon (owned by the analyzer). */
ProvLexicon  *prov_analyzer_get_lexicon (ProvAnalyzer  *self);

/* Receives each attribution of a streaming analysis, in document order. */
typedef void (*ProvAttributionFunc) (const ProvAttribution *attribution,
                                     gpointer               user_data);

/* Analyzes @text block by block (a few paragraphs at a time, so memory stays bounded and
 * time linear), calling @func for each attribution; offsets are code points into @text
 * (normalisation maps one code point to one). Fills @profile when not NULL. Fails only on
 * invalid UTF-8, before calling @func. */
gboolean      prov_analyzer_analyze_foreach (ProvAnalyzer        *self,
                                             const char          *text,
                                             gssize               length,
                                             ProvAttributionFunc  func,
                                             gpointer             user_data,
                                             ProvProfile         *profile,
                                             GError             **error);
/* Frees @analysis. */
void          prov_analysis_free        (ProvAnalysis  *analysis);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvAnalysis, prov_analysis_free)

G_END_DECLS
