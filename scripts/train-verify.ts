/**
 * `node --import tsx scripts/train-verify.ts [--train DIR] [--out FILE] [--folds DIR] [--epochs N]
 *   [--runs N] [--threshold T] [--holdout K]` (`npm run train:verify` with the defaults)
 *
 * Trains the verifier of reported speech (src/extract/quotes/verify.ts) on the PolNeAR **train**
 * split (dev and test are never read). Its examples are the stage's own attributions (no direct
 * quotations) on train, labelled by whether their cue overlaps an annotated cue. So that they look
 * like the stage's output on unseen text, the documents are cut into five folds (every fifth in name
 * order) and each fold is read by a learned lexicon, cue classifier and span model trained on the
 * other four (`learn-cues`, `train-cues --holdout K`, `train-spans --holdout K`, run here unless
 * `--folds DIR` already holds `cues-K.tsv`, `cues-K.json`, `spans-K.json`). An averaged perceptron,
 * the mean of `--runs` runs over differently shuffled orders; deterministic. `--holdout K` leaves
 * fold K out of the examples and reports, on it, how many right and wrong attributions each
 * threshold would drop. `--threshold` (the score under which the stage drops an attribution, -8)
 * was chosen on that held-out fold. Fold models found in `--folds` are reused: remove the folder
 * when the lexicon learner or the models' training changed. Writes feature hashes and integer
 * weights only: no text of the articles.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MentionView } from '../src/extract/types.ts';
import type { Mention, MentionKind } from '../src/model/mention.ts';
import { arg, polnearArticles, repo, shared } from './args.ts';
import { binaryPerceptron, meanOfRuns, quantize } from './perceptron.ts';

// The committed verifier is not loaded while a new one is trained.
process.env.SITREP_VERIFY_MODEL = 'none';
const { parseAnn } = await import('../eval/tasks/polnear.ts');
const { scanWords } = await import('../src/extract/quantities/words.ts');
const { findQuotes } = await import('../src/extract/quotes/stage.ts');
const { parseCueModel } = await import('../src/extract/quotes/cue-model.ts');
const { parseSpanModel } = await import('../src/extract/quotes/span-model.ts');
const { parseQuoteLexicon } = await import('../src/extract/quotes/lexicon.ts');
const { verifyFeatures } = await import('../src/extract/quotes/verify.ts');
const { sentenceStage } = await import('../src/extract/segment/sentences.ts');

const trainDir = arg('--train', join(shared, 'datasets/polnear/train'));
const out = arg('--out', join(repo, 'models/verify-en.json'));
const folds = arg('--folds', join(tmpdir(), 'sitrep-verify-folds'));
const EPOCHS = Number(arg('--epochs', '10'));
const RUNS = Number(arg('--runs', '3'));
const THRESHOLD = Number(arg('--threshold', '-8'));
const HOLDOUT = arg('--holdout', '');
const SCALE = 1000;
const FOLDS = 5;

/** Sentence spans of a text, by the pipeline's sentence stage. */
function sentencesOf(text: string): (readonly [number, number])[] {
  const ctx = { text, published: null, updates: [], language: 'en', links: [], dateline: null };
  const view: MentionView = { of: (_kind: MentionKind) => [] as never };
  return (sentenceStage.run(ctx, view) as Mention[]).map((m) => m.span);
}

// Documents: one annotation file per article (the first), in name order, as the other scripts read them.
const docs = polnearArticles(trainDir);

const tsx = ['--import', 'tsx'];
/** The fold's learned lexicon and models, trained on the other folds (made when missing). */
function foldModels(k: number): { learned: string; cues: string; spans: string } {
  const learned = join(folds, `cues-${k}.tsv`);
  const cues = join(folds, `cues-${k}.json`);
  const spans = join(folds, `spans-${k}.json`);
  if (existsSync(learned) && existsSync(cues) && existsSync(spans)) return { learned, cues, spans };
  // The other folds as a split of their own (links), for the lexicon learner.
  const rest = join(folds, `rest-${k}`);
  mkdirSync(join(rest, 'text'), { recursive: true });
  mkdirSync(join(rest, 'attributions'), { recursive: true });
  docs.forEach((d, i) => {
    if (i % FOLDS === k) return;
    const t = join(rest, 'text', `${d.base}.txt`);
    const a = join(rest, 'attributions', d.ann);
    if (!existsSync(t)) symlinkSync(join(trainDir, 'text', `${d.base}.txt`), t);
    if (!existsSync(a)) symlinkSync(join(trainDir, 'attributions', d.ann), a);
  });
  const run = (script: string, args: string[], env: Record<string, string>) => {
    console.log(`fold ${k}: ${script} ${args.join(' ')}`);
    execFileSync(process.execPath, [...tsx, join(repo, 'scripts', script), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  };
  run('learn-cues.ts', ['--train', rest, '--min', '3', '--precision', '0.35', '--out', learned], {});
  const fold = ['--train', trainDir, '--holdout', String(k)];
  run('train-cues.ts', [...fold, '--out', cues], { SITREP_LEARNED_CUES: learned });
  run('train-spans.ts', [...fold, '--out', spans], { SITREP_LEARNED_CUES: learned, SITREP_CUE_MODEL: cues });
  return { learned, cues, spans };
}

mkdirSync(folds, { recursive: true });
const lexiconDir = join(repo, 'lexicons/quotes');
const fixed = ['cues.en.tsv', 'speakers.en.tsv', 'beliefs.en.tsv'].map((f) =>
  readFileSync(join(lexiconDir, f), 'utf8'),
);

interface Example {
  feats: number[];
  y: number;
  held: boolean;
}
const examples: Example[] = [];
for (let k = 0; k < FOLDS; k++) {
  const m = foldModels(k);
  const lexicon = parseQuoteLexicon(
    fixed[0]!,
    fixed[1]!,
    readFileSync(m.learned, 'utf8'),
    fixed[2]!,
    parseCueModel(readFileSync(m.cues, 'utf8'), m.cues),
    parseSpanModel(readFileSync(m.spans, 'utf8'), m.spans),
  );
  let right = 0;
  let wrong = 0;
  docs.forEach((d, i) => {
    if (i % FOLDS !== k) return;
    const text = readFileSync(join(trainDir, 'text', `${d.base}.txt`), 'utf8');
    const gold = parseAnn(readFileSync(join(trainDir, 'attributions', d.ann), 'utf8')).cue.map(
      (fr) => [fr[0]![0], fr[fr.length - 1]![1]] as const,
    );
    const sentences = sentencesOf(text);
    const words = new Map<number, ReturnType<typeof scanWords>>();
    for (const { attribution: a } of findQuotes({ text, sentences, lexicon })) {
      if (a.direct || !a.cue) continue;
      const cue = a.cue;
      const si = sentences.findIndex(([s, e]) => s <= cue[0] && cue[0] < e);
      if (si >= 0 && !words.has(si)) words.set(si, scanWords(text, sentences[si]![0], sentences[si]![1]));
      const feats: number[] = [];
      verifyFeatures(text, a, words.get(si) ?? [], feats);
      const y = gold.some(([s, e]) => s < cue[1] && cue[0] < e) ? 1 : -1;
      if (y > 0) right++;
      else wrong++;
      examples.push({ feats, y, held: HOLDOUT !== '' && k === Number(HOLDOUT) });
    }
  });
  console.log(`fold ${k}: ${right} attributions with an annotated cue, ${wrong} without`);
}
const train = examples.filter((e) => !e.held);

/** One averaged perceptron over the training examples in an order shuffled by a fixed seed. */
function perceptron(seed: number): Map<number, number> {
  return binaryPerceptron(train, EPOCHS, seed);
}

const { hashes, weights } = quantize(meanOfRuns(RUNS, 0x5bd1e995, perceptron), SCALE, 0);
const final = new Map(hashes.map((h, i) => [h, weights[i]!]));
const score = (feats: number[]) => {
  let s = 0;
  for (const f of feats) s += final.get(f) ?? 0;
  return s / SCALE;
};
if (HOLDOUT !== '') {
  const held = examples.filter((e) => e.held);
  for (const t of [-2, -1, -0.5, 0, 0.5, 1]) {
    let rightDropped = 0;
    let wrongDropped = 0;
    for (const e of held)
      if (score(e.feats) < t) {
        if (e.y > 0) rightDropped++;
        else wrongDropped++;
      }
    console.log(
      `held-out fold, threshold ${t}: drops ${wrongDropped} without and ${rightDropped} with an annotated cue`,
    );
  }
}

const note = `Verifier of reported speech trained on the stage's output over the PolNeAR v1.0.0 train split by scripts/train-verify.ts (five folds, each read by models trained on the other four; --epochs ${EPOCHS} --runs ${RUNS}${HOLDOUT !== '' ? ` --holdout ${HOLDOUT}` : ''}); dev and test were not read. Only feature hashes and weights are kept, no article text. PolNeAR: github.com/networkdynamics/PolNeAR (Newell, Margolin & Ruths, LREC 2018).`;
writeFileSync(
  out,
  `${JSON.stringify({ format: 'sitrep-verify-model', version: 1, note, scale: SCALE, threshold: THRESHOLD, hashes, weights })}\n`,
);
console.log(`${hashes.length} weights written to ${out}, threshold ${THRESHOLD}`);
