/* prov-extractor-dom.h — DOM helpers and class/id hints shared by the content files
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-extractor-private.h"

G_BEGIN_DECLS

/* Per-element facts, hung off xmlNode._private while one page is worked on. */
typedef struct
{
  double   score;
  gboolean candidate;
} ProvNodeInfo;

/* Text measures of a subtree. */
typedef struct
{
  guint text;       /* characters, white space runs counted once */
  guint link;       /* of which inside links */
  guint commas;
  guint n_p;
  guint n_img;
  guint n_li;
  guint n_input;
  guint n_embed;
  guint heading;    /* characters inside headings */
} ProvMeasure;

/* TRUE for tags that start a block (p, div, li, h1, table, …). */
gboolean    _prov_tag_is_block        (const char  *tag);
/* The lower-case "class id" string of @node (static buffer owned by the caller). */
char       *_prov_node_hints          (xmlNode     *node);
/* TRUE when any of @patterns occurs in @hints. */
gboolean    _prov_hints_match         (const char  *hints,
                                       const char * const *patterns);
/* Readability-style class weight: +25 for a positive hint, −25 for a negative one,
 * for class and id each. */
int         _prov_class_weight        (xmlNode     *node);
/* Adds the measures of @node's subtree into @m. */
void        _prov_measure             (xmlNode     *node,
                                       ProvMeasure *m);
/* The value of attribute @name, or NULL (free with g_free). */
char       *_prov_node_attr           (xmlNode     *node,
                                       const char  *name);
/* TRUE when the node is hidden by the hidden attribute, aria-hidden or inline CSS. */
gboolean    _prov_node_is_hidden      (xmlNode     *node);
/* Removes and frees @node. */
void        _prov_node_remove         (xmlNode     *node);

/* prov-extractor-clean.c: removes furniture inside @root (not @root itself), bottom-up,
 * and adds the measures of what is left to @m. */
void        _prov_extractor_clean     (xmlNode         *root,
                                       ProvMeasure     *m);
/* prov-extractor-output.c: writes @root's text and structure to @builder. */
void        _prov_extractor_write     (ProvTextBuilder *builder,
                                       xmlNode         *root,
                                       const char      *base_url);

extern const char * const _prov_hints_unlikely[];
extern const char * const _prov_hints_maybe[];
extern const char * const _prov_hints_positive[];
extern const char * const _prov_hints_negative[];
extern const char * const _prov_hints_boilerplate[];

G_END_DECLS
