/* prov-cli-extract.c — provenance-cli extract: the article of an HTML file as JSON
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-extract"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-extractor.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* The JSON shape of ARCHITECTURE.md (and of shared/eval/score_extraction.py). */
static char *
prov_cli_extraction_to_json (const ProvExtraction *extraction)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  add_string (builder, "title", extraction->title);
  add_string (builder, "byline", extraction->byline);
  add_string (builder, "published", extraction->published);
  add_string (builder, "site", extraction->site);
  add_string (builder, "language", extraction->language);
  add_string (builder, "text", extraction->text);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, TRUE);
}

int
prov_cli_extract (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvExtractor) extractor = NULL;
  g_autoptr(ProvExtraction) extraction = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *url = NULL;
  const char *path = NULL;
  const char *url_arg = NULL;
  const char *format = "json";
  gsize length = 0;

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];

      if (strcmp (arg, "--url") == 0)
        {
          if (i + 1 >= ctx->argc)
            return prov_cli_usage (_("--url needs a URL"));
          url_arg = ctx->argv[++i];
        }
      else if (g_str_has_prefix (arg, "--url="))
        url_arg = arg + strlen ("--url=");
      else if (strcmp (arg, "--format") == 0)
        {
          if (i + 1 >= ctx->argc)
            return prov_cli_usage (_("--format needs json or text"));
          format = ctx->argv[++i];
        }
      else if (g_str_has_prefix (arg, "--format="))
        format = arg + strlen ("--format=");
      else if (arg[0] == '-' && arg[1] != '\0')
        return prov_cli_usage (_("unknown option “%s”"), arg);
      else if (path == NULL)
        path = arg;
      else
        return prov_cli_usage (_("extract takes one FILE"));
    }

  if (path == NULL)
    return prov_cli_usage (_("extract needs an HTML FILE"));
  if (strcmp (format, "json") != 0 && strcmp (format, "text") != 0)
    return prov_cli_usage (_("unknown format “%s” (use json or text)"), format);

  if (url_arg != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (url_arg, G_URI_FLAGS_NONE, NULL);

      if (uri == NULL || g_uri_get_host (uri) == NULL)
        return prov_cli_usage (_("“%s” is not a valid URL"), url_arg);
      url = g_strdup (url_arg);
    }

  if (strcmp (path, "-") == 0)
    {
      GString *buf = g_string_new (NULL);
      char chunk[65536];
      size_t n;

      while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
        g_string_append_len (buf, chunk, n);
      if (ferror (stdin))
        {
          g_string_free (buf, TRUE);
          return prov_cli_fail (_("cannot read standard input"));
        }
      length = buf->len;
      contents = g_string_free (buf, FALSE);
    }
  else if (!g_file_get_contents (path, &contents, &length, &error))
    return prov_cli_fail (_("cannot read %s: %s"), path, error->message);

  extractor = prov_extractor_new ();
  extraction = prov_extractor_extract (extractor, (const guint8 *) contents, length, NULL, url,
                                       &error);
  if (extraction == NULL)
    return prov_cli_fail ("%s: %s", path, error->message);

  if (strcmp (format, "text") == 0)
    printf ("%s\n", extraction->text);
  else
    {
      g_autofree char *json = prov_cli_extraction_to_json (extraction);

      printf ("%s\n", json);
    }
  return PROV_CLI_EXIT_OK;
}
