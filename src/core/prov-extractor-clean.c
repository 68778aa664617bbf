/* prov-extractor-clean.c — cleaning furniture out of the chosen article blocks
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-extractor-clean"

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

static gboolean
has_ancestor (xmlNode    *n,
              const char *tag)
{
  for (xmlNode *p = n->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent)
    if (_prov_node_is (p, tag))
      return TRUE;
  return FALSE;
}

static const char * const conditional_tags[] = {
  "table", "ul", "ol", "div", "section", "form", "fieldset", "aside", "footer", "dl",
  "figure", "header", NULL,
};

static gboolean
is_list (xmlNode *n)
{
  return _prov_node_is (n, "ul") || _prov_node_is (n, "ol");
}

/* Whether a block inside the article is furniture, by Readability's rules plus ours. */
static gboolean
should_clean (xmlNode     *n,
              ProvMeasure *m)
{
  const char *tag = tag_of (n);
  g_autofree char *hints = _prov_node_hints (n);
  double density = m->text > 0 ? (double) m->link / m->text : 0;
  int weight;
  gboolean list;

  if (hints != NULL && _prov_hints_match (hints, _prov_hints_boilerplate)
      && !_prov_hints_match (hints, _prov_hints_maybe)
      && (m->text < 500 || density > 0.3))
    return TRUE;

  /* a short paragraph that is mostly a link is a teaser for another page */
  if (strcmp (tag, "p") == 0 && m->text < 250 && density > 0.6)
    return TRUE;

  if (!tag_in (tag, conditional_tags))
    return FALSE;

  if (strcmp (tag, "table") == 0)
    {
      /* data tables stay */
      if (m->text > 0 && density < 0.5 && m->n_p == 0 && m->commas < 10)
        return FALSE;
    }

  weight = _prov_class_weight (n);
  /* several paragraphs of prose are content, whatever the class names say */
  if (m->n_p >= 3 && m->text > 500 && density < 0.25)
    return FALSE;
  if (weight < 0)
    return TRUE;
  if (m->commas >= 10)
    return FALSE;

  list = is_list (n);
  if (!list && m->text > 0)
    {
      /* a div made of a list of links is a list too */
      ProvMeasure lm = { 0 };
      guint list_text = 0;

      for (xmlNode *c = n->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && is_list (c))
          {
            memset (&lm, 0, sizeof lm);
            _prov_measure (c, &lm);
            list_text += lm.text;
          }
      list = list_text > m->text * 0.9;
    }

  if (m->n_img > 1 && (double) m->n_p / m->n_img < 0.5 && !has_ancestor (n, "figure"))
    return TRUE;
  if (!list && m->n_li > 100 + m->n_p)
    return TRUE;
  if (m->n_input > m->n_p / 3)
    return TRUE;
  if (!list && m->text < 25 && (m->n_img == 0 || m->n_img > 2) && !has_ancestor (n, "figure")
      && (m->heading == 0 || m->heading * 10 < m->text * 9))
    return TRUE;
  if (!list && weight < 25 && density > 0.2)
    return TRUE;
  if (weight >= 25 && density > 0.5)
    return TRUE;
  if ((m->n_embed == 1 && m->text < 75) || m->n_embed > 1)
    return TRUE;
  if (list && density > 0.5 && m->n_p == 0)
    return TRUE;
  return FALSE;
}

/* Cleans bottom-up and returns the measures of what is left of @n. */
static void
clean (xmlNode     *n,
       ProvMeasure *m,
       gboolean     is_root)
{
  xmlNode *next;
  ProvMeasure own = { 0 };

  for (xmlNode *c = n->children; c != NULL; c = next)
    {
      next = c->next;
      if (c->type == XML_ELEMENT_NODE)
        clean (c, &own, FALSE);
      else
        _prov_measure (c, &own);
    }

  /* what the children contributed was measured without this node's own role */
  if (_prov_node_is (n, "a"))
    {
      g_autofree char *href = _prov_node_attr (n, "href");

      if (href == NULL || href[0] != '#')
        own.link = own.text;
    }
  else if (_prov_node_is (n, "p"))
    own.n_p++;
  else if (_prov_node_is (n, "li"))
    own.n_li++;
  else if (_prov_node_is (n, "img"))
    own.n_img++;
  else if (_prov_node_is (n, "input"))
    own.n_input++;
  else if (_prov_node_is (n, "video") || _prov_node_is (n, "embed") || _prov_node_is (n, "object"))
    own.n_embed++;
  else if (tag_of (n)[0] == 'h' && tag_of (n)[1] >= '1' && tag_of (n)[1] <= '6'
           && tag_of (n)[2] == '\0')
    own.heading = own.text;

  if (!is_root && should_clean (n, &own))
    {
      if (own.text > 200)
        {
          g_autofree char *hints = _prov_node_hints (n);

          g_debug ("cleaned <%s> “%s”: %u characters, %u in links", tag_of (n),
                   hints != NULL ? hints : "", own.text, own.link);
        }
      _prov_node_remove (n);
      return;
    }

  m->text += own.text;
  m->link += own.link;
  m->commas += own.commas;
  m->n_p += own.n_p;
  m->n_img += own.n_img;
  m->n_li += own.n_li;
  m->n_input += own.n_input;
  m->n_embed += own.n_embed;
  m->heading += own.heading;
}

void
_prov_extractor_clean (xmlNode     *root,
                       ProvMeasure *m)
{
  clean (root, m, TRUE);
}
