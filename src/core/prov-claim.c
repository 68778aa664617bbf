/* prov-claim.c — a claim: who says what, with its rating and review
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claim"

#include "config.h"

#include "prov-claim-private.h"

G_DEFINE_FINAL_TYPE (ProvClaim, prov_claim, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

void
_prov_claim_notify (ProvClaim *self,
                    guint      prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
prov_claim_finalize (GObject *object)
{
  ProvClaim *self = PROV_CLAIM (object);

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->source_text, g_free);
  g_clear_pointer (&self->source_name, g_free);
  g_clear_pointer (&self->reliability, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->suggestion, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->rule, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (prov_claim_parent_class)->finalize (object);
}

static void
prov_claim_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ProvClaim *self = PROV_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;

    case PROP_START:
      g_value_set_int64 (value, self->start);
      break;

    case PROP_END:
      g_value_set_int64 (value, self->end);
      break;

    case PROP_SOURCE_TEXT:
      g_value_set_string (value, self->source_text);
      break;

    case PROP_SOURCE_ID:
      g_value_set_int64 (value, self->source_id);
      break;

    case PROP_SOURCE_NAME:
      g_value_set_string (value, self->source_name);
      break;

    case PROP_RELIABILITY:
      g_value_set_string (value, self->reliability);
      break;

    case PROP_RELIABILITY_SET:
      g_value_set_boolean (value, self->reliability_set);
      break;

    case PROP_CREDIBILITY:
      g_value_set_int (value, self->credibility);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_SUGGESTION:
      g_value_set_string (value, self->suggestion);
      break;

    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;

    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_CHANGED:
      g_value_set_boolean (value, self->changed);
      break;

    case PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ProvClaim *self = PROV_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      prov_claim_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_DOCUMENT_ID:
      prov_claim_set_document_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      prov_claim_set_kind (self, g_value_get_string (value));
      break;

    case PROP_QUOTE:
      prov_claim_set_quote (self, g_value_get_string (value));
      break;

    case PROP_START:
      prov_claim_set_start (self, g_value_get_int64 (value));
      break;

    case PROP_END:
      prov_claim_set_end (self, g_value_get_int64 (value));
      break;

    case PROP_SOURCE_TEXT:
      prov_claim_set_source_text (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_ID:
      prov_claim_set_source_id (self, g_value_get_int64 (value));
      break;

    case PROP_SOURCE_NAME:
      prov_claim_set_source_name (self, g_value_get_string (value));
      break;

    case PROP_RELIABILITY:
      prov_claim_set_reliability (self, g_value_get_string (value));
      break;

    case PROP_RELIABILITY_SET:
      prov_claim_set_reliability_set (self, g_value_get_boolean (value));
      break;

    case PROP_CREDIBILITY:
      prov_claim_set_credibility (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      prov_claim_set_status (self, g_value_get_string (value));
      break;

    case PROP_SUGGESTION:
      prov_claim_set_suggestion (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN:
      prov_claim_set_origin (self, g_value_get_string (value));
      break;

    case PROP_RULE:
      prov_claim_set_rule (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      prov_claim_set_note (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      prov_claim_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_CHANGED:
      prov_claim_set_changed (self, g_value_get_boolean (value));
      break;

    case PROP_ORPHANED:
      prov_claim_set_orphaned (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_class_init (ProvClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prov_claim_finalize;
  object_class->get_property = prov_claim_get_property;
  object_class->set_property = prov_claim_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START] =
    g_param_spec_int64 ("start", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END] =
    g_param_spec_int64 ("end", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_TEXT] =
    g_param_spec_string ("source-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_NAME] =
    g_param_spec_string ("source-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RELIABILITY] =
    g_param_spec_string ("reliability", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RELIABILITY_SET] =
    g_param_spec_boolean ("reliability-set", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREDIBILITY] =
    g_param_spec_int ("credibility", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUGGESTION] =
    g_param_spec_string ("suggestion", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHANGED] =
    g_param_spec_boolean ("changed", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ORPHANED] =
    g_param_spec_boolean ("orphaned", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_claim_init (ProvClaim *self)
{
}

ProvClaim *
prov_claim_new (void)
{
  return g_object_new (PROV_TYPE_CLAIM, NULL);
}

gint64
prov_claim_get_id (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), 0);

  return self->id;
}

void
prov_claim_set_id (ProvClaim *self,
                   gint64 value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
prov_claim_get_document_id (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), 0);

  return self->document_id;
}

void
prov_claim_set_document_id (ProvClaim *self,
                            gint64 value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (self->document_id == value)
    return;

  self->document_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
}

const char *
prov_claim_get_kind (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->kind;
}

void
prov_claim_set_kind (ProvClaim *self,
                     const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->kind, value) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
prov_claim_get_quote (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->quote;
}

void
prov_claim_set_quote (ProvClaim *self,
                      const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->quote, value) == 0)
    return;

  g_free (self->quote);
  self->quote = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
}

gint64
prov_claim_get_start (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), 0);

  return self->start;
}

void
prov_claim_set_start (ProvClaim *self,
                      gint64 value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (self->start == value)
    return;

  self->start = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

gint64
prov_claim_get_end (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), 0);

  return self->end;
}

void
prov_claim_set_end (ProvClaim *self,
                    gint64 value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (self->end == value)
    return;

  self->end = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

const char *
prov_claim_get_source_text (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->source_text;
}

void
prov_claim_set_source_text (ProvClaim *self,
                            const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->source_text, value) == 0)
    return;

  g_free (self->source_text);
  self->source_text = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_TEXT]);
}

gint64
prov_claim_get_source_id (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), 0);

  return self->source_id;
}

void
prov_claim_set_source_id (ProvClaim *self,
                          gint64 value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (self->source_id == value)
    return;

  self->source_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

const char *
prov_claim_get_source_name (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->source_name;
}

void
prov_claim_set_source_name (ProvClaim *self,
                            const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->source_name, value) == 0)
    return;

  g_free (self->source_name);
  self->source_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_NAME]);
}
