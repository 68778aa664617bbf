/* prov-chunk.h — noun-phrase chunks around a cue: subjects, inverted subjects, objects,
 * and the kind (named or anonymous) of a source. Private to src/analysis.
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-block.h"

G_BEGIN_DECLS

/* A token range [first, last] (inclusive); first > last means none. */
typedef struct
{
  guint    first;
  guint    last;
  gboolean found;
  gboolean shared;   /* no subject of its own: "X did Y and said", the subject is X's */
} ProvChunk;

/* Whether token @i is a personal pronoun usable as a source ("he", "they"). */
gboolean  _prov_chunk_is_pronoun      (const ProvBlock *block,
                                       guint            i);
/* Whether token @i ends a subject going left ("that", "because", punctuation …). */
gboolean  _prov_chunk_is_boundary     (const ProvBlock *block,
                                       guint            i);
/* Whether token @i is an auxiliary or adverb that may stand between subject and verb. */
gboolean  _prov_chunk_is_aux          (const ProvBlock *block,
                                       guint            i);
/* The subject noun phrase ending right before token @i (auxiliaries skipped), with its
 * coordinations ("the FBI, the CIA and the NSA"); stops at @sent_first. */
ProvChunk _prov_chunk_subject         (const ProvBlock *block,
                                       guint            i,
                                       guint            sent_first);
/* The noun phrase starting at token @i up to the sentence end or a clause boundary,
 * with an apposition after a comma ("Jane Roe, a lawyer at X"). */
ProvChunk _prov_chunk_after           (const ProvBlock *block,
                                       guint            i,
                                       guint            sent_last,
                                       guint            max_tokens);
/* Whether token @i is a preposition ("of", "about" …). */
gboolean  _prov_chunk_is_preposition  (const ProvBlock *block,
                                       guint            i);
/* Whether token @i is a determiner or a number word that may start a noun phrase. */
gboolean  _prov_chunk_is_determiner   (const ProvBlock *block,
                                       guint            i);
/* The kind a source chunk gives its attribution: anonymous or named. */
ProvKind  _prov_chunk_kind            (const ProvBlock *block,
                                       ProvChunk        chunk);

G_END_DECLS
