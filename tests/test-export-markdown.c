/* test-export-markdown.c — the Markdown report: markers, footnotes and escaping
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-export-markdown.h"
#include "test-export-fixture.h"

static char *
render (ProvReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  prov_report_apply_options (report, NULL);
  bytes = prov_export_markdown (report, NULL, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_markers_and_footnotes (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  g_autofree char *md = render (report);
  const char *text = strstr (md, "## Text\n\n");
  const char *claims = strstr (md, "## Claims\n\n");
  const char *previous = NULL;

  g_assert_true (g_str_has_prefix (md, "# Harbour plan delayed\n\n"));
  g_assert_nonnull (text);
  g_assert_nonnull (claims);
  g_assert_nonnull (strstr (md, "- Address: <https://coastal-ledger.example/news/harbour-plan>\n"));
  g_assert_nonnull (strstr (md, "*The Coastal Ledger · Maren Holt · 2026-11-17*"));

  /* Cues in bold, a reference after each placed claim, in order, in the text. */
  g_assert_nonnull (strstr (text, "plan **said**[^1] on Monday"));
  g_assert_nonnull (strstr (text, "**reportedly**"));
  g_assert_nonnull (strstr (text, "**could potentially**"));
  /* (Markers follow the end of their claim: the hedge 5 ends inside the hearsay 4.) */
  for (guint i = 0; i < 5; i++)
    {
      static const guint order[] = { 1, 2, 3, 5, 4 };
      g_autofree char *ref = g_strdup_printf ("[^%u]", order[i]);
      const char *at = strstr (text, ref);

      g_assert_nonnull (at);
      g_assert_true (at < claims);
      g_assert_true (previous == NULL || at > previous);
      previous = at;
    }
  g_assert_true (strstr (text, "[^6]") > claims);

  /* A footnote for every claim, with kind, source, rating, status, quote, tags and note. */
  for (guint n = 1; n <= 6; n++)
    {
      g_autofree char *def = g_strdup_printf ("\n[^%u]: **", n);
      g_autofree char *quote = g_strdup_printf ("    “%s”", prov_test_report_quotes[n - 1]);

      g_assert_nonnull (strstr (claims, def));
      /* The third brings its own quotation marks. */
      if (n != 3)
        g_assert_nonnull (strstr (claims, quote));
      else
        g_assert_nonnull (strstr (claims, "\n    “We will not sign a contract we cannot explain,” "
                                          "Mayor Alan Pryce said\n"));
    }
  g_assert_nonnull (strstr (claims, "[^1]: **Anonymous source** · two officials familiar with the "
                                    "plan · **C3** · verified"));
  g_assert_nonnull (strstr (claims, "    Tags: budget, follow-up"));
  g_assert_nonnull (strstr (claims, "    Ask the authority for the tender file."));
  g_assert_nonnull (strstr (claims, "[^6]: **Named source** · no source · **F6** · inconclusive · "
                                    "not found in this version"));
  g_assert_nonnull (strstr (md, "- **Calder Bay Port Authority** — organisation, reliability B, "
                                "1 claim; also known as the port authority, CBPA"));
  /* The document note keeps its words; its markup does not act. */
  g_assert_nonnull (strstr (md, "> Check the \\*tender\\* file."));
}

/* Drops footnote references and bold markers, then backslash escapes: what a reader sees. */
static char *
unescape (const char *md)
{
  g_autoptr(GRegex) refs = g_regex_new ("\\[\\^[0-9]+\\]|\\*\\*", 0, 0, NULL);
  g_autofree char *bare = g_regex_replace_literal (refs, md, -1, 0, "", 0, NULL);
  GString *out = g_string_new (NULL);

  for (const char *p = bare; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

#define HOSTILE \
  "# Not a heading\n\n" \
  "Officials said *this* and _that_ [link](javascript:alert(1)) <script>x</script> `code`.\n\n" \
  "1. not a list\n" \
  "- not a list either\n" \
  "    not code\n" \
  "> not a quote\n" \
  "+ plus | pipe ~tilde~ &amp; ![img](x.png)\n\n" \
  "===\n"

static void
test_escaping (void)
{
  g_autoptr(ProvReport) report = prov_report_new ("Title with *stars* and #hash");
  ProvReportDocument *document = prov_report_add_document (
    report, prov_report_document_new ("javascript:alert(2)", NULL, HOSTILE));
  g_autofree char *md = NULL;
  g_autofree char *seen = NULL;
  g_auto(GStrv) lines = NULL;
  const char *text;
  const char *end;

  prov_test_add_claim (document, PROV_KIND_NAMED, "Officials said *this*", "said", "Officials");
  md = render (report);

  g_assert_true (g_str_has_prefix (md, "# Title with \\*stars\\* and \\#hash\n"));
  g_assert_nonnull (strstr (md, "- Address: javascript:alert(2)\n"));
  g_assert_null (strstr (md, "<javascript"));

  text = strstr (md, "## Text\n\n") + strlen ("## Text\n\n");
  end = strstr (text, "## Claims");
  {
    g_autofree char *section = g_strndup (text, end - text);

    /* Inline markup and block markers are escaped. */
    g_assert_nonnull (strstr (section, "\\# Not a heading"));
    g_assert_nonnull (strstr (section, "\\*this\\*"));
    g_assert_nonnull (strstr (section, "\\_that\\_"));
    g_assert_nonnull (strstr (section, "\\[link\\](javascript:alert(1))"));
    g_assert_nonnull (strstr (section, "\\<script\\>"));
    g_assert_nonnull (strstr (section, "\\`code\\`"));
    g_assert_nonnull (strstr (section, "\n1\\. not a list"));
    g_assert_nonnull (strstr (section, "\n\\- not a list either"));
    g_assert_nonnull (strstr (section, "\nnot code"));
    g_assert_nonnull (strstr (section, "\n\\> not a quote"));
    g_assert_nonnull (strstr (section,
                              "\n\\+ plus \\| pipe \\~tilde\\~ \\&amp; \\!\\[img\\](x.png)"));
    g_assert_nonnull (strstr (section, "\n\\==="));

    /* …and nothing else changed: without the escapes it reads as the article. */
    seen = unescape (section);
  }
  lines = g_strsplit (HOSTILE, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      g_assert_nonnull (strstr (seen, line));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/export-markdown/markers-and-footnotes", test_markers_and_footnotes);
  g_test_add_func ("/prov/export-markdown/escaping", test_escaping);

  return g_test_run ();
}
