/* prov-fuzz-analyzer.c — text through the analyzer
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-fuzz"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "prov-analyzer.h"
#include "prov-fuzz-util.h"

static void
check_span (ProvSpan    span,
            glong       n_chars,
            gboolean    required,
            const char *what)
{
  if (!required && !prov_span_is_set (span))
    return;
  prov_fuzz_check_span (span.start, span.end, n_chars, what);
}

int
prov_fuzz_analyzer (const guint8 *data,
                    gsize         size)
{
  static ProvAnalyzer *analyzer;  /* the lexicon loads once per process */
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  glong n_chars;

  if (analyzer == NULL)
    analyzer = prov_analyzer_new ();

  analysis = prov_analyzer_analyze (analyzer, (const char *) data, size, &error);
  PROV_FUZZ_CHECK ((analysis == NULL) == (error != NULL), "analyze: result and error disagree");
  if (analysis == NULL)
    {
      PROV_FUZZ_CHECK (!g_utf8_validate ((const char *) data, size, NULL) ||
                       memchr (data, '\0', size) != NULL ||
                       g_error_matches (error, PROV_ANALYZER_ERROR, PROV_ANALYZER_ERROR_ICU),
                       "valid text refused");
      return 0;
    }

  PROV_FUZZ_CHECK (g_utf8_validate (analysis->text, -1, NULL), "normalised text is not UTF-8");
  n_chars = g_utf8_strlen (analysis->text, -1);
  PROV_FUZZ_CHECK (n_chars == g_utf8_strlen ((const char *) data, size),
                   "normalisation changed the number of code points");
  for (guint i = 0; i < analysis->attributions->len; i++)
    {
      const ProvAttribution *a = g_ptr_array_index (analysis->attributions, i);

      PROV_FUZZ_CHECK (a->kind < PROV_N_KINDS, "unknown kind");
      check_span (a->cue, n_chars, TRUE, "cue outside the text");
      check_span (a->source, n_chars, FALSE, "source outside the text");
      check_span (a->content, n_chars, FALSE, "content outside the text");
      PROV_FUZZ_CHECK (a->score >= 0.0 && a->score <= 1.0, "score outside 0–1");
      PROV_FUZZ_CHECK (a->rule != NULL, "attribution without a rule");
      if (i > 0)
        PROV_FUZZ_CHECK (prov_attribution_compare (&g_ptr_array_index (analysis->attributions,
                                                                       i - 1),
                                                   &g_ptr_array_index (analysis->attributions,
                                                                       i)) <= 0,
                         "attributions not sorted");
    }
  PROV_FUZZ_CHECK (analysis->profile.unattributed_sentences <= analysis->profile.sentences,
                   "more unattributed sentences than sentences");
  return 0;
}
