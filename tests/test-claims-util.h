/* test-claims-util.h — a temporary library analyzed from our own text, for the claims tests
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "prov-analyzer.h"
#include "prov-store.h"
#include "test-gui-util.h"

/* Five sentences, one of each kind, in this order: named, anonymous, hearsay, hedge, quote. */
#define TEST_CLAIMS_TEXT \
  "The harbour plan will be delayed, the Port Authority said on Monday. " \
  "Two officials familiar with the plan said the cost had doubled. " \
  "The contractor reportedly asked for more time. " \
  "The project could be delayed by a year. " \
  "“We will not sign,” Mayor Alan Pryce said."

typedef struct
{
  char      *dir;
  ProvStore *store;
} TestLibrary;

/* Analyzes @text and stores it as the document @uri; returns its id. */
static inline gint64
test_library_add (TestLibrary *lib,
                  const char  *uri,
                  const char  *title,
                  const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
  g_autoptr(ProvAnalysis) analysis = prov_analyzer_analyze (analyzer, text, -1, &error);
  ProvDocumentInfo info = { .uri = uri, .title = title, .site = "Test Ledger" };
  ProvStoreAddResult result = { 0, };

  g_assert_no_error (error);
  g_assert_true (prov_store_add_document_version_sync (lib->store, &info, analysis->text, NULL,
                                                       NULL, NULL, NULL, analysis, &result,
                                                       &error));
  g_assert_no_error (error);
  return result.document_id;
}

/* Opens a fresh library in a temporary folder. */
static inline void
test_library_open (TestLibrary *lib)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  lib->dir = g_dir_make_tmp ("prov-claims-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (lib->dir, "library.db", NULL);
  lib->store = prov_store_open_sync (path, NULL, &error);
  g_assert_no_error (error);
}

/* Closes the library and removes its folder. */
static inline void
test_library_close (TestLibrary *lib)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&lib->store);
  prov_test_iterate ();
  d = g_dir_open (lib->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (lib->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (lib->dir);
  g_clear_pointer (&lib->dir, g_free);
}

/* Renders @widget into @path (PNG), as it is on screen. */
static inline void
test_save_png (GtkWidget  *widget,
               const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
