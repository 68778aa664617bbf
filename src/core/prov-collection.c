/* prov-collection.c — a named collection of documents
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-collection"

#include "config.h"

#include "prov-collection.h"

struct _ProvCollection
{
  GObject parent_instance;

  gint64 id;
  char *name;
  int document_count;
};

G_DEFINE_FINAL_TYPE (ProvCollection, prov_collection, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DOCUMENT_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
prov_collection_finalize (GObject *object)
{
  ProvCollection *self = PROV_COLLECTION (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (prov_collection_parent_class)->finalize (object);
}

static void
prov_collection_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ProvCollection *self = PROV_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DOCUMENT_COUNT:
      g_value_set_int (value, self->document_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_collection_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ProvCollection *self = PROV_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      prov_collection_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      prov_collection_set_name (self, g_value_get_string (value));
      break;

    case PROP_DOCUMENT_COUNT:
      prov_collection_set_document_count (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_collection_class_init (ProvCollectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prov_collection_finalize;
  object_class->get_property = prov_collection_get_property;
  object_class->set_property = prov_collection_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DOCUMENT_COUNT] =
    g_param_spec_int ("document-count", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_collection_init (ProvCollection *self)
{
}

ProvCollection *
prov_collection_new (void)
{
  return g_object_new (PROV_TYPE_COLLECTION, NULL);
}

gint64
prov_collection_get_id (ProvCollection *self)
{
  g_return_val_if_fail (PROV_IS_COLLECTION (self), 0);

  return self->id;
}

void
prov_collection_set_id (ProvCollection *self,
                        gint64 value)
{
  g_return_if_fail (PROV_IS_COLLECTION (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
prov_collection_get_name (ProvCollection *self)
{
  g_return_val_if_fail (PROV_IS_COLLECTION (self), NULL);

  return self->name;
}

void
prov_collection_set_name (ProvCollection *self,
                          const char *value)
{
  g_return_if_fail (PROV_IS_COLLECTION (self));

  if (g_strcmp0 (self->name, value) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
prov_collection_get_document_count (ProvCollection *self)
{
  g_return_val_if_fail (PROV_IS_COLLECTION (self), 0);

  return self->document_count;
}

void
prov_collection_set_document_count (ProvCollection *self,
                                    int value)
{
  g_return_if_fail (PROV_IS_COLLECTION (self));

  if (self->document_count == value)
    return;

  self->document_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_COUNT]);
}
