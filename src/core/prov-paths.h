/* prov-paths.h — where the library lives
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns the library path to use: @explicit_path, else $PROVENANCE_DB, else
 * $XDG_DATA_HOME/provenance/library.db. */
char *prov_paths_library (const char *explicit_path);

G_END_DECLS
