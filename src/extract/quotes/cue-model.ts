import { z } from 'zod';
import { hashRange, hashSep, hashStr, mix32, seed } from '../entities/hash.ts';
import { isCapitalised, TokenBytes, type Word } from '../quantities/words.ts';

/**
 * A contextual cue classifier: for a word whose lower-case form heads annotated attribution cues
 * (a learned vocabulary, one hash lookup), a linear score over hashed features of the word and its
 * neighbours says whether this occurrence is a cue (`thinks` in `Trump thinks that …` but not in
 * `what he thinks is right`; `plans` in `Clinton plans to …` but not in `the plans`). Trained as
 * averaged binary perceptrons (the mean of five) on PolNeAR train by `scripts/train-cues.ts`; the
 * model file holds only the vocabulary words, feature hashes and integer weights.
 */

/**
 * Feature weights in an open-addressing table (key and weight side by side, so a probe reads one
 * cache line): the stage looks up every feature of every candidate, a Map lookup was 5% of its time.
 */
export class WeightTable {
  private readonly mask: number;
  private readonly table: Int32Array;
  /**
   * A bit per value of the high bits of a key's mixed hash, set for every stored key: a feature
   * whose bit is clear has no weight, and the table (256 KB for the span model, 2 MB for the cue
   * classifier) is not read for it. About sixteen bits per key (a few per cent of absent features
   * pass and are looked up). Exact: every stored key's bit is set.
   */
  private readonly seen: Int32Array;
  private readonly seenShift: number;
  /** Number of stored weights. */
  readonly size: number;
  constructor(hashes: readonly number[], weights: readonly number[]) {
    let slots = 2;
    while (slots < hashes.length * 2) slots <<= 1;
    this.mask = slots - 1;
    this.size = hashes.length;
    let bits = 1024;
    let log = 10;
    while (bits < hashes.length * 16) {
      bits <<= 1;
      log++;
    }
    this.seen = new Int32Array(bits >>> 5);
    this.seenShift = 32 - log;
    // Empty slots hold weight 0 and key -1 (feature hashes are 30-bit, never negative).
    this.table = new Int32Array(slots * 2);
    for (let i = 0; i < slots; i++) this.table[2 * i] = -1;
    const t = this.table;
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]!;
      const m = mix32(h);
      const b = m >>> this.seenShift;
      this.seen[b >>> 5]! |= 1 << (b & 31);
      let i = m & this.mask;
      while (t[2 * i]! !== -1 && t[2 * i]! !== h) i = (i + 1) & this.mask;
      t[2 * i] = h;
      t[2 * i + 1] = weights[r]!;
    }
  }

  /** The weight of a feature hash, 0 when the model has none. */
  get(h: number): number {
    const m = mix32(h);
    const b = m >>> this.seenShift;
    if ((this.seen[b >>> 5]! & (1 << (b & 31))) === 0) return 0;
    const t = this.table;
    let i = m & this.mask;
    for (;;) {
      const k = t[2 * i]!;
      if (k === h) return t[2 * i + 1]!;
      if (k === -1) return 0;
      i = (i + 1) & this.mask;
    }
  }
}

/** The model: vocabulary and weights by feature hash (scaled integers). */
export interface CueModel {
  readonly vocab: ReadonlySet<string>;
  readonly weights: WeightTable;
  /** Weights are the averaged perceptron's times this factor, rounded. */
  readonly scale: number;
}

/** True when `v` is an array of integers in [lo, hi]. */
export function intArray(v: unknown, lo: number, hi: number): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!Number.isInteger(x) || x < lo || x > hi) return false;
  return true;
}

/**
 * The weight fields of a model file: feature hashes are 30-bit (entities/hash.ts), weights 32-bit
 * integers. Checked by one loop each: a schema per element took 100-190 ms on the 85,000 weights of
 * the cue model.
 */
export const WEIGHT_FIELDS = {
  hashes: z.custom<number[]>((v) => intArray(v, 0, 2 ** 30 - 1), 'expected an array of 30-bit hashes'),
  weights: z.custom<number[]>(
    (v) => intArray(v, -(2 ** 31), 2 ** 31 - 1),
    'expected an array of 32-bit integers',
  ),
};
/** True when a model file has one weight per hash. */
export const sameLength = (m: { hashes: number[]; weights: number[] }) =>
  m.hashes.length === m.weights.length;
/** Where `sameLength` reports a mismatch. */
export const SAME_LENGTH = { message: 'hashes and weights differ in length', path: ['weights'] };

/** The model file as written by `scripts/train-cues.ts`: feature hashes and weights are parallel arrays. */
const CueModelFileSchema = z
  .object({
    format: z.literal('sitrep-cue-model'),
    version: z.literal(1),
    note: z.string(),
    scale: z.number().positive(),
    vocab: z.array(z.string()),
    ...WEIGHT_FIELDS,
  })
  .refine(sameLength, SAME_LENGTH);

/** The model file's shape. */
export type CueModelFile = z.infer<typeof CueModelFileSchema>;

/** A model file's JSON text checked against its schema; throws naming `file` and the field at fault. */
export function parseModelFile<S extends z.ZodType>(json: string, file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Parses a model file's JSON text; throws naming `file` and the field at fault. */
export function parseCueModel(json: string, file: string): CueModel {
  const m = parseModelFile(json, file, CueModelFileSchema);
  return { vocab: new Set(m.vocab), weights: new WeightTable(m.hashes, m.weights), scale: m.scale };
}

// Feature templates: the hash of the name, then the values.
const T = {
  bias: seed('bias'),
  w: seed('w'),
  suf: seed('suf3'),
  p1: seed('p1'),
  p2: seed('p2'),
  n1: seed('n1'),
  n2: seed('n2'),
  p1w: seed('p1|w'),
  wn1: seed('w|n1'),
  p1class: seed('p1class'),
  n1class: seed('n1class'),
  n1classw: seed('n1class|w'),
  subj: seed('subject'),
  subjw: seed('subject|w'),
  pos: seed('position'),
  cap: seed('cap'),
  lex: seed('lexicon'),
  lexw: seed('lexicon|w'),
  n2class: seed('n2class'),
};

const PRONOUNS: ReadonlySet<string> = new Set('he she they we i you it who'.split(' '));
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her its their our my your this that these those whose some any no every'.split(' '),
);
const AUXILIARIES: ReadonlySet<string> = new Set(
  'has have had is are was were be been being will would could should may might must can did does do not also still'.split(
    ' ',
  ),
);

/** Classes of punctuation tokens (the scanner makes each a token of one character). */
const PUNCT_CLASS: ReadonlyMap<string, string> = new Map([
  ...[':', ',', '.', ';', '!', '?', '(', ')', '—', '–', '-'].map((c) => [c, c] as const),
  ...['"', '“', '”', '«', '»', '‘', '’', "'"].map((c) => [c, 'quote'] as const),
]);
const CLAUSE_WORDS: ReadonlySet<string> = new Set('that to whether if how why'.split(' '));
/** Tokens that end a subject search before the candidate. */
const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”']);

/** A coarse class of a neighbour word: what it says about the candidate's use. */
export function wordClass(w: Word | undefined): string {
  if (!w) return 'none';
  // (Memoised by token: a word's class depends on its text only, and neighbours recur.)
  return CLASS_NAMES[CLASS_OF.of(w)]!;
}

/** The classes `classOf` has returned, numbered in order of first use (a few dozen at most). */
const CLASS_NAMES: string[] = [];
const CLASS_NUMBERS = new Map<string, number>();
const CLASS_OF = new TokenBytes((w) => {
  const name = classOf(w);
  let n = CLASS_NUMBERS.get(name);
  if (n === undefined) {
    n = CLASS_NAMES.length;
    CLASS_NAMES.push(name);
    CLASS_NUMBERS.set(name, n);
  }
  return n;
});

/** `wordClass` of a word, computed. */
function classOf(w: Word): string {
  const l = w.lower;
  if (CLAUSE_WORDS.has(l)) return l;
  const p = PUNCT_CLASS.get(w.text);
  if (p !== undefined) return p;
  if (PRONOUNS.has(l)) return 'pronoun';
  if (DETERMINERS.has(l)) return 'det';
  if (AUXILIARIES.has(l)) return 'aux';
  const c = w.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  if (isCapitalised(w)) return 'cap';
  if (l.endsWith('ly')) return 'ly';
  return 'low';
}

/** True when a pronoun or a capitalised name stands within the three words before `i` (no clause break). */
function subjectNear(words: readonly Word[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = words[k]!;
    if (BREAKS.has(w.text)) return 'break';
    if (PRONOUNS.has(w.lower)) return k === i - 1 ? 'pronoun-adjacent' : 'pronoun';
    if (isCapitalised(w) && k > 0) return k === i - 1 ? 'name-adjacent' : 'name';
  }
  return 'none';
}

/** A template joined with one value. */
const hw = (t: number, s: string) => hashStr(hashSep(t), s);
/** A feature hash joined with one more value, after a separator (`p1|w`): no string is built. */
const and = (h: number, s: string) => hashStr(hashSep(h), s);

/**
 * Appends the feature hashes of candidate word `i` of a sentence to `out`; `lexicon` tells whether
 * the hand-written or learned lexicons already hold the word as a cue form (`strong`, `weak`, `none`).
 * Hashes are built in place (no feature string is allocated): the stage scores every candidate.
 */
export function cueFeatures(words: readonly Word[], i: number, lexicon: string, out: number[]): void {
  const w = words[i]!;
  const lw = w.lower;
  const p1 = words[i - 1]?.lower ?? '<s>';
  const p2 = words[i - 2]?.lower ?? '<s>';
  const n1 = words[i + 1]?.lower ?? '</s>';
  const n2 = words[i + 2]?.lower ?? '</s>';
  out.push(T.bias);
  out.push(hw(T.w, lw));
  out.push(hashRange(hashSep(T.suf), lw, Math.max(0, lw.length - 3), lw.length));
  out.push(hw(T.p1, p1));
  out.push(hw(T.p2, p2));
  out.push(hw(T.n1, n1));
  out.push(hw(T.n2, n2));
  out.push(and(hw(T.p1w, p1), lw));
  out.push(and(hw(T.wn1, lw), n1));
  const pc = wordClass(words[i - 1]);
  const nc = wordClass(words[i + 1]);
  out.push(hw(T.p1class, pc));
  out.push(hw(T.n1class, nc));
  out.push(and(hw(T.n2class, nc), wordClass(words[i + 2])));
  out.push(and(hw(T.n1classw, nc), lw));
  const subj = subjectNear(words, i);
  out.push(hw(T.subj, subj));
  out.push(and(hw(T.subjw, subj), lw));
  out.push(hw(T.pos, i === 0 ? 'first' : i < 4 ? 'early' : i + 3 >= words.length ? 'late' : 'mid'));
  out.push(hw(T.cap, isCapitalised(w) ? 'cap' : 'low'));
  out.push(hw(T.lex, lexicon));
  out.push(and(hw(T.lexw, lexicon), lw));
}

/** The score of a feature list (in scaled weight units): above zero, a cue. */
export function cueScore(model: CueModel, feats: readonly number[]): number {
  let s = 0;
  const w = model.weights;
  for (let i = 0; i < feats.length; i++) s += w.get(feats[i]!);
  return s / model.scale;
}
