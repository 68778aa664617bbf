/* prov-library-sidebar.c — the library: search, saved filters, collections and the documents
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-library-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-document-row.h"
#include "prov-library-model.h"
#include "prov-library-sidebar.h"

struct _ProvLibrarySidebar
{
  GtkWidget           parent_instance;

  ProvStore          *store;
  GSettings          *settings;
  ProvLibraryModel   *model;
  GtkMultiSelection  *selection;
  GPtrArray          *collections;  /* ProvCollection*, parallel to the collection dropdown */

  GtkBox             *box;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *filter_dropdown;
  GtkDropDown        *collection_dropdown;
  GtkStringList      *collection_names;
  GtkLabel           *error_label;
  GtkRevealer        *error_revealer;
  GtkStack           *stack;
  /* a one-column grid, not a GtkListView: a list view keeps 200 rows bound around the view
   * and rebinds them all on a jump across a large library; a grid view keeps about 30 */
  GtkGridView        *document_view;
  AdwStatusPage      *no_results_page;
  GtkPopoverMenu     *context_menu;

  guint               scroll_tick_id;   /* a scroll waiting for the list's first allocation */
  guint               scroll_position;
};

G_DEFINE_FINAL_TYPE (ProvLibrarySidebar, prov_library_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_SELECTED_DOCUMENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The saved filters, in the order of the filter dropdown in the .ui file. */
static const ProvDocumentFilter filters[] = {
  PROV_FILTER_ALL,
  PROV_FILTER_UNREVIEWED,
  PROV_FILTER_SUGGESTED,
  PROV_FILTER_CHANGED,
  PROV_FILTER_ANONYMOUS,
};

ProvStore *
prov_library_sidebar_get_store (ProvLibrarySidebar *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_SIDEBAR (self), NULL);

  return self->store;
}

guint
prov_library_sidebar_get_n_documents (ProvLibrarySidebar *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_SIDEBAR (self), 0);

  return self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
}

gint64
prov_library_sidebar_get_first_document_id (ProvLibrarySidebar *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_SIDEBAR (self), 0);

  return self->model != NULL ? prov_lazy_list_get_id (PROV_LAZY_LIST (self->model), 0) : 0;
}

static void
prov_library_sidebar_update_state (ProvLibrarySidebar *self)
{
  const char *error = self->model != NULL
                      ? prov_lazy_list_get_error (PROV_LAZY_LIST (self->model)) : NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean filtered = (search != NULL && *search != '\0')
                      || gtk_drop_down_get_selected (self->filter_dropdown) > 0
                      || gtk_drop_down_get_selected (self->collection_dropdown) > 0;

  gtk_label_set_label (self->error_label, error != NULL ? error : "");
  gtk_revealer_set_reveal_child (self->error_revealer, error != NULL);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");

  if (prov_library_sidebar_get_n_documents (self) > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (filtered)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

gint64
prov_library_sidebar_get_selected_document_id (ProvLibrarySidebar *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint n;

  g_return_val_if_fail (PROV_IS_LIBRARY_SIDEBAR (self), 0);

  if (self->selection == NULL)
    return 0;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  n = (guint) gtk_bitset_get_size (selected);
  if (n != 1)
    return 0;

  return prov_lazy_list_get_id (PROV_LAZY_LIST (self->model), gtk_bitset_get_nth (selected, 0));
}

GArray *
prov_library_sidebar_get_selected_ids (ProvLibrarySidebar *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (PROV_IS_LIBRARY_SIDEBAR (self), ids);

  if (self->selection == NULL)
    return ids;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = prov_lazy_list_get_id (PROV_LAZY_LIST (self->model), position);

      if (id > 0)
        g_array_append_val (ids, id);
    }

  return ids;
}

static gboolean
list_is_allocated (ProvLibrarySidebar *self)
{
  GtkWidget *view = GTK_WIDGET (self->document_view);

  return gtk_widget_get_mapped (view) && gtk_widget_get_height (view) > 0;
}

static void
scroll_now (ProvLibrarySidebar *self)
{
  if (self->model == NULL ||
      self->scroll_position >= g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->document_view), "list.scroll-to-item", "u",
                              self->scroll_position);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  ProvLibrarySidebar *self = user_data;

  if (!list_is_allocated (self))
    return G_SOURCE_CONTINUE;
  self->scroll_tick_id = 0;
  scroll_now (self);
  return G_SOURCE_REMOVE;
}

/* Scrolls the list to the row at @position. A list scrolled before its first allocation (the
 * window still being built, or the list page of the stack not shown yet) shows no rows at all
 * until the user scrolls it (GTK 4.8), so then the scroll waits for the first frame that has
 * the list allocated. */
static void
scroll_to_position (ProvLibrarySidebar *self,
                    guint               position)
{
  self->scroll_position = position;
  if (list_is_allocated (self))
    {
      if (self->scroll_tick_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->document_view), self->scroll_tick_id);
      self->scroll_tick_id = 0;
      scroll_now (self);
    }
  else if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->document_view),
                                                         scroll_tick_cb, self, NULL);
}

void
prov_library_sidebar_select_document (ProvLibrarySidebar *self,
                                      gint64              document_id)
{
  int position;

  g_return_if_fail (PROV_IS_LIBRARY_SIDEBAR (self));

  if (self->model == NULL)
    return;

  position = prov_lazy_list_find (PROV_LAZY_LIST (self->model), document_id);
  if (position < 0)
    {
      /* Just added: the reload the store asked for may not have run yet. */
      prov_lazy_list_reload (PROV_LAZY_LIST (self->model));
      position = prov_lazy_list_find (PROV_LAZY_LIST (self->model), document_id);
    }
  if (position < 0)
    {
      /* The search or a filter hides it: show everything, then look again. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->filter_dropdown, 0);
      gtk_drop_down_set_selected (self->collection_dropdown, 0);
      prov_library_model_set_search (self->model, NULL);
      prov_library_model_set_filter (self->model, PROV_FILTER_ALL);
      prov_library_model_set_collection_id (self->model, 0);
      position = prov_lazy_list_find (PROV_LAZY_LIST (self->model), document_id);
    }
  if (position < 0)
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  scroll_to_position (self, (guint) position);
}

void
prov_library_sidebar_focus_search (ProvLibrarySidebar *self)
{
  g_return_if_fail (PROV_IS_LIBRARY_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
apply_sort (ProvLibrarySidebar *self)
{
  g_autofree char *sort = NULL;

  if (self->model == NULL || self->settings == NULL)
    return;

  sort = g_settings_get_string (self->settings, "library-sort");
  if (g_strcmp0 (sort, "title") == 0)
    prov_library_model_set_sort (self->model, PROV_SORT_TITLE, FALSE);
  else if (g_strcmp0 (sort, "published") == 0)
    prov_library_model_set_sort (self->model, PROV_SORT_PUBLISHED, TRUE);
  else
    prov_library_model_set_sort (self->model, PROV_SORT_ADDED, TRUE);
}

static void
reload_collections (ProvLibrarySidebar *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) collections = NULL;
  gint64 shown = self->model != NULL
                 ? prov_library_model_get_collection_id (self->model) : 0;
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (self->collection_names));
  guint selected = 0;

  if (self->store != NULL)
    collections = prov_store_list_collections_sync (self->store, &error);
  if (error != NULL)
    g_debug ("Cannot list collections: %s", error->message);

  g_clear_pointer (&self->collections, g_ptr_array_unref);
  self->collections = collections != NULL ? g_ptr_array_ref (collections)
                                          : g_ptr_array_new_with_free_func (g_object_unref);

  /* Keep the first entry, "All Collections". */
  gtk_string_list_splice (self->collection_names, 1, n_names - 1, NULL);
  for (guint i = 0; i < self->collections->len; i++)
    {
      ProvCollection *collection = g_ptr_array_index (self->collections, i);

      gtk_string_list_append (self->collection_names, prov_collection_get_name (collection));
      if (prov_collection_get_id (collection) == shown)
        selected = i + 1;
    }
  gtk_drop_down_set_selected (self->collection_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->collection_dropdown), self->collections->len > 0);
}

static void
selection_changed_cb (ProvLibrarySidebar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DOCUMENT_ID]);
}

static void
model_items_changed_cb (ProvLibrarySidebar *self)
{
  prov_library_sidebar_update_state (self);
}

static void
sort_changed_cb (ProvLibrarySidebar *self)
{
  apply_sort (self);
}

void
prov_library_sidebar_set_store (ProvLibrarySidebar *self,
                                ProvStore          *store)
{
  g_return_if_fail (PROV_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (store == NULL || PROV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_grid_view_set_model (self->document_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      self->model = prov_library_model_new (store);
      apply_sort (self);
      self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
      gtk_grid_view_set_model (self->document_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_swapped (self->selection, "selection-changed",
                                G_CALLBACK (selection_changed_cb), self);
      g_signal_connect_swapped (self->model, "items-changed",
                                G_CALLBACK (model_items_changed_cb), self);
      g_signal_connect_swapped (store, "collections-changed",
                                G_CALLBACK (reload_collections), self);
    }

  reload_collections (self);
  prov_library_sidebar_update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DOCUMENT_ID]);
}

static void
prov_library_sidebar_set_settings (ProvLibrarySidebar *self,
                                   GSettings          *settings)
{
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    {
      g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
      g_autoptr(GAction) sort = g_settings_create_action (settings, "library-sort");

      /* the sort menu's radio items: the same key as the Preferences' "Library Order" */
      g_action_map_add_action (G_ACTION_MAP (group), sort);
      gtk_widget_insert_action_group (GTK_WIDGET (self), "sidebar", G_ACTION_GROUP (group));
      g_signal_connect_swapped (settings, "changed::library-sort",
                                G_CALLBACK (sort_changed_cb), self);
    }
  else
    gtk_widget_insert_action_group (GTK_WIDGET (self), "sidebar", NULL);
  apply_sort (self);
}

static void
search_entry_search_changed_cb (ProvLibrarySidebar *self)
{
  if (self->model == NULL)
    return;

  prov_library_model_set_search (self->model,
                                 gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  prov_library_sidebar_update_state (self);
}

static void
search_entry_stop_search_cb (ProvLibrarySidebar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_dropdown_selected_cb (ProvLibrarySidebar *self)
{
  guint index = gtk_drop_down_get_selected (self->filter_dropdown);

  if (self->model == NULL || index >= G_N_ELEMENTS (filters))
    return;

  prov_library_model_set_filter (self->model, filters[index]);
  prov_library_sidebar_update_state (self);
}

static void
collection_dropdown_selected_cb (ProvLibrarySidebar *self)
{
  guint index = gtk_drop_down_get_selected (self->collection_dropdown);
  gint64 id = 0;

  if (self->model == NULL || self->collections == NULL)
    return;

  if (index > 0 && index <= self->collections->len)
    id = prov_collection_get_id (g_ptr_array_index (self->collections, index - 1));
  if (prov_library_model_get_collection_id (self->model) != id)
    prov_library_model_set_collection_id (self->model, id);
  prov_library_sidebar_update_state (self);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  gtk_list_item_set_child (item, prov_document_row_new ());
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  prov_document_row_set_document (PROV_DOCUMENT_ROW (gtk_list_item_get_child (item)),
                                  gtk_list_item_get_item (item));
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  prov_document_row_set_document (PROV_DOCUMENT_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Opens the menu of the selected documents at @x, @y of the list; nothing when none is. */
static void
popup_context_menu (ProvLibrarySidebar *self,
                    double              x,
                    double              y)
{
  g_autoptr(GtkBitset) selected = NULL;

  if (self->selection == NULL)
    return;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
list_click_pressed_cb (GtkGestureClick    *gesture,
                       int                 n_press,
                       double              x,
                       double              y,
                       ProvLibrarySidebar *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->document_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = picked != NULL
                   ? gtk_widget_get_ancestor (picked, PROV_TYPE_DOCUMENT_ROW) : NULL;
  ProvDocument *doc = row != NULL ? prov_document_row_get_document (PROV_DOCUMENT_ROW (row)) : NULL;

  /* A right click on an unselected row acts on that row alone, as file managers do. */
  if (doc != NULL)
    {
      int position = prov_lazy_list_find (PROV_LAZY_LIST (self->model),
                                          prov_document_get_id (doc));

      if (position >= 0
          && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
    }
  popup_context_menu (self, x, y);
}

/* Shift+F10 or the Menu key: the context menu of the selected documents, pointing at the
 * focused row (or the top of the list when the focus is elsewhere). */
static void
show_context_menu_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ProvLibrarySidebar *self = PROV_LIBRARY_SIDEBAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  graphene_rect_t bounds;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->document_view)) &&
      gtk_widget_compute_bounds (focus, GTK_WIDGET (self->document_view), &bounds))
    popup_context_menu (self, bounds.origin.x + 12, bounds.origin.y + bounds.size.height / 2);
  else
    popup_context_menu (self, 12, 12);
}

static void
prov_library_sidebar_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ProvLibrarySidebar *self = PROV_LIBRARY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_SELECTED_DOCUMENT_ID:
      g_value_set_int64 (value, prov_library_sidebar_get_selected_document_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_library_sidebar_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ProvLibrarySidebar *self = PROV_LIBRARY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prov_library_sidebar_set_store (self, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      prov_library_sidebar_set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_library_sidebar_dispose (GObject *object)
{
  ProvLibrarySidebar *self = PROV_LIBRARY_SIDEBAR (object);

  if (self->scroll_tick_id != 0 && self->document_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->document_view), self->scroll_tick_id);
  self->scroll_tick_id = 0;
  prov_library_sidebar_set_store (self, NULL);
  prov_library_sidebar_set_settings (self, NULL);
  g_clear_pointer (&self->collections, g_ptr_array_unref);
  if (self->context_menu != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->context_menu));
  self->context_menu = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PROV_TYPE_LIBRARY_SIDEBAR);

  G_OBJECT_CLASS (prov_library_sidebar_parent_class)->dispose (object);
}

static void
prov_library_sidebar_class_init (ProvLibrarySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_library_sidebar_dispose;
  object_class->get_property = prov_library_sidebar_get_property;
  object_class->set_property = prov_library_sidebar_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_DOCUMENT_ID] =
    g_param_spec_int64 ("selected-document-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/provenance/Provenance/prov-library-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, box);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, collection_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, collection_names);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, error_label);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, document_view);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, context_menu);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, collection_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_click_pressed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "library.context-menu", NULL,
                                   show_context_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "library.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0,
                                       "library.context-menu", NULL);
}

static void
prov_library_sidebar_init (ProvLibrarySidebar *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), NULL);
  gtk_grid_view_set_factory (self->document_view, factory);
  g_object_unref (factory);

  gtk_widget_set_parent (GTK_WIDGET (self->context_menu), GTK_WIDGET (self->document_view));
  self->collections = g_ptr_array_new_with_free_func (g_object_unref);
  prov_library_sidebar_update_state (self);
}
