-- Cross-document reconciliation (src/reconcile/). Every lookup on ingest is by an indexed key:
-- spelling, folded key, surname, event name, event day, LSH band. Rows of a document are written in
-- the same transaction as the document itself.

-- Spellings of entity names; a corpus entity is a tree of them (parent NULL at the root).
CREATE TABLE entity_nodes (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  grp         TEXT NOT NULL,
  exact_key   TEXT NOT NULL,
  fold_key    TEXT NOT NULL,
  surname_key TEXT,
  partial     INTEGER NOT NULL DEFAULT 0,
  initials    TEXT NOT NULL DEFAULT '',
  year        TEXT,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  parent      INTEGER REFERENCES entity_nodes(id),
  UNIQUE (grp, exact_key)
);
CREATE INDEX entity_nodes_fold ON entity_nodes (fold_key, grp);
CREATE INDEX entity_nodes_surname ON entity_nodes (surname_key) WHERE surname_key IS NOT NULL;
CREATE INDEX entity_nodes_parent ON entity_nodes (parent) WHERE parent IS NOT NULL;

-- Each merge with its rule and evidence; undone merges stay, marked.
CREATE TABLE entity_merges (
  id      INTEGER PRIMARY KEY,
  child   INTEGER NOT NULL REFERENCES entity_nodes(id),
  parent  INTEGER NOT NULL REFERENCES entity_nodes(id),
  rule    TEXT NOT NULL,
  detail  TEXT NOT NULL,
  doc     TEXT NOT NULL,
  undone  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entity_merges_child ON entity_merges (child);
CREATE INDEX entity_merges_parent ON entity_merges (parent);

-- Spellings someone split apart: never merged again, also after `sitrep reconcile`.
CREATE TABLE entity_blocks (
  grp TEXT NOT NULL,
  a   TEXT NOT NULL,
  b   TEXT NOT NULL,
  PRIMARY KEY (grp, a, b)
) WITHOUT ROWID;

-- Document entities → nodes.
CREATE TABLE entity_links (
  doc        TEXT NOT NULL,
  doc_entity TEXT NOT NULL,
  node       INTEGER NOT NULL REFERENCES entity_nodes(id),
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  role       TEXT,
  mentions   INTEGER NOT NULL,
  published  TEXT,
  PRIMARY KEY (doc, doc_entity)
) WITHOUT ROWID;
CREATE INDEX entity_links_node ON entity_links (node);

CREATE TABLE corpus_events (
  id       TEXT PRIMARY KEY,
  type     TEXT NOT NULL,
  name     TEXT,
  name_key TEXT,
  year     TEXT,
  start    TEXT,
  end      TEXT
);
CREATE INDEX corpus_events_name ON corpus_events (type, name_key) WHERE name_key IS NOT NULL;
CREATE INDEX corpus_events_start ON corpus_events (start);

CREATE TABLE event_days (
  type  TEXT NOT NULL,
  day   TEXT NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (type, day, event)
) WITHOUT ROWID;

CREATE TABLE event_reports (
  doc        TEXT NOT NULL,
  doc_event  TEXT NOT NULL,
  event      TEXT NOT NULL,
  rule       TEXT NOT NULL,
  published  TEXT,
  outlet     TEXT NOT NULL,
  data       TEXT NOT NULL,
  PRIMARY KEY (doc, doc_event)
) WITHOUT ROWID;
CREATE INDEX event_reports_event ON event_reports (event);

-- Actors and places of an event's reports (node ids), for the shared-argument test on ingest.
CREATE TABLE event_args (
  event TEXT NOT NULL,
  node  INTEGER NOT NULL,
  PRIMARY KEY (event, node)
) WITHOUT ROWID;

CREATE TABLE doc_minhash (
  doc       TEXT PRIMARY KEY,
  published TEXT,
  sig       BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  doc  TEXT NOT NULL,
  PRIMARY KEY (band, hash, doc)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_doc ON lsh_bands (doc);

CREATE TABLE duplicates (
  doc        TEXT PRIMARY KEY,
  original   TEXT NOT NULL,
  similarity REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX duplicates_original ON duplicates (original);

CREATE TABLE figures (
  id        TEXT PRIMARY KEY,
  unit      TEXT NOT NULL,
  about_key TEXT NOT NULL,
  label     TEXT
) WITHOUT ROWID;
CREATE INDEX figures_unit ON figures (unit);

CREATE TABLE claims (
  doc       TEXT NOT NULL,
  quantity  TEXT NOT NULL,
  figure    TEXT NOT NULL,
  published TEXT,
  data      TEXT NOT NULL,
  PRIMARY KEY (doc, quantity)
) WITHOUT ROWID;
CREATE INDEX claims_figure ON claims (figure);
