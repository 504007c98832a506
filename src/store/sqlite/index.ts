import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { DocumentJson } from '../../model/document.ts';
import { SitrepError } from '../../model/errors.ts';
import { documentFeatures, reconcileDocument } from '../../reconcile/index.ts';
import type {
  CorpusLinker,
  EntityPage,
  EntitySummary,
  EventPage,
  FigureClaims,
  ReconcileTotals,
  TimelineEntry,
  TimelineFilters,
} from '../../reconcile/views.ts';
import type {
  DocumentFilters,
  DocumentRecord,
  DocumentSummary,
  ListOptions,
  PageOptions,
  PutOutcome,
  SearchHit,
  SearchPage,
  SearchPageOptions,
  Store,
  StoredDocument,
  StoreStats,
} from '../types.ts';
import { WAL_AUTOCHECKPOINT_PAGES } from './constants.ts';
import { toFtsQuery } from './fts.ts';
import { reconcileStatements, sqliteRepo } from './reconcile-repo.ts';
import { ReconciledQueries } from './reconciled.ts';
import { SqliteSearch } from './search.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** How long a writer waits for another process's transaction before failing. */
const BUSY_TIMEOUT_MS = 15_000;

/** Migrations in order: `NNN_name.sql`, applied once each, tracked in `PRAGMA user_version`. */
function migrations(): { version: number; sql: string }[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), sql: readFileSync(new URL(f, MIGRATIONS_DIR), 'utf8') }));
}

// Rows read back are validated at this edge.
const SummaryRow = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  format: z.string(),
  published: z.string().nullable(),
  published_from: z.string().nullable(),
  revision: z.number().int(),
  superseded_by: z.string().nullable(),
  chars: z.number().int(),
  ingested_at: z.string(),
});
const FullRow = SummaryRow.extend({
  story_key: z.string(),
  raw: z.instanceof(Buffer),
  text: z.string(),
  offsets: z.string(),
  json: z.string(),
});

const SUMMARY_COLUMNS =
  'id, title, outlet, url, format, published, published_from, revision, superseded_by, length(text) AS chars, ingested_at';

/** The same columns on the alias `d`, for queries that join. */
const D_SUMMARY_COLUMNS =
  'd.id, d.title, d.outlet, d.url, d.format, d.published, d.published_from, d.revision, d.superseded_by, length(d.text) AS chars, d.ingested_at';

function toSummary(row: z.infer<typeof SummaryRow>): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    format: row.format,
    published: row.published,
    publishedFrom: row.published_from,
    revision: row.revision,
    current: row.superseded_by === null,
    chars: row.chars,
    ingestedAt: row.ingested_at,
  };
}

/** SQL conditions (on alias `d`) and parameters for listing filters; dates compare on the day. */
function filterSql(f: DocumentFilters): { where: string[]; params: (string | number)[] } {
  const where = ['d.superseded_by IS NULL'];
  const params: (string | number)[] = [];
  if (f.outlet !== undefined) {
    where.push('d.outlet = ?');
    params.push(f.outlet);
  }
  if (f.format !== undefined) {
    where.push('d.format = ?');
    params.push(f.format);
  }
  if (f.from !== undefined) {
    where.push('substr(d.published, 1, 10) >= ?');
    params.push(f.from.slice(0, 10));
  }
  if (f.to !== undefined) {
    where.push('substr(d.published, 1, 10) <= ?');
    params.push(f.to.slice(0, 10));
  }
  return { where, params };
}

/** Applies pending migrations in one immediate transaction; refuses a newer schema. */
function migrate(db: Database.Database, path: string): void {
  const all = migrations();
  const latest = all.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new SitrepError(
      'STORE_SCHEMA',
      `database ${path} has schema ${current}; this sitrep knows up to ${latest}`,
      path,
    );
  }
  if (current === latest) return;
  // Another process may migrate at the same moment: re-check inside the write lock.
  db.transaction(() => {
    const now = db.pragma('user_version', { simple: true }) as number;
    for (const m of all) if (m.version > now) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
}

/** The statements `put` runs. */
function prepare(db: Database.Database) {
  return {
    exists: db.prepare('SELECT 1 FROM documents WHERE id = ?'),
    // Prepared once: `db.pragma()` compiles its statement on every call, and the API asks for the
    // version on every GET (the response cache's key).
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    latest: db.prepare(
      'SELECT id, revision FROM documents WHERE story_key = ? ORDER BY revision DESC LIMIT 1',
    ),
    supersede: db.prepare('UPDATE documents SET superseded_by = ? WHERE id = ?'),
    forget: [
      'DELETE FROM entity_links WHERE doc = ?',
      'DELETE FROM event_reports WHERE doc = ?',
      'DELETE FROM claims WHERE doc = ?',
      'DELETE FROM doc_minhash WHERE doc = ?',
      'DELETE FROM lsh_bands WHERE doc = ?',
      'DELETE FROM duplicates WHERE doc = ?',
    ].map((sql) => db.prepare(sql)),
    repoint: db.prepare('UPDATE duplicates SET original = ? WHERE original = ?'),
    insert: db.prepare(
      `INSERT INTO documents (id, story_key, revision, origin, url, outlet, title, author, language, format,
         published, published_from, modified, ingested_at, raw, text, offsets, json)
       VALUES (@id, @story_key, @revision, @origin, @url, @outlet, @title, @author, @language, @format,
         @published, @published_from, @modified, @ingested_at, @raw, @text, @offsets, @json)`,
    ),
  };
}

/** The embedded store: one SQLite file in WAL mode, one immediate transaction per document. */
export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  // Prepared once: preparing per call costs more than the insert itself on small documents.
  private readonly stmts: ReturnType<typeof prepare>;
  private readonly repo: ReturnType<typeof sqliteRepo>;
  private readonly reconciled: ReconciledQueries;
  /** Documents written through this connection (part of `version()`). */
  private writes = 0;
  private readonly searcher: SqliteSearch;

  private constructor(db: Database.Database) {
    this.db = db;
    this.stmts = prepare(db);
    this.repo = sqliteRepo(reconcileStatements(db));
    this.reconciled = new ReconciledQueries(db);
    this.searcher = new SqliteSearch(db, () => this.versionNow());
  }

  /** Opens (and creates or migrates) the database at `path`; `:memory:` for a throwaway store. */
  static open(path: string): SqliteStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    } catch (e) {
      throw new SitrepError('STORE_FAILURE', `cannot open database ${path}: ${(e as Error).message}`, path, {
        cause: e,
      });
    }
    if (path !== ':memory:') {
      db.pragma('journal_mode = WAL');
      db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path);
    return new SqliteStore(db);
  }

  async put(record: DocumentRecord): Promise<PutOutcome> {
    const { json } = record;
    const { exists, latest: latestOf, supersede, insert, forget, repoint } = this.stmts;
    // Computed before taking the write lock: the transaction holds it for lookups and inserts only.
    // The story key makes the ids of the events it is the first to report (shared by its revisions).
    const features = { ...(record.features ?? documentFeatures(json)), story: record.storyKey };
    const run = this.db.transaction((): PutOutcome => {
      const existing = exists.get(json.id);
      if (existing) return { status: 'unchanged', id: json.id };
      const latest = latestOf.get(record.storyKey) as { id: string; revision: number } | undefined;
      const revision = (latest?.revision ?? 0) + 1;
      const { text, ...rest } = json;
      insert.run({
        id: json.id,
        story_key: record.storyKey,
        revision,
        origin: json.source.origin,
        url: json.source.url,
        outlet: json.source.outlet,
        title: json.title,
        author: json.source.author,
        language: json.language,
        format: json.source.format,
        published: json.published.value,
        published_from: json.published.from,
        modified: json.modified,
        ingested_at: record.ingestedAt,
        raw: Buffer.from(record.raw.buffer, record.raw.byteOffset, record.raw.byteLength),
        text,
        offsets: JSON.stringify(record.offsets),
        json: JSON.stringify(rest),
      });
      if (!latest) return { status: 'new', id: json.id, reconciled: reconcileDocument(this.repo, features) };
      supersede.run(json.id, latest.id);
      // The corpus keeps current revisions only: the old one's rows go, its copies now copy this one;
      // its reports are read first, so the events the revision still reports keep their ids.
      const previous = this.repo.reportsOfDoc(latest.id);
      for (const f of forget) f.run(latest.id);
      repoint.run(json.id, latest.id);
      const reconciled = reconcileDocument(this.repo, features, previous);
      return { status: 'updated', id: json.id, previous: latest.id, revision, reconciled };
    });
    try {
      const outcome = run.immediate();
      if (outcome.status !== 'unchanged') this.writes++;
      return outcome;
    } catch (e) {
      if (e instanceof SitrepError) throw e;
      throw new SitrepError(
        'STORE_FAILURE',
        `storing ${json.source.origin}: ${(e as Error).message}`,
        json.source.origin,
        {
          cause: e,
        },
      );
    }
  }

  async get(idOrPrefix: string): Promise<StoredDocument | null> {
    const select = `SELECT ${SUMMARY_COLUMNS}, story_key, raw, text, offsets, json FROM documents`;
    let row = this.db.prepare(`${select} WHERE id = ?`).get(idOrPrefix);
    if (!row && idOrPrefix.length >= 6 && /^[\w-]+$/.test(idOrPrefix)) {
      const rows = this.db
        .prepare(`${select} WHERE id LIKE ? ESCAPE '\\' LIMIT 2`)
        .all(`${idOrPrefix.replace(/_/g, '\\_')}%`);
      if (rows.length === 1) row = rows[0];
    }
    if (!row) return null;
    const r = FullRow.parse(row);
    const json = { ...(JSON.parse(r.json) as Omit<DocumentJson, 'text'>), text: r.text } as DocumentJson;
    return {
      ...toSummary(r),
      json,
      raw: new Uint8Array(r.raw),
      offsets: JSON.parse(r.offsets) as number[],
      storyKey: r.story_key,
      supersededBy: r.superseded_by,
    };
  }

  async list(options: ListOptions = {}): Promise<DocumentSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM documents ${options.all ? '' : 'WHERE superseded_by IS NULL'}
         ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?`,
      )
      .all(options.limit ?? 50, options.offset ?? 0);
    return rows.map((r) => toSummary(SummaryRow.parse(r)));
  }

  async revisions(storyKey: string): Promise<DocumentSummary[]> {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE story_key = ? ORDER BY revision`)
      .all(storyKey);
    return rows.map((r) => toSummary(SummaryRow.parse(r)));
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, d.outlet, d.published,
                snippet(documents_fts, 1, char(1), char(2), '…', 16) AS snippet,
                bm25(documents_fts, 4.0, 1.0) AS score
         FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
         WHERE documents_fts MATCH ? AND d.superseded_by IS NULL
         ORDER BY score LIMIT ?`,
      )
      .all(fts, options.limit ?? 20) as SearchHit[];
    // bm25 is lower-is-better; report higher-is-better.
    return rows.map((r) => ({ ...r, score: -r.score }));
  }

  async stats(): Promise<StoreStats> {
    const totals = this.db
      .prepare(
        `SELECT count(*) AS documents, sum(superseded_by IS NULL) AS current,
                min(published) AS firstPublished, max(published) AS lastPublished FROM documents`,
      )
      .get() as {
      documents: number;
      current: number | null;
      firstPublished: string | null;
      lastPublished: string | null;
    };
    const outlets = this.db
      .prepare(
        `SELECT outlet, count(*) AS documents FROM documents WHERE superseded_by IS NULL AND outlet IS NOT NULL
         GROUP BY outlet ORDER BY documents DESC, outlet`,
      )
      .all() as { outlet: string; documents: number }[];
    const formats = this.db
      .prepare(
        `SELECT format, count(*) AS documents FROM documents WHERE superseded_by IS NULL GROUP BY format ORDER BY documents DESC, format`,
      )
      .all() as { format: string; documents: number }[];
    return { ...totals, current: totals.current ?? 0, outlets, formats };
  }

  async page(options: PageOptions): Promise<DocumentSummary[]> {
    const { where, params } = filterSql(options);
    // Undated documents sort last: '' is below every date in descending order.
    if (options.after) {
      where.push("(coalesce(d.published, '') < ? OR (coalesce(d.published, '') = ? AND d.id > ?))");
      const k = options.after.published ?? '';
      params.push(k, k, options.after.id);
    }
    const rows = this.db
      .prepare(
        `SELECT ${D_SUMMARY_COLUMNS} FROM documents d WHERE ${where.join(' AND ')}
         ORDER BY coalesce(d.published, '') DESC, d.id LIMIT ?`,
      )
      .all(...params, options.limit);
    return rows.map((r) => toSummary(SummaryRow.parse(r)));
  }

  async count(filters: DocumentFilters = {}): Promise<number> {
    const { where, params } = filterSql(filters);
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM documents d WHERE ${where.join(' AND ')}`)
      .get(...params) as {
      n: number;
    };
    return row.n;
  }

  async searchPage(query: string, options: SearchPageOptions): Promise<SearchPage> {
    return this.searcher.page(query, options);
  }

  async warmSearch(): Promise<void> {
    await this.searcher.warmInBackground();
  }

  async scanJson(options: { after?: string | null; limit: number }): Promise<DocumentJson[]> {
    const rows = this.db
      .prepare(
        'SELECT id, text, json FROM documents WHERE superseded_by IS NULL AND id > ? ORDER BY id LIMIT ?',
      )
      .all(options.after ?? '', options.limit) as { id: string; text: string; json: string }[];
    return rows.map(
      (r) => ({ ...(JSON.parse(r.json) as Omit<DocumentJson, 'text'>), text: r.text }) as DocumentJson,
    );
  }

  async reconcileAll(progress?: (done: number, total: number) => void): Promise<ReconcileTotals> {
    const tables = [
      'entity_links',
      'entity_merges',
      'entity_nodes',
      'event_days',
      'event_args',
      'event_reports',
      'corpus_events',
      'lsh_bands',
      'doc_minhash',
      'duplicates',
      'claims',
      'figures',
    ];
    const total = this.db
      .prepare('SELECT count(*) FROM documents WHERE superseded_by IS NULL')
      .pluck()
      .get() as number;
    const select = this.db.prepare(
      'SELECT rowid AS rid, story_key, text, json FROM documents WHERE superseded_by IS NULL AND rowid > ? ORDER BY rowid LIMIT 200',
    );
    const totals = { documents: 0, links: 0, merges: 0, events: 0, claims: 0, duplicates: 0 };
    // One transaction: a rebuild that stops half-way leaves the previous tables as they were.
    this.db
      .transaction(() => {
        for (const t of tables) this.db.exec(`DELETE FROM ${t}`);
        let after = 0;
        for (;;) {
          const rows = select.all(after) as { rid: number; story_key: string; text: string; json: string }[];
          for (const r of rows) {
            const json = {
              ...(JSON.parse(r.json) as Omit<DocumentJson, 'text'>),
              text: r.text,
            } as DocumentJson;
            const o = reconcileDocument(this.repo, { ...documentFeatures(json), story: r.story_key });
            totals.documents++;
            totals.links += o.links;
            totals.merges += o.merges;
            totals.events += o.eventsCreated;
            totals.claims += o.claims;
            if (o.duplicateOf) totals.duplicates++;
            progress?.(totals.documents, total);
          }
          if (rows.length < 200) break;
          after = rows.at(-1)!.rid;
        }
      })
      .immediate();
    this.writes++;
    return totals;
  }

  async findEntities(query: string, limit?: number): Promise<EntitySummary[]> {
    return this.reconciled.findEntities(query, limit);
  }

  async entity(id: string): Promise<EntityPage | null> {
    const text = this.db.prepare('SELECT text, json FROM documents WHERE id = ?');
    return this.reconciled.entityPage(id, (doc) => {
      const r = text.get(doc) as { text: string; json: string } | undefined;
      return r
        ? ({ ...(JSON.parse(r.json) as Omit<DocumentJson, 'text'>), text: r.text } as DocumentJson)
        : null;
    });
  }

  async unmerge(mergeId: number): Promise<{ from: string; to: string } | null> {
    const out = this.db.transaction(() => this.reconciled.unmerge(mergeId)).immediate();
    if (out) this.writes++;
    return out;
  }

  async reconciledLinks(
    doc: string,
  ): Promise<{ entities: Record<string, string>; events: Record<string, string> }> {
    return this.reconciled.links(doc);
  }

  async corpusLinker(): Promise<CorpusLinker> {
    return this.reconciled.corpusLinker();
  }

  async timeline(filters: TimelineFilters = {}): Promise<TimelineEntry[]> {
    return this.reconciled.timeline(filters);
  }

  async event(id: string): Promise<EventPage | null> {
    return this.reconciled.eventPage(id);
  }

  async claims(topic: string, limit?: number): Promise<FigureClaims[]> {
    return this.reconciled.claims(topic, limit);
  }

  async currentIds(): Promise<string[]> {
    return this.db.prepare('SELECT id FROM documents WHERE superseded_by IS NULL').pluck().all() as string[];
  }

  async version(): Promise<string> {
    return this.versionNow();
  }

  /**
   * O(1): `data_version` changes when another connection commits; this connection's own writes
   * are counted. (Counting rows would read every row of a large table on each call.)
   */
  private versionNow(): string {
    return `${this.stmts.dataVersion.get() as number}.${this.writes}`;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
