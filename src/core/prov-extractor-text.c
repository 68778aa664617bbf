/* prov-extractor-text.c — text with paragraph breaks and a structure list with offsets
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-extractor-text"

#include "config.h"

#include <string.h>

#include "prov-extractor-private.h"

typedef struct
{
  ProvBlockKind  kind;
  guint          level;
  gint64         start;   /* -1 until text arrives */
  char          *href;
} OpenBlock;

struct _ProvTextBuilder
{
  GString   *text;
  guint      length;         /* code points in text */
  GArray    *open;           /* of OpenBlock */
  GPtrArray *blocks;         /* of ProvBlock* */
  gint64     run_start;      /* start of the current paragraph run, -1 when none */
  ProvBlockKind run_kind;
  guint      run_level;
  gboolean   pending_space;
  gboolean   pending_break;
  gboolean   pending_line;
  guint      unstarted;      /* open blocks still waiting for their first character */
};

ProvTextBuilder *
_prov_text_builder_new (void)
{
  ProvTextBuilder *self = g_new0 (ProvTextBuilder, 1);

  self->text = g_string_sized_new (4096);
  self->open = g_array_new (FALSE, FALSE, sizeof (OpenBlock));
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_block_free);
  self->run_start = -1;
  return self;
}

void
_prov_text_builder_free (ProvTextBuilder *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->open->len; i++)
    g_free (g_array_index (self->open, OpenBlock, i).href);
  g_array_unref (self->open);
  g_ptr_array_unref (self->blocks);
  g_string_free (self->text, TRUE);
  g_free (self);
}

static void
add_block (ProvTextBuilder *self,
           ProvBlockKind    kind,
           guint            level,
           guint            start,
           guint            end,
           const char      *href)
{
  ProvBlock *block;

  if (end <= start)
    return;
  block = g_new0 (ProvBlock, 1);
  block->kind = kind;
  block->level = level;
  block->start = start;
  block->end = end;
  block->href = g_strdup (href);
  g_ptr_array_add (self->blocks, block);
}

static void
end_run (ProvTextBuilder *self)
{
  if (self->run_start >= 0)
    add_block (self, self->run_kind, self->run_level, (guint) self->run_start, self->length,
               NULL);
  self->run_start = -1;
}

static gboolean
is_run_kind (ProvBlockKind kind)
{
  return kind == PROV_BLOCK_HEADING || kind == PROV_BLOCK_LIST_ITEM
         || kind == PROV_BLOCK_PREFORMATTED || kind == PROV_BLOCK_PARAGRAPH;
}

/* Called before the first character of new text: separators, then lazy starts. */
static void
before_text (ProvTextBuilder *self)
{
  if (self->text->len > 0)
    {
      if (self->pending_break)
        {
          end_run (self);
          g_string_append (self->text, "\n\n");
          self->length += 2;
        }
      else if (self->pending_line)
        {
          g_string_append_c (self->text, '\n');
          self->length += 1;
        }
      else if (self->pending_space)
        {
          g_string_append_c (self->text, ' ');
          self->length += 1;
        }
    }
  self->pending_break = self->pending_line = self->pending_space = FALSE;

  if (self->run_start < 0)
    {
      self->run_start = self->length;
      self->run_kind = PROV_BLOCK_PARAGRAPH;
      self->run_level = 0;
      for (guint i = self->open->len; i > 0; i--)
        {
          OpenBlock *b = &g_array_index (self->open, OpenBlock, i - 1);

          if (is_run_kind (b->kind))
            {
              self->run_kind = b->kind;
              self->run_level = b->level;
              break;
            }
        }
    }

  if (self->unstarted > 0)
    for (guint i = 0; i < self->open->len; i++)
      {
        OpenBlock *b = &g_array_index (self->open, OpenBlock, i);

        if (b->start < 0)
          b->start = self->length;
      }
  self->unstarted = 0;
}

void
_prov_text_builder_break (ProvTextBuilder *self)
{
  if (self->text->len > 0)
    self->pending_break = TRUE;
}

void
_prov_text_builder_line_break (ProvTextBuilder *self)
{
  /* two line breaks in a row (<br><br>) separate paragraphs */
  if (self->pending_line)
    self->pending_break = TRUE;
  else if (self->text->len > 0 && self->run_start >= 0)
    self->pending_line = TRUE;
}

void
_prov_text_builder_open (ProvTextBuilder *self,
                         ProvBlockKind    kind,
                         guint            level)
{
  OpenBlock b = { kind, level, -1, NULL };

  _prov_text_builder_break (self);
  g_array_append_val (self->open, b);
  self->unstarted++;
}

void
_prov_text_builder_close (ProvTextBuilder *self)
{
  OpenBlock *b;

  _prov_text_builder_break (self);
  if (self->open->len == 0)
    return;
  b = &g_array_index (self->open, OpenBlock, self->open->len - 1);
  if (b->start < 0)
    self->unstarted--;
  if ((b->kind == PROV_BLOCK_BLOCKQUOTE || b->kind == PROV_BLOCK_PAGE) && b->start >= 0)
    {
      end_run (self);
      add_block (self, b->kind, b->level, (guint) b->start, self->length, NULL);
    }
  g_free (b->href);
  g_array_set_size (self->open, self->open->len - 1);
}

void
_prov_text_builder_open_link (ProvTextBuilder *self,
                              const char      *href)
{
  OpenBlock b = { PROV_BLOCK_LINK, 0, -1, g_strdup (href) };

  g_array_append_val (self->open, b);
  self->unstarted++;
}

void
_prov_text_builder_close_link (ProvTextBuilder *self)
{
  OpenBlock *b;

  if (self->open->len == 0)
    return;
  b = &g_array_index (self->open, OpenBlock, self->open->len - 1);
  if (b->kind != PROV_BLOCK_LINK)
    return;
  if (b->start < 0)
    self->unstarted--;
  if (b->start >= 0 && b->href != NULL)
    add_block (self, PROV_BLOCK_LINK, 0, (guint) b->start, self->length, b->href);
  g_free (b->href);
  g_array_set_size (self->open, self->open->len - 1);
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF
         || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

void
_prov_text_builder_append (ProvTextBuilder *self,
                           const char      *text,
                           gssize           length,
                           gboolean         preformatted)
{
  const char *p = text;
  const char *end = length < 0 ? text + strlen (text) : text + length;

  while (p < end)
    {
      const char *next = g_utf8_find_next_char (p, end);
      gunichar c = g_utf8_get_char_validated (p, next != NULL ? next - p : end - p);

      if (next == NULL)
        next = end;
      if (c == (gunichar) -1 || c == (gunichar) -2)
        c = 0xFFFD;

      if (preformatted && (c == '\n'))
        {
          if (self->run_start >= 0)
            {
              if (self->pending_space)
                self->pending_space = FALSE;
              g_string_append_c (self->text, '\n');
              self->length++;
            }
        }
      else if (is_space (c) || c == 0xAD)
        {
          if (c != 0xAD && c != 0x200B && c != 0xFEFF)
            self->pending_space = TRUE;
        }
      else if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        {
          /* control characters carry no text */
        }
      else
        {
          if (self->run_start < 0 || self->pending_space || self->pending_break
              || self->pending_line || self->unstarted > 0)
            before_text (self);
          g_string_append_unichar (self->text, c);
          self->length++;
        }
      p = next;
    }
}

guint
_prov_text_builder_get_length (ProvTextBuilder *self)
{
  return self->length;
}

static int
compare_blocks (gconstpointer a,
                gconstpointer b)
{
  const ProvBlock *x = *(ProvBlock * const *) a;
  const ProvBlock *y = *(ProvBlock * const *) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

void
_prov_text_builder_finish (ProvTextBuilder *self,
                           ProvExtraction  *out)
{
  while (self->open->len > 0)
    {
      if (g_array_index (self->open, OpenBlock, self->open->len - 1).kind == PROV_BLOCK_LINK)
        _prov_text_builder_close_link (self);
      else
        _prov_text_builder_close (self);
    }
  end_run (self);
  g_ptr_array_sort (self->blocks, compare_blocks);

  g_free (out->text);
  out->text = g_string_free (self->text, FALSE);
  self->text = g_string_new (NULL);
  self->length = 0;
  g_clear_pointer (&out->structure, g_ptr_array_unref);
  out->structure = g_steal_pointer (&self->blocks);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_block_free);
}
