/**
 * `node --import tsx scripts/train-open-cues.ts [--train DIR] [--out FILE] [--epochs N] [--runs N]
 *   [--prune Q] [--check K]` (`npm run train:open-cues` with the defaults)
 *
 * Trains the open cue model (src/extract/quotes/open-cue.ts) on the PolNeAR **train** split (dev
 * and test are never read). The stage asks it only about words that neither a lexicon form nor the
 * cue classifier's vocabulary holds, words never seen as a cue head; so that its training words
 * are of that kind too, the documents are cut into five parts (document index modulo 5) and each
 * part's candidates are the words outside a vocabulary built from the other four parts (by the
 * rule of `train-cues.ts`: a word heading train cues at least 2% of the times it occurs outside
 * quoted contents). A candidate heading an annotated cue is a positive example. An averaged binary
 * perceptron, the mean of `--runs` runs in differently shuffled orders, deterministic.
 * `--check K` leaves part K out of training and prints precision and recall on its candidates at
 * several thresholds (for choosing the threshold on train, not dev).
 * Writes feature hashes and integer weights only: no text of the articles.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Word } from '../src/extract/quantities/words.ts';
import type { MentionView } from '../src/extract/types.ts';
import type { Mention, MentionKind } from '../src/model/mention.ts';
import { arg, polnearArticles, repo, shared } from './args.ts';
import { binaryPerceptron, meanOfRuns, quantize } from './perceptron.ts';

// The quote modules load the committed models when imported: not while a new one is trained.
process.env.SITREP_OPEN_CUE_MODEL = 'none';
const { parseAnn } = await import('../eval/tasks/polnear.ts');
const { scanWords } = await import('../src/extract/quantities/words.ts');
const { isQuoteMark, openCandidate, openFeatures, wordStats } = await import(
  '../src/extract/quotes/open-cue.ts'
);
const { enLexiconSources, parseQuoteLexicon } = await import('../src/extract/quotes/lexicon.ts');
const { cuePrefix } = await import('../src/extract/quotes/phrases.ts');
const { sentenceStage } = await import('../src/extract/segment/sentences.ts');

const trainDir = arg('--train', join(shared, 'datasets/polnear/train'));
const out = arg('--out', join(repo, 'models/open-cues-en.json'));
const EPOCHS = Number(arg('--epochs', '8'));
const RUNS = Number(arg('--runs', '5'));
const PRUNE = Number(arg('--prune', '0'));
const CHECK = arg('--check', '');
const VOCAB_PRECISION = 0.02;
const PARTS = 5;
const STATS_MIN = Number(arg('--stats-min', '3'));
const EXTRA = arg('--unlabelled', 'yes') === 'yes';
const SCALE = 1000;

const lex = parseQuoteLexicon(...enLexiconSources());

function sentencesOf(text: string): (readonly [number, number])[] {
  const ctx = { text, published: null, updates: [], language: 'en', links: [], dateline: null };
  const view: MentionView = { of: (_kind: MentionKind) => [] as never };
  return (sentenceStage.run(ctx, view) as Mention[]).map((m) => m.span);
}

interface Sentence {
  words: Word[];
  /** Per word: 1 a cue head, 0 not, -1 inside quoted content (not an example). */
  label: Int8Array;
}

const docs: Sentence[][] = [];
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
  docs.push(sentences);
}

/** The vocabulary of the documents outside part `p` (all documents when `p` is -1). */
function vocabWithout(p: number): Set<string> {
  const gold = new Map<string, number>();
  const seen = new Map<string, number>();
  docs.forEach((d, i) => {
    if (i % PARTS === p) return;
    for (const s of d)
      s.words.forEach((w, k) => {
        if (s.label[k] === -1 || !/^\p{L}/u.test(w.text)) return;
        seen.set(w.lower, (seen.get(w.lower) ?? 0) + 1);
        if (s.label[k] === 1) gold.set(w.lower, (gold.get(w.lower) ?? 0) + 1);
      });
  });
  return new Set([...gold].filter(([w, g]) => g / (seen.get(w) ?? g) >= VOCAB_PRECISION).map(([w]) => w));
}

interface Example {
  feats: number[];
  y: number;
  part: number;
}
/**
 * Unlabelled news text for the word statistics besides the training documents (no annotation of
 * any kind is read): the article bodies of `article-extraction`, the TimeBank and AQUAINT documents
 * of `tempeval3` (tags removed) and the CoNLL-2003 English training tokens.
 */
function* unlabelled(): Generator<readonly Word[]> {
  const d = join(shared, 'datasets');
  const read = (text: string) => sentencesOf(text).map(([s, e]) => scanWords(text, s, e));
  const bodies = JSON.parse(readFileSync(join(d, 'article-extraction/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  for (const v of Object.values(bodies)) if (v.articleBody) yield* read(v.articleBody);
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = join(d, 'tempeval3/TBAQ-cleaned', sub);
    for (const f of readdirSync(dir).sort())
      if (f.endsWith('.tml')) yield* read(readFileSync(join(dir, f), 'utf8').replace(/<[^<>]*>/g, ' '));
  }
  let tokens: string[] = [];
  for (const line of readFileSync(join(d, 'conll2003/eng.train'), 'utf8').split('\n')) {
    const t = line.split(' ')[0]!;
    if (t === '' || t === '-DOCSTART-') {
      if (tokens.length > 0) yield scanWords(tokens.join(' '), 0, tokens.join(' ').length);
      tokens = [];
    } else tokens.push(t);
  }
}
const stats = wordStats(
  [...docs.flatMap((d) => d.map((s) => s.words)), ...(EXTRA ? unlabelled() : [])],
  STATS_MIN,
);
const examples: Example[] = [];
let words = 0;
const vocabs = Array.from({ length: PARTS }, (_, p) => vocabWithout(p));
docs.forEach((d, i) => {
  const part = i % PARTS;
  const vocab = vocabs[part]!;
  for (const s of d) {
    let quotes = 0;
    s.words.forEach((w, k) => {
      words++;
      const q = quotes;
      if (isQuoteMark(w)) quotes++;
      if (s.label[k] === -1 || !openCandidate(s.words, k)) return;
      if (vocab.has(w.lower) || lex.general.has(w.lower)) return;
      const feats: number[] = [];
      openFeatures(s.words, k, q, stats, feats);
      examples.push({ feats, y: s.label[k] === 1 ? 1 : -1, part });
    });
  }
});
const positives = examples.filter((e) => e.y > 0).length;
console.log(`${words} words, ${examples.length} candidates, ${positives} cue heads among them`);

const train = examples.filter((e) => CHECK === '' || e.part !== Number(CHECK));
const weights = meanOfRuns(RUNS, 0x51ed270b, (seed) =>
  binaryPerceptron(train, EPOCHS, seed, (epoch, mistakes) =>
    console.log(`seed ${seed.toString(16)} epoch ${epoch + 1}: ${mistakes} mistakes of ${train.length}`),
  ),
);
const { hashes, weights: ints } = quantize(weights, SCALE, PRUNE);

if (CHECK !== '') {
  const final = new Map(hashes.map((h, i) => [h, ints[i]!]));
  const held = examples.filter((e) => e.part === Number(CHECK));
  for (const t of [-20, -15, -10, -8, -6, -4, -2, 0, 2, 4]) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const ex of held) {
      let s = 0;
      for (const f of ex.feats) s += final.get(f) ?? 0;
      const p = s / SCALE > t;
      if (p && ex.y > 0) tp++;
      else if (p) fp++;
      else if (ex.y > 0) fn++;
    }
    console.log(
      `part ${CHECK}, threshold ${t}: ${held.length} candidates, ${tp + fp} proposed, P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`,
    );
  }
}

const note = `Open cue model trained on the PolNeAR v1.0.0 train split by scripts/train-open-cues.ts (--epochs ${EPOCHS} --runs ${RUNS}${CHECK !== '' ? ` --check ${CHECK}` : ''}); dev and test were not read. Only feature hashes and weights are kept, no article text. PolNeAR: github.com/networkdynamics/PolNeAR (Newell, Margolin & Ruths, LREC 2018).`;
writeFileSync(
  out,
  `${JSON.stringify({ format: 'sitrep-open-cue-model', version: 1, note, scale: SCALE, words: [...stats.keys()], codes: [...stats.values()], hashes, weights: ints })}\n`,
);
console.log(`${hashes.length} weights written to ${out}`);
