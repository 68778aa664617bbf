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

