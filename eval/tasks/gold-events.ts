/**
 * Events on the project's gold set (`eval/gold/events.json`: events of the sample articles in
 * examples/, annotated by hand from reading them). Each article is read through the real path
 * (adapter → finalizeSource → buildDocument: every stage runs). Gold and system events of an
 * article are paired one to one, as event scorers do (each system event stands for one gold event
 * at most): a system event may stand for a gold event when its trigger or one of its merged
 * mentions overlaps an occurrence of one of the gold's mention texts, or when it has the gold's
 * name and type; among the assignments, the one pairing the most events is taken, then the one
 * preferring same-type trigger pairs (`assignGoldEvents`). Per field, precision is correct / system events of the
 * gold articles and recall correct / gold events: `detection` (matched at all), `type`,
 * `type+time` (type and TIMEX value equal, a time open at one end written `../v` or `v/..`; no
 * time on both sides counts as equal), `name` (over
 * events named on either side), `status`; `actors` is micro P/R over the actors of matched pairs.
 * When `events-second-annotator.json` lies beside the gold (a second person's annotation of some
 * of the same articles, made without seeing the first), the same fields are scored between the two
 * annotators on the articles both annotated (paired one to one the same way): the agreement people reach is the ceiling to read
 * sitrep's figures against.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import type { DocumentJson, EventJson } from '../../src/model/document.ts';
import { isFailure } from '../../src/model/source.ts';
import { maxWeightAssignment } from '../lib/assign.ts';
import { type EvalTask, type Figures, f1, formatTable } from '../lib/task.ts';

const GoldEvent = z.object({
  mentions: z.array(z.string().min(1)).min(1),
  type: z.string(),
  name: z.string().nullable(),
  actors: z.array(z.string()),
  time: z.string().nullable(),
  status: z.string(),
  cluster: z.string(),
});
const GoldFile = z.object({
  documents: z.array(
    z.object({ file: z.string(), item: z.number().int().optional(), events: z.array(GoldEvent) }),
  ),
});
type Gold = z.infer<typeof GoldEvent>;

const repo = resolve(fileURLToPath(import.meta.url), '../../..');

/** Reads the article of a gold entry (the `item`-th of a file holding several). */
export function readGoldArticle(file: string, item?: number): DocumentJson {
  const path = resolve(repo, file);
  // Read as on the ingest day below: a dateline without a year (`MINSK, Feb 24`) takes its year
  // from it, as `sitrep ingest` does from the day it runs.
  const docs = readSource(path, readFileSync(path, 'utf8'), { referenceYear: 2022 });
  const doc = docs[item ?? 0];
  if (!doc || isFailure(doc)) throw new Error(`${file}${item === undefined ? '' : `#${item}`}: did not read`);
  return buildDocument(finalizeSource(doc, new Date('2022-03-01T00:00:00Z')));
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Spans of every occurrence of each mention text. */
function occurrences(text: string, mentions: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const m of mentions)
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) out.push([at, at + m.length]);
  return out;
}

/**
 * The unused system event that reports a mention of the gold event (by its trigger first, then by
 * any of its merged mentions), or that has its name and type; one of its type first.
 */
export function matchGoldEvent(
  doc: DocumentJson,
  mentions: readonly string[],
  type: string | undefined,
  used: Set<string>,
  name?: string | null,
): EventJson | null {
  const spans = occurrences(doc.text, mentions);
  const named = name ? fold(name) : null;
  const overlaps = ([a, b]: readonly [number, number]) => spans.some(([s, t]) => a < t && s < b);
  const free = doc.events.filter((e) => !used.has(e.id));
  const byTrigger = free.filter((e) => overlaps(e.trigger));
  const byMention = free.filter((e) => (e.mentions ?? []).some(overlaps));
  const byName = free.filter(
    (e) => named !== null && e.name !== null && fold(e.name) === named && e.type === type,
  );
  const hit =
    byTrigger.find((e) => e.type === type) ??
    byMention.find((e) => e.type === type) ??
    byName[0] ??
    byTrigger[0] ??
    byMention[0] ??
    null;
  if (hit) used.add(hit.id);
  return hit;
}

/** How a system event may stand for a gold event, best first (0: it may not). */
function pairRank(e: EventJson, spans: readonly [number, number][], g: Gold): number {
  const overlaps = ([a, b]: readonly [number, number]) => spans.some(([s, t]) => a < t && s < b);
  const same = e.type === g.type;
  if (overlaps(e.trigger)) return same ? 5 : 2;
  if ((e.mentions ?? []).some(overlaps)) return same ? 4 : 1;
  return same && g.name && e.name && fold(e.name) === fold(g.name) ? 3 : 0;
}

/**
 * A one-to-one assignment of the gold events of an article to its system events that pairs as
 * many as can be paired, then prefers, in this order, the pairs the greedy matcher would rank
 * first (trigger over merged mention over name; same type first), the system event that covers
 * more occurrences of the gold's mention texts (its trigger and merged mentions), and the earlier
 * system event. It never looks at a time, status or actor: it decides which events are compared,
 * not whether they agree. Returns, per gold event, its system event or null.
 */
export function assignGoldEvents(doc: DocumentJson, golds: readonly Gold[]): (EventJson | null)[] {
  const events = doc.events;
  const cap = 63;
  const weights = golds.map((g) => {
    const spans = occurrences(doc.text, g.mentions);
    return events.map((e, j) => {
      const rank = pairRank(e, spans, g);
      if (rank === 0) return null;
      const covered = [e.trigger, ...(e.mentions ?? [])].filter(([a, b]) =>
        spans.some(([s, t]) => a < t && s < b),
      ).length;
      // Lexicographic in exact integers: each term's total over an article stays below one unit
      // of the term before it (64 pairs at most of each weight 63).
      return 2 ** 33 + rank * 2 ** 24 + Math.min(covered, cap) * 2 ** 12 + (cap - Math.min(j, cap));
    });
  });
  return maxWeightAssignment(weights, events.length).map((j) => (j < 0 ? null : events[j]!));
}

/** Every name of a referenced entity: canonical name and mention texts. */
function namesOf(doc: DocumentJson, id: string): string[] {
  const e = doc.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.mentions.map((m) => m.text)].map(fold) : [];
}

function sameActor(forms: readonly string[], gold: string): boolean {
  const g = fold(gold);
  return forms.some((f) => f === g || (f.length >= 4 && (f.includes(g) || g.includes(f))));
}

/** Open-ended modifiers, written as ranges with a `..` end the way the gold writes them. */
const OPEN_BEFORE = new Set(['BEFORE', 'ON_OR_BEFORE']);
const OPEN_AFTER = new Set(['AFTER', 'ON_OR_AFTER']);

/**
 * The time of an event as the gold writes it: the TIMEX value, or `../value` and `value/..` for an
 * event open at one end, by its time (`until Feb. 9`, `from Feb. 20 on`) or by how it stands to
 * its time (`the stage ends on Feb. 9`, `the drills began on Thursday`).
 */
export function timeKey(
  t: { value: string; mod: string | null } | undefined,
  role: 'at' | 'from' | 'until' = 'at',
): string | null {
  if (!t) return null;
  if (role === 'until' || (t.mod && OPEN_BEFORE.has(t.mod))) return `../${t.value}`;
  if (role === 'from' || (t.mod && OPEN_AFTER.has(t.mod))) return `${t.value}/..`;
  return t.value;
}

/**
 * `SITREP_EVAL_EXACT_TIMES=1` compares time values exactly, as before times of day were read at
 * the gold's granularity, to compare figures across the change.
 */
const EXACT_TIMES = process.env.SITREP_EVAL_EXACT_TIMES === '1';

/**
 * True when a system time agrees with the gold's. Values are equal, or the gold gives a day and the
 * system a time of that day (`Sunday evening`, `2022-02-20TEV`, against `2022-02-20`): the gold
 * writes a time of day where the annotator kept one (`at 5 a.m.`: `2022-02-24T05:00`), so a day in
 * the gold says when at the granularity of a day, and a TIMEX3 time value holds its day as its
 * date part. The other way (a day against a gold time of day) and any coarser unit (a day against
 * a gold month) stay wrong: the system would then say less than the gold, or claim a day the gold
 * does not give.
 */
export function sameTime(system: string | null, gold: string | null): boolean {
  if (system === gold) return true;
  if (EXACT_TIMES || system === null || gold === null) return false;
  return /^\d{4}-\d\d-\d\d$/.test(gold) && system.startsWith(`${gold}T`);
}

class Tally {
  readonly rows = new Map<string, { correct: number; pred: number; gold: number }>();
  add(field: string, correct: number, pred: number, gold: number): void {
    const r = this.rows.get(field) ?? { correct: 0, pred: 0, gold: 0 };
    r.correct += correct;
    r.pred += pred;
    r.gold += gold;
    this.rows.set(field, r);
  }
}

/**
 * `SITREP_EVAL_GREEDY=1` scores with the earlier matcher (each gold event in turn takes the first
 * unused system event that fits), to compare figures across the change.
 */
const GREEDY = process.env.SITREP_EVAL_GREEDY === '1';

const FIELDS = ['detection', 'type', 'type+time', 'status'] as const;

function score(t: Tally, doc: DocumentJson, golds: readonly Gold[], errors: string[], key: string): void {
  for (const f of FIELDS) t.add(f, 0, doc.events.length, golds.length);
  t.add('name', 0, doc.events.filter((e) => e.name).length, golds.filter((g) => g.name).length);
  const used = new Set<string>();
  const assigned = GREEDY ? null : assignGoldEvents(doc, golds);
  for (const [i, g] of golds.entries()) {
    const v = assigned ? assigned[i]! : matchGoldEvent(doc, g.mentions, g.type, used, g.name);
    if (v) used.add(v.id);
    if (!v) {
      errors.push(`${key}: missed ${g.type} ${JSON.stringify(g.mentions[0])}`);
      t.add('actors', 0, 0, g.actors.length);
      continue;
    }
    const closing = v.timeEnd ? doc.times.find((x) => x.id === v.timeEnd) : undefined;
    const opening = doc.times.find((x) => x.id === v.time);
    // A computed interval (`10 days of drills on Thursday`) dates the event before its time.
    const time = v.interval
      ? v.interval.value
      : opening && closing
        ? `${opening.value.replace(/T.*$/, '')}/${closing.value.replace(/T.*$/, '')}`
        : timeKey(opening, v.timeRole);
    t.add('detection', 1, 0, 0);
    t.add('type', v.type === g.type ? 1 : 0, 0, 0);
    t.add('type+time', v.type === g.type && sameTime(time, g.time) ? 1 : 0, 0, 0);
    t.add('status', v.status === g.status ? 1 : 0, 0, 0);
    t.add('name', g.name && v.name && fold(g.name) === fold(v.name) ? 1 : 0, 0, 0);
    const actorNames = v.actors.map((id) => namesOf(doc, id));
    const found = g.actors.filter((a) => actorNames.some((forms) => sameActor(forms, a))).length;
    t.add('actors', found, actorNames.length, g.actors.length);
    if (found < g.actors.length)
      errors.push(
        `${key}: ${JSON.stringify(g.mentions[0])} actors gold ${JSON.stringify(g.actors)}, sitrep ${JSON.stringify(actorNames.map((f) => f[0]))}`,
      );
    if (v.type === g.type && v.status !== g.status)
      errors.push(`${key}: ${JSON.stringify(g.mentions[0])} status gold ${g.status}, sitrep ${v.status}`);
    if (v.type !== g.type || !sameTime(time, g.time))
      errors.push(
        `${key}: ${JSON.stringify(g.mentions[0])} gold ${g.type} ${g.time}, sitrep ${v.type} ${time}`,
      );
  }
  for (const e of doc.events)
    if (!used.has(e.id))
      errors.push(`${key}: spurious ${e.type} ${JSON.stringify(doc.text.slice(e.trigger[0], e.trigger[1]))}`);
}

/** Reads and validates an event gold file. */
function readGold(path: string): z.infer<typeof GoldFile> {
  const parsed = GoldFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

const keyOf = (d: { file: string; item?: number | undefined }) =>
  `${d.file}${d.item === undefined ? '' : `#${d.item}`}`;

/**
 * Agreement of a second annotation with the first on the articles both annotated: a second
 * annotator's event matches an unused first-annotator event when their mention texts overlap in the
 * article (one of the same type first); F1 per field, with each side's event count as the other's
 * denominator.
 */
function agreement(
  first: z.infer<typeof GoldFile>,
  second: z.infer<typeof GoldFile>,
): Record<string, number | null> {
  const byKey = new Map(first.documents.map((d) => [keyOf(d), d.events]));
  const t = new Tally();
  for (const d of second.documents) {
    const golds = byKey.get(keyOf(d));
    if (!golds) continue;
    const text = readGoldArticle(d.file, d.item).text;
    const spans = golds.map((g) => occurrences(text, g.mentions));
    for (const f of [...FIELDS, 'actors-exact'] as const) t.add(f, 0, d.events.length, golds.length);
    const weights = d.events.map((e) => {
      const mine = occurrences(text, e.mentions);
      return golds.map((g, i) => {
        const shared = spans[i]!.filter(([s, u]) => mine.some(([a, b]) => a < u && s < b)).length;
        if (shared === 0) return null;
        return (
          2 ** 33 +
          (g.type === e.type ? 2 : 1) * 2 ** 24 +
          Math.min(shared, 63) * 2 ** 12 +
          (63 - Math.min(i, 63))
        );
      });
    });
    const pairs = maxWeightAssignment(weights, golds.length);
    for (const [k, e] of d.events.entries()) {
      const i = pairs[k]!;
      if (i < 0) continue;
      const g = golds[i]!;
      t.add('detection', 1, 0, 0);
      t.add('type', g.type === e.type ? 1 : 0, 0, 0);
      t.add('type+time', g.type === e.type && sameTime(e.time, g.time) ? 1 : 0, 0, 0);
      t.add('status', g.status === e.status ? 1 : 0, 0, 0);
      const same = new Set(g.actors.map(fold));
      t.add(
        'actors-exact',
        e.actors.length === same.size && e.actors.every((a) => same.has(fold(a))) ? 1 : 0,
        0,
        0,
      );
    }
  }
  const out: Record<string, number | null> = {};
  for (const [field, r] of t.rows) out[field] = r.gold ? f1(r.correct / r.pred, r.correct / r.gold) : null;
  return out;
}

/** Scores the event gold file at `path`. */
export async function runGoldEvents(path: string): Promise<{ table: string; figures: Figures }> {
  const parsed = { data: readGold(path) };
  const t = new Tally();
  const errors: string[] = [];
  let events = 0;
  for (const d of parsed.data.documents) {
    const key = `${d.file}${d.item === undefined ? '' : `#${d.item}`}`;
    const doc = readGoldArticle(d.file, d.item);
    for (const g of d.events)
      for (const m of g.mentions)
        if (!doc.text.includes(m))
          throw new Error(`${path}: ${key}: mention ${JSON.stringify(m)} is not in the text`);
    score(t, doc, d.events, errors, key);
    events += d.events.length;
  }
  const limit = Number(process.env.SITREP_EVAL_ERRORS ?? 0);
  if (limit > 0) console.error(errors.slice(0, limit).join('\n'));
  const figures: Figures = { articles: parsed.data.documents.length, events };
  const rows = [...t.rows].map(([field, r]) => {
    const p = r.pred ? r.correct / r.pred : 0;
    const rc = r.gold ? r.correct / r.gold : 0;
    figures[field] = {
      precision: p,
      recall: rc,
      f1: f1(p, rc),
      correct: r.correct,
      system: r.pred,
      gold: r.gold,
    };
    return [field, r.gold, r.pred, r.correct, p, rc, f1(p, rc)];
  });
  const lines = [
    formatTable(['field', 'gold', 'system', 'correct', 'P', 'R', 'F1'], rows),
    '',
    `   ${parsed.data.documents.length} articles, ${events} gold events`,
  ];
  const secondPath = resolve(dirname(path), 'events-second-annotator.json');
  if (existsSync(secondPath)) {
    const agree = agreement(parsed.data, readGold(secondPath));
    figures.annotatorAgreement = agree;
    const shown = Object.entries(agree).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toFixed(3) : v}`);
    lines.push(`   agreement of two annotators (F1, shared articles): ${shown.join(', ')}`);
  }
  const table = lines.join('\n');
  return { table, figures };
}

export const goldEvents: EvalTask = {
  name: 'gold-events',
  description:
    'events (type, time, name, actors, status) on the project gold set over examples/, hand-annotated',
  // Absolute, so the runner's `resolve(shared, defaultData)` keeps it: the gold set lives in the repo.
  defaultData: resolve(repo, 'eval/gold/events.json'),
  run: runGoldEvents,
};
