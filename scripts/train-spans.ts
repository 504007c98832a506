/**
 * `node --import tsx scripts/train-spans.ts [--train DIR] [--out FILE] [--epochs N] [--runs N]
 *   [--short-cost C] [--long-cost C] [--content] [--holdout K]`
 * (`npm run train:spans` with the defaults)
 *
 * Trains the source and content span model (src/extract/quotes/span-model.ts) on the PolNeAR
 * **train** split (dev and test are never read). The quote stage runs on each article with the
 * rules' spans alone; each attribution whose cue overlaps an annotated cue is an example for its
 * source (not the settled ones the stage leaves to the rules) and, with `--content`, its content
 * (reported speech only), when the annotated span's boundaries are word
 * boundaries inside the candidate ranges. A structured averaged perceptron picks the best
 * (start, end) pair per span; the mean of `--runs` perceptrons over differently shuffled orders;
 * deterministic (documents in name order, fixed shuffles). `--holdout K` leaves out every fifth
 * document from the K-th (0-4) and reports exact-span accuracy of the rules and of the model on them.
 * Writes feature hashes and integer weights only: no text of the articles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MentionView } from '../src/extract/types.ts';
import type { Mention, MentionKind } from '../src/model/mention.ts';
import { arg, polnearArticles, repo, shared } from './args.ts';
import { averaged, meanOfRuns, quantize, seededRandom, shuffle } from './perceptron.ts';

// The quote modules load the committed models when imported: the rules' spans alone while training.
process.env.SITREP_SPAN_MODEL = 'none';
const { parseAnn } = await import('../eval/tasks/polnear.ts');
const { scanWords } = await import('../src/extract/quantities/words.ts');
const { findQuotes } = await import('../src/extract/quotes/stage.ts');
const { allowedBoundary, bestPair, boundaryFeatures, MAX_BOUNDARY_FEATURES, spanWindow } = await import(
  '../src/extract/quotes/span-model.ts'
);
const { NEXT_SENTENCE_WORDS, neighbourLimits, spanTasks, wordAt } = await import(
  '../src/extract/quotes/span-refine.ts'
);
const { sentenceStage } = await import('../src/extract/segment/sentences.ts');
const { SPAN_MODEL_CONTENT } = await import('../src/extract/quotes/constants.ts');

const trainDir = arg('--train', join(shared, 'datasets/polnear/train'));
const out = arg('--out', join(repo, 'models/spans-en.json'));
const EPOCHS = Number(arg('--epochs', '10'));
const RUNS = Number(arg('--runs', '3'));
const HOLDOUT = arg('--holdout', '');
/** Also learn contents (the stage redraws them only with `SPAN_MODEL_CONTENT`). */
const CONTENT = process.argv.includes('--content') || SPAN_MODEL_CONTENT;
const SCALE = 1000;
/** Weights of at most this (scaled) are dropped: a smaller table stays in the processor's cache. */
const PRUNE = Number(arg('--prune', '0'));
// Cost-augmented training: a content's candidate is scored up by its cost per word it cuts short
// of the gold span and per word it runs on, so the learned margin grows with the overlap lost.
const SHORT_COST = Number(arg('--short-cost', '2'));
const LONG_COST = Number(arg('--long-cost', '0.5'));

type Span = readonly [number, number];

/** Sentence spans of a text, by the pipeline's sentence stage. */
function sentencesOf(text: string): (readonly [number, number])[] {
  const ctx = { text, published: null, updates: [], language: 'en', links: [], dateline: null };
  const view: MentionView = { of: (_kind: MentionKind) => [] as never };
  return (sentenceStage.run(ctx, view) as Mention[]).map((m) => m.span);
}

/** One span decision: features of every candidate start and end, the gold and the rules' pair. */
interface Example {
  role: 'source' | 'content';
  /** Per candidate: 1 when `allowedBoundary` lets the model choose it. */
  startOk: Uint8Array;
  endOk: Uint8Array;
  startLo: number;
  startHi: number;
  endLo: number;
  endHi: number;
  /** Features per candidate position, `MAX_BOUNDARY_FEATURES` each, from `startLo` / `endLo`. */
  startFeats: Int32Array;
  endFeats: Int32Array;
  gold: [number, number];
  rule: [number, number];
  held: boolean;
}

const envelope = (frags: readonly Span[]): [number, number] => [frags[0]![0], frags[frags.length - 1]![1]];
const NF = MAX_BOUNDARY_FEATURES;

const examples: Example[] = [];

let unreachable = 0;
let unaligned = 0;
let docIndex = 0;
for (const { base, ann: f } of polnearArticles(trainDir)) {
  const held = HOLDOUT !== '' && docIndex % 5 === Number(HOLDOUT);
  docIndex++;
  const text = readFileSync(join(trainDir, 'text', `${base}.txt`), 'utf8');
  const ann = parseAnn(readFileSync(join(trainDir, 'attributions', f), 'utf8'));
  // Gold attributions: cue envelope with its source and content envelopes (parseAnn keeps them in order).
  const gold: { cue: Span; source: Span | null; content: Span | null }[] = [];
  const annText = readFileSync(join(trainDir, 'attributions', f), 'utf8');
  const spans = new Map<string, Span[]>();
  for (const line of annText.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    spans.set(
      id,
      body
        .slice(body.indexOf(' ') + 1)
        .split(';')
        .map((x) => x.trim().split(' ').map(Number) as unknown as Span),
    );
  }
  for (const line of annText.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const roles: Record<string, Span | null> = { cue: null, source: null, content: null };
    for (const argument of body.split(' ').slice(1)) {
      const [role, ref] = argument.split(':');
      const frags = ref ? spans.get(ref) : undefined;
      if (!role || !frags) continue;
      roles[role.replace(/\d+$/, '').toLowerCase()] = envelope(frags);
    }
    if (roles.cue)
      gold.push({ cue: roles.cue, source: roles.source ?? null, content: roles.content ?? null });
  }
  void ann;
  const sentences = sentencesOf(text);
  // In cue order, as the stage refines them (neighbours bound each other's spans).
  const found = findQuotes({ text, sentences })
    .map((q) => q.attribution)
    .filter((a) => a.cue)
    .sort((x, y) => x.cue![0] - y.cue![0]);
  const sentenceWords = sentences.map(([s, e]) => scanWords(text, s, e));
  let si = 0;
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const cue = a.cue!;
    const g = gold.find((x) => x.cue[0] < cue[1] && cue[0] < x.cue[1]);
    if (!g) continue;
    si = sentences.findIndex(([s, e]) => cue[0] >= s && cue[0] < e);
    if (si < 0) continue;
    const win = spanWindow(
      sentenceWords[si]!,
      CONTENT ? (sentenceWords[si + 1] ?? []).slice(0, NEXT_SENTENCE_WORDS) : [],
    );
    for (const t of spanTasks(
      sentenceWords[si]!,
      a,
      () => neighbourLimits(found, i),
      CONTENT,
      () => win,
    )) {
      let goldSpan = t.role === 'source' ? g.source : g.content;
      if (!goldSpan) continue;
      // The scorer widens a content after `that` to hold it: the model learns contents without it.
      const w = win.words;
      let ga = wordAt(w, goldSpan[0]);
      if (
        t.role === 'content' &&
        w[ga]?.lower === 'that' &&
        w[ga]!.start === goldSpan[0] &&
        ga + 1 < w.length
      )
        goldSpan = [w[ga + 1]!.start, goldSpan[1]];
      ga = wordAt(w, goldSpan[0]);
      const gb = wordAt(w, goldSpan[1]);
      if (ga >= w.length || w[ga]!.start !== goldSpan[0] || gb === 0 || w[gb - 1]!.end !== goldSpan[1]) {
        unaligned++;
        continue;
      }
      const c = t.cand;
      if (
        ga < c.startLo ||
        ga > c.startHi ||
        gb < c.endLo ||
        gb > c.endHi ||
        gb <= ga ||
        !allowedBoundary(t.start, false, ga) ||
        !allowedBoundary(t.end, true, gb)
      ) {
        unreachable++;
        continue;
      }
      const startFeats = new Int32Array((c.startHi - c.startLo + 1) * NF);
      const endFeats = new Int32Array((c.endHi - c.endLo + 1) * NF);
      const buf = new Int32Array(NF);
      for (let p = c.startLo; p <= c.startHi; p++) {
        boundaryFeatures(t.start, false, p, buf);
        startFeats.set(buf, (p - c.startLo) * NF);
      }
      for (let p = c.endLo; p <= c.endHi; p++) {
        boundaryFeatures(t.end, true, p, buf);
        endFeats.set(buf, (p - c.endLo) * NF);
      }
      examples.push({
        role: t.role,
        startOk: Uint8Array.from({ length: c.startHi - c.startLo + 1 }, (_, k) =>
          allowedBoundary(t.start, false, c.startLo + k) ? 1 : 0,
        ),
        endOk: Uint8Array.from({ length: c.endHi - c.endLo + 1 }, (_, k) =>
          allowedBoundary(t.end, true, c.endLo + k) ? 1 : 0,
        ),
        startLo: c.startLo,
        startHi: c.startHi,
        endLo: c.endLo,
        endHi: c.endHi,
        startFeats,
        endFeats,
        gold: [ga, gb],
        rule: [t.ra, t.rb],
        held,
      });
    }
  }
}
console.log(
  `${examples.length} span examples (${unaligned} gold spans off word boundaries, ${unreachable} out of reach)`,
);

const train = examples.filter((e) => !e.held);

/** The summed weights of candidate `i`'s features in a flat feature array. */
function sumAt(w: Map<number, number>, feats: Int32Array, i: number): number {
  let s = 0;
  for (let k = i * NF; k < (i + 1) * NF; k++) s += w.get(feats[k]!) ?? 0;
  return s;
}

/** The best pair of an example under weights `w` (with `augment`, each candidate's cost added). */
function predict(w: Map<number, number>, ex: Example, augment = false): [number, number] {
  const c = { startLo: ex.startLo, startHi: ex.startHi, endLo: ex.endLo, endHi: ex.endHi };
  const on = augment && ex.role === 'content';
  const [ga, gb] = ex.gold;
  const cost = (d: number) => (d > 0 ? SHORT_COST * d : -LONG_COST * d);
  return (
    bestPair(
      c,
      (p) =>
        ex.startOk[p - ex.startLo]
          ? sumAt(w, ex.startFeats, p - ex.startLo) + (on ? cost(p - ga) : 0)
          : Number.NEGATIVE_INFINITY,
      (p) =>
        ex.endOk[p - ex.endLo]
          ? sumAt(w, ex.endFeats, p - ex.endLo) + (on ? cost(gb - p) : 0)
          : Number.NEGATIVE_INFINITY,
    ) ?? ex.rule
  );
}

/** One structured averaged perceptron over `train` in an order shuffled by `seedValue`. */
function perceptron(seedValue: number): Map<number, number> {
  const w = new Map<number, number>();
  const u = new Map<number, number>();
  let t = 1;
  const random = seededRandom(seedValue);
  const update = (feats: Int32Array, i: number, y: number) => {
    for (let k = i * NF; k < (i + 1) * NF; k++) {
      const f = feats[k]!;
      w.set(f, (w.get(f) ?? 0) + y);
      u.set(f, (u.get(f) ?? 0) + y * t);
    }
  };
  const order = train.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const idx of order) {
      const ex = train[idx]!;
      const [pa, pb] = predict(w, ex, true);
      const [ga, gb] = ex.gold;
      if (pa !== ga || pb !== gb) mistakes++;
      if (pa !== ga) {
        update(ex.startFeats, ga - ex.startLo, 1);
        update(ex.startFeats, pa - ex.startLo, -1);
      }
      if (pb !== gb) {
        update(ex.endFeats, gb - ex.endLo, 1);
        update(ex.endFeats, pb - ex.endLo, -1);
      }
      t++;
    }
    console.log(`seed ${seedValue.toString(16)} epoch ${epoch + 1}: ${mistakes} mistakes of ${train.length}`);
  }
  return averaged(w, u, t);
}

const { hashes, weights } = quantize(meanOfRuns(RUNS, 0x5bd1e995, perceptron), SCALE, PRUNE);

if (HOLDOUT !== '') {
  const final = new Map(hashes.map((h, i) => [h, weights[i]!]));
  for (const role of ['source', 'content'] as const) {
    const set = examples.filter((e) => e.held && e.role === role);
    let rules = 0;
    let model = 0;
    for (const ex of set) {
      const [ga, gb] = ex.gold;
      if (ex.rule[0] === ga && ex.rule[1] === gb) rules++;
      const [pa, pb] = predict(final, ex);
      if (pa === ga && pb === gb) model++;
    }
    console.log(
      `held-out ${role}: ${set.length} spans, exact: rules ${(rules / set.length).toFixed(3)}, model ${(model / set.length).toFixed(3)}`,
    );
  }
}

const note = `Source and content span model trained on the PolNeAR v1.0.0 train split by scripts/train-spans.ts (--epochs ${EPOCHS} --runs ${RUNS}${CONTENT ? ' --content' : ''} --short-cost ${SHORT_COST} --long-cost ${LONG_COST}${HOLDOUT !== '' ? ` --holdout ${HOLDOUT}` : ''}); dev and test were not read. Only feature hashes and weights are kept, no article text. PolNeAR: github.com/networkdynamics/PolNeAR (Newell, Margolin & Ruths, LREC 2018).`;
writeFileSync(
  out,
  `${JSON.stringify({ format: 'sitrep-span-model', version: 1, note, scale: SCALE, hashes, weights })}\n`,
);
console.log(`${hashes.length} weights written to ${out}`);
