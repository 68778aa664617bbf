/* prov-sources-window.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-sources-window"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claims-style.h"
#include "prov-source-list-model.h"
#include "prov-sources-window-private.h"
#include "prov-store-job.h"


G_DEFINE_FINAL_TYPE (ProvSourcesWindow, prov_sources_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  gint64  id;
  char   *name;
  char   *type;
  char    reliability;
  char   *alias;
  gboolean remove;
} SourceEdit;

GtkWidget *
prov_sources_window_new (ProvStore *store)
{
  g_return_val_if_fail (PROV_IS_STORE (store), NULL);

  return g_object_new (PROV_TYPE_SOURCES_WINDOW, "store", store, NULL);
}

ProvStore *
prov_sources_window_get_store (ProvSourcesWindow *self)
{
  g_return_val_if_fail (PROV_IS_SOURCES_WINDOW (self), NULL);

  return self->store;
}

guint
prov_sources_window_get_n_sources (ProvSourcesWindow *self)
{
  g_return_val_if_fail (PROV_IS_SOURCES_WINDOW (self), 0);

  return self->sources != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sources)) : 0;
}

void
_prov_sources_window_toast (ProvSourcesWindow *self,
                            const char        *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* ---- writing ---- */

static void
source_edit_free (gpointer data)
{
  SourceEdit *edit = data;

  g_free (edit->name);
  g_free (edit->type);
  g_free (edit->alias);
  g_free (edit);
}

static gint64
source_edit_job (ProvStore  *store,
                 gpointer    data,
                 GError    **error)
{
  SourceEdit *edit = data;

  if (edit->alias != NULL)
    return (edit->remove ? prov_store_remove_source_alias_sync (store, edit->id, edit->alias,
                                                                error)
                         : prov_store_add_source_alias_sync (store, edit->id, edit->alias,
                                                             error)) ? 1 : 0;
  return prov_store_update_source_sync (store, edit->id, edit->name, edit->type,
                                        edit->reliability, error) ? 1 : 0;
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ProvSourcesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (prov_store_job_finish (PROV_STORE (object), result, &error) == 0 &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _prov_sources_window_toast (self, error->message);
}

static void
run_edit (ProvSourcesWindow *self,
          SourceEdit        *edit)
{
  prov_store_job_run_async (self->store, source_edit_job, edit, source_edit_free,
                            self->cancellable, job_done_cb, g_object_ref (self));
}

static SourceEdit *
edit_new (ProvSourcesWindow *self)
{
  SourceEdit *edit = g_new0 (SourceEdit, 1);

  edit->id = prov_source_get_id (self->source);
  return edit;
}

static void
name_apply_cb (ProvSourcesWindow *self)
{
  SourceEdit *edit;

  if (self->updating || self->source == NULL)
    return;
  edit = edit_new (self);
  edit->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  run_edit (self, edit);
}

static void
type_selected_cb (ProvSourcesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);
  const char * const *types = prov_source_type_names ();
  SourceEdit *edit;

  if (self->updating || self->source == NULL || selected >= g_strv_length ((char **) types))
    return;
  edit = edit_new (self);
  edit->type = g_strdup (types[selected]);
  run_edit (self, edit);
}

static void
reliability_selected_cb (ProvSourcesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->reliability_row);
  SourceEdit *edit;

  if (self->updating || self->source == NULL || selected >= 6)
    return;
  edit = edit_new (self);
  edit->reliability = (char) ('A' + selected);
  run_edit (self, edit);
}

static void
alias_apply_cb (ProvSourcesWindow *self)
{
  g_autofree char *alias = NULL;
  SourceEdit *edit;

  if (self->source == NULL)
    return;
  alias = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->alias_row))));
  if (*alias == '\0')
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->alias_row), "");
  edit = edit_new (self);
  edit->alias = g_steal_pointer (&alias);
  run_edit (self, edit);
}

static void
alias_remove_clicked_cb (GtkButton         *button,
                         ProvSourcesWindow *self)
{
  SourceEdit *edit;

  if (self->source == NULL)
    return;
  edit = edit_new (self);
  edit->alias = g_strdup (g_object_get_data (G_OBJECT (button), "alias"));
  edit->remove = TRUE;
  run_edit (self, edit);
}

/* ---- the details of one source ---- */

static void
update_aliases (ProvSourcesWindow *self)
{
  const char * const *aliases = prov_source_get_aliases (self->source);
  gboolean same = aliases != NULL && g_strv_length ((char **) aliases) == self->alias_rows->len;

  /* A reload that left the aliases alone keeps their rows (and a click on one under way). */
  for (guint i = 0; same && i < self->alias_rows->len; i++)
    same = g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (self->alias_rows, i)),
                      aliases[i]) == 0;
  if (same || (aliases == NULL && self->alias_rows->len == 0))
    return;

  for (guint i = 0; i < self->alias_rows->len; i++)
    adw_preferences_group_remove (self->aliases_group, g_ptr_array_index (self->alias_rows, i));
  g_ptr_array_set_size (self->alias_rows, 0);
  /* the entry goes last, under the aliases */
  g_object_ref (self->alias_row);
  adw_preferences_group_remove (self->aliases_group, GTK_WIDGET (self->alias_row));

  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *label = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), aliases[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      /* Translators: the tooltip and accessible name of the button that removes an alias */
      label = g_strdup_printf (_("Remove alias “%s”"), aliases[i]);
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_object_set_data_full (G_OBJECT (remove), "alias", g_strdup (aliases[i]), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (alias_remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->aliases_group, row);
      g_ptr_array_add (self->alias_rows, row);
    }
  adw_preferences_group_add (self->aliases_group, GTK_WIDGET (self->alias_row));
  g_object_unref (self->alias_row);
}

static void
show_source (ProvSourcesWindow *self,
             ProvSource        *source)
{
  const char * const *types = prov_source_type_names ();
  const char *reliability;
  g_autofree char *count = NULL;
  int n;
  guint type = 0;

  g_set_object (&self->source, source);
  if (source == NULL)
    return;

  self->updating = TRUE;
  if (!gtk_widget_has_focus (GTK_WIDGET (self->name_row)) &&
      gtk_widget_get_focus_child (GTK_WIDGET (self->name_row)) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), prov_source_get_name (source));
  for (guint i = 0; types[i] != NULL; i++)
    {
      if (g_strcmp0 (types[i], prov_source_get_source_type (source)) == 0)
        type = i;
    }
  adw_combo_row_set_selected (self->type_row, type);
  reliability = prov_source_get_reliability (source);
  adw_combo_row_set_selected (self->reliability_row,
                              reliability != NULL && prov_reliability_is_valid (*reliability)
                              ? (guint) (*reliability - 'A') : 5);
  n = prov_source_get_claim_count (source);
  count = g_strdup_printf (ngettext ("%d claim", "%d claims", n), n);
  adw_action_row_set_subtitle (self->claims_row, count);
  update_aliases (self);
  self->updating = FALSE;
}

static void
update_details (ProvSourcesWindow *self)
{
  guint n_selected = self->selected_ids->len;
  guint n = prov_sources_window_get_n_sources (self);
  g_autofree char *subtitle = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.merge", n_selected == 2);
  if (n_selected == 1)
    {
      int position = prov_lazy_list_find (PROV_LAZY_LIST (self->sources),
                                          g_array_index (self->selected_ids, gint64, 0));
      g_autoptr(ProvSource) source = NULL;

      if (position >= 0)
        source = g_list_model_get_item (G_LIST_MODEL (self->sources), (guint) position);
      show_source (self, source);
      gtk_stack_set_visible_child_name (self->detail_stack, source != NULL ? "source" : "none");
    }
  else
    {
      show_source (self, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, n_selected == 2 ? "merge" : "none");
    }

  /* Translators: the sources window's subtitle */
  subtitle = g_strdup_printf (ngettext ("%u source", "%u sources", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

/* ---- the list and its selection ---- */

static void
selection_changed_cb (ProvSourcesWindow *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->reloading)
    return;
  g_array_set_size (self->selected_ids, 0);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = prov_lazy_list_get_id (PROV_LAZY_LIST (self->sources), position);

      g_array_append_val (self->selected_ids, id);
    }
  update_details (self);
}

void
prov_sources_window_select_sources (ProvSourcesWindow *self,
                                    const gint64      *ids,
                                    guint              n_ids)
{
  g_autoptr(GtkBitset) bits = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  guint n;

  g_return_if_fail (PROV_IS_SOURCES_WINDOW (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  n = prov_sources_window_get_n_sources (self);
  mask = gtk_bitset_new_range (0, n);
  for (guint i = 0; i < n_ids; i++)
    {
      int position = prov_lazy_list_find (PROV_LAZY_LIST (self->sources), ids[i]);

      if (position >= 0)
        gtk_bitset_add (bits, (guint) position);
    }
  self->reloading = TRUE;
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), bits, mask);
  self->reloading = FALSE;
  selection_changed_cb (self);
}

static void
sources_changing_cb (ProvSourcesWindow *self)
{
  self->reloading = TRUE;
}

/* After a reload (the registry changed): select the same sources again. */
static void
sources_changed_cb (ProvSourcesWindow *self)
{
  g_autoptr(GArray) ids = g_array_copy (self->selected_ids);

  self->reloading = FALSE;
  prov_sources_window_select_sources (self, (const gint64 *) (gpointer) ids->data, ids->len);
}

static void
search_changed_cb (ProvSourcesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  prov_source_list_model_set_search (self->sources, *text != '\0' ? text : NULL);
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *rating = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "source-row");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_hexpand (names, TRUE);
  gtk_widget_add_css_class (count, "source-count");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (rating, "rating-badge");
  gtk_widget_set_valign (rating, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (names), name);
  gtk_box_append (GTK_BOX (names), details);
  gtk_box_append (GTK_BOX (box), names);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), rating);
  gtk_list_item_set_child (item, box);
}

static void
fill_row (GtkWidget  *box,
          ProvSource *source)
{
  GtkWidget *names = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (names);
  GtkWidget *details = gtk_widget_get_next_sibling (name);
  GtkWidget *count = gtk_widget_get_next_sibling (names);
  GtkWidget *rating = gtk_widget_get_next_sibling (count);
  const char * const *aliases;
  const char *reliability;
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *rating_tip = NULL;
  int n;

  if (source == NULL)
    return;
  aliases = prov_source_get_aliases (source);
  joined = aliases != NULL && aliases[0] != NULL ? g_strjoinv (", ", (char **) aliases) : NULL;
  text = joined != NULL
         ? g_strdup_printf ("%s · %s",
                            prov_source_type_get_label (prov_source_get_source_type (source)),
                            joined)
         : g_strdup (prov_source_type_get_label (prov_source_get_source_type (source)));
  n = prov_source_get_claim_count (source);
  count_text = g_strdup_printf (ngettext ("%d claim", "%d claims", n), n);
  reliability = prov_source_get_reliability (source);

  gtk_label_set_label (GTK_LABEL (name), prov_source_get_name (source));
  gtk_label_set_label (GTK_LABEL (details), text);
  gtk_widget_set_tooltip_text (details, joined);
  gtk_label_set_label (GTK_LABEL (count), count_text);
  gtk_label_set_label (GTK_LABEL (rating), reliability);
  rating_tip = g_strdup_printf ("%s: %s", reliability,
                                prov_reliability_get_name (reliability != NULL ? *reliability
                                                                               : 'F'));
  gtk_widget_set_tooltip_text (rating, rating_tip);
}

/* The store refreshes a source in place (a rename, a new alias, a count): show it. */
static void
source_notify_cb (ProvSource *source,
                  GParamSpec *pspec,
                  GtkWidget  *box)
{
  fill_row (box, source);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ProvSource *source = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  if (source == NULL)
    return;
  fill_row (box, source);
  g_signal_connect_object (source, "notify", G_CALLBACK (source_notify_cb), box, 0);
}

static void
item_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  ProvSource *source = gtk_list_item_get_item (item);

  if (source != NULL)
    g_signal_handlers_disconnect_by_func (source, source_notify_cb, gtk_list_item_get_child (item));
}

static void
merge_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  prov_sources_window_merge_selected (PROV_SOURCES_WINDOW (widget));
}

/* ---- GObject ---- */

static void
set_store (ProvSourcesWindow *self,
           ProvStore         *store)
{
  GtkListItemFactory *factory;

  g_set_object (&self->store, store);
  self->sources = prov_source_list_model_new (store);
  /* connected before the selection model's own handler, and after it */
  g_signal_connect_swapped (self->sources, "items-changed", G_CALLBACK (sources_changing_cb),
                            self);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sources)));
  g_signal_connect_swapped (self->sources, "items-changed", G_CALLBACK (sources_changed_cb),
                            self);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (selection_changed_cb), self);
  /* A source changed in place (an alias, a count) changes no row position: show it again. */
  g_signal_connect_swapped (self->sources, "reloaded", G_CALLBACK (update_details), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (item_unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  update_details (self);
}

static void
prov_sources_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ProvSourcesWindow *self = PROV_SOURCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_sources_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ProvSourcesWindow *self = PROV_SOURCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_sources_window_dispose (GObject *object)
{
  ProvSourcesWindow *self = PROV_SOURCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_data (self->sources, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_SOURCES_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->sources);
  g_clear_object (&self->source);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (prov_sources_window_parent_class)->dispose (object);
}

static void
prov_sources_window_finalize (GObject *object)
{
  ProvSourcesWindow *self = PROV_SOURCES_WINDOW (object);

  g_array_unref (self->selected_ids);
  g_ptr_array_unref (self->alias_rows);

  G_OBJECT_CLASS (prov_sources_window_parent_class)->finalize (object);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PROV_SOURCES_WINDOW (widget)->search_entry));
}

static void
prov_sources_window_class_init (ProvSourcesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_sources_window_dispose;
  object_class->finalize = prov_sources_window_finalize;
  object_class->get_property = prov_sources_window_get_property;
  object_class->set_property = prov_sources_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "sources.merge", NULL, merge_action_cb);
  gtk_widget_class_install_action (widget_class, "sources.search", NULL, search_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "sources.search", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-sources-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, merge_page);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, type_row);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, reliability_row);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, claims_row);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, aliases_group);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcesWindow, alias_row);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, reliability_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, alias_apply_cb);
}

static void
prov_sources_window_init (ProvSourcesWindow *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) reliabilities = gtk_string_list_new (NULL);
  const char * const *names = prov_source_type_names ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->selected_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->alias_rows = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    gtk_string_list_append (types, prov_source_type_get_label (names[i]));
  for (char c = 'A'; c <= 'F'; c++)
    {
      g_autofree char *item = g_strdup_printf (_("%c — %s"), c, prov_reliability_get_name (c));

      gtk_string_list_append (reliabilities, item);
    }
  self->updating = TRUE;
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  adw_combo_row_set_model (self->reliability_row, G_LIST_MODEL (reliabilities));
  self->updating = FALSE;

  prov_claims_style_attach (GTK_WIDGET (self));
}
