/* prov-claims-panel-private.h — the panel's state, shared by its list and its edits
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-claim-editor.h"
#include "prov-claim-list-model.h"
#include "prov-claims-panel.h"

G_BEGIN_DECLS

struct _ProvClaimsPanel
{
  GtkWidget           parent_instance;

  ProvStore          *store;
  gint64              document_id;
  gint64              selected_claim_id;
  guint               last_position;      /* of the selected claim, to select its successor */
  gboolean            show_dismissed;
  gboolean            reloading;
  ProvClaimListModel *claims;
  GtkSingleSelection *selection;
  GQueue              undo;               /* UndoEntry*, newest first */
  GCancellable       *cancellable;

  GtkStack           *stack;
  GtkLabel           *title_label;
  GtkLabel           *pending_label;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkStack           *editor_stack;
  ProvClaimEditor    *editor;
};

/* Returns the listed claim @claim_id (a new reference), or NULL. */
ProvClaim *_prov_claims_panel_lookup        (ProvClaimsPanel       *self,
                                             gint64                 claim_id);
/* Writes @update to @claim_id, pushes its inverse on the undo stack, toasts @message. */
void       _prov_claims_panel_apply         (ProvClaimsPanel       *self,
                                             gint64                 claim_id,
                                             const ProvClaimUpdate *update,
                                             const char            *message);
/* Links @claim_id to the source named @name, creating it when missing (undoable). */
void       _prov_claims_panel_create_source (ProvClaimsPanel       *self,
                                             gint64                 claim_id,
                                             const char            *name);
/* Adds @alias to @source_id (undoable). */
void       _prov_claims_panel_add_alias     (ProvClaimsPanel       *self,
                                             gint64                 source_id,
                                             const char            *alias);
/* Tags or untags @claim_id (undoable). */
void       _prov_claims_panel_tag           (ProvClaimsPanel       *self,
                                             gint64                 claim_id,
                                             const char            *tag,
                                             gboolean               add);
/* Asks the window for a toast, with an Undo button when @undo. */
void       _prov_claims_panel_toast         (ProvClaimsPanel       *self,
                                             const char            *message,
                                             gboolean               undo);
/* Forgets every undo step (another document or store). */
void       _prov_claims_panel_clear_undo    (ProvClaimsPanel       *self);
/* Notifies "can-undo". */
void       _prov_claims_panel_notify_can_undo (ProvClaimsPanel     *self);

G_END_DECLS
