/* prov-importer-private.h — the importer's reading helpers, shared by its source files
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-importer.h"

G_BEGIN_DECLS

/* The format of a fetched body, by its content type, its address and its first bytes. */
gboolean          _prov_importer_format_of_response (const char        *content_type,
                                                     const char        *final_url,
                                                     GBytes            *body,
                                                     ProvImportFormat  *format,
                                                     GError           **error);
/* The format of a local file, by its name's suffix and its first bytes. */
ProvImportFormat  _prov_importer_format_of_file     (const char        *path,
                                                     const guint8      *data,
                                                     gsize              length);
/* Reads the local file @path (@source names it in errors) and sets its @format. */
GBytes           *_prov_importer_read_file          (const char        *path,
                                                     const char        *source,
                                                     GCancellable      *cancellable,
                                                     ProvImportFormat  *format,
                                                     GError           **error);

G_END_DECLS
