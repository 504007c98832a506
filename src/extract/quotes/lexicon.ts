import { readFileSync } from 'node:fs';
import type { Stance } from '../../model/mention.ts';
import { GENERAL_MIN_COUNT, GENERAL_MIN_PRECISION, GENERAL_WEAK_PRECISION } from './constants.ts';

/** Classes of speaker words (see `lexicons/quotes/speakers.en.tsv`). */
export type SpeakerClass = 'pronoun' | 'plural' | 'media' | 'group' | 'person' | 'stop';

/** The quote lexicons, parsed. */
export interface QuoteLexicon {
  /** Cue forms (lower-case, words joined by single spaces) to stance. */
  readonly cues: ReadonlyMap<string, Stance>;
  readonly cueMaxWords: number;
  /** First words of the cues, for a quick rejection. */
  readonly cueFirstWords: ReadonlySet<string>;
  /** A native test for sentences that may hold a cue (any first word, `according`, a colon). */
  readonly cueHint: RegExp;
  /** A native test for a phrase holding a media word (`media`, `agency`, `Interfax`). */
  readonly mediaHint: RegExp;
  readonly speakers: ReadonlyMap<string, SpeakerClass>;
  /** Cue forms of the general rule: the hand-written ones and those learned from PolNeAR train. */
  readonly general: ReadonlyMap<string, Stance>;
  /** Learned forms of lower precision, used only with a subject right before them. */
  readonly generalWeak: ReadonlySet<string>;
  readonly generalMaxWords: number;
  readonly generalFirst: ReadonlySet<string>;
}

/** Verbs of an estimate (`put the toll at 300`, `pegged the cost at $1 billion`), a claim when a figure follows. */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set([
  'put',
  'puts',
  'putting',
  'pegged',
  'pegs',
  'placed',
  'places',
]);

const STANCES: ReadonlySet<string> = new Set([
  'said',
  'claimed',
  'denied',
  'warned',
  'accused',
  'stressed',
  'added',
  'reported',
  'other',
]);
const CLASSES: ReadonlySet<string> = new Set(['pronoun', 'plural', 'media', 'group', 'person', 'stop']);

function rows(source: string, file: string): [string, string][] {
  const out: [string, string][] = [];
  source.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== 2) throw new Error(`${file}:${n + 1}: expected 2 tab-separated columns`);
    out.push([cells[0]!, cells[1]!]);
  });
  return out;
}

/** Rows of a learned cue file (`form, stance, gold, seen`); the counts are ignored here. */
function learnedRows(source: string): [string, string, boolean][] {
  const out: [string, string, boolean][] = [];
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.length < 4) throw new Error(`learned cues: expected 4 tab-separated columns: ${line}`);
    // Forms below the general rule's precision on train are kept in the file but not used; those
    // between the weak and the full precision are used only with a subject before them.
    const gold = Number(cells[2]);
    const precision = gold / Number(cells[3]);
    if (gold < GENERAL_MIN_COUNT || precision < GENERAL_WEAK_PRECISION) continue;
    out.push([cells[0]!, cells[1]!, precision < GENERAL_MIN_PRECISION]);
  }
  return out;
}

/** Parses the cue and speaker lexicons (and learned cues); throws on a malformed line, naming it. */
export function parseQuoteLexicon(cues: string, speakers: string, learned = ''): QuoteLexicon {
  const cueMap = new Map<string, Stance>();
  let cueMaxWords = 1;
  for (const [form, stance] of rows(cues, 'cues')) {
    if (!STANCES.has(stance)) throw new Error(`cues: unknown stance ${stance}`);
    if (!cueMap.has(form)) cueMap.set(form, stance as Stance);
    cueMaxWords = Math.max(cueMaxWords, form.split(' ').length);
  }
  const speakerMap = new Map<string, SpeakerClass>();
  for (const [word, cls] of rows(speakers, 'speakers')) {
    if (!CLASSES.has(cls)) throw new Error(`speakers: unknown class ${cls}`);
    speakerMap.set(word, cls as SpeakerClass);
  }
  const cueFirstWords = new Set([...cueMap.keys()].map((k) => k.split(' ')[0]!));
  const alternation = [...cueFirstWords, 'according', 'quoted', 'cited', ...ESTIMATE_VERBS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const cueHint = new RegExp(`\\b(?:${alternation})\\b|:`, 'i');
  const media = [...speakerMap].filter(([, c]) => c === 'media').map(([w]) => w);
  const mediaHint = new RegExp(`(?:^|[^\\p{L}])(?:${media.join('|')})(?![\\p{L}])`, 'iu');
  const general = new Map<string, Stance>();
  let generalMaxWords = 1;
  const generalWeak = new Set<string>();
  const learnedForms = learnedRows(learned);
  for (const [form, stance, weak] of [
    ...[...cueMap].map(([f, st]) => [f, st, false] as const),
    ...learnedForms,
  ]) {
    if (!STANCES.has(stance)) throw new Error(`learned cues: unknown stance ${stance}`);
    if (general.has(form)) continue;
    general.set(form, stance as Stance);
    if (weak) generalWeak.add(form);
    generalMaxWords = Math.max(generalMaxWords, form.split(' ').length);
  }
  const generalFirst = new Set([...general.keys()].map((k) => k.split(' ')[0]!));
  return {
    cues: cueMap,
    cueMaxWords,
    cueFirstWords,
    cueHint,
    mediaHint,
    speakers: speakerMap,
    general,
    generalWeak,
    generalMaxWords,
    generalFirst,
  };
}

const dir = new URL('../../../lexicons/quotes/', import.meta.url);

/** The English lexicon, read once when the module loads. */
export const EN_QUOTES: QuoteLexicon = parseQuoteLexicon(
  readFileSync(new URL('cues.en.tsv', dir), 'utf8'),
  readFileSync(new URL('speakers.en.tsv', dir), 'utf8'),
  readFileSync(new URL('cues.polnear.tsv', dir), 'utf8'),
);
