/* prov-extractor-output.c — the chosen article blocks written as text and structure
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-extractor-output"

#include "config.h"

#include <string.h>

#include "prov-extractor-dom.h"

static const char *
tag_of (xmlNode *n)
{
  return (const char *) n->name;
}

static gboolean
tag_in (const char          *tag,
        const char * const  *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (list[i][0] == tag[0] && strcmp (list[i], tag) == 0)
      return TRUE;
  return FALSE;
}

static guint
text_length (xmlNode *n)
{
  ProvMeasure m = { 0 };

  _prov_measure (n, &m);
  return m.text;
}

static char *
resolve_href (const char *base_url,
              const char *href)
{
  if (href == NULL || *href == '\0' || href[0] == '#'
      || g_ascii_strncasecmp (href, "javascript:", 11) == 0)
    return NULL;
  if (base_url == NULL)
    return g_strdup (href);
  return g_uri_resolve_relative (base_url, href, G_URI_FLAGS_NONE, NULL);
}

static void write_node (const char *base_url, ProvTextBuilder *b, xmlNode *n, gboolean pre);

static void
write_children (const char      *base_url,
                ProvTextBuilder *b,
                xmlNode         *n,
                gboolean         pre)
{
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    write_node (base_url, b, c, pre);
}

static const char * const skipped_in_text[] = {
  "img", "picture", "video", "source", "track", "figure", "figcaption", "sup", NULL,
};

static void
write_node (const char      *base_url,
            ProvTextBuilder *b,
            xmlNode         *n,
            gboolean         pre)
{
  const char *tag;

  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
    {
      if (n->content != NULL)
        _prov_text_builder_append (b, (const char *) n->content, -1, pre);
      return;
    }
  if (n->type != XML_ELEMENT_NODE)
    return;

  tag = tag_of (n);
  if (tag_in (tag, skipped_in_text))
    {
      if (strcmp (tag, "sup") != 0 || text_length (n) > 4)
        {
          if (strcmp (tag, "sup") == 0)
            write_children (base_url, b, n, pre);
        }
      return;
    }

  if (strcmp (tag, "br") == 0)
    _prov_text_builder_line_break (b);
  else if (strcmp (tag, "a") == 0)
    {
      g_autofree char *href = _prov_node_attr (n, "href");
      g_autofree char *target = resolve_href (base_url, href);

      if (target != NULL)
        _prov_text_builder_open_link (b, target);
      write_children (base_url, b, n, pre);
      if (target != NULL)
        _prov_text_builder_close_link (b);
    }
  else if (tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' && tag[2] == '\0')
    {
      _prov_text_builder_open (b, PROV_BLOCK_HEADING, (guint) (tag[1] - '0'));
      write_children (base_url, b, n, pre);
      _prov_text_builder_close (b);
    }
  else if (strcmp (tag, "li") == 0 || strcmp (tag, "dt") == 0 || strcmp (tag, "dd") == 0)
    {
      _prov_text_builder_open (b, PROV_BLOCK_LIST_ITEM, 0);
      write_children (base_url, b, n, pre);
      _prov_text_builder_close (b);
    }
  else if (strcmp (tag, "blockquote") == 0)
    {
      _prov_text_builder_open (b, PROV_BLOCK_BLOCKQUOTE, 0);
      write_children (base_url, b, n, pre);
      _prov_text_builder_close (b);
    }
  else if (strcmp (tag, "pre") == 0)
    {
      _prov_text_builder_open (b, PROV_BLOCK_PREFORMATTED, 0);
      write_children (base_url, b, n, TRUE);
      _prov_text_builder_close (b);
    }
  else if (strcmp (tag, "td") == 0 || strcmp (tag, "th") == 0)
    {
      _prov_text_builder_append (b, " ", 1, FALSE);
      write_children (base_url, b, n, pre);
      _prov_text_builder_append (b, " ", 1, FALSE);
    }
  else if (_prov_tag_is_block (tag))
    {
      _prov_text_builder_open (b, PROV_BLOCK_PARAGRAPH, 0);
      write_children (base_url, b, n, pre);
      _prov_text_builder_close (b);
    }
  else
    write_children (base_url, b, n, pre);
}

void
_prov_extractor_write (ProvTextBuilder *builder,
                       xmlNode         *root,
                       const char      *base_url)
{
  write_node (base_url, builder, root, FALSE);
}
