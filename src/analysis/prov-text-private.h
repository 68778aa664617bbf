/* prov-text-private.h — a reusable ICU sentence iterator, for the analyzer only
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <unicode/ubrk.h>

#include "prov-text.h"

G_BEGIN_DECLS

/* Opens ICU's English sentence iterator (NULL when ICU fails); close with ubrk_close(). */
UBreakIterator *_prov_text_sentence_iterator_new (void);
/* prov_text_sentences() with an iterator from _prov_text_sentence_iterator_new(). */
gboolean        _prov_text_sentences_with        (UBreakIterator *bi,
                                                  const char     *text,
                                                  gsize           length,
                                                  ProvLexicon    *lexicon,
                                                  GArray         *bounds);

G_END_DECLS
