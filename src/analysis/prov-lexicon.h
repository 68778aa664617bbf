/* prov-lexicon.h — the cue lexicons (data/lexicon/en), with user additions and suppressions
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROV_LEXICON_ERROR (prov_lexicon_error_quark ())

typedef enum
{
  PROV_LEXICON_ERROR_MISSING,
  PROV_LEXICON_ERROR_INVALID,
} ProvLexiconError;

/* The lists a lexicon holds; each is one data file. */
typedef enum
{
  PROV_LEXICON_REPORTING_VERB,   /* said, told, warned …: every form of a speech verb */
  PROV_LEXICON_OBJECT_VERB,      /* told, assured …: takes the addressee before the content */
  PROV_LEXICON_COGNITION_VERB,   /* believes, hopes …: cues only in a full frame */
  PROV_LEXICON_PHRASAL_VERB,     /* called on, pointed out, in a statement */
  PROV_LEXICON_ACCORDING_TO,     /* according to, citing */
  PROV_LEXICON_ANONYMOUS_HEAD,   /* officials, critics …: anonymous unless named */
  PROV_LEXICON_ANONYMOUS_PHRASE, /* unnamed, people familiar with … */
  PROV_LEXICON_HEARSAY,          /* reportedly, is said to … */
  PROV_LEXICON_HEDGE,            /* may, could potentially, is expected to … */
  PROV_LEXICON_WEASEL,           /* some say, critics argue … */
  PROV_LEXICON_HOMOGRAPH,        /* reports, attacks …: verb forms that are also common nouns */
  PROV_LEXICON_SOURCE_NOUN,      /* poll, study, court …: documents and bodies that report */
  PROV_LEXICON_REPORT_NOUN,      /* claim, call, support …: "his claim that C" */
  PROV_LEXICON_LABEL,            /* photo, update …: "Photo: …" names no speaker */
  PROV_LEXICON_N_CATEGORIES
} ProvLexiconCategory;

/* Classes of abbreviations after which ICU's sentence break is dropped. */
typedef enum
{
  PROV_ABBREV_NONE,
  PROV_ABBREV_TITLE,       /* Dr. Sen.: never ends a sentence */
  PROV_ABBREV_COMPANY,     /* Co. Ltd.: ends one only before a sentence starter */
  PROV_ABBREV_INITIALISM,  /* U.S. U.K.: ends one only before a sentence starter */
  PROV_ABBREV_MONTH,       /* Aug. Sept.: ends one unless a number follows */
  PROV_ABBREV_OTHER,       /* No. etc. Jr.: ends one only before a sentence starter */
} ProvAbbrevClass;

#define PROV_TYPE_LEXICON (prov_lexicon_get_type ())

G_DECLARE_FINAL_TYPE (ProvLexicon, prov_lexicon, PROV, LEXICON, GObject)

GQuark           prov_lexicon_error_quark        (void);
/* Loads the built-in English lexicon from the analysis GResource. */
ProvLexicon     *prov_lexicon_new                (void);
/* Creates a lexicon with no entries at all (tests, user-only lexicons). */
ProvLexicon     *prov_lexicon_new_empty          (void);
/* Adds the entries of a data file's text (one entry a line, '#' comments) to @category. */
gboolean         prov_lexicon_load_data          (ProvLexicon          *self,
                                                  ProvLexiconCategory   category,
                                                  const char           *data,
                                                  gsize                 length,
                                                  GError              **error);
/* Adds one entry (a phrase, or for verbs a line of forms) to @category. */
void             prov_lexicon_add                (ProvLexicon          *self,
                                                  ProvLexiconCategory   category,
                                                  const char           *entry);
/* Suppresses an entry of @category (a phrase or one verb form); it then never matches. */
void             prov_lexicon_suppress           (ProvLexicon          *self,
                                                  ProvLexiconCategory   category,
                                                  const char           *entry);
/* Returns TRUE when @phrase (lower case, single spaces) is an active entry of @category. */
gboolean         prov_lexicon_contains           (ProvLexicon          *self,
                                                  ProvLexiconCategory   category,
                                                  const char           *phrase);
/* Adds an abbreviation such as "Sen." of class @klass. */
void             prov_lexicon_add_abbreviation   (ProvLexicon          *self,
                                                  const char           *abbreviation,
                                                  ProvAbbrevClass       klass);
/* Returns the class of @word (exact case, with its final period), or PROV_ABBREV_NONE. */
ProvAbbrevClass  prov_lexicon_abbreviation_class (ProvLexicon          *self,
                                                  const char           *word,
                                                  gsize                 length);
/* Returns TRUE when @word (exact case) is a word that starts sentences ("The", "He"). */
gboolean         prov_lexicon_is_sentence_starter (ProvLexicon         *self,
                                                   const char          *word,
                                                   gsize                length);
/* Returns the cue lexicon as grep -E patterns (escaped, lower case), one a line. */
char            *prov_lexicon_to_patterns        (ProvLexicon          *self);
/* Returns the number of active entries of @category. */
guint            prov_lexicon_count              (ProvLexicon          *self,
                                                  ProvLexiconCategory   category);
/* Returns the data-file name of @category ("hedges", "reporting-verbs" …). */
const char      *prov_lexicon_category_to_string (ProvLexiconCategory   category);
/* Parses a category name as written by prov_lexicon_category_to_string(). */
gboolean         prov_lexicon_category_from_string (const char         *name,
                                                    ProvLexiconCategory *category);

G_END_DECLS
