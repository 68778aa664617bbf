/* prov-claim-list-model.c — a document's claims, in document order, as a lazy GListModel
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claim-list-model"

#include "config.h"

#include "prov-claim-list-model.h"

struct _ProvClaimListModel
{
  ProvLazyList parent_instance;

  gint64       document_id;
  gboolean     include_dismissed;
};

G_DEFINE_FINAL_TYPE (ProvClaimListModel, prov_claim_list_model, PROV_TYPE_LAZY_LIST)

enum
{
  PROP_0,
  PROP_DOCUMENT_ID,
  PROP_INCLUDE_DISMISSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GArray *
prov_claim_list_model_query_ids (ProvLazyList  *list,
                                 GError       **error)
{
  ProvClaimListModel *self = PROV_CLAIM_LIST_MODEL (list);

  if (self->document_id == 0)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return prov_store_query_claim_ids_sync (prov_lazy_list_get_store (list), self->document_id,
                                          self->include_dismissed, error);
}

static GPtrArray *
prov_claim_list_model_load (ProvLazyList  *list,
                            const gint64  *ids,
                            guint          n_ids,
                            GError       **error)
{
  return prov_store_get_claims_sync (prov_lazy_list_get_store (list), ids, n_ids, error);
}

static void
document_changed_cb (ProvStore          *store,
                     gint64              document_id,
                     ProvClaimListModel *self)
{
  if (document_id == 0 || document_id == self->document_id)
    prov_lazy_list_queue_reload (PROV_LAZY_LIST (self));
}

static void
prov_claim_list_model_constructed (GObject *object)
{
  G_OBJECT_CLASS (prov_claim_list_model_parent_class)->constructed (object);

  g_signal_connect (prov_lazy_list_get_store (PROV_LAZY_LIST (object)), "document-changed",
                    G_CALLBACK (document_changed_cb), object);
  g_signal_connect_swapped (prov_lazy_list_get_store (PROV_LAZY_LIST (object)),
                            "sources-changed", G_CALLBACK (prov_lazy_list_queue_reload), object);
  prov_lazy_list_reload (PROV_LAZY_LIST (object));
}

static void
prov_claim_list_model_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ProvClaimListModel *self = PROV_CLAIM_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_INCLUDE_DISMISSED:
      g_value_set_boolean (value, self->include_dismissed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_list_model_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ProvClaimListModel *self = PROV_CLAIM_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_ID:
      /* at construction the list is loaded once, in constructed */
      if (prov_lazy_list_get_store (PROV_LAZY_LIST (self)) == NULL)
        self->document_id = g_value_get_int64 (value);
      else
        prov_claim_list_model_set_document_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCLUDE_DISMISSED:
      if (prov_lazy_list_get_store (PROV_LAZY_LIST (self)) == NULL)
        self->include_dismissed = g_value_get_boolean (value);
      else
        prov_claim_list_model_set_include_dismissed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_list_model_class_init (ProvClaimListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ProvLazyListClass *list_class = PROV_LAZY_LIST_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = prov_claim_list_model_constructed;
  object_class->get_property = prov_claim_list_model_get_property;
  object_class->set_property = prov_claim_list_model_set_property;

  list_class->item_type = PROV_TYPE_CLAIM;
  list_class->query_ids = prov_claim_list_model_query_ids;
  list_class->load = prov_claim_list_model_load;

  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_INCLUDE_DISMISSED] =
    g_param_spec_boolean ("include-dismissed", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_claim_list_model_init (ProvClaimListModel *self)
{
}

ProvClaimListModel *
prov_claim_list_model_new (ProvStore *store,
                           gint64     document_id,
                           gboolean   include_dismissed)
{
  g_return_val_if_fail (PROV_IS_STORE (store), NULL);

  /* "store" last: the other construct properties are set before it */
  return g_object_new (PROV_TYPE_CLAIM_LIST_MODEL,
                       "document-id", document_id,
                       "include-dismissed", include_dismissed,
                       "store", store,
                       NULL);
}

gint64
prov_claim_list_model_get_document_id (ProvClaimListModel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM_LIST_MODEL (self), 0);
  return self->document_id;
}

void
prov_claim_list_model_set_document_id (ProvClaimListModel *self,
                                       gint64              document_id)
{
  g_return_if_fail (PROV_IS_CLAIM_LIST_MODEL (self));

  if (self->document_id == document_id)
    return;
  self->document_id = document_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}

gboolean
prov_claim_list_model_get_include_dismissed (ProvClaimListModel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM_LIST_MODEL (self), FALSE);
  return self->include_dismissed;
}

void
prov_claim_list_model_set_include_dismissed (ProvClaimListModel *self,
                                             gboolean            include_dismissed)
{
  g_return_if_fail (PROV_IS_CLAIM_LIST_MODEL (self));

  include_dismissed = !!include_dismissed;
  if (self->include_dismissed == include_dismissed)
    return;
  self->include_dismissed = include_dismissed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_DISMISSED]);
  prov_lazy_list_reload (PROV_LAZY_LIST (self));
}
