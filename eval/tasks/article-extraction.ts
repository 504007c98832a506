/**
 * Article extraction (scrapinghub/article-extraction-benchmark): main text of news pages.
 * The metric is the benchmark's own evaluate.py: `\w+` tokens (case kept), 4-token shingles
 * counted as multisets (its `Counter`), TP/FP/FN normalised per document to sum 1, precision and
 * recall averaged over documents (precision over those with any prediction or match, recall over
 * those with any truth), F1 from the two means. Peer: Readability.js `textContent` on the same DOM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtml } from '../../src/ingest/html.ts';
import type { EvalTask, Figures, TaskResult } from '../lib/task.ts';
import { f1, fmt, formatTable } from '../lib/task.ts';

/** Python's `\w` with re.UNICODE: letters, digits and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const NGRAM = 4;

type Counts = readonly [tp: number, fp: number, fn: number];

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // As evaluate.py: at least one (possibly shorter) shingle when there are any tokens.
  for (let i = 0; i < Math.max(1, tokens.length - NGRAM + 1); i++) {
    const s = tokens.slice(i, i + NGRAM);
    if (s.length === 0) continue;
    const key = s.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised TP/FP/FN of a prediction against the truth. */
export function shingleMatch(truth: string, pred: string): Counts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function precision([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function recall([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

/** Precision, recall and F1 over documents, as evaluate.py's `metrics_from_tp_fp_fns`. */
export function aggregate(counts: readonly Counts[]): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const p = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { precision: p, recall: r, f1: f1(p, r) };
}

function sitrepText(html: string, url: string): string {
  try {
    return readHtml(html, url).text;
  } catch {
    return '';
  }
}

function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as never).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

async function run(dataPath: string): Promise<TaskResult> {
  const truth = JSON.parse(readFileSync(join(dataPath, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const ours: Counts[] = [];
  const peer: Counts[] = [];
  const perDoc: { id: string; f1: number }[] = [];
  let ms = 0;
  let peerMs = 0;
  for (const [id, gt] of Object.entries(truth)) {
    const file = join(dataPath, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const html = gunzipSync(readFileSync(file)).toString('utf8');
    const body = gt.articleBody ?? '';
    let t = performance.now();
    const c = shingleMatch(body, sitrepText(html, gt.url ?? `${id}.html`));
    ms += performance.now() - t;
    t = performance.now();
    peer.push(shingleMatch(body, readabilityText(html)));
    peerMs += performance.now() - t;
    ours.push(c);
    perDoc.push({ id, f1: f1(precision(c), recall(c)) });
  }
  const a = aggregate(ours);
  const b = aggregate(peer);
  const worst = perDoc
    .sort((x, y) => x.f1 - y.f1)
    .slice(0, 5)
    .map((d) => `${d.id.slice(0, 10)} ${fmt(d.f1)}`)
    .join(', ');
  const table = formatTable(
    ['system', 'precision', 'recall', 'F1', 'ms/doc'],
    [
      ['sitrep', a.precision, a.recall, a.f1, (ms / Math.max(1, ours.length)).toFixed(1)],
      ['readability.js raw', b.precision, b.recall, b.f1, (peerMs / Math.max(1, peer.length)).toFixed(1)],
    ],
  );
  const figures: Figures = {
    precision: a.precision,
    recall: a.recall,
    f1: a.f1,
    peer: { name: 'readability.js raw', precision: b.precision, recall: b.recall, f1: b.f1 },
    documents: ours.length,
  };
  return { table: `${table}\n   documents: ${ours.length}; lowest sitrep F1: ${worst}`, figures };
}

/** The article-extraction task. */
export const articleExtraction: EvalTask = {
  name: 'article-extraction',
  description: 'main text from news HTML (shingle F1, as the benchmark)',
  defaultData: 'datasets/article-extraction',
  run,
};
