/* test-extractor.c — ProvExtractor on news layouts we wrote (tests/data/extract-*.html)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "prov-extractor.h"
#include "prov-markdown-reader.h"
#include "test-cli-util.h"

static const char * const paragraphs[] = {
  "The harbour expansion will be delayed by at least a year, two officials familiar",
  "According to the port authority, the new channel would need to be deeper",
  "Critics of the project, including several residents of the old town",
  "“We have always said this would take longer,” said Ines Duarte",
  "The council is expected to vote on a revised budget in April",
};

/* Page furniture that no fixture's text may contain. */
static const char * const furniture[] = {
  "We use cookies", "Accept all", "Privacy policy", "Politics", "All rights reserved",
  "About us", "script text", "dataLayer", "The Coastal Ledger",
};

static ProvExtraction *
extract_file (const char  *name,
              const char  *header_charset,
              const char  *url,
              GError     **error)
{
  g_autoptr(ProvExtractor) extractor = prov_extractor_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return prov_extractor_extract (extractor, (const guint8 *) contents, length, header_charset,
                                 url, error);
}

static ProvExtraction *
extract_ok (const char *name)
{
  g_autoptr(GError) error = NULL;
  ProvExtraction *x = extract_file (name, NULL, "https://ledger.example/news/harbour", &error);

  g_assert_no_error (error);
  g_assert_nonnull (x);
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (strstr (x->text, furniture[i]) != NULL)
      g_error ("%s: furniture “%s” in the text:\n%s", name, furniture[i], x->text);
  return x;
}

/* Asserts that the given paragraphs appear, in this order, each starting a paragraph. */
static void
assert_paragraphs (const char         *text,
                   const char * const *expected,
                   guint               n)
{
  const char *from = text;

  for (guint i = 0; i < n; i++)
    {
      const char *at = strstr (from, expected[i]);

      if (at == NULL)
        g_error ("missing or out of order: “%s” in:\n%s", expected[i], text);
      g_assert_true (at == text || (at >= text + 2 && at[-1] == '\n' && at[-2] == '\n'));
      from = at + 1;
    }
}

/* The text of @block, by code point offsets. */
static char *
block_text (const ProvExtraction *x,
            const ProvBlock      *block)
{
  const char *start = g_utf8_offset_to_pointer (x->text, block->start);
  const char *end = g_utf8_offset_to_pointer (x->text, block->end);

  return g_strndup (start, end - start);
}

static void
test_jsonld_byline (void)
{
  g_autoptr(ProvExtraction) x = extract_ok ("extract-jsonld-byline.html");

  g_assert_cmpstr (x->title, ==, "Harbour plan delayed by a year");
  g_assert_cmpstr (x->byline, ==, "Ines Duarte, Tom Okafor");
  g_assert_cmpstr (x->published, ==, "2026-03-02T09:30:00+01:00");
  g_assert_cmpstr (x->site, ==, "The Coastal Ledger");
  g_assert_cmpstr (x->language, ==, "en");
  g_assert_cmpstr (x->charset, ==, "UTF-8");
  g_assert_cmpstr (x->canonical_url, ==, "https://ledger.example/news/harbour");
  assert_paragraphs (x->text, paragraphs, G_N_ELEMENTS (paragraphs));
  /* the headline is the title, not part of the text */
  g_assert_null (strstr (x->text, "Harbour plan delayed by a year"));
}

static void
test_share_bar (void)
{
  g_autoptr(ProvExtraction) x = extract_ok ("extract-share-bar.html");

  assert_paragraphs (x->text, paragraphs, G_N_ELEMENTS (paragraphs));
  g_assert_null (strstr (x->text, "Share"));
  g_assert_null (strstr (x->text, "Tweet"));
}

static void
test_comments (void)
{
  g_autoptr(ProvExtraction) x = extract_ok ("extract-comments.html");

  assert_paragraphs (x->text, paragraphs, G_N_ELEMENTS (paragraphs));
  g_assert_null (strstr (x->text, "comment number"));
  g_assert_null (strstr (x->text, "24 comments"));
}

static void
test_live_blog (void)
{
  g_autoptr(ProvExtraction) x = extract_ok ("extract-live-blog.html");
  const char *newest_first[] = {
    "More detail on update 5", "More detail on update 4", "More detail on update 3",
    "More detail on update 2", "More detail on update 1",
  };

  g_assert_cmpstr (x->title, ==, "Live: harbour vote, as it happened");
  /* every entry, in page order */
  assert_paragraphs (x->text, newest_first, G_N_ELEMENTS (newest_first));
  assert_paragraphs (x->text, paragraphs + 4, 1);
  assert_paragraphs (x->text, paragraphs, 1);
}

static void
test_br_paragraphs (void)
{
  g_autoptr(ProvExtraction) x = extract_ok ("extract-br-paragraphs.html");
  guint n_paragraphs = 0;

  g_assert_cmpstr (x->byline, ==, "Ines Duarte");
  assert_paragraphs (x->text, paragraphs, G_N_ELEMENTS (paragraphs));
  for (guint i = 0; i < x->structure->len; i++)
    if (((ProvBlock *) g_ptr_array_index (x->structure, i))->kind == PROV_BLOCK_PARAGRAPH)
      n_paragraphs++;
  g_assert_cmpuint (n_paragraphs, ==, 5);
}

static void
test_paywall (void)
{
  g_autoptr(ProvExtraction) x = extract_ok ("extract-paywall.html");

  assert_paragraphs (x->text, paragraphs, 3);
  g_assert_null (strstr (x->text, "Subscribe"));
  g_assert_null (strstr (x->text, "unlimited access"));
  g_assert_null (strstr (x->text, "Log in"));
}

static void
test_related_and_structure (void)
{
  g_autoptr(ProvExtraction) x = extract_ok ("extract-related.html");
  guint headings = 0, quotes = 0, items = 0, links = 0;

  g_assert_cmpstr (x->site, ==, "The Coastal Ledger");
  g_assert_cmpstr (x->published, ==, "2026-03-02");
  g_assert_null (strstr (x->text, "Council approves"));
  g_assert_null (strstr (x->text, "Related"));

  for (guint i = 0; i < x->structure->len; i++)
    {
      const ProvBlock *b = g_ptr_array_index (x->structure, i);
      g_autofree char *text = block_text (x, b);

      g_assert_cmpuint (b->start, <, b->end);
      g_assert_false (g_ascii_isspace (text[0]));
      switch (b->kind)
        {
        case PROV_BLOCK_HEADING:
          headings++;
          g_assert_cmpstr (text, ==, "What the port says");
          g_assert_cmpuint (b->level, ==, 2);
          break;
        case PROV_BLOCK_BLOCKQUOTE:
          quotes++;
          g_assert_true (g_str_has_prefix (text, "“We have always said"));
          g_assert_true (g_str_has_suffix (text, "willing to pay for it.”"));
          break;
        case PROV_BLOCK_LIST_ITEM:
          items++;
          g_assert_true (strstr (text, "northern") != NULL || strstr (text, "ring road") != NULL);
          break;
        case PROV_BLOCK_LINK:
          links++;
          g_assert_cmpstr (text, ==, "port authority");
          g_assert_cmpstr (b->href, ==, "https://ledger.example/topics/port-authority");
          break;
        case PROV_BLOCK_PARAGRAPH:
        case PROV_BLOCK_PAGE:
        case PROV_BLOCK_PREFORMATTED:
        default:
          break;
        }
    }
  g_assert_cmpuint (headings, ==, 1);
  g_assert_cmpuint (quotes, ==, 1);
  g_assert_cmpuint (items, ==, 3);
  g_assert_cmpuint (links, ==, 1);

  {
    g_autofree char *json = prov_extraction_structure_to_json (x);

    g_assert_nonnull (strstr (json, "\"type\":\"heading\""));
    g_assert_nonnull (strstr (json, "\"href\":\"https://ledger.example/topics/port-authority\""));
  }
}

static void
test_charsets (void)
{
  static const struct
  {
    const char *file;
    const char *header;
    const char *expected;
    const char *charset;
  } cases[] = {
    { "extract-windows-1252.html", NULL, "coûtera près de 40 000 € – un montant", "WINDOWS-1252" },
    { "extract-windows-1252.html", "windows-1252", "hausse des coûts “inattendue”",
      "WINDOWS-1252" },
    { "extract-iso-8859-1.html", NULL, "El señor Müller, de 54 años", "WINDOWS-1252" },
    { "extract-iso-8859-1.html", "ISO-8859-1", "«No sabemos nada», declaró", "WINDOWS-1252" },
    { "extract-shift_jis.html", NULL, "港湾拡張計画は少なくとも一年遅れる", "CP932" },
    { "extract-shift_jis.html", "Shift_JIS", "市議会は四月に修正予算案を採決する", "CP932" },
    /* declared UTF-8 but written in windows-1252 */
    { "extract-wrong-charset.html", NULL, "Le café du port a rouvert", "WINDOWS-1252" },
    { "extract-wrong-charset.html", "utf-8", "l’œuvre de rénovation", "WINDOWS-1252" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ProvExtraction) x = extract_file (cases[i].file, cases[i].header, NULL, &error);

      g_assert_no_error (error);
      if (strstr (x->text, cases[i].expected) == NULL)
        g_error ("%s: “%s” not in:\n%s", cases[i].file, cases[i].expected, x->text);
      g_assert_cmpstr (x->charset, ==, cases[i].charset);
      g_assert_true (g_utf8_validate (x->title, -1, NULL));
    }
}

#define LIT(s) (const guint8 *) (s), sizeof (s) - 1

static void
test_decode (void)
{
  g_autofree char *charset = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;

  /* BOM */
  a = prov_extractor_decode (LIT ("\xEF\xBB\xBFna\xC3\xAFve"), "windows-1252", &charset);
  g_assert_cmpstr (a, ==, "naïve");
  g_assert_cmpstr (charset, ==, "UTF-8");
  g_clear_pointer (&charset, g_free);
  /* HTTP header before meta */
  b = prov_extractor_decode (LIT ("<meta charset=utf-8>caf\xE9"), "latin1", &charset);
  g_assert_cmpstr (b, ==, "<meta charset=utf-8>café");
  g_assert_cmpstr (charset, ==, "WINDOWS-1252");
  g_clear_pointer (&charset, g_free);
  /* meta */
  c = prov_extractor_decode (LIT ("<meta http-equiv=\"Content-Type\" "
                                  "content=\"text/html; charset=koi8-r\">\xF0"), NULL, &charset);
  g_assert_true (g_str_has_suffix (c, "П"));
  g_assert_cmpstr (charset, ==, "KOI8-R");
  g_clear_pointer (&charset, g_free);
  /* no declaration: UTF-8 when valid … */
  d = prov_extractor_decode (LIT ("\xE2\x80\x9Cquoted\xE2\x80\x9D"), NULL, &charset);
  g_assert_cmpstr (d, ==, "“quoted”");
  g_assert_cmpstr (charset, ==, "UTF-8");
  g_clear_pointer (&charset, g_free);
  /* … else windows-1252 */
  e = prov_extractor_decode (LIT ("\x93quoted\x94"), NULL, &charset);
  g_assert_cmpstr (e, ==, "“quoted”");
  g_assert_cmpstr (charset, ==, "WINDOWS-1252");
}

static void
test_errors (void)
{
  g_autoptr(ProvExtractor) extractor = prov_extractor_new ();
  g_autoptr(GError) error = NULL;
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
  static const char nav_only[] = "<html><body><nav><a href=/>Home</a></nav>"
                                 "<script>var text = 'not this';</script></body></html>";
  ProvExtraction *x;

  x = prov_extractor_extract (extractor, (const guint8 *) "", 0, NULL, NULL, &error);
  g_assert_null (x);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_EMPTY);
  g_clear_error (&error);

  x = prov_extractor_extract (extractor, png, sizeof png, NULL, NULL, &error);
  g_assert_null (x);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NOT_HTML);
  g_clear_error (&error);

  x = prov_extractor_extract (extractor, (const guint8 *) nav_only, strlen (nav_only), NULL,
                              NULL, &error);
  g_assert_null (x);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NO_CONTENT);
}

static void
test_markdown (void)
{
  static const char md[] =
    "Harbour brief\n"
    "=============\n"
    "\n"
    "The mayor *reportedly* wants a **smaller** plan, says `the memo`.\n"
    "It was seen by [the Ledger](https://ledger.example/) on Monday.\n"
    "\n"
    "## Costs\n"
    "\n"
    "1. dredging\n"
    "2. the quay\n"
    "\n"
    "> It could take years,\n"
    "> the mayor said.\n"
    "\n"
    "```\n"
    "cost = 2 * estimate\n"
    "```\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvExtraction) x = prov_markdown_reader_read (md, -1, &error);
  guint headings = 0, items = 0, quotes = 0, links = 0, pre = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (x->title, ==, "Harbour brief");
  g_assert_nonnull (strstr (x->text, "The mayor reportedly wants a smaller plan, says the memo. "
                                     "It was seen by the Ledger on Monday."));
  g_assert_nonnull (strstr (x->text, "cost = 2 * estimate"));
  for (guint i = 0; i < x->structure->len; i++)
    {
      const ProvBlock *b = g_ptr_array_index (x->structure, i);
      g_autofree char *text = block_text (x, b);

      switch (b->kind)
        {
        case PROV_BLOCK_HEADING:
          headings++;
          g_assert_cmpuint (b->level, ==, headings);
          g_assert_cmpstr (text, ==, headings == 1 ? "Harbour brief" : "Costs");
          break;
        case PROV_BLOCK_LIST_ITEM:
          items++;
          g_assert_cmpstr (text, ==, items == 1 ? "dredging" : "the quay");
          break;
        case PROV_BLOCK_BLOCKQUOTE:
          quotes++;
          g_assert_cmpstr (text, ==, "It could take years, the mayor said.");
          break;
        case PROV_BLOCK_LINK:
          links++;
          g_assert_cmpstr (text, ==, "the Ledger");
          g_assert_cmpstr (b->href, ==, "https://ledger.example/");
          break;
        case PROV_BLOCK_PREFORMATTED:
          pre++;
          break;
        case PROV_BLOCK_PARAGRAPH:
        case PROV_BLOCK_PAGE:
        default:
          break;
        }
    }
  g_assert_cmpuint (headings, ==, 2);
  g_assert_cmpuint (items, ==, 2);
  g_assert_cmpuint (quotes, ==, 1);
  g_assert_cmpuint (links, ==, 1);
  g_assert_cmpuint (pre, ==, 1);

  g_clear_pointer (&x, prov_extraction_free);
  x = prov_markdown_reader_read ("caf\xe9", -1, &error);
  g_assert_null (x);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_INVALID);
}

static void
test_cli_extract (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "extract-jsonld-byline.html", NULL);
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "extract", path, "--url",
                                            "https://ledger.example/a", "--format", "json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  const char *keys[] = { "title", "byline", "published", "site", "language", "text" };

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  json_parser_load_from_data (parser, run->out, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (object), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (object, keys[i]));
  g_assert_cmpstr (json_object_get_string_member (object, "byline"), ==,
                   "Ines Duarte, Tom Okafor");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (object, "text"),
                                   paragraphs[0]));
}

static void
test_cli_extract_errors (void)
{
  g_autoptr(ProvCliRun) missing = prov_cli_run (NULL, "extract", "/nonexistent/page.html", NULL);
  g_autoptr(ProvCliRun) none = prov_cli_run (NULL, "extract", NULL);
  g_autoptr(ProvCliRun) format = prov_cli_run (NULL, "extract", "x.html", "--format", "xml",
                                               NULL);
  g_autoptr(ProvCliRun) empty = prov_cli_run ("", "extract", "-", NULL);

  g_assert_cmpint (missing->status, ==, 1);
  g_assert_cmpstr (missing->out, ==, "");
  /* one clear line */
  g_assert_nonnull (strstr (missing->err, "/nonexistent/page.html"));
  g_assert_cmpint (strchr (missing->err, '\n') - missing->err + 1, ==, strlen (missing->err));
  g_assert_cmpint (none->status, ==, 2);
  g_assert_cmpint (format->status, ==, 2);
  g_assert_cmpint (empty->status, ==, 1);
  g_assert_nonnull (strstr (empty->err, "empty"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/extractor/jsonld-byline", test_jsonld_byline);
  g_test_add_func ("/prov/extractor/share-bar", test_share_bar);
  g_test_add_func ("/prov/extractor/comments", test_comments);
  g_test_add_func ("/prov/extractor/live-blog", test_live_blog);
  g_test_add_func ("/prov/extractor/br-paragraphs", test_br_paragraphs);
  g_test_add_func ("/prov/extractor/paywall", test_paywall);
  g_test_add_func ("/prov/extractor/related-and-structure", test_related_and_structure);
  g_test_add_func ("/prov/extractor/charsets", test_charsets);
  g_test_add_func ("/prov/extractor/decode", test_decode);
  g_test_add_func ("/prov/extractor/errors", test_errors);
  g_test_add_func ("/prov/extractor/markdown", test_markdown);
  g_test_add_func ("/prov/extractor/cli", test_cli_extract);
  g_test_add_func ("/prov/extractor/cli-errors", test_cli_extract_errors);

  return g_test_run ();
}
