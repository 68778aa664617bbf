/* prov-source-list-model.c — the source registry, by name, as a lazy GListModel
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-source-list-model"

#include "config.h"

#include "prov-source-list-model.h"

struct _ProvSourceListModel
{
  ProvLazyList  parent_instance;

  char         *search;
};

G_DEFINE_FINAL_TYPE (ProvSourceListModel, prov_source_list_model, PROV_TYPE_LAZY_LIST)

enum
{
  PROP_0,
  PROP_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GArray *
prov_source_list_model_query_ids (ProvLazyList  *list,
                                  GError       **error)
{
  return prov_store_query_source_ids_sync (prov_lazy_list_get_store (list),
                                           PROV_SOURCE_LIST_MODEL (list)->search, error);
}

static GPtrArray *
prov_source_list_model_load (ProvLazyList  *list,
                             const gint64  *ids,
                             guint          n_ids,
                             GError       **error)
{
  return prov_store_get_sources_sync (prov_lazy_list_get_store (list), ids, n_ids, error);
}

static void
prov_source_list_model_constructed (GObject *object)
{
  ProvStore *store;

  G_OBJECT_CLASS (prov_source_list_model_parent_class)->constructed (object);

  store = prov_lazy_list_get_store (PROV_LAZY_LIST (object));
  /* claim counts change with documents too */
  g_signal_connect_swapped (store, "sources-changed", G_CALLBACK (prov_lazy_list_queue_reload),
                            object);
  g_signal_connect_swapped (store, "document-changed", G_CALLBACK (prov_lazy_list_queue_reload),
                            object);
  prov_lazy_list_reload (PROV_LAZY_LIST (object));
}

static void
prov_source_list_model_finalize (GObject *object)
{
  g_clear_pointer (&PROV_SOURCE_LIST_MODEL (object)->search, g_free);

  G_OBJECT_CLASS (prov_source_list_model_parent_class)->finalize (object);
}

static void
prov_source_list_model_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, PROV_SOURCE_LIST_MODEL (object)->search);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_source_list_model_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SEARCH:
      prov_source_list_model_set_search (PROV_SOURCE_LIST_MODEL (object),
                                         g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_source_list_model_class_init (ProvSourceListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ProvLazyListClass *list_class = PROV_LAZY_LIST_CLASS (klass);

  object_class->constructed = prov_source_list_model_constructed;
  object_class->finalize = prov_source_list_model_finalize;
  object_class->get_property = prov_source_list_model_get_property;
  object_class->set_property = prov_source_list_model_set_property;

  list_class->item_type = PROV_TYPE_SOURCE;
  list_class->query_ids = prov_source_list_model_query_ids;
  list_class->load = prov_source_list_model_load;

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_source_list_model_init (ProvSourceListModel *self)
{
}

ProvSourceListModel *
prov_source_list_model_new (ProvStore *store)
{
  g_return_val_if_fail (PROV_IS_STORE (store), NULL);

  return g_object_new (PROV_TYPE_SOURCE_LIST_MODEL, "store", store, NULL);
}

const char *
prov_source_list_model_get_search (ProvSourceListModel *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE_LIST_MODEL (self), NULL);
  return self->search;
}

void
prov_source_list_model_set_search (ProvSourceListModel *self,
                                   const char          *search)
{
  g_return_if_fail (PROV_IS_SOURCE_LIST_MODEL (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  if (prov_lazy_list_get_store (PROV_LAZY_LIST (self)) != NULL)
    prov_lazy_list_reload (PROV_LAZY_LIST (self));
}
