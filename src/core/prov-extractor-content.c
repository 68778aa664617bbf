/* prov-extractor-content.c — finding the main content of a page by scoring its blocks
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The approach is the one Arc90's Readability made known, written afresh: drop what
 * is never content (scripts, hidden and furniture elements by tag, role and class/id
 * hints), score every paragraph by its length and commas and hand the score up to
 * its ancestors, weigh each candidate by its tag, hints and link density, take the
 * best, merge its siblings that score alike, then clean inside it (share bars,
 * related lists, link farms, forms) and write its text.
 */
#define G_LOG_DOMAIN "prov-extractor-content"

#include "config.h"

#include <math.h>
#include <string.h>

#include "prov-extractor-dom.h"

typedef struct
{
  ProvExtraction  *out;
  const char      *base_url;
  gboolean         strip_unlikely;
  GPtrArray       *infos;        /* owns the ProvNodeInfo */
  GPtrArray       *candidates;   /* of xmlNode* */
  xmlNode         *body;
  char            *dom_byline;
} Ctx;

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

/* Never content, whatever the page says. */
static const char * const removed_tags[] = {
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
  "button", "input", "select", "textarea", "option", "link", "meta", "nav", "dialog",
  "head", "title", "aside", "footer", "audio", "map", "frame", "frameset", "applet",
  "menu", NULL,
};

static const char * const unlikely_roles[] = {
  "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  "banner", "contentinfo", "search", NULL,
};

/* Tags a paragraph is made of; a div holding only these reads as a paragraph. */
static const char * const paragraph_breakers[] = {
  "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article",
  "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "main", "form", "hr", "li", NULL,
};

static ProvNodeInfo *
info_of (xmlNode *n)
{
  return n->_private;
}

static ProvNodeInfo *
ensure_candidate (Ctx     *ctx,
                  xmlNode *n)
{
  ProvNodeInfo *info = info_of (n);
  const char *tag = tag_of (n);

  if (info != NULL)
    return info;

  info = g_new0 (ProvNodeInfo, 1);
  g_ptr_array_add (ctx->infos, info);
  n->_private = info;
  info->candidate = TRUE;
  g_ptr_array_add (ctx->candidates, n);

  if (strcmp (tag, "div") == 0)
    info->score = 5;
  else if (strcmp (tag, "article") == 0)
    info->score = 8;
  else if (strcmp (tag, "main") == 0)
    info->score = 3;
  else if (strcmp (tag, "pre") == 0 || strcmp (tag, "td") == 0
           || strcmp (tag, "blockquote") == 0)
    info->score = 3;
  else if (strcmp (tag, "address") == 0 || strcmp (tag, "ol") == 0 || strcmp (tag, "ul") == 0
           || strcmp (tag, "dl") == 0 || strcmp (tag, "dd") == 0 || strcmp (tag, "dt") == 0
           || strcmp (tag, "li") == 0 || strcmp (tag, "form") == 0)
    info->score = -3;
  else if ((tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') || strcmp (tag, "th") == 0)
    info->score = -5;
  info->score += _prov_class_weight (n);
  return info;
}

static char *
normalized_text (xmlNode *n)
{
  g_autofree char *raw = _prov_node_text (n);
  g_auto(GStrv) words = g_strsplit_set (raw, " \t\n\r\f", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        if (out->len > 0)
          g_string_append_c (out, ' ');
        g_string_append (out, words[i]);
      }
  return g_string_free (out, FALSE);
}

/* ---- pruning -------------------------------------------------------------- */

static gboolean
is_byline_node (xmlNode    *n,
                const char *hints)
{
  g_autofree char *rel = _prov_node_attr (n, "rel");
  g_autofree char *itemprop = _prov_node_attr (n, "itemprop");
  static const char * const byline_hints[] = {
    "byline", "author", "dateline", "writtenby", "p-author", NULL,
  };

  return (rel != NULL && strcmp (rel, "author") == 0)
         || (itemprop != NULL && strstr (itemprop, "author") != NULL)
         || _prov_hints_match (hints, byline_hints);
}

static gboolean
has_ancestor (xmlNode    *n,
              const char *tag,
              guint       max_depth)
{
  guint depth = 0;

  for (xmlNode *p = n->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent)
    {
      if (max_depth > 0 && ++depth > max_depth)
        return FALSE;
      if (_prov_node_is (p, tag))
        return TRUE;
    }
  return FALSE;
}

static xmlNode *
find_itemprop_name (xmlNode *n)
{
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    {
      g_autofree char *itemprop = NULL;
      xmlNode *found;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      itemprop = _prov_node_attr (c, "itemprop");
      if (itemprop != NULL && strcmp (itemprop, "name") == 0)
        return c;
      if ((found = find_itemprop_name (c)) != NULL)
        return found;
    }
  return NULL;
}

/* Takes @n as the page's byline when it looks like one; returns TRUE if it did. */
static gboolean
take_byline (Ctx        *ctx,
             xmlNode    *n,
             const char *hints)
{
  g_autofree char *text = NULL;
  xmlNode *name;
  glong len;

  if (!is_byline_node (n, hints))
    return FALSE;
  text = normalized_text (n);
  len = g_utf8_strlen (text, -1);
  if (len == 0 || len >= 100)
    return FALSE;
  if (ctx->dom_byline == NULL)
    {
      /* a byline block often holds the date too; schema.org marks the name */
      name = find_itemprop_name (n);
      if (name != NULL)
        {
          g_autofree char *name_text = normalized_text (name);

          if (*name_text != '\0')
            {
              g_free (text);
              text = g_steal_pointer (&name_text);
            }
        }
      ctx->dom_byline = g_steal_pointer (&text);
    }
  return TRUE;
}

/* Looks for a byline inside a block about to be dropped (an article header). */
static void
find_byline_in (Ctx     *ctx,
                xmlNode *n)
{
  for (xmlNode *c = n->children; c != NULL && ctx->dom_byline == NULL; c = c->next)
    {
      g_autofree char *hints = NULL;

      if (c->type != XML_ELEMENT_NODE || _prov_node_is_hidden (c))
        continue;
      hints = _prov_node_hints (c);
      if (!take_byline (ctx, c, hints))
        find_byline_in (ctx, c);
    }
}

/* Decides what to drop before scoring; returns TRUE when @n was removed. */
static gboolean
prune_node (Ctx     *ctx,
            xmlNode *n)
{
  const char *tag = tag_of (n);
  g_autofree char *hints = NULL;
  g_autofree char *role = NULL;

  if (tag_in (tag, removed_tags))
    {
      /* a page that wraps everything in <header>/<footer>/<aside> would lose it all */
      if ((strcmp (tag, "aside") == 0 || strcmp (tag, "footer") == 0) && !ctx->strip_unlikely)
        return FALSE;
      _prov_node_remove (n);
      return TRUE;
    }
  if (_prov_node_is_hidden (n))
    {
      _prov_node_remove (n);
      return TRUE;
    }

  role = _prov_node_attr (n, "role");
  if (role != NULL && tag_in (role, unlikely_roles))
    {
      _prov_node_remove (n);
      return TRUE;
    }

  hints = _prov_node_hints (n);
  if (take_byline (ctx, n, hints))
    {
      _prov_node_remove (n);
      return TRUE;
    }

  if (strcmp (tag, "header") == 0 && ctx->strip_unlikely)
    {
      ProvMeasure m = { 0 };

      _prov_measure (n, &m);
      if (m.n_p < 3)
        {
          if (ctx->dom_byline == NULL)
            find_byline_in (ctx, n);
          _prov_node_remove (n);
          return TRUE;
        }
    }

  if ((tag[0] == 'h' && (tag[1] == '1' || tag[1] == '2') && tag[2] == '\0')
      && ctx->out->title != NULL)
    {
      g_autofree char *text = normalized_text (n);

      if (_prov_text_similarity (ctx->out->title, text) > 0.75)
        {
          _prov_node_remove (n);
          return TRUE;
        }
    }

  if (ctx->strip_unlikely && hints != NULL
      && strcmp (tag, "body") != 0 && strcmp (tag, "a") != 0 && strcmp (tag, "article") != 0
      && strcmp (tag, "main") != 0 && strcmp (tag, "html") != 0
      && _prov_hints_match (hints, _prov_hints_unlikely)
      && !_prov_hints_match (hints, _prov_hints_maybe)
      && !has_ancestor (n, "table", 0) && !has_ancestor (n, "code", 0))
    {
      _prov_node_remove (n);
      return TRUE;
    }
  return FALSE;
}

static void
prune (Ctx     *ctx,
       xmlNode *node)
{
  xmlNode *next;

  for (xmlNode *c = node->children; c != NULL; c = next)
    {
      next = c->next;
      if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE)
        {
          _prov_node_remove (c);
          continue;
        }
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (!prune_node (ctx, c))
        prune (ctx, c);
    }
}

/* ---- scoring ----------------------------------------------------------------- */

static gboolean
has_breaker_descendant (xmlNode *n)
{
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE
        && (tag_in (tag_of (c), paragraph_breakers) || has_breaker_descendant (c)))
      return TRUE;
  return FALSE;
}

static void
score_run (Ctx     *ctx,
           xmlNode *first_ancestor,
           guint    length,
           guint    commas)
{
  double score;
  guint level = 0;

  if (length < 25)
    return;
  score = 1.0 + commas + MIN (length / 100, 3);
  for (xmlNode *a = first_ancestor; a != NULL && level < 5; a = a->parent, level++)
    {
      ProvNodeInfo *info;
      double divider;

      if (a->type != XML_ELEMENT_NODE || a->parent == NULL
          || a->parent->type != XML_ELEMENT_NODE)
        break;
      info = ensure_candidate (ctx, a);
      divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      info->score += score / divider;
    }
}

static void
score_paragraph (Ctx     *ctx,
                 xmlNode *p)
{
  ProvMeasure m = { 0 };

  _prov_measure (p, &m);
  score_run (ctx, p->parent, m.text, m.commas);
}

/* Scores the text written straight into a block that also holds blocks, as if each
 * run of it were a paragraph of its own. */
static void
score_inline_runs (Ctx     *ctx,
                   xmlNode *n)
{
  ProvMeasure run = { 0 };

  for (xmlNode *c = n->children; ; c = c->next)
    {
      gboolean inline_piece = c != NULL
                              && (c->type == XML_TEXT_NODE
                                  || (c->type == XML_ELEMENT_NODE
                                      && !tag_in (tag_of (c), paragraph_breakers)
                                      && !_prov_tag_is_block (tag_of (c))
                                      && !has_breaker_descendant (c)));

      if (inline_piece)
        _prov_measure (c, &run);
      else
        {
          score_run (ctx, n, run.text, run.commas);
          memset (&run, 0, sizeof run);
        }
      if (c == NULL)
        break;
    }
}

static void
collect (Ctx     *ctx,
         xmlNode *node)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      const char *tag;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      tag = tag_of (c);
      if (strcmp (tag, "p") == 0 || strcmp (tag, "pre") == 0)
        score_paragraph (ctx, c);
      else if (strcmp (tag, "td") == 0)
        {
          score_paragraph (ctx, c);
          collect (ctx, c);
        }
      else if (_prov_tag_is_block (tag) || strcmp (tag, "span") == 0 || strcmp (tag, "font") == 0)
        {
          if (!has_breaker_descendant (c))
            {
              /* a div (or section…) of text only reads as a paragraph */
              if (strcmp (tag, "li") != 0 && tag[0] != 'h' && strcmp (tag, "span") != 0
                  && strcmp (tag, "font") != 0)
                score_paragraph (ctx, c);
            }
          else
            {
              score_inline_runs (ctx, c);
              collect (ctx, c);
            }
        }
      else
        collect (ctx, c);
    }
}

static double
link_density (xmlNode *n)
{
  ProvMeasure m = { 0 };

  _prov_measure (n, &m);
  return m.text > 0 ? (double) m.link / m.text : 0;
}

static int
compare_score (gconstpointer a,
               gconstpointer b)
{
  xmlNode *x = *(xmlNode * const *) a;
  xmlNode *y = *(xmlNode * const *) b;
  double dx = info_of (x)->score, dy = info_of (y)->score;

  return dx < dy ? 1 : dx > dy ? -1 : 0;
}

static gboolean
is_ancestor_of (xmlNode *ancestor,
                xmlNode *n)
{
  for (xmlNode *p = n->parent; p != NULL; p = p->parent)
    if (p == ancestor)
      return TRUE;
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static guint
element_children (xmlNode *n)
{
  guint count = 0;

  for (xmlNode *c = n->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      count++;
    else if (c->type == XML_TEXT_NODE && !is_blank ((const char *) c->content))
      count += 2;   /* text beside the child: not a mere wrapper */
  return count;
}

static xmlNode *
pick_top (Ctx *ctx)
{
  xmlNode *top;
  ProvNodeInfo *top_info;
  double last_score, threshold;

  if (ctx->candidates->len == 0)
    return ctx->body;

  for (guint i = 0; i < ctx->candidates->len; i++)
    {
      xmlNode *n = g_ptr_array_index (ctx->candidates, i);

      info_of (n)->score *= 1.0 - link_density (n);
    }
  g_ptr_array_sort (ctx->candidates, compare_score);
  top = g_ptr_array_index (ctx->candidates, 0);
  for (guint i = 0; i < MIN (ctx->candidates->len, 5); i++)
    {
      xmlNode *n = g_ptr_array_index (ctx->candidates, i);
      g_autofree char *hints = _prov_node_hints (n);

      g_debug ("candidate %u: <%s> “%s” score %.1f", i, tag_of (n),
               hints != NULL ? hints : "", info_of (n)->score);
    }
  if (top == ctx->body)
    return top;

  /* several strong candidates under one ancestor: the ancestor is the article */
  {
    guint alternatives = 0;
    xmlNode *alt[4];

    for (guint i = 1; i < MIN (ctx->candidates->len, 5); i++)
      {
        xmlNode *n = g_ptr_array_index (ctx->candidates, i);

        if (info_of (n)->score / info_of (top)->score >= 0.75)
          alt[alternatives++] = n;
      }
    if (alternatives >= 3)
      for (xmlNode *p = top->parent; p != NULL && p != ctx->body; p = p->parent)
        {
          guint containing = 0;

          for (guint i = 0; i < alternatives; i++)
            if (is_ancestor_of (p, alt[i]))
              containing++;
          if (containing >= 3)
            {
              top = p;
              break;
            }
        }
  }

  top_info = ensure_candidate (ctx, top);
  last_score = top_info->score;
  threshold = last_score / 3;
  for (xmlNode *p = top->parent; p != NULL && p != ctx->body && p->type == XML_ELEMENT_NODE;
       p = p->parent)
    {
      ProvNodeInfo *info = info_of (p);

      if (info == NULL)
        continue;
      if (info->score < threshold)
        break;
      if (info->score > last_score)
        {
          top = p;
          break;
        }
      last_score = info->score;
    }

  while (top->parent != NULL && top->parent != ctx->body
         && top->parent->type == XML_ELEMENT_NODE && element_children (top->parent) == 1)
    top = top->parent;
  ensure_candidate (ctx, top);
  return top;
}

static gboolean
ends_sentence (const char *text)
{
  const char *dot = strstr (text, ". ");

  return dot != NULL || g_str_has_suffix (text, ".");
}

/* The top candidate and those of its siblings that look like more of the article. */
static GPtrArray *
merge_siblings (Ctx     *ctx,
                xmlNode *top)
{
  GPtrArray *parts = g_ptr_array_new ();
  double top_score;
  double threshold;
  g_autofree char *top_class = NULL;

  if (top->parent == NULL || top == ctx->body || info_of (top) == NULL)
    {
      g_ptr_array_add (parts, top);
      return parts;
    }
  top_score = info_of (top)->score;
  threshold = MAX (10, top_score * 0.2);
  top_class = _prov_node_attr (top, "class");

  for (xmlNode *s = top->parent->children; s != NULL; s = s->next)
    {
      gboolean append = FALSE;

      if (s->type != XML_ELEMENT_NODE)
        continue;
      if (s == top)
        append = TRUE;
      else
        {
          ProvNodeInfo *info = info_of (s);
          g_autofree char *klass = _prov_node_attr (s, "class");
          double bonus = 0;

          if (top_class != NULL && *top_class != '\0' && klass != NULL
              && strcmp (klass, top_class) == 0)
            bonus += top_score * 0.2;
          if (info != NULL && info->score + bonus >= threshold)
            append = TRUE;
          else if (_prov_node_is (s, "p"))
            {
              g_autofree char *text = normalized_text (s);
              glong len = g_utf8_strlen (text, -1);
              double density = link_density (s);

              if (len > 80 && density < 0.25)
                append = TRUE;
              else if (len < 80 && len > 0 && density == 0 && ends_sentence (text))
                append = TRUE;
            }
        }
      if (append)
        g_ptr_array_add (parts, s);
    }
  return parts;
}

/* ---- the whole ---------------------------------------------------------------- */

static xmlNode *
find_body (htmlDocPtr doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (root == NULL)
    return NULL;
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    if (_prov_node_is (c, "body"))
      return c;
  return root;
}

void
_prov_extractor_extract_content (htmlDocPtr       doc,
                                 const char      *base_url,
                                 gboolean         strip_unlikely,
                                 ProvExtraction  *out,
                                 ProvTextBuilder *builder)
{
  Ctx ctx = { 0 };
  xmlNode *top;
  g_autoptr(GPtrArray) parts = NULL;

  ctx.out = out;
  ctx.base_url = base_url;
  ctx.strip_unlikely = strip_unlikely;
  ctx.body = find_body (doc);
  if (ctx.body == NULL)
    return;
  ctx.infos = g_ptr_array_new_with_free_func (g_free);
  ctx.candidates = g_ptr_array_new ();

  prune (&ctx, ctx.body);
  collect (&ctx, ctx.body);
  top = pick_top (&ctx);
  parts = merge_siblings (&ctx, top);

  for (guint i = 0; i < parts->len; i++)
    {
      ProvMeasure m = { 0 };

      _prov_extractor_clean (g_ptr_array_index (parts, i), &m);
    }
  for (guint i = 0; i < parts->len; i++)
    {
      _prov_text_builder_break (builder);
      _prov_extractor_write (builder, g_ptr_array_index (parts, i), base_url);
    }

  if (out->byline == NULL && ctx.dom_byline != NULL)
    out->byline = g_steal_pointer (&ctx.dom_byline);

  /* nodes cleaned away may be among the candidates: the document is freed next, so
   * _private is left as it is rather than written through freed nodes */
  g_ptr_array_unref (ctx.candidates);
  g_ptr_array_unref (ctx.infos);
  g_free (ctx.dom_byline);
}
