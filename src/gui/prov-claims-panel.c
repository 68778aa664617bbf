/* prov-claims-panel.c — ProvClaimsPanel: the list, the selection and keyboard triage
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claims-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claim-row.h"
#include "prov-claims-panel-private.h"
#include "prov-claims-style.h"

G_DEFINE_FINAL_TYPE (ProvClaimsPanel, prov_claims_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DOCUMENT_ID,
  PROP_SELECTED_CLAIM_ID,
  PROP_SHOW_DISMISSED,
  PROP_CAN_UNDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ProvStore *
prov_claims_panel_get_store (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), NULL);

  return self->store;
}

gint64
prov_claims_panel_get_document_id (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), 0);

  return self->document_id;
}

gint64
prov_claims_panel_get_selected_claim_id (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), 0);

  return self->selected_claim_id;
}

gboolean
prov_claims_panel_get_show_dismissed (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), FALSE);

  return self->show_dismissed;
}

guint
prov_claims_panel_get_n_claims (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), 0);

  return self->claims != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->claims)) : 0;
}

/* ---- what is shown ---- */

static void
update_header (ProvClaimsPanel *self)
{
  guint n = prov_claims_panel_get_n_claims (self);
  guint suggested = 0;
  g_autofree char *title = NULL;
  g_autofree char *pending = NULL;

  /* count the open suggestions among the loaded rows (a document has a few hundred at most) */
  for (guint i = 0; i < n && i < 2000; i++)
    {
      g_autoptr(ProvClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->claims), i);

      if (claim != NULL && g_strcmp0 (prov_claim_get_suggestion (claim), "suggested") == 0)
        suggested++;
    }

  /* Translators: the claims panel's title, with the number of claims listed */
  title = g_strdup_printf (_("Claims (%u)"), n);
  gtk_label_set_label (self->title_label, title);
  /* Translators: beside the claims panel's title: suggestions not yet accepted or dismissed */
  pending = g_strdup_printf (ngettext ("%u to review", "%u to review", suggested), suggested);
  gtk_label_set_label (self->pending_label, suggested > 0 ? pending : "");
  gtk_widget_set_visible (GTK_WIDGET (self->pending_label), suggested > 0);

  gtk_stack_set_visible_child_name (self->stack, self->store != NULL && self->document_id != 0
                                    ? "claims" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "none");
}

static void
update_editor (ProvClaimsPanel *self)
{
  g_autoptr(ProvClaim) claim = NULL;

  if (self->selected_claim_id != 0)
    claim = _prov_claims_panel_lookup (self, self->selected_claim_id);
  prov_claim_editor_set_claim (self->editor, claim);
  /* with no claim to edit, the list takes the whole height */
  gtk_widget_set_visible (GTK_WIDGET (self->editor_stack), claim != NULL);
}

static void
set_selected_id (ProvClaimsPanel *self,
                 gint64           claim_id)
{
  if (self->selected_claim_id == claim_id)
    return;
  self->selected_claim_id = claim_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

static void
scroll_to (ProvClaimsPanel *self,
           guint            position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              position);
}

static void
selection_changed_cb (ProvClaimsPanel *self)
{
  guint position;
  gint64 claim_id = 0;

  if (self->reloading)
    return;
  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      claim_id = prov_lazy_list_get_id (PROV_LAZY_LIST (self->claims), position);
      self->last_position = position;
    }
  set_selected_id (self, claim_id);
  update_editor (self);
}

/* Selects @position (GTK_INVALID_LIST_POSITION: nothing) and shows it. */
static void
select_position (ProvClaimsPanel *self,
                 guint            position)
{
  if (self->selection == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  selection_changed_cb (self);
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
}

/* Before the selection model sees a reload: it drops the selection, which is not a change. */
static void
claims_changing_cb (ProvClaimsPanel *self)
{
  self->reloading = TRUE;
}

/* After the reload: select the same claim again, or the one that took its place. */
static void
claims_changed_cb (ProvClaimsPanel *self)
{
  guint n = prov_claims_panel_get_n_claims (self);
  int position = -1;

  self->reloading = FALSE;
  if (self->selected_claim_id != 0)
    {
      position = prov_lazy_list_find (PROV_LAZY_LIST (self->claims), self->selected_claim_id);
      if (position < 0 && n > 0 && self->last_position != GTK_INVALID_LIST_POSITION)
        position = (int) MIN (self->last_position, n - 1);
    }
  if (position >= 0)
    {
      gtk_single_selection_set_selected (self->selection, (guint) position);
      selection_changed_cb (self);
    }
  else
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      selection_changed_cb (self);
    }
  update_header (self);
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, prov_claim_row_new ());
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  prov_claim_row_set_claim (PROV_CLAIM_ROW (gtk_list_item_get_child (item)),
                            gtk_list_item_get_item (item));
}

static void
item_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  prov_claim_row_set_claim (PROV_CLAIM_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
list_activate_cb (ProvClaimsPanel *self,
                  guint            position)
{
  select_position (self, position);
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

/* Escape in the editor: back to the list, on the selected claim. */
static gboolean
editor_escape_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (user_data);

  prov_claim_editor_flush_note (self->editor);
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
drop_model (ProvClaimsPanel *self)
{
  if (self->claims != NULL)
    g_signal_handlers_disconnect_by_data (self->claims, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->claims);
}

static void
build_model (ProvClaimsPanel *self)
{
  drop_model (self);
  if (self->store == NULL)
    return;

  self->claims = prov_claim_list_model_new (self->store, self->document_id, self->show_dismissed);
  /* connected before the selection model's own handler, and after it */
  g_signal_connect_swapped (self->claims, "items-changed", G_CALLBACK (claims_changing_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->claims)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->claims, "items-changed", G_CALLBACK (claims_changed_cb), self);
  /* Claims changed in place do not change the list: count them again after every reload. */
  g_signal_connect_swapped (self->claims, "reloaded", G_CALLBACK (update_header), self);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

/* ---- properties ---- */

void
prov_claims_panel_set_store (ProvClaimsPanel *self,
                             ProvStore       *store)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));
  g_return_if_fail (store == NULL || PROV_IS_STORE (store));

  if (self->store == store)
    return;

  prov_claim_editor_flush_note (self->editor);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  _prov_claims_panel_clear_undo (self);
  set_selected_id (self, 0);
  self->last_position = GTK_INVALID_LIST_POSITION;

  g_set_object (&self->store, store);
  prov_claim_editor_set_store (self->editor, store);
  build_model (self);
  update_editor (self);
  update_header (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
prov_claims_panel_set_document_id (ProvClaimsPanel *self,
                                   gint64           document_id)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  if (self->document_id == document_id)
    return;

  prov_claim_editor_flush_note (self->editor);
  self->document_id = document_id;
  set_selected_id (self, 0);
  self->last_position = GTK_INVALID_LIST_POSITION;
  if (self->claims != NULL)
    prov_claim_list_model_set_document_id (self->claims, document_id);
  update_editor (self);
  update_header (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
}

void
prov_claims_panel_set_selected_claim_id (ProvClaimsPanel *self,
                                         gint64           claim_id)
{
  int position = -1;

  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  if (self->selected_claim_id == claim_id)
    return;

  if (claim_id != 0 && self->claims != NULL)
    position = prov_lazy_list_find (PROV_LAZY_LIST (self->claims), claim_id);
  if (position >= 0)
    select_position (self, (guint) position);
  else
    {
      /* not listed (a dismissed suggestion while they are hidden): nothing is selected */
      if (self->selection != NULL)
        {
          self->reloading = TRUE;
          gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
          self->reloading = FALSE;
        }
      set_selected_id (self, 0);
      update_editor (self);
    }
}

void
prov_claims_panel_set_show_dismissed (ProvClaimsPanel *self,
                                      gboolean         show_dismissed)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  show_dismissed = !!show_dismissed;
  if (self->show_dismissed == show_dismissed)
    return;
  self->show_dismissed = show_dismissed;
  if (self->claims != NULL)
    prov_claim_list_model_set_include_dismissed (self->claims, show_dismissed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DISMISSED]);
}

/* ---- keyboard triage ---- */

static guint
selected_position (ProvClaimsPanel *self)
{
  return self->selection != NULL ? gtk_single_selection_get_selected (self->selection)
                                 : GTK_INVALID_LIST_POSITION;
}

void
prov_claims_panel_select_next (ProvClaimsPanel *self)
{
  guint n, position;

  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  n = prov_claims_panel_get_n_claims (self);
  position = selected_position (self);
  if (n == 0)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    select_position (self, 0);
  else if (position + 1 < n)
    select_position (self, position + 1);
}

void
prov_claims_panel_select_previous (ProvClaimsPanel *self)
{
  guint n, position;

  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  n = prov_claims_panel_get_n_claims (self);
  position = selected_position (self);
  if (n == 0)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    select_position (self, n - 1);
  else if (position > 0)
    select_position (self, position - 1);
}

static void
set_suggestion (ProvClaimsPanel *self,
                gint64           claim_id,
                ProvSuggestion   suggestion)
{
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_SUGGESTION, .suggestion = suggestion };

  _prov_claims_panel_apply (self, claim_id, &update,
                            suggestion == PROV_SUGGESTION_DISMISSED
                            ? _("Suggestion dismissed") : _("Suggestion accepted"));
}

void
prov_claims_panel_accept_selected (ProvClaimsPanel *self)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  set_suggestion (self, self->selected_claim_id, PROV_SUGGESTION_ACCEPTED);
}

void
prov_claims_panel_dismiss_selected (ProvClaimsPanel *self)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  set_suggestion (self, self->selected_claim_id, PROV_SUGGESTION_DISMISSED);
}

static char *
update_message (const ProvClaimUpdate *update)
{
  if (update->fields & PROV_CLAIM_UPDATE_RELIABILITY)
    {
      if (update->reliability == '\0')
        return g_strdup (_("Reliability follows the source again"));
      /* Translators: a toast, "Reliability B — Usually reliable" */
      return g_strdup_printf (_("Reliability %c — %s"), update->reliability,
                              prov_reliability_get_name (update->reliability));
    }
  if (update->fields & PROV_CLAIM_UPDATE_CREDIBILITY)
    /* Translators: a toast, "Credibility 2 — Probably true" */
    return g_strdup_printf (_("Credibility %d — %s"), update->credibility,
                            prov_credibility_get_name (update->credibility));
  if (update->fields & PROV_CLAIM_UPDATE_STATUS)
    /* Translators: a toast, "Status: Verified" */
    return g_strdup_printf (_("Status: %s"), prov_review_status_get_label (update->status));
  if (update->fields & PROV_CLAIM_UPDATE_SOURCE)
    return g_strdup (update->source_id != 0 ? _("Source changed") : _("Source removed"));
  return NULL;
}

static void
apply_to_selected (ProvClaimsPanel       *self,
                   const ProvClaimUpdate *update)
{
  g_autofree char *message = update_message (update);

  _prov_claims_panel_apply (self, self->selected_claim_id, update, message);
}

void
prov_claims_panel_set_selected_credibility (ProvClaimsPanel *self,
                                            int              credibility)
{
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_CREDIBILITY };

  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));
  g_return_if_fail (prov_credibility_is_valid (credibility));

  update.credibility = credibility;
  apply_to_selected (self, &update);
}

void
prov_claims_panel_set_selected_reliability (ProvClaimsPanel *self,
                                            char             reliability)
{
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_RELIABILITY };

  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  update.reliability = g_ascii_toupper (reliability);
  g_return_if_fail (prov_reliability_is_valid (update.reliability));
  apply_to_selected (self, &update);
}

/* ---- the editor's and the rows' requests ---- */

static void
editor_update_cb (ProvClaimsPanel       *self,
                  gint64                 claim_id,
                  const ProvClaimUpdate *update)
{
  g_autofree char *message = update_message (update);

  /* a note is saved as it is typed: no toast for each pause */
  _prov_claims_panel_apply (self, claim_id, update, message);
}

static void
editor_create_source_cb (ProvClaimsPanel *self,
                         gint64           claim_id,
                         const char      *name)
{
  _prov_claims_panel_create_source (self, claim_id, name);
}

static void
editor_add_alias_cb (ProvClaimsPanel *self,
                     gint64           source_id,
                     const char      *alias)
{
  _prov_claims_panel_add_alias (self, source_id, alias);
}

static void
editor_add_tag_cb (ProvClaimsPanel *self,
                   gint64           claim_id,
                   const char      *tag)
{
  _prov_claims_panel_tag (self, claim_id, tag, TRUE);
}

static void
editor_remove_tag_cb (ProvClaimsPanel *self,
                      gint64           claim_id,
                      const char      *tag)
{
  _prov_claims_panel_tag (self, claim_id, tag, FALSE);
}

static void
claim_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (widget);

  set_suggestion (self, g_variant_get_int64 (parameter),
                  g_str_equal (action_name, "claims.dismiss")
                  ? PROV_SUGGESTION_DISMISSED : PROV_SUGGESTION_ACCEPTED);
}

/* ---- GObject ---- */

static void
prov_claims_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_SELECTED_CLAIM_ID:
      g_value_set_int64 (value, self->selected_claim_id);
      break;

    case PROP_SHOW_DISMISSED:
      g_value_set_boolean (value, self->show_dismissed);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, prov_claims_panel_can_undo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claims_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prov_claims_panel_set_store (self, g_value_get_object (value));
      break;

    case PROP_DOCUMENT_ID:
      prov_claims_panel_set_document_id (self, g_value_get_int64 (value));
      break;

    case PROP_SELECTED_CLAIM_ID:
      prov_claims_panel_set_selected_claim_id (self, g_value_get_int64 (value));
      break;

    case PROP_SHOW_DISMISSED:
      prov_claims_panel_set_show_dismissed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claims_panel_dispose (GObject *object)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (object);

  if (self->editor != NULL)
    prov_claim_editor_flush_note (self->editor);
  g_cancellable_cancel (self->cancellable);
  drop_model (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_CLAIMS_PANEL);
  self->editor = NULL;
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  _prov_claims_panel_clear_undo (self);

  G_OBJECT_CLASS (prov_claims_panel_parent_class)->dispose (object);
}

static void
prov_claims_panel_class_init (ProvClaimsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (PROV_TYPE_CLAIM_EDITOR);

  object_class->dispose = prov_claims_panel_dispose;
  object_class->get_property = prov_claims_panel_get_property;
  object_class->set_property = prov_claims_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CLAIM_ID] =
    g_param_spec_int64 ("selected-claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DISMISSED] =
    g_param_spec_boolean ("show-dismissed", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "claims.accept", "x", claim_action_cb);
  gtk_widget_class_install_action (widget_class, "claims.dismiss", "x", claim_action_cb);
  gtk_widget_class_install_property_action (widget_class, "claims.show-dismissed",
                                            "show-dismissed");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-claims-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, pending_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, editor);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_update_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_create_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_add_alias_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_add_tag_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_remove_tag_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prov_claims_panel_init (ProvClaimsPanel *self)
{
  GtkListItemFactory *factory;
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->last_position = GTK_INVALID_LIST_POSITION;
  g_queue_init (&self->undo);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (item_unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_callback_action_new
                                                            (editor_escape_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->editor), controller);

  prov_claims_style_attach (GTK_WIDGET (self));
  update_header (self);
}
