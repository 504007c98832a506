/** Tunables of the entity stage and its tagger. */

/** CoNLL-2003 entity types the tagger predicts. */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

/** Longest gazetteer phrase, in tokens. */
export const GAZ_MAX_TOKENS = 6;

/** How far back (in tokens) the extended prediction history looks within a document. */
export const HISTORY_WINDOW = 1000;

/** Training epochs and seed of `npm run train:ner`. */
export const TRAIN_EPOCHS = 12;
export const TRAIN_SEED = 20031;
/** Perceptrons (one per document order) whose weights are averaged into the model. */
export const TRAIN_RUNS = 3;
/** Beam width of the decoder trained by `npm run train:ner` (1: greedy); `--beam N` overrides. */
export const TRAIN_BEAM = 4;
/** Label lexicon (jackknifed over train) and context-cue features; `--no-lexicon`/`--no-cues` override. */
export const TRAIN_LEXICON = true;
export const TRAIN_CUES = false;

/** Averaged weights whose largest magnitude (in units of the quantisation step) is below this are pruned. */
export const PRUNE_STEPS = 1;

/** The committed model file, relative to the repository root. */
export const MODEL_FILE = 'models/ner-en.bin';

/** Distinct words whose feature scores the run-time tagger keeps (the cache is cleared when full). */
export const TAGGER_CACHE_WORDS = 50_000;

/**
 * Summed label-word scores the tagger keeps (numbers, 17 per word and previous label; 2^21 is
 * 16 MB): checked with TAGGER_CACHE_WORDS between documents, both are cleared when either is full.
 */
export const TAGGER_CACHE_LABEL_WORD_SCORES = 1 << 21;

/** Distinct names per CoNLL type whose sitrep type and facts are kept (the cache is cleared when full). */
export const TYPED_CACHE_NAMES = 20_000;

/** Verbs (and `as` of "as saying") that make a person next to them a speaker. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'warned',
  'stressed',
  'claimed',
  'noted',
  'announced',
  'wrote',
  'insisted',
  'explained',
  'argued',
  'denied',
  'replied',
  'asked',
  'declared',
  'stated',
]);

/** Pronouns resolved in attributions. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Common nouns that head an organisation (`the ministry`, `Belarus’ defense ministry`). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry',
  'government',
  'parliament',
  'army',
  'military',
  'staff',
  'council',
  'agency',
  'service',
  'committee',
  'cabinet',
  'forces',
  'commission',
  'administration',
]);

/** Nouns of descriptors that stand for a country's leader. */
export const LEADER_HEADS: ReadonlySet<string> = new Set([
  'leader',
  'president',
  'ruler',
  'strongman',
  'dictator',
  'autocrat',
  'premier',
]);

/** Former Soviet republics other than Russia, by ISO code: what "the ex-Soviet republic" may refer to. */
export const EX_SOVIET: ReadonlySet<string> = new Set([
  'BY',
  'UA',
  'MD',
  'GE',
  'AM',
  'AZ',
  'KZ',
  'KG',
  'TJ',
  'TM',
  'UZ',
  'LT',
  'LV',
  'EE',
]);

/** Most context-aggregation features a word collects from its other occurrences in a document. */
export const AGGREGATE_MAX = 12;
