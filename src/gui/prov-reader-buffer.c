/* prov-reader-buffer.c — a document laid out for the reader: buffer text, tag runs, hit spans
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-reader-buffer"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "prov-reader-buffer.h"
#include "prov-reader-tags.h"

/* "•" and an en space, before each list item. */
#define BULLET     "\xe2\x80\xa2\xe2\x80\x82"
#define BULLET_LEN 2

static void
link_clear (gpointer data)
{
  ProvReaderLink *link = data;

  g_free (link->href);
}

void
prov_reader_page_free (ProvReaderPage *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->claims, g_hash_table_unref);
  g_clear_pointer (&self->contents, prov_document_contents_free);
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  g_clear_pointer (&self->bullets, g_array_unref);
  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_free (self->text);
  g_free (self);
}

int
prov_reader_page_to_buffer (const ProvReaderPage *self,
                            gint64                offset,
                            gboolean              is_end)
{
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (self != NULL, 0);

  /* Count the bullets before @offset (and at it, for a start: the span follows its bullet). */
  hi = self->bullets->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      gint64 at = g_array_index (self->bullets, int, mid);

      if (at < offset || (!is_end && at == offset))
        lo = mid + 1;
      else
        hi = mid;
    }
  return self->body_start + (int) offset + (int) lo * BULLET_LEN;
}

gint64
prov_reader_page_to_document (const ProvReaderPage *self,
                              int                   offset)
{
  int doc = offset - self->body_start;
  int before = 0;

  g_return_val_if_fail (self != NULL, 0);

  if (doc <= 0)
    return 0;
  /* Bullet i sits at its item's offset plus the i bullets before it. */
  for (guint i = 0; i < self->bullets->len; i++)
    {
      int at = g_array_index (self->bullets, int, i);
      int bullet = at + (int) i * BULLET_LEN;

      if (doc < bullet)
        break;
      if (doc < bullet + BULLET_LEN)
        return at;
      before++;
    }
  return MIN (doc - before * BULLET_LEN,
              self->n_chars - self->body_start - (int) self->bullets->len * BULLET_LEN);
}

static void
add_run (ProvReaderPage *self,
         guint           tag,
         int             start,
         int             end)
{
  ProvReaderRun run = { tag, start, end };

  if (end > start)
    g_array_append_val (self->runs, run);
}

static void
add_link (ProvReaderPage *self,
          int             start,
          int             end,
          const char     *href)
{
  ProvReaderLink link = { start, end, g_strdup (href) };

  if (end <= start || href == NULL || *href == '\0')
    {
      g_free (link.href);
      return;
    }
  g_array_append_val (self->links, link);
  add_run (self, PROV_READER_TAG_LINK, start, end);
}

static char *
format_date (const char *published)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (published == NULL || sscanf (published, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (published);
  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (published);
  /* TRANSLATORS: the publication date in the reader's header, a g_date_time_format () format
   * ("17 November 2026"). */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static gboolean
text_starts_with_title (const char *text,
                        const char *title)
{
  gsize len = strlen (title);

  return text != NULL && strncmp (text, title, len) == 0 &&
         (text[len] == '\n' || text[len] == '\0');
}

/* Writes the header: the title, then "site · byline · date" (the site links to the page). */
static void
write_header (ProvReaderPage *self,
              GString        *text,
              int            *n_chars)
{
  ProvDocument *doc = self->contents->document;
  const char *title = prov_document_get_title (doc);
  const char *site = prov_document_get_site (doc);
  const char *byline = prov_document_get_byline (doc);
  const char *uri = prov_document_get_uri (doc);
  g_autofree char *host = NULL;
  g_autofree char *date = format_date (prov_document_get_published (doc));
  const char *parts[3];
  guint n_parts = 0;
  int meta_start;

  if (title == NULL || *title == '\0')
    title = _("Untitled Document");
  /* Many articles open with their headline: then the text's own heading is the title. */
  if (!text_starts_with_title (self->contents->text, title))
    {
      g_string_append (text, title);
      *n_chars += (int) g_utf8_strlen (title, -1);
      add_run (self, PROV_READER_TAG_TITLE, 0, *n_chars + 1);
      g_string_append_c (text, '\n');
      *n_chars += 1;
    }

  if ((site == NULL || *site == '\0') && uri != NULL)
    {
      g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);

      if (parsed != NULL && g_uri_get_host (parsed) != NULL)
        site = host = g_strdup (g_uri_get_host (parsed));
    }
  if (site != NULL && *site != '\0')
    parts[n_parts++] = site;
  if (byline != NULL && *byline != '\0')
    parts[n_parts++] = byline;
  if (date != NULL && *date != '\0')
    parts[n_parts++] = date;
  if (n_parts == 0)
    return;

  meta_start = *n_chars;
  for (guint i = 0; i < n_parts; i++)
    {
      int len = (int) g_utf8_strlen (parts[i], -1);

      if (i > 0)
        {
          g_string_append (text, " \xc2\xb7 ");
          *n_chars += 3;
        }
      if (i == 0 && parts[i] == site && uri != NULL &&
          (g_str_has_prefix (uri, "http://") || g_str_has_prefix (uri, "https://")))
        add_link (self, *n_chars, *n_chars + len, uri);
      g_string_append (text, parts[i]);
      *n_chars += len;
    }
  g_string_append_c (text, '\n');
  *n_chars += 1;
  add_run (self, PROV_READER_TAG_META, meta_start, *n_chars);
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x > y) - (x < y);
}

/* Reads the structure: runs for headings, quotes, lists and preformatted text, and links. */
static void
read_structure (ProvReaderPage *self,
                gint64          length,
                GArray         *blocks,
                GArray         *links)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *json = self->contents->structure;
  JsonArray *array;

  if (json == NULL || *json == '\0')
    return;
  if (!json_parser_load_from_data (parser, json, -1, &error))
    {
      g_debug ("Ignoring a malformed structure: %s", error->message);
      return;
    }
  if (!JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    return;
  array = json_node_get_array (json_parser_get_root (parser));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *o;
      const char *type;
      gint64 start, end;
      ProvReaderRun run;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      o = json_node_get_object (node);
      type = json_object_get_string_member_with_default (o, "type", "");
      start = json_object_get_int_member_with_default (o, "start", -1);
      end = json_object_get_int_member_with_default (o, "end", -1);
      if (start < 0 || end <= start || end > length)
        continue;

      run.start = (int) start;
      run.end = (int) end;
      if (g_str_equal (type, "heading"))
        {
          gint64 level = json_object_get_int_member_with_default (o, "level", 2);

          run.tag = level <= 1 ? PROV_READER_TAG_HEADING_1 :
                    level == 2 ? PROV_READER_TAG_HEADING_2 : PROV_READER_TAG_HEADING_3;
        }
      else if (g_str_equal (type, "blockquote"))
        run.tag = PROV_READER_TAG_BLOCKQUOTE;
      else if (g_str_equal (type, "list-item"))
        {
          int at = (int) start;

          run.tag = PROV_READER_TAG_LIST_ITEM;
          g_array_append_val (self->bullets, at);
        }
      else if (g_str_equal (type, "preformatted"))
        run.tag = PROV_READER_TAG_PREFORMATTED;
      else if (g_str_equal (type, "link"))
        {
          const char *href = json_object_get_string_member_with_default (o, "href", NULL);
          ProvReaderLink link = { run.start, run.end, NULL };

          if (href == NULL)
            continue;
          /* In document offsets until the bullets are known. */
          link.href = g_strdup (href);
          g_array_append_val (links, link);
          continue;
        }
      else
        continue;
      g_array_append_val (blocks, run);
    }
  g_array_sort (self->bullets, compare_int);
}

/* Marks the empty line between two paragraphs so that it takes half a line. */
static void
mark_gaps (ProvReaderPage *self,
           const char     *text)
{
  gunichar prev = 0;
  int offset = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' && prev == '\n')
        {
          int at = prov_reader_page_to_buffer (self, offset, FALSE);

          add_run (self, PROV_READER_TAG_GAP, at, at + 1);
        }
      prev = c;
    }
}

static int
compare_span (gconstpointer a,
              gconstpointer b)
{
  const ProvReaderSpan *x = a;
  const ProvReaderSpan *y = b;

  if (x->start != y->start)
    return (x->start > y->start) - (x->start < y->start);
  return (x->end < y->end) - (x->end > y->end);
}

static void
add_highlights (ProvReaderPage *self,
                gint64          length)
{
  GPtrArray *annotations = self->contents->annotations;

  for (guint i = 0; i < annotations->len; i++)
    {
      const ProvAnnotation *a = g_ptr_array_index (annotations, i);
      ProvReaderSpan span = { 0, };
      ProvKind kind = PROV_KIND_NAMED;

      if (a->status == PROV_SUGGESTION_DISMISSED || a->anchor == PROV_ANCHOR_ORPHAN ||
          a->start < 0 || a->end <= a->start || a->end > length)
        continue;
      if (a->role != PROV_ROLE_HIGHLIGHT &&
          (a->kind == NULL || !prov_kind_from_string (a->kind, &kind)))
        continue;

      span.start = prov_reader_page_to_buffer (self, a->start, FALSE);
      span.end = prov_reader_page_to_buffer (self, a->end, TRUE);
      span.claim_id = a->claim_id;
      span.kind = kind;
      span.role = a->role;
      span.accepted = a->status == PROV_SUGGESTION_ACCEPTED;
      span.annotation = i;
      g_array_append_val (self->spans, span);
    }
  g_array_sort (self->spans, compare_span);
}

static void
count_claims (ProvReaderPage *self)
{
  GPtrArray *claims = self->contents->claims;

  memset (&self->profile, 0, sizeof self->profile);
  self->profile.unattributed_sentences = self->contents->profile.unattributed_sentences;
  self->profile.sentences = self->contents->profile.sentences;
  for (guint i = 0; i < claims->len; i++)
    {
      ProvClaim *claim = g_ptr_array_index (claims, i);
      ProvKind kind;
      gint64 id = prov_claim_get_id (claim);

      g_hash_table_insert (self->claims, g_memdup2 (&id, sizeof id), claim);
      if (g_strcmp0 (prov_claim_get_suggestion (claim), "dismissed") == 0)
        continue;
      if (prov_claim_get_changed (claim))
        self->n_changed++;
      if (prov_claim_get_orphaned (claim))
        self->n_orphaned++;
      if (prov_kind_from_string (prov_claim_get_kind (claim), &kind))
        self->profile.counts[kind]++;
    }
}

ProvReaderPage *
prov_reader_page_new (ProvDocumentContents *contents,
                      GPtrArray            *orphans)
{
  g_autoptr(ProvReaderPage) self = g_new0 (ProvReaderPage, 1);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (ProvReaderRun));
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (ProvReaderLink));
  GString *text = g_string_new (NULL);
  const char *body;
  gint64 length;
  int n_chars = 0;
  guint bullet = 0;
  int offset = 0;

  g_return_val_if_fail (contents != NULL, NULL);

  self->contents = contents;
  self->orphans = orphans;
  self->bullets = g_array_new (FALSE, FALSE, sizeof (int));
  self->runs = g_array_new (FALSE, FALSE, sizeof (ProvReaderRun));
  self->spans = g_array_new (FALSE, FALSE, sizeof (ProvReaderSpan));
  self->links = g_array_new (FALSE, FALSE, sizeof (ProvReaderLink));
  g_array_set_clear_func (self->links, link_clear);
  self->claims = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  body = contents->text != NULL ? contents->text : "";
  length = g_utf8_strlen (body, -1);

  write_header (self, text, &n_chars);
  self->body_start = n_chars;
  g_array_set_clear_func (links, link_clear);
  read_structure (self, length, blocks, links);

  /* The text, with a bullet before each list item. */
  for (const char *p = body; ; p = g_utf8_next_char (p), offset++)
    {
      while (bullet < self->bullets->len && g_array_index (self->bullets, int, bullet) == offset)
        {
          int at = self->body_start + offset + (int) bullet * BULLET_LEN;

          g_string_append (text, BULLET);
          add_run (self, PROV_READER_TAG_BULLET, at, at + BULLET_LEN);
          bullet++;
        }
      if (*p == '\0')
        break;
      g_string_append_unichar (text, g_utf8_get_char (p));
    }
  n_chars = self->body_start + (int) length + (int) self->bullets->len * BULLET_LEN;
  self->n_chars = n_chars;
  self->text = g_string_free (text, FALSE);

  /* Structure runs and links, now in buffer offsets. */
  for (guint i = 0; i < blocks->len; i++)
    {
      ProvReaderRun *run = &g_array_index (blocks, ProvReaderRun, i);

      /* A list item starts at its bullet: paragraph margins come from the first character. */
      add_run (self, run->tag,
               prov_reader_page_to_buffer (self, run->start,
                                           run->tag == PROV_READER_TAG_LIST_ITEM),
               prov_reader_page_to_buffer (self, run->end, TRUE));
    }
  for (guint i = 0; i < links->len; i++)
    {
      ProvReaderLink *link = &g_array_index (links, ProvReaderLink, i);

      add_link (self, prov_reader_page_to_buffer (self, link->start, FALSE),
                prov_reader_page_to_buffer (self, link->end, TRUE), link->href);
    }
  mark_gaps (self, body);
  add_run (self, PROV_READER_TAG_BODY, 0, n_chars);

  add_highlights (self, length);
  count_claims (self);
  return g_steal_pointer (&self);
}

static guint
span_tag (const ProvReaderSpan *span)
{
  return span->role == PROV_ROLE_HIGHLIGHT ? PROV_READER_TAG_HIGHLIGHT :
         prov_reader_tag_for_annotation (span->kind, span->role, span->accepted);
}

static void
apply_runs (const ProvReaderPage *self,
            GtkTextBuffer        *buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tags[PROV_READER_N_TAGS];
  GtkTextIter start, end;

  for (guint i = 0; i < PROV_READER_N_TAGS; i++)
    tags[i] = prov_reader_tags_get (table, i);

  gtk_text_buffer_get_start_iter (buffer, &start);
  end = start;
  for (guint i = 0; i < self->runs->len; i++)
    {
      const ProvReaderRun *run = &g_array_index (self->runs, ProvReaderRun, i);

      gtk_text_iter_set_offset (&start, run->start);
      gtk_text_iter_set_offset (&end, run->end);
      gtk_text_buffer_apply_tag (buffer, tags[run->tag], &start, &end);
    }
  for (guint i = 0; i < self->spans->len; i++)
    {
      const ProvReaderSpan *span = &g_array_index (self->spans, ProvReaderSpan, i);
      guint tag = span_tag (span);

      gtk_text_iter_set_offset (&start, span->start);
      gtk_text_iter_set_offset (&end, span->end);
      gtk_text_buffer_apply_tag (buffer, tags[tag], &start, &end);
    }
}

void
prov_reader_page_fill (const ProvReaderPage *self,
                       GtkTextBuffer        *buffer)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  gtk_text_buffer_set_text (buffer, self->text, -1);
  apply_runs (self, buffer);
}

static char *
span_key (const ProvReaderSpan *span)
{
  return g_strdup_printf ("%d:%d:%u", span->start, span->end, span_tag (span));
}

static GHashTable *
span_keys (const ProvReaderPage *page)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < page->spans->len; i++)
    g_hash_table_add (keys, span_key (&g_array_index (page->spans, ProvReaderSpan, i)));
  return keys;
}

gboolean
prov_reader_page_retag (const ProvReaderPage *self,
                        const ProvReaderPage *shown,
                        GtkTextBuffer        *buffer,
                        guint                 max_changes)
{
  g_autoptr(GHashTable) old_keys = NULL;
  g_autoptr(GHashTable) new_keys = NULL;
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (ProvReaderSpan));
  GtkTextTagTable *table;
  GtkTextIter start, end;
  guint n_added = 0;

  g_return_val_if_fail (self != NULL && shown != NULL, FALSE);
  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), FALSE);

  old_keys = span_keys (shown);
  new_keys = span_keys (self);
  for (guint i = 0; i < shown->spans->len; i++)
    {
      const ProvReaderSpan *span = &g_array_index (shown->spans, ProvReaderSpan, i);
      g_autofree char *key = span_key (span);

      if (!g_hash_table_contains (new_keys, key))
        g_array_append_val (removed, *span);
    }
  for (guint i = 0; i < self->spans->len; i++)
    {
      g_autofree char *key = span_key (&g_array_index (self->spans, ProvReaderSpan, i));

      n_added += !g_hash_table_contains (old_keys, key);
    }
  if (removed->len + n_added > max_changes)
    return FALSE;

  table = gtk_text_buffer_get_tag_table (buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  end = start;
  for (guint i = 0; i < removed->len; i++)
    {
      const ProvReaderSpan *span = &g_array_index (removed, ProvReaderSpan, i);

      gtk_text_iter_set_offset (&start, span->start);
      gtk_text_iter_set_offset (&end, span->end);
      gtk_text_buffer_remove_tag (buffer, prov_reader_tags_get (table, span_tag (span)),
                                  &start, &end);
    }
  /* New spans, and old ones of a removed tag that overlapped what was removed. */
  for (guint i = 0; i < self->spans->len; i++)
    {
      const ProvReaderSpan *span = &g_array_index (self->spans, ProvReaderSpan, i);
      g_autofree char *key = span_key (span);
      gboolean apply = !g_hash_table_contains (old_keys, key);

      for (guint j = 0; !apply && j < removed->len; j++)
        {
          const ProvReaderSpan *gone = &g_array_index (removed, ProvReaderSpan, j);

          apply = span_tag (gone) == span_tag (span) &&
                  span->start < gone->end && gone->start < span->end;
        }
      if (!apply)
        continue;
      gtk_text_iter_set_offset (&start, span->start);
      gtk_text_iter_set_offset (&end, span->end);
      gtk_text_buffer_apply_tag (buffer, prov_reader_tags_get (table, span_tag (span)),
                                 &start, &end);
    }
  return TRUE;
}

static int
role_rank (ProvRole role)
{
  switch (role)
    {
    case PROV_ROLE_CUE:
      return 0;
    case PROV_ROLE_SOURCE:
      return 1;
    case PROV_ROLE_HIGHLIGHT:
      return 2;
    case PROV_ROLE_CONTENT:
    default:
      return 3;
    }
}

const ProvReaderSpan *
prov_reader_page_span_at (const ProvReaderPage *self,
                          int                   offset,
                          guint                 shown_kinds)
{
  const ProvReaderSpan *best = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  /* Spans are few (thousands at most) and sorted: stop at the first that starts after. */
  for (guint i = 0; i < self->spans->len; i++)
    {
      const ProvReaderSpan *span = &g_array_index (self->spans, ProvReaderSpan, i);

      if (span->start > offset)
        break;
      if (offset >= span->end)
        continue;
      if (span->role != PROV_ROLE_HIGHLIGHT && !(shown_kinds & (1u << span->kind)))
        continue;
      if (best == NULL || role_rank (span->role) < role_rank (best->role) ||
          (role_rank (span->role) == role_rank (best->role) &&
           span->end - span->start < best->end - best->start))
        best = span;
    }
  return best;
}

const char *
prov_reader_page_link_at (const ProvReaderPage *self,
                          int                   offset)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->links->len; i++)
    {
      const ProvReaderLink *link = &g_array_index (self->links, ProvReaderLink, i);

      if (offset >= link->start && offset < link->end)
        return link->href;
    }
  return NULL;
}

ProvClaim *
prov_reader_page_get_claim (const ProvReaderPage *self,
                            gint64                claim_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->claims, &claim_id);
}

gboolean
prov_reader_page_claim_range (const ProvReaderPage *self,
                              gint64                claim_id,
                              int                  *start,
                              int                  *end)
{
  int lo = G_MAXINT;
  int hi = -1;

  g_return_val_if_fail (self != NULL, FALSE);

  if (claim_id == 0)
    return FALSE;
  for (guint i = 0; i < self->spans->len; i++)
    {
      const ProvReaderSpan *span = &g_array_index (self->spans, ProvReaderSpan, i);

      if (span->claim_id != claim_id)
        continue;
      lo = MIN (lo, span->start);
      hi = MAX (hi, span->end);
    }
  if (hi < 0)
    return FALSE;
  *start = lo;
  *end = hi;
  return TRUE;
}

static const char *
status_label (const char *status)
{
  if (g_strcmp0 (status, "in-progress") == 0)
    return _("in progress");
  if (g_strcmp0 (status, "verified") == 0)
    return _("verified");
  if (g_strcmp0 (status, "false") == 0)
    return _("false");
  if (g_strcmp0 (status, "inconclusive") == 0)
    return _("inconclusive");
  return _("unreviewed");
}

char *
prov_reader_page_describe (const ProvReaderPage *self,
                           const ProvReaderSpan *span)
{
  GString *out;
  ProvClaim *claim;
  const char *source;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (span != NULL, NULL);

  if (span->role == PROV_ROLE_HIGHLIGHT || span->claim_id == 0)
    return g_strdup (_("Highlight"));

  out = g_string_new (prov_reader_kind_label (span->kind));
  claim = prov_reader_page_get_claim (self, span->claim_id);
  if (claim == NULL)
    return g_string_free (out, FALSE);

  source = prov_claim_get_source_name (claim);
  if (source == NULL || *source == '\0')
    source = prov_claim_get_source_text (claim);
  if (source != NULL && *source != '\0')
    g_string_append_printf (out, " \xc2\xb7 %s", source);
  if (prov_claim_get_rule (claim) != NULL && *prov_claim_get_rule (claim) != '\0')
    {
      if (g_str_equal (prov_claim_get_origin (claim), "user"))
        g_string_append_printf (out, " \xc2\xb7 %s", _("made by you"));
      else
        {
          /* TRANSLATORS: the analyzer rule that found a highlight ("rule subject-verb"). */
          g_autofree char *rule = g_strdup_printf (_("rule %s"), prov_claim_get_rule (claim));

          g_string_append_printf (out, " \xc2\xb7 %s", rule);
        }
    }
  g_string_append_printf (out, " \xc2\xb7 %s%d", prov_claim_get_reliability (claim),
                          prov_claim_get_credibility (claim));
  g_string_append_printf (out, " \xc2\xb7 %s", status_label (prov_claim_get_status (claim)));
  if (!span->accepted)
    g_string_append_printf (out, " \xc2\xb7 %s", _("suggestion"));
  if (prov_claim_get_changed (claim))
    g_string_append_printf (out, " \xc2\xb7 %s", _("changed since"));
  return g_string_free (out, FALSE);
}
