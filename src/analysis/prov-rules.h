/* prov-rules.h — what the frame rules share: word lists, content and source helpers.
 * Private to src/analysis.
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-chunk.h"

G_BEGIN_DECLS

/* NULL-terminated word lists of the frame rules (lower case). */
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

/* Whether token @i is the punctuation @c. */
gboolean _prov_rules_is_punct (const ProvTextBlock *block,
                               guint                i,
                               gunichar             c);
/* Whether token @i ends a clause: . ? ! ; */
gboolean _prov_rules_is_final_punct (const ProvTextBlock *block,
                                     guint                i);
/* The content of the quote whose mark is token @mark. */
ProvContent _prov_rules_quote_content (ProvTextBlock *block,
                                       guint          mark);
/* Content from token @j to the end of its clause (before @last). */
ProvContent _prov_rules_rest_of_sentence (ProvTextBlock *block,
                                          guint          j,
                                          guint          last);
/* The content after a cue ending before token @j, or none. */
ProvContent _prov_rules_right_content (ProvTextBlock *block,
                                       guint          j,
                                       guint          last,
                                       gboolean       object_verb);
/* The content before a source starting at token @s: "C, X said". */
ProvContent _prov_rules_left_content (ProvTextBlock *block,
                                      guint          s,
                                      guint          first);
/* Records an attribution: a quote when the content is one, else by the source's kind. */
void _prov_rules_add_frame (ProvTextBlock *block,
                            guint          cue_first,
                            guint          cue_last,
                            ProvChunk      source,
                            ProvContent    content,
                            const char    *rule,
                            double         score);
/* Cuts a source after "by" or "according to" before a time or place adjunct. */
ProvChunk _prov_rules_trim_adjunct (const ProvTextBlock *block,
                                    ProvChunk            chunk);
/* Cuts a chunk at its first comma. */
ProvChunk _prov_rules_no_apposition (const ProvTextBlock *block,
                                     ProvChunk            chunk);
/* "according to X, C" and "C, according to X" at tokens @i..@end. */
void _prov_rules_according_to (ProvTextBlock *block,
                               guint          i,
                               guint          end);
/* Passive "was detailed by X" at token @i; TRUE when recorded. */
gboolean _prov_rules_passive_by (ProvTextBlock *block,
                                 guint          i,
                                 guint          last);

/* The subject of the clause of token @i: the last source, else the sentence's. */
ProvChunk _prov_rules_clause_subject (ProvTextBlock *block,
                                      guint          first,
                                      guint          i);
/* Whether token @i is an -ing form. */
gboolean _prov_rules_ends_with_ing (const ProvTextBlock *block,
                                    guint                i);
/* Whether token @i can head a source: a pronoun, a name, a source noun. */
gboolean _prov_rules_is_source_head (const ProvTextBlock *block,
                                     guint                i);
/* Whether token @i is a capitalised word that is not just a sentence starter. */
gboolean _prov_rules_is_name (const ProvTextBlock *block,
                              guint                i);
/* Whether a form of "be" stands between tokens @a and @b. */
gboolean _prov_rules_be_between (const ProvTextBlock *block,
                                 guint                a,
                                 guint                b);
/* "To most Democrats, C", "In Trump's view, C", "In a poll released Monday, C" opening
 * the sentence at token @i. */
void _prov_rules_perspective (ProvTextBlock *block,
                              guint          i);
/* "As Clinton told the Daily News, C", "C, as he put it" at the "as" of token @i. */
void _prov_rules_as_report (ProvTextBlock *block,
                            guint          i);
/* Light-verb and phrase frames at token @i ("made the case that C", "drew criticism
 * from X", "laid out C", "“C,” read the statement"). */
void _prov_rules_light_verbs (ProvTextBlock *block,
                              guint          i);
/* Whether a noun-like verb form has a full frame around it. */
gboolean _prov_rules_strict_frame (const ProvTextBlock *block,
                                   ProvChunk            source,
                                   guint                cue_last);

G_END_DECLS
