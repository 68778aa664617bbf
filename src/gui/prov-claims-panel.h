/* prov-claims-panel.h — a document's claims in reading order, with the claim editor
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_CLAIMS_PANEL (prov_claims_panel_get_type ())

G_DECLARE_FINAL_TYPE (ProvClaimsPanel, prov_claims_panel, PROV, CLAIMS_PANEL, GtkWidget)

/* Returns the store the panel reads and writes. */
ProvStore *prov_claims_panel_get_store             (ProvClaimsPanel *self);
/* Sets the store the panel reads and writes (NULL: nothing to show). */
void       prov_claims_panel_set_store             (ProvClaimsPanel *self,
                                                    ProvStore       *store);
/* Returns the document whose claims are listed (0: none). */
gint64     prov_claims_panel_get_document_id       (ProvClaimsPanel *self);
/* Lists the claims of @document_id (0: the empty state). */
void       prov_claims_panel_set_document_id       (ProvClaimsPanel *self,
                                                    gint64           document_id);
/* Returns the selected claim (0: none). */
gint64     prov_claims_panel_get_selected_claim_id (ProvClaimsPanel *self);
/* Selects @claim_id and shows it in the editor (0: none). */
void       prov_claims_panel_set_selected_claim_id (ProvClaimsPanel *self,
                                                    gint64           claim_id);

G_END_DECLS
