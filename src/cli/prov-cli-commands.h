/* prov-cli-commands.h — the subcommands of provenance-cli, one file each
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-cli.h"

G_BEGIN_DECLS

/* analysis (issue 3) */
int prov_cli_analyze (ProvCliContext *ctx);
int prov_cli_lexicon (ProvCliContext *ctx);

/* library store (issue 4) */
int prov_cli_import  (ProvCliContext *ctx);
int prov_cli_list    (ProvCliContext *ctx);
int prov_cli_show    (ProvCliContext *ctx);
int prov_cli_claims  (ProvCliContext *ctx);
int prov_cli_sources (ProvCliContext *ctx);
int prov_cli_search  (ProvCliContext *ctx);
int prov_cli_rate    (ProvCliContext *ctx);
int prov_cli_note    (ProvCliContext *ctx);
int prov_cli_tag     (ProvCliContext *ctx);

/* fetch, extract, import (issue 5) */
/* provenance-cli fetch URL... */
int prov_cli_fetch (ProvCliContext *ctx);
/* Imports URLs and/or paths, printing ids and one line per failure (import and fetch). */
int prov_cli_import_sources (ProvCliContext     *ctx,
                             const char * const *sources);
/* provenance-cli extract FILE.html [--url URL] [--format json|text] */
int prov_cli_extract (ProvCliContext *ctx);

/* reports and interchange (issue 7) */
int prov_cli_export             (ProvCliContext *ctx);
int prov_cli_import_annotations (ProvCliContext *ctx);

G_END_DECLS
