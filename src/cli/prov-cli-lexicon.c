/* prov-cli-lexicon.c — provenance-cli lexicon: the cue lexicon as grep patterns or counts
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-lexicon"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-lexicon.h"

int
prov_cli_lexicon (ProvCliContext *ctx)
{
  g_autoptr(ProvLexicon) lexicon = NULL;
  gboolean patterns = FALSE;

  for (int i = 1; i < ctx->argc; i++)
    {
      if (strcmp (ctx->argv[i], "--patterns") == 0)
        patterns = TRUE;
      else
        return prov_cli_usage (_("unknown argument “%s” for lexicon"), ctx->argv[i]);
    }

  lexicon = prov_lexicon_new ();
  if (patterns)
    {
      g_autofree char *text = prov_lexicon_to_patterns (lexicon);

      fputs (text, stdout);
    }
  else
    {
      for (guint c = 0; c < PROV_LEXICON_N_CATEGORIES; c++)
        printf ("%-20s %u\n", prov_lexicon_category_to_string ((ProvLexiconCategory) c),
                prov_lexicon_count (lexicon, (ProvLexiconCategory) c));
    }
  return fflush (stdout) == 0 ? PROV_CLI_EXIT_OK : prov_cli_fail (_("cannot write the output"));
}
