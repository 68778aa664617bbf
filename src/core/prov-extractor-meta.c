/* prov-extractor-meta.c — title, byline, date, site, language and canonical URL of a page
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-extractor-meta"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "prov-extractor-private.h"

typedef struct
{
  GHashTable *values;         /* normalised meta name → content (the last one wins) */
  char       *doc_title;
  char       *html_lang;
  char       *canonical;
  char       *time_published;
  char       *ld_title;
  char       *ld_byline;
  char       *ld_published;
  char       *ld_site;
  char       *ld_language;
  char       *ld_url;
  GPtrArray  *ld_scripts;     /* of char*, JSON-LD texts */
  guint       n_h1;
  char       *h1_text;
  GPtrArray  *headings;       /* of char*, h1 and h2 texts */
} MetaState;

static void
meta_state_clear (MetaState *st)
{
  g_hash_table_unref (st->values);
  g_free (st->doc_title);
  g_free (st->html_lang);
  g_free (st->canonical);
  g_free (st->time_published);
  g_free (st->ld_title);
  g_free (st->ld_byline);
  g_free (st->ld_published);
  g_free (st->ld_site);
  g_free (st->ld_language);
  g_free (st->ld_url);
  g_ptr_array_unref (st->ld_scripts);
  g_free (st->h1_text);
  g_ptr_array_unref (st->headings);
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* Collapses white space and trims; returns NULL for an empty result. */
static char *
normalize_space (const char *text)
{
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0)
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_url (const char *value)
{
  return value != NULL && (g_str_has_prefix (value, "http://")
                           || g_str_has_prefix (value, "https://"));
}

/* The meta name patterns of the common conventions: Dublin Core, OpenGraph, Twitter,
 * Parse.ly, Weibo, plain HTML. */
static const char * const meta_prefixes[] = {
  "dc", "dcterm", "dcterms", "og", "twitter", "parsely", "weibo:article", "weibo:webpage",
  "article", "sailthru",
};
static const char * const meta_fields[] = {
  "author", "creator", "pub-date", "description", "title", "site_name", "published_time",
  "date", "language", "locale", "url", "byl", "publisher",
};

static gboolean
known_field (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (meta_fields); i++)
    if (strcmp (field, meta_fields[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Turns "DC.Creator" or "og:title" into "dc:creator" / "og:title"; NULL if not ours. */
static char *
normalize_meta_name (const char *raw)
{
  g_autofree char *name = g_ascii_strdown (raw, -1);
  char *sep;

  g_strstrip (name);
  for (char *p = name; *p != '\0'; p++)
    if (*p == '.')
      *p = ':';
  /* "og:article:author" is article:author under another prefix */
  if (g_str_has_prefix (name, "og:article:"))
    memmove (name, name + 3, strlen (name + 3) + 1);
  if (known_field (name) || strcmp (name, "datepublished") == 0 || strcmp (name, "pubdate") == 0
      || strcmp (name, "content-language") == 0)
    return g_steal_pointer (&name);

  sep = strrchr (name, ':');
  if (sep == NULL)
    sep = strrchr (name, '-');
  if (sep != NULL)
    {
      char saved = *sep;

      *sep = '\0';
      for (guint i = 0; i < G_N_ELEMENTS (meta_prefixes); i++)
        if (strcmp (name, meta_prefixes[i]) == 0 && known_field (sep + 1))
          {
            *sep = ':';
            return g_steal_pointer (&name);
          }
      *sep = saved;
    }
  return NULL;
}

static void
read_meta (MetaState *st,
           xmlNode   *node)
{
  g_autofree char *property = get_attr (node, "property");
  g_autofree char *name = get_attr (node, "name");
  g_autofree char *http_equiv = get_attr (node, "http-equiv");
  g_autofree char *itemprop = get_attr (node, "itemprop");
  g_autofree char *content = get_attr (node, "content");
  g_autofree char *value = normalize_space (content);

  if (value == NULL)
    return;

  if (property != NULL)
    {
      g_auto(GStrv) parts = g_strsplit_set (property, " \t\n", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          char *key;

          if (*parts[i] == '\0')
            continue;
          key = normalize_meta_name (parts[i]);
          if (key != NULL)
            g_hash_table_replace (st->values, key, g_strdup (value));
        }
    }
  if (name != NULL)
    {
      char *key = normalize_meta_name (name);

      /* as with properties, the last one wins (the usual order of co-authors
       * puts the main one last in Dublin Core lists) */
      if (key != NULL)
        g_hash_table_replace (st->values, key, g_strdup (value));
    }
  if (http_equiv != NULL && g_ascii_strcasecmp (http_equiv, "content-language") == 0)
    g_hash_table_replace (st->values, g_strdup ("content-language"), g_strdup (value));
  if (itemprop != NULL && strcmp (itemprop, "datePublished") == 0)
    g_hash_table_replace (st->values, g_strdup ("datepublished"), g_strdup (value));
}

/* ---- JSON-LD ---------------------------------------------------------------- */

static gboolean
is_article_type (const char *type)
{
  static const char * const types[] = {
    "Report", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting",
    "DiscussionForumPosting", "APIReference", "WebPage",
  };

  if (type == NULL)
    return FALSE;
  if (g_str_has_suffix (type, "Article") || g_str_has_prefix (type, "Article"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (strcmp (type, types[i]) == 0)
      return TRUE;
  return FALSE;
}

/* 2 for an article type, 1 for a plain web page, 0 otherwise. */
static int
ld_type_rank (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");
  int best = 0;

  if (type == NULL)
    return 0;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    {
      const char *t = json_node_get_string (type);

      if (is_article_type (t))
        best = strcmp (t, "WebPage") == 0 ? 1 : 2;
    }
  else if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *n = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
              && is_article_type (json_node_get_string (n)))
            best = MAX (best, strcmp (json_node_get_string (n), "WebPage") == 0 ? 1 : 2);
        }
    }
  return best;
}

static const char *
ld_string (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* The name of an author value: a string, {"name": …} or an array of them. */
static char *
ld_names (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      return is_url (s) ? NULL : normalize_space (s);
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *name = json_object_get_member (json_node_get_object (node), "name");

      return name != NULL ? ld_names (name) : NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          char *name = ld_names (json_array_get_element (array, i));

          if (name != NULL)
            g_ptr_array_add (names, name);
        }
      g_ptr_array_add (names, NULL);
      return names->len > 1 ? g_strjoinv (", ", (char **) names->pdata) : NULL;
    }
  return NULL;
}

static void
set_once (char       **field,
          const char  *value)
{
  if (*field == NULL && value != NULL)
    *field = normalize_space (value);
}

static void ld_walk (MetaState *st, JsonNode *node, int *best_rank, guint depth);

static void
ld_take_object (MetaState  *st,
                JsonObject *object,
                int        *best_rank,
                guint       depth)
{
  JsonNode *graph = json_object_get_member (object, "@graph");
  int rank = ld_type_rank (object);

  if (graph != NULL)
    ld_walk (st, graph, best_rank, depth + 1);
  if (rank == 0 || rank < *best_rank)
    return;
  if (rank > *best_rank)
    {
      /* a real article outranks a web page seen earlier */
      g_clear_pointer (&st->ld_title, g_free);
      g_clear_pointer (&st->ld_byline, g_free);
      g_clear_pointer (&st->ld_published, g_free);
      *best_rank = rank;
    }

  {
    const char *name = ld_string (object, "name");
    const char *headline = ld_string (object, "headline");
    JsonNode *publisher = json_object_get_member (object, "publisher");
    JsonNode *lang = json_object_get_member (object, "inLanguage");

    /* "name" is sometimes the site's, sometimes the article's: the headline wins
     * unless only the name matches the document title */
    if (headline != NULL && name != NULL && strcmp (headline, name) != 0 && st->doc_title != NULL
        && _prov_text_similarity (st->doc_title, headline) <= 0.75
        && _prov_text_similarity (st->doc_title, name) > 0.75)
      set_once (&st->ld_title, name);
    set_once (&st->ld_title, headline != NULL ? headline : name);
    if (st->ld_byline == NULL)
      st->ld_byline = ld_names (json_object_get_member (object, "author"));
    if (st->ld_byline == NULL)
      st->ld_byline = ld_names (json_object_get_member (object, "creator"));
    set_once (&st->ld_published, ld_string (object, "datePublished"));
    set_once (&st->ld_published, ld_string (object, "dateCreated"));
    if (publisher != NULL && JSON_NODE_HOLDS_OBJECT (publisher))
      set_once (&st->ld_site, ld_string (json_node_get_object (publisher), "name"));
    if (lang != NULL && JSON_NODE_HOLDS_VALUE (lang)
        && json_node_get_value_type (lang) == G_TYPE_STRING)
      set_once (&st->ld_language, json_node_get_string (lang));
    if (rank == 2)
      set_once (&st->ld_url, ld_string (object, "url"));
  }
}

static void
ld_walk (MetaState *st,
         JsonNode  *node,
         int       *best_rank,
         guint      depth)
{
  if (node == NULL || depth > 8)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        ld_walk (st, json_array_get_element (array, i), best_rank, depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    ld_take_object (st, json_node_get_object (node), best_rank, depth);
}

static void
read_json_ld (MetaState *st)
{
  int best_rank = 0;

  for (guint i = 0; i < st->ld_scripts->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *text = g_strdup (g_ptr_array_index (st->ld_scripts, i));
      char *start = g_strstrip (text);
      char *cdata;

      /* scripts wrapped for old browsers */
      if (g_str_has_prefix (start, "<!--"))
        start += 4;
      if ((cdata = strstr (start, "<![CDATA[")) != NULL && cdata - start < 8)
        start = cdata + strlen ("<![CDATA[");
      if (g_str_has_suffix (start, "-->"))
        start[strlen (start) - 3] = '\0';
      if ((cdata = g_strrstr (start, "]]>")) != NULL)
        *cdata = '\0';
      if ((cdata = g_strrstr (start, "//")) != NULL && strchr (cdata, '}') == NULL
          && strchr (cdata, ']') == NULL)
        *cdata = '\0';

      if (!json_parser_load_from_data (parser, start, -1, NULL))
        continue;
      ld_walk (st, json_parser_get_root (parser), &best_rank, 0);
    }
}

/* ---- the walk over the document -------------------------------------------- */

static void
walk (MetaState *st,
      xmlNode   *node,
      gboolean   in_head)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;

      if (_prov_node_is (n, "title"))
        {
          /* the first <title> outside <svg> is the document's */
          if (st->doc_title == NULL && (n->parent == NULL || !_prov_node_is (n->parent, "svg")))
            {
              g_autofree char *text = _prov_node_text (n);

              st->doc_title = normalize_space (text);
            }
          continue;
        }
      else if (_prov_node_is (n, "meta"))
        read_meta (st, n);
      else if (_prov_node_is (n, "link"))
        {
          g_autofree char *rel = get_attr (n, "rel");

          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0 && st->canonical == NULL)
            st->canonical = get_attr (n, "href");
        }
      else if (_prov_node_is (n, "script"))
        {
          g_autofree char *type = get_attr (n, "type");

          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            g_ptr_array_add (st->ld_scripts, _prov_node_text (n));
          continue;
        }
      else if (_prov_node_is (n, "style"))
        continue;
      else if (_prov_node_is (n, "html"))
        {
          if (st->html_lang == NULL)
            st->html_lang = get_attr (n, "lang");
          if (st->html_lang == NULL)
            st->html_lang = get_attr (n, "xml:lang");
        }
      else if (_prov_node_is (n, "time"))
        {
          g_autofree char *itemprop = get_attr (n, "itemprop");
          xmlChar *pubdate = xmlGetProp (n, (const xmlChar *) "pubdate");

          if (st->time_published == NULL
              && ((itemprop != NULL && strstr (itemprop, "datePublished") != NULL)
                  || pubdate != NULL))
            st->time_published = get_attr (n, "datetime");
          xmlFree (pubdate);
        }
      else if (_prov_node_is (n, "h1") || _prov_node_is (n, "h2"))
        {
          g_autofree char *text = _prov_node_text (n);
          char *norm = normalize_space (text);

          if (_prov_node_is (n, "h1"))
            {
              st->n_h1++;
              if (st->h1_text == NULL)
                st->h1_text = g_strdup (norm);
            }
          if (norm != NULL)
            g_ptr_array_add (st->headings, norm);
          continue;
        }

      if (n->children != NULL)
        walk (st, n->children, in_head || _prov_node_is (n, "head"));
    }
}

static guint
word_count (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = g_unichar_isspace (c);

      /* scripts written without spaces: each character counts as a word */
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF)
          || (c >= 0xAC00 && c <= 0xD7AF))
        {
          n++;
          in_word = FALSE;
          continue;
        }
      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* Separators between a headline and a site name in <title>: " | ", " - ", " – ", … */
static gboolean
is_separator (gunichar c)
{
  return c == '|' || c == '-' || c == 0x2013 || c == 0x2014 || c == '\\' || c == '/'
         || c == '>' || c == 0xBB || c == 0xB7 || c == 0x2022;
}

/* Finds " X " separators; returns the byte offsets of the first and last one. */
static gboolean
find_separators (const char *title,
                 const char **first,
                 const char **last,
                 gboolean    *hierarchical)
{
  *first = *last = NULL;
  *hierarchical = FALSE;
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (p > title && p[-1] == ' ' && *next == ' ' && is_separator (c))
        {
          if (*first == NULL)
            *first = p;
          *last = p;
          if (c == '\\' || c == '/' || c == '>' || c == 0xBB)
            *hierarchical = TRUE;
        }
    }
  return *first != NULL;
}

static char *
clean_title (MetaState *st)
{
  const char *orig = st->doc_title;
  g_autofree char *cur = NULL;
  const char *first, *last;
  gboolean hierarchical = FALSE;
  gboolean had_separator;

  if (orig == NULL)
    return g_strdup (st->h1_text);

  had_separator = find_separators (orig, &first, &last, &hierarchical);
  if (had_separator)
    {
      cur = g_strstrip (g_strndup (orig, last - orig));
      if (word_count (cur) < 3)
        {
          g_free (cur);
          cur = g_strstrip (g_strdup (g_utf8_next_char (first)));
        }
    }
  else if (strstr (orig, ": ") != NULL)
    {
      gboolean heading_match = FALSE;

      for (guint i = 0; i < st->headings->len; i++)
        if (strcmp (g_ptr_array_index (st->headings, i), orig) == 0)
          heading_match = TRUE;
      if (heading_match)
        cur = g_strdup (orig);
      else
        {
          const char *colon = g_strrstr (orig, ":");

          cur = g_strstrip (g_strdup (colon + 1));
          if (word_count (cur) < 3)
            {
              g_free (cur);
              cur = g_strstrip (g_strdup (strchr (orig, ':') + 1));
            }
          else
            {
              g_autofree char *before = g_strndup (orig, strchr (orig, ':') - orig);

              if (word_count (before) > 5)
                {
                  g_free (cur);
                  cur = g_strdup (orig);
                }
            }
        }
    }
  else if ((strlen (orig) > 150 || strlen (orig) < 15) && st->n_h1 == 1 && st->h1_text != NULL)
    cur = g_strdup (st->h1_text);
  else
    cur = g_strdup (orig);

  if (cur == NULL || *cur == '\0')
    return g_strdup (orig);

  /* too short a remainder: the site name was probably the longer part */
  if (word_count (cur) <= 2)
    {
      g_autofree char *stripped = g_strdup (orig);
      guint orig_words;

      for (char *p = stripped; *p != '\0'; p++)
        if (strchr ("|-\\/>", *p) != NULL)
          *p = ' ';
      orig_words = word_count (stripped);
      if (!hierarchical || word_count (cur) != orig_words - 1)
        return g_strdup (orig);
    }
  return g_steal_pointer (&cur);
}

char *
_prov_extractor_clean_title (htmlDocPtr doc)
{
  MetaState st = { 0 };
  char *title;

  st.values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  st.ld_scripts = g_ptr_array_new_with_free_func (g_free);
  st.headings = g_ptr_array_new_with_free_func (g_free);
  walk (&st, xmlDocGetRootElement (doc), FALSE);
  title = clean_title (&st);
  meta_state_clear (&st);
  return title;
}

static const char *
first_value (MetaState          *st,
             const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *v = g_hash_table_lookup (st->values, keys[i]);

      if (v != NULL && *v != '\0')
        return v;
    }
  return NULL;
}

void
_prov_extractor_read_metadata (htmlDocPtr      doc,
                               ProvExtraction *out)
{
  static const char * const title_keys[] = {
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
    "title", "twitter:title", "parsely:title", "sailthru:title", NULL,
  };
  static const char * const byline_keys[] = {
    "dc:creator", "dcterm:creator", "author", "parsely:author", "sailthru:author", "byl",
    NULL,
  };
  static const char * const date_keys[] = {
    "article:published_time", "parsely:pub-date", "og:published_time", "datepublished",
    "dc:date", "dcterm:date", "sailthru:date", "pubdate", "date", NULL,
  };
  static const char * const site_keys[] = { "og:site_name", "twitter:site_name", NULL };
  static const char * const lang_keys[] = { "content-language", "og:locale", "language", NULL };
  static const char * const url_keys[] = { "og:url", "twitter:url", NULL };
  MetaState st = { 0 };
  const char *v;

  st.values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  st.ld_scripts = g_ptr_array_new_with_free_func (g_free);
  st.headings = g_ptr_array_new_with_free_func (g_free);
  walk (&st, xmlDocGetRootElement (doc), FALSE);
  read_json_ld (&st);

  if (st.ld_title != NULL)
    out->title = g_strdup (st.ld_title);
  else if ((v = first_value (&st, title_keys)) != NULL)
    out->title = g_strdup (v);
  else
    out->title = clean_title (&st);

  if (st.ld_byline != NULL)
    out->byline = g_strdup (st.ld_byline);
  else if ((v = first_value (&st, byline_keys)) != NULL && !is_url (v))
    out->byline = g_strdup (v);
  else if ((v = g_hash_table_lookup (st.values, "article:author")) != NULL && !is_url (v))
    out->byline = g_strdup (v);
  /* meta values are names: a leading "By " is typography, not part of the name */
  if (out->byline != NULL && g_ascii_strncasecmp (out->byline, "by ", 3) == 0)
    {
      char *name = g_strdup (out->byline + 3);

      g_free (out->byline);
      out->byline = g_strstrip (name);
    }

  if (st.ld_published != NULL)
    out->published = g_strdup (st.ld_published);
  else if ((v = first_value (&st, date_keys)) != NULL)
    out->published = g_strdup (v);
  else if (st.time_published != NULL)
    out->published = normalize_space (st.time_published);

  if (st.ld_site != NULL)
    out->site = g_strdup (st.ld_site);
  else if ((v = first_value (&st, site_keys)) != NULL)
    out->site = g_strdup (v);

  if (st.html_lang != NULL && *g_strstrip (st.html_lang) != '\0')
    out->language = g_strdup (st.html_lang);
  else if ((v = first_value (&st, lang_keys)) != NULL)
    out->language = g_strdup (v);
  else if (st.ld_language != NULL)
    out->language = g_strdup (st.ld_language);
  if (out->language != NULL)
    for (char *p = out->language; *p != '\0'; p++)
      if (*p == '_')
        *p = '-';

  if (st.canonical != NULL && *g_strstrip (st.canonical) != '\0')
    out->canonical_url = g_strdup (st.canonical);
  else if ((v = first_value (&st, url_keys)) != NULL)
    out->canonical_url = g_strdup (v);
  else if (st.ld_url != NULL)
    out->canonical_url = g_strdup (st.ld_url);

  meta_state_clear (&st);
}
