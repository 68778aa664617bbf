/* prov-document.h — a document of the library, as the library view shows it
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "prov-attribution.h"

G_BEGIN_DECLS

#define PROV_TYPE_DOCUMENT (prov_document_get_type ())

G_DECLARE_FINAL_TYPE (ProvDocument, prov_document, PROV, DOCUMENT, GObject)

/* Creates an empty document; the store fills it in. */
ProvDocument *prov_document_new (void);
/* Returns the document id. */
gint64 prov_document_get_id (ProvDocument *self);
/* Sets the document id. */
void prov_document_set_id (ProvDocument *self,
                           gint64 value);
/* Returns the document URI. */
const char *prov_document_get_uri (ProvDocument *self);
/* Sets the document URI. */
void prov_document_set_uri (ProvDocument *self,
                            const char *value);
/* Returns the title. */
const char *prov_document_get_title (ProvDocument *self);
/* Sets the title. */
void prov_document_set_title (ProvDocument *self,
                              const char *value);
/* Returns the byline (authors). */
const char *prov_document_get_byline (ProvDocument *self);
/* Sets the byline (authors). */
void prov_document_set_byline (ProvDocument *self,
                               const char *value);
/* Returns the site or publication name. */
const char *prov_document_get_site (ProvDocument *self);
/* Sets the site or publication name. */
void prov_document_set_site (ProvDocument *self,
                             const char *value);
/* Returns the publication date (ISO 8601, as found). */
const char *prov_document_get_published (ProvDocument *self);
/* Sets the publication date (ISO 8601, as found). */
void prov_document_set_published (ProvDocument *self,
                                  const char *value);
/* Returns the language tag. */
const char *prov_document_get_language (ProvDocument *self);
/* Sets the language tag. */
void prov_document_set_language (ProvDocument *self,
                                 const char *value);
/* Returns when it was added (Unix seconds, UTC). */
gint64 prov_document_get_added (ProvDocument *self);
/* Sets when it was added (Unix seconds, UTC). */
void prov_document_set_added (ProvDocument *self,
                              gint64 value);
/* Returns its collection id (0 for none). */
gint64 prov_document_get_collection_id (ProvDocument *self);
/* Sets its collection id (0 for none). */
void prov_document_set_collection_id (ProvDocument *self,
                                      gint64 value);
/* Returns its collection name (NULL for none). */
const char *prov_document_get_collection (ProvDocument *self);
/* Sets its collection name (NULL for none). */
void prov_document_set_collection (ProvDocument *self,
                                   const char *value);
/* Returns the id of its latest version. */
gint64 prov_document_get_version_id (ProvDocument *self);
/* Sets the id of its latest version. */
void prov_document_set_version_id (ProvDocument *self,
                                   gint64 value);
/* Returns how many versions are stored. */
int prov_document_get_version_count (ProvDocument *self);
/* Sets how many versions are stored. */
void prov_document_set_version_count (ProvDocument *self,
                                      int value);
/* Returns the SHA-256 of its latest text. */
const char *prov_document_get_content_hash (ProvDocument *self);
/* Sets the SHA-256 of its latest text. */
void prov_document_set_content_hash (ProvDocument *self,
                                     const char *value);
/* Returns how many claims it has (dismissed suggestions excluded). */
int prov_document_get_claim_count (ProvDocument *self);
/* Sets how many claims it has (dismissed suggestions excluded). */
void prov_document_set_claim_count (ProvDocument *self,
                                    int value);
/* Returns how many of its claims are unreviewed. */
int prov_document_get_unreviewed_count (ProvDocument *self);
/* Sets how many of its claims are unreviewed. */
void prov_document_set_unreviewed_count (ProvDocument *self,
                                         int value);
/* Returns how many of its claims are of @kind (dismissed suggestions excluded). The same counts
 * are the int properties "named-count", "anonymous-count", "hearsay-count", "hedge-count" and
 * "quote-count", each notified on its own. */
int prov_document_get_kind_count (ProvDocument *self,
                                  ProvKind      kind);
/* Sets how many of its claims are of @kind. */
void prov_document_set_kind_count (ProvDocument *self,
                                   ProvKind      kind,
                                   int           value);
/* Returns its tags. */
const char * const *prov_document_get_tags (ProvDocument *self);
/* Sets its tags. */
void prov_document_set_tags (ProvDocument *self,
                             const char * const *value);

G_END_DECLS
