import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { MODEL_FILE, PRUNE_STEPS } from './constants.ts';
import type { FeatureExtras } from './features.ts';
import { LabelLexicon } from './lexicon.ts';
import { LABELS, Weights } from './perceptron.ts';

/**
 * The committed model file, uncompressed so that loading is a file read and nothing else: `NER2`,
 * a JSON header length (uint32 LE), the JSON header padded with spaces to a multiple of 4 bytes,
 * the tagger's open-addressing table (`slots` × (feature hash, row), int32 LE), one int16 row of
 * label weights per feature (`value × scale`), then the label lexicon's phrase hashes (uint32) and
 * codes (uint8). The arrays are used in place (views on the file's buffer), not copied or rebuilt. Features whose weights all round to fewer than PRUNE_STEPS
 * quantisation steps are dropped. (`NER1`, the earlier gzip format, is still read.)
 */

/** Facts about a trained model, kept in its header. */
export interface ModelHeader {
  readonly format: 'sitrep/ner@1' | 'sitrep/ner@2';
  readonly labels: readonly string[];
  readonly scale: number;
  readonly features: number;
  readonly trainedOn: string;
  readonly epochs: number;
  readonly seed: number;
  readonly runs: number;
  /** Beam width of the decoder (1: greedy). */
  readonly beam?: number;
  /** Context-cue features were used. */
  readonly cues?: boolean;
  /** Slots of the stored hash table (NER2). */
  readonly slots?: number;
  /** Entries of the label lexicon stored after the weights (0 or absent: none). */
  readonly lexicon?: number;
}

/** A loaded model: weights, header, and what the features and decoder need. */
export interface LoadedModel {
  readonly weights: Weights;
  readonly header: ModelHeader;
  readonly extras: FeatureExtras;
  readonly beam: number;
}

const MAGIC = 'NER2';
const MAGIC_GZ = 'NER1';
const QMAX = 32767;

/** Quantises and packs averaged weights. */
export function encodeModel(
  weights: ReadonlyMap<number, Float64Array>,
  meta: { trainedOn: string; epochs: number; seed: number; runs: number; beam: number; cues: boolean },
  lexicon: LabelLexicon | null = null,
): { bytes: Buffer; header: ModelHeader } {
  const L = LABELS.length;
  let maxAbs = 0;
  for (const v of weights.values()) for (const x of v) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = (maxAbs || 1) / QMAX;
  const hashes: number[] = [];
  const rows: Int16Array[] = [];
  for (const [h, v] of [...weights].sort((a, b) => a[0] - b[0])) {
    const q = new Int16Array(L);
    let max = 0;
    for (let k = 0; k < L; k++) {
      const s = Math.max(-QMAX, Math.min(QMAX, Math.round(v[k]! / scale)));
      q[k] = s;
      max = Math.max(max, Math.abs(s));
    }
    if (max < PRUNE_STEPS) continue;
    hashes.push(h);
    rows.push(q);
  }
  const values = new Int16Array(rows.length * L);
  for (let i = 0; i < rows.length; i++) values.set(rows[i]!, i * L);
  const table = new Weights(Uint32Array.from(hashes), values).table;
  const header: ModelHeader = {
    format: 'sitrep/ner@2',
    labels: LABELS,
    scale,
    features: hashes.length,
    ...meta,
    slots: table.length / 2,
    lexicon: lexicon?.size ?? 0,
  };
  let json = JSON.stringify(header);
  json += ' '.repeat((4 - ((8 + Buffer.byteLength(json)) % 4)) % 4);
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(Buffer.byteLength(json), 4);
  const keys = Buffer.from(table.buffer, table.byteOffset, table.byteLength);
  const body = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  const lex = lexicon
    ? [
        Buffer.from(lexicon.keys.buffer, lexicon.keys.byteOffset, lexicon.keys.byteLength),
        Buffer.from(lexicon.codes),
      ]
    : [];
  return { bytes: Buffer.concat([head, Buffer.from(json), keys, body, ...lex]), header };
}

/** Unpacks a model file. */
export function decodeModel(file: Uint8Array): LoadedModel {
  let buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  const magic = buf.toString('latin1', 0, 4);
  if (magic !== MAGIC && magic !== MAGIC_GZ) throw new Error('not a sitrep NER model');
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as ModelHeader;
  if (header.labels.join() !== LABELS.join()) throw new Error('model labels differ from the tagger');
  const n = header.features;
  const m = header.lexicon ?? 0;
  const L = LABELS.length;
  const at = 8 + len;
  // Views need aligned offsets: copy once if the buffer itself is not 4-byte aligned.
  if (buf.byteOffset % 4 !== 0 || at % 4 !== 0) buf = Buffer.from(new Uint8Array(buf));
  const base = buf.byteOffset + at;
  let weights: Weights;
  let end: number;
  if (magic === MAGIC) {
    const slots = header.slots ?? 0;
    const table = new Int32Array(buf.buffer, base, slots * 2);
    const values = new Int16Array(buf.buffer, base + slots * 8, n * L);
    weights = new Weights(null, values, table);
    end = base + slots * 8 + n * L * 2;
  } else {
    // NER1 stored the hashes, then the weights label by label; the tagger wants feature rows.
    const hashes = new Uint32Array(buf.buffer.slice(base, base + n * 4));
    const q = new Int16Array(buf.buffer.slice(base + n * 4, base + n * 4 + n * L * 2));
    const values = new Int16Array(n * L);
    for (let k = 0, p = 0; k < L; k++) for (let i = 0; i < n; i++, p++) values[i * L + k] = q[p]!;
    weights = new Weights(hashes, values);
    end = base + n * 4 + n * L * 2;
  }
  let lexicon: LabelLexicon | null = null;
  if (m > 0) {
    const from = end;
    lexicon = new LabelLexicon(
      new Uint32Array(buf.buffer.slice(from, from + m * 4)),
      new Uint8Array(buf.buffer, from + m * 4, m),
    );
  }
  return {
    weights,
    header,
    extras: { lexicon, cues: header.cues ?? false },
    beam: header.beam ?? 1,
  };
}

const DEFAULT_URL = new URL(`../../../${MODEL_FILE}`, import.meta.url);
let cached: LoadedModel | null = null;

/** The committed model, loaded once per process. */
export function defaultModel(): LoadedModel {
  // SITREP_NER_MODEL: another model file, to evaluate a candidate before it replaces the committed one.
  cached ??= decodeModel(readFileSync(process.env.SITREP_NER_MODEL ?? DEFAULT_URL));
  return cached;
}
