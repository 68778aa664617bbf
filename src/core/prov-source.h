/* prov-source.h — a source entity of the registry, with reliability and aliases
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROV_TYPE_SOURCE (prov_source_get_type ())

G_DECLARE_FINAL_TYPE (ProvSource, prov_source, PROV, SOURCE, GObject)

/* Creates an empty source; the store fills it in. */
ProvSource *prov_source_new (void);
/* Returns the source id. */
gint64 prov_source_get_id (ProvSource *self);
/* Sets the source id. */
void prov_source_set_id (ProvSource *self,
                         gint64 value);
/* Returns the canonical name. */
const char *prov_source_get_name (ProvSource *self);
/* Sets the canonical name. */
void prov_source_set_name (ProvSource *self,
                           const char *value);
/* Returns the type ("person", "organisation", "publication", "document", "unknown"). */
const char *prov_source_get_source_type (ProvSource *self);
/* Sets the type ("person", "organisation", "publication", "document", "unknown"). */
void prov_source_set_source_type (ProvSource *self,
                                  const char *value);
/* Returns the reliability A–F. */
const char *prov_source_get_reliability (ProvSource *self);
/* Sets the reliability A–F. */
void prov_source_set_reliability (ProvSource *self,
                                  const char *value);
/* Returns the other names. */
const char * const *prov_source_get_aliases (ProvSource *self);
/* Sets the other names. */
void prov_source_set_aliases (ProvSource *self,
                              const char * const *value);
/* Returns how many claims cite it. */
int prov_source_get_claim_count (ProvSource *self);
/* Sets how many claims cite it. */
void prov_source_set_claim_count (ProvSource *self,
                                  int value);

G_END_DECLS
