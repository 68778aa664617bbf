/* prov-kind-counts.h — a row's claim counts per kind: a coloured dot and a number for each kind
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "prov-attribution.h"

G_BEGIN_DECLS

#define PROV_TYPE_KIND_COUNTS (prov_kind_counts_get_type ())

G_DECLARE_FINAL_TYPE (ProvKindCounts, prov_kind_counts, PROV, KIND_COUNTS, GtkWidget)

/* Creates an empty strip of kind counts. */
GtkWidget  *prov_kind_counts_new          (void);
/* Shows @counts (PROV_N_KINDS numbers, in ProvKind order); kinds with no claim are left out. */
void        prov_kind_counts_set_counts   (ProvKindCounts *self,
                                           const guint    *counts);
/* Returns the count shown for @kind. */
guint       prov_kind_counts_get_count    (ProvKindCounts *self,
                                           ProvKind        kind);
/* Returns the kind whose dot or number lies at @x (widget coordinates), or PROV_N_KINDS. */
ProvKind    prov_kind_counts_kind_at      (ProvKindCounts *self,
                                           double          x);
/* Returns what the strip says in words ("3 named sources, 1 hedge"); "" when it is empty. */
const char *prov_kind_counts_get_summary  (ProvKindCounts *self);

G_END_DECLS
