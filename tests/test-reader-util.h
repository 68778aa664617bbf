/* test-reader-util.h — library fixtures for the reader's tests, benchmark and screenshots
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "prov-analyzer.h"
#include "prov-reader-view.h"
#include "prov-store.h"

/* A fresh library in a new temporary folder; *dir receives the folder (remove it after). */
static inline ProvStore *
prov_reader_test_store_new (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ProvStore *store;

  *dir = g_dir_make_tmp ("prov-reader-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "library.db", NULL);
  store = prov_store_open_sync (path, NULL, &error);
  g_assert_no_error (error);
  return store;
}

/* Removes the library folder made by prov_reader_test_store_new (). */
static inline void
prov_reader_test_remove_dir (const char *dir)
{
  const char *names[] = { "library.db", "library.db-wal", "library.db-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Stores @text (analyzed) with @structure (JSON or NULL) as a document; returns its id. */
static inline gint64
prov_reader_test_add (ProvStore              *store,
                      const ProvDocumentInfo *info,
                      const char             *text,
                      const char             *structure)
{
  g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  ProvStoreAddResult result = { 0, };

  analysis = prov_analyzer_analyze (analyzer, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (prov_store_add_document_version_sync (store, info, analysis->text, structure,
                                                       NULL, NULL, NULL, analysis, &result,
                                                       &error));
  g_assert_no_error (error);
  return result.document_id;
}

/* Imports the sample article (data/sample/harbour-plan.txt and .json). */
static inline gint64
prov_reader_test_add_sample (ProvStore *store)
{
  g_autofree char *txt = g_build_filename (PROV_SOURCE_DIR, "data", "sample",
                                           "harbour-plan.txt", NULL);
  g_autofree char *json = g_build_filename (PROV_SOURCE_DIR, "data", "sample",
                                            "harbour-plan.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ProvDocumentInfo info = { 0, };
  JsonObject *meta;

  g_assert_true (g_file_get_contents (txt, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, json, &error));
  g_assert_no_error (error);
  meta = json_node_get_object (json_parser_get_root (parser));
  info.uri = json_object_get_string_member (meta, "uri");
  info.title = json_object_get_string_member (meta, "title");
  info.byline = json_object_get_string_member_with_default (meta, "byline", NULL);
  info.site = json_object_get_string_member_with_default (meta, "site", NULL);
  info.published = json_object_get_string_member_with_default (meta, "published", NULL);
  info.language = json_object_get_string_member_with_default (meta, "language", NULL);
  return prov_reader_test_add (store, &info, text, NULL);
}

/* A long article whose every sentence the analyzer finds as one claim (five kinds in turn). */
static inline char *
prov_reader_test_long_text (guint n_sentences)
{
  static const char * const names[] = {
    "Maria Lindqvist", "Alan Pryce", "Ruth Okafor", "Joanna Field", "Ines Duarte",
  };
  static const char * const things[] = {
    "budget", "bridge", "harbour", "tunnel", "contract", "survey", "tender",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_sentences; i++)
    {
      const char *name = names[i % G_N_ELEMENTS (names)];
      const char *thing = things[(i / 5) % G_N_ELEMENTS (things)];

      switch (i % 5)
        {
        case 0:
          g_string_append_printf (text, "%s said the %s would rise.", name, thing);
          break;
        case 1:
          g_string_append_printf (text, "Officials familiar with the matter said the %s was "
                                  "late.", thing);
          break;
        case 2:
          g_string_append_printf (text, "The %s is reportedly expensive.", thing);
          break;
        case 3:
          g_string_append_printf (text, "The %s could close next year.", thing);
          break;
        default:
          g_string_append_printf (text, "\xe2\x80\x9cThe %s is busy,\xe2\x80\x9d %s said.",
                                  thing, name);
          break;
        }
      g_string_append (text, i % 5 == 4 ? "\n\n" : " ");
    }
  g_string_truncate (text, text->len - 2);
  return g_string_free (text, FALSE);
}

static inline void
prov_reader_test_loaded_cb (ProvReaderView *reader,
                            gboolean       *loaded)
{
  *loaded = TRUE;
}

/* Runs the main loop until @reader shows its document (or fails the test after 10 s). */
static inline void
prov_reader_test_wait_loaded (ProvReaderView *reader)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (prov_reader_view_get_loading (reader))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}
