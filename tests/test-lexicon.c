/* test-lexicon.c — the built-in lexicon, user additions and suppressions, grep patterns
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prov-analyzer.h"
#include "prov-lexicon.h"

static void
test_builtin (void)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new ();

  /* Every form of a reporting verb is an entry. */
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_REPORTING_VERB, "said"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_REPORTING_VERB, "says"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_REPORTING_VERB, "saying"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_REPORTING_VERB, "cautioned"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_OBJECT_VERB, "told"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_ACCORDING_TO, "According  To"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_HEARSAY, "reportedly"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_HEARSAY, "is said to"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_HEDGE, "could potentially"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_ANONYMOUS_PHRASE,
                                        "people familiar with"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_ANONYMOUS_HEAD, "critics"));
  g_assert_false (prov_lexicon_contains (lexicon, PROV_LEXICON_HEDGE, "banana"));
  g_assert_cmpuint (prov_lexicon_count (lexicon, PROV_LEXICON_REPORTING_VERB), >, 400);
  g_assert_cmpint (prov_lexicon_abbreviation_class (lexicon, "Sen.", 4), ==, PROV_ABBREV_TITLE);
  g_assert_cmpint (prov_lexicon_abbreviation_class (lexicon, "Co.", 3), ==, PROV_ABBREV_COMPANY);
  g_assert_cmpint (prov_lexicon_abbreviation_class (lexicon, "U.S.", 4), ==,
                   PROV_ABBREV_INITIALISM);
  g_assert_cmpint (prov_lexicon_abbreviation_class (lexicon, "Sept.", 5), ==, PROV_ABBREV_MONTH);
  g_assert_cmpint (prov_lexicon_abbreviation_class (lexicon, "word.", 5), ==, PROV_ABBREV_NONE);
  g_assert_true (prov_lexicon_is_sentence_starter (lexicon, "The", 3));
}

static guint
count_kind (ProvAnalysis *analysis,
            ProvKind      kind)
{
  guint n = 0;

  for (guint i = 0; i < analysis->attributions->len; i++)
    n += ((ProvAttribution *) g_ptr_array_index (analysis->attributions, i))->kind == kind;
  return n;
}

static void
test_extra_and_suppressed (void)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new ();
  g_autoptr(ProvAnalyzer) analyzer = NULL;
  g_autoptr(ProvAnalysis) before = NULL;
  g_autoptr(ProvAnalysis) after = NULL;
  const char *text = "The plan will supposedly pass. The mayor murmured that it was late.";

  analyzer = prov_analyzer_new_with_lexicon (lexicon);
  before = prov_analyzer_analyze (analyzer, text, -1, NULL);
  g_assert_cmpuint (count_kind (before, PROV_KIND_HEARSAY), ==, 1);
  g_assert_cmpuint (count_kind (before, PROV_KIND_NAMED), ==, 0);

  prov_lexicon_suppress (lexicon, PROV_LEXICON_HEARSAY, "supposedly");
  prov_lexicon_add (lexicon, PROV_LEXICON_REPORTING_VERB, "murmur murmured murmurs murmuring");
  g_assert_false (prov_lexicon_contains (lexicon, PROV_LEXICON_HEARSAY, "supposedly"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_REPORTING_VERB, "murmured"));
  after = prov_analyzer_analyze (analyzer, text, -1, NULL);
  g_assert_cmpuint (count_kind (after, PROV_KIND_HEARSAY), ==, 0);
  g_assert_cmpuint (count_kind (after, PROV_KIND_NAMED), ==, 1);
}

static void
test_suppress_phrase (void)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new ();

  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_HEDGE, "could potentially"));
  prov_lexicon_suppress (lexicon, PROV_LEXICON_HEDGE, "could potentially");
  g_assert_false (prov_lexicon_contains (lexicon, PROV_LEXICON_HEDGE, "could potentially"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_HEDGE, "could"));
}

static void
test_load_data (void)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new_empty ();
  g_autoptr(GError) error = NULL;
  const char *data = "# comment\n\nhead bystanders\nphrase a person in the know\n";

  g_assert_true (prov_lexicon_load_data (lexicon, PROV_LEXICON_ANONYMOUS_HEAD, data,
                                         strlen (data), &error));
  g_assert_no_error (error);
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_ANONYMOUS_HEAD, "bystanders"));
  g_assert_true (prov_lexicon_contains (lexicon, PROV_LEXICON_ANONYMOUS_PHRASE,
                                        "a person in the know"));
  g_assert_false (prov_lexicon_load_data (lexicon, PROV_LEXICON_ANONYMOUS_HEAD, "nonsense x",
                                          10, &error));
  g_assert_error (error, PROV_LEXICON_ERROR, PROV_LEXICON_ERROR_INVALID);
}

static void
test_patterns (void)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new ();
  g_autofree char *patterns = prov_lexicon_to_patterns (lexicon);
  g_auto(GStrv) lines = g_strsplit (patterns, "\n", -1);
  gboolean said = FALSE, according = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      said |= strcmp (lines[i], "said") == 0;
      according |= strcmp (lines[i], "according to") == 0;
      g_assert_null (strchr (lines[i], '.') != NULL && strstr (lines[i], "\\.") == NULL
                     ? lines[i] : NULL);
    }
  g_assert_true (said);
  g_assert_true (according);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/lexicon/builtin", test_builtin);
  g_test_add_func ("/prov/lexicon/extra-and-suppressed", test_extra_and_suppressed);
  g_test_add_func ("/prov/lexicon/suppress-phrase", test_suppress_phrase);
  g_test_add_func ("/prov/lexicon/load-data", test_load_data);
  g_test_add_func ("/prov/lexicon/patterns", test_patterns);

  return g_test_run ();
}
