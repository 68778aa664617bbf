/* test-text.c — normalisation (one code point to one) and sentence boundaries
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prov-analyzer.h"
#include "prov-text.h"

static void
test_normalize_spaces_quotes_dashes (void)
{
  g_autoptr(GError) error = NULL;
  const char *in = "A\u00a0B\u2009C \u201cquoted\u201d \u2018single\u2019 "
                   "x\u2013y z\u2014w a\u2011b";
  g_autofree char *out = prov_text_normalize (in, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "A B C \"quoted\" 'single' x\u2014y z\u2014w a-b");
  g_assert_cmpint (g_utf8_strlen (out, -1), ==, g_utf8_strlen (in, -1));
}

static void
test_normalize_keeps_length (void)
{
  g_autoptr(GError) error = NULL;
  const char *in = "\xf0\x9f\x98\x80 emoji \u00e9t\u00e9 \u2028next\u3000end\ufeff";
  g_autofree char *out = prov_text_normalize (in, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (out, -1), ==, g_utf8_strlen (in, -1));
  g_assert_true (g_str_has_prefix (out, "\xf0\x9f\x98\x80 emoji \u00e9t\u00e9 \nnext end "));
}

static void
test_normalize_invalid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = prov_text_normalize ("ok \xff bad", -1, &error);

  g_assert_null (out);
  g_assert_error (error, PROV_ANALYZER_ERROR, PROV_ANALYZER_ERROR_INVALID_UTF8);
}

/* Returns the sentences of @text joined with " | ". */
static char *
split (const char *text)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new ();
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 prev = 0;

  g_assert_true (prov_text_sentences (text, strlen (text), lexicon, bounds));
  for (guint i = 0; i < bounds->len; i++)
    {
      gint64 end = g_array_index (bounds, gint64, i);
      const char *s = g_utf8_offset_to_pointer (text, prev);
      const char *e = g_utf8_offset_to_pointer (text, end);
      g_autofree char *sentence = g_strstrip (g_strndup (s, (gsize) (e - s)));

      if (out->len > 0)
        g_string_append (out, " | ");
      g_string_append (out, sentence);
      prev = end;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
check_split (const char *text,
             const char *expected)
{
  g_autofree char *got = split (text);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_sentences_titles (void)
{
  check_split ("Dr. Ahmed Rahimi spoke first. Sen. Jane Doe replied. Gov. Smith left.",
               "Dr. Ahmed Rahimi spoke first. | Sen. Jane Doe replied. | Gov. Smith left.");
  check_split ("It was Prof. Lee and Lt. Gen. Ray Odierno who came.",
               "It was Prof. Lee and Lt. Gen. Ray Odierno who came.");
}

static void
test_sentences_companies (void)
{
  check_split ("He sold to Huawei Technologies Co. Ltd. in May. The deal closed.",
               "He sold to Huawei Technologies Co. Ltd. in May. | The deal closed.");
  check_split ("Shares of Acme Corp. fell. The company said it would recover.",
               "Shares of Acme Corp. fell. | The company said it would recover.");
  check_split ("The buyer was Apple Inc. It paid cash.",
               "The buyer was Apple Inc. | It paid cash.");
}

static void
test_sentences_initialisms (void)
{
  check_split ("The U.S. Senate voted. The U.K. government did not.",
               "The U.S. Senate voted. | The U.K. government did not.");
  check_split ("Troops left the U.S. They went home.",
               "Troops left the U.S. | They went home.");
  check_split ("John F. Kennedy spoke.", "John F. Kennedy spoke.");
}

static void
test_sentences_months (void)
{
  check_split ("It opened on Aug. 5 last year. Sept. 11 changed that.",
               "It opened on Aug. 5 last year. | Sept. 11 changed that.");
}

static void
test_sentences_quotes (void)
{
  /* A quote of two sentences: ICU breaks inside it, the analyzer pairs the quote marks. */
  check_split ("\"We will win. We will fight,\" he said. Then he left.",
               "\"We will win. | We will fight,\" he said. | Then he left.");
  check_split ("\"Is it over?\" she asked. Nobody knew.",
               "\"Is it over?\" | she asked. | Nobody knew.");
}

static void
test_sentences_code_points (void)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new ();
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* A character outside the BMP is two UTF-16 units but one code point. */
  const char *text = "\xf0\x9f\x98\x80 It went. Stop now.";

  g_assert_true (prov_text_sentences (text, strlen (text), lexicon, bounds));
  g_assert_cmpuint (bounds->len, ==, 2);
  g_assert_cmpint (g_array_index (bounds, gint64, 0), ==, 11);
  g_assert_cmpint (g_array_index (bounds, gint64, 1), ==, 20);
}

static void
test_sentences_lines (void)
{
  check_split ("HEADLINE WITHOUT STOP\nBody text here.", "HEADLINE WITHOUT STOP | Body text here.");
  check_split ("", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/text/normalize/spaces-quotes-dashes",
                   test_normalize_spaces_quotes_dashes);
  g_test_add_func ("/prov/text/normalize/keeps-length", test_normalize_keeps_length);
  g_test_add_func ("/prov/text/normalize/invalid", test_normalize_invalid);
  g_test_add_func ("/prov/text/sentences/titles", test_sentences_titles);
  g_test_add_func ("/prov/text/sentences/companies", test_sentences_companies);
  g_test_add_func ("/prov/text/sentences/initialisms", test_sentences_initialisms);
  g_test_add_func ("/prov/text/sentences/months", test_sentences_months);
  g_test_add_func ("/prov/text/sentences/quotes", test_sentences_quotes);
  g_test_add_func ("/prov/text/sentences/code-points", test_sentences_code_points);
  g_test_add_func ("/prov/text/sentences/lines", test_sentences_lines);

  return g_test_run ();
}
