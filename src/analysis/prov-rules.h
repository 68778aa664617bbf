/* prov-rules.h — what the frame rules share: word lists, content and source helpers.
 * Private to src/analysis.
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-chunk.h"

G_BEGIN_DECLS

extern const char * const _prov_rules_be_forms[];
extern const char * const _prov_rules_object_pronouns[];
extern const char * const _prov_rules_adjunct_starts[];
extern const char * const _prov_rules_source_adjuncts[];
extern const char * const _prov_rules_subject_pronouns[];
extern const char * const _prov_rules_determiners[];
extern const char * const _prov_rules_wh_words[];
extern const char * const _prov_rules_clause_breaks[];
extern const char * const _prov_rules_participle_links[];
extern const char * const _prov_rules_weekdays[];

/* A content span, and whether it is a direct quotation. */
typedef struct
{
  ProvSpan content;
  gboolean quote;
} ProvContent;

gboolean _prov_rules_is_punct (const ProvBlock *block, guint i, gunichar c);
gboolean _prov_rules_is_final_punct (const ProvBlock *block, guint i);
ProvContent _prov_rules_quote_content (ProvBlock *block, guint mark);
ProvContent _prov_rules_rest_of_sentence (ProvBlock *block, guint j, guint last);
ProvContent _prov_rules_right_content (ProvBlock *block, guint j, guint last, gboolean object_verb);
ProvContent _prov_rules_left_content (ProvBlock *block, guint s, guint first);
void _prov_rules_add_frame (ProvBlock *block, guint cue_first, guint cue_last, ProvChunk source, ProvContent content, const char *rule, double score);
ProvChunk _prov_rules_trim_adjunct (const ProvBlock *block, ProvChunk chunk);
ProvChunk _prov_rules_no_apposition (const ProvBlock *block, ProvChunk chunk);
void _prov_rules_according_to (ProvBlock *block, guint i, guint end);
gboolean _prov_rules_passive_by (ProvBlock *block, guint i, guint last);

ProvChunk _prov_rules_clause_subject (ProvBlock *block, guint first, guint i);
gboolean _prov_rules_ends_with_ing (const ProvBlock *block, guint i);
gboolean _prov_rules_is_source_head (const ProvBlock *block, guint i);
gboolean _prov_rules_is_name (const ProvBlock *block, guint i);
gboolean _prov_rules_be_between (const ProvBlock *block, guint a, guint b);
gboolean _prov_rules_strict_frame (const ProvBlock *block, ProvChunk source, guint cue_last);

G_END_DECLS
