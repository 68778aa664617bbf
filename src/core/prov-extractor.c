/* prov-extractor.c — readable article text and metadata out of an HTML page
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-extractor"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "prov-extractor-private.h"

struct _ProvExtractor
{
  GObject parent_instance;
};

G_DEFINE_TYPE (ProvExtractor, prov_extractor, G_TYPE_OBJECT)

G_DEFINE_QUARK (prov-extractor-error-quark, prov_extractor_error)

/* Below this many characters a first attempt is taken to have missed the article. */
#define MIN_ARTICLE_CHARS 250

static void
prov_extractor_class_init (ProvExtractorClass *klass)
{
  /* libxml2 wants its globals set up once before threads parse (the importer
   * extracts in worker threads); class_init runs once, before any extractor exists */
  xmlInitParser ();
}

static void
prov_extractor_init (ProvExtractor *self)
{
}

ProvExtractor *
prov_extractor_new (void)
{
  return g_object_new (PROV_TYPE_EXTRACTOR, NULL);
}

ProvExtraction *
prov_extraction_new (void)
{
  ProvExtraction *extraction = g_new0 (ProvExtraction, 1);

  extraction->text = g_strdup ("");
  extraction->structure = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_block_free);
  return extraction;
}

void
prov_block_free (ProvBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->href);
  g_free (block);
}

void
prov_extraction_free (ProvExtraction *extraction)
{
  if (extraction == NULL)
    return;
  g_free (extraction->title);
  g_free (extraction->byline);
  g_free (extraction->published);
  g_free (extraction->site);
  g_free (extraction->language);
  g_free (extraction->canonical_url);
  g_free (extraction->charset);
  g_free (extraction->text);
  g_clear_pointer (&extraction->structure, g_ptr_array_unref);
  g_free (extraction);
}

const char *
prov_block_kind_to_string (ProvBlockKind kind)
{
  switch (kind)
    {
    case PROV_BLOCK_HEADING:
      return "heading";
    case PROV_BLOCK_PARAGRAPH:
      return "paragraph";
    case PROV_BLOCK_BLOCKQUOTE:
      return "blockquote";
    case PROV_BLOCK_LIST_ITEM:
      return "list-item";
    case PROV_BLOCK_LINK:
      return "link";
    case PROV_BLOCK_PAGE:
      return "page";
    case PROV_BLOCK_PREFORMATTED:
      return "preformatted";
    default:
      g_return_val_if_reached ("paragraph");
    }
}

char *
prov_extraction_structure_to_json (const ProvExtraction *extraction)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (extraction != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; extraction->structure != NULL && i < extraction->structure->len; i++)
    {
      const ProvBlock *block = g_ptr_array_index (extraction->structure, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, prov_block_kind_to_string (block->kind));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, block->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, block->end);
      if (block->kind == PROV_BLOCK_HEADING || block->kind == PROV_BLOCK_PAGE)
        {
          json_builder_set_member_name (builder, "level");
          json_builder_add_int_value (builder, block->level);
        }
      if (block->href != NULL)
        {
          json_builder_set_member_name (builder, "href");
          json_builder_add_string_value (builder, block->href);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static htmlDocPtr
parse (const char *text,
       const char *url)
{
  int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;
  gsize length = strlen (text);

  if (length > G_MAXINT)
    length = G_MAXINT;
  /* the text is UTF-8 already: tell the parser so, which also makes it ignore the
   * page's own (possibly wrong) charset declaration */
  return htmlReadMemory (text, (int) length, url, "UTF-8", options);
}

static char *
resolve (const char *base,
         const char *href)
{
  if (href == NULL)
    return NULL;
  if (base == NULL)
    return g_strdup (href);
  return g_uri_resolve_relative (base, href, G_URI_FLAGS_NONE, NULL);
}

/* One attempt at the content (on @doc, or a fresh parse of @text when NULL);
 * returns its text length in code points. Frees @doc. */
static guint
extract_content (htmlDocPtr      doc,
                 const char     *text,
                 const char     *url,
                 gboolean        strip_unlikely,
                 ProvExtraction *out)
{
  ProvTextBuilder *builder;
  guint length;

  if (doc == NULL)
    doc = parse (text, url);
  if (doc == NULL)
    return 0;
  builder = _prov_text_builder_new ();
  _prov_extractor_extract_content (doc, url, strip_unlikely, out, builder);
  length = _prov_text_builder_get_length (builder);
  _prov_text_builder_finish (builder, out);
  _prov_text_builder_free (builder);
  xmlFreeDoc (doc);
  return length;
}

ProvExtraction *
prov_extractor_extract (ProvExtractor  *self,
                        const guint8   *data,
                        gsize           length,
                        const char     *header_charset,
                        const char     *url,
                        GError        **error)
{
  g_autoptr(ProvExtraction) out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *canonical = NULL;
  htmlDocPtr doc;
  guint chars;

  g_return_val_if_fail (PROV_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_EMPTY,
                   _("The page is empty"));
      return NULL;
    }
  if (_prov_charset_is_binary (data, length))
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NOT_HTML,
                   _("The page is binary data, not HTML"));
      return NULL;
    }

  out = prov_extraction_new ();
  text = prov_extractor_decode (data, length, header_charset, &out->charset);

  doc = parse (text, url);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NO_CONTENT,
                   _("The page has no readable text"));
      return NULL;
    }
  /* metadata first: reading it leaves the tree as it was */
  _prov_extractor_read_metadata (doc, out);
  chars = extract_content (doc, text, url, TRUE, out);
  if (chars < MIN_ARTICLE_CHARS)
    {
      g_autoptr(ProvExtraction) second = prov_extraction_new ();

      second->title = g_strdup (out->title);
      second->byline = g_strdup (out->byline);
      if (extract_content (NULL, text, url, FALSE, second) > chars)
        {
          g_free (out->text);
          out->text = g_steal_pointer (&second->text);
          g_ptr_array_unref (out->structure);
          out->structure = g_steal_pointer (&second->structure);
          if (out->byline == NULL)
            out->byline = g_steal_pointer (&second->byline);
        }
    }

  if (*out->text == '\0')
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NO_CONTENT,
                   _("The page has no readable text"));
      return NULL;
    }

  canonical = resolve (url, out->canonical_url);
  g_free (out->canonical_url);
  out->canonical_url = canonical != NULL ? g_steal_pointer (&canonical) : g_strdup (url);
  return g_steal_pointer (&out);
}
