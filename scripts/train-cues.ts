/**
 * `node --import tsx scripts/train-cues.ts [--train DIR] [--out FILE] [--min N] [--vocab-precision P]
 *   [--epochs N] [--runs N] [--prune Q] [--holdout K]` (`npm run train:cues` with the defaults)
 *
 * Trains the contextual cue classifier (src/extract/quotes/cue-model.ts) on the PolNeAR **train**
 * split (dev and test are never read). Each annotated cue's head word (its first word that is not an
 * auxiliary or adverb: `said` of `has also said`, `according` of `according to`) is a positive
 * example; every other occurrence, outside quoted contents, of a word that heads at least `--min`
 * train cues and does so at least `--vocab-precision` of the time is a negative one. An averaged
 * binary perceptron over the hashed context features, the mean of `--runs` perceptrons trained in
 * differently shuffled orders, weights of at most `--prune` (scaled by 1000) dropped; deterministic
 * (documents in name order, fixed shuffles). `--holdout K` leaves out every fifth document from the
 * K-th (0-4) and reports the word-level precision and recall on them, for choosing options without
 * touching dev.
 * Writes the vocabulary, feature hashes and integer weights only: no text of the articles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Word } from '../src/extract/quantities/words.ts';
import type { MentionView } from '../src/extract/types.ts';
import type { Mention, MentionKind } from '../src/model/mention.ts';
import { arg, polnearArticles, repo, shared } from './args.ts';
import { binaryPerceptron, meanOfRuns, quantize } from './perceptron.ts';

// The quote modules load the committed model when imported: not while a new one is trained.
process.env.SITREP_CUE_MODEL = 'none';
const { parseAnn } = await import('../eval/tasks/polnear.ts');
const { scanWords } = await import('../src/extract/quantities/words.ts');
const { cueFeatures } = await import('../src/extract/quotes/cue-model.ts');
const { enLexiconSources, lexiconClass, parseQuoteLexicon } = await import(
  '../src/extract/quotes/lexicon.ts'
);
const { cuePrefix } = await import('../src/extract/quotes/phrases.ts');
const { sentenceStage } = await import('../src/extract/segment/sentences.ts');

const trainDir = arg('--train', join(shared, 'datasets/polnear/train'));
const out = arg('--out', join(repo, 'models/cues-en.json'));
const MIN = Number(arg('--min', '1'));
const VOCAB_PRECISION = Number(arg('--vocab-precision', '0.02'));
const EPOCHS = Number(arg('--epochs', '8'));
const HOLDOUT = arg('--holdout', '');
const RUNS = Number(arg('--runs', '5'));
const PRUNE = Number(arg('--prune', '0'));
const SCALE = 1000;

const lex = parseQuoteLexicon(...enLexiconSources());

/** Sentence spans of a text, by the pipeline's sentence stage. */
function sentencesOf(text: string): (readonly [number, number])[] {
  const ctx = { text, published: null, updates: [], language: 'en', links: [], dateline: null };
  const view: MentionView = { of: (_kind: MentionKind) => [] as never };
  return (sentenceStage.run(ctx, view) as Mention[]).map((m) => m.span);
}

interface Sentence {
  words: Word[];
  /** Per word: 1 a cue head, 0 not, -1 not an example (quoted content). */
  label: Int8Array;
}

const docs: { base: string; sentences: Sentence[] }[] = [];
for (const { base, ann: f } of polnearArticles(trainDir)) {
  const text = readFileSync(join(trainDir, 'text', `${base}.txt`), 'utf8');
  const ann = parseAnn(readFileSync(join(trainDir, 'attributions', f), 'utf8'));
  const heads = new Set<number>();
  for (const frags of ann.cue) {
    const [s, e] = frags[0]!;
    for (const w of scanWords(text, s, e)) {
      if (!/^\p{L}/u.test(w.text) || cuePrefix(w)) continue;
      heads.add(w.start);
      break;
    }
  }
  const quoted: [number, number][] = [];
  for (const frags of ann.content) {
    const [s, e] = [frags[0]![0], frags[frags.length - 1]![1]];
    if (/^["“‘«']/.test(text.slice(s, s + 1))) quoted.push([s, e]);
  }
  const sentences: Sentence[] = [];
  for (const [s, e] of sentencesOf(text)) {
    const words = scanWords(text, s, e);
    const label = new Int8Array(words.length);
    words.forEach((w, k) => {
      if (quoted.some(([a, b]) => w.start >= a && w.end <= b)) label[k] = -1;
      else if (heads.has(w.start)) label[k] = 1;
    });
    sentences.push({ words, label });
  }
  docs.push({ base, sentences });
}

const isHeld = (i: number) => HOLDOUT !== '' && i % 5 === Number(HOLDOUT);
// The vocabulary: words that head train cues often enough, from the training documents only.
const gold = new Map<string, number>();
const seen = new Map<string, number>();
docs.forEach((d, i) => {
  if (isHeld(i)) return;
  for (const s of d.sentences)
    s.words.forEach((w, k) => {
      if (s.label[k] === -1 || !/^\p{L}/u.test(w.text)) return;
      seen.set(w.lower, (seen.get(w.lower) ?? 0) + 1);
      if (s.label[k] === 1) gold.set(w.lower, (gold.get(w.lower) ?? 0) + 1);
    });
});
const vocab = [...gold]
  .filter(([w, g]) => g >= MIN && g / (seen.get(w) ?? g) >= VOCAB_PRECISION)
  .map(([w]) => w)
  .sort();
const vocabSet = new Set(vocab);

interface Example {
  feats: number[];
  y: number;
  held: boolean;
  /** True when the lexicons hold the word as a full cue form (the stage does not ask the model then). */
  strong: boolean;
}
const examples: Example[] = [];
docs.forEach((d, i) => {
  for (const s of d.sentences)
    s.words.forEach((w, k) => {
      if (s.label[k] === -1 || !vocabSet.has(w.lower)) return;
      const feats: number[] = [];
      const cls = lexiconClass(lex, s.words, k);
      cueFeatures(s.words, k, cls, feats);
      examples.push({ feats, y: s.label[k] === 1 ? 1 : -1, held: isHeld(i), strong: cls === 'strong' });
    });
});
const train = examples.filter((e) => !e.held);

/** One averaged perceptron over the training examples, in an order shuffled by `seed`. */
function perceptron(seed: number): Map<number, number> {
  return binaryPerceptron(train, EPOCHS, seed, (epoch, mistakes) =>
    console.log(`seed ${seed.toString(16)} epoch ${epoch + 1}: ${mistakes} mistakes of ${train.length}`),
  );
}

const { hashes, weights } = quantize(meanOfRuns(RUNS, 0x2545f491, perceptron), SCALE, PRUNE);

const final = new Map(hashes.map((h, i) => [h, weights[i]!]));
const score = (feats: number[]) => {
  let s = 0;
  for (const f of feats) s += final.get(f) ?? 0;
  return s;
};
const report = (name: string, set: Example[]) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const ex of set) {
    const p = score(ex.feats) > 0;
    if (p && ex.y > 0) tp++;
    else if (p) fp++;
    else if (ex.y > 0) fn++;
  }
  console.log(
    `${name}: ${set.length} candidates, P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`,
  );
};
if (HOLDOUT !== '') {
  report(
    'held-out words',
    examples.filter((e) => e.held),
  );
  // The words the stage asks the model about: no full lexicon form holds them.
  report(
    'held-out words no full form holds',
    examples.filter((e) => e.held && !e.strong),
  );
}

const note = `Contextual attribution cue classifier trained on the PolNeAR v1.0.0 train split by scripts/train-cues.ts (--min ${MIN} --vocab-precision ${VOCAB_PRECISION} --epochs ${EPOCHS} --runs ${RUNS}${HOLDOUT !== '' ? ` --holdout ${HOLDOUT}` : ''}); dev and test were not read. Only cue-head words, feature hashes and weights are kept, no article text. PolNeAR: github.com/networkdynamics/PolNeAR (Newell, Margolin & Ruths, LREC 2018).`;
writeFileSync(
  out,
  `${JSON.stringify({ format: 'sitrep-cue-model', version: 1, note, scale: SCALE, vocab, hashes, weights })}\n`,
);
console.log(`${vocab.length} words, ${hashes.length} weights written to ${out}`);
