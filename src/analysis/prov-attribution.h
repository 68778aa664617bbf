/* prov-attribution.h — one detected attribution or hedge, and a document's sourcing profile
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The five kinds of ARCHITECTURE.md "Analysis", in display order. */
typedef enum
{
  PROV_KIND_NAMED,
  PROV_KIND_ANONYMOUS,
  PROV_KIND_HEARSAY,
  PROV_KIND_HEDGE,
  PROV_KIND_QUOTE,
  PROV_N_KINDS
} ProvKind;

/* A half-open range of Unicode code points; start < 0 means "absent". */
typedef struct
{
  gint64 start;
  gint64 end;
} ProvSpan;

#define PROV_SPAN_NONE ((ProvSpan) { -1, -1 })

typedef struct
{
  ProvKind  kind;
  ProvSpan  cue;
  ProvSpan  source;
  ProvSpan  content;
  char     *rule;
  double    score;
} ProvAttribution;

/* Counts of a document's sourcing, shown as its profile bar. */
typedef struct
{
  guint counts[PROV_N_KINDS];
  guint unattributed_sentences;
  guint sentences;
} ProvProfile;

/* Returns the stable lower-case name of @kind ("named", "anonymous", …). */
const char      *prov_kind_to_string          (ProvKind               kind);
/* Parses a kind name; returns FALSE for an unknown name. */
gboolean         prov_kind_from_string        (const char            *name,
                                               ProvKind              *kind);
/* Returns TRUE when @span is present (start >= 0). */
gboolean         prov_span_is_set             (ProvSpan               span);
/* Creates an attribution; @rule is copied. */
ProvAttribution *prov_attribution_new         (ProvKind               kind,
                                               ProvSpan               cue,
                                               ProvSpan               source,
                                               ProvSpan               content,
                                               const char            *rule,
                                               double                 score);
/* Returns a deep copy of @self. */
ProvAttribution *prov_attribution_copy        (const ProvAttribution *self);
/* Frees @self and its rule. */
void             prov_attribution_free        (ProvAttribution       *self);
/* Orders attributions by cue start, then cue end, then kind (for qsort-style sorting). */
int              prov_attribution_compare     (gconstpointer          a,
                                               gconstpointer          b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvAttribution, prov_attribution_free)

G_END_DECLS
