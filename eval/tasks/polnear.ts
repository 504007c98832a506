/**
 * PolNeAR attribution scorer: runs sitrep's pipeline on each dev article's raw `.txt` (so offsets
 * align with the brat `.ann` standoff), reads the quote mentions' `cue`, `source` and `span`, and
 * scores cue, source and content spans separately (dataset README): exact-match P/R/F1 (a discontinuous gold span counts as its
 * envelope) and token-overlap P/R/F1 (each predicted span scored by the share of its tokens in the
 * best-overlapping gold span, each gold span by the share of its tokens covered by the best
 * predicted span). PolNeAR content spans of direct quotes include the quotation marks (and the
 * comma inside them), and contents of reported speech start with "that": predicted contents are
 * widened to those conventions before scoring. Parts of an interrupted quotation (quote mentions
 * with the same cue) are scored as one attribution whose content is their envelope.
 * Articles annotated by several annotators are scored against the first annotation file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteStage } from '../../src/extract/quotes/stage.ts';
import { sentenceStage } from '../../src/extract/segment/sentences.ts';
import type { MentionView } from '../../src/extract/types.ts';
import type { Mention, MentionKind, QuoteMention } from '../../src/model/mention.ts';
import { type EvalTask, type Figures, f1, formatTable } from '../lib/task.ts';

type Span = readonly [number, number];
type Role = 'cue' | 'source' | 'content';
const ROLES: readonly Role[] = ['cue', 'source', 'content'];

interface Gold {
  cue: Span[][];
  source: Span[][];
  content: Span[][];
}

/** Parses a brat `.ann` file into the fragments of each attribution's cue, source and content. */
export function parseAnn(ann: string): Gold {
  const spans = new Map<string, Span[]>();
  const relations: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const frags = body
        .slice(sp + 1)
        .split(';')
        .map((f) => f.trim().split(' ').map(Number) as [number, number]);
      spans.set(id, frags);
    } else if (id.startsWith('E')) relations.push(body.split(' '));
  }
  const gold: Gold = { cue: [], source: [], content: [] };
  for (const args of relations) {
    for (const arg of args.slice(1)) {
      const [role, ref] = arg.split(':');
      const frags = ref ? spans.get(ref) : undefined;
      if (!role || !frags) continue;
      const r = role.replace(/\d+$/, '').toLowerCase();
      if (r === 'cue' || r === 'source' || r === 'content') gold[r].push(frags);
    }
  }
  return gold;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

function tokenSet(text: string, frags: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of frags) {
    TOKEN.lastIndex = 0;
    const part = text.slice(s, e);
    for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) out.add(s + m.index);
  }
  return out;
}

/** The span from the first fragment's start to the last one's end. */
function envelopeSpan(frags: readonly Span[]): Span {
  let s = Number.POSITIVE_INFINITY;
  let e = 0;
  for (const f of frags) {
    s = Math.min(s, f[0]);
    e = Math.max(e, f[1]);
  }
  return [s, e];
}

function envelope(frags: readonly Span[]): string {
  return envelopeSpan(frags).join(':');
}

interface Counts {
  tp: number;
  nPred: number;
  nGold: number;
  pSum: number;
  rSum: number;
}

function score(text: string, gold: readonly Span[][], pred: readonly Span[], c: Counts): void {
  const goldKeys = new Map<string, number>();
  for (const g of gold) goldKeys.set(envelope(g), (goldKeys.get(envelope(g)) ?? 0) + 1);
  for (const p of pred) {
    const k = envelope([p]);
    const n = goldKeys.get(k) ?? 0;
    if (n > 0) {
      c.tp++;
      goldKeys.set(k, n - 1);
    }
  }
  c.nPred += pred.length;
  c.nGold += gold.length;
  const gSets = gold.map((g) => tokenSet(text, g));
  const pSets = pred.map((p) => tokenSet(text, [p]));
  const inter = (a: Set<number>, b: Set<number>) => {
    let n = 0;
    for (const x of a) if (b.has(x)) n++;
    return n;
  };
  for (const p of pSets) {
    if (p.size === 0) continue;
    let best = 0;
    for (const g of gSets) best = Math.max(best, inter(p, g) / p.size);
    c.pSum += best;
  }
  for (const g of gSets) {
    if (g.size === 0) continue;
    let best = 0;
    for (const p of pSets) best = Math.max(best, inter(p, g) / g.size);
    c.rSum += best;
  }
}

/** Widens a direct quote's content to its quotation marks (`''` is one mark) and a comma before the closing one. */
function widen(text: string, s: number, e: number): Span {
  let a = s;
  let b = e;
  while (b < text.length && (text[b] === ',' || text[b] === ' ') && b < e + 2) b++;
  if (text.startsWith("''", b)) b += 2;
  else if (/["”»’]/.test(text[b] ?? '')) b++;
  else b = e;
  if (text.slice(a - 2, a) === "''") a -= 2;
  else if (/["“«‘„]/.test(text[a - 1] ?? '')) a--;
  return [a, b];
}

/** PolNeAR content spans of reported speech start with the complementiser ("said that …"). */
function withThat(text: string, span: Span): Span {
  const before = text.slice(Math.max(0, span[0] - 5), span[0]);
  return /\bthat\s$/.test(before) ? [span[0] - 5, span[1]] : span;
}

/**
 * The quote stage's mentions for a raw text: the sentence stage, then the quote stage on a view
 * without entities (the entity stage's model is slow to run on the whole split and only changes
 * speaker resolution, not the spans scored here).
 */
function readQuotes(text: string): QuoteMention[] {
  const ctx = { text, published: null, updates: [], language: 'en', links: [], dateline: null };
  const byKind = new Map<MentionKind, readonly Mention[]>();
  const view: MentionView = {
    of: (kind) => (byKind.get(kind) ?? []) as never,
  };
  byKind.set('sentence', sentenceStage.run(ctx, view));
  return quoteStage.run(ctx, view) as QuoteMention[];
}

const COUNT_KEYS = ['tp', 'nPred', 'nGold', 'pSum', 'rSum'] as const;

const newCounts = (): Record<Role, Counts> => ({
  cue: { tp: 0, nPred: 0, nGold: 0, pSum: 0, rSum: 0 },
  source: { tp: 0, nPred: 0, nGold: 0, pSum: 0, rSum: 0 },
  content: { tp: 0, nPred: 0, nGold: 0, pSum: 0, rSum: 0 },
});

/**
 * sitrep's attributions in a raw text as cue, source and content spans. Parts of one interrupted
 * quotation share their cue: one attribution whose content is their envelope, as PolNeAR's
 * discontinuous content spans are scored.
 */
function predict(text: string): Record<Role, Span[]> {
  const pred: Record<Role, Span[]> = { cue: [], source: [], content: [] };
  const byCue = new Map<string, { q: QuoteMention; content: [number, number] }>();
  const groups: { q: QuoteMention; content: [number, number] }[] = [];
  for (const q of readQuotes(text)) {
    const c = q.direct ? widen(text, q.span[0], q.span[1]) : q.span;
    const part = withThat(text, c);
    const key = q.cue ? `${q.cue[0]}:${q.cue[1]}` : null;
    const g = key ? byCue.get(key) : undefined;
    if (g) {
      g.content = [Math.min(g.content[0], part[0]), Math.max(g.content[1], part[1])];
      continue;
    }
    const fresh = { q, content: [part[0], part[1]] as [number, number] };
    groups.push(fresh);
    if (key) byCue.set(key, fresh);
  }
  for (const { q, content } of groups) {
    if (q.cue) pred.cue.push(q.cue);
    if (q.source) pred.source.push(q.source);
    pred.content.push(content);
  }
  return pred;
}

/** An annotation's spans in the shape of a prediction: each (discontinuous) span as its envelope. */
function asPrediction(gold: Gold): Record<Role, Span[]> {
  const out: Record<Role, Span[]> = { cue: [], source: [], content: [] };
  for (const r of ROLES) for (const frags of gold[r]) out[r].push(envelopeSpan(frags));
  return out;
}

/** Exact and overlap P/R/F1 per role, as figures named `${role}F1`, `${role}OverlapF1`, … and table rows. */
function summarise(
  counts: Record<Role, Counts>,
  label = '',
): { figures: Figures; rows: (string | number)[][] } {
  const figures: Figures = {};
  const rows: (string | number)[][] = [];
  for (const r of ROLES) {
    const c = counts[r];
    const p = c.nPred ? c.tp / c.nPred : 0;
    const rc = c.nGold ? c.tp / c.nGold : 0;
    const op = c.nPred ? c.pSum / c.nPred : 0;
    const or = c.nGold ? c.rSum / c.nGold : 0;
    figures[`${r}Precision`] = p;
    figures[`${r}Recall`] = rc;
    figures[`${r}F1`] = f1(p, rc);
    figures[`${r}OverlapPrecision`] = op;
    figures[`${r}OverlapRecall`] = or;
    figures[`${r}OverlapF1`] = f1(op, or);
    rows.push([...(label ? [label] : []), r, c.nGold, c.nPred, p, rc, f1(p, rc), op, or, f1(op, or)]);
  }
  return { figures, rows };
}

const HEADER = [
  'span',
  'gold',
  'pred',
  'exact P',
  'exact R',
  'exact F1',
  'overlap P',
  'overlap R',
  'overlap F1',
];

/** The `.ann` files of a split directory, grouped by article (several when several annotators read it). */
function annotationsByArticle(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const files = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  for (const f of files) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    out.set(base, [...(out.get(base) ?? []), f]);
  }
  return out;
}

function readText(dir: string, base: string): string | null {
  try {
    return readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
  } catch {
    return null;
  }
}

/** Scores a PolNeAR split directory (`text/` + `attributions/`). */
export async function runPolnear(dir: string): Promise<{ table: string; figures: Figures }> {
  const counts = newCounts();
  let docs = 0;
  for (const [base, anns] of annotationsByArticle(dir)) {
    const text = readText(dir, base);
    if (text === null) continue;
    docs++;
    const gold = parseAnn(readFileSync(join(dir, 'attributions', anns[0]!), 'utf8'));
    const pred = predict(text);
    for (const r of ROLES) score(text, gold[r], pred[r], counts[r]);
  }
  const { figures, rows } = summarise(counts);
  return {
    table: `   ${docs} documents\n${formatTable(HEADER, rows)}`,
    figures: { documents: docs, ...figures },
  };
}

/**
 * Agreement between annotators under the same metric: on every article several annotators read,
 * each annotation is scored against each other one (every ordered pair, so precision and recall
 * pool both directions), added into `counts`.
 */
export function annotatorAgreement(
  text: string,
  annotations: readonly string[],
  counts: Record<Role, Counts>,
): void {
  const parsed = annotations.map(parseAnn);
  for (let i = 0; i < parsed.length; i++) {
    for (let j = 0; j < parsed.length; j++) {
      if (i === j) continue;
      const pred = asPrediction(parsed[j]!);
      for (const r of ROLES) score(text, parsed[i]![r], pred[r], counts[r]);
    }
  }
}

/** Human agreement on PolNeAR's multiply annotated articles, and sitrep against the same annotators. */
export async function runPolnearAgreement(root: string): Promise<{ table: string; figures: Figures }> {
  const figures: Figures = {};
  const rows: (string | number)[][] = [];
  const pooled = newCounts();
  for (const split of ['dev', 'train']) {
    const dir = join(root, split);
    let byArticle: Map<string, string[]>;
    try {
      byArticle = annotationsByArticle(dir);
    } catch {
      continue;
    }
    const humans = newCounts();
    const system = newCounts();
    let docs = 0;
    for (const [base, anns] of byArticle) {
      if (anns.length < 2) continue;
      const text = readText(dir, base);
      if (text === null) continue;
      docs++;
      const files = anns.map((f) => readFileSync(join(dir, 'attributions', f), 'utf8'));
      annotatorAgreement(text, files, humans);
      // sitrep's learned tables are fitted on train: its figure on train articles would flatter it.
      if (split === 'dev') {
        const pred = predict(text);
        for (const gold of files.map(parseAnn))
          for (const r of ROLES) score(text, gold[r], pred[r], system[r]);
      }
    }
    if (docs === 0) continue;
    for (const r of ROLES) for (const k of COUNT_KEYS) pooled[r][k] += humans[r][k];
    const h = summarise(humans, `annotators, ${split} (${docs} articles)`);
    figures[`annotators_${split}`] = { articles: docs, ...h.figures } as Record<string, number>;
    rows.push(...h.rows);
    if (split === 'dev') {
      const s = summarise(system, `sitrep vs each annotator, dev (${docs})`);
      figures.sitrep_dev = { articles: docs, ...s.figures } as Record<string, number>;
      rows.push(...s.rows);
    }
  }
  const all = summarise(pooled, 'annotators, all');
  Object.assign(figures, all.figures);
  rows.push(...all.rows);
  return { table: formatTable(['articles', ...HEADER], rows), figures };
}

/** Agreement of PolNeAR's annotators under the attribution metric: the ceiling the data allows. */
export const polnearAgreementTask: EvalTask = {
  name: 'polnear-agreement',
  description:
    'agreement of PolNeAR annotators (each against each) on multiply annotated articles, and sitrep against them',
  defaultData: 'datasets/polnear',
  run: runPolnearAgreement,
};

/** The PolNeAR dev task. */
export const polnearTask: EvalTask = {
  name: 'polnear',
  description: 'attribution (cue, source, content) on PolNeAR, exact and token-overlap F1',
  defaultData: 'datasets/polnear/dev',
  run: runPolnear,
};
