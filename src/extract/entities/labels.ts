import { CONLL_TYPES, type ConllType } from './constants.ts';

/** BILOU labels: `O`, then B/I/L/U of each CoNLL type. */
export const LABELS: readonly string[] = [
  'O',
  ...CONLL_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];

/** First letter of each label (`O`, `B`, `I`, `L`, `U`). */
export const PREFIX: readonly string[] = LABELS.map((l) => l.charAt(0));

/** Index into CONLL_TYPES of each label's type, -1 for `O`. */
export const TYPE_INDEX: readonly number[] = LABELS.map((l) =>
  l === 'O' ? -1 : CONLL_TYPES.indexOf(l.slice(2) as ConllType),
);

/** Name of a label index, `<s>` for -1 (before the sentence). */
export function labelName(k: number): string {
  return k < 0 ? '<s>' : LABELS[k]!;
}

/** Entity types (with `O` as bit 0) of a history mask, as a sorted string (`O,PER`). */
export const HIST_NAMES: readonly string[] = Array.from(
  { length: 1 << (CONLL_TYPES.length + 1) },
  (_, mask) => ['O', ...CONLL_TYPES].filter((_, i) => mask & (1 << i)).join(','),
);
