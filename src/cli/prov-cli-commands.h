/* prov-cli-commands.h — the subcommands of provenance-cli, one file each
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-cli.h"

G_BEGIN_DECLS

/* analysis (issue 3) */

/* library store (issue 4) */

/* fetch, extract, import (issue 5) */
/* provenance-cli extract FILE.html [--url URL] [--format json|text] */
int prov_cli_extract (ProvCliContext *ctx);

/* reports and interchange (issue 7) */

G_END_DECLS
