/* prov-paths.c — where the library lives
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-paths"

#include "config.h"

#include "prov-paths.h"

char *
prov_paths_library (const char *explicit_path)
{
  const char *env;

  if (explicit_path != NULL && *explicit_path != '\0')
    return g_strdup (explicit_path);

  env = g_getenv ("PROVENANCE_DB");
  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "provenance", "library.db", NULL);
}
