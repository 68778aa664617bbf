/* prov-cli-import.c — provenance-cli import and fetch: files and URLs into the library
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both commands run ProvImporter's one pipeline (read or fetch → extract → analyze →
 * store, one transaction per document). Each stored document's id is printed on stdout,
 * in input order; each failing item prints one line on stderr and the batch goes on.
 */
#define G_LOG_DOMAIN "prov-cli-import"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"
#include "prov-importer.h"

static void
progress_cb (ProvImporter *importer,
             guint         done,
             guint         total,
             gpointer      user_data)
{
  fprintf (stderr, "\r%s", "");
  fprintf (stderr, _("Imported %u of %u"), done, total);
  if (done == total)
    fputc ('\n', stderr);
  fflush (stderr);
}

int
prov_cli_import_sources (ProvCliContext      *ctx,
                         const char * const  *sources)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(ProvImporter) importer = NULL;
  g_autoptr(GPtrArray) results = NULL;
  int status = PROV_CLI_EXIT_OK;

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  importer = prov_importer_new (store, NULL, NULL);
  /* long batches show progress, on a terminal only */
  if (g_strv_length ((char **) sources) > 1 && isatty (STDERR_FILENO))
    g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), NULL);

  results = prov_importer_import_batch_sync (importer, sources, NULL, &error);
  if (results == NULL)
    return prov_cli_fail ("%s", error->message);

  for (guint i = 0; i < results->len; i++)
    {
      const ProvImportResult *r = g_ptr_array_index (results, i);

      if (r->error != NULL)
        {
          status = prov_cli_fail ("%s", r->error->message);
          continue;
        }
      printf ("%" G_GINT64_FORMAT "\n", r->document_id);
    }
  fflush (stdout);
  return status;
}

int
prov_cli_import (ProvCliContext *ctx)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  const char *url_list = NULL;

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];

      if (strcmp (arg, "--urls") == 0)
        {
          if (i + 1 >= ctx->argc)
            return prov_cli_usage (_("--urls needs a FILE of URLs"));
          url_list = ctx->argv[++i];
        }
      else if (g_str_has_prefix (arg, "--urls="))
        url_list = arg + strlen ("--urls=");
      else if (strcmp (arg, "--") == 0)
        {
          for (i++; i < ctx->argc; i++)
            g_ptr_array_add (sources, g_strdup (ctx->argv[i]));
        }
      else if (arg[0] == '-' && arg[1] != '\0')
        return prov_cli_usage (_("import: unknown option “%s”"), arg);
      else
        g_ptr_array_add (sources, g_strdup (arg));
    }

  if (url_list != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) urls = prov_importer_read_url_list (url_list, &error);

      if (urls == NULL)
        return prov_cli_fail ("%s", error->message);
      if (urls[0] == NULL)
        return prov_cli_fail (_("%s holds no URL"), url_list);
      for (guint i = 0; urls[i] != NULL; i++)
        {
          /* a list of URLs holds URLs: a bare path there is a mistake, not a file */
          g_autoptr(GError) url_error = NULL;

          if (!prov_fetcher_check_url (urls[i], &url_error))
            return prov_cli_fail ("%s:%u: %s", url_list, i + 1, url_error->message);
          g_ptr_array_add (sources, g_strdup (urls[i]));
        }
    }
  if (sources->len == 0)
    return prov_cli_usage (_("import needs a FILE (or --urls FILE)"));
  g_ptr_array_add (sources, NULL);
  return prov_cli_import_sources (ctx, (const char * const *) sources->pdata);
}
