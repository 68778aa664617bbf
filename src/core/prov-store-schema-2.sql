-- prov-store-schema-2.sql — schema 1 → 2: documents keep their claim counts
--
-- Copyright 2026 The Provenance developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The library list shows each document's claim and unreviewed counts and filters on the latter;
-- counting claims per row cost a subquery each (160 ms for the "unreviewed" filter on 100k
-- documents). Triggers now keep both counts on the document row.

ALTER TABLE documents ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0;  -- not dismissed
ALTER TABLE documents ADD COLUMN unreviewed INTEGER NOT NULL DEFAULT 0;   -- of those, unreviewed

UPDATE documents SET
  claim_count = (SELECT count(*) FROM claims c
                 WHERE c.document_id = documents.id AND c.suggestion != 'dismissed'),
  unreviewed = (SELECT count(*) FROM claims c
                WHERE c.document_id = documents.id AND c.suggestion != 'dismissed'
                  AND c.status = 'unreviewed');

CREATE TRIGGER claims_count_insert AFTER INSERT ON claims BEGIN
  UPDATE documents
  SET claim_count = claim_count + (new.suggestion != 'dismissed'),
      unreviewed = unreviewed + (new.suggestion != 'dismissed' AND new.status = 'unreviewed')
  WHERE id = new.document_id;
END;
CREATE TRIGGER claims_count_update AFTER UPDATE OF status, suggestion ON claims BEGIN
  UPDATE documents
  SET claim_count = claim_count - (old.suggestion != 'dismissed')
                                + (new.suggestion != 'dismissed'),
      unreviewed = unreviewed - (old.suggestion != 'dismissed' AND old.status = 'unreviewed')
                              + (new.suggestion != 'dismissed' AND new.status = 'unreviewed')
  WHERE id = new.document_id;
END;
CREATE TRIGGER claims_count_delete AFTER DELETE ON claims BEGIN
  UPDATE documents
  SET claim_count = claim_count - (old.suggestion != 'dismissed'),
      unreviewed = unreviewed - (old.suggestion != 'dismissed' AND old.status = 'unreviewed')
  WHERE id = old.document_id;
END;
