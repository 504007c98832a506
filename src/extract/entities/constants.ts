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

/** Averaged weights whose largest magnitude (in units of the quantisation step) is below this are pruned. */
export const PRUNE_STEPS = 1;

/** The committed model file, relative to the repository root. */
export const MODEL_FILE = 'models/ner-en.bin.gz';
