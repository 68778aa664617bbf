/* test-store-util.h — temporary libraries and hand-made analyses for the store tests
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "prov-store.h"

/* A fresh temporary folder; the caller removes it with test_rmdir. */
static inline char *
test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("prov-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
test_rmdir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Finds the code-point span of the @nth (0-based) occurrence of @needle in @text. */
static inline ProvSpan
test_span (const char *text,
           const char *needle,
           guint       nth)
{
  const char *p = text;

  for (;;)
    {
      p = strstr (p, needle);
      g_assert_nonnull (p);
      if (nth-- == 0)
        break;
      p++;
    }
  return (ProvSpan) { g_utf8_pointer_to_offset (text, p),
                      g_utf8_pointer_to_offset (text, p) + g_utf8_strlen (needle, -1) };
}

/* An analysis of @text with no attributions yet. */
static inline ProvAnalysis *
test_analysis_new (const char *text)
{
  ProvAnalysis *analysis = g_new0 (ProvAnalysis, 1);

  analysis->text = g_strdup (text);
  analysis->attributions = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                           prov_attribution_free);
  return analysis;
}

/* Adds an attribution found by substrings (NULL source/content: none). */
static inline void
test_analysis_add (ProvAnalysis *analysis,
                   ProvKind      kind,
                   const char   *cue,
                   const char   *source,
                   const char   *content)
{
  ProvSpan s = source != NULL ? test_span (analysis->text, source, 0) : PROV_SPAN_NONE;
  ProvSpan c = content != NULL ? test_span (analysis->text, content, 0) : PROV_SPAN_NONE;

  g_ptr_array_add (analysis->attributions,
                   prov_attribution_new (kind, test_span (analysis->text, cue, 0), s, c,
                                         "test-rule", 0.9));
  analysis->profile.counts[kind]++;
}

static inline void
test_analysis_free (ProvAnalysis *analysis)
{
  g_free (analysis->text);
  g_ptr_array_unref (analysis->attributions);
  g_free (analysis);
}

/* Adds a document titled @title with one attribution per letter of @kinds: n named,
 * a anonymous, h hearsay, e hedge, q quote. Returns its id. */
static inline gint64
test_add_sourced_document (ProvStore  *store,
                           const char *title,
                           const char *kinds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *uri = g_strdup_printf ("https://example.org/%s", title);
  ProvDocumentInfo info = { uri, title, NULL, NULL, NULL, NULL, NULL };
  ProvAnalysis *analysis;
  ProvStoreAddResult res;

  for (guint i = 0; kinds[i] != '\0'; i++)
    g_string_append_printf (text, "Speaker%u remarked%u on the %s plan. ", i, i, title);
  analysis = test_analysis_new (text->str);
  for (guint i = 0; kinds[i] != '\0'; i++)
    {
      g_autofree char *cue = g_strdup_printf ("remarked%u", i);
      g_autofree char *source = g_strdup_printf ("Speaker%u", i);
      ProvKind kind = kinds[i] == 'n' ? PROV_KIND_NAMED
                      : kinds[i] == 'a' ? PROV_KIND_ANONYMOUS
                      : kinds[i] == 'h' ? PROV_KIND_HEARSAY
                      : kinds[i] == 'e' ? PROV_KIND_HEDGE : PROV_KIND_QUOTE;

      test_analysis_add (analysis, kind, cue,
                         kind == PROV_KIND_NAMED || kind == PROV_KIND_ANONYMOUS ? source : NULL,
                         NULL);
    }
  g_assert_true (prov_store_add_document_version_sync (store, &info, text->str, NULL, NULL, NULL,
                                                       NULL, analysis, &res, &error));
  g_assert_no_error (error);
  test_analysis_free (analysis);
  return res.document_id;
}
