import { readFileSync } from 'node:fs';
import type { Qualifier } from '../../model/mention.ts';

/** Classes of number words (see `lexicons/quantities/numbers.en.tsv`). */
export type NumberWordClass = 'unit' | 'ten' | 'hundred' | 'scale' | 'vague' | 'few';
/** Classes of units (see `lexicons/quantities/units.en.tsv`). */
export type UnitClass = 'currency' | 'measure' | 'count';

/** A unit or counted noun: canonical name and class. */
export interface UnitEntry {
  readonly unit: string;
  readonly cls: UnitClass;
}

/** A word saying what happened to what a figure counts (see `lexicons/quantities/measures.en.tsv`). */
export interface MeasureEntry {
  readonly measure: string;
  /** `act`: a transitive verb (`killed`); `state`: said of its subject or naming it (`died`, `deaths`). */
  readonly kind: 'act' | 'state';
}

/** The quantity lexicons, parsed. */
export interface QuantityLexicon {
  readonly numbers: ReadonlyMap<string, { value: number; cls: NumberWordClass }>;
  /** Units by surface; multi-word surfaces are keyed with single spaces. */
  readonly units: ReadonlyMap<string, UnitEntry>;
  /** Longest unit surface, in words. */
  readonly unitMaxWords: number;
  readonly preHedges: ReadonlyMap<string, Qualifier>;
  readonly postHedges: ReadonlyMap<string, Qualifier>;
  /** Longest pre-hedge, in words. */
  readonly hedgeMaxWords: number;
  /** What happened to what a figure counts, by the word that says it (`killed`, `shot down`). */
  readonly measures: ReadonlyMap<string, MeasureEntry>;
}

function rows(source: string, file: string, columns: number): string[][] {
  const out: string[][] = [];
  source.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== columns)
      throw new Error(`${file}:${n + 1}: expected ${columns} tab-separated columns`);
    out.push(cells);
  });
  return out;
}

const QUALIFIERS: ReadonlySet<string> = new Set([
  'exact',
  'more_than',
  'less_than',
  'at_least',
  'at_most',
  'up_to',
  'about',
  'range',
  'vague',
]);

/** Parses the lexicon files; throws on a malformed line, naming it. */
export function parseQuantityLexicon(
  numbers: string,
  units: string,
  hedges: string,
  measures = '',
): QuantityLexicon {
  const numberMap = new Map<string, { value: number; cls: NumberWordClass }>();
  for (const [word, value, cls] of rows(numbers, 'numbers', 3)) {
    numberMap.set(word!, { value: Number(value), cls: cls as NumberWordClass });
  }
  const unitMap = new Map<string, UnitEntry>();
  let unitMaxWords = 1;
  for (const [surface, unit, cls] of rows(units, 'units', 3)) {
    if (cls !== 'currency' && cls !== 'measure' && cls !== 'count')
      throw new Error(`units: unknown class ${cls}`);
    unitMap.set(surface!, { unit: unit!, cls });
    unitMaxWords = Math.max(unitMaxWords, surface!.split(' ').length);
  }
  const pre = new Map<string, Qualifier>();
  const post = new Map<string, Qualifier>();
  let hedgeMaxWords = 1;
  for (const [phrase, q, position] of rows(hedges, 'hedges', 3)) {
    if (!QUALIFIERS.has(q!)) throw new Error(`hedges: unknown qualifier ${q}`);
    if (position === 'pre') {
      pre.set(phrase!, q as Qualifier);
      hedgeMaxWords = Math.max(hedgeMaxWords, phrase!.split(' ').length);
    } else post.set(phrase!, q as Qualifier);
  }
  const measureMap = new Map<string, MeasureEntry>();
  for (const [form, measure, kind] of rows(measures, 'measures', 3)) {
    if (form!.split(' ').length > 2) throw new Error(`measures: ${form} has more than two words`);
    if (kind !== 'act' && kind !== 'state') throw new Error(`measures: unknown kind ${kind}`);
    measureMap.set(form!, { measure: measure!, kind });
  }
  return {
    numbers: numberMap,
    units: unitMap,
    unitMaxWords,
    preHedges: pre,
    postHedges: post,
    hedgeMaxWords,
    measures: measureMap,
  };
}

const dir = new URL('../../../lexicons/quantities/', import.meta.url);
const load = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** The English lexicon, read once when the module loads. */
export const EN_QUANTITIES: QuantityLexicon = parseQuantityLexicon(
  load('numbers.en.tsv'),
  load('units.en.tsv'),
  load('hedges.en.tsv'),
  load('measures.en.tsv'),
);

const PREFIXES = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

/**
 * The phrases that open a longer key of `map` (a key's first words, joined by single spaces):
 * a phrase outside the set opens no key, so a lookup of it and a longer phrase is passed over.
 * Computed once per map.
 */
export function keyPrefixes(map: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let set = PREFIXES.get(map);
  if (!set) {
    const prefixes = new Set<string>();
    for (const key of map.keys()) {
      const ws = key.split(' ');
      for (let m = 1; m < ws.length; m++) prefixes.add(ws.slice(0, m).join(' '));
    }
    set = prefixes;
    PREFIXES.set(map, set);
  }
  return set;
}
