/* prov-document.c — a document of the library, as the library view shows it
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-document"

#include "config.h"

#include "prov-document.h"

struct _ProvDocument
{
  GObject parent_instance;

  gint64 id;
  char *uri;
  char *title;
  char *byline;
  char *site;
  char *published;
  char *language;
  gint64 added;
  gint64 collection_id;
  char *collection;
  gint64 version_id;
  int version_count;
  char *content_hash;
  int claim_count;
  int unreviewed_count;
  char **tags;
  int kind_counts[PROV_N_KINDS];
};

G_DEFINE_FINAL_TYPE (ProvDocument, prov_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_URI,
  PROP_TITLE,
  PROP_BYLINE,
  PROP_SITE,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_ADDED,
  PROP_COLLECTION_ID,
  PROP_COLLECTION,
  PROP_VERSION_ID,
  PROP_VERSION_COUNT,
  PROP_CONTENT_HASH,
  PROP_CLAIM_COUNT,
  PROP_UNREVIEWED_COUNT,
  PROP_TAGS,
  PROP_NAMED_COUNT,      /* PROP_NAMED_COUNT + kind, in ProvKind order */
  PROP_ANONYMOUS_COUNT,
  PROP_HEARSAY_COUNT,
  PROP_HEDGE_COUNT,
  PROP_QUOTE_COUNT,
  N_PROPS
};

G_STATIC_ASSERT (PROP_QUOTE_COUNT - PROP_NAMED_COUNT == PROV_KIND_QUOTE - PROV_KIND_NAMED);

static GParamSpec *properties[N_PROPS];

static void
prov_document_finalize (GObject *object)
{
  ProvDocument *self = PROV_DOCUMENT (object);

  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->site, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->collection, g_free);
  g_clear_pointer (&self->content_hash, g_free);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (prov_document_parent_class)->finalize (object);
}

static void
prov_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ProvDocument *self = PROV_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BYLINE:
      g_value_set_string (value, self->byline);
      break;

    case PROP_SITE:
      g_value_set_string (value, self->site);
      break;

    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_ADDED:
      g_value_set_int64 (value, self->added);
      break;

    case PROP_COLLECTION_ID:
      g_value_set_int64 (value, self->collection_id);
      break;

    case PROP_COLLECTION:
      g_value_set_string (value, self->collection);
      break;

    case PROP_VERSION_ID:
      g_value_set_int64 (value, self->version_id);
      break;

    case PROP_VERSION_COUNT:
      g_value_set_int (value, self->version_count);
      break;

    case PROP_CONTENT_HASH:
      g_value_set_string (value, self->content_hash);
      break;

    case PROP_NAMED_COUNT:
    case PROP_ANONYMOUS_COUNT:
    case PROP_HEARSAY_COUNT:
    case PROP_HEDGE_COUNT:
    case PROP_QUOTE_COUNT:
      g_value_set_int (value, self->kind_counts[prop_id - PROP_NAMED_COUNT]);
      break;

    case PROP_CLAIM_COUNT:
      g_value_set_int (value, self->claim_count);
      break;

    case PROP_UNREVIEWED_COUNT:
      g_value_set_int (value, self->unreviewed_count);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_document_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ProvDocument *self = PROV_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      prov_document_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_URI:
      prov_document_set_uri (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      prov_document_set_title (self, g_value_get_string (value));
      break;

    case PROP_BYLINE:
      prov_document_set_byline (self, g_value_get_string (value));
      break;

    case PROP_SITE:
      prov_document_set_site (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      prov_document_set_published (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      prov_document_set_language (self, g_value_get_string (value));
      break;

    case PROP_ADDED:
      prov_document_set_added (self, g_value_get_int64 (value));
      break;

    case PROP_COLLECTION_ID:
      prov_document_set_collection_id (self, g_value_get_int64 (value));
      break;

    case PROP_COLLECTION:
      prov_document_set_collection (self, g_value_get_string (value));
      break;

    case PROP_VERSION_ID:
      prov_document_set_version_id (self, g_value_get_int64 (value));
      break;

    case PROP_VERSION_COUNT:
      prov_document_set_version_count (self, g_value_get_int (value));
      break;

    case PROP_CONTENT_HASH:
      prov_document_set_content_hash (self, g_value_get_string (value));
      break;

    case PROP_CLAIM_COUNT:
      prov_document_set_claim_count (self, g_value_get_int (value));
      break;

    case PROP_NAMED_COUNT:
    case PROP_ANONYMOUS_COUNT:
    case PROP_HEARSAY_COUNT:
    case PROP_HEDGE_COUNT:
    case PROP_QUOTE_COUNT:
      prov_document_set_kind_count (self, (ProvKind) (prop_id - PROP_NAMED_COUNT),
                                    g_value_get_int (value));
      break;

    case PROP_UNREVIEWED_COUNT:
      prov_document_set_unreviewed_count (self, g_value_get_int (value));
      break;

    case PROP_TAGS:
      prov_document_set_tags (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_document_class_init (ProvDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prov_document_finalize;
  object_class->get_property = prov_document_get_property;
  object_class->set_property = prov_document_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BYLINE] =
    g_param_spec_string ("byline", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SITE] =
    g_param_spec_string ("site", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ADDED] =
    g_param_spec_int64 ("added", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COLLECTION_ID] =
    g_param_spec_int64 ("collection-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COLLECTION] =
    g_param_spec_string ("collection", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERSION_ID] =
    g_param_spec_int64 ("version-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERSION_COUNT] =
    g_param_spec_int ("version-count", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTENT_HASH] =
    g_param_spec_string ("content-hash", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CLAIM_COUNT] =
    g_param_spec_int ("claim-count", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UNREVIEWED_COUNT] =
    g_param_spec_int ("unreviewed-count", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* "named-count" … "quote-count": how many of its claims (dismissed suggestions excluded)
   * are of each kind; plain ints, so that a badge binds to one with g_object_bind_property or
   * a GtkPropertyExpression. */
  for (ProvKind kind = PROV_KIND_NAMED; kind < PROV_N_KINDS; kind++)
    {
      static const char * const names[PROV_N_KINDS] = {
        "named-count", "anonymous-count", "hearsay-count", "hedge-count", "quote-count",
      };

      properties[PROP_NAMED_COUNT + kind] =
        g_param_spec_int (names[kind], NULL, NULL,
                          0, G_MAXINT, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prov_document_init (ProvDocument *self)
{
}

ProvDocument *
prov_document_new (void)
{
  return g_object_new (PROV_TYPE_DOCUMENT, NULL);
}

gint64
prov_document_get_id (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);

  return self->id;
}

void
prov_document_set_id (ProvDocument *self,
                      gint64 value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
prov_document_get_uri (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->uri;
}

void
prov_document_set_uri (ProvDocument *self,
                       const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->uri, value) == 0)
    return;

  g_free (self->uri);
  self->uri = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);
}

const char *
prov_document_get_title (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->title;
}

void
prov_document_set_title (ProvDocument *self,
                         const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->title, value) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
prov_document_get_byline (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->byline;
}

void
prov_document_set_byline (ProvDocument *self,
                          const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->byline, value) == 0)
    return;

  g_free (self->byline);
  self->byline = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BYLINE]);
}

const char *
prov_document_get_site (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->site;
}

void
prov_document_set_site (ProvDocument *self,
                        const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->site, value) == 0)
    return;

  g_free (self->site);
  self->site = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITE]);
}

const char *
prov_document_get_published (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->published;
}

void
prov_document_set_published (ProvDocument *self,
                             const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->published, value) == 0)
    return;

  g_free (self->published);
  self->published = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
}

const char *
prov_document_get_language (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->language;
}

void
prov_document_set_language (ProvDocument *self,
                            const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->language, value) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gint64
prov_document_get_added (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);

  return self->added;
}

void
prov_document_set_added (ProvDocument *self,
                         gint64 value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->added == value)
    return;

  self->added = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDED]);
}

gint64
prov_document_get_collection_id (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);

  return self->collection_id;
}

void
prov_document_set_collection_id (ProvDocument *self,
                                 gint64 value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->collection_id == value)
    return;

  self->collection_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTION_ID]);
}

const char *
prov_document_get_collection (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->collection;
}

void
prov_document_set_collection (ProvDocument *self,
                              const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->collection, value) == 0)
    return;

  g_free (self->collection);
  self->collection = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTION]);
}

gint64
prov_document_get_version_id (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);

  return self->version_id;
}

void
prov_document_set_version_id (ProvDocument *self,
                              gint64 value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->version_id == value)
    return;

  self->version_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION_ID]);
}

int
prov_document_get_version_count (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);

  return self->version_count;
}

void
prov_document_set_version_count (ProvDocument *self,
                                 int value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->version_count == value)
    return;

  self->version_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION_COUNT]);
}

const char *
prov_document_get_content_hash (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return self->content_hash;
}

void
prov_document_set_content_hash (ProvDocument *self,
                                const char *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (g_strcmp0 (self->content_hash, value) == 0)
    return;

  g_free (self->content_hash);
  self->content_hash = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_HASH]);
}

int
prov_document_get_claim_count (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);

  return self->claim_count;
}

void
prov_document_set_claim_count (ProvDocument *self,
                               int value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->claim_count == value)
    return;

  self->claim_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIM_COUNT]);
}

int
prov_document_get_unreviewed_count (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);

  return self->unreviewed_count;
}

void
prov_document_set_unreviewed_count (ProvDocument *self,
                                    int value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->unreviewed_count == value)
    return;

  self->unreviewed_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNREVIEWED_COUNT]);
}

const char * const *
prov_document_get_tags (ProvDocument *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), NULL);

  return (const char * const *) self->tags;
}

void
prov_document_set_tags (ProvDocument *self,
                        const char * const *value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));

  if (self->tags == (char **) value)
    return;
  if (self->tags != NULL && value != NULL &&
      g_strv_equal ((const char * const *) self->tags, value))
    return;

  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

int
prov_document_get_kind_count (ProvDocument *self,
                              ProvKind      kind)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (kind < PROV_N_KINDS, 0);

  return self->kind_counts[kind];
}

void
prov_document_set_kind_count (ProvDocument *self,
                              ProvKind      kind,
                              int           value)
{
  g_return_if_fail (PROV_IS_DOCUMENT (self));
  g_return_if_fail (kind < PROV_N_KINDS);
  g_return_if_fail (value >= 0);

  if (self->kind_counts[kind] == value)
    return;

  self->kind_counts[kind] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAMED_COUNT + kind]);
}
