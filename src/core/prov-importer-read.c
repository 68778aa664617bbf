/* prov-importer-read.c — the importer's reading: which format a body or a file is, plain
 * text read as paragraphs, local files and URL lists
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-importer"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-importer-private.h"
#include "prov-pdf-reader.h"

/* The largest local file read. */
#define MAX_FILE_SIZE (100 * 1024 * 1024)

/* ---- reading: which format, and its text ---------------------------------------- */

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize n = strlen (name), m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

static gboolean
looks_like_html (const guint8 *data,
                 gsize         length)
{
  g_autofree char *head = g_ascii_strdown ((const char *) data, MIN (length, 2048));

  return strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL
         || strstr (head, "<body") != NULL || strstr (head, "<head") != NULL
         || strstr (head, "<p>") != NULL || strstr (head, "<article") != NULL;
}

/* The format of a fetched body, by its content type, its address and its first bytes. */
gboolean
_prov_importer_format_of_response (const char        *content_type,
                                   const char        *final_url,
                                   GBytes            *body,
                                   ProvImportFormat  *format,
                                   GError           **error)
{
  const char *type = content_type != NULL ? content_type : "";
  gsize length;
  const guint8 *data = g_bytes_get_data (body, &length);
  g_autoptr(GUri) uri = g_uri_parse (final_url, G_URI_FLAGS_ENCODED, NULL);
  const char *path = uri != NULL ? g_uri_get_path (uri) : "";

  if (strcmp (type, "application/pdf") == 0 || prov_pdf_reader_sniff (data, length))
    *format = PROV_IMPORT_PDF;
  else if (strcmp (type, "text/html") == 0 || strcmp (type, "application/xhtml+xml") == 0)
    *format = PROV_IMPORT_HTML;
  else if (strcmp (type, "text/markdown") == 0 || strcmp (type, "text/x-markdown") == 0
           || has_suffix_ci (path, ".md") || has_suffix_ci (path, ".markdown"))
    *format = PROV_IMPORT_MARKDOWN;
  else if (strcmp (type, "text/plain") == 0)
    *format = looks_like_html (data, length) ? PROV_IMPORT_HTML : PROV_IMPORT_TEXT;
  else if (looks_like_html (data, length))
    *format = PROV_IMPORT_HTML;
  else
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_UNSUPPORTED,
                   _("%s is %s, not a page, a text or a PDF"), final_url,
                   *type != '\0' ? type : _("of an unknown type"));
      return FALSE;
    }
  return TRUE;
}

ProvImportFormat
_prov_importer_format_of_file (const char   *path,
                               const guint8 *data,
                               gsize         length)
{
  if (has_suffix_ci (path, ".pdf") || prov_pdf_reader_sniff (data, length))
    return PROV_IMPORT_PDF;
  if (has_suffix_ci (path, ".html") || has_suffix_ci (path, ".htm")
      || has_suffix_ci (path, ".xhtml") || has_suffix_ci (path, ".shtml"))
    return PROV_IMPORT_HTML;
  if (has_suffix_ci (path, ".md") || has_suffix_ci (path, ".markdown")
      || has_suffix_ci (path, ".mdown") || has_suffix_ci (path, ".mkd"))
    return PROV_IMPORT_MARKDOWN;
  if (has_suffix_ci (path, ".txt") || has_suffix_ci (path, ".text"))
    return PROV_IMPORT_TEXT;
  return looks_like_html (data, length) ? PROV_IMPORT_HTML : PROV_IMPORT_TEXT;
}

/* Plain text is kept as written: paragraphs (blank-line separated) make the structure
 * and the first line is the title. */
ProvExtraction *
prov_importer_read_text (const char  *source,
                         GBytes      *data,
                         GError     **error)
{
  gsize length;
  const char *text = g_bytes_get_data (data, &length);
  g_autoptr(ProvExtraction) out = prov_extraction_new ();
  const char *p;
  guint offset = 0;

  if (length == 0 || memchr (text, '\0', length) != NULL || !g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_NOT_TEXT,
                   length == 0 ? _("“%s” is empty") : _("“%s” is not UTF-8 text"), source);
      return NULL;
    }
  g_free (out->text);
  out->text = g_strndup (text, length);
  if (g_str_has_prefix (out->text, "\xEF\xBB\xBF"))
    memmove (out->text, out->text + 3, strlen (out->text + 3) + 1);

  for (p = out->text; *p != '\0'; )
    {
      const char *end = strstr (p, "\n\n");
      const char *stop = end != NULL ? end : p + strlen (p);
      guint n = (guint) g_utf8_strlen (p, stop - p);
      const char *a = p, *z = stop;

      while (a < z && g_ascii_isspace (*a))
        a++;
      while (z > a && g_ascii_isspace (z[-1]))
        z--;
      if (z > a)
        {
          ProvBlock *block = g_new0 (ProvBlock, 1);

          block->kind = PROV_BLOCK_PARAGRAPH;
          block->start = offset + (guint) g_utf8_strlen (p, a - p);
          block->end = block->start + (guint) g_utf8_strlen (a, z - a);
          g_ptr_array_add (out->structure, block);
          if (out->title == NULL)
            {
              const char *nl = memchr (a, '\n', z - a);
              gsize first = nl != NULL ? (gsize) (nl - a) : (gsize) (z - a);
              glong chars = g_utf8_strlen (a, first);

              out->title = g_utf8_substring (a, 0, MIN (chars, 200));
              g_strstrip (out->title);
            }
        }
      offset += n;
      if (end == NULL)
        break;
      offset += 2;
      p = end + 2;
    }
  if (out->title == NULL)
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_NOT_TEXT,
                   _("“%s” has no text"), source);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* ---- reading a local file ------------------------------------------------------- */

GBytes *
_prov_importer_read_file (const char        *path,
                          const char        *source,
                          GCancellable      *cancellable,
                          ProvImportFormat  *format,
                          GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) finfo = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                  G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                  G_FILE_QUERY_INFO_NONE, cancellable,
                                                  &local_error);
  char *contents = NULL;
  gsize length;

  if (finfo != NULL && g_file_info_get_file_type (finfo) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                   _("Cannot read “%s”: it is a folder"), source);
      return NULL;
    }
  if (finfo != NULL && g_file_info_get_size (finfo) > MAX_FILE_SIZE)
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                   _("“%s” is larger than %d MB"), source, MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  g_clear_error (&local_error);
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                   _("Cannot read “%s”: %s"), source, local_error->message);
      return NULL;
    }
  *format = _prov_importer_format_of_file (path, (const guint8 *) contents, length);
  return g_bytes_new_take (contents, length);
}

/* ---- lists of addresses ---------------------------------------------------------- */

GStrv
prov_importer_read_url_list (const char  *path,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &local_error))
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                   _("Cannot read the URL list: %s"), local_error->message);
      return NULL;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0' && *line != '#')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}
