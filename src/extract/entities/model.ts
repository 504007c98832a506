import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MODEL_FILE, PRUNE_STEPS } from './constants.ts';
import type { FeatureExtras } from './features.ts';
import { LabelLexicon } from './lexicon.ts';
import { LABELS, Weights } from './perceptron.ts';

/**
 * The committed model file: gzip of `NER1`, a JSON header length (uint32 LE), the JSON header,
 * the feature hashes (uint32 LE) and one int16 row of label weights per feature (`value × scale`).
 * Features whose weights all round to fewer than PRUNE_STEPS quantisation steps are dropped.
 */

/** Facts about a trained model, kept in its header. */
export interface ModelHeader {
  readonly format: 'sitrep/ner@1';
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

const MAGIC = 'NER1';
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
  const header: ModelHeader = {
    format: 'sitrep/ner@1',
    labels: LABELS,
    scale,
    features: hashes.length,
    ...meta,
    lexicon: lexicon?.size ?? 0,
  };
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const keys = Buffer.from(Uint32Array.from(hashes).buffer);
  // Column-major (all weights of label 0, then label 1, …): long runs of zeros compress well.
  const body = Buffer.alloc(rows.length * L * 2);
  for (let k = 0; k < L; k++) {
    for (let i = 0; i < rows.length; i++) body.writeInt16LE(rows[i]![k]!, (k * rows.length + i) * 2);
  }
  const lex = lexicon
    ? [Buffer.from(lexicon.keys.buffer, lexicon.keys.byteOffset, lexicon.keys.byteLength), Buffer.from(lexicon.codes)]
    : [];
  return { bytes: gzipSync(Buffer.concat([head, json, keys, body, ...lex]), { level: 9 }), header };
}

/** Unpacks a model file. */
export function decodeModel(gz: Uint8Array): LoadedModel {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a sitrep NER model');
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as ModelHeader;
  if (header.labels.join() !== LABELS.join()) throw new Error('model labels differ from the tagger');
  const n = header.features;
  const at = 8 + len;
  const L = LABELS.length;
  // Copy into aligned typed arrays (the file is little-endian, as are the platforms Node runs on).
  const hashes = new Uint32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + n * 4));
  const q = new Int16Array(
    buf.buffer.slice(buf.byteOffset + at + n * 4, buf.byteOffset + at + n * 4 + n * L * 2),
  );
  // Stored label by label (it compresses better); the tagger wants feature rows.
  const values = new Int16Array(n * L);
  for (let k = 0, p = 0; k < L; k++) {
    for (let i = 0; i < n; i++, p++) values[i * L + k] = q[p]!;
  }
  const m = header.lexicon ?? 0;
  let lexicon: LabelLexicon | null = null;
  if (m > 0) {
    const from = buf.byteOffset + at + n * 4 + n * L * 2;
    lexicon = new LabelLexicon(
      new Uint32Array(buf.buffer.slice(from, from + m * 4)),
      new Uint8Array(buf.buffer.slice(from + m * 4, from + m * 5)),
    );
  }
  return {
    weights: new Weights(hashes, values),
    header,
    extras: { lexicon, cues: header.cues ?? false },
    beam: header.beam ?? 1,
  };
}

const DEFAULT_URL = new URL(`../../../${MODEL_FILE}`, import.meta.url);
let cached: LoadedModel | null = null;

/** The committed model, loaded once per process. */
export function defaultModel(): LoadedModel {
  cached ??= decodeModel(readFileSync(DEFAULT_URL));
  return cached;
}
