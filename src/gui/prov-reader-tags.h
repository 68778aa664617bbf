/* prov-reader-tags.h — the reader's text tags: typography, structure and highlights per kind
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One tag table per reader, shared by every buffer it shows. The tags are looked up by id, not
 * by name, when a page is filled; their look (palette, light or dark, which kinds are shown,
 * text scale) is set by prov_reader_tags_style () in one call.
 */
#pragma once

#include <gtk/gtk.h>

#include "prov-store.h"

G_BEGIN_DECLS

/* Tags in ascending priority; the highlight tags of a kind follow PROV_READER_TAG_KIND_FIRST. */
typedef enum
{
  PROV_READER_TAG_BODY,
  PROV_READER_TAG_GAP,
  PROV_READER_TAG_TITLE,
  PROV_READER_TAG_META,
  PROV_READER_TAG_HEADING_1,
  PROV_READER_TAG_HEADING_2,
  PROV_READER_TAG_HEADING_3,
  PROV_READER_TAG_BLOCKQUOTE,
  PROV_READER_TAG_LIST_ITEM,
  PROV_READER_TAG_BULLET,
  PROV_READER_TAG_PREFORMATTED,
  PROV_READER_TAG_HIGHLIGHT,
  PROV_READER_TAG_KIND_FIRST,
  /* PROV_READER_TAG_KIND_FIRST + kind * PROV_READER_N_ROLE_TAGS + role tag, for each kind */
  PROV_READER_TAG_LINK = PROV_READER_TAG_KIND_FIRST + PROV_N_KINDS * 5,
  PROV_READER_TAG_SELECTED,
  PROV_READER_N_TAGS
} ProvReaderTag;

/* The highlight tags of one kind, in ascending priority. */
typedef enum
{
  PROV_READER_ROLE_CONTENT,
  PROV_READER_ROLE_SOURCE_SUGGESTED,
  PROV_READER_ROLE_SOURCE_ACCEPTED,
  PROV_READER_ROLE_CUE_SUGGESTED,
  PROV_READER_ROLE_CUE_ACCEPTED,
  PROV_READER_N_ROLE_TAGS
} ProvReaderRoleTag;

G_STATIC_ASSERT (PROV_READER_N_ROLE_TAGS == 5);

/* Returns the tag id of an annotation of @kind in @role, suggested or accepted. */
guint            prov_reader_tag_for_annotation (ProvKind          kind,
                                                 ProvRole          role,
                                                 gboolean          accepted);
/* Returns the kind whose highlight @tag is, or PROV_N_KINDS for any other tag. */
ProvKind         prov_reader_tag_get_kind       (guint             tag);
/* Returns the stable name of a tag ("cue-named-accepted", "heading-1", "selected", …). */
const char      *prov_reader_tag_get_name       (guint             tag);
/* Creates a table holding every tag, styled for the light style with every kind shown. */
GtkTextTagTable *prov_reader_tags_new_table     (void);
/* Returns the tag @tag of a table made by prov_reader_tags_new_table (). */
GtkTextTag      *prov_reader_tags_get           (GtkTextTagTable  *table,
                                                 guint             tag);
/* Restyles every tag: the palette for @dark, the highlights of the kinds in @shown_kinds (a
 * bit mask of 1 << kind) and the body text at @scale. */
void             prov_reader_tags_style         (GtkTextTagTable  *table,
                                                 gboolean          dark,
                                                 guint             shown_kinds,
                                                 double            scale);
/* Sets @rgba to the solid colour of @kind (PROV_N_KINDS: unattributed) for the style. */
void             prov_reader_kind_color         (ProvKind          kind,
                                                 gboolean          dark,
                                                 GdkRGBA          *rgba);
/* Returns the translated name of @kind for people ("Named source", "Hedge", …). */
const char      *prov_reader_kind_label         (ProvKind          kind);

G_END_DECLS
