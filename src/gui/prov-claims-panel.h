/* prov-claims-panel.h — a document's claims in reading order, with the claim editor
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change (accept, dismiss, rating, status, source, tags, note) is written at once with an
 * async store call and pushed on an undo stack. After a change the panel asks the window for a
 * toast with an Undo button (win.toast-undo, "s"); errors go to win.toast ("s"). The window's
 * win.undo calls prov_claims_panel_undo ().
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
/* Selects @claim_id, scrolls to it and shows it in the editor (0: none). */
void       prov_claims_panel_set_selected_claim_id (ProvClaimsPanel *self,
                                                    gint64           claim_id);
/* Returns whether dismissed suggestions are listed. */
gboolean   prov_claims_panel_get_show_dismissed    (ProvClaimsPanel *self);
/* Lists dismissed suggestions too (greyed, with a Restore button), or not. */
void       prov_claims_panel_set_show_dismissed    (ProvClaimsPanel *self,
                                                    gboolean         show_dismissed);
/* Returns the number of claims listed. */
guint      prov_claims_panel_get_n_claims          (ProvClaimsPanel *self);

/* ---- keyboard triage (the window's j/k, a, x, 1–6, Shift+A…F) ---- */

/* Selects the next claim in reading order (the first when none is selected). */
void       prov_claims_panel_select_next           (ProvClaimsPanel *self);
/* Selects the previous claim in reading order (the last when none is selected). */
void       prov_claims_panel_select_previous       (ProvClaimsPanel *self);
/* Accepts the selected claim's suggestion (or restores a dismissed one). */
void       prov_claims_panel_accept_selected       (ProvClaimsPanel *self);
/* Dismisses the selected suggestion; the next claim is selected when it leaves the list. */
void       prov_claims_panel_dismiss_selected      (ProvClaimsPanel *self);
/* Sets the selected claim's information credibility, 1–6. */
void       prov_claims_panel_set_selected_credibility (ProvClaimsPanel *self,
                                                       int              credibility);
/* Sets the selected claim's source reliability, 'A'–'F' (lower case works too). */
void       prov_claims_panel_set_selected_reliability (ProvClaimsPanel *self,
                                                       char             reliability);

/* ---- undo ---- */

/* Returns whether a change can be undone (also the "can-undo" property). */
gboolean   prov_claims_panel_can_undo              (ProvClaimsPanel *self);
/* Undoes the last change made in the panel (it is written back asynchronously). */
void       prov_claims_panel_undo                  (ProvClaimsPanel *self);

G_END_DECLS
