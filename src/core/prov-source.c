/* prov-source.c — a source entity of the registry, with reliability and aliases
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-source"

#include "config.h"

#include "prov-source.h"

struct _ProvSource
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *source_type;
  char *reliability;
  char **aliases;
  int claim_count;
};

G_DEFINE_FINAL_TYPE (ProvSource, prov_source, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SOURCE_TYPE,
  PROP_RELIABILITY,
  PROP_ALIASES,
  PROP_CLAIM_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
prov_source_finalize (GObject *object)
{
  ProvSource *self = PROV_SOURCE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->source_type, g_free);
  g_clear_pointer (&self->reliability, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);

  G_OBJECT_CLASS (prov_source_parent_class)->finalize (object);
}

static void
prov_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ProvSource *self = PROV_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SOURCE_TYPE:
      g_value_set_string (value, self->source_type);
      break;

    case PROP_RELIABILITY:
      g_value_set_string (value, self->reliability);
      break;

    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;

    case PROP_CLAIM_COUNT:
      g_value_set_int (value, self->claim_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_source_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ProvSource *self = PROV_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      prov_source_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      prov_source_set_name (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_TYPE:
      prov_source_set_source_type (self, g_value_get_string (value));
      break;

    case PROP_RELIABILITY:
      prov_source_set_reliability (self, g_value_get_string (value));
      break;

    case PROP_ALIASES:
      prov_source_set_aliases (self, g_value_get_boxed (value));
      break;

    case PROP_CLAIM_COUNT:
      prov_source_set_claim_count (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_source_class_init (ProvSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prov_source_finalize;
  object_class->get_property = prov_source_get_property;
  object_class->set_property = prov_source_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_TYPE] =
    g_param_spec_string ("source-type", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RELIABILITY] =
    g_param_spec_string ("reliability", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CLAIM_COUNT] =
    g_param_spec_int ("claim-count", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_source_init (ProvSource *self)
{
}

ProvSource *
prov_source_new (void)
{
  return g_object_new (PROV_TYPE_SOURCE, NULL);
}

gint64
prov_source_get_id (ProvSource *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE (self), 0);

  return self->id;
}

void
prov_source_set_id (ProvSource *self,
                    gint64 value)
{
  g_return_if_fail (PROV_IS_SOURCE (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
prov_source_get_name (ProvSource *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE (self), NULL);

  return self->name;
}

void
prov_source_set_name (ProvSource *self,
                      const char *value)
{
  g_return_if_fail (PROV_IS_SOURCE (self));

  if (g_strcmp0 (self->name, value) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
prov_source_get_source_type (ProvSource *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE (self), NULL);

  return self->source_type;
}

void
prov_source_set_source_type (ProvSource *self,
                             const char *value)
{
  g_return_if_fail (PROV_IS_SOURCE (self));

  if (g_strcmp0 (self->source_type, value) == 0)
    return;

  g_free (self->source_type);
  self->source_type = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_TYPE]);
}

const char *
prov_source_get_reliability (ProvSource *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE (self), NULL);

  return self->reliability;
}

void
prov_source_set_reliability (ProvSource *self,
                             const char *value)
{
  g_return_if_fail (PROV_IS_SOURCE (self));

  if (g_strcmp0 (self->reliability, value) == 0)
    return;

  g_free (self->reliability);
  self->reliability = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELIABILITY]);
}

const char * const *
prov_source_get_aliases (ProvSource *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE (self), NULL);

  return (const char * const *) self->aliases;
}

void
prov_source_set_aliases (ProvSource *self,
                         const char * const *value)
{
  g_return_if_fail (PROV_IS_SOURCE (self));

  if (self->aliases == (char **) value)
    return;
  if (self->aliases != NULL && value != NULL &&
      g_strv_equal ((const char * const *) self->aliases, value))
    return;

  g_strfreev (self->aliases);
  self->aliases = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

int
prov_source_get_claim_count (ProvSource *self)
{
  g_return_val_if_fail (PROV_IS_SOURCE (self), 0);

  return self->claim_count;
}

void
prov_source_set_claim_count (ProvSource *self,
                             int value)
{
  g_return_if_fail (PROV_IS_SOURCE (self));

  if (self->claim_count == value)
    return;

  self->claim_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIM_COUNT]);
}
