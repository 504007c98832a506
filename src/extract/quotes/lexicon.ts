import { readFileSync } from 'node:fs';
import type { Stance } from '../../model/mention.ts';
import type { Word } from '../quantities/words.ts';
import {
  GENERAL_MIN_COUNT,
  GENERAL_MIN_PRECISION,
  GENERAL_RARE_COUNT,
  GENERAL_WEAK_PRECISION,
} from './constants.ts';
import { type CueModel, parseCueModel } from './cue-model.ts';
import { parseSpanModel, type SpanModel } from './span-model.ts';
import { parseVerifyModel, type VerifyModel } from './verify.ts';

/** Classes of speaker words (see `lexicons/quotes/speakers.en.tsv`). */
export type SpeakerClass = 'pronoun' | 'plural' | 'media' | 'group' | 'person' | 'stop' | 'mute';

/** The quote lexicons, parsed. */
export interface QuoteLexicon {
  /** Cue forms (lower-case, words joined by single spaces) to stance. */
  readonly cues: ReadonlyMap<string, Stance>;
  /** Cue forms that report speech only beside a quotation (`continued`, `went on`). */
  readonly quoteOnly: ReadonlySet<string>;
  readonly cueMaxWords: number;
  /** Every proper prefix of a cue of several words (`according`): a longer match is looked for only past one. */
  readonly cuePrefixes: ReadonlySet<string>;
  /** First words of the cues, for a quick rejection. */
  readonly cueFirstWords: ReadonlySet<string>;
  /** A native test for sentences that may hold a cue (any first word, `according`, a colon). */
  readonly cueHint: RegExp;
  /** The same words as a set, for a sentence already scanned into words (a colon is tested apart). */
  readonly hintWords: ReadonlySet<string>;
  /** A native test for a phrase holding a media word (`media`, `agency`, `Interfax`). */
  readonly mediaHint: RegExp;
  readonly speakers: ReadonlyMap<string, SpeakerClass>;
  /** Cue forms of the general rule: the hand-written ones and those learned from PolNeAR train. */
  readonly general: ReadonlyMap<string, Stance>;
  /** Learned forms of lower precision, used only with a subject right before them. */
  readonly generalWeak: ReadonlySet<string>;
  readonly generalMaxWords: number;
  /** Every proper prefix of a general form of several words. */
  readonly generalPrefixes: ReadonlySet<string>;
  readonly generalFirst: ReadonlySet<string>;
  /** Words of belief, intention and perception (`beliefs.en.tsv`): learned cues holding one are `believed`. */
  readonly beliefs: ReadonlySet<string>;
  /** The contextual cue classifier, when loaded (cues no lexicon form holds: `thinks`, `plans`). */
  readonly classifier?: CueModel;
  /** The learned source and content span finder, when loaded (`models/spans-en.json`). */
  readonly spans?: SpanModel;
  /** The learned verifier of reported speech, when loaded (`models/verify-en.json`). */
  readonly verifier?: VerifyModel;
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
  'believed',
  'other',
]);
const CLASSES: ReadonlySet<string> = new Set([
  'pronoun',
  'plural',
  'media',
  'group',
  'person',
  'stop',
  'mute',
]);

/** Rows of a two-column lexicon; `flag` names an optional third column's only allowed value. */
function rows(source: string, file: string, flag?: string): [string, string, boolean][] {
  const out: [string, string, boolean][] = [];
  source.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    const flagged = flag !== undefined && cells.length === 3 && cells[2] === flag;
    if (cells.length !== 2 && !flagged) {
      const want = flag ? `2 tab-separated columns, or 3 with \`${flag}\`` : '2 tab-separated columns';
      throw new Error(`${file}:${n + 1}: expected ${want}`);
    }
    out.push([cells[0]!, cells[1]!, flagged]);
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
    if (gold < GENERAL_RARE_COUNT || precision < GENERAL_WEAK_PRECISION) continue;
    out.push([cells[0]!, cells[1]!, precision < GENERAL_MIN_PRECISION || gold < GENERAL_MIN_COUNT]);
  }
  return out;
}

/**
 * True when a learned form is a quote-only cue, or starts with one and holds no other cue word
 * (`continued to` is aspect; `went on to say` holds `say`).
 */
export function quoteOnlyForm(
  form: string,
  quoteOnly: ReadonlySet<string>,
  cues: ReadonlyMap<string, Stance>,
): boolean {
  if (quoteOnly.has(form)) return true;
  const words = form.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    if (!quoteOnly.has(words.slice(0, n).join(' '))) continue;
    return !words.slice(n).some((w) => cues.has(w) && !quoteOnly.has(w));
  }
  return false;
}

/** The proper prefixes of the forms of several words (`according` of `according to`). */
function prefixesOf(forms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const f of forms) {
    const parts = f.split(' ');
    for (let n = 1; n < parts.length; n++) out.add(parts.slice(0, n).join(' '));
  }
  return out;
}

/** Parses the cue and speaker lexicons (and learned cues); throws on a malformed line, naming it. */
export function parseQuoteLexicon(
  cues: string,
  speakers: string,
  learned = '',
  beliefList = '',
  classifier?: CueModel,
  spans?: SpanModel,
  verifier?: VerifyModel,
): QuoteLexicon {
  const beliefs = new Set(
    beliefList
      .split('\n')
      .map((l) => l.replace(/\r$/, '').trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
  const cueMap = new Map<string, Stance>();
  const quoteOnly = new Set<string>();
  let cueMaxWords = 1;
  for (const [written, stance, only] of rows(cues, 'cues', 'quote-only')) {
    if (!STANCES.has(stance)) throw new Error(`cues: unknown stance ${stance}`);
    for (const form of withBritish(written)) {
      if (!cueMap.has(form)) cueMap.set(form, stance as Stance);
      if (only) quoteOnly.add(form);
    }
    cueMaxWords = Math.max(cueMaxWords, written.split(' ').length);
  }
  const speakerMap = new Map<string, SpeakerClass>();
  for (const [word, cls] of rows(speakers, 'speakers')) {
    if (!CLASSES.has(cls)) throw new Error(`speakers: unknown class ${cls}`);
    speakerMap.set(word, cls as SpeakerClass);
  }
  const cueFirstWords = new Set([...cueMap.keys()].map((k) => k.split(' ')[0]!));
  const hintWords = new Set([...cueFirstWords, 'according', 'quoted', 'cited', ...ESTIMATE_VERBS]);
  const alternation = [...hintWords]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const cueHint = new RegExp(`\\b(?:${alternation})\\b|:`, 'i');
  const media = [...speakerMap].filter(([, c]) => c === 'media').map(([w]) => w);
  const mediaHint = new RegExp(`(?:^|[^\\p{L}])(?:${media.join('|')})(?![\\p{L}])`, 'iu');
  const general = new Map<string, Stance>();
  let generalMaxWords = 1;
  const generalWeak = new Set<string>();
  const learnedForms = learnedRows(learned).flatMap(([form, stance, weak]) =>
    withBritish(form).map((f) => [f, stance, weak] as const),
  );
  for (const [form, stance, weak] of [
    ...[...cueMap].map(([f, st]) => [f, st, false] as const),
    ...learnedForms,
  ]) {
    if (!STANCES.has(stance)) throw new Error(`learned cues: unknown stance ${stance}`);
    // Learning counts "he continued" beside quotations; the general rule has no quotation to lean on.
    if (general.has(form) || quoteOnlyForm(form, quoteOnly, cueMap)) continue;
    // A learned stance of belief or intention (`wants`, `plans to`) is not speech.
    general.set(form, learnedStance(stance, form, beliefs));
    if (weak) generalWeak.add(form);
    generalMaxWords = Math.max(generalMaxWords, form.split(' ').length);
  }
  const generalFirst = new Set([...general.keys()].map((k) => k.split(' ')[0]!));
  return {
    cuePrefixes: prefixesOf(cueMap.keys()),
    generalPrefixes: prefixesOf(general.keys()),
    cues: cueMap,
    quoteOnly,
    cueMaxWords,
    cueFirstWords,
    cueHint,
    hintWords,
    mediaHint,
    speakers: speakerMap,
    general,
    generalWeak,
    generalMaxWords,
    generalFirst,
    beliefs,
    classifier,
    spans,
    verifier,
  };
}

/**
 * A form and its British spelling, when it differs: `-ize` forms as `-ise` (`criticized` →
 * `criticised`), and an `-aled`/`-eled`/`-aling`/`-eling` after a consonant with its `l` doubled
 * (`signaled` → `signalled`, `labeling` → `labelling`). A variant that is no word (`inhalled`) never
 * meets a text, so the rule need not know which verbs double.
 */
export function withBritish(form: string): string[] {
  const british = form
    .split(' ')
    .map((w) =>
      w
        .replace(/iz(e|ed|es|ing|ation)$/, 'is$1')
        .replace(/([^aeiou][ae])l(ed|ing)$/, (m, v: string, end: string) =>
          w.length >= 7 ? `${v}ll${end}` : m,
        ),
    )
    .join(' ');
  return british === form ? [form] : [form, british];
}

/** The stance of a learned form: `believed` when it is `other` and holds a word of belief. */
function learnedStance(stance: string, form: string, beliefs: ReadonlySet<string>): Stance {
  return stance === 'other' && form.split(' ').some((w) => beliefs.has(w)) ? 'believed' : (stance as Stance);
}

/** How the general lexicon holds word k as a one-word cue: a classifier feature. */
export function lexiconClass(lex: QuoteLexicon, words: readonly Word[], k: number): string {
  const lw = words[k]!.lower;
  if (lex.general.has(lw)) return lex.generalWeak.has(lw) ? 'weak' : 'strong';
  return lex.generalFirst.has(lw) ? 'first' : 'none';
}

const dir = new URL('../../../lexicons/quotes/', import.meta.url);

/**
 * A model file: the path in `variable` (or `none` to run without it), else the committed `file`;
 * an unreadable file is an error naming it and the script that writes it.
 */
function modelFile<M>(
  variable: string,
  file: string,
  what: string,
  script: string,
  parse: (json: string, name: string) => M,
): M | undefined {
  const env = process.env[variable];
  if (env === 'none') return undefined;
  const name = env ?? file;
  let json: string;
  try {
    json = readFileSync(env ?? new URL(`../../../${file}`, import.meta.url), 'utf8');
  } catch (e) {
    throw new Error(`${name}: cannot read the ${what} (${(e as Error).message}); run npm run ${script}`);
  }
  return parse(json, name);
}

/** The cue classifier's file: `SITREP_CUE_MODEL` (a path, or `none` while training one), else the committed model. */
function cueModel(): CueModel | undefined {
  return modelFile('SITREP_CUE_MODEL', 'models/cues-en.json', 'cue model', 'train:cues', parseCueModel);
}

/** The span model's file: `SITREP_SPAN_MODEL` (a path, or `none` to run the rules' spans alone), else the committed model. */
function spanModel(): SpanModel | undefined {
  return modelFile('SITREP_SPAN_MODEL', 'models/spans-en.json', 'span model', 'train:spans', parseSpanModel);
}

/** The verifier's file: `SITREP_VERIFY_MODEL` (a path, or `none` to keep every attribution the rules make), else the committed model. */
function verifyModel(): VerifyModel | undefined {
  return modelFile(
    'SITREP_VERIFY_MODEL',
    'models/verify-en.json',
    'verifier',
    'train:verify',
    parseVerifyModel,
  );
}

/**
 * The English lexicon files' texts (cues, speakers, learned cues, beliefs), without the classifier.
 * `SITREP_LEARNED_CUES` names another learned-cue file (one learned on part of train, for held-out
 * figures).
 */
export function enLexiconSources(): [string, string, string, string] {
  const learned = process.env.SITREP_LEARNED_CUES;
  return [
    readFileSync(new URL('cues.en.tsv', dir), 'utf8'),
    readFileSync(new URL('speakers.en.tsv', dir), 'utf8'),
    readFileSync(learned ?? new URL('cues.polnear.tsv', dir), 'utf8'),
    readFileSync(new URL('beliefs.en.tsv', dir), 'utf8'),
  ];
}

/** The English lexicon with the cue classifier (`models/cues-en.json`) and span model (`models/spans-en.json`), read once when the module loads. */
export const EN_QUOTES: QuoteLexicon = parseQuoteLexicon(
  ...enLexiconSources(),
  cueModel(),
  spanModel(),
  verifyModel(),
);
