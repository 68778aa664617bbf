/* gui-shot.c — renders the reader with the sample article to PNG, light and dark
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24" build/bench/gui-shot OUTDIR [WIDTH HEIGHT]
 *
 * Writes OUTDIR/reader-light.png and OUTDIR/reader-dark.png (a claim selected), and
 * OUTDIR/reader-claim.png (the whole screen, with a selection and the make-claim popover).
 * Run it after every visual change and look at the pictures.
 */
#define G_LOG_DOMAIN "gui-shot"

#include "config.h"

#include <adwaita.h>

#include "prov-markdown-reader.h"
#include "test-reader-util.h"

static const char markdown_v1[] =
  "# Council vote on the Ferris Road rail spur postponed again after a late objection from "
  "the freight operators' association\n\n"
  "The council postponed its vote on the rail spur, the clerk said on Monday.\n\n"
  "## What the objection says\n\n"
  "> The spur would cut through the only access road to the yard, and it could close the "
  "yard for a year.\n\n"
  "The association listed three demands:\n\n"
  "- a second access road, which officials familiar with the plan said was never costed;\n"
  "- compensation for the closure, reportedly about $4 million;\n"
  "- a new survey of the site.\n\n"
  "Read the [full objection](https://example.org/objection) on the council's site.\n\n"
  "Mayor Alan Pryce said the vote would take place in June.";

static gint64
add_markdown (ProvStore  *store,
              const char *markdown)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvExtraction) extraction = prov_markdown_reader_read (markdown, -1, &error);
  g_autofree char *structure = NULL;
  g_autofree char *structure_dark = NULL;
  g_autofree char *orphans = NULL;
  ProvDocumentInfo info = {
    .uri = "https://courier.example/council-vote",
    .title = "Council vote on the Ferris Road rail spur postponed again after a late objection "
             "from the freight operators' association",
    .site = "The Calder Courier",
    .byline = "Ines Duarte and Tom Ashby",
    .published = "2026-11-20T08:30:00Z",
  };

  g_assert_no_error (error);
  structure = prov_extraction_structure_to_json (extraction);
  return prov_reader_test_add (store, &info, extraction->text, structure);
}

static void
render (GtkWidget  *widget,
        const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("Cannot write %s\n", path);
  else
    g_print ("%s\n", path);
}

/* Popovers are surfaces of their own: take the whole screen (ImageMagick's import). */
static void
screen (const char *path)
{
  g_autofree char *command = g_strdup_printf ("import -window root %s", path);
  g_autoptr(GError) error = NULL;

  if (!g_spawn_command_line_sync (command, NULL, NULL, NULL, &error))
    g_printerr ("Cannot run import: %s\n", error->message);
  else
    g_print ("%s\n", path);
}

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
selected_cb (ProvReaderView *reader)
{
  g_print ("selected-claim-id %" G_GINT64_FORMAT "\n",
           prov_reader_view_get_selected_claim_id (reader));
}

/* gui-shot --hold SECONDS: shows the sample and waits, for poking at it with xdotool. */
static int
hold (guint seconds)
{
  g_autofree char *dir = NULL;
  g_autoptr(ProvStore) store = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *reader = g_object_new (PROV_TYPE_READER_VIEW, NULL);

  store = prov_reader_test_store_new (&dir);
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 780);
  gtk_window_set_child (GTK_WINDOW (window), reader);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (reader, "notify::selected-claim-id", G_CALLBACK (selected_cb), NULL);
  prov_reader_view_set_store (PROV_READER_VIEW (reader), store);
  prov_reader_view_set_document_id (PROV_READER_VIEW (reader),
                                    prov_reader_test_add_sample (store));
  settle (seconds * 1000);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  prov_reader_test_remove_dir (dir);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;
  g_autofree char *claim = NULL;
  g_autofree char *structure = NULL;
  g_autofree char *structure_dark = NULL;
  g_autofree char *orphans = NULL;
  GtkWidget *window;
  GtkWidget *reader;
  gint64 id;
  int width = argc > 3 ? atoi (argv[2]) : 760;
  int height = argc > 3 ? atoi (argv[3]) : 780;

  if (argc < 2)
    {
      g_printerr ("usage: gui-shot OUTDIR [WIDTH HEIGHT]\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  if (g_str_equal (argv[1], "--hold"))
    return hold (argc > 2 ? (guint) atoi (argv[2]) : 30);

  store = prov_reader_test_store_new (&dir);
  id = prov_reader_test_add_sample (store);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  reader = g_object_new (PROV_TYPE_READER_VIEW, NULL);
  gtk_window_set_child (GTK_WINDOW (window), reader);
  gtk_window_present (GTK_WINDOW (window));
  settle (300);

  prov_reader_view_set_store (PROV_READER_VIEW (reader), store);
  prov_reader_view_set_document_id (PROV_READER_VIEW (reader), id);
  prov_reader_test_wait_loaded (PROV_READER_VIEW (reader));
  prov_reader_view_activate_offset (PROV_READER_VIEW (reader), 132);
  settle (500);

  light = g_build_filename (argv[1], "reader-light.png", NULL);
  render (window, light);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  settle (500);
  dark = g_build_filename (argv[1], "reader-dark.png", NULL);
  render (window, dark);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  prov_reader_view_select_range (PROV_READER_VIEW (reader), 429, 446);
  gtk_widget_activate_action (reader, "reader.make-claim", NULL);
  settle (500);
  claim = g_build_filename (argv[1], "reader-claim.png", NULL);
  screen (claim);

  /* Headings, a quotation, a list, a link, a long title; then a re-fetch that changed it. */
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_last_child (GTK_WIDGET (
    prov_reader_view_get_text_view (PROV_READER_VIEW (reader))))));
  id = add_markdown (store, markdown_v1);
  prov_reader_view_set_document_id (PROV_READER_VIEW (reader), id);
  prov_reader_test_wait_loaded (PROV_READER_VIEW (reader));
  {
    g_autoptr(GString) v2 = g_string_new (markdown_v1);

    g_string_replace (v2, "- compensation for the closure, reportedly about $4 million;\n", "", 1);
    g_string_replace (v2, "on Monday", "on Tuesday", 1);
    add_markdown (store, v2->str);
  }
  settle (800);
  structure = g_build_filename (argv[1], "reader-structure.png", NULL);
  render (window, structure);

  /* Dark, with the named sources hidden by the legend. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  prov_reader_view_set_kind_shown (PROV_READER_VIEW (reader), PROV_KIND_NAMED, FALSE);
  settle (500);
  structure_dark = g_build_filename (argv[1], "reader-structure-dark.png", NULL);
  render (window, structure_dark);

  /* The list of passages the re-fetch lost. */
  orphans = g_build_filename (argv[1], "reader-orphans.png", NULL);
  gtk_menu_button_popup (GTK_MENU_BUTTON (find_type (reader, GTK_TYPE_MENU_BUTTON)));
  settle (500);
  screen (orphans);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  prov_reader_test_remove_dir (dir);
  return 0;
}
