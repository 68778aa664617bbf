/* test-attribution.c — kinds, spans and ordering of attributions
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-attribution.h"

static void
test_kind_names (void)
{
  for (guint i = 0; i < PROV_N_KINDS; i++)
    {
      ProvKind kind;

      g_assert_true (prov_kind_from_string (prov_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_cmpstr (prov_kind_to_string (PROV_KIND_ANONYMOUS), ==, "anonymous");
}

static void
test_kind_unknown (void)
{
  ProvKind kind = PROV_KIND_QUOTE;

  g_assert_false (prov_kind_from_string ("rumour", &kind));
  g_assert_false (prov_kind_from_string (NULL, &kind));
  g_assert_cmpint (kind, ==, PROV_KIND_QUOTE);
}

static void
test_sort_by_cue (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_attribution_free);
  ProvAttribution *first;

  g_ptr_array_add (list, prov_attribution_new (PROV_KIND_HEDGE, (ProvSpan) { 30, 35 },
                                               PROV_SPAN_NONE, PROV_SPAN_NONE, "modal", 0.6));
  g_ptr_array_add (list, prov_attribution_new (PROV_KIND_NAMED, (ProvSpan) { 4, 8 },
                                               (ProvSpan) { 0, 3 }, (ProvSpan) { 9, 20 },
                                               "subject-verb", 0.9));
  g_ptr_array_sort (list, prov_attribution_compare);

  first = g_ptr_array_index (list, 0);
  g_assert_cmpint (first->kind, ==, PROV_KIND_NAMED);
  g_assert_cmpstr (first->rule, ==, "subject-verb");
  g_assert_true (prov_span_is_set (first->source));
  g_assert_false (prov_span_is_set (((ProvAttribution *) g_ptr_array_index (list, 1))->source));
}

static void
test_copy (void)
{
  g_autoptr(ProvAttribution) a = prov_attribution_new (PROV_KIND_QUOTE, (ProvSpan) { 1, 2 },
                                                       PROV_SPAN_NONE, (ProvSpan) { 3, 9 },
                                                       "quote-after", 0.8);
  g_autoptr(ProvAttribution) b = prov_attribution_copy (a);

  g_assert_true (a->rule != b->rule);
  g_assert_cmpstr (a->rule, ==, b->rule);
  g_assert_cmpint (b->content.end, ==, 9);
  g_assert_cmpfloat (b->score, ==, 0.8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/attribution/kind-names", test_kind_names);
  g_test_add_func ("/prov/attribution/kind-unknown", test_kind_unknown);
  g_test_add_func ("/prov/attribution/sort-by-cue", test_sort_by_cue);
  g_test_add_func ("/prov/attribution/copy", test_copy);

  return g_test_run ();
}
