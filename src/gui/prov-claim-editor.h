/* prov-claim-editor.h — edit one claim: source, rating, review status, tags and note
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor writes nothing itself: each change is a signal that the claims panel turns into an
 * async store call it can undo.
 *   update        (gint64 claim_id, const ProvClaimUpdate *update)
 *   create-source (gint64 claim_id, const char *name)    link to a new (or found) source
 *   add-alias     (gint64 source_id, const char *alias)
 *   add-tag       (gint64 claim_id, const char *tag)
 *   remove-tag    (gint64 claim_id, const char *tag)
 */
#pragma once

#include <gtk/gtk.h>

#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_CLAIM_EDITOR (prov_claim_editor_get_type ())

G_DECLARE_FINAL_TYPE (ProvClaimEditor, prov_claim_editor, PROV, CLAIM_EDITOR, GtkWidget)

/* Creates an editor showing no claim. */
GtkWidget *prov_claim_editor_new        (void);
/* Returns the store whose source registry the source picker searches. */
ProvStore *prov_claim_editor_get_store  (ProvClaimEditor *self);
/* Sets the store whose source registry the source picker searches. */
void       prov_claim_editor_set_store  (ProvClaimEditor *self,
                                         ProvStore       *store);
/* Returns the claim shown, or NULL. */
ProvClaim *prov_claim_editor_get_claim  (ProvClaimEditor *self);
/* Shows @claim (a fresh copy of the same claim keeps a note being typed). */
void       prov_claim_editor_set_claim  (ProvClaimEditor *self,
                                         ProvClaim       *claim);
/* Saves a note being typed now, rather than after the pause. */
void       prov_claim_editor_flush_note (ProvClaimEditor *self);

G_END_DECLS
