/* prov-lazy-list.c — a GListModel over store rows that loads its items a page at a time
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-lazy-list"

#include "config.h"

#include "prov-lazy-list.h"

#define PAGE_SIZE 64
#define MAX_PAGES 32

typedef struct
{
  ProvStore  *store;
  GArray     *ids;        /* gint64 */
  GHashTable *pages;      /* page index → GPtrArray of items */
  GQueue      lru;        /* page indexes, most recent first */
  char       *error;
  guint       reload_id;
} ProvLazyListPrivate;

static void prov_lazy_list_list_model_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (ProvLazyList, prov_lazy_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (ProvLazyList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                         prov_lazy_list_list_model_init))

enum
{
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
prov_lazy_list_get_item_type (GListModel *model)
{
  return PROV_LAZY_LIST_GET_CLASS (model)->item_type;
}

static guint
prov_lazy_list_get_n_items (GListModel *model)
{
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (PROV_LAZY_LIST (model));

  return priv->ids != NULL ? priv->ids->len : 0;
}

static GPtrArray *
load_page (ProvLazyList *self,
           guint         page)
{
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  GPtrArray *items;
  guint first = page * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, priv->ids->len - first);

  items = PROV_LAZY_LIST_GET_CLASS (self)->load (self, &g_array_index (priv->ids, gint64, first),
                                                 n, &error);
  if (items == NULL)
    {
      /* A row vanished between the id query and now: reload soon, show what we can. */
      g_debug ("loading page %u failed: %s", page, error->message);
      prov_lazy_list_queue_reload (self);
      return NULL;
    }
  if (g_queue_get_length (&priv->lru) >= MAX_PAGES)
    {
      guint oldest = GPOINTER_TO_UINT (g_queue_pop_tail (&priv->lru));

      g_hash_table_remove (priv->pages, GUINT_TO_POINTER (oldest));
    }
  g_hash_table_insert (priv->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&priv->lru, GUINT_TO_POINTER (page));
  return items;
}

static gpointer
prov_lazy_list_get_item (GListModel *model,
                         guint       position)
{
  ProvLazyList *self = PROV_LAZY_LIST (model);
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);
  guint page = position / PAGE_SIZE;
  GPtrArray *items;

  if (priv->ids == NULL || position >= priv->ids->len)
    return NULL;

  items = g_hash_table_lookup (priv->pages, GUINT_TO_POINTER (page));
  if (items == NULL)
    items = load_page (self, page);
  else if (g_queue_peek_head (&priv->lru) != GUINT_TO_POINTER (page))
    {
      g_queue_remove (&priv->lru, GUINT_TO_POINTER (page));
      g_queue_push_head (&priv->lru, GUINT_TO_POINTER (page));
    }
  if (items == NULL || position % PAGE_SIZE >= items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (items, position % PAGE_SIZE));
}

static void
prov_lazy_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = prov_lazy_list_get_item_type;
  iface->get_n_items = prov_lazy_list_get_n_items;
  iface->get_item = prov_lazy_list_get_item;
}

void
prov_lazy_list_reload (ProvLazyList *self)
{
  ProvLazyListPrivate *priv;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) old = NULL;
  GArray *ids;
  guint old_len, new_len;

  g_return_if_fail (PROV_IS_LAZY_LIST (self));

  priv = prov_lazy_list_get_instance_private (self);
  g_clear_handle_id (&priv->reload_id, g_source_remove);

  ids = PROV_LAZY_LIST_GET_CLASS (self)->query_ids (self, &error);
  if (ids == NULL)
    ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (g_strcmp0 (priv->error, error != NULL ? error->message : NULL) != 0)
    {
      g_free (priv->error);
      priv->error = error != NULL ? g_strdup (error->message) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }

  old = priv->ids;
  priv->ids = ids;
  g_hash_table_remove_all (priv->pages);
  g_queue_clear (&priv->lru);

  /* Rows are new objects after a reload (their counts, ratings… may have changed), so every
   * row is reported; a view keeps its scroll position by position. */
  old_len = old != NULL ? old->len : 0;
  new_len = ids->len;
  if (old_len > 0 || new_len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, new_len);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
reload_cb (gpointer user_data)
{
  ProvLazyList *self = user_data;
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);

  priv->reload_id = 0;
  prov_lazy_list_reload (self);
  return G_SOURCE_REMOVE;
}

void
prov_lazy_list_queue_reload (ProvLazyList *self)
{
  ProvLazyListPrivate *priv;

  g_return_if_fail (PROV_IS_LAZY_LIST (self));

  priv = prov_lazy_list_get_instance_private (self);
  if (priv->reload_id == 0)
    priv->reload_id = g_idle_add (reload_cb, self);
}

ProvStore *
prov_lazy_list_get_store (ProvLazyList *self)
{
  ProvLazyListPrivate *priv;

  g_return_val_if_fail (PROV_IS_LAZY_LIST (self), NULL);

  priv = prov_lazy_list_get_instance_private (self);
  return priv->store;
}

const char *
prov_lazy_list_get_error (ProvLazyList *self)
{
  ProvLazyListPrivate *priv;

  g_return_val_if_fail (PROV_IS_LAZY_LIST (self), NULL);

  priv = prov_lazy_list_get_instance_private (self);
  return priv->error;
}

gint64
prov_lazy_list_get_id (ProvLazyList *self,
                       guint         position)
{
  ProvLazyListPrivate *priv;

  g_return_val_if_fail (PROV_IS_LAZY_LIST (self), 0);

  priv = prov_lazy_list_get_instance_private (self);
  if (priv->ids == NULL || position >= priv->ids->len)
    return 0;
  return g_array_index (priv->ids, gint64, position);
}

gint
prov_lazy_list_find (ProvLazyList *self,
                     gint64        id)
{
  ProvLazyListPrivate *priv;

  g_return_val_if_fail (PROV_IS_LAZY_LIST (self), -1);

  priv = prov_lazy_list_get_instance_private (self);
  for (guint i = 0; priv->ids != NULL && i < priv->ids->len; i++)
    {
      if (g_array_index (priv->ids, gint64, i) == id)
        return (gint) i;
    }
  return -1;
}

static void
prov_lazy_list_dispose (GObject *object)
{
  ProvLazyList *self = PROV_LAZY_LIST (object);
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (prov_lazy_list_parent_class)->dispose (object);
}

static void
prov_lazy_list_finalize (GObject *object)
{
  ProvLazyList *self = PROV_LAZY_LIST (object);
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);

  g_clear_pointer (&priv->ids, g_array_unref);
  g_clear_pointer (&priv->pages, g_hash_table_unref);
  g_queue_clear (&priv->lru);
  g_clear_pointer (&priv->error, g_free);

  G_OBJECT_CLASS (prov_lazy_list_parent_class)->finalize (object);
}

static void
prov_lazy_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ProvLazyList *self = PROV_LAZY_LIST (object);
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, prov_lazy_list_get_n_items (G_LIST_MODEL (self)));
      break;

    case PROP_ERROR:
      g_value_set_string (value, priv->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_lazy_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ProvLazyList *self = PROV_LAZY_LIST (object);
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_lazy_list_class_init (ProvLazyListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = prov_lazy_list_dispose;
  object_class->finalize = prov_lazy_list_finalize;
  object_class->get_property = prov_lazy_list_get_property;
  object_class->set_property = prov_lazy_list_set_property;

  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_lazy_list_init (ProvLazyList *self)
{
  ProvLazyListPrivate *priv = prov_lazy_list_get_instance_private (self);

  priv->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&priv->lru);
}
