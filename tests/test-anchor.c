/* test-anchor.c — re-anchoring: insertions, deletions, moved paragraphs, repeats, edited quotes
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prov-anchor.h"
#include "test-store-util.h"

#define P1 "The harbour expansion will be delayed by at least a year, two officials said.\n\n"
#define P2 "According to the Port Authority, costs rose sharply over the winter months.\n\n"
#define P3 "The mayor reportedly opposed the plan, which could potentially cost more.\n\n"

typedef struct
{
  char *exact;
  char *prefix;
  char *suffix;
  gint64 start;
} Quote;

static Quote
quote_of (const char *text,
          const char *needle,
          guint       nth)
{
  g_autoptr(ProvAnchorText) t = prov_anchor_text_new (text);
  ProvSpan span = test_span (text, needle, nth);
  Quote q = { 0 };

  q.start = span.start;
  q.exact = prov_anchor_text_slice (t, span.start, span.end);
  q.prefix = prov_anchor_text_slice (t, span.start - 32, span.start);
  q.suffix = prov_anchor_text_slice (t, span.end, span.end + 32);
  return q;
}

static void
quote_clear (Quote *q)
{
  g_free (q->exact);
  g_free (q->prefix);
  g_free (q->suffix);
}

static ProvAnchorMatch
reanchor (const char *old_text,
          const char *new_text,
          const char *needle,
          guint       nth)
{
  Quote q = quote_of (old_text, needle, nth);
  g_autoptr(ProvAnchorText) t = prov_anchor_text_new (new_text);
  ProvAnchorMatch m = prov_anchor_find (t, q.exact, q.prefix, q.suffix, q.start);

  quote_clear (&q);
  return m;
}

static void
assert_at (ProvAnchorMatch  m,
           ProvAnchorState  state,
           const char      *text,
           const char      *needle,
           guint            nth)
{
  ProvSpan span = test_span (text, needle, nth);

  g_assert_cmpint (m.state, ==, state);
  g_assert_cmpint (m.start, ==, span.start);
  g_assert_cmpint (m.end, ==, span.end);
}

static void
test_unchanged (void)
{
  const char *text = P1 P2 P3;

  assert_at (reanchor (text, text, "said", 0), PROV_ANCHOR_EXACT, text, "said", 0);
  assert_at (reanchor (text, text, "reportedly", 0), PROV_ANCHOR_EXACT, text, "reportedly", 0);
}

static void
test_insertion (void)
{
  const char *old_text = P1 P2 P3;
  const char *new_text = "Update: this story was corrected on Tuesday.\n\n" P1
                         "A new paragraph about something else entirely.\n\n" P2 P3;

  assert_at (reanchor (old_text, new_text, "said", 0), PROV_ANCHOR_EXACT, new_text, "said", 0);
  assert_at (reanchor (old_text, new_text, "According to", 0), PROV_ANCHOR_EXACT, new_text,
             "According to", 0);
  assert_at (reanchor (old_text, new_text, "could potentially", 0), PROV_ANCHOR_EXACT,
             new_text, "could potentially", 0);
}

static void
test_deletion (void)
{
  const char *old_text = P1 P2 P3;
  const char *new_text = P1 P3;
  ProvAnchorMatch m;

  m = reanchor (old_text, new_text, "According to", 0);
  g_assert_cmpint (m.state, ==, PROV_ANCHOR_ORPHAN);
  g_assert_cmpint (m.start, ==, -1);
  m = reanchor (old_text, new_text, "costs rose sharply over the winter months", 0);
  g_assert_cmpint (m.state, ==, PROV_ANCHOR_ORPHAN);
  assert_at (reanchor (old_text, new_text, "reportedly", 0), PROV_ANCHOR_EXACT, new_text,
             "reportedly", 0);
}

static void
test_moved_paragraph (void)
{
  const char *old_text = P1 P2 P3;
  const char *new_text = P3 P1 P2;

  assert_at (reanchor (old_text, new_text, "reportedly", 0), PROV_ANCHOR_EXACT, new_text,
             "reportedly", 0);
  assert_at (reanchor (old_text, new_text, "two officials", 0), PROV_ANCHOR_EXACT, new_text,
             "two officials", 0);
}

static void
test_repeated_quote (void)
{
  /* "said" three times: each finds its own occurrence by its prefix and suffix, even after the
   * paragraphs are reordered. */
  const char *a = "First, the minister said the port will open in May.\n\n";
  const char *b = "Later, a union leader said workers were not consulted at all.\n\n";
  const char *c = "Finally, a resident said the noise had already become unbearable.\n\n";
  g_autofree char *old_text = g_strconcat (a, b, c, NULL);
  g_autofree char *new_text = g_strconcat (c, a, "An inserted line.\n\n", b, NULL);

  for (guint i = 0; i < 3; i++)
    {
      Quote q = quote_of (old_text, "said", i);
      g_autoptr(ProvAnchorText) t = prov_anchor_text_new (new_text);
      ProvAnchorMatch m = prov_anchor_find (t, q.exact, q.prefix, q.suffix, q.start);
      const char *expected_context[] = { "minister said", "union leader said",
                                         "resident said" };
      ProvSpan span = test_span (new_text, expected_context[i], 0);

      g_assert_cmpint (m.state, ==, PROV_ANCHOR_EXACT);
      g_assert_cmpint (m.end, ==, span.end);
      quote_clear (&q);
    }
}

static void
test_edited_quote (void)
{
  const char *old_text = P1 P2 P3;
  const char *new_text =
    P1 "According to the Port Authority, costs rose steeply over the winter months.\n\n" P3;
  ProvAnchorMatch m = reanchor (old_text, new_text,
                                "According to the Port Authority, costs rose sharply", 0);
  ProvSpan span = test_span (new_text, "According to", 0);

  g_assert_cmpint (m.state, ==, PROV_ANCHOR_FUZZY);
  g_assert_cmpint (m.start, ==, span.start);
  g_assert_cmpuint (m.errors, >, 0);
  g_assert_cmpuint (m.errors, <=, 8);
  g_assert_cmpfloat (m.score, >, 55.0);
}

static void
test_long_quote (void)
{
  /* a quote longer than one 64-bit block, with edits in several blocks */
  g_autoptr(GString) old_text = g_string_new (P1);
  g_autoptr(GString) new_text = g_string_new (P1);
  const char *para = "In a statement issued late on Friday evening, the regional transport "
                     "ministry said that the tender for the second phase of the harbour works "
                     "would be reopened, citing irregularities in two of the bids.";
  const char *edited = "In a statement issued late on Friday, the regional transport "
                       "ministry said that the tender for the second stage of the harbour works "
                       "will be reopened, citing irregularities in three of the bids.";
  g_autoptr(ProvAnchorText) t = NULL;
  Quote q;
  ProvAnchorMatch m;

  g_string_append (old_text, para);
  g_string_append (old_text, "\n\n" P3);
  g_string_append (new_text, P2);
  g_string_append (new_text, edited);
  g_string_append (new_text, "\n\n" P3);

  q = quote_of (old_text->str, para, 0);
  t = prov_anchor_text_new (new_text->str);
  m = prov_anchor_find (t, q.exact, q.prefix, q.suffix, q.start);
  g_assert_cmpint (m.state, ==, PROV_ANCHOR_FUZZY);
  g_assert_cmpint (m.start, ==, test_span (new_text->str, "In a statement", 0).start);
  g_assert_cmpint (m.end, ==, test_span (new_text->str, "of the bids.", 0).end);
  quote_clear (&q);
}

static void
test_unicode_offsets (void)
{
  const char *old_text = "« Le port ouvrira », a déclaré le ministre. Ça dépend, dit-il.";
  const char *new_text = "Mise à jour. « Le port ouvrira », a déclaré le ministre. Ça dépend.";

  assert_at (reanchor (old_text, new_text, "a déclaré", 0), PROV_ANCHOR_EXACT, new_text,
             "a déclaré", 0);
}

static void
test_edit_distance (void)
{
  gunichar a[] = { 'k', 'i', 't', 't', 'e', 'n' };
  gunichar b[] = { 's', 'i', 't', 't', 'i', 'n', 'g' };

  g_assert_cmpuint (prov_anchor_edit_distance (a, 6, b, 7), ==, 3);
  g_assert_cmpuint (prov_anchor_edit_distance (a, 0, b, 7), ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/anchor/unchanged", test_unchanged);
  g_test_add_func ("/prov/anchor/insertion", test_insertion);
  g_test_add_func ("/prov/anchor/deletion", test_deletion);
  g_test_add_func ("/prov/anchor/moved-paragraph", test_moved_paragraph);
  g_test_add_func ("/prov/anchor/repeated-quote", test_repeated_quote);
  g_test_add_func ("/prov/anchor/edited-quote", test_edited_quote);
  g_test_add_func ("/prov/anchor/long-quote", test_long_quote);
  g_test_add_func ("/prov/anchor/unicode-offsets", test_unicode_offsets);
  g_test_add_func ("/prov/anchor/edit-distance", test_edit_distance);

  return g_test_run ();
}
