/* prov-note.h — a Markdown note on a document, a claim or a collection
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROV_TYPE_NOTE (prov_note_get_type ())

G_DECLARE_FINAL_TYPE (ProvNote, prov_note, PROV, NOTE, GObject)

/* Creates an empty note; the store fills it in. */
ProvNote *prov_note_new (void);
/* Returns the note id. */
gint64 prov_note_get_id (ProvNote *self);
/* Sets the note id. */
void prov_note_set_id (ProvNote *self,
                       gint64 value);
/* Returns what it is attached to (a ProvNoteTarget). */
int prov_note_get_target (ProvNote *self);
/* Sets what it is attached to (a ProvNoteTarget). */
void prov_note_set_target (ProvNote *self,
                           int value);
/* Returns the id of the document, claim or collection. */
gint64 prov_note_get_target_id (ProvNote *self);
/* Sets the id of the document, claim or collection. */
void prov_note_set_target_id (ProvNote *self,
                              gint64 value);
/* Returns the Markdown text. */
const char *prov_note_get_body (ProvNote *self);
/* Sets the Markdown text. */
void prov_note_set_body (ProvNote *self,
                         const char *value);
/* Returns when it was written (Unix seconds). */
gint64 prov_note_get_created (ProvNote *self);
/* Sets when it was written (Unix seconds). */
void prov_note_set_created (ProvNote *self,
                            gint64 value);
/* Returns when it was last changed (Unix seconds). */
gint64 prov_note_get_modified (ProvNote *self);
/* Sets when it was last changed (Unix seconds). */
void prov_note_set_modified (ProvNote *self,
                             gint64 value);

G_END_DECLS
