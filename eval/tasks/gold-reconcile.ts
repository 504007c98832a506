/**
 * Cross-document reconciliation on the project's gold set: B-cubed P/R/F1 of entity clusters
 * (`eval/gold/entity-clusters.json`) and of event clusters (`eval/gold/events.json`, written with
 * the events stage; skipped with a message while it is absent), over the sample corpus examples/.
 *
 * Every article named in the gold files is ingested through the real path (`ingestText`: adapter,
 * reader, reconciliation features, store with incremental reconciliation) into an in-memory
 * store, in file order. Items are (article, gold entity) pairs; an article is a file, or a file plus
 * `item` for files holding several. A gold item is matched to the article's system entity one of
 * whose names (canonical name or a mention's text) equals one of its forms, else one that contains
 * a form or is contained in one (four letters or more); its system cluster is that entity's corpus
 * entity. A gold item with no match (the reader missed the entity) is a singleton system cluster:
 * it costs recall. Typed system entities are tried before untyped (`other`) ones. System entities no gold item matches are not items (the entities task scores
 * detection); so they cost nothing here. `linked` repeats the score over matched items only, which
 * isolates linking from detection. Events are matched as the gold-events task matches them: the
 * system event of the article whose trigger overlaps an occurrence of one of the gold mentions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestText } from '../../src/app/ingest.ts';
import type { DocumentJson, EntityJson } from '../../src/model/document.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { bcubed, type ClusteredItem } from '../lib/bcubed.ts';
import { type EvalTask, type Figures, formatTable } from '../lib/task.ts';
import { matchGoldEvent } from './gold-events.ts';

interface GoldEntity {
  cluster: string;
  forms: string[];
}
interface GoldEvent {
  /** Texts of the event's mentions in the article (`eval/gold/events.json`). */
  mentions: string[];
  type?: string;
  cluster: string;
}
interface GoldArticle<T> {
  file: string;
  item?: number;
  entities?: T[];
  events?: T[];
}

const repo = resolve(fileURLToPath(import.meta.url), '../../..');

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s?\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const articleKey = (file: string, item?: number) => `${file}${item === undefined ? '' : `#${item}`}`;

/** Ingests the gold articles' files in order; returns article key → stored document JSON. */
async function ingestArticles(
  store: SqliteStore,
  files: readonly string[],
): Promise<Map<string, DocumentJson>> {
  const out = new Map<string, DocumentJson>();
  for (const file of files) {
    const path = resolve(repo, file);
    const items = await ingestText(store, path, readFileSync(path, 'utf8'), {
      now: () => new Date('2022-03-01T00:00:00Z'),
    });
    const many = items.length > 1;
    for (const [i, it] of items.entries()) {
      if (!it.id) continue;
      const doc = await store.get(it.id);
      if (doc) out.set(articleKey(file, many ? i : undefined), doc.json);
    }
  }
  return out;
}

/** The system entity a gold entity's forms find in a document, or null. */
export function matchEntity(system: readonly EntityJson[], forms: readonly string[], used: Set<string>) {
  const wanted = forms.map(fold);
  const names = (e: EntityJson) => [e.name, ...e.mentions.map((m) => m.text)].map(fold);
  const find = (loose: boolean) =>
    system.find(
      (e) =>
        !used.has(e.id) &&
        names(e).some((n) =>
          wanted.some((f) => n === f || (loose && (n.includes(f) || (n.length >= 4 && f.includes(n))))),
        ),
    );
  const hit = find(false) ?? find(true) ?? null;
  if (hit) used.add(hit.id);
  return hit;
}

function row(name: string, items: readonly ClusteredItem[], matched: number) {
  const b = bcubed(items);
  return {
    name,
    figures: { ...b, items: items.length, matched },
    cells: [name, items.length, matched, b.precision, b.recall, b.f1],
  };
}

/** Scores the entity gold at `path` (and the event gold beside it, when present). */
/** With SITREP_EVAL_DEBUG: gold clusters the system split, and system clusters holding several gold ones. */
function printClusterErrors(kind: string, linked: readonly ClusteredItem[]): void {
  const byCluster = new Map<string, Set<string>>();
  for (const it of linked) byCluster.set(it.gold, (byCluster.get(it.gold) ?? new Set()).add(it.system));
  for (const [c, s] of byCluster) if (s.size > 1) console.log(kind, 'SPLIT', c, [...s].join(' '));
  const bySys = new Map<string, Set<string>>();
  for (const it of linked) bySys.set(it.system, (bySys.get(it.system) ?? new Set()).add(it.gold));
  for (const [sys, g] of bySys) if (g.size > 1) console.log(kind, 'MERGED', sys, [...g].join(' '));
}

export async function runGoldReconcile(path: string): Promise<{ table: string; figures: Figures }> {
  const entityGold = JSON.parse(readFileSync(path, 'utf8')) as { documents: GoldArticle<GoldEntity>[] };
  const eventsPath = resolve(dirname(path), 'events.json');
  const eventGold = existsSync(eventsPath)
    ? (JSON.parse(readFileSync(eventsPath, 'utf8')) as { documents: GoldArticle<GoldEvent>[] })
    : null;
  const files = [
    ...new Set([...entityGold.documents, ...(eventGold?.documents ?? [])].map((d) => d.file)),
  ].sort();
  const store = SqliteStore.open(':memory:');
  const rows: ReturnType<typeof row>[] = [];
  const debug = process.env.SITREP_EVAL_DEBUG;
  try {
    const docs = await ingestArticles(store, files);
    const all: ClusteredItem[] = [];
    const linked: ClusteredItem[] = [];
    for (const g of entityGold.documents) {
      const key = articleKey(g.file, g.item);
      const doc = docs.get(key);
      if (!doc) throw new Error(`${key}: not read (check file and item)`);
      const links = await store.reconciledLinks(doc.id);
      // Typed entities first: an untyped one (`other`, often an adjective) only when no typed one matches.
      const system = [...doc.entities].sort(
        (a, b) => Number(a.type === 'other') - Number(b.type === 'other'),
      );
      const used = new Set<string>();
      for (const ge of g.entities ?? []) {
        const hit = matchEntity(system, ge.forms, used);
        const corpus = hit ? links.entities[hit.id] : undefined;
        if (debug && !corpus) console.log('MISSED', key, ge.cluster);
        const item = { gold: ge.cluster, system: corpus ?? `missed:${key}:${ge.cluster}` };
        all.push(item);
        if (corpus) linked.push(item);
      }
    }
    if (debug) printClusterErrors('entity', linked);
    rows.push(row('entities', all, linked.length), row('entities (linked)', linked, linked.length));
    if (eventGold) {
      const ev: ClusteredItem[] = [];
      const evLinked: ClusteredItem[] = [];
      for (const g of eventGold.documents) {
        const key = articleKey(g.file, g.item);
        const doc = docs.get(key);
        if (!doc) throw new Error(`${key}: not read (check file and item)`);
        const links = await store.reconciledLinks(doc.id);
        const used = new Set<string>();
        for (const ge of g.events ?? []) {
          const hit = matchGoldEvent(doc, ge.mentions, ge.type, used);
          const corpus = hit ? links.events[hit.id] : undefined;
          const item = { gold: ge.cluster, system: corpus ?? `missed:${key}:${ge.mentions[0]}` };
          ev.push(item);
          if (corpus) evLinked.push(item);
        }
      }
      if (debug) printClusterErrors('event', evLinked);
      rows.push(row('events', ev, evLinked.length), row('events (linked)', evLinked, evLinked.length));
    }
  } finally {
    await store.close();
  }
  const figures: Figures = {};
  for (const r of rows) figures[r.name] = r.figures;
  if (!eventGold) figures.events = { skipped: `no event gold at ${eventsPath}` };
  return {
    table: [
      `   ${entityGold.documents.length} articles with entity clusters`,
      formatTable(
        ['clusters', 'items', 'matched', 'B3 P', 'B3 R', 'B3 F1'],
        rows.map((r) => r.cells),
      ),
      eventGold ? '' : `   events: skipped (no ${eventsPath} yet; the events stage writes it)`,
    ].join('\n'),
    figures,
  };
}

/** Cross-document entity and event clusters on the project's gold set. */
export const goldReconcile: EvalTask = {
  name: 'gold-reconcile',
  description: 'cross-document entity and event clusters (B-cubed P/R/F1) over examples/, hand-annotated',
  defaultData: resolve(repo, 'eval/gold/entity-clusters.json'),
  run: runGoldReconcile,
};
