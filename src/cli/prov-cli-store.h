/* prov-cli-store.h — what the library commands of provenance-cli share
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "prov-cli.h"
#include "prov-store.h"

G_BEGIN_DECLS

/* Opens the library of @ctx (--db, PROVENANCE_DB or the default); prints the error. */
ProvStore *prov_cli_open_store        (ProvCliContext  *ctx);
/* Parses a positive id; FALSE when @text is not one. */
gboolean   prov_cli_parse_id          (const char      *text,
                                       gint64          *id);
/* Prints @node as pretty JSON on stdout, with a final newline. */
void       prov_cli_print_json        (JsonNode        *node);
/* Prints a store error and returns the exit status for it. */
int        prov_cli_store_fail        (const GError    *error);
/* Adds a claim as a JSON object to @builder. */
void       prov_cli_build_claim       (JsonBuilder     *builder,
                                       ProvClaim       *claim);
/* Adds a NULL-terminated string list as a JSON array member @name. */
void       prov_cli_build_strv        (JsonBuilder     *builder,
                                       const char      *name,
                                       const char * const *strv);
/* Adds a string member, null when @value is NULL. */
void       prov_cli_build_string      (JsonBuilder     *builder,
                                       const char      *name,
                                       const char      *value);

G_END_DECLS
