/* prov-annotation-import.h — W3C Web Annotations (our JSON-LD export) back into a library
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The collection embeds each document's URI, metadata and text snapshot. A document the library
 * does not have is created from its snapshot, with its claims where they were. A document the
 * library has gets the claims re-anchored onto its current text (exact, then approximate match
 * of each part's quote with its prefix and suffix); a claim whose cue is found nowhere is not
 * imported and counted as not found. A claim already in the library (same kind, same cue) is
 * updated rather than duplicated, so importing the same file twice changes nothing.
 */
#pragma once

#include <gio/gio.h>

#include "prov-report.h"
#include "prov-store.h"

G_BEGIN_DECLS

/* What prov_annotation_import_sync () did. */
typedef struct
{
  guint documents_created;  /* documents new to the library */
  guint documents_matched;  /* documents the library had (by URI) */
  guint claims_created;
  guint claims_updated;     /* already there (same kind and cue): rating, status, note set */
  guint claims_reanchored;  /* found at another place or approximately in the current text */
  guint claims_not_found;   /* cue not found in the current text: not imported */
  guint sources_created;
  guint notes_added;
} ProvAnnotationImportResult;

/* Parses an annotation collection as written by prov_export_jsonld () into a report (its
 * documents, claims with their parts, sources and notes). Fails with PROV_REPORT_ERROR_PARSE
 * and a readable message on anything else. */
ProvReport *prov_annotation_parse            (GBytes                      *bytes,
                                              GError                     **error);
/* Imports the annotation collection in @bytes into @store (see above); @result may be NULL. */
gboolean    prov_annotation_import_sync      (ProvStore                   *store,
                                              GBytes                      *bytes,
                                              ProvAnnotationImportResult  *result,
                                              GCancellable                *cancellable,
                                              GError                     **error);
/* Reads @file and imports it with prov_annotation_import_sync (). */
gboolean    prov_annotation_import_file_sync (ProvStore                   *store,
                                              GFile                       *file,
                                              ProvAnnotationImportResult  *result,
                                              GCancellable                *cancellable,
                                              GError                     **error);

G_END_DECLS
