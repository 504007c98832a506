-- Documents: one row per revision; revisions of a story share story_key.
CREATE TABLE documents (
  id             TEXT PRIMARY KEY,
  story_key      TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  superseded_by  TEXT REFERENCES documents(id),
  origin         TEXT NOT NULL,
  url            TEXT,
  outlet         TEXT,
  title          TEXT,
  author         TEXT,
  language       TEXT,
  format         TEXT NOT NULL,
  published      TEXT,
  published_from TEXT,
  modified       TEXT,
  ingested_at    TEXT NOT NULL,
  raw            BLOB NOT NULL,
  text           TEXT NOT NULL,
  offsets        TEXT NOT NULL,
  json           TEXT NOT NULL,
  UNIQUE (story_key, revision)
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_current ON documents (story_key) WHERE superseded_by IS NULL;

-- Full-text search over title and text, kept in step by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text,
  content = 'documents', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
