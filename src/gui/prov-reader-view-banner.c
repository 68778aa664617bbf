/* prov-reader-view-banner.c — the reader's "changed since" notice: what changed in the text
 * since it was first read, and the list of passages that were not found again
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-reader-view"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-reader-tags.h"
#include "prov-reader-view-private.h"

#define ELLIPSIS "\xe2\x80\xa6"

static const char *
suggestion_label (ProvSuggestion status)
{
  switch (status)
    {
    case PROV_SUGGESTION_ACCEPTED:
      return _("accepted");
    case PROV_SUGGESTION_DISMISSED:
      return _("dismissed");
    case PROV_SUGGESTION_SUGGESTED:
    default:
      return _("suggestion");
    }
}

/* @text with each run of white space as one space (NULL: ""). */
static char *
one_line (const char *text)
{
  GString *line = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space)
        g_string_append_c (line, *p);
      else if (line->len > 0 && line->str[line->len - 1] != ' ')
        g_string_append_c (line, ' ');
    }
  return g_string_free (line, FALSE);
}

static GtkWidget *
orphan_row (const ProvAnnotation *orphan)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *quote = gtk_label_new (NULL);
  GtkWidget *kind;
  ProvKind k;
  g_autofree char *caption = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *exact = NULL;

  /* The lost words in bold, within the words around them when the claim was made. */
  prefix = one_line (orphan->prefix);
  suffix = one_line (orphan->suffix);
  exact = one_line (orphan->exact);
  markup = g_markup_printf_escaped ("%s%s<b>%s</b>%s%s", *prefix ? ELLIPSIS : "", prefix,
                                    exact, suffix, *suffix ? ELLIPSIS : "");
  gtk_label_set_markup (GTK_LABEL (quote), markup);

  gtk_label_set_xalign (GTK_LABEL (quote), 0);
  gtk_label_set_wrap (GTK_LABEL (quote), TRUE);
  /* As wide as it may grow, so the popover sizes its height for the width it gets. */
  gtk_label_set_width_chars (GTK_LABEL (quote), 40);
  gtk_label_set_max_width_chars (GTK_LABEL (quote), 40);
  gtk_label_set_lines (GTK_LABEL (quote), 3);
  gtk_label_set_ellipsize (GTK_LABEL (quote), PANGO_ELLIPSIZE_END);
  gtk_label_set_selectable (GTK_LABEL (quote), TRUE);

  if (orphan->kind != NULL && prov_kind_from_string (orphan->kind, &k))
    caption = g_strdup_printf ("%s \xc2\xb7 %s", prov_reader_kind_label (k),
                               suggestion_label (orphan->status));
  else
    caption = g_strdup (_("Highlight"));
  kind = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");

  gtk_box_append (GTK_BOX (box), quote);
  gtk_box_append (GTK_BOX (box), kind);
  return box;
}

/* One passage per lost claim (its longest orphaned span), dismissed suggestions left out. */
static GPtrArray *
lost_passages (GPtrArray *orphans)
{
  GPtrArray *passages = g_ptr_array_new ();
  g_autoptr(GHashTable) by_claim = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; orphans != NULL && i < orphans->len; i++)
    {
      ProvAnnotation *a = g_ptr_array_index (orphans, i);
      gpointer index;

      if (a->status == PROV_SUGGESTION_DISMISSED || a->exact == NULL)
        continue;
      if (a->claim_id != 0 && g_hash_table_lookup_extended (by_claim, &a->claim_id, NULL, &index))
        {
          ProvAnnotation **kept = (ProvAnnotation **) &passages->pdata[GPOINTER_TO_UINT (index)];

          if (strlen (a->exact) > strlen ((*kept)->exact))
            *kept = a;
          continue;
        }
      if (a->claim_id != 0)
        g_hash_table_insert (by_claim, &a->claim_id, GUINT_TO_POINTER (passages->len));
      g_ptr_array_add (passages, a);
    }
  return passages;
}

void
_prov_reader_view_update_banner (ProvReaderView *self)
{
  ProvReaderPage *page = self->page;
  g_autoptr(GPtrArray) passages = lost_passages (page->orphans);
  g_autoptr(GString) parts = g_string_new (NULL);
  gboolean show;
  GtkWidget *child;

  show = prov_document_get_version_count (page->contents->document) > 1 &&
         (page->n_changed > 0 || passages->len > 0) &&
         self->banner_hidden_for != self->document_id;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->orphans_list))) != NULL)
    gtk_list_box_remove (self->orphans_list, child);
  for (guint i = 0; i < passages->len; i++)
    gtk_list_box_append (self->orphans_list, orphan_row (g_ptr_array_index (passages, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->orphans_button), passages->len > 0);
  /* Wrapped rows under-report their natural height in a popover: give room by count. */
  gtk_scrolled_window_set_min_content_height (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->orphans_list),
                                                  GTK_TYPE_SCROLLED_WINDOW)),
    MIN (passages->len, 4) * 84);

  if (show)
    {
      g_autofree char *text = NULL;

      if (page->n_changed > 0)
        g_string_append_printf (parts, ngettext ("%u claim changed", "%u claims changed",
                                                 page->n_changed), page->n_changed);
      if (passages->len > 0)
        {
          if (parts->len > 0)
            g_string_append (parts, ", ");
          g_string_append_printf (parts, ngettext ("%u passage was not found",
                                                   "%u passages were not found",
                                                   passages->len), passages->len);
        }
      /* TRANSLATORS: "The text changed since it was first read: 2 claims changed, 1 passage
       * was not found" */
      text = g_strdup_printf (_("The text changed since it was first read: %s"), parts->str);
      gtk_label_set_label (self->banner_label, text);
    }
  gtk_revealer_set_reveal_child (self->banner_revealer, show);
}

static void
banner_close_button_clicked_cb (ProvReaderView *self)
{
  self->banner_hidden_for = self->document_id;
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

void
_prov_reader_view_init_banner (ProvReaderView *self)
{
  g_signal_connect_swapped (self->banner_close_button, "clicked",
                            G_CALLBACK (banner_close_button_clicked_cb), self);
}
