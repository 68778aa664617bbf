/* prov-extractor-dom.c — DOM helpers, text measures and class/id hints
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-extractor-dom"

#include "config.h"

#include <string.h>

#include "prov-extractor-dom.h"

/* Class or id fragments of page furniture: navigation, comments, share bars, … */
const char * const _prov_hints_unlikely[] = {
  "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
  "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
  "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
  "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
  "newsletter", "outbrain", "taboola", "trending", "most-popular",
  "mostpopular", "most-read", "mostread", "share", "sharing", "signup", "sign-up", "promo",
  "recirc", "read-more", "readmore", "more-stories", "nav", "skip-link", "skiplink",
  "login", "modal", "overlay", "toolbar", NULL,
};

/* … unless one of these says it may hold the article. */
const char * const _prov_hints_maybe[] = {
  "and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story",
  "entry", "post", NULL,
};

const char * const _prov_hints_positive[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
  "post", "text", "blog", "story", "prose", NULL,
};

const char * const _prov_hints_negative[] = {
  "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
  "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
  "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "byline", "author",
  "caption", "credit", "newsletter", "subscri", "cookie", "consent", "paywall", NULL,
};

/* Inside the article: blocks that are never article text. */
const char * const _prov_hints_boilerplate[] = {
  "share", "sharing", "social", "related", "newsletter", "subscri", "promo", "advert",
  "-ad-", "ad-slot", "adslot", "ad-container", "ad-wrapper", "ad-unit", "cookie", "consent",
  "paywall", "comment", "recirc", "read-more", "readmore", "more-stories", "most-popular",
  "mostpopular", "most-read", "trending", "outbrain", "taboola", "sr-only",
  "visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "print-only",
  "toolbar", "breadcrumb", "signup", "sign-up", "tags", "tag-list", "taglist", "byline",
  "dateline", "timestamp", "author-bio", "authorbio", "about-author", "inline-ad", "sponsor",
  "subscribe", "jump-link", "skip", "nav", "caption", "credit", NULL,
};

static const char * const block_tags[] = {
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
  "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  "caption", "select", "textarea", "video", "canvas", "noscript", NULL,
};

gboolean
_prov_tag_is_block (const char *tag)
{
  /* a tiny switch on the first letter keeps this off the profile */
  for (guint i = 0; block_tags[i] != NULL; i++)
    if (block_tags[i][0] == tag[0] && strcmp (block_tags[i], tag) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_prov_node_is (xmlNode    *node,
               const char *tag)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL
         && g_ascii_strcasecmp ((const char *) node->name, tag) == 0;
}

char *
_prov_node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup (content != NULL ? (const char *) content : "");

  xmlFree (content);
  return copy;
}

char *
_prov_node_attr (xmlNode    *node,
                 const char *name)
{
  xmlChar *value;
  char *copy;

  if (node->type != XML_ELEMENT_NODE)
    return NULL;
  value = xmlGetProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

char *
_prov_node_hints (xmlNode *node)
{
  g_autofree char *klass = _prov_node_attr (node, "class");
  g_autofree char *id = _prov_node_attr (node, "id");
  g_autofree char *both = NULL;

  if (klass == NULL && id == NULL)
    return NULL;
  both = g_strconcat (klass != NULL ? klass : "", " ", id != NULL ? id : "", NULL);
  return g_ascii_strdown (both, -1);
}

gboolean
_prov_hints_match (const char          *hints,
                   const char * const  *patterns)
{
  if (hints == NULL)
    return FALSE;
  for (guint i = 0; patterns[i] != NULL; i++)
    if (strstr (hints, patterns[i]) != NULL)
      return TRUE;
  return FALSE;
}

static int
weight_of (const char *value)
{
  g_autofree char *lower = NULL;
  int weight = 0;

  if (value == NULL || *value == '\0')
    return 0;
  lower = g_ascii_strdown (value, -1);
  if (_prov_hints_match (lower, _prov_hints_negative))
    weight -= 25;
  if (_prov_hints_match (lower, _prov_hints_positive))
    weight += 25;
  return weight;
}

int
_prov_class_weight (xmlNode *node)
{
  g_autofree char *klass = _prov_node_attr (node, "class");
  g_autofree char *id = _prov_node_attr (node, "id");

  return weight_of (klass) + weight_of (id);
}

gboolean
_prov_node_is_hidden (xmlNode *node)
{
  g_autofree char *style = NULL;
  g_autofree char *aria = NULL;
  xmlAttr *hidden;

  hidden = xmlHasProp (node, (const xmlChar *) "hidden");
  if (hidden != NULL)
    return TRUE;
  aria = _prov_node_attr (node, "aria-hidden");
  if (aria != NULL && strcmp (aria, "true") == 0)
    {
      g_autofree char *klass = _prov_node_attr (node, "class");

      if (klass == NULL || strstr (klass, "fallback-image") == NULL)
        return TRUE;
    }
  style = _prov_node_attr (node, "style");
  if (style != NULL)
    {
      g_autofree char *compact = g_ascii_strdown (style, -1);
      char *w = compact;

      for (char *r = compact; *r != '\0'; r++)
        if (*r != ' ' && *r != '\t' && *r != '\n')
          *w++ = *r;
      *w = '\0';
      if (strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL)
        return TRUE;
    }
  return FALSE;
}

void
_prov_node_remove (xmlNode *node)
{
  xmlUnlinkNode (node);
  xmlFreeNode (node);
}

static void
measure_text (const char  *text,
              ProvMeasure *m,
              gboolean     in_link,
              gboolean     in_heading)
{
  guint n = 0;
  gboolean space = TRUE;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
        {
          if (!space)
            n++;
          space = TRUE;
          continue;
        }
      space = FALSE;
      if ((c & 0xC0) != 0x80)
        n++;
      if (c == ',')
        m->commas++;
      else if (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C)   /* U+FF0C fullwidth comma */
        m->commas++;
      else if (c == 0xE3 && p[1] == 0x80 && p[2] == 0x81)   /* U+3001 ideographic comma */
        m->commas++;
    }
  m->text += n;
  if (in_link)
    m->link += n;
  if (in_heading)
    m->heading += n;
}

static void
measure_rec (xmlNode     *node,
             ProvMeasure *m,
             gboolean     in_link,
             gboolean     in_heading)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        measure_text ((const char *) node->content, m, in_link, in_heading);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;

  switch (node->name[0])
    {
    case 'a':
      if (node->name[1] == '\0')
        {
          g_autofree char *href = _prov_node_attr (node, "href");

          /* in-page anchors (footnotes, tables of contents) weigh less than links away */
          if (href == NULL || href[0] != '#')
            in_link = TRUE;
        }
      break;
    case 'p':
      if (node->name[1] == '\0')
        m->n_p++;
      break;
    case 'i':
      if (strcmp ((const char *) node->name, "img") == 0)
        m->n_img++;
      else if (strcmp ((const char *) node->name, "input") == 0)
        m->n_input++;
      else if (strcmp ((const char *) node->name, "iframe") == 0)
        m->n_embed++;
      break;
    case 'l':
      if (strcmp ((const char *) node->name, "li") == 0)
        m->n_li++;
      break;
    case 'h':
      if (node->name[1] >= '1' && node->name[1] <= '6' && node->name[2] == '\0')
        in_heading = TRUE;
      break;
    case 'e':
    case 'o':
    case 'v':
      if (strcmp ((const char *) node->name, "embed") == 0
          || strcmp ((const char *) node->name, "object") == 0
          || strcmp ((const char *) node->name, "video") == 0)
        m->n_embed++;
      break;
    default:
      break;
    }

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    measure_rec (c, m, in_link, in_heading);
}

void
_prov_measure (xmlNode     *node,
               ProvMeasure *m)
{
  measure_rec (node, m, FALSE, FALSE);
}

static GPtrArray *
tokens_of (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  GString *cur = g_string_new (NULL);

  for (const char *p = lower; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || c == '_'))
        g_string_append_unichar (cur, c);
      else if (cur->len > 0)
        {
          g_ptr_array_add (tokens, g_strdup (cur->str));
          g_string_truncate (cur, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (cur, TRUE);
  return tokens;
}

double
_prov_text_similarity (const char *a,
                       const char *b)
{
  g_autoptr(GPtrArray) ta = tokens_of (a);
  g_autoptr(GPtrArray) tb = tokens_of (b);
  gsize total = 0, uniq = 0;

  if (ta->len == 0 || tb->len == 0)
    return 0;
  for (guint i = 0; i < tb->len; i++)
    {
      const char *t = g_ptr_array_index (tb, i);
      gboolean found = FALSE;

      for (guint j = 0; j < ta->len && !found; j++)
        found = strcmp (t, g_ptr_array_index (ta, j)) == 0;
      total += strlen (t) + (i > 0 ? 1 : 0);
      if (!found)
        uniq += strlen (t) + (uniq > 0 ? 1 : 0);
    }
  return total > 0 ? 1.0 - (double) uniq / (double) total : 0;
}
