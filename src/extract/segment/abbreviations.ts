import { readFileSync } from 'node:fs';

/** How an abbreviation behaves at a sentence boundary; see the header of the lexicon file. */
export type AbbrevClass = 'title' | 'month' | 'numeric' | 'inline' | 'terminal' | 'name' | 'time';

/** The segmenters' English lexicon: abbreviations by class, and the word lists their heuristics consult. */
export interface SegmentLexicon {
  /** Abbreviations with their final period (`Gen.`, `U.S.`), case-sensitive. */
  readonly abbreviations: ReadonlyMap<string, AbbrevClass>;
  /** Capitalised words that commonly start a sentence (`The`, `He`, `However`). */
  readonly starters: ReadonlySet<string>;
  /** Words that continue a time of day after `a.m.`/`p.m.` (`Monday`, `Jan`, `GMT`). */
  readonly timeNext: ReadonlySet<string>;
}

const ABBREV_CLASSES: ReadonlySet<string> = new Set<AbbrevClass>([
  'title',
  'month',
  'numeric',
  'inline',
  'terminal',
  'name',
  'time',
]);

/** Parses the lexicon's `entry<TAB>class` lines; throws on a malformed line, naming it. */
export function parseLexicon(source: string, file = 'lexicon'): SegmentLexicon {
  const abbreviations = new Map<string, AbbrevClass>();
  const starters = new Set<string>();
  const timeNext = new Set<string>();
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [entry, cls, ...rest] = line.split(/\s+/);
    if (entry === undefined || cls === undefined || rest.length > 0) {
      throw new Error(`${file}:${n + 1}: expected "entry<TAB>class", got "${line}"`);
    }
    if (cls === 'starter') starters.add(entry);
    else if (cls === 'time-next') timeNext.add(entry);
    else if (ABBREV_CLASSES.has(cls)) {
      if (!entry.endsWith('.'))
        throw new Error(`${file}:${n + 1}: abbreviation "${entry}" must end with "."`);
      abbreviations.set(entry, cls as AbbrevClass);
    } else throw new Error(`${file}:${n + 1}: unknown class "${cls}"`);
  }
  return { abbreviations, starters, timeNext };
}

const LEXICON_URL = new URL('../../../lexicons/abbreviations.en.tsv', import.meta.url);

/** The English lexicon from `lexicons/abbreviations.en.tsv`, read once when the module loads. */
export const EN_LEXICON: SegmentLexicon = parseLexicon(
  readFileSync(LEXICON_URL, 'utf8'),
  LEXICON_URL.pathname,
);
