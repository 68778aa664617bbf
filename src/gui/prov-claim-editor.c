/* prov-claim-editor.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claim-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claim-editor.h"
#include "prov-claims-style.h"
#include "prov-source-picker.h"

/* A note is saved after this pause in typing (and when the note loses the focus). */
#define NOTE_SAVE_DELAY_MS 800

struct _ProvClaimEditor
{
  GtkWidget         parent_instance;

  ProvStore        *store;
  ProvClaim        *claim;
  gboolean          updating;
  gboolean          note_dirty;
  gint64            note_claim_id;
  guint             note_timeout_id;

  GtkWidget        *box;
  GtkLabel         *quote_label;
  ProvSourcePicker *source_picker;
  GtkWidget        *reliability_reset_button;
  GtkWidget        *reliability_hint;
  GtkDropDown      *reliability_dropdown;
  GtkDropDown      *credibility_dropdown;
  GtkDropDown      *status_dropdown;
  GtkFlowBox       *tags_box;
  GtkEntry         *tag_entry;
  GtkTextView      *note_view;
};

G_DEFINE_FINAL_TYPE (ProvClaimEditor, prov_claim_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLAIM,
  N_PROPS
};

enum {
  UPDATE,
  CREATE_SOURCE,
  ADD_ALIAS,
  ADD_TAG,
  REMOVE_TAG,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
prov_claim_editor_new (void)
{
  return g_object_new (PROV_TYPE_CLAIM_EDITOR, NULL);
}

ProvStore *
prov_claim_editor_get_store (ProvClaimEditor *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM_EDITOR (self), NULL);

  return self->store;
}

void
prov_claim_editor_set_store (ProvClaimEditor *self,
                             ProvStore       *store)
{
  g_return_if_fail (PROV_IS_CLAIM_EDITOR (self));
  g_return_if_fail (store == NULL || PROV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  prov_source_picker_set_store (self->source_picker, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ProvClaim *
prov_claim_editor_get_claim (ProvClaimEditor *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM_EDITOR (self), NULL);

  return self->claim;
}

static void
emit_update (ProvClaimEditor       *self,
             const ProvClaimUpdate *update)
{
  if (self->updating || self->claim == NULL)
    return;
  g_signal_emit (self, signals[UPDATE], 0, prov_claim_get_id (self->claim), update);
}

void
prov_claim_editor_flush_note (ProvClaimEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  ProvClaimUpdate update = { 0, };

  g_return_if_fail (PROV_IS_CLAIM_EDITOR (self));

  g_clear_handle_id (&self->note_timeout_id, g_source_remove);
  if (!self->note_dirty || self->note_claim_id == 0)
    return;
  self->note_dirty = FALSE;

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  update.fields = PROV_CLAIM_UPDATE_NOTE;
  update.note = text;
  g_signal_emit (self, signals[UPDATE], 0, self->note_claim_id, &update);
}

static gboolean
note_timeout_cb (gpointer user_data)
{
  ProvClaimEditor *self = user_data;

  self->note_timeout_id = 0;
  prov_claim_editor_flush_note (self);
  return G_SOURCE_REMOVE;
}

static void
note_changed_cb (ProvClaimEditor *self)
{
  if (self->updating || self->claim == NULL)
    return;
  self->note_dirty = TRUE;
  self->note_claim_id = prov_claim_get_id (self->claim);
  g_clear_handle_id (&self->note_timeout_id, g_source_remove);
  self->note_timeout_id = g_timeout_add (NOTE_SAVE_DELAY_MS, note_timeout_cb, self);
}

static void
source_picked_cb (ProvClaimEditor *self,
                  gint64           source_id)
{
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_SOURCE, .source_id = source_id };

  emit_update (self, &update);
}

static void
create_source_cb (ProvClaimEditor *self,
                  const char      *name)
{
  if (self->claim != NULL)
    g_signal_emit (self, signals[CREATE_SOURCE], 0, prov_claim_get_id (self->claim), name);
}

static void
add_alias_cb (ProvClaimEditor *self,
              const char      *alias)
{
  if (self->claim != NULL && prov_claim_get_source_id (self->claim) != 0)
    g_signal_emit (self, signals[ADD_ALIAS], 0, prov_claim_get_source_id (self->claim), alias);
}

static void
reliability_selected_cb (ProvClaimEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->reliability_dropdown);
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_RELIABILITY };

  if (selected >= 6)
    return;
  update.reliability = (char) ('A' + selected);
  emit_update (self, &update);
}

static void
reliability_reset_cb (ProvClaimEditor *self)
{
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_RELIABILITY, .reliability = '\0' };

  emit_update (self, &update);
}

static void
credibility_selected_cb (ProvClaimEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->credibility_dropdown);
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_CREDIBILITY };

  if (selected >= 6)
    return;
  update.credibility = (int) selected + 1;
  emit_update (self, &update);
}

static void
status_selected_cb (ProvClaimEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_STATUS };

  if (selected >= PROV_N_REVIEW_STATUSES)
    return;
  update.status = (ProvReviewStatus) selected;
  emit_update (self, &update);
}

static void
tag_entry_activate_cb (ProvClaimEditor *self)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE
                                                                      (self->tag_entry))));

  if (*tag == '\0' || self->claim == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
  g_signal_emit (self, signals[ADD_TAG], 0, prov_claim_get_id (self->claim), tag);
}

static void
tag_remove_clicked_cb (GtkButton       *button,
                       ProvClaimEditor *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "tag");

  if (self->claim != NULL && tag != NULL)
    g_signal_emit (self, signals[REMOVE_TAG], 0, prov_claim_get_id (self->claim), tag);
}

static GtkWidget *
tag_chip_new (ProvClaimEditor *self,
              const char      *tag)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (tag);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *remove_label = NULL;

  gtk_widget_add_css_class (chip, "tag-chip");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  /* Translators: the accessible name and tooltip of the × on a tag */
  remove_label = g_strdup_printf (_("Remove tag “%s”"), tag);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "tag", g_strdup (tag), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (tag_remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (chip), label);
  gtk_box_append (GTK_BOX (chip), remove);
  return chip;
}

static void
update_tags (ProvClaimEditor *self)
{
  const char * const *tags = self->claim != NULL ? prov_claim_get_tags (self->claim) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_flow_box_remove (self->tags_box, child);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    gtk_flow_box_append (self->tags_box, tag_chip_new (self, tags[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), tags != NULL && tags[0] != NULL);
}

static void
update_fields (ProvClaimEditor *self,
               gboolean         same_claim)
{
  ProvReviewStatus status = PROV_REVIEW_UNREVIEWED;
  const char *reliability;
  const char *note;
  gint64 source_id;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  int credibility;

  if (self->claim == NULL)
    return;

  self->updating = TRUE;

  gtk_label_set_label (self->quote_label, prov_claim_get_quote (self->claim));
  source_id = prov_claim_get_source_id (self->claim);
  prov_source_picker_set_source (self->source_picker, source_id,
                                 prov_claim_get_source_name (self->claim));

  reliability = prov_claim_get_reliability (self->claim);
  gtk_drop_down_set_selected (self->reliability_dropdown,
                              reliability != NULL && prov_reliability_is_valid (*reliability)
                              ? (guint) (*reliability - 'A') : 5);
  gtk_widget_set_visible (self->reliability_reset_button,
                          source_id != 0 && prov_claim_get_reliability_set (self->claim));
  gtk_widget_set_visible (self->reliability_hint,
                          source_id != 0 && !prov_claim_get_reliability_set (self->claim));

  credibility = prov_claim_get_credibility (self->claim);
  gtk_drop_down_set_selected (self->credibility_dropdown,
                              prov_credibility_is_valid (credibility)
                              ? (guint) credibility - 1 : 5);

  prov_review_status_from_string (prov_claim_get_status (self->claim), &status);
  gtk_drop_down_set_selected (self->status_dropdown, status);

  update_tags (self);

  /* a reload brings a copy of the same claim: keep what is being typed, and leave the cursor
   * alone when the stored note is what the buffer holds (it was just saved) */
  note = prov_claim_get_note (self->claim);
  if (note == NULL)
    note = "";
  if (!same_claim || !self->note_dirty)
    {
      GtkTextIter start, end;
      g_autofree char *current = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (g_strcmp0 (current, note) != 0)
        gtk_text_buffer_set_text (buffer, note, -1);
    }

  self->updating = FALSE;
}

/* The store refreshed the claim in place (a rating, a status): show it, keep the note typed. */
static void
claim_notify_cb (ProvClaimEditor *self)
{
  update_fields (self, TRUE);
}

void
prov_claim_editor_set_claim (ProvClaimEditor *self,
                             ProvClaim       *claim)
{
  gboolean same_claim;

  g_return_if_fail (PROV_IS_CLAIM_EDITOR (self));
  g_return_if_fail (claim == NULL || PROV_IS_CLAIM (claim));

  if (self->claim == claim)
    return;

  same_claim = self->claim != NULL && claim != NULL &&
               prov_claim_get_id (self->claim) == prov_claim_get_id (claim);
  if (!same_claim)
    prov_claim_editor_flush_note (self);

  if (self->claim != NULL)
    g_signal_handlers_disconnect_by_func (self->claim, claim_notify_cb, self);
  g_set_object (&self->claim, claim);
  if (claim != NULL)
    g_signal_connect_swapped (claim, "notify", G_CALLBACK (claim_notify_cb), self);
  update_fields (self, same_claim);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIM]);
}

static GListModel *
numbered_names (gboolean letters)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *item = NULL;

      /* Translators: a rating and its Admiralty name, "B — Usually reliable" */
      if (letters)
        item = g_strdup_printf (_("%c — %s"), 'A' + i, prov_reliability_get_name ('A' + i));
      else
        item = g_strdup_printf (_("%c — %s"), '1' + i, prov_credibility_get_name (i + 1));
      gtk_string_list_append (list, item);
    }
  return G_LIST_MODEL (list);
}

static void
prov_claim_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ProvClaimEditor *self = PROV_CLAIM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CLAIM:
      g_value_set_object (value, self->claim);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ProvClaimEditor *self = PROV_CLAIM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prov_claim_editor_set_store (self, g_value_get_object (value));
      break;

    case PROP_CLAIM:
      prov_claim_editor_set_claim (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_editor_dispose (GObject *object)
{
  ProvClaimEditor *self = PROV_CLAIM_EDITOR (object);

  /* a note typed just before closing is still saved */
  if (self->note_dirty)
    prov_claim_editor_flush_note (self);
  g_clear_handle_id (&self->note_timeout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_CLAIM_EDITOR);
  if (self->claim != NULL)
    g_signal_handlers_disconnect_by_func (self->claim, claim_notify_cb, self);
  g_clear_object (&self->claim);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (prov_claim_editor_parent_class)->dispose (object);
}

static void
prov_claim_editor_class_init (ProvClaimEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (PROV_TYPE_SOURCE_PICKER);

  object_class->dispose = prov_claim_editor_dispose;
  object_class->get_property = prov_claim_editor_get_property;
  object_class->set_property = prov_claim_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLAIM] =
    g_param_spec_object ("claim", NULL, NULL,
                         PROV_TYPE_CLAIM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[UPDATE] =
    g_signal_new ("update", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_POINTER);
  signals[CREATE_SOURCE] =
    g_signal_new ("create-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[ADD_ALIAS] =
    g_signal_new ("add-alias", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[ADD_TAG] =
    g_signal_new ("add-tag", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[REMOVE_TAG] =
    g_signal_new ("remove-tag", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-claim-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, box);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, quote_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, source_picker);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, reliability_reset_button);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, reliability_hint);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, reliability_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, credibility_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, tags_box);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimEditor, note_view);
  gtk_widget_class_bind_template_callback (widget_class, source_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_alias_cb);
  gtk_widget_class_bind_template_callback (widget_class, reliability_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, reliability_reset_cb);
  gtk_widget_class_bind_template_callback (widget_class, credibility_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_entry_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prov_claim_editor_init (ProvClaimEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GListModel) reliabilities = numbered_names (TRUE);
  g_autoptr(GListModel) credibilities = numbered_names (FALSE);
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < PROV_N_REVIEW_STATUSES; i++)
    gtk_string_list_append (statuses, prov_review_status_get_label (i));
  self->updating = TRUE;
  gtk_drop_down_set_model (self->reliability_dropdown, reliabilities);
  gtk_drop_down_set_model (self->credibility_dropdown, credibilities);
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->updating = FALSE;

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (note_changed_cb), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (prov_claim_editor_flush_note), self);
  gtk_widget_add_controller (GTK_WIDGET (self->note_view), focus);
}
