/* prov-markdown-reader.c — the text and structure of a Markdown document
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Block syntax (ATX and setext headings, > quotes, "-", "*", "+" and "1." lists, fenced and
 * indented code) and the inline syntax that matters for reading (emphasis, code spans,
 * [links](url), images, autolinks, HTML tags); not a full CommonMark parser.
 */
#define G_LOG_DOMAIN "prov-markdown-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-extractor-private.h"
#include "prov-markdown-reader.h"

/* Writes inline Markdown: links become link entries, markers disappear. */
static void
write_inline (ProvTextBuilder *b,
              const char      *text)
{
  const char *p = text;
  const char *run = p;

#define FLUSH() G_STMT_START { \
    if (p > run) \
      _prov_text_builder_append (b, run, p - run, FALSE); \
  } G_STMT_END

  while (*p != '\0')
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        {
          FLUSH ();
          _prov_text_builder_append (b, p + 1, 1, FALSE);
          p += 2;
          run = p;
        }
      else if ((*p == '[' || (*p == '!' && p[1] == '[')))
        {
          gboolean image = *p == '!';
          const char *label = p + (image ? 2 : 1);
          const char *close = strchr (label, ']');

          if (close != NULL && close[1] == '(' && strchr (close + 2, ')') != NULL)
            {
              const char *url = close + 2;
              const char *url_end = strchr (url, ')');
              g_autofree char *href = g_strndup (url, strcspn (url, " )"));
              g_autofree char *inner = g_strndup (label, close - label);

              FLUSH ();
              if (!image)
                {
                  _prov_text_builder_open_link (b, href);
                  write_inline (b, inner);
                  _prov_text_builder_close_link (b);
                }
              p = url_end + 1;
              run = p;
            }
          else
            p++;
        }
      else if (*p == '<' && (g_str_has_prefix (p, "<http://") || g_str_has_prefix (p, "<https://"))
               && strchr (p, '>') != NULL)
        {
          const char *end = strchr (p, '>');
          g_autofree char *href = g_strndup (p + 1, end - p - 1);

          FLUSH ();
          _prov_text_builder_open_link (b, href);
          _prov_text_builder_append (b, href, -1, FALSE);
          _prov_text_builder_close_link (b);
          p = end + 1;
          run = p;
        }
      else if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/') && strchr (p, '>') != NULL)
        {
          FLUSH ();
          p = strchr (p, '>') + 1;
          run = p;
        }
      else if (*p == '`')
        {
          const char *end = p + 1;

          /* the closing backtick (a loop: GCC's sanitizer build misreads strchr here) */
          while (*end != '\0' && *end != '`')
            end++;
          if (*end == '\0')
            end = NULL;

          FLUSH ();
          if (end != NULL)
            {
              _prov_text_builder_append (b, p + 1, end - p - 1, FALSE);
              p = end + 1;
            }
          else
            p++;
          run = p;
        }
      else if (*p == '*' || (*p == '_' && (p == text || !g_ascii_isalnum (p[-1]))))
        {
          /* emphasis markers, not a literal asterisk between spaces */
          if (p[1] == ' ' && (p == text || p[-1] == ' '))
            p++;
          else
            {
              FLUSH ();
              while (*p == '*' || *p == '_')
                p++;
              run = p;
            }
        }
      else if (*p == '_' && !g_ascii_isalnum (p[1]))
        {
          FLUSH ();
          while (*p == '_')
            p++;
          run = p;
        }
      else
        p++;
    }
  FLUSH ();
#undef FLUSH
}

static guint
heading_level (const char *line)
{
  guint n = 0;

  while (line[n] == '#')
    n++;
  return n >= 1 && n <= 6 && (line[n] == ' ' || line[n] == '\0') ? n : 0;
}

/* The text after a list marker, or NULL when @line is no list item. */
static const char *
list_item (const char *line)
{
  const char *p = line;

  if ((*p == '-' || *p == '*' || *p == '+') && p[1] == ' ')
    return p + 2;
  while (g_ascii_isdigit (*p))
    p++;
  if (p > line && (*p == '.' || *p == ')') && p[1] == ' ')
    return p + 2;
  return NULL;
}

static gboolean
is_rule (const char *line)
{
  guint n = 0;
  char c = line[0];

  if (c != '-' && c != '*' && c != '_')
    return FALSE;
  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == c)
        n++;
      else if (*p != ' ')
        return FALSE;
    }
  return n >= 3;
}

ProvExtraction *
prov_markdown_reader_read (const char  *markdown,
                           gssize       length,
                           GError     **error)
{
  g_autoptr(ProvExtraction) out = NULL;
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;
  ProvTextBuilder *b;
  gboolean in_fence = FALSE;
  gboolean in_quote = FALSE;
  gboolean in_item = FALSE;
  gboolean in_code = FALSE;
  guint n;

  g_return_val_if_fail (markdown != NULL, NULL);

  if (length < 0)
    length = strlen (markdown);
  if (!g_utf8_validate (markdown, length, NULL) || memchr (markdown, '\0', length) != NULL)
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_INVALID,
                   _("The Markdown file is not UTF-8 text"));
      return NULL;
    }
  copy = g_strndup (markdown, length);
  if (g_str_has_prefix (copy, "\xEF\xBB\xBF"))
    memmove (copy, copy + 3, strlen (copy + 3) + 1);
  lines = g_strsplit (copy, "\n", -1);
  n = g_strv_length (lines);
  out = prov_extraction_new ();
  b = _prov_text_builder_new ();

#define CLOSE_ALL() G_STMT_START { \
    if (in_item) { _prov_text_builder_close (b); in_item = FALSE; } \
    if (in_quote) { _prov_text_builder_close (b); in_quote = FALSE; } \
    if (in_code) { _prov_text_builder_close (b); in_code = FALSE; } \
  } G_STMT_END

  for (guint i = 0; i < n; i++)
    {
      char *line = lines[i];
      gsize len = strlen (line);
      const char *body;
      const char *trimmed = line;
      guint level;

      if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';

      while (*trimmed == ' ')
        trimmed++;
      if (g_str_has_prefix (trimmed, "```") || g_str_has_prefix (trimmed, "~~~"))
        {
          CLOSE_ALL ();
          if (!in_fence)
            _prov_text_builder_open (b, PROV_BLOCK_PREFORMATTED, 0);
          else
            _prov_text_builder_close (b);
          in_fence = !in_fence;
          continue;
        }
      if (in_fence)
        {
          _prov_text_builder_append (b, line, len, TRUE);
          _prov_text_builder_append (b, "\n", 1, TRUE);
          continue;
        }
      if (g_str_has_prefix (line, "    ") || line[0] == '\t')
        {
          if (!in_code && !in_item)
            {
              CLOSE_ALL ();
              _prov_text_builder_open (b, PROV_BLOCK_PREFORMATTED, 0);
              in_code = TRUE;
            }
          if (in_code)
            {
              _prov_text_builder_append (b, line + (line[0] == '\t' ? 1 : 4), -1, TRUE);
              _prov_text_builder_append (b, "\n", 1, TRUE);
              continue;
            }
        }
      else if (in_code && len > 0)
        {
          _prov_text_builder_close (b);
          in_code = FALSE;
        }

      g_strstrip (line);
      if (*line == '\0')
        {
          if (in_item)
            {
              _prov_text_builder_close (b);
              in_item = FALSE;
            }
          if (in_quote)
            {
              _prov_text_builder_close (b);
              in_quote = FALSE;
            }
          _prov_text_builder_break (b);
          continue;
        }

      /* setext heading: the next line is === or --- */
      if (lines[i + 1] != NULL && !in_quote && !in_item && list_item (line) == NULL
          && heading_level (line) == 0)
        {
          g_autofree char *next = g_strstrip (g_strdup (lines[i + 1]));

          if (*next != '\0' && (strspn (next, "=") == strlen (next)
                                || strspn (next, "-") == strlen (next)))
            {
              _prov_text_builder_open (b, PROV_BLOCK_HEADING, next[0] == '=' ? 1 : 2);
              write_inline (b, line);
              _prov_text_builder_close (b);
              if (out->title == NULL)
                out->title = g_strdup (line);
              i++;
              continue;
            }
        }

      if ((level = heading_level (line)) > 0)
        {
          g_autofree char *heading = g_strstrip (g_strdup (line + level));
          gsize hl = strlen (heading);

          while (hl > 0 && heading[hl - 1] == '#')
            heading[--hl] = '\0';
          g_strstrip (heading);
          CLOSE_ALL ();
          _prov_text_builder_open (b, PROV_BLOCK_HEADING, level);
          write_inline (b, heading);
          _prov_text_builder_close (b);
          if (out->title == NULL && *heading != '\0')
            out->title = g_strdup (heading);
          continue;
        }
      if (is_rule (line))
        {
          CLOSE_ALL ();
          _prov_text_builder_break (b);
          continue;
        }
      if (line[0] == '>')
        {
          body = line + 1;
          while (*body == ' ')
            body++;
          if (!in_quote)
            {
              CLOSE_ALL ();
              _prov_text_builder_open (b, PROV_BLOCK_BLOCKQUOTE, 0);
              in_quote = TRUE;
            }
          if (*body == '\0')
            _prov_text_builder_break (b);
          else
            {
              write_inline (b, body);
              _prov_text_builder_append (b, " ", 1, FALSE);
            }
          continue;
        }
      if ((body = list_item (line)) != NULL)
        {
          if (in_item)
            _prov_text_builder_close (b);
          else
            CLOSE_ALL ();
          _prov_text_builder_open (b, PROV_BLOCK_LIST_ITEM, 0);
          in_item = TRUE;
          write_inline (b, body);
          _prov_text_builder_append (b, " ", 1, FALSE);
          continue;
        }

      if (in_quote)
        {
          /* a lazy continuation line of the quote */
          write_inline (b, line);
          _prov_text_builder_append (b, " ", 1, FALSE);
          continue;
        }
      write_inline (b, line);
      /* two trailing spaces (gone after the strip) cannot be told apart here: a
       * line break inside a paragraph reads as a space */
      _prov_text_builder_append (b, " ", 1, FALSE);
    }
  CLOSE_ALL ();
  if (in_fence)
    _prov_text_builder_close (b);
#undef CLOSE_ALL

  _prov_text_builder_finish (b, out);
  _prov_text_builder_free (b);

  if (*out->text == '\0')
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NO_CONTENT,
                   _("The Markdown file has no text"));
      return NULL;
    }
  if (out->title == NULL)
    {
      const char *nl = strchr (out->text, '\n');
      gsize len = nl != NULL ? (gsize) (nl - out->text) : strlen (out->text);

      out->title = g_utf8_substring (out->text, 0, MIN (g_utf8_strlen (out->text, len), 200));
    }
  return g_steal_pointer (&out);
}
