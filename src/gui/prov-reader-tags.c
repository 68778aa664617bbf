/* prov-reader-tags.c — the reader's text tags: typography, structure and highlights per kind
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Highlights are told apart by colour AND by form, so that they read in grey scale and for
 * people who do not see the colours: named sources are underlined once, anonymous ones twice,
 * hearsay gets a wavy line, hedges are set in italics and quotes in bold. A source span is
 * semibold with a low line; a content span only gets a faint wash. Suggestions are paler than
 * accepted claims; dismissed suggestions are never tagged at all.
 *
 * OpenType features (kerning, ligatures, old-style figures) come from prov-reader.css, not from
 * the tags' font-features: GTK 4.8 never frees a tag's font-features string nor its copies in
 * the text attributes, a leak per tag and per laid-out line.
 */
#define G_LOG_DOMAIN "prov-reader-tags"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-reader-tags.h"

/* The reading face: a book serif when one is installed, else what the system calls serif. */
#define BODY_FAMILY "Source Serif 4, Source Serif Pro, Noto Serif, Charis SIL, " \
                    "Liberation Serif, DejaVu Serif, Serif"
#define UI_FAMILY   "Cantarell, Inter, Noto Sans, DejaVu Sans, Sans"

/* GNOME palette: a deep shade for lines and swatches, a bright one for backgrounds. */
typedef struct
{
  const char *solid_light;
  const char *solid_dark;
  const char *wash_light;
  const char *wash_dark;
} KindColors;

static const KindColors kind_colors[PROV_N_KINDS + 1] = {
  [PROV_KIND_NAMED]     = { "#1c71d8", "#99c1f1", "#3584e4", "#3584e4" },
  [PROV_KIND_ANONYMOUS] = { "#813d9c", "#dc8add", "#9141ac", "#c061cb" },
  [PROV_KIND_HEARSAY]   = { "#c64600", "#ffa348", "#ff7800", "#ff7800" },
  [PROV_KIND_HEDGE]     = { "#e5a50a", "#f9f06b", "#f5c211", "#f6d32d" },
  [PROV_KIND_QUOTE]     = { "#26a269", "#8ff0a4", "#33d17a", "#2ec27e" },
  [PROV_N_KINDS]        = { "#9a9996", "#77767b", "#9a9996", "#77767b" },
};

/* The underline of a kind's cue (and its weight and style), its form without colour. */
typedef struct
{
  PangoUnderline underline;
  PangoStyle     style;
  PangoWeight    weight;
} KindForm;

static const KindForm kind_forms[PROV_N_KINDS] = {
  [PROV_KIND_NAMED]     = { PANGO_UNDERLINE_SINGLE, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL },
  [PROV_KIND_ANONYMOUS] = { PANGO_UNDERLINE_DOUBLE, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL },
  [PROV_KIND_HEARSAY]   = { PANGO_UNDERLINE_ERROR, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL },
  [PROV_KIND_HEDGE]     = { PANGO_UNDERLINE_NONE, PANGO_STYLE_ITALIC, PANGO_WEIGHT_NORMAL },
  [PROV_KIND_QUOTE]     = { PANGO_UNDERLINE_NONE, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD },
};

static const char * const fixed_names[] = {
  [PROV_READER_TAG_BODY] = "body",
  [PROV_READER_TAG_GAP] = "gap",
  [PROV_READER_TAG_TITLE] = "title",
  [PROV_READER_TAG_META] = "meta",
  [PROV_READER_TAG_HEADING_1] = "heading-1",
  [PROV_READER_TAG_HEADING_2] = "heading-2",
  [PROV_READER_TAG_HEADING_3] = "heading-3",
  [PROV_READER_TAG_BLOCKQUOTE] = "blockquote",
  [PROV_READER_TAG_LIST_ITEM] = "list-item",
  [PROV_READER_TAG_BULLET] = "bullet",
  [PROV_READER_TAG_PREFORMATTED] = "preformatted",
  [PROV_READER_TAG_HIGHLIGHT] = "highlight",
};

/* Every tag name, built once from the tables above (static const: no state). */
#define KIND_TAG_NAMES(k) \
  "content-" k, "source-" k "-suggested", "source-" k "-accepted", \
  "cue-" k "-suggested", "cue-" k "-accepted"
static const char * const kind_tag_names[PROV_N_KINDS * PROV_READER_N_ROLE_TAGS] = {
  KIND_TAG_NAMES ("named"),
  KIND_TAG_NAMES ("anonymous"),
  KIND_TAG_NAMES ("hearsay"),
  KIND_TAG_NAMES ("hedge"),
  KIND_TAG_NAMES ("quote"),
};

guint
prov_reader_tag_for_annotation (ProvKind kind,
                                ProvRole role,
                                gboolean accepted)
{
  ProvReaderRoleTag role_tag;

  g_return_val_if_fail (kind < PROV_N_KINDS, PROV_READER_TAG_HIGHLIGHT);

  switch (role)
    {
    case PROV_ROLE_CUE:
      role_tag = accepted ? PROV_READER_ROLE_CUE_ACCEPTED : PROV_READER_ROLE_CUE_SUGGESTED;
      break;
    case PROV_ROLE_SOURCE:
      role_tag = accepted ? PROV_READER_ROLE_SOURCE_ACCEPTED : PROV_READER_ROLE_SOURCE_SUGGESTED;
      break;
    case PROV_ROLE_CONTENT:
      role_tag = PROV_READER_ROLE_CONTENT;
      break;
    case PROV_ROLE_HIGHLIGHT:
    default:
      return PROV_READER_TAG_HIGHLIGHT;
    }
  return PROV_READER_TAG_KIND_FIRST + kind * PROV_READER_N_ROLE_TAGS + role_tag;
}

ProvKind
prov_reader_tag_get_kind (guint tag)
{
  if (tag < PROV_READER_TAG_KIND_FIRST || tag >= PROV_READER_TAG_LINK)
    return PROV_N_KINDS;
  return (tag - PROV_READER_TAG_KIND_FIRST) / PROV_READER_N_ROLE_TAGS;
}

const char *
prov_reader_tag_get_name (guint tag)
{
  g_return_val_if_fail (tag < PROV_READER_N_TAGS, NULL);

  if (tag < PROV_READER_TAG_KIND_FIRST)
    return fixed_names[tag];
  if (tag == PROV_READER_TAG_LINK)
    return "link";
  if (tag == PROV_READER_TAG_SELECTED)
    return "selected";
  return kind_tag_names[tag - PROV_READER_TAG_KIND_FIRST];
}

GtkTextTagTable *
prov_reader_tags_new_table (void)
{
  GtkTextTagTable *table = gtk_text_tag_table_new ();

  /* Tags added later win: the order of the enum is the order of priority. */
  for (guint i = 0; i < PROV_READER_N_TAGS; i++)
    {
      g_autoptr(GtkTextTag) tag = gtk_text_tag_new (prov_reader_tag_get_name (i));

      gtk_text_tag_table_add (table, tag);
    }
  prov_reader_tags_style (table, FALSE, (1u << PROV_N_KINDS) - 1, 1.0);
  return table;
}

GtkTextTag *
prov_reader_tags_get (GtkTextTagTable *table,
                      guint            tag)
{
  g_return_val_if_fail (GTK_IS_TEXT_TAG_TABLE (table), NULL);
  g_return_val_if_fail (tag < PROV_READER_N_TAGS, NULL);

  return gtk_text_tag_table_lookup (table, prov_reader_tag_get_name (tag));
}

void
prov_reader_kind_color (ProvKind  kind,
                        gboolean  dark,
                        GdkRGBA  *rgba)
{
  g_return_if_fail (kind <= PROV_N_KINDS);
  g_return_if_fail (rgba != NULL);

  gdk_rgba_parse (rgba, dark ? kind_colors[kind].solid_dark : kind_colors[kind].solid_light);
}

const char *
prov_reader_kind_label (ProvKind kind)
{
  switch (kind)
    {
    case PROV_KIND_NAMED:
      return _("Named source");
    case PROV_KIND_ANONYMOUS:
      return _("Anonymous source");
    case PROV_KIND_HEARSAY:
      return _("Hearsay");
    case PROV_KIND_HEDGE:
      return _("Hedge");
    case PROV_KIND_QUOTE:
      return _("Quote");
    case PROV_N_KINDS:
    default:
      return _("Unattributed");
    }
}

static void
wash (ProvKind  kind,
      gboolean  dark,
      double    alpha,
      GdkRGBA  *rgba)
{
  gdk_rgba_parse (rgba, dark ? kind_colors[kind].wash_dark : kind_colors[kind].wash_light);
  rgba->alpha = alpha;
}

static void
style_kind (GtkTextTagTable *table,
            ProvKind         kind,
            gboolean         dark,
            gboolean         shown)
{
  const KindForm *form = &kind_forms[kind];
  guint first = PROV_READER_TAG_KIND_FIRST + kind * PROV_READER_N_ROLE_TAGS;
  /* Dark backgrounds need more colour for the same contrast. */
  double k = dark ? 1.35 : 1.0;
  GdkRGBA solid;
  GdkRGBA faded;
  GdkRGBA bg;

  for (guint i = 0; i < PROV_READER_N_ROLE_TAGS; i++)
    {
      GtkTextTag *tag = prov_reader_tags_get (table, first + i);

      g_object_set (tag,
                    "background-set", FALSE, "underline-set", FALSE,
                    "underline-rgba-set", FALSE, "style-set", FALSE, "weight-set", FALSE,
                    NULL);
    }
  if (!shown)
    return;

  prov_reader_kind_color (kind, dark, &solid);
  faded = solid;
  faded.alpha = 0.55;

  wash (kind, dark, 0.05 * k, &bg);
  g_object_set (prov_reader_tags_get (table, first + PROV_READER_ROLE_CONTENT),
                "background-rgba", &bg, NULL);

  for (guint accepted = 0; accepted < 2; accepted++)
    {
      GtkTextTag *cue = prov_reader_tags_get (table, first + (accepted ?
                                                              PROV_READER_ROLE_CUE_ACCEPTED :
                                                              PROV_READER_ROLE_CUE_SUGGESTED));
      GtkTextTag *source = prov_reader_tags_get (table,
                                                 first + (accepted ?
                                                          PROV_READER_ROLE_SOURCE_ACCEPTED :
                                                          PROV_READER_ROLE_SOURCE_SUGGESTED));

      wash (kind, dark, (accepted ? 0.34 : 0.17) * k, &bg);
      g_object_set (cue, "background-rgba", &bg, NULL);
      if (form->underline != PANGO_UNDERLINE_NONE)
        g_object_set (cue,
                      "underline", form->underline,
                      "underline-rgba", accepted ? &solid : &faded,
                      NULL);
      if (form->style != PANGO_STYLE_NORMAL)
        g_object_set (cue, "style", form->style, NULL);
      if (form->weight != PANGO_WEIGHT_NORMAL)
        g_object_set (cue, "weight", form->weight, NULL);

      wash (kind, dark, (accepted ? 0.20 : 0.10) * k, &bg);
      g_object_set (source,
                    "background-rgba", &bg,
                    "weight", PANGO_WEIGHT_SEMIBOLD,
                    "underline", PANGO_UNDERLINE_LOW,
                    "underline-rgba", accepted ? &solid : &faded,
                    NULL);
    }
}

static void
style_structure (GtkTextTagTable *table,
                 gboolean         dark,
                 double           scale)
{
  GdkRGBA dim;
  GdkRGBA link;
  GdkRGBA selected_bg;
  GdkRGBA selected_fg;
  GdkRGBA highlight;
  GdkRGBA rule;

  gdk_rgba_parse (&dim, dark ? "rgba(255,255,255,0.68)" : "rgba(0,0,0,0.62)");
  gdk_rgba_parse (&link, dark ? "#78aeed" : "#1a5fb4");
  gdk_rgba_parse (&selected_bg, dark ? "#f6f5f4" : "#3d3846");
  gdk_rgba_parse (&selected_fg, dark ? "#241f31" : "#ffffff");
  gdk_rgba_parse (&highlight, dark ? "rgba(246,211,45,0.30)" : "rgba(248,228,92,0.55)");
  gdk_rgba_parse (&rule, dark ? "rgba(255,255,255,0.06)" : "rgba(0,0,0,0.04)");

  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_BODY),
                "family", BODY_FAMILY,
                "scale", scale,
                "line-height", 1.5,
                NULL);
  /* The empty line between paragraphs: half a line, not a whole one. */
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_GAP),
                "scale", 0.45, "line-height", 1.0, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_TITLE),
                "scale", 1.75, "weight", PANGO_WEIGHT_BOLD, "line-height", 1.15,
                "pixels-below-lines", 10, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_META),
                "family", UI_FAMILY, "scale", 0.8, "foreground-rgba", &dim,
                "line-height", 1.3, "pixels-below-lines", 22, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_HEADING_1),
                "scale", 1.45, "weight", PANGO_WEIGHT_BOLD, "line-height", 1.2,
                "pixels-above-lines", 12, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_HEADING_2),
                "scale", 1.25, "weight", PANGO_WEIGHT_BOLD, "line-height", 1.2,
                "pixels-above-lines", 10, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_HEADING_3),
                "scale", 1.1, "weight", PANGO_WEIGHT_BOLD, "line-height", 1.25,
                "pixels-above-lines", 8, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_BLOCKQUOTE),
                "left-margin", 28, "right-margin", 12, "accumulative-margin", TRUE,
                "foreground-rgba", &dim, "paragraph-background-rgba", &rule, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_LIST_ITEM),
                "left-margin", 26, "indent", -18, "accumulative-margin", TRUE, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_BULLET),
                "foreground-rgba", &dim, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_PREFORMATTED),
                "family", "Monospace", "scale", 0.85, "wrap-mode", GTK_WRAP_CHAR,
                "paragraph-background-rgba", &rule, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_HIGHLIGHT),
                "background-rgba", &highlight, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_LINK),
                "foreground-rgba", &link, NULL);
  g_object_set (prov_reader_tags_get (table, PROV_READER_TAG_SELECTED),
                "background-rgba", &selected_bg, "foreground-rgba", &selected_fg, NULL);
}

void
prov_reader_tags_style (GtkTextTagTable *table,
                        gboolean         dark,
                        guint            shown_kinds,
                        double           scale)
{
  g_return_if_fail (GTK_IS_TEXT_TAG_TABLE (table));

  style_structure (table, dark, scale);
  for (ProvKind kind = 0; kind < PROV_N_KINDS; kind++)
    style_kind (table, kind, dark, (shown_kinds & (1u << kind)) != 0);
}
