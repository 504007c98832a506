import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { EVENT_DAY_CANDIDATES } from '../../reconcile/constants.ts';
import type { TypeGroup } from '../../reconcile/names.ts';
import type {
  ClaimRow,
  CorpusEventRow,
  EntityNode,
  EventReportRow,
  MinhashRow,
  ReconcileRepo,
} from '../../reconcile/types.ts';

/** A node row as stored. */
export interface NodeDbRow {
  id: number;
  uid: string;
  grp: string;
  exact_key: string;
  fold_key: string;
  surname_key: string | null;
  partial: number;
  initials: string;
  year: string | null;
  name: string;
  type: string;
  parent: number | null;
}

/** A stored node as the reconciler sees it. */
export function toNode(r: NodeDbRow): EntityNode {
  return {
    id: r.id,
    uid: r.uid,
    group: r.grp as TypeGroup,
    exact: r.exact_key,
    fold: r.fold_key,
    surname: r.surname_key,
    partial: r.partial === 1,
    initials: r.initials,
    year: r.year,
    name: r.name,
    type: r.type,
    parent: r.parent,
  };
}

interface EventDbRow {
  id: string;
  type: string;
  name: string | null;
  name_key: string | null;
  year: string | null;
  start: string | null;
  end: string | null;
  timed: number;
}

function toEvent(r: EventDbRow): CorpusEventRow {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    nameKey: r.name_key,
    year: r.year,
    start: r.start,
    end: r.end,
    timed: r.timed === 1,
  };
}

/** The stable id of a spelling: its group and spelling key hashed. */
export function nodeUid(group: string, exact: string): string {
  return `E${createHash('sha256').update(`${group}|${exact}`).digest('hex').slice(0, 12)}`;
}

const sigBlob = (sig: Uint32Array) => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);

/** Prepared statements of the reconciler's repository (made once per connection). */
export function reconcileStatements(db: Database.Database) {
  return {
    db,
    nodeByExact: db.prepare('SELECT * FROM entity_nodes WHERE grp = ? AND exact_key = ?'),
    nodesByFold: db.prepare('SELECT * FROM entity_nodes WHERE grp = ? AND fold_key = ?'),
    nodesByFoldAnyGroup: db.prepare('SELECT * FROM entity_nodes WHERE fold_key = ?'),
    personsBySurname: db.prepare("SELECT * FROM entity_nodes WHERE surname_key = ? AND grp = 'person'"),
    node: db.prepare('SELECT * FROM entity_nodes WHERE id = ?'),
    insertNode: db.prepare(
      `INSERT INTO entity_nodes (uid, grp, exact_key, fold_key, surname_key, partial, initials, year, name, type)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    ),
    setParent: db.prepare('UPDATE entity_nodes SET parent = ? WHERE id = ?'),
    insertMerge: db.prepare(
      'INSERT INTO entity_merges (child, parent, rule, detail, doc) VALUES (?, ?, ?, ?, ?)',
    ),
    blocked: db.prepare('SELECT 1 FROM entity_blocks WHERE grp = ? AND a = ? AND b = ?'),
    insertLink: db.prepare(
      `INSERT OR REPLACE INTO entity_links (doc, doc_entity, node, name, type, role, mentions, published)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    eventsByName: db.prepare('SELECT * FROM corpus_events WHERE type = ? AND name_key = ?'),
    eventById: db.prepare('SELECT * FROM corpus_events WHERE id = ?'),
    eventReported: db.prepare('SELECT 1 FROM event_reports WHERE event = ? LIMIT 1'),
    candidatesByDays: db.prepare(
      // The first EVENT_DAY_CANDIDATES unnamed events of the type on the days (in index order: day,
      // then id), so a day crowded with reports costs a bounded scan; of those, the ones that share an
      // argument, with the count, in the same order. The count is an index probe per candidate, and
      // events that share nothing are never read. CROSS JOIN keeps the day index first.
      `SELECT e.*, d.shared FROM (
         SELECT x.event, (SELECT count(*) FROM event_args a
                          WHERE a.event = x.event AND (a.node IN (SELECT value FROM json_each(@nodes))
                            OR (a.actor = 1 AND a.node IN (SELECT value FROM json_each(@actors))))) AS shared
         FROM (SELECT DISTINCT event FROM event_days
               WHERE type = @type AND day IN (SELECT value FROM json_each(@days)) LIMIT ${EVENT_DAY_CANDIDATES}) x
       ) d CROSS JOIN corpus_events e ON e.id = d.event WHERE d.shared > 0 AND e.name IS NULL`,
    ),
    component: db.prepare(
      `WITH RECURSIVE c(id) AS (SELECT ? UNION SELECT n.id FROM entity_nodes n JOIN c ON n.parent = c.id)
       SELECT id FROM c`,
    ),
    insertArg: db.prepare(
      `INSERT INTO event_args (event, node, actor) VALUES (?, ?, ?)
       ON CONFLICT (event, node) DO UPDATE SET actor = max(actor, excluded.actor)`,
    ),
    eventArgs: db.prepare('SELECT node, actor FROM event_args WHERE event = ?'),
    clearArgs: db.prepare('DELETE FROM event_args WHERE event = ?'),
    insertEvent: db.prepare(
      // An id seen before belongs to an event an earlier revision of the story reported and no
      // current document does (its reports went with that revision): the row is taken over.
      `INSERT INTO corpus_events (id, type, name, name_key, year, start, end, timed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, name_key = excluded.name_key,
         year = excluded.year, start = excluded.start, end = excluded.end, timed = excluded.timed`,
    ),
    setEventSpan: db.prepare('UPDATE corpus_events SET start = ?, end = ?, timed = ? WHERE id = ?'),
    indexDay: db.prepare('INSERT OR IGNORE INTO event_days (type, day, event) VALUES (?, ?, ?)'),
    unindexDays: db.prepare('DELETE FROM event_days WHERE event = ?'),
    insertReport: db.prepare(
      `INSERT OR REPLACE INTO event_reports (doc, doc_event, event, rule, published, outlet, data)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    reportsOfDoc: db.prepare('SELECT event, data FROM event_reports WHERE doc = ? ORDER BY doc_event'),
    minhashByBand: db.prepare(
      'SELECT m.doc, m.published, m.sig FROM lsh_bands b JOIN doc_minhash m ON m.doc = b.doc WHERE b.band = ? AND b.hash = ?',
    ),
    originalOf: db.prepare('SELECT original FROM duplicates WHERE doc = ?').pluck(),
    insertMinhash: db.prepare('INSERT OR REPLACE INTO doc_minhash (doc, published, sig) VALUES (?, ?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO lsh_bands (band, hash, doc) VALUES (?, ?, ?)'),
    insertDuplicate: db.prepare(
      'INSERT OR REPLACE INTO duplicates (doc, original, similarity) VALUES (?, ?, ?)',
    ),
    repointDuplicates: db.prepare('UPDATE duplicates SET original = ? WHERE original = ?'),
    upsertFigure: db.prepare(
      'INSERT INTO figures (id, unit, measure, about_key, label) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    ),
    insertClaim: db.prepare(
      'INSERT OR REPLACE INTO claims (doc, quantity, figure, published, data) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}

/** The reconciler's repository over one SQLite connection (call inside a transaction). */
export function sqliteRepo(s: ReturnType<typeof reconcileStatements>): ReconcileRepo {
  return {
    nodeByExact: (g, exact) => {
      const r = s.nodeByExact.get(g, exact) as NodeDbRow | undefined;
      return r ? toNode(r) : null;
    },
    nodesByFold: (g, fold) => (s.nodesByFold.all(g, fold) as NodeDbRow[]).map(toNode),
    nodesByFoldAnyGroup: (fold) => (s.nodesByFoldAnyGroup.all(fold) as NodeDbRow[]).map(toNode),
    personsBySurname: (surname) => (s.personsBySurname.all(surname) as NodeDbRow[]).map(toNode),
    node: (id) => toNode(s.node.get(id) as NodeDbRow),
    insertNode: (n) =>
      toNode(
        s.insertNode.get(
          nodeUid(n.group, n.exact),
          n.group,
          n.exact,
          n.fold,
          n.surname,
          n.partial ? 1 : 0,
          n.initials,
          n.year,
          n.name,
          n.type,
        ) as NodeDbRow,
      ),
    setParent: (child, parent) => {
      s.setParent.run(parent, child);
    },
    insertMerge: (m) => {
      s.insertMerge.run(m.child, m.parent, m.rule, JSON.stringify(m.detail), m.doc);
    },
    blocked: (g, a, b) => !!(s.blocked.get(g, a, b) ?? s.blocked.get(g, b, a)),
    insertLink: (l) => {
      s.insertLink.run(l.doc, l.docEntity, l.node, l.name, l.type, l.role, l.mentions, l.published);
    },
    eventsByName: (type, key) => (s.eventsByName.all(type, key) as EventDbRow[]).map(toEvent),
    event: (id) => toEvent(s.eventById.get(id) as EventDbRow),
    eventReported: (id) => s.eventReported.get(id) !== undefined,
    candidatesByDays: (type, days, nodes, actors = []) => {
      if (days.length === 0 || (nodes.length === 0 && actors.length === 0)) return [];
      return (
        s.candidatesByDays.all({
          type,
          days: JSON.stringify(days),
          nodes: JSON.stringify(nodes),
          actors: JSON.stringify(actors),
        }) as (EventDbRow & {
          shared: number;
        })[]
      ).map((r) => ({ event: toEvent(r), shared: r.shared }));
    },
    component: (root) => s.component.pluck().all(root) as number[],
    eventArgs: (event) =>
      (s.eventArgs.raw(true).all(event) as [number, number][]).map(([node, actor]) => ({
        node,
        actor: actor === 1,
      })),
    insertEvent: (e) => {
      // Taken over from an earlier revision (see the statement): its old days and arguments go.
      if (s.eventById.get(e.id)) {
        s.unindexDays.run(e.id);
        s.clearArgs.run(e.id);
      }
      s.insertEvent.run(e.id, e.type, e.name, e.nameKey, e.year, e.start, e.end, e.timed ? 1 : 0);
    },
    setEventSpan: (id, start, end, timed) => {
      s.setEventSpan.run(start, end, timed ? 1 : 0, id);
    },
    indexEventDays: (type, days, event) => {
      for (const d of days) s.indexDay.run(type, d, event);
    },
    unindexEventDays: (event) => {
      s.unindexDays.run(event);
    },
    insertReport: (r: EventReportRow) => {
      const { doc, docEvent, event, rule, published, outlet, ...data } = r;
      s.insertReport.run(doc, docEvent, event, rule, published, outlet, JSON.stringify(data));
      for (const n of r.actors) s.insertArg.run(event, n, 1);
      for (const n of r.places) s.insertArg.run(event, n, 0);
    },
    reportsOfDoc: (doc) =>
      (s.reportsOfDoc.all(doc) as { event: string; data: string }[]).map((r) => {
        const d = JSON.parse(r.data) as { type: string; triggerText: string; sentenceText: string };
        return { event: r.event, type: d.type, triggerText: d.triggerText, sentenceText: d.sentenceText };
      }),
    minhashByBands: (bands) => {
      const out = new Map<string, MinhashRow>();
      bands.forEach((h, band) => {
        for (const r of s.minhashByBand.all(band, h) as {
          doc: string;
          published: string | null;
          sig: Buffer;
        }[]) {
          if (out.has(r.doc)) continue;
          const copy = new Uint8Array(r.sig);
          out.set(r.doc, { doc: r.doc, published: r.published, sig: new Uint32Array(copy.buffer) });
        }
      });
      return [...out.values()];
    },
    originalOf: (doc) => (s.originalOf.get(doc) as string | undefined) ?? null,
    insertMinhash: (doc, published, sig, bands) => {
      s.insertMinhash.run(doc, published, sigBlob(sig));
      bands.forEach((h, band) => {
        s.insertBand.run(band, h, doc);
      });
    },
    insertDuplicate: (doc, original, similarity) => {
      s.insertDuplicate.run(doc, original, similarity);
    },
    repointDuplicates: (from, to) => {
      s.repointDuplicates.run(to, from);
    },
    upsertFigure: (f) => {
      s.upsertFigure.run(f.id, f.unit, f.measure, f.aboutKey, f.label);
    },
    insertClaim: (c: ClaimRow) => {
      const { doc, quantity, figure, published, ...data } = c;
      s.insertClaim.run(doc, quantity, figure, published, JSON.stringify(data));
    },
  };
}
