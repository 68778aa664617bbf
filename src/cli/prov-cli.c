/* prov-cli.c — provenance-cli: the command line over analysis and core (no display)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"

typedef struct
{
  const char         *name;
  ProvCliCommandFunc  func;
  const char         *synopsis;
} ProvCliCommand;

static const ProvCliCommand commands[] = {
  /* analysis (issue 3) */
  { "analyze", prov_cli_analyze,
    N_("analyze [FILE|-] [--format json|text]   attributions of a text (JSON)\n"
       "  analyze --jsonl                         batch: stdin JSONL → stdout JSONL") },
  { "lexicon", prov_cli_lexicon,
    N_("lexicon [--patterns]                    the cue lexicon (grep -E patterns)") },

  /* library store (issue 4) */
  { "import", prov_cli_import,
    N_("import FILE... | import --urls FILE     HTML, text, Markdown, PDF or URLs (prints ids)") },
  { "list", prov_cli_list,
    N_("list [--sort added|published|title] [--filter unreviewed|changed|suggested|anonymous]\n"
       "       [--search QUERY] [--collection NAME] [--tag TAG] [--limit N] [--json]\n"
       "                                          the documents of the library") },
  { "show", prov_cli_show,
    N_("show ID [--json]                        one document with its text") },
  { "claims", prov_cli_claims,
    N_("claims ID [--all] [--json]              a document's claims (--all: dismissed too)") },
  { "sources", prov_cli_sources,
    N_("sources [--json]                        the source registry") },
  { "search", prov_cli_search,
    N_("search QUERY [--limit N] [--json]       full-text search (words, \"phrases\", pre*)") },
  { "rate", prov_cli_rate,
    N_("rate CLAIM_ID [--reliability A-F] [--credibility 1-6] [--status STATUS]\n"
       "       [--accept|--dismiss]             rate, review, accept or dismiss a claim") },
  { "note", prov_cli_note,
    N_("note add (--document ID | --claim ID) TEXT   add a Markdown note") },
  { "tag", prov_cli_tag,
    N_("tag add (--document ID | --claim ID) TAG     tag a document or a claim") },

  /* fetch, extract, import (issue 5) */
  { "extract", prov_cli_extract,
    N_("extract FILE.html [--url URL] [--format json|text]   article text and metadata") },
  { "fetch", prov_cli_fetch,
    N_("fetch URL...                            fetch, extract, analyze, store (prints ids)") },

  /* reports and interchange (issue 7) */
  { "export", prov_cli_export,
    N_("export (ID... | --collection NAME) --format html|md|pdf|csv|jsonld [-o FILE]\n"
       "       [--include-dismissed] [--status S,...] [--kind K,...] [--title TEXT]\n"
       "       [--paper a4|letter]             an annotated report (stdout without -o)") },
  { "import-annotations", prov_cli_import_annotations,
    N_("import-annotations FILE.jsonld [--json] W3C annotations (from export) into the library") },

  { NULL, NULL, NULL },
};

int
prov_cli_fail (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "provenance-cli: %s\n", message);
  return PROV_CLI_EXIT_FAILURE;
}

int
prov_cli_usage (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "provenance-cli: %s\nTry 'provenance-cli --help'.\n", message);
  return PROV_CLI_EXIT_USAGE;
}

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: provenance-cli [--db PATH] COMMAND [ARGS…]"));
  fprintf (out, "%s\n\n", _("Find who says so: attributions, hedges and quotes in news text."));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (out, "  %s\n", commands[i].synopsis);
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  --db PATH     %s\n", _("use the library at PATH (also PROVENANCE_DB)"));
  fprintf (out, "  --version     %s\n", _("print the version and exit"));
  fprintf (out, "  --help        %s\n", _("print this help and exit"));
  fprintf (out, "\n%s\n", _("Exit status: 0 success, 1 failure, 2 usage error."));
}

int
main (int   argc,
      char *argv[])
{
  ProvCliContext ctx = { 0 };
  int i = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  ctx.db_path = g_getenv ("PROVENANCE_DB");
  if (ctx.db_path != NULL && *ctx.db_path == '\0')
    ctx.db_path = NULL;

  for (; i < argc; i++)
    {
      if (strcmp (argv[i], "--version") == 0)
        {
          printf ("provenance-cli %s\n", PACKAGE_VERSION);
          return PROV_CLI_EXIT_OK;
        }
      else if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0)
        {
          print_help (stdout);
          return PROV_CLI_EXIT_OK;
        }
      else if (strcmp (argv[i], "--db") == 0)
        {
          if (i + 1 >= argc)
            return prov_cli_usage (_("--db needs a PATH"));
          ctx.db_path = argv[++i];
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        ctx.db_path = argv[i] + strlen ("--db=");
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        return prov_cli_usage (_("unknown option “%s”"), argv[i]);
      else
        break;
    }

  if (i >= argc)
    {
      print_help (stderr);
      return PROV_CLI_EXIT_USAGE;
    }

  for (guint c = 0; commands[c].name != NULL; c++)
    {
      if (strcmp (commands[c].name, argv[i]) == 0)
        {
          ctx.argc = argc - i;
          ctx.argv = argv + i;
          return commands[c].func (&ctx);
        }
    }

  return prov_cli_usage (_("unknown command “%s”"), argv[i]);
}
