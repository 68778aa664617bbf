/* prov-cli-commands.h — the subcommands of provenance-cli, one file each
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-cli.h"

G_BEGIN_DECLS

G_END_DECLS
