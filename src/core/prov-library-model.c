/* prov-library-model.c — the documents of the library as a lazy, sorted, filtered GListModel
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-library-model"

#include "config.h"

#include "prov-library-model.h"

struct _ProvLibraryModel
{
  ProvLazyList        parent_instance;

  ProvDocumentSort    sort;
  gboolean            descending;
  ProvDocumentFilter  filter;
  char               *search;
  gint64              collection_id;
  char               *tag;
};

G_DEFINE_FINAL_TYPE (ProvLibraryModel, prov_library_model, PROV_TYPE_LAZY_LIST)

enum
{
  PROP_0,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_FILTER,
  PROP_SEARCH,
  PROP_COLLECTION_ID,
  PROP_TAG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GArray *
prov_library_model_query_ids (ProvLazyList  *list,
                              GError       **error)
{
  ProvLibraryModel *self = PROV_LIBRARY_MODEL (list);
  ProvDocumentQuery query = {
    self->sort, self->descending, self->filter, self->search, self->collection_id, self->tag,
  };

  return prov_store_query_document_ids_sync (prov_lazy_list_get_store (list), &query, error);
}

static GPtrArray *
prov_library_model_load (ProvLazyList  *list,
                         const gint64  *ids,
                         guint          n_ids,
                         GError       **error)
{
  return prov_store_get_documents_sync (prov_lazy_list_get_store (list), ids, n_ids, error);
}

static void
document_changed_cb (ProvStore        *store,
                     gint64            document_id,
                     ProvLibraryModel *self)
{
  /* only that document's object is refreshed; the ids are queried again for its position */
  prov_lazy_list_queue_refresh (PROV_LAZY_LIST (self), document_id);
}

static void
prov_library_model_constructed (GObject *object)
{
  ProvLibraryModel *self = PROV_LIBRARY_MODEL (object);

  G_OBJECT_CLASS (prov_library_model_parent_class)->constructed (object);

  g_signal_connect (prov_lazy_list_get_store (PROV_LAZY_LIST (self)), "document-changed",
                    G_CALLBACK (document_changed_cb), self);
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}

static void
prov_library_model_finalize (GObject *object)
{
  ProvLibraryModel *self = PROV_LIBRARY_MODEL (object);

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->tag, g_free);

  G_OBJECT_CLASS (prov_library_model_parent_class)->finalize (object);
}

static void
prov_library_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ProvLibraryModel *self = PROV_LIBRARY_MODEL (object);

  switch (prop_id)
    {
    case PROP_SORT:
      g_value_set_int (value, self->sort);
      break;

    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;

    case PROP_FILTER:
      g_value_set_int (value, self->filter);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_COLLECTION_ID:
      g_value_set_int64 (value, self->collection_id);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_library_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ProvLibraryModel *self = PROV_LIBRARY_MODEL (object);

  switch (prop_id)
    {
    case PROP_SORT:
      prov_library_model_set_sort (self, g_value_get_int (value), self->descending);
      break;

    case PROP_DESCENDING:
      prov_library_model_set_sort (self, self->sort, g_value_get_boolean (value));
      break;

    case PROP_FILTER:
      prov_library_model_set_filter (self, g_value_get_int (value));
      break;

    case PROP_SEARCH:
      prov_library_model_set_search (self, g_value_get_string (value));
      break;

    case PROP_COLLECTION_ID:
      prov_library_model_set_collection_id (self, g_value_get_int64 (value));
      break;

    case PROP_TAG:
      prov_library_model_set_tag (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_library_model_class_init (ProvLibraryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ProvLazyListClass *list_class = PROV_LAZY_LIST_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = prov_library_model_constructed;
  object_class->finalize = prov_library_model_finalize;
  object_class->get_property = prov_library_model_get_property;
  object_class->set_property = prov_library_model_set_property;

  list_class->item_type = PROV_TYPE_DOCUMENT;
  list_class->query_ids = prov_library_model_query_ids;
  list_class->load = prov_library_model_load;

  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL, PROV_SORT_ADDED, PROV_SORT_TITLE, PROV_SORT_ADDED,
                      flags);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, TRUE, flags);
  properties[PROP_FILTER] =
    g_param_spec_int ("filter", NULL, NULL, PROV_FILTER_ALL, PROV_FILTER_ANONYMOUS,
                      PROV_FILTER_ALL, flags);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL, flags);
  properties[PROP_COLLECTION_ID] =
    g_param_spec_int64 ("collection-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_library_model_init (ProvLibraryModel *self)
{
  self->sort = PROV_SORT_ADDED;
  self->descending = TRUE;
}

ProvLibraryModel *
prov_library_model_new (ProvStore *store)
{
  g_return_val_if_fail (PROV_IS_STORE (store), NULL);

  return g_object_new (PROV_TYPE_LIBRARY_MODEL, "store", store, NULL);
}

void
prov_library_model_set_sort (ProvLibraryModel *self,
                             ProvDocumentSort  sort,
                             gboolean          descending)
{
  g_return_if_fail (PROV_IS_LIBRARY_MODEL (self));
  g_return_if_fail (sort <= PROV_SORT_TITLE);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  if (self->sort != sort)
    {
      self->sort = sort;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
    }
  if (self->descending != descending)
    {
      self->descending = descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
    }
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}

ProvDocumentSort
prov_library_model_get_sort (ProvLibraryModel *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_MODEL (self), PROV_SORT_ADDED);
  return self->sort;
}

void
prov_library_model_set_filter (ProvLibraryModel   *self,
                               ProvDocumentFilter  filter)
{
  g_return_if_fail (PROV_IS_LIBRARY_MODEL (self));
  g_return_if_fail (filter <= PROV_FILTER_ANONYMOUS);

  if (self->filter == filter)
    return;
  self->filter = filter;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}

ProvDocumentFilter
prov_library_model_get_filter (ProvLibraryModel *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_MODEL (self), PROV_FILTER_ALL);
  return self->filter;
}

void
prov_library_model_set_search (ProvLibraryModel *self,
                               const char       *search)
{
  g_return_if_fail (PROV_IS_LIBRARY_MODEL (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}

const char *
prov_library_model_get_search (ProvLibraryModel *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_MODEL (self), NULL);
  return self->search;
}

void
prov_library_model_set_collection_id (ProvLibraryModel *self,
                                      gint64            collection_id)
{
  g_return_if_fail (PROV_IS_LIBRARY_MODEL (self));

  if (self->collection_id == collection_id)
    return;
  self->collection_id = collection_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTION_ID]);
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}

gint64
prov_library_model_get_collection_id (ProvLibraryModel *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_MODEL (self), 0);
  return self->collection_id;
}

void
prov_library_model_set_tag (ProvLibraryModel *self,
                            const char       *tag)
{
  g_return_if_fail (PROV_IS_LIBRARY_MODEL (self));

  if (tag != NULL && *tag == '\0')
    tag = NULL;
  if (g_strcmp0 (self->tag, tag) == 0)
    return;
  g_free (self->tag);
  self->tag = g_strdup (tag);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAG]);
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}

const char *
prov_library_model_get_tag (ProvLibraryModel *self)
{
  g_return_val_if_fail (PROV_IS_LIBRARY_MODEL (self), NULL);
  return self->tag;
}
