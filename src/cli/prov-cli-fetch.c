/* prov-cli-fetch.c — provenance-cli fetch: URLs fetched, extracted, analyzed and stored
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-fetch"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-fetcher.h"

int
prov_cli_fetch (ProvCliContext *ctx)
{
  g_autoptr(GPtrArray) urls = g_ptr_array_new ();

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];

      if (arg[0] == '-' && arg[1] != '\0')
        return prov_cli_usage (_("fetch: unknown option “%s”"), arg);
      g_ptr_array_add (urls, (gpointer) arg);
    }
  if (urls->len == 0)
    return prov_cli_usage (_("fetch needs a URL"));

  for (guint i = 0; i < urls->len; i++)
    {
      /* fetch takes addresses only; files go through import */
      g_autoptr(GError) error = NULL;

      if (!prov_fetcher_check_url (g_ptr_array_index (urls, i), &error))
        return prov_cli_fail ("%s", error->message);
    }
  g_ptr_array_add (urls, NULL);
  return prov_cli_import_sources (ctx, (const char * const *) urls->pdata);
}
