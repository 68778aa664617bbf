/* prov-note.c — a Markdown note on a document, a claim or a collection
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-note"

#include "config.h"

#include "prov-note.h"

struct _ProvNote
{
  GObject parent_instance;

  gint64 id;
  int target;
  gint64 target_id;
  char *body;
  gint64 created;
  gint64 modified;
};

G_DEFINE_FINAL_TYPE (ProvNote, prov_note, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TARGET,
  PROP_TARGET_ID,
  PROP_BODY,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
prov_note_finalize (GObject *object)
{
  ProvNote *self = PROV_NOTE (object);

  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (prov_note_parent_class)->finalize (object);
}

static void
prov_note_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ProvNote *self = PROV_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TARGET:
      g_value_set_int (value, self->target);
      break;

    case PROP_TARGET_ID:
      g_value_set_int64 (value, self->target_id);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_int64 (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_note_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ProvNote *self = PROV_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      prov_note_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TARGET:
      prov_note_set_target (self, g_value_get_int (value));
      break;

    case PROP_TARGET_ID:
      prov_note_set_target_id (self, g_value_get_int64 (value));
      break;

    case PROP_BODY:
      prov_note_set_body (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      prov_note_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_MODIFIED:
      prov_note_set_modified (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_note_class_init (ProvNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prov_note_finalize;
  object_class->get_property = prov_note_get_property;
  object_class->set_property = prov_note_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET] =
    g_param_spec_int ("target", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_ID] =
    g_param_spec_int64 ("target-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_note_init (ProvNote *self)
{
}

ProvNote *
prov_note_new (void)
{
  return g_object_new (PROV_TYPE_NOTE, NULL);
}

gint64
prov_note_get_id (ProvNote *self)
{
  g_return_val_if_fail (PROV_IS_NOTE (self), 0);

  return self->id;
}

void
prov_note_set_id (ProvNote *self,
                  gint64 value)
{
  g_return_if_fail (PROV_IS_NOTE (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

int
prov_note_get_target (ProvNote *self)
{
  g_return_val_if_fail (PROV_IS_NOTE (self), 0);

  return self->target;
}

void
prov_note_set_target (ProvNote *self,
                      int value)
{
  g_return_if_fail (PROV_IS_NOTE (self));

  if (self->target == value)
    return;

  self->target = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

gint64
prov_note_get_target_id (ProvNote *self)
{
  g_return_val_if_fail (PROV_IS_NOTE (self), 0);

  return self->target_id;
}

void
prov_note_set_target_id (ProvNote *self,
                         gint64 value)
{
  g_return_if_fail (PROV_IS_NOTE (self));

  if (self->target_id == value)
    return;

  self->target_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_ID]);
}

const char *
prov_note_get_body (ProvNote *self)
{
  g_return_val_if_fail (PROV_IS_NOTE (self), NULL);

  return self->body;
}

void
prov_note_set_body (ProvNote *self,
                    const char *value)
{
  g_return_if_fail (PROV_IS_NOTE (self));

  if (g_strcmp0 (self->body, value) == 0)
    return;

  g_free (self->body);
  self->body = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

gint64
prov_note_get_created (ProvNote *self)
{
  g_return_val_if_fail (PROV_IS_NOTE (self), 0);

  return self->created;
}

void
prov_note_set_created (ProvNote *self,
                       gint64 value)
{
  g_return_if_fail (PROV_IS_NOTE (self));

  if (self->created == value)
    return;

  self->created = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

gint64
prov_note_get_modified (ProvNote *self)
{
  g_return_val_if_fail (PROV_IS_NOTE (self), 0);

  return self->modified;
}

void
prov_note_set_modified (ProvNote *self,
                        gint64 value)
{
  g_return_if_fail (PROV_IS_NOTE (self));

  if (self->modified == value)
    return;

  self->modified = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
