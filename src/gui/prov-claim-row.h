/* prov-claim-row.h — one claim in the claims panel: kind, source, quote, rating, status
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "prov-claim.h"

G_BEGIN_DECLS

#define PROV_TYPE_CLAIM_ROW (prov_claim_row_get_type ())

G_DECLARE_FINAL_TYPE (ProvClaimRow, prov_claim_row, PROV, CLAIM_ROW, GtkWidget)

/* Creates an empty row (a list item factory binds a claim to it). */
GtkWidget *prov_claim_row_new            (void);
/* Returns the claim shown, or NULL. */
ProvClaim *prov_claim_row_get_claim      (ProvClaimRow *self);
/* Shows @claim (NULL: nothing). */
void       prov_claim_row_set_claim      (ProvClaimRow *self,
                                          ProvClaim    *claim);
/* Returns the rating as shown, "B2" (reliability letter and credibility digit); free it. */
char      *prov_claim_format_rating      (ProvClaim    *claim);

G_END_DECLS
