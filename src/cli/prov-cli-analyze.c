/* prov-cli-analyze.c — provenance-cli analyze: attributions of a text as JSON, as marked-up
 * text, or for a JSONL batch
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-analyze"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "prov-analyzer.h"
#include "prov-cli-commands.h"
#include "prov-extractor.h"
#include "prov-text.h"

typedef struct
{
  FILE     *out;
  gboolean  first;
  GString  *line;
} JsonSink;

/* Appends @text as the body of a JSON string (no quotes). */
static void
json_escape_append (GString    *out,
                    const char *text,
                    gsize       length)
{
  const char *p = text;
  const char *end = text + length;
  const char *run = p;

  for (; p < end; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
}

static void
append_span (GString  *out,
             ProvSpan  span)
{
  if (prov_span_is_set (span))
    g_string_append_printf (out, "[%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]",
                            span.start, span.end);
  else
    g_string_append (out, "null");
}

static void
append_attribution (GString               *out,
                    const ProvAttribution *a)
{
  char score[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (score, sizeof score, "%.2f", a->score);
  g_string_append_printf (out, "{\"kind\": \"%s\", \"cue\": ", prov_kind_to_string (a->kind));
  append_span (out, a->cue);
  g_string_append (out, ", \"source\": ");
  append_span (out, a->source);
  g_string_append (out, ", \"content\": ");
  append_span (out, a->content);
  g_string_append (out, ", \"rule\": \"");
  json_escape_append (out, a->rule, strlen (a->rule));
  g_string_append_printf (out, "\", \"score\": %s}", score);
}

static void
append_profile (GString           *out,
                const ProvProfile *profile)
{
  g_string_append (out, "{");
  for (guint k = 0; k < PROV_N_KINDS; k++)
    g_string_append_printf (out, "\"%s\": %u, ", prov_kind_to_string ((ProvKind) k),
                            profile->counts[k]);
  g_string_append_printf (out, "\"unattributed_sentences\": %u, \"sentences\": %u}",
                          profile->unattributed_sentences, profile->sentences);
}

static void
json_sink_cb (const ProvAttribution *attribution,
              gpointer               user_data)
{
  JsonSink *sink = user_data;

  g_string_truncate (sink->line, 0);
  g_string_append (sink->line, sink->first ? "\n  " : ",\n  ");
  append_attribution (sink->line, attribution);
  fwrite (sink->line->str, 1, sink->line->len, sink->out);
  sink->first = FALSE;
}

/* JSON of ARCHITECTURE.md, written as it is found: the text, then each attribution. */
static int
print_json (ProvAnalyzer *analyzer,
            const char   *text,
            gsize         length)
{
  g_autoptr(GString) buf = g_string_new (NULL);
  g_autoptr(GString) normal = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  JsonSink sink = { stdout, TRUE, NULL };
  ProvProfile profile;
  gsize pos = 0;

  fputs ("{\"text\": \"", stdout);
  while (pos < length)
    {
      gsize end = MIN (length, pos + 1024 * 1024);

      while (end < length && ((guchar) text[end] & 0xC0) == 0x80)
        end++;
      g_string_truncate (normal, 0);
      g_string_truncate (buf, 0);
      prov_text_normalize_append (normal, text + pos, end - pos);
      json_escape_append (buf, normal->str, normal->len);
      fwrite (buf->str, 1, buf->len, stdout);
      pos = end;
    }
  fputs ("\",\n \"attributions\": [", stdout);

  sink.line = g_string_new (NULL);
  if (!prov_analyzer_analyze_foreach (analyzer, text, (gssize) length, json_sink_cb, &sink,
                                      &profile, &error))
    {
      g_string_free (sink.line, TRUE);
      return prov_cli_fail ("%s", error->message);
    }
  g_string_free (sink.line, TRUE);

  g_string_truncate (buf, 0);
  g_string_append (buf, sink.first ? "],\n \"profile\": " : "\n ],\n \"profile\": ");
  append_profile (buf, &profile);
  g_string_append (buf, "}\n");
  fwrite (buf->str, 1, buf->len, stdout);
  return fflush (stdout) == 0 ? PROV_CLI_EXIT_OK : prov_cli_fail (_("cannot write the output"));
}

/* Code point → byte offsets, one checkpoint every CHECKPOINT code points, so that looking
 * up a span costs at most CHECKPOINT steps whatever the length of the text. */
#define CHECKPOINT 256

typedef struct
{
  const char *text;
  GArray     *bytes;   /* gsize: byte offset of code point k * CHECKPOINT */
} OffsetIndex;

static void
offset_index_init (OffsetIndex *index,
                   const char  *text)
{
  gint64 cp = 0;
  const char *p = text;

  index->text = text;
  index->bytes = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (;;)
    {
      if (cp % CHECKPOINT == 0)
        {
          gsize off = (gsize) (p - text);

          g_array_append_val (index->bytes, off);
        }
      if (*p == '\0')
        break;
      p = g_utf8_next_char (p);
      cp++;
    }
}

static const char *
offset_index_pointer (const OffsetIndex *index,
                      gint64             cp)
{
  guint k = (guint) MIN ((guint64) (cp / CHECKPOINT), (guint64) index->bytes->len - 1);
  const char *p = index->text + g_array_index (index->bytes, gsize, k);

  return g_utf8_offset_to_pointer (p, cp - (gint64) k * CHECKPOINT);
}

static char *
span_text (const OffsetIndex *index,
           ProvSpan           span)
{
  const char *s;
  const char *e;

  if (!prov_span_is_set (span))
    return g_strdup ("—");
  s = offset_index_pointer (index, span.start);
  e = g_utf8_offset_to_pointer (s, span.end - span.start);
  return g_strndup (s, (gsize) (e - s));
}

/* A readable form: the text with each cue in [[ ]] and its number, then the list. */
static int
print_text (ProvAnalyzer *analyzer,
            const char   *text,
            gsize         length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvAnalysis) analysis = prov_analyzer_analyze (analyzer, text, (gssize) length,
                                                            &error);
  g_autoptr(GString) out = g_string_new (NULL);
  const ProvProfile *p;
  OffsetIndex index;
  const char *pos;
  gint64 at = 0;
  gint64 marked_to = 0;

  if (analysis == NULL)
    return prov_cli_fail ("%s", error->message);
  p = &analysis->profile;

  g_string_append_printf (out, _("%u attributions: %u named, %u anonymous, %u hearsay, "
                                 "%u quotes; %u hedges; %u of %u sentences unattributed"),
                          p->counts[PROV_KIND_NAMED] + p->counts[PROV_KIND_ANONYMOUS] +
                          p->counts[PROV_KIND_HEARSAY] + p->counts[PROV_KIND_QUOTE],
                          p->counts[PROV_KIND_NAMED], p->counts[PROV_KIND_ANONYMOUS],
                          p->counts[PROV_KIND_HEARSAY], p->counts[PROV_KIND_QUOTE],
                          p->counts[PROV_KIND_HEDGE], p->unattributed_sentences, p->sentences);
  g_string_append (out, "\n\n");

  pos = analysis->text;
  for (guint i = 0; i < analysis->attributions->len; i++)
    {
      const ProvAttribution *a = g_ptr_array_index (analysis->attributions, i);
      const char *s;
      const char *e;

      if (a->cue.start < marked_to)
        continue;
      s = g_utf8_offset_to_pointer (pos, a->cue.start - at);
      e = g_utf8_offset_to_pointer (s, a->cue.end - a->cue.start);
      g_string_append_len (out, pos, s - pos);
      g_string_append (out, "[[");
      g_string_append_len (out, s, e - s);
      g_string_append_printf (out, "]]%u", i + 1);
      pos = e;
      at = a->cue.end;
      marked_to = a->cue.end;
    }
  g_string_append (out, pos);
  g_string_append (out, "\n\n");

  offset_index_init (&index, analysis->text);

  for (guint i = 0; i < analysis->attributions->len; i++)
    {
      const ProvAttribution *a = g_ptr_array_index (analysis->attributions, i);
      g_autofree char *cue = span_text (&index, a->cue);
      g_autofree char *source = span_text (&index, a->source);
      g_autofree char *content = span_text (&index, a->content);
      char score[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (score, sizeof score, "%.2f", a->score);
      g_string_append_printf (out, "%u. %s  (%s, %s)\n   %s: %s\n   %s: %s\n   %s: %s\n",
                              i + 1, prov_kind_to_string (a->kind), a->rule, score,
                              _("cue"), cue, _("source"), source, _("content"), content);
    }
  g_array_unref (index.bytes);
  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? PROV_CLI_EXIT_OK : prov_cli_fail (_("cannot write the output"));
}

typedef struct
{
  GString *out;
  gboolean first;
} JsonlSink;

static void
jsonl_sink_cb (const ProvAttribution *attribution,
               gpointer               user_data)
{
  JsonlSink *sink = user_data;

  if (!sink->first)
    g_string_append (sink->out, ", ");
  append_attribution (sink->out, attribution);
  sink->first = FALSE;
}

/* Batch mode: {"id", "text"} per line in, {"id", "attributions"} per line out. */
static int
run_jsonl (ProvAnalyzer *analyzer)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  guint lineno = 0;
  int status = PROV_CLI_EXIT_OK;

  while ((n = getline (&line, &cap, stdin)) > 0)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *id = NULL;
      JsonNode *root;
      JsonObject *obj;
      JsonNode *id_node;
      const char *text;
      JsonlSink sink;

      lineno++;
      if (strspn (line, " \t\r\n") == (size_t) n)
        continue;
      if (!json_parser_load_from_data (parser, line, n, &error))
        {
          status = prov_cli_fail (_("line %u: %s"), lineno, error->message);
          break;
        }
      root = json_parser_get_root (parser);
      obj = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
      if (obj == NULL || !json_object_has_member (obj, "text") ||
          json_object_get_string_member (obj, "text") == NULL)
        {
          status = prov_cli_fail (_("line %u: expected an object with a \"text\" string"),
                                  lineno);
          break;
        }
      text = json_object_get_string_member (obj, "text");
      id_node = json_object_get_member (obj, "id");
      id = id_node != NULL ? json_to_string (id_node, FALSE) : g_strdup ("null");

      g_string_truncate (out, 0);
      g_string_append_printf (out, "{\"id\": %s, \"attributions\": [", id);
      sink.out = out;
      sink.first = TRUE;
      if (!prov_analyzer_analyze_foreach (analyzer, text, -1, jsonl_sink_cb, &sink, NULL,
                                          &error))
        {
          status = prov_cli_fail (_("line %u: %s"), lineno, error->message);
          break;
        }
      g_string_append (out, "]}\n");
      fwrite (out->str, 1, out->len, stdout);
    }
  free (line);
  if (status == PROV_CLI_EXIT_OK && ferror (stdin))
    status = prov_cli_fail (_("cannot read the standard input"));
  if (fflush (stdout) != 0 && status == PROV_CLI_EXIT_OK)
    status = prov_cli_fail (_("cannot write the output"));
  return status;
}

static GBytes *
read_stdin (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buf[65536];
  size_t n;

  while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
    g_byte_array_append (data, buf, (guint) n);
  if (ferror (stdin))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("cannot read the standard input"));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Whether @data is an HTML page rather than text: markup at its start. */
static gboolean
looks_like_html (const char *data,
                 gsize       length)
{
  g_autofree char *head = NULL;
  gsize n = MIN (length, 4096);
  gsize i = 0;

  if (n >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < n && g_ascii_isspace (data[i]))
    i++;
  if (i >= n || data[i] != '<')
    return FALSE;
  head = g_ascii_strdown (data + i, (gssize) (n - i));
  return strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL ||
         strstr (head, "<body") != NULL || strstr (head, "<head") != NULL ||
         g_str_has_prefix (head, "<p") || g_str_has_prefix (head, "<div") ||
         g_str_has_prefix (head, "<article");
}

int
prov_cli_analyze (ProvCliContext *ctx)
{
  g_autoptr(ProvAnalyzer) analyzer = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(ProvExtraction) extraction = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL;
  const char *format = "json";
  gboolean jsonl = FALSE;
  const char *text;
  const char *bad;
  gsize length;

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];

      if (strcmp (arg, "--jsonl") == 0)
        jsonl = TRUE;
      else if (strcmp (arg, "--format") == 0)
        {
          if (i + 1 >= ctx->argc)
            return prov_cli_usage (_("--format needs json or text"));
          format = ctx->argv[++i];
        }
      else if (g_str_has_prefix (arg, "--format="))
        format = arg + strlen ("--format=");
      else if (arg[0] == '-' && arg[1] != '\0')
        return prov_cli_usage (_("unknown option “%s” for analyze"), arg);
      else if (file == NULL)
        file = arg;
      else
        return prov_cli_usage (_("analyze takes one FILE"));
    }
  if (strcmp (format, "json") != 0 && strcmp (format, "text") != 0)
    return prov_cli_usage (_("unknown format “%s” (json or text)"), format);
  if (jsonl && file != NULL && strcmp (file, "-") != 0)
    return prov_cli_usage (_("--jsonl reads the standard input"));

  analyzer = prov_analyzer_new ();
  if (jsonl)
    return run_jsonl (analyzer);

  if (file == NULL || strcmp (file, "-") == 0)
    {
      bytes = read_stdin (&error);
      if (bytes == NULL)
        return prov_cli_fail ("%s", error->message);
      text = g_bytes_get_data (bytes, &length);
    }
  else
    {
      mapped = g_mapped_file_new (file, FALSE, &error);
      if (mapped == NULL)
        return prov_cli_fail ("%s", error->message);
      text = g_mapped_file_get_contents (mapped);
      length = g_mapped_file_get_length (mapped);
    }
  if (text == NULL)
    text = "";

  /* "analyze text or HTML": a page goes through the extractor first. */
  if (looks_like_html (text, length))
    {
      g_autoptr(ProvExtractor) extractor = prov_extractor_new ();

      extraction = prov_extractor_extract (extractor, (const guint8 *) text, length, NULL, NULL,
                                           &error);
      if (extraction == NULL)
        return prov_cli_fail ("%s", error->message);
      text = extraction->text;
      length = strlen (text);
    }

  if (!g_utf8_validate_len (text, length, &bad))
    return prov_cli_fail (_("%s is not valid UTF-8 text (bad byte at offset %" G_GSIZE_FORMAT
                            ")"), file != NULL ? file : _("the input"), (gsize) (bad - text));

  if (strcmp (format, "text") == 0)
    return print_text (analyzer, text, length);
  return print_json (analyzer, text, length);
}
