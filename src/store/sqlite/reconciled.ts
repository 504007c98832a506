import type Database from 'better-sqlite3';
import type { DocumentJson } from '../../model/document.ts';
import { ENTITY_PAGE_LIMIT } from '../../reconcile/constants.ts';
import { exactKey, nameKeys } from '../../reconcile/names.ts';
import { foldKey } from '../../reconcile/translit.ts';
import type { EventReportRow } from '../../reconcile/types.ts';
import type {
  ClaimView,
  CorpusEventBounds,
  CorpusLinker,
  EntityPage,
  EntitySummary,
  EventPage,
  EventReportView,
  FigureClaims,
  QuoteRef,
  TimelineEntry,
  TimelineFilters,
} from '../../reconcile/views.ts';
import { type NodeDbRow, toNode } from './reconcile-repo.ts';

/** Words a topic or name query ignores. */
const STOP = new Set(['the', 'of', 'in', 'on', 'at', 'to', 'and', 'for', 'a', 'an', 'by', 'from', 'with']);

/** A cheap stem for matching topic words: lower case, first five letters. */
function stem(w: string): string {
  return w.toLowerCase().slice(0, 5);
}

function topicStems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !STOP.has(w) && w.length > 1)
    .map(stem);
}

const TIMELINE_LIMIT = 500;

/**
 * The order in which a corpus entity's spellings (nodes) name it, the first naming it: the most
 * mentioned, then the longer, then the first made. `summaryOf` and the linker both name by it.
 */
function spellingOrder(
  a: { readonly id: number; readonly name: string; readonly mentions: number },
  b: { readonly id: number; readonly name: string; readonly mentions: number },
): number {
  return b.mentions - a.mentions || b.name.length - a.name.length || a.id - b.id;
}

/** Read queries over the reconciled tables (entity, timeline, event, claims). */
export class ReconciledQueries {
  constructor(private readonly db: Database.Database) {}

  private rootOf(id: number): NodeDbRow {
    let r = this.db.prepare('SELECT * FROM entity_nodes WHERE id = ?').get(id) as NodeDbRow;
    for (let guard = 0; r.parent !== null && guard < 10_000; guard++)
      r = this.db.prepare('SELECT * FROM entity_nodes WHERE id = ?').get(r.parent) as NodeDbRow;
    return r;
  }

  private component(rootId: number): NodeDbRow[] {
    return this.db
      .prepare(
        `WITH RECURSIVE c(id) AS (SELECT ? UNION SELECT n.id FROM entity_nodes n JOIN c ON n.parent = c.id)
         SELECT n.* FROM entity_nodes n JOIN c USING (id)`,
      )
      .all(rootId) as NodeDbRow[];
  }

  /** The display name of a node's corpus entity (memoised per call site). */
  nameResolver(): (node: number) => string {
    const memo = new Map<number, string>();
    return (node) => {
      let n = memo.get(node);
      if (n === undefined) {
        n = this.summaryOf(this.rootOf(node)).name;
        memo.set(node, n);
      }
      return n;
    };
  }

  private summaryOf(root: NodeDbRow): EntitySummary & { nodes: NodeDbRow[] } {
    const nodes = this.component(root.id);
    const ids = nodes.map((n) => n.id);
    const marks = ids.map(() => '?').join(',');
    const per = this.db
      .prepare(
        `SELECT node, sum(mentions) AS mentions FROM entity_links WHERE node IN (${marks}) GROUP BY node`,
      )
      .all(...ids) as { node: number; mentions: number }[];
    const totals = this.db
      .prepare(
        `SELECT count(DISTINCT doc) AS documents, coalesce(sum(mentions), 0) AS mentions,
                min(substr(published, 1, 10)) AS first, max(substr(published, 1, 10)) AS last
         FROM entity_links WHERE node IN (${marks})`,
      )
      .get(...ids) as { documents: number; mentions: number; first: string | null; last: string | null };
    const byNode = new Map(per.map((p) => [p.node, p.mentions]));
    const ranked = [...nodes].sort((a, b) =>
      spellingOrder({ ...a, mentions: byNode.get(a.id) ?? 0 }, { ...b, mentions: byNode.get(b.id) ?? 0 }),
    );
    return {
      id: root.uid,
      name: ranked[0]!.name,
      type: root.type,
      aliases: [...new Set(ranked.map((n) => n.name))],
      documents: totals.documents,
      mentions: totals.mentions,
      firstSeen: totals.first,
      lastSeen: totals.last,
      nodes,
    };
  }

  /** Corpus entities whose name, folded spelling or surname matches the query (most documents first). */
  findEntities(query: string, limit = 10): EntitySummary[] {
    const q = query.trim();
    if (!q) return [];
    const folds = new Set(['person', 'other', 'named_event'].map((t) => nameKeys(q, t).fold).filter(Boolean));
    const last = q.split(/\s+/).at(-1) ?? q;
    const rows = [
      ...(this.db
        .prepare(
          `SELECT * FROM entity_nodes WHERE fold_key IN (${[...folds].map(() => '?').join(',') || "''"})`,
        )
        .all(...folds) as NodeDbRow[]),
      ...(this.db.prepare('SELECT * FROM entity_nodes WHERE exact_key = ?').all(exactKey(q)) as NodeDbRow[]),
      ...(q.includes(' ')
        ? []
        : (this.db
            .prepare('SELECT * FROM entity_nodes WHERE surname_key = ?')
            .all(foldKey(last)) as NodeDbRow[])),
    ];
    if (rows.length === 0)
      rows.push(
        ...(this.db
          .prepare("SELECT * FROM entity_nodes WHERE name LIKE ? ESCAPE '\\' LIMIT 50")
          .all(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as NodeDbRow[]),
      );
    const roots = new Map<number, NodeDbRow>();
    for (const r of rows) {
      const root = this.rootOf(r.id);
      roots.set(root.id, root);
    }
    return [...roots.values()]
      .map((r) => {
        const { nodes: _n, ...s } = this.summaryOf(r);
        return s;
      })
      .filter((s) => s.documents > 0)
      .sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  /** A corpus entity in full, by its id (a node's uid; a merged node's uid resolves to its entity). */
  entityPage(uid: string, loadDoc: (id: string) => DocumentJson | null): EntityPage | null {
    const node = this.db.prepare('SELECT * FROM entity_nodes WHERE uid = ?').get(uid) as
      | NodeDbRow
      | undefined;
    if (!node) return null;
    const root = this.rootOf(node.id);
    const { nodes, ...summary } = this.summaryOf(root);
    const ids = nodes.map((n) => n.id);
    const marks = ids.map(() => '?').join(',');
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const spellings = (
      this.db
        .prepare(
          `SELECT node, count(DISTINCT doc) AS documents, sum(mentions) AS mentions,
                  min(substr(published, 1, 10)) AS first, max(substr(published, 1, 10)) AS last
           FROM entity_links WHERE node IN (${marks}) GROUP BY node ORDER BY mentions DESC`,
        )
        .all(...ids) as {
        node: number;
        documents: number;
        mentions: number;
        first: string | null;
        last: string | null;
      }[]
    ).map((r) => ({ name: byId.get(r.node)!.name, type: byId.get(r.node)!.type, ...r, node: undefined }));
    const merges = (
      this.db
        .prepare(`SELECT * FROM entity_merges WHERE undone = 0 AND child IN (${marks}) ORDER BY id`)
        .all(...ids) as {
        id: number;
        child: number;
        parent: number;
        rule: string;
        detail: string;
        doc: string;
      }[]
    ).map((m) => ({
      id: m.id,
      from: byId.get(m.child)?.name ?? String(m.child),
      to: byId.get(m.parent)?.name ?? String(m.parent),
      rule: m.rule,
      detail: JSON.parse(m.detail) as Record<string, unknown>,
      doc: m.doc,
    }));
    const roles = this.db
      .prepare(
        `SELECT role, min(substr(published, 1, 10)) AS first, max(substr(published, 1, 10)) AS last,
                count(DISTINCT doc) AS documents
         FROM entity_links WHERE node IN (${marks}) AND role IS NOT NULL GROUP BY role ORDER BY first, role`,
      )
      .all(...ids) as EntityPage['roles'][number][];
    const links = this.db
      .prepare(
        `SELECT l.doc, l.doc_entity, l.name, l.mentions, d.title, d.outlet, d.published
         FROM entity_links l JOIN documents d ON d.id = l.doc
         WHERE l.node IN (${marks}) AND d.superseded_by IS NULL
         ORDER BY coalesce(d.published, '') DESC, l.doc LIMIT ?`,
      )
      .all(...ids, ENTITY_PAGE_LIMIT) as {
      doc: string;
      doc_entity: string;
      name: string;
      mentions: number;
      title: string | null;
      outlet: string | null;
      published: string | null;
    }[];
    const quotesBy: QuoteRef[] = [];
    const quotesAbout: QuoteRef[] = [];
    for (const l of links) {
      const json = loadDoc(l.doc);
      if (!json) continue;
      const ent = json.entities.find((e) => e.id === l.doc_entity);
      const ref = { doc: l.doc, title: l.title, outlet: l.outlet, published: l.published };
      for (const c of json.quotes) {
        const named = (id: string | null | undefined) => json.entities.find((e) => e.id === id)?.name;
        const speaker = named(c.speaker) ?? c.speakerText;
        const via = named(c.via) ?? c.viaText ?? null;
        const q = {
          ...ref,
          quote: c.id,
          span: c.span,
          text: c.text,
          speaker,
          via,
          cue: c.cue,
          direct: c.direct,
          by: c.by,
        };
        if (c.speaker === l.doc_entity) quotesBy.push(q);
        else if (ent?.mentions.some((m) => c.span[0] <= m.span[0] && m.span[1] <= c.span[1]))
          quotesAbout.push(q);
      }
    }
    return {
      ...summary,
      spellings: spellings.map(({ node: _n, ...s }) => s),
      merges,
      roles,
      mentionsIn: links.map((l) => ({
        doc: l.doc,
        title: l.title,
        outlet: l.outlet,
        published: l.published,
        name: l.name,
        mentions: l.mentions,
      })),
      quotesBy: quotesBy.slice(0, ENTITY_PAGE_LIMIT),
      quotesAbout: quotesAbout.slice(0, ENTITY_PAGE_LIMIT),
      totals: { quotesBy: quotesBy.length, quotesAbout: quotesAbout.length },
    };
  }

  /** A document's entities → corpus entity ids, and its events → corpus event ids. */
  links(doc: string): { entities: Record<string, string>; events: Record<string, string> } {
    const entities: Record<string, string> = {};
    for (const l of this.db.prepare('SELECT doc_entity, node FROM entity_links WHERE doc = ?').all(doc) as {
      doc_entity: string;
      node: number;
    }[])
      entities[l.doc_entity] = this.rootOf(l.node).uid;
    const events: Record<string, string> = {};
    for (const r of this.db.prepare('SELECT doc_event, event FROM event_reports WHERE doc = ?').all(doc) as {
      doc_event: string;
      event: string;
    }[])
      events[r.doc_event] = r.event;
    return { entities, events };
  }

  /** Node ids of the entities a name finds (for timeline filters). */
  private nodesNamed(name: string): Set<number> {
    const out = new Set<number>();
    for (const s of this.findEntities(name, 5)) {
      const node = this.db.prepare('SELECT * FROM entity_nodes WHERE uid = ?').get(s.id) as NodeDbRow;
      for (const n of this.component(node.id)) out.add(n.id);
    }
    return out;
  }

  private reports(event: string): (EventReportRow & { duplicateOf: string | null; title: string | null })[] {
    const rows = this.db
      .prepare(
        `SELECT r.doc, r.doc_event, r.event, r.rule, r.published, r.outlet, r.data, x.original, d.title
         FROM event_reports r JOIN documents d ON d.id = r.doc LEFT JOIN duplicates x ON x.doc = r.doc
         WHERE r.event = ? AND d.superseded_by IS NULL ORDER BY coalesce(r.published, ''), r.doc, r.doc_event`,
      )
      .all(event) as {
      doc: string;
      doc_event: string;
      event: string;
      rule: string;
      published: string | null;
      outlet: string;
      data: string;
      original: string | null;
      title: string | null;
    }[];
    return rows.map((r) => ({
      ...(JSON.parse(r.data) as Omit<
        EventReportRow,
        'doc' | 'docEvent' | 'event' | 'rule' | 'published' | 'outlet'
      >),
      doc: r.doc,
      docEvent: r.doc_event,
      event: r.event,
      rule: r.rule as EventReportRow['rule'],
      published: r.published,
      outlet: r.outlet,
      duplicateOf: r.original,
      title: r.title,
    }));
  }

  private entry(
    e: { id: string; type: string; name: string | null; start: string | null; end: string | null },
    reports: ReturnType<ReconciledQueries['reports']>,
    name: (n: number) => string,
  ): TimelineEntry {
    const statuses: Record<string, number> = {};
    const actors = new Set<string>();
    const places = new Set<string>();
    const outlets = new Set<string>();
    for (const r of reports) {
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      for (const a of r.actors) actors.add(name(a));
      for (const p of r.places) places.add(name(p));
      if (!r.duplicateOf) outlets.add(r.outlet);
    }
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      start: e.start,
      end: e.end,
      reports: reports.length,
      sources: outlets.size,
      statuses,
      actors: [...actors],
      places: [...places],
    };
  }

  /** Corpus events in time order, filtered. */
  timeline(f: TimelineFilters): TimelineEntry[] {
    const rows = this.db
      .prepare(
        `SELECT id, type, name, start, end FROM corpus_events
         WHERE (@from IS NULL OR coalesce(end, start) >= @from) AND (@to IS NULL OR start <= @to) AND (@type IS NULL OR type = @type)
         ORDER BY start IS NULL, start, id`,
      )
      .all({ from: f.from ?? null, to: f.to ?? null, type: f.type ?? null }) as {
      id: string;
      type: string;
      name: string | null;
      start: string | null;
      end: string | null;
    }[];
    const actors = f.actor ? this.nodesNamed(f.actor) : null;
    const places = f.place ? this.nodesNamed(f.place) : null;
    const name = this.nameResolver();
    const out: TimelineEntry[] = [];
    for (const e of rows) {
      const reports = this.reports(e.id);
      if (reports.length === 0) continue;
      if (actors && !reports.some((r) => r.actors.some((a) => actors.has(a)))) continue;
      if (places && !reports.some((r) => r.places.some((p) => places.has(p)))) continue;
      out.push(this.entry(e, reports, name));
      if (out.length >= (f.limit ?? TIMELINE_LIMIT)) break;
    }
    return out;
  }

  /** A corpus event with every report. */
  eventPage(id: string): EventPage | null {
    const e = this.db.prepare('SELECT id, type, name, start, end FROM corpus_events WHERE id = ?').get(id) as
      | { id: string; type: string; name: string | null; start: string | null; end: string | null }
      | undefined;
    if (!e) return null;
    const reports = this.reports(id);
    const name = this.nameResolver();
    const reportList: EventReportView[] = reports.map((r) => ({
      doc: r.doc,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      docEvent: r.docEvent,
      rule: r.rule,
      duplicateOf: r.duplicateOf,
      status: r.status,
      start: r.start,
      end: r.end,
      timeFrom: r.timeFrom,
      timeText: r.timeText,
      timeRole: r.timeRole ?? 'at',
      trigger: r.trigger,
      triggerText: r.triggerText,
      sentence: r.sentence,
      sentenceText: r.sentenceText,
      actors: r.actors.map(name),
      places: r.places.map(name),
      size: r.size,
      claimedBy: r.claimedBy,
      by: r.by ?? null,
    }));
    return { ...this.entry(e, reports, name), reportList };
  }

  /** Figures whose unit and what they count (or the sentences that report them) match every topic word. */
  claims(topic: string, limit = 20): FigureClaims[] {
    const stems = topicStems(topic);
    // No topic: the figures most sources report.
    const figures = (
      stems.length > 0
        ? this.db.prepare('SELECT id, unit, measure, about_key, label FROM figures').all()
        : this.db
            .prepare(
              `SELECT f.id, f.unit, f.measure, f.about_key, f.label FROM figures f
               JOIN (SELECT figure, count(*) AS n FROM claims GROUP BY figure ORDER BY n DESC LIMIT ?) c ON c.figure = f.id`,
            )
            .all(limit)
    ) as {
      id: string;
      unit: string;
      measure: string | null;
      about_key: string;
      label: string | null;
    }[];
    // A topic word that names another figure's measure (`people killed`) is not matched by the
    // sentences of a figure with a different one (`… were killed and 300 people evacuated`).
    const measureStems = new Set(figures.flatMap((f) => (f.measure ? topicStems(f.measure) : [])));
    const out: FigureClaims[] = [];
    for (const f of figures) {
      const own = new Set(topicStems(`${f.unit} ${f.measure ?? ''} ${f.label ?? ''}`));
      if (stems.length > 0 && !stems.some((s) => own.has(s))) continue;
      if (stems.some((s) => measureStems.has(s) && !own.has(s))) continue;
      const claims = this.claimsOf(f.id);
      const said = new Set(claims.flatMap((c) => topicStems(c.sentenceText)));
      if (!stems.every((s) => own.has(s) || said.has(s))) continue;
      if (claims.length === 0) continue;
      out.push({
        id: f.id,
        unit: f.unit,
        measure: f.measure,
        about: f.label,
        // Outlets that state it, a reprint's not counted (as an event's sources).
        sources: new Set(claims.filter((c) => !c.duplicateOf).map((c) => c.outlet)).size,
        claims,
      });
    }
    return out.sort((a, b) => b.sources - a.sources || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  private claimsOf(figure: string): ClaimView[] {
    const rows = this.db
      .prepare(
        `SELECT c.doc, c.quantity, c.published, c.data, d.title, x.original
         FROM claims c JOIN documents d ON d.id = c.doc LEFT JOIN duplicates x ON x.doc = c.doc
         WHERE c.figure = ? AND d.superseded_by IS NULL ORDER BY coalesce(c.published, ''), c.doc, c.quantity`,
      )
      .all(figure) as {
      doc: string;
      quantity: string;
      published: string | null;
      data: string;
      title: string | null;
      original: string | null;
    }[];
    return rows.map((r) => {
      const d = JSON.parse(r.data) as Omit<
        ClaimView,
        'doc' | 'title' | 'published' | 'quantity' | 'duplicateOf'
      >;
      return {
        doc: r.doc,
        title: r.title,
        outlet: d.outlet,
        published: r.published,
        quantity: r.quantity,
        value: d.value,
        max: d.max,
        qualifier: d.qualifier,
        text: d.text,
        span: d.span,
        sentenceText: d.sentenceText,
        claimant: d.claimant,
        claimantKind: d.claimantKind,
        relay: d.relay,
        duplicateOf: r.original,
        by: d.by ?? null,
      };
    });
  }

  /**
   * Lookups for an in-memory index over the current documents: each document's entities (to the
   * root of their merges), events and claimed figures, read per document with prepared statements
   * (a 10,000-article store holds over a million such rows: loading them all would double the
   * index's heap for the length of a build), and corpus events' bounds as asked.
   */
  corpusLinker(): CorpusLinker {
    const parent = new Map<number, number | null>();
    const uid = new Map<number, string>();
    const nodes = this.db.prepare('SELECT id, parent, uid, name, type FROM entity_nodes').all() as {
      id: number;
      parent: number | null;
      uid: string;
      name: string;
      type: string;
    }[];
    for (const n of nodes) {
      parent.set(n.id, n.parent);
      uid.set(n.id, n.uid);
    }
    const roots = new Map<number, string>();
    const rootUid = (node: number): string | undefined => {
      let r = roots.get(node);
      if (r === undefined) {
        let at = node;
        for (let guard = 0; parent.get(at) != null && guard < 10_000; guard++) at = parent.get(at)!;
        r = uid.get(at);
        if (r !== undefined) roots.set(node, r);
      }
      return r;
    };
    // Rows as arrays: over a million lookups, objects per row were most of a build's time.
    const entityRows = this.db.prepare('SELECT doc_entity, node FROM entity_links WHERE doc = ?').raw(true);
    const eventRows = this.db.prepare('SELECT doc_event, event FROM event_reports WHERE doc = ?').raw(true);
    const figureRows = this.db.prepare('SELECT quantity, figure FROM claims WHERE doc = ?').raw(true);
    const eventRow = this.db.prepare('SELECT name, start, end, timed FROM corpus_events WHERE id = ?');
    // Names as `summaryOf` gives them: the spelling (node) with the most mentions, then the
    // longer, then the first made; the type is the root's. Computed on first use, for all roots.
    let entities: Map<string, { name: string; type: string }> | null = null;
    const entitiesByUid = () => {
      if (entities) return entities;
      const mentions = new Map(
        this.db.prepare('SELECT node, sum(mentions) FROM entity_links GROUP BY node').raw(true).all() as [
          number,
          number,
        ][],
      );
      const best = new Map<string, { node: (typeof nodes)[number]; m: number }>();
      for (const n of nodes) {
        const root = rootUid(n.id);
        if (root === undefined) continue;
        const m = mentions.get(n.id) ?? 0;
        const b = best.get(root);
        if (!b || spellingOrder({ ...n, mentions: m }, { ...b.node, mentions: b.m }) < 0)
          best.set(root, { node: n, m });
      }
      const typeOf = new Map(nodes.map((n) => [n.uid, n.type]));
      entities = new Map(
        [...best].map(([root, b]) => [root, { name: b.node.name, type: typeOf.get(root)! }]),
      );
      return entities;
    };
    const copyOf = this.db.prepare('SELECT original FROM duplicates WHERE doc = ?').pluck();
    return {
      doc: (id) => {
        const entities = new Map<string, string>();
        for (const [entity, node] of entityRows.all(id) as [string, number][]) {
          const r = rootUid(node);
          if (r !== undefined) entities.set(entity, r);
        }
        const events = new Map(eventRows.all(id) as [string, string][]);
        const figures = new Map(figureRows.all(id) as [string, string][]);
        const duplicateOf = (copyOf.get(id) as string | undefined) ?? null;
        return { entities, events, figures, duplicateOf };
      },
      entity: (id) => entitiesByUid().get(id) ?? null,
      event: (id): CorpusEventBounds | null => {
        const r = eventRow.get(id) as
          | { name: string | null; start: string | null; end: string | null; timed: number }
          | undefined;
        return r ? { name: r.name, start: r.start, end: r.end, timed: r.timed === 1 } : null;
      },
    };
  }

  /** Undoes one merge: the child's tree becomes its own entity again, and the pair is blocked. */
  unmerge(id: number): { from: string; to: string } | null {
    const m = this.db.prepare('SELECT * FROM entity_merges WHERE id = ? AND undone = 0').get(id) as
      | { id: number; child: number; parent: number }
      | undefined;
    if (!m) return null;
    const child = toNode(
      this.db.prepare('SELECT * FROM entity_nodes WHERE id = ?').get(m.child) as NodeDbRow,
    );
    const parent = toNode(
      this.db.prepare('SELECT * FROM entity_nodes WHERE id = ?').get(m.parent) as NodeDbRow,
    );
    if (child.parent !== parent.id) return null;
    this.db.prepare('UPDATE entity_nodes SET parent = NULL WHERE id = ?').run(child.id);
    this.db.prepare('UPDATE entity_merges SET undone = 1 WHERE id = ?').run(id);
    this.db
      .prepare('INSERT OR IGNORE INTO entity_blocks (grp, a, b) VALUES (?, ?, ?)')
      .run(child.group, child.exact, parent.exact);
    return { from: child.uid, to: parent.uid };
  }
}
