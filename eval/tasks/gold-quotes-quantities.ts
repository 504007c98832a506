/**
 * The project's own gold set for quotes and quantities (`eval/gold/quotes-quantities.json`, hand
 * annotation of sample articles in examples/). Each file is read through the real path (ingest
 * adapter → finalizeSource → buildDocument, so every stage in the table runs). A gold item is
 * matched to the system item with the largest overlap of its snippet; per field, precision is
 * correct / system items and recall correct / gold items (`about` only over items that state it).
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

function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
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

/** Scores the gold file at `path`. */
export async function runGold(path: string): Promise<{ table: string; figures: Figures }> {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { documents: GoldDoc[] };
  const quotes = new Tally();
  const quantities = new Tally();
  const missing: string[] = [];
  for (const g of gold.documents) {
    const out = readDoc(g.file);
    const text = out.text;
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
      let best = -1;
      let bestOverlap = 0;
      out.quotes.forEach((q, i) => {
        const o = overlap(q.span, span);
        if (!usedQ.has(i) && o > bestOverlap) {
          best = i;
          bestOverlap = o;
        }
      });
      if (best < 0) {
        if (process.env.SITREP_EVAL_DEBUG) console.log('Q MISSED', gq.content);
        continue;
      }
      usedQ.add(best);
      const q = out.quotes[best]!;
      if (process.env.SITREP_EVAL_DEBUG)
        console.log('Q', JSON.stringify(gq.content.slice(0, 40)), '=>', q.speakerText, q.viaText, q.direct);
      const speakerOk =
        gq.speaker === null
          ? q.speakerText === null
          : sameName(names(out, q.speaker, q.speakerText), gq.speaker);
      const viaOk =
        gq.via === null
          ? q.viaText === null && q.via === null
          : sameName(names(out, q.via, q.viaText), gq.via);
      quotes.add('detection', true, 0, 0);
      quotes.add('speaker', speakerOk, 0, 0);
      quotes.add('via', viaOk, 0, 0);
      quotes.add('direct', q.direct === gq.direct, 0, 0);
      quotes.add('speaker+via', speakerOk && viaOk, 0, 0);
    }
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
      let best = -1;
      let bestOverlap = 0;
      out.quantities.forEach((q, i) => {
        const o = overlap(q.span, span);
        if (!usedN.has(i) && o > bestOverlap) {
          best = i;
          bestOverlap = o;
        }
      });
      if (best < 0) {
        if (process.env.SITREP_EVAL_DEBUG) console.log('N MISSED', gn.figure);
        continue;
      }
      usedN.add(best);
      const q = out.quantities[best]!;
      if (process.env.SITREP_EVAL_DEBUG)
        console.log('N', gn.figure, '=>', q.text, q.value, q.unit, q.qualifier, q.about);
      const units: (string | null)[] =
        gn.unit === null ? [null] : Array.isArray(gn.unit) ? gn.unit : [gn.unit];
      const valueOk = q.value === gn.value && q.max === gn.max;
      const unitOk = units.includes(q.unit);
      const qualOk = q.qualifier === gn.qualifier;
      quantities.add('detection', true, 0, 0);
      quantities.add('value', valueOk, 0, 0);
      quantities.add('unit', unitOk, 0, 0);
      quantities.add('qualifier', qualOk, 0, 0);
      quantities.add('value+unit+qualifier', valueOk && unitOk && qualOk, 0, 0);
      if (gn.about && q.about !== null) {
        quantities.add(
          'about',
          gn.about.some((a) => sameName(names(out, q.about, q.about), a)),
          0,
          0,
        );
      }
    }
  }
  const figures: Figures = {};
  const rows: (string | number)[][] = [];
  for (const [kind, tally] of [
    ['quote', quotes],
    ['quantity', quantities],
  ] as const) {
    for (const [field, r] of tally.rows) {
      const p = r.pred ? r.correct / r.pred : 0;
      const rc = r.gold ? r.correct / r.gold : 0;
      figures[`${kind}:${field}`] = { precision: p, recall: rc, f1: f1(p, rc) };
      rows.push([kind, field, r.gold, r.pred, r.correct, p, rc, f1(p, rc)]);
    }
  }
  const table = formatTable(['kind', 'field', 'gold', 'system', 'correct', 'P', 'R', 'F1'], rows);
  return {
    table: [`   ${gold.documents.length} documents`, table, ...missing.map((m) => `   warning: ${m}`)].join(
      '\n',
    ),
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
