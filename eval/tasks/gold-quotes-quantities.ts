/**
 * The project's own gold set for quotes and quantities (`eval/gold/quotes-quantities.json`, hand
 * annotation of sample articles in examples/ and of articles of other kinds written for annotation in
 * eval/gold/articles/). Each file is read through the real path (ingest adapter → finalizeSource →
 * buildDocument, so every stage in the table runs). A gold item is matched to the system item with the
 * largest overlap of its snippet; per field, precision is correct / system items and recall correct /
 * gold items (`about` only over items that state it); on equal overlap the shorter system item wins. Figures are given for the whole set (names
 * `quote:…`, `quantity:…`) and for each part apart (`samples.…` for examples/, `otherNews.…` for
 * eval/gold/articles/). With SITREP_EVAL_DEBUG set, every match and every unmatched system item is
 * printed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import type { DocumentJson } from '../../src/model/document.ts';
import { isFailure } from '../../src/model/source.ts';
import { type EvalTask, type Figures, f1, formatTable } from '../lib/task.ts';

interface GoldQuote {
  content: string;
  direct: boolean;
  speaker: string | null;
  via: string | null;
}
interface GoldQuantity {
  figure: string;
  occurrence?: number;
  value: number;
  max: number | null;
  unit: string[] | string | null;
  qualifier: string;
  about: string[] | null;
}
interface GoldDoc {
  file: string;
  quotes: GoldQuote[];
  quantities: GoldQuantity[];
}

const repo = resolve(fileURLToPath(import.meta.url), '../../..');

function spanOf(text: string, snippet: string, occurrence = 1): [number, number] | null {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(snippet, at + 1);
    if (at < 0) return null;
  }
  return [at, at + snippet.length];
}

/**
 * A unit as compared: case and spacing aside, a rate written `X per Y` is `X/Y` (the gold's
 * `GBP per patient` and the stage's `GBP/patient` are one unit), and a number in it is the same
 * with or without its thousands separators (`cases per 1,000 person-years` and the stage's
 * `cases/1000 person-years`).
 */
export function unitKey(unit: string | null): string | null {
  return unit === null
    ? null
    : unit
        .toLowerCase()
        .replace(/\s+per\s+/g, '/')
        .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}

function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * The unused system item with the largest overlap of the gold span; on a tie the shorter item, so
 * that a tight item is not passed over for a longer one that merely contains the snippet.
 */
function bestMatch(
  items: readonly { span: readonly [number, number] }[],
  used: Set<number>,
  span: [number, number],
): number {
  let best = -1;
  let bestOverlap = 0;
  let bestLength = Number.POSITIVE_INFINITY;
  items.forEach((x, i) => {
    if (used.has(i)) return;
    const o = overlap(x.span, span);
    const length = x.span[1] - x.span[0];
    if (o > bestOverlap || (o > 0 && o === bestOverlap && length < bestLength)) {
      best = i;
      bestOverlap = o;
      bestLength = length;
    }
  });
  return best;
}

/** Every name a reference may go by: the entity's name and mention texts, and the written text. */
function names(out: DocumentJson, ref: string | null, text: string | null): string[] {
  const e = ref ? out.entities.find((x) => x.id === ref) : undefined;
  const all = e ? [e.name, ...e.mentions.map((m) => m.text)] : [];
  if (text) all.push(text);
  if (ref && !e) all.push(ref);
  return all.map((s) => s.toLowerCase());
}

function sameName(forms: readonly string[], gold: string): boolean {
  const g = gold.toLowerCase();
  return forms.some((f) => f.includes(g) || (f.length >= 4 && g.includes(f)));
}

class Tally {
  readonly rows = new Map<string, { correct: number; pred: number; gold: number }>();
  add(field: string, correct: boolean, pred: number, gold: number): void {
    const r = this.rows.get(field) ?? { correct: 0, pred: 0, gold: 0 };
    r.correct += correct ? 1 : 0;
    r.pred += pred;
    r.gold += gold;
    this.rows.set(field, r);
  }
}

function readDoc(file: string): DocumentJson {
  const path = resolve(repo, file);
  // A dateline without a year takes it from the ingest day below, as `sitrep ingest` does.
  const [doc] = readSource(path, readFileSync(path, 'utf8'), { referenceYear: 2022 });
  if (!doc || isFailure(doc)) throw new Error(`${file}: did not read`);
  return buildDocument(finalizeSource(doc, new Date('2022-02-01T00:00:00Z')));
}

/** The parts of the gold set, told apart by the folder of the file; figures are also given per part. */
const PARTS = [
  { name: 'samples', label: 'sample articles (examples/)', prefix: 'examples/' },
  { name: 'otherNews', label: 'other news (eval/gold/articles/)', prefix: 'eval/gold/articles/' },
] as const;

/** The quote and quantity tallies of one part of the set (or of the whole). */
interface Part {
  readonly name: string | null;
  readonly label: string;
  readonly quotes: Tally;
  readonly quantities: Tally;
  docs: number;
}

function newPart(name: string | null, label: string): Part {
  return { name, label, quotes: new Tally(), quantities: new Tally(), docs: 0 };
}

const debug = (...args: unknown[]): void => {
  if (process.env.SITREP_EVAL_DEBUG) console.log(...args);
};

/** Scores one gold document into every tally of `parts` (the whole set and its part). */
function scoreDoc(g: GoldDoc, out: DocumentJson, parts: readonly Part[], missing: string[]): void {
  const text = out.text;
  const quotes = {
    add(f: string, c: boolean, p: number, n: number): void {
      for (const x of parts) x.quotes.add(f, c, p, n);
    },
  };
  const quantities = {
    add(f: string, c: boolean, p: number, n: number): void {
      for (const x of parts) x.quantities.add(f, c, p, n);
    },
  };
  for (const x of parts) x.docs++;
  debug(`\n## ${g.file}`);
  // Quotes.
  const usedQ = new Set<number>();
  for (const f of ['detection', 'speaker', 'via', 'direct', 'speaker+via'])
    quotes.add(f, false, out.quotes.length, 0);
  for (const gq of g.quotes) {
    for (const f of ['detection', 'speaker', 'via', 'direct', 'speaker+via']) quotes.add(f, false, 0, 1);
    const span = spanOf(text, gq.content);
    if (!span) {
      missing.push(`${g.file}: quote snippet not in text: ${gq.content}`);
      continue;
    }
    const best = bestMatch(out.quotes, usedQ, span);
    if (best < 0) {
      debug('Q MISSED', JSON.stringify(gq.content), 'gold:', gq.speaker, gq.via, gq.direct);
      continue;
    }
    usedQ.add(best);
    const q = out.quotes[best]!;
    const speakerOk =
      gq.speaker === null
        ? q.speakerText === null
        : sameName(names(out, q.speaker, q.speakerText), gq.speaker);
    const viaOk =
      gq.via === null ? q.viaText === null && q.via === null : sameName(names(out, q.via, q.viaText), gq.via);
    debug(
      `Q ${speakerOk ? '' : 'SPEAKER '}${viaOk ? '' : 'VIA '}${q.direct === gq.direct ? '' : 'DIRECT '}`,
      JSON.stringify(gq.content.slice(0, 60)),
      `gold: ${gq.speaker} | ${gq.via} | ${gq.direct}`,
      `system: ${q.speakerText} | ${q.viaText} | ${q.direct}`,
      JSON.stringify(q.text.slice(0, 80)),
    );
    quotes.add('detection', true, 0, 0);
    quotes.add('speaker', speakerOk, 0, 0);
    quotes.add('via', viaOk, 0, 0);
    quotes.add('direct', q.direct === gq.direct, 0, 0);
    quotes.add('speaker+via', speakerOk && viaOk, 0, 0);
  }
  out.quotes.forEach((q, i) => {
    if (!usedQ.has(i))
      debug('Q EXTRA', JSON.stringify(q.text.slice(0, 80)), `system: ${q.speakerText} | ${q.viaText}`);
  });
  // Quantities.
  const usedN = new Set<number>();
  for (const q of out.quantities) {
    for (const f of ['detection', 'value', 'unit', 'qualifier', 'value+unit+qualifier'])
      quantities.add(f, false, 1, 0);
    if (q.about !== null) quantities.add('about', false, 1, 0);
  }
  for (const gn of g.quantities) {
    for (const f of ['detection', 'value', 'unit', 'qualifier', 'value+unit+qualifier'])
      quantities.add(f, false, 0, 1);
    if (gn.about) quantities.add('about', false, 0, 1);
    const span = spanOf(text, gn.figure, gn.occurrence);
    if (!span) {
      missing.push(`${g.file}: figure snippet not in text: ${gn.figure}`);
      continue;
    }
    const best = bestMatch(out.quantities, usedN, span);
    if (best < 0) {
      debug('N MISSED', JSON.stringify(gn.figure));
      continue;
    }
    usedN.add(best);
    const q = out.quantities[best]!;
    const units: (string | null)[] = gn.unit === null ? [null] : Array.isArray(gn.unit) ? gn.unit : [gn.unit];
    const valueOk = q.value === gn.value && q.max === gn.max;
    const unitOk = units.some((u) => unitKey(u) === unitKey(q.unit));
    const qualOk = q.qualifier === gn.qualifier;
    const aboutName = q.about === null ? null : names(out, q.about, q.about);
    const aboutOk = gn.about && aboutName ? gn.about.some((a) => sameName(aboutName, a)) : null;
    debug(
      `N ${valueOk ? '' : 'VALUE '}${unitOk ? '' : 'UNIT '}${qualOk ? '' : 'QUALIFIER '}${aboutOk === false ? 'ABOUT ' : ''}`,
      JSON.stringify(gn.figure),
      `gold: ${gn.value}${gn.max === null ? '' : `-${gn.max}`} ${JSON.stringify(gn.unit)} ${gn.qualifier} ${JSON.stringify(gn.about)}`,
      `system: ${JSON.stringify(q.text)} ${q.value}${q.max === null ? '' : `-${q.max}`} ${q.unit} ${q.qualifier} ${aboutName ? aboutName[0] : null}`,
    );
    quantities.add('detection', true, 0, 0);
    quantities.add('value', valueOk, 0, 0);
    quantities.add('unit', unitOk, 0, 0);
    quantities.add('qualifier', qualOk, 0, 0);
    quantities.add('value+unit+qualifier', valueOk && unitOk && qualOk, 0, 0);
    if (aboutOk !== null) quantities.add('about', aboutOk, 0, 0);
  }
  out.quantities.forEach((q, i) => {
    if (!usedN.has(i))
      debug(
        'N EXTRA',
        JSON.stringify(q.text),
        `system: ${q.value}${q.max === null ? '' : `-${q.max}`} ${q.unit} ${q.qualifier}`,
      );
  });
}

/** The rows and figures of one part; `prefix` is put before each figure name (empty for the whole set). */
function report(part: Part, prefix: string, figures: Figures): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const [kind, tally] of [
    ['quote', part.quotes],
    ['quantity', part.quantities],
  ] as const) {
    for (const [field, r] of tally.rows) {
      const p = r.pred ? r.correct / r.pred : 0;
      const rc = r.gold ? r.correct / r.gold : 0;
      figures[`${prefix}${kind}:${field}`] = { precision: p, recall: rc, f1: f1(p, rc) };
      rows.push([kind, field, r.gold, r.pred, r.correct, p, rc, f1(p, rc)]);
    }
  }
  return rows;
}

/** Scores the gold file at `path`: the whole set, then each part apart. */
export async function runGold(path: string): Promise<{ table: string; figures: Figures }> {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { documents: GoldDoc[] };
  const whole = newPart(null, 'whole set');
  const parts = PARTS.map((p) => newPart(p.name, p.label));
  const missing: string[] = [];
  for (const g of gold.documents) {
    const i = PARTS.findIndex((p) => g.file.startsWith(p.prefix));
    scoreDoc(g, readDoc(g.file), i < 0 ? [whole] : [whole, parts[i]!], missing);
  }
  const figures: Figures = {};
  const header = ['kind', 'field', 'gold', 'system', 'correct', 'P', 'R', 'F1'];
  const out: string[] = [];
  for (const part of [whole, ...parts]) {
    if (part.name !== null && part.docs === 0) continue;
    const rows = report(part, part.name === null ? '' : `${part.name}.`, figures);
    out.push(`   ${part.label}: ${part.docs} documents`, formatTable(header, rows), '');
  }
  return {
    table: [...out, ...missing.map((m) => `   warning: ${m}`)].join('\n').trimEnd(),
    figures,
  };
}

/** The project's gold set for quotes and quantities. */
export const goldQuotesQuantities: EvalTask = {
  name: 'gold-quotes-quantities',
  description:
    "quotes (speaker, via, direct) and quantities (value, unit, qualifier, about) on the project's gold set",
  // Absolute, so the runner's `resolve(shared, defaultData)` keeps it: the gold set lives in the repo.
  defaultData: resolve(repo, 'eval/gold/quotes-quantities.json'),
  run: runGold,
};
