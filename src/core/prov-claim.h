/* prov-claim.h — a claim: who says what, with its rating and review
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROV_TYPE_CLAIM (prov_claim_get_type ())

G_DECLARE_FINAL_TYPE (ProvClaim, prov_claim, PROV, CLAIM, GObject)

/* Creates an empty claim; the store fills it in. */
ProvClaim *prov_claim_new (void);
/* Returns the claim id. */
gint64 prov_claim_get_id (ProvClaim *self);
/* Sets the claim id. */
void prov_claim_set_id (ProvClaim *self,
                        gint64 value);
/* Returns the document id. */
gint64 prov_claim_get_document_id (ProvClaim *self);
/* Sets the document id. */
void prov_claim_set_document_id (ProvClaim *self,
                                 gint64 value);
/* Returns the kind ("named", "anonymous", "hearsay", "hedge", "quote"). */
const char *prov_claim_get_kind (ProvClaim *self);
/* Sets the kind ("named", "anonymous", "hearsay", "hedge", "quote"). */
void prov_claim_set_kind (ProvClaim *self,
                          const char *value);
/* Returns the quoted text of the claim in its current version. */
const char *prov_claim_get_quote (ProvClaim *self);
/* Sets the quoted text of the claim in its current version. */
void prov_claim_set_quote (ProvClaim *self,
                           const char *value);
/* Returns the start of the claim in code points (-1 when orphaned). */
gint64 prov_claim_get_start (ProvClaim *self);
/* Sets the start of the claim in code points (-1 when orphaned). */
void prov_claim_set_start (ProvClaim *self,
                           gint64 value);
/* Returns the end of the claim in code points (-1 when orphaned). */
gint64 prov_claim_get_end (ProvClaim *self);
/* Sets the end of the claim in code points (-1 when orphaned). */
void prov_claim_set_end (ProvClaim *self,
                         gint64 value);
/* Returns the text of its source span, if any. */
const char *prov_claim_get_source_text (ProvClaim *self);
/* Sets the text of its source span, if any. */
void prov_claim_set_source_text (ProvClaim *self,
                                 const char *value);
/* Returns its source entity id (0 for none). */
gint64 prov_claim_get_source_id (ProvClaim *self);
/* Sets its source entity id (0 for none). */
void prov_claim_set_source_id (ProvClaim *self,
                               gint64 value);
/* Returns its source entity name. */
const char *prov_claim_get_source_name (ProvClaim *self);
/* Sets its source entity name. */
void prov_claim_set_source_name (ProvClaim *self,
                                 const char *value);
/* Returns the effective reliability A–F (its own, else its source's, else F). */
const char *prov_claim_get_reliability (ProvClaim *self);
/* Sets the effective reliability A–F (its own, else its source's, else F). */
void prov_claim_set_reliability (ProvClaim *self,
                                 const char *value);
/* Returns whether the reliability was set on the claim itself. */
gboolean prov_claim_get_reliability_set (ProvClaim *self);
/* Sets whether the reliability was set on the claim itself. */
void prov_claim_set_reliability_set (ProvClaim *self,
                                     gboolean value);
/* Returns the credibility 1–6. */
int prov_claim_get_credibility (ProvClaim *self);
/* Sets the credibility 1–6. */
void prov_claim_set_credibility (ProvClaim *self,
                                 int value);
/* Returns the review status ("unreviewed", "in-progress", …). */
const char *prov_claim_get_status (ProvClaim *self);
/* Sets the review status ("unreviewed", "in-progress", …). */
void prov_claim_set_status (ProvClaim *self,
                            const char *value);
/* Returns "suggested", "accepted" or "dismissed". */
const char *prov_claim_get_suggestion (ProvClaim *self);
/* Sets "suggested", "accepted" or "dismissed". */
void prov_claim_set_suggestion (ProvClaim *self,
                                const char *value);
/* Returns "auto" for the analyzer, "user" for the reader. */
const char *prov_claim_get_origin (ProvClaim *self);
/* Sets "auto" for the analyzer, "user" for the reader. */
void prov_claim_set_origin (ProvClaim *self,
                            const char *value);
/* Returns the analyzer rule that found it. */
const char *prov_claim_get_rule (ProvClaim *self);
/* Sets the analyzer rule that found it. */
void prov_claim_set_rule (ProvClaim *self,
                          const char *value);
/* Returns its Markdown note (its notes joined). */
const char *prov_claim_get_note (ProvClaim *self);
/* Sets its Markdown note (its notes joined). */
void prov_claim_set_note (ProvClaim *self,
                          const char *value);
/* Returns its tags. */
const char * const *prov_claim_get_tags (ProvClaim *self);
/* Sets its tags. */
void prov_claim_set_tags (ProvClaim *self,
                          const char * const *value);
/* Returns whether its quote changed since it was made (re-anchoring). */
gboolean prov_claim_get_changed (ProvClaim *self);
/* Sets whether its quote changed since it was made (re-anchoring). */
void prov_claim_set_changed (ProvClaim *self,
                             gboolean value);
/* Returns whether its cue could not be found in the current version. */
gboolean prov_claim_get_orphaned (ProvClaim *self);
/* Sets whether its cue could not be found in the current version. */
void prov_claim_set_orphaned (ProvClaim *self,
                              gboolean value);

G_END_DECLS
