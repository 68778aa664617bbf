/* prov-add-dialog.h — add articles by web address, from files, or as pasted text
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-window.h"

G_BEGIN_DECLS

#define PROV_TYPE_ADD_DIALOG (prov_add_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ProvAddDialog, prov_add_dialog, PROV, ADD_DIALOG, AdwWindow)

/* Creates the dialog for @window, which imports what the user adds. */
ProvAddDialog *prov_add_dialog_new       (ProvWindow    *window);
/* Shows the page "web", "files" or "text". */
void           prov_add_dialog_set_page  (ProvAddDialog *self,
                                          const char    *page);
/* Returns the web addresses typed in, one per line, without blanks (NULL-terminated). */
GStrv          prov_add_dialog_get_urls  (ProvAddDialog *self);

G_END_DECLS
