/* prov-store-types.h — enums and plain records shared by the store, its models and anchoring
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The review workflow of a claim (ARCHITECTURE.md "Ratings"). */
typedef enum
{
  PROV_REVIEW_UNREVIEWED,
  PROV_REVIEW_IN_PROGRESS,
  PROV_REVIEW_VERIFIED,
  PROV_REVIEW_FALSE,
  PROV_REVIEW_INCONCLUSIVE,
  PROV_N_REVIEW_STATUSES
} ProvReviewStatus;

/* Whether an analyzer suggestion was accepted or dismissed by the reader. */
typedef enum
{
  PROV_SUGGESTION_SUGGESTED,
  PROV_SUGGESTION_ACCEPTED,
  PROV_SUGGESTION_DISMISSED,
} ProvSuggestion;

/* Who made an annotation. */
typedef enum
{
  PROV_ORIGIN_AUTO,
  PROV_ORIGIN_USER,
} ProvOrigin;

/* The part of a claim an annotation marks. */
typedef enum
{
  PROV_ROLE_CUE,
  PROV_ROLE_SOURCE,
  PROV_ROLE_CONTENT,
  PROV_ROLE_HIGHLIGHT,
} ProvRole;

/* How an annotation was found in its current version. */
typedef enum
{
  PROV_ANCHOR_EXACT,   /* same quote (at its position or moved) */
  PROV_ANCHOR_FUZZY,   /* approximate match: the quote changed */
  PROV_ANCHOR_ORPHAN,  /* not found: kept, listed, no position */
} ProvAnchorState;

/* What a note is attached to. */
typedef enum
{
  PROV_NOTE_DOCUMENT,
  PROV_NOTE_CLAIM,
  PROV_NOTE_COLLECTION,
} ProvNoteTarget;

/* Returns the stable name of @status ("unreviewed", "in-progress", "verified", …). */
const char *prov_review_status_to_string   (ProvReviewStatus  status);
/* Parses a status name ("in progress" and "in_progress" also work); FALSE if unknown. */
gboolean    prov_review_status_from_string (const char       *name,
                                            ProvReviewStatus *status);
/* Returns "suggested", "accepted" or "dismissed". */
const char *prov_suggestion_to_string      (ProvSuggestion    suggestion);
/* Parses a suggestion name; FALSE if unknown. */
gboolean    prov_suggestion_from_string    (const char       *name,
                                            ProvSuggestion   *suggestion);
/* Returns "cue", "source", "content" or "highlight". */
const char *prov_role_to_string            (ProvRole          role);
/* Returns "exact", "fuzzy" or "orphan". */
const char *prov_anchor_state_to_string    (ProvAnchorState   state);
/* TRUE when @c is an Admiralty source reliability letter A–F. */
gboolean    prov_reliability_is_valid      (char              c);
/* TRUE when @n is an Admiralty information credibility 1–6. */
gboolean    prov_credibility_is_valid      (int               n);

/* One annotation of a document version: a W3C position and quote selector. */
typedef struct
{
  gint64           id;
  gint64           claim_id;   /* 0 for a free highlight */
  ProvRole         role;
  ProvOrigin       origin;
  ProvSuggestion   status;
  ProvAnchorState  anchor;
  gint64           start;      /* code points, end exclusive; -1 for an orphan */
  gint64           end;
  char            *exact;      /* TextQuoteSelector, prefix/suffix 32 code points each */
  char            *prefix;
  char            *suffix;
  char            *rule;
  char            *kind;       /* the claim's kind, for colouring ("named", …) */
} ProvAnnotation;

/* Frees @annotation. */
void prov_annotation_free (ProvAnnotation *annotation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvAnnotation, prov_annotation_free)

G_END_DECLS
