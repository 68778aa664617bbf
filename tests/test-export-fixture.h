/* test-export-fixture.h — hand-built reports for the report and export tests
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "prov-report.h"

/* Code point offset of the first @needle in @text at or after code point @from (-1: none). */
static inline gint64
prov_test_find (const char *text,
                const char *needle,
                gint64      from)
{
  const char *start = g_utf8_offset_to_pointer (text, from);
  const char *hit = strstr (start, needle);

  g_assert_nonnull (hit);
  return g_utf8_pointer_to_offset (text, hit);
}

/* Adds a claim over @span (found in the text) with a cue (and a source) inside it. */
static inline ProvReportClaim *
prov_test_add_claim (ProvReportDocument *document,
                     ProvKind            kind,
                     const char         *span,
                     const char         *cue,
                     const char         *source)
{
  gint64 start = prov_test_find (document->text, span, 0);
  gint64 end = start + g_utf8_strlen (span, -1);
  ProvReportClaim *claim = prov_report_claim_new (document, kind, start, end);
  gint64 at;

  if (cue != NULL)
    {
      at = prov_test_find (document->text, cue, start);
      prov_report_claim_add_part (claim, PROV_ROLE_CUE, at, at + g_utf8_strlen (cue, -1));
    }
  if (source != NULL)
    {
      at = prov_test_find (document->text, source, start);
      prov_report_claim_add_part (claim, PROV_ROLE_SOURCE, at, at + g_utf8_strlen (source, -1));
      claim->source_text = g_strdup (source);
    }
  return prov_report_document_add_claim (document, claim);
}

#define PROV_TEST_ARTICLE \
  "The harbour expansion will be delayed by at least a year, two officials familiar with the " \
  "plan said on Monday. According to the port authority, the cost of dredging has nearly " \
  "doubled.\n\n" \
  "“We will not sign a contract we cannot explain,” Mayor Alan Pryce said. The contractor " \
  "reportedly asked for a safety clause, and the work could potentially restart in the " \
  "summer.\n\n" \
  "Critics argue the plan serves a handful of firms.\n"

/* A report of one document with every kind, a nested claim, sources, tags, notes, a dismissed
 * suggestion and an orphan. Not yet filtered. */
static inline ProvReport *
prov_test_report_new (void)
{
  ProvReport *report = prov_report_new (NULL);
  ProvReportDocument *document = prov_report_document_new (
    "https://coastal-ledger.example/news/harbour-plan", "Harbour plan delayed", PROV_TEST_ARTICLE);
  ProvReportSource *source;
  ProvReportClaim *claim;
  const char *tags[] = { "budget", "follow-up", NULL };
  const char *doc_tags[] = { "port", NULL };

  document->byline = g_strdup ("Maren Holt");
  document->site = g_strdup ("The Coastal Ledger");
  document->published = g_strdup ("2026-11-17");
  document->language = g_strdup ("en");
  document->fetched_at = 1763380000;
  document->profile.counts[PROV_KIND_NAMED] = 1;
  document->profile.counts[PROV_KIND_ANONYMOUS] = 2;
  document->profile.counts[PROV_KIND_HEARSAY] = 1;
  document->profile.counts[PROV_KIND_HEDGE] = 1;
  document->profile.counts[PROV_KIND_QUOTE] = 1;
  document->profile.sentences = 5;
  document->profile.unattributed_sentences = 0;
  g_strfreev (document->tags);
  document->tags = g_strdupv ((char **) doc_tags);
  prov_report_document_add_note (document, "Check the *tender* file.\n\nCall the union.");
  prov_report_add_document (report, document);

  claim = prov_test_add_claim (document, PROV_KIND_ANONYMOUS,
                               "The harbour expansion will be delayed by at least a year, two "
                               "officials familiar with the plan said",
                               "said", "two officials familiar with the plan");
  claim->reliability = 'C';
  claim->reliability_set = TRUE;
  claim->credibility = 3;
  claim->status = PROV_REVIEW_VERIFIED;
  prov_report_claim_set_tags (claim, tags);
  claim->note = g_strdup ("Ask the authority for the tender file.");

  claim = prov_test_add_claim (document, PROV_KIND_NAMED,
                               "According to the port authority, the cost of dredging has nearly "
                               "doubled", "According to", "the port authority");
  claim->source_name = g_strdup ("Calder Bay Port Authority");
  claim->source_type = g_strdup ("organisation");
  claim->reliability = 'B';
  claim->credibility = 2;
  claim->status = PROV_REVIEW_IN_PROGRESS;

  claim = prov_test_add_claim (document, PROV_KIND_QUOTE,
                               "“We will not sign a contract we cannot explain,” Mayor Alan Pryce "
                               "said", "said", "Mayor Alan Pryce");
  claim->source_name = g_strdup ("Alan Pryce");
  claim->source_type = g_strdup ("person");
  claim->reliability = 'C';
  claim->credibility = 2;

  claim = prov_test_add_claim (document, PROV_KIND_HEARSAY,
                               "The contractor reportedly asked for a safety clause, and the work "
                               "could potentially restart in the summer", "reportedly", NULL);
  claim->suggestion = PROV_SUGGESTION_SUGGESTED;
  claim->origin = PROV_ORIGIN_AUTO;
  claim->rule = g_strdup ("hearsay-adverb");

  claim = prov_test_add_claim (document, PROV_KIND_HEDGE,
                               "the work could potentially restart", "could potentially", NULL);
  claim->status = PROV_REVIEW_FALSE;
  claim->credibility = 5;

  claim = prov_test_add_claim (document, PROV_KIND_ANONYMOUS,
                               "Critics argue the plan serves a handful of firms", "argue",
                               "Critics");
  claim->suggestion = PROV_SUGGESTION_DISMISSED;
  claim->origin = PROV_ORIGIN_AUTO;

  claim = prov_report_claim_new (NULL, PROV_KIND_NAMED, -1, -1);
  g_free (claim->quote);
  claim->quote = g_strdup ("The council confirmed the meeting");
  claim->status = PROV_REVIEW_INCONCLUSIVE;
  prov_report_document_add_claim (document, claim);

  source = prov_report_add_source (report, prov_report_source_new ("Calder Bay Port Authority",
                                                                   "organisation", 'B'));
  g_strfreev (source->aliases);
  source->aliases = g_strsplit ("the port authority|CBPA", "|", -1);
  prov_report_add_source (report, prov_report_source_new ("Alan Pryce", "person", 'C'));
  prov_report_add_source (report, prov_report_source_new ("Nobody Cited", "person", 'E'));
  return report;
}

/* The live claims of prov_test_report_new () after the default filter, in order. */
static const char * const prov_test_report_quotes[] = {
  "The harbour expansion will be delayed by at least a year, two officials familiar with the "
  "plan said",
  "According to the port authority, the cost of dredging has nearly doubled",
  "“We will not sign a contract we cannot explain,” Mayor Alan Pryce said",
  "The contractor reportedly asked for a safety clause, and the work could potentially restart "
  "in the summer",
  "the work could potentially restart",
  "The council confirmed the meeting",
};

/* Reads a text and its gold attributions (the format of tests/data/harbour-plan.gold.json)
 * into a report: one claim per attribution, spanning its parts. */
static inline ProvReport *
prov_test_report_from_gold (const char  *text_path,
                            const char  *gold_path,
                            const char  *uri,
                            const char  *title,
                            GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  ProvReport *report;
  ProvReportDocument *document;
  JsonArray *attributions;
  static const char * const roles[] = { "cue", "source", "content" };

  if (!g_file_get_contents (text_path, &text, NULL, error) ||
      !json_parser_load_from_file (parser, gold_path, error))
    return NULL;

  report = prov_report_new (NULL);
  document = prov_report_add_document (report, prov_report_document_new (uri, title, text));
  attributions = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                               "attributions");
  for (guint i = 0; i < json_array_get_length (attributions); i++)
    {
      JsonObject *a = json_array_get_object_element (attributions, i);
      ProvKind kind;
      gint64 start = G_MAXINT64, end = -1;
      ProvReportClaim *claim;

      g_assert_true (prov_kind_from_string (json_object_get_string_member (a, "kind"), &kind));
      document->profile.counts[kind]++;
      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        {
          JsonArray *span = json_object_has_member (a, roles[r]) &&
                            !json_object_get_null_member (a, roles[r])
                            ? json_object_get_array_member (a, roles[r]) : NULL;

          if (span == NULL)
            continue;
          start = MIN (start, json_array_get_int_element (span, 0));
          end = MAX (end, json_array_get_int_element (span, 1));
        }
      claim = prov_report_claim_new (document, kind, start, end);
      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        {
          JsonArray *span = json_object_has_member (a, roles[r]) &&
                            !json_object_get_null_member (a, roles[r])
                            ? json_object_get_array_member (a, roles[r]) : NULL;

          if (span != NULL)
            prov_report_claim_add_part (claim, (ProvRole) r, json_array_get_int_element (span, 0),
                                        json_array_get_int_element (span, 1));
          if (span != NULL && r == PROV_ROLE_SOURCE)
            claim->source_text =
              prov_report_document_substring (document, json_array_get_int_element (span, 0),
                                              json_array_get_int_element (span, 1));
        }
      prov_report_document_add_claim (document, claim);
    }
  return report;
}

/* Reads RFC 4180 CSV (CRLF records, quoted fields, doubled quotes) into rows of fields; fails
 * the test on anything malformed. */
static inline GPtrArray *
prov_test_read_csv (const char *data,
                    gsize       size)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = data;
  const char *end = data + size;

  while (p < end)
    {
      if (*p == '"')
        {
          for (p++;; p++)
            {
              g_assert_true (p < end);
              if (*p == '"' && p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        {
          while (p < end && *p != ',' && *p != '\r' && *p != '\n')
            {
              g_assert_true (*p != '"');
              g_string_append_c (field, *p++);
            }
        }
      g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));
      field = g_string_new (NULL);
      if (p < end && *p == ',')
        {
          p++;
          continue;
        }
      /* A record ends with CRLF, never a bare LF. */
      g_assert_true (p + 1 < end && p[0] == '\r' && p[1] == '\n');
      p += 2;
      g_ptr_array_add (row, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
      row = g_ptr_array_new ();
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_free (row, TRUE);
  g_string_free (field, TRUE);
  return rows;
}

/* Collapses every run of white space into one space. */
static inline char *
prov_test_squash_space (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (regex, text, -1, 0, " ", 0, NULL);
}

/* A fresh temporary folder for one test. */
static inline char *
prov_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("prov-report-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and the files in it (not recursive). */
static inline void
prov_test_remove_tmpdir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}
