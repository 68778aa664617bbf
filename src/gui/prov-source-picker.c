/* prov-source-picker.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-source-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claims-style.h"
#include "prov-source-list-model.h"
#include "prov-source-picker.h"

struct _ProvSourcePicker
{
  GtkWidget            parent_instance;

  ProvStore           *store;
  ProvSourceListModel *sources;
  gint64               source_id;
  char                *source_name;

  GtkMenuButton       *button;
  GtkLabel            *button_label;
  GtkPopover          *popover;
  GtkSearchEntry      *search_entry;
  GtkListView         *list_view;
  GtkWidget           *empty_label;
  GtkWidget           *create_button;
  GtkLabel            *create_label;
  GtkWidget           *alias_button;
  GtkLabel            *alias_label;
  GtkWidget           *clear_button;
};

G_DEFINE_FINAL_TYPE (ProvSourcePicker, prov_source_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  SOURCE_PICKED,
  CREATE_SOURCE,
  ADD_ALIAS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
prov_source_picker_new (void)
{
  return g_object_new (PROV_TYPE_SOURCE_PICKER, NULL);
}

ProvStore *
prov_source_picker_get_store (ProvSourcePicker *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE_PICKER (self), NULL);

  return self->store;
}

gint64
prov_source_picker_get_source_id (ProvSourcePicker *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE_PICKER (self), 0);

  return self->source_id;
}

static char *
search_text (ProvSourcePicker *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
}

/* Returns the listed source whose name or alias is exactly @text, or 0. */
static gint64
source_named (ProvSourcePicker *self,
              const char       *text)
{
  guint n = self->sources != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sources)) : 0;

  for (guint i = 0; i < n && i < 64; i++)
    {
      g_autoptr(ProvSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);
      const char * const *aliases;

      if (source == NULL)
        continue;
      if (g_utf8_collate (prov_source_get_name (source), text) == 0)
        return prov_source_get_id (source);
      aliases = prov_source_get_aliases (source);
      for (guint j = 0; aliases != NULL && aliases[j] != NULL; j++)
        {
          if (g_utf8_collate (aliases[j], text) == 0)
            return prov_source_get_id (source);
        }
    }
  return 0;
}

static void
update_buttons (ProvSourcePicker *self)
{
  g_autofree char *text = search_text (self);
  guint n = self->sources != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sources)) : 0;
  gboolean has_text = *text != '\0';
  gboolean exists = has_text && source_named (self, text) != 0;

  gtk_widget_set_visible (self->empty_label, n == 0);
  gtk_widget_set_visible (self->create_button, has_text && !exists);
  gtk_widget_set_visible (self->alias_button, has_text && !exists && self->source_id != 0);
  gtk_widget_set_visible (self->clear_button, self->source_id != 0);

  if (has_text)
    {
      g_autofree char *create = NULL;
      g_autofree char *alias = NULL;

      /* Translators: a button that creates a source of that name */
      create = g_strdup_printf (_("New source “%s”"), text);
      gtk_label_set_label (self->create_label, create);
      /* Translators: a button that adds the typed name as another name of the claim's source */
      alias = g_strdup_printf (_("Add “%s” as an alias of %s"), text,
                               self->source_name != NULL ? self->source_name : "");
      gtk_label_set_label (self->alias_label, alias);
      gtk_widget_set_tooltip_text (self->alias_button, alias);
    }
}

static void
search_changed_cb (ProvSourcePicker *self)
{
  g_autofree char *text = search_text (self);

  if (self->sources != NULL)
    prov_source_list_model_set_search (self->sources, *text != '\0' ? text : NULL);
  update_buttons (self);
}

void
prov_source_picker_set_search (ProvSourcePicker *self,
                               const char       *text)
{
  g_return_if_fail (PROV_IS_SOURCE_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* the entry reports a change after a short delay; apply it at once */
  search_changed_cb (self);
}

static void
pick (ProvSourcePicker *self,
      gint64            source_id)
{
  gtk_popover_popdown (self->popover);
  if (source_id != self->source_id)
    g_signal_emit (self, signals[SOURCE_PICKED], 0, source_id);
}

static void
list_activate_cb (ProvSourcePicker *self,
                  guint             position)
{
  pick (self, prov_lazy_list_get_id (PROV_LAZY_LIST (self->sources), position));
}

static void
create_clicked_cb (ProvSourcePicker *self)
{
  g_autofree char *text = search_text (self);

  if (*text == '\0')
    return;
  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[CREATE_SOURCE], 0, text);
}

static void
alias_clicked_cb (ProvSourcePicker *self)
{
  g_autofree char *text = search_text (self);

  if (*text == '\0' || self->source_id == 0)
    return;
  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[ADD_ALIAS], 0, text);
}

static void
clear_clicked_cb (ProvSourcePicker *self)
{
  pick (self, 0);
}

/* Enter: the source of exactly that name, else the first one listed, else a new source. */
static void
search_activate_cb (ProvSourcePicker *self)
{
  g_autofree char *text = search_text (self);
  gint64 exact;

  if (*text == '\0')
    return;
  exact = source_named (self, text);
  if (exact != 0)
    pick (self, exact);
  else if (self->sources != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->sources)) > 0)
    pick (self, prov_lazy_list_get_id (PROV_LAZY_LIST (self->sources), 0));
  else
    create_clicked_cb (self);
}

static void
search_stop_cb (ProvSourcePicker *self)
{
  gtk_popover_popdown (self->popover);
}

static void
popover_show_cb (ProvSourcePicker *self)
{
  prov_source_picker_set_search (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
update_label (ProvSourcePicker *self)
{
  if (self->source_id == 0)
    {
      gtk_label_set_label (self->button_label, _("No source"));
      gtk_widget_add_css_class (GTK_WIDGET (self->button_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->button_label, self->source_name);
      gtk_widget_remove_css_class (GTK_WIDGET (self->button_label), "dim-label");
    }
}

void
prov_source_picker_set_source (ProvSourcePicker *self,
                               gint64            source_id,
                               const char       *name)
{
  g_return_if_fail (PROV_IS_SOURCE_PICKER (self));

  self->source_id = source_id;
  g_free (self->source_name);
  self->source_name = g_strdup (source_id != 0 && name != NULL ? name : "");
  update_label (self);
  update_buttons (self);
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *aliases = gtk_label_new (NULL);
  GtkWidget *rating = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (aliases), 0);
  gtk_label_set_ellipsize (GTK_LABEL (aliases), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (aliases, "caption");
  gtk_widget_add_css_class (aliases, "dim-label");
  gtk_widget_set_hexpand (names, TRUE);
  gtk_widget_add_css_class (rating, "rating-badge");
  gtk_widget_set_valign (rating, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (names), name);
  gtk_box_append (GTK_BOX (names), aliases);
  gtk_box_append (GTK_BOX (box), names);
  gtk_box_append (GTK_BOX (box), rating);
  gtk_list_item_set_child (item, box);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ProvSource *source = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *names = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (names);
  GtkWidget *aliases = gtk_widget_get_next_sibling (name);
  GtkWidget *rating = gtk_widget_get_next_sibling (names);
  const char * const *alias_list;
  const char *reliability;
  g_autofree char *joined = NULL;
  g_autofree char *caption = NULL;
  int count;

  if (source == NULL)
    return;
  alias_list = prov_source_get_aliases (source);
  joined = alias_list != NULL ? g_strjoinv (", ", (char **) alias_list) : g_strdup ("");
  count = prov_source_get_claim_count (source);
  /* Translators: under a source's name: how many claims cite it */
  caption = g_strdup_printf (ngettext ("%d claim", "%d claims", count), count);
  if (*joined != '\0')
    {
      char *with_aliases = g_strdup_printf ("%s · %s", caption, joined);

      g_free (caption);
      caption = with_aliases;
    }
  gtk_label_set_label (GTK_LABEL (name), prov_source_get_name (source));
  gtk_label_set_label (GTK_LABEL (aliases), caption);
  reliability = prov_source_get_reliability (source);
  gtk_label_set_label (GTK_LABEL (rating), reliability);
  gtk_widget_set_tooltip_text (rating, reliability != NULL
                                       ? prov_reliability_get_name (reliability[0]) : NULL);
}

static void
sources_changed_cb (ProvSourcePicker *self)
{
  update_buttons (self);
}

void
prov_source_picker_set_store (ProvSourcePicker *self,
                              ProvStore        *store)
{
  g_return_if_fail (PROV_IS_SOURCE_PICKER (self));
  g_return_if_fail (store == NULL || PROV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_data (self->sources, self);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->sources);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->sources = prov_source_list_model_new (store);
      g_signal_connect_swapped (self->sources, "items-changed", G_CALLBACK (sources_changed_cb),
                                self);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sources)));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }
  update_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
prov_source_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ProvSourcePicker *self = PROV_SOURCE_PICKER (object);

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
prov_source_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ProvSourcePicker *self = PROV_SOURCE_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prov_source_picker_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_source_picker_dispose (GObject *object)
{
  ProvSourcePicker *self = PROV_SOURCE_PICKER (object);

  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_data (self->sources, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_SOURCE_PICKER);
  g_clear_object (&self->sources);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (prov_source_picker_parent_class)->dispose (object);
}

static void
prov_source_picker_finalize (GObject *object)
{
  ProvSourcePicker *self = PROV_SOURCE_PICKER (object);

  g_free (self->source_name);

  G_OBJECT_CLASS (prov_source_picker_parent_class)->finalize (object);
}

static void
prov_source_picker_class_init (ProvSourcePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_source_picker_dispose;
  object_class->finalize = prov_source_picker_finalize;
  object_class->get_property = prov_source_picker_get_property;
  object_class->set_property = prov_source_picker_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user picked a source of the registry (0: no source). */
  signals[SOURCE_PICKED] =
    g_signal_new ("source-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* The user asked for a new source of this name. */
  signals[CREATE_SOURCE] =
    g_signal_new ("create-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The user asked to add this name as an alias of the current source. */
  signals[ADD_ALIAS] =
    g_signal_new ("add-alias", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-source-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, button);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, button_label);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, popover);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, create_button);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, create_label);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, alias_button);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, alias_label);
  gtk_widget_class_bind_template_child (widget_class, ProvSourcePicker, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, alias_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prov_source_picker_init (ProvSourcePicker *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* GtkMenuButton centres its child in a box of its own; the name starts at the left, as in
   * the dropdowns under it */
  gtk_widget_set_halign (gtk_widget_get_parent (gtk_widget_get_parent
                                                  (GTK_WIDGET (self->button_label))),
                         GTK_ALIGN_FILL);
  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  update_label (self);
  update_buttons (self);
}
