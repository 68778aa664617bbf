/* prov-report-layout.c — what the exporters share: the text split into highlighted runs and
 * markers, the kind styles, and small formatting helpers
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-report-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "prov-report-private.h"

/* Light fills with dark inks: the fills tell kinds apart on screen and on a colour printer,
 * the underline styles on a black-and-white page. */
static const ProvKindStyle kind_styles[PROV_N_KINDS] = {
  { "k-named",     0xcfe2ff, 0x1a56b0, PROV_LINE_SOLID,  "solid" },
  { "k-anonymous", 0xffd8d2, 0xb0281a, PROV_LINE_DASHED, "dashed" },
  { "k-hearsay",   0xffe7a1, 0x875400, PROV_LINE_DOTTED, "dotted" },
  { "k-hedge",     0xe5dcff, 0x5a3bc2, PROV_LINE_WAVY,   "wavy" },
  { "k-quote",     0xccebd0, 0x1c7332, PROV_LINE_DOUBLE, "double" },
};

const ProvKindStyle *
_prov_report_kind_style (ProvKind kind)
{
  g_assert (kind < PROV_N_KINDS);

  return &kind_styles[kind];
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static gboolean
claim_is_placed (const ProvReportClaim *claim,
                 gint64                 length)
{
  return claim->start >= 0 && claim->start <= length && claim->end >= claim->start;
}

/* The innermost placed claim over [@start, @end): the shortest; at equal length the later. */
static const ProvReportClaim *
innermost_claim (const ProvReportDocument *document,
                 gint64                    length,
                 gint64                    start,
                 gint64                    end)
{
  const ProvReportClaim *best = NULL;
  gint64 best_size = 0;

  for (guint i = 0; i < document->claims->len; i++)
    {
      const ProvReportClaim *claim = g_ptr_array_index (document->claims, i);
      gint64 size;

      if (!claim_is_placed (claim, length) || claim->start > start ||
          MIN (claim->end, length) < end)
        continue;
      size = MIN (claim->end, length) - claim->start;
      if (best == NULL || size < best_size || (size == best_size && claim->start >= best->start))
        {
          best = claim;
          best_size = size;
        }
    }
  return best;
}

static gboolean
inside_cue (const ProvReportClaim *claim,
            gint64                 start,
            gint64                 end)
{
  for (guint i = 0; claim != NULL && i < claim->parts->len; i++)
    {
      const ProvReportSpan *span = &g_array_index (claim->parts, ProvReportSpan, i);

      if (span->role == PROV_ROLE_CUE && span->start <= start && span->end >= end)
        return TRUE;
    }
  return FALSE;
}

/* Appends the run [@p, @end) as TEXT items separated by BREAK and PARAGRAPH items. */
static void
append_run (GArray                *items,
            const char            *p,
            const char            *end,
            const ProvReportClaim *claim,
            gboolean               cue)
{
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *q;
      guint newlines = 0;

      if (nl == NULL)
        nl = end;
      if (nl > p)
        {
          ProvReportItem item = { PROV_REPORT_ITEM_TEXT, p, nl - p, claim, cue };

          g_array_append_val (items, item);
        }
      if (nl == end)
        break;

      /* A line break, or a paragraph break when a blank line follows. */
      for (q = nl; q < end && (*q == '\n' || *q == ' ' || *q == '\t' || *q == '\r'); q++)
        if (*q == '\n')
          newlines++;
      {
        ProvReportItem item = { newlines > 1 ? PROV_REPORT_ITEM_PARAGRAPH : PROV_REPORT_ITEM_BREAK,
                                NULL, 0, NULL, FALSE };

        g_array_append_val (items, item);
      }
      p = q;
    }
}

GArray *
_prov_report_layout (const ProvReportDocument *document)
{
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *items = g_array_new (FALSE, TRUE, sizeof (ProvReportItem));
  gint64 length = g_utf8_strlen (document->text, -1);
  const char *p = document->text;
  gint64 position = 0;
  gint64 zero = 0;

  /* Every place where the highlighting can change. */
  g_array_append_val (bounds, zero);
  g_array_append_val (bounds, length);
  for (guint i = 0; i < document->claims->len; i++)
    {
      const ProvReportClaim *claim = g_ptr_array_index (document->claims, i);
      gint64 start, end;

      if (!claim_is_placed (claim, length))
        continue;
      start = claim->start;
      end = MIN (claim->end, length);
      g_array_append_val (bounds, start);
      g_array_append_val (bounds, end);
      for (guint j = 0; j < claim->parts->len; j++)
        {
          const ProvReportSpan *span = &g_array_index (claim->parts, ProvReportSpan, j);

          if (span->role != PROV_ROLE_CUE || span->start < start || span->end > end)
            continue;
          g_array_append_val (bounds, span->start);
          g_array_append_val (bounds, span->end);
        }
    }
  g_array_sort (bounds, compare_gint64);

  for (guint b = 0; b < bounds->len; b++)
    {
      gint64 next = g_array_index (bounds, gint64, b);
      const char *run = p;

      /* Each place once: bounds repeat when claims share a start or an end. */
      if (next < position || (b > 0 && next == g_array_index (bounds, gint64, b - 1)))
        continue;
      if (next > position)
        {
          const ProvReportClaim *claim = innermost_claim (document, length, position, next);
          gboolean cue = inside_cue (claim, position, next);

          while (position < next)
            {
              p = g_utf8_next_char (p);
              position++;
            }
          append_run (items, run, p, claim, cue);
        }

      /* The markers of the claims that end here, in their order. */
      for (guint i = 0; i < document->claims->len; i++)
        {
          const ProvReportClaim *claim = g_ptr_array_index (document->claims, i);

          if (claim_is_placed (claim, length) && MIN (claim->end, length) == position)
            {
              ProvReportItem item = { PROV_REPORT_ITEM_MARKER, NULL, 0, claim, FALSE };

              g_array_append_val (items, item);
            }
        }
    }

  return items;
}

char *
_prov_report_profile_text (const ProvProfile *profile)
{
  GString *text = g_string_new (NULL);
  guint named = profile->counts[PROV_KIND_NAMED];
  guint anonymous = profile->counts[PROV_KIND_ANONYMOUS];
  guint hearsay = profile->counts[PROV_KIND_HEARSAY];
  guint attributions = named + anonymous + hearsay;

  g_string_append_printf (text,
                          /* Translators: the counts follow, "3 named, 1 anonymous, 5 hearsay" */
                          ngettext ("%u attribution: ", "%u attributions: ", attributions),
                          attributions);
  g_string_append_printf (text, _("%u named, %u anonymous, %u hearsay"), named, anonymous, hearsay);
  g_string_append (text, "; ");
  g_string_append_printf (text,
                          ngettext ("%u hedge", "%u hedges", profile->counts[PROV_KIND_HEDGE]),
                          profile->counts[PROV_KIND_HEDGE]);
  g_string_append (text, "; ");
  g_string_append_printf (text,
                          ngettext ("%u quote", "%u quotes", profile->counts[PROV_KIND_QUOTE]),
                          profile->counts[PROV_KIND_QUOTE]);
  if (profile->sentences == 0)
    return g_string_free (text, FALSE);
  g_string_append (text, "; ");
  g_string_append_printf (text,
                          ngettext ("%u of %u sentence without attribution",
                                    "%u of %u sentences without attribution",
                                    profile->sentences),
                          profile->unattributed_sentences, profile->sentences);
  return g_string_free (text, FALSE);
}

char *
_prov_report_format_time (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = NULL;

  if (unix_seconds <= 0)
    return g_strdup ("");
  time = g_date_time_new_from_unix_utc (unix_seconds);
  if (time == NULL)
    return g_strdup ("");
  return g_date_time_format (time, "%Y-%m-%d %H:%M UTC");
}

char *
_prov_report_format_iso8601 (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (MAX (unix_seconds, 0));

  if (time == NULL)
    return g_strdup ("1970-01-01T00:00:00Z");
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

char *
_prov_report_join_tags (const char * const *tags)
{
  if (tags == NULL)
    return g_strdup ("");
  return g_strjoinv (", ", (char **) tags);
}

gboolean
_prov_report_uri_is_web (const char *uri)
{
  return uri != NULL &&
         (g_ascii_strncasecmp (uri, "http://", 7) == 0 ||
          g_ascii_strncasecmp (uri, "https://", 8) == 0) &&
         strpbrk (uri, " \t\r\n\"'<>`") == NULL;
}

char *
_prov_report_claim_quote_line (const ProvReportClaim *claim)
{
  g_autofree char *quote = g_strdup (claim->quote != NULL ? claim->quote : "");

  g_strdelimit (quote, "\r\n\t", ' ');
  return g_strdup (g_strstrip (quote));
}

const char *
_prov_report_reliability_label (char reliability)
{
  switch (reliability)
    {
    case 'A':
      return _("completely reliable");
    case 'B':
      return _("usually reliable");
    case 'C':
      return _("fairly reliable");
    case 'D':
      return _("not usually reliable");
    case 'E':
      return _("unreliable");
    default:
      return _("source not judged");
    }
}

const char *
_prov_report_credibility_label (int credibility)
{
  switch (credibility)
    {
    case 1:
      return _("confirmed");
    case 2:
      return _("probably true");
    case 3:
      return _("possibly true");
    case 4:
      return _("doubtful");
    case 5:
      return _("improbable");
    default:
      return _("truth not judged");
    }
}

ProvTextIndex *
_prov_text_index_new (const char *text)
{
  ProvTextIndex *index = g_new0 (ProvTextIndex, 1);
  GArray *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize offset;

  index->text = text;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      offset = p - text;
      g_array_append_val (offsets, offset);
    }
  offset = strlen (text);
  g_array_append_val (offsets, offset);
  index->length = offsets->len - 1;
  index->offsets = (gsize *) g_array_free (offsets, FALSE);
  return index;
}

void
_prov_text_index_free (ProvTextIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->offsets);
  g_free (index);
}

char *
_prov_text_index_slice (const ProvTextIndex *index,
                        gint64               start,
                        gint64               end)
{
  start = CLAMP (start, 0, index->length);
  end = CLAMP (end, start, index->length);
  return g_strndup (index->text + index->offsets[start],
                    index->offsets[end] - index->offsets[start]);
}
