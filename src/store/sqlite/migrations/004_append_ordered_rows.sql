-- Document entities, event reports and claims become rowid tables. As WITHOUT ROWID tables keyed
-- (doc, ...) with doc a content hash, each ingest inserted at random places of the table and of its
-- second index (node, event, figure → then doc): at 10,000 articles one document dirtied ~110 pages
-- of them, each a separate page for the WAL and for the next checkpoint. In rowid order a new row goes
-- at the table's end and at the end of its node's, event's or figure's range, pages that the next
-- documents dirty again, so a checkpoint writes far fewer distinct pages. (doc, ...) stays unique.
CREATE TABLE entity_links_rowid (
  doc        TEXT NOT NULL,
  doc_entity TEXT NOT NULL,
  node       INTEGER NOT NULL REFERENCES entity_nodes(id),
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  role       TEXT,
  mentions   INTEGER NOT NULL,
  published  TEXT,
  UNIQUE (doc, doc_entity)
);
INSERT INTO entity_links_rowid (doc, doc_entity, node, name, type, role, mentions, published)
  SELECT doc, doc_entity, node, name, type, role, mentions, published FROM entity_links;
DROP TABLE entity_links;
ALTER TABLE entity_links_rowid RENAME TO entity_links;
CREATE INDEX entity_links_node ON entity_links (node);

CREATE TABLE event_reports_rowid (
  doc        TEXT NOT NULL,
  doc_event  TEXT NOT NULL,
  event      TEXT NOT NULL,
  rule       TEXT NOT NULL,
  published  TEXT,
  outlet     TEXT NOT NULL,
  data       TEXT NOT NULL,
  UNIQUE (doc, doc_event)
);
INSERT INTO event_reports_rowid (doc, doc_event, event, rule, published, outlet, data)
  SELECT doc, doc_event, event, rule, published, outlet, data FROM event_reports;
DROP TABLE event_reports;
ALTER TABLE event_reports_rowid RENAME TO event_reports;
CREATE INDEX event_reports_event ON event_reports (event);

CREATE TABLE claims_rowid (
  doc       TEXT NOT NULL,
  quantity  TEXT NOT NULL,
  figure    TEXT NOT NULL,
  published TEXT,
  data      TEXT NOT NULL,
  UNIQUE (doc, quantity)
);
INSERT INTO claims_rowid (doc, quantity, figure, published, data)
  SELECT doc, quantity, figure, published, data FROM claims;
DROP TABLE claims;
ALTER TABLE claims_rowid RENAME TO claims;
CREATE INDEX claims_figure ON claims (figure);
