import { describe, expect, it } from 'vitest';
import { scanWords } from '../quantities/words.ts';
import { splitSentences } from '../segment/sentences.ts';
import { EN_QUOTES, enLexiconSources, parseQuoteLexicon } from './lexicon.ts';
import {
  type BoundaryContext,
  bestPair,
  boundaryFeatures,
  boundaryScore,
  C_EDGE,
  candidates,
  featureScore,
  MAX_BOUNDARY_FEATURES,
  MAX_SPAN_CANDIDATES,
  parseSpanModel,
  ruleHash,
  scoreTables,
  spanWindow,
} from './span-model.ts';
import { findQuotes } from './stage.ts';

const model = (over: Record<string, unknown>) =>
  JSON.stringify({
    format: 'sitrep-span-model',
    version: 1,
    note: '',
    scale: 10,
    hashes: [1, 2],
    weights: [5, -3],
    ...over,
  });

describe('parseSpanModel', () => {
  it.each([
    ['not JSON', '{', /s\.json: not JSON/],
    ['another format', model({ format: 'sitrep-cue-model' }), /s\.json: format:/],
    ['arrays of different lengths', model({ weights: [1] }), /s\.json: weights: hashes and weights differ/],
    ['a fractional weight', model({ weights: [1.5, 2] }), /s\.json: weights: expected an array of 32-bit/],
    ['a hash over 30 bits', model({ hashes: [2 ** 31, 2] }), /s\.json: hashes: expected an array of 30-bit/],
    ['no scale', model({ scale: 0 }), /s\.json: scale:/],
  ])('rejects %s, naming the file and field', (_name, json, error) => {
    expect(() => parseSpanModel(json, 's.json')).toThrow(error);
  });

  it('reads a valid model', () => {
    const m = parseSpanModel(model({}), 's.json');
    expect(m.scale).toBe(10);
    expect(m.weights.get(1)).toBe(5);
    expect(m.weights.get(2)).toBe(-3);
    expect(m.weights.get(3)).toBe(0);
  });
});

describe('bestPair', () => {
  const score = (table: Record<number, number>) => (p: number) => table[p] ?? Number.NEGATIVE_INFINITY;
  it.each([
    ['the best start and end', { 0: 1, 1: 5, 2: 0 }, { 2: 0, 3: 4, 4: 1 }, [1, 3]],
    // The best start (1) and the best end (1) make no span: the best pair with start < end wins.
    ['start before end', { 0: 0, 1: 9 }, { 1: 8, 2: -5 }, [0, 1]],
    ['a disallowed start skipped', { 0: Number.NEGATIVE_INFINITY, 1: 1 }, { 2: 1 }, [1, 2]],
  ])('%s', (_name, starts, ends, want) => {
    const c = { startLo: 0, startHi: 2, endLo: 1, endHi: 4 };
    expect(bestPair(c, score(starts), score(ends))).toEqual(want);
  });
  it('returns null with no candidates', () => {
    expect(
      bestPair(
        { startLo: 3, startHi: 2, endLo: 0, endHi: 4 },
        () => 0,
        () => 0,
      ),
    ).toBeNull();
  });
});

describe('candidates', () => {
  // A long sentence with the cue in its middle: every kind of span, rule spans short and long.
  const text = Array.from({ length: 400 }, (_, i) => (i === 200 ? 'said' : `w${i}`)).join(' ');
  const win = spanWindow(scanWords(text, 0, text.length), []);
  it.each([
    [0, 150, 200],
    [0, 199, 200],
    [1, 201, 380],
    [2, 201, 400],
    [2, 201, 203],
    [3, 0, 200],
  ])('kind %i, rule words [%i, %i): a bounded number of positions', (kind, ra, rb) => {
    const c = candidates(kind, ra, rb, 200, 201, win);
    const count = Math.max(0, c.startHi - c.startLo + 1) + Math.max(0, c.endHi - c.endLo + 1);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(MAX_SPAN_CANDIDATES);
    // The rules' own boundaries are always candidates.
    expect(c.startLo <= ra && ra <= c.startHi && c.endLo <= rb && rb <= c.endHi).toBe(true);
  });
});

describe('the committed span model in the quote stage', () => {
  const rulesOnly = parseQuoteLexicon(...enLexiconSources(), EN_QUOTES.classifier);
  const first = (text: string, lexicon = EN_QUOTES) => {
    const f = findQuotes({ text, sentences: splitSentences(text), lexicon })[0]!;
    const m = f.mention;
    return {
      source: m.source ? text.slice(m.source[0], m.source[1]) : null,
      speaker: m.speakerText,
      by: m.by,
    };
  };

  it.each([
    [
      'Farm groups and several rural mayors have said the tariff would hurt exports.',
      'Farm groups and several rural mayors',
    ],
    [
      'The Kremlin spokesman and the foreign ministry denied the report.',
      'The Kremlin spokesman and the foreign ministry',
    ],
  ])('redraws a source over a coordination: %s', (text, source) => {
    expect(first(text).source).toBe(source);
  });

  it('names itself in `by` and leaves the speaker to the rules', () => {
    const text = 'Farm groups and several rural mayors have said the tariff would hurt exports.';
    const rules = first(text, rulesOnly);
    expect(rules.by).toBe('quote@1:indirect/speaker-cue');
    expect(rules.source).toBe('several rural mayors');
    const got = first(text);
    expect(got.by).toBe('quote@1:indirect/speaker-cue+span-model@1');
    expect(got.speaker).toBe(rules.speaker);
  });

  it.each([
    // Negative: settled sources (bounded by a mark or the sentence start, and the cue) stay.
    '“We will not leave,” he said.',
    'Lukashenko said the drills would start in February.',
    // Negative: a source does not grow back over a clause with an adverb.
    'Clinton won easily and voters said the race was over.',
    // Negative: no age is added back to the speaker's name.
    '“We are ready,” Susan Sarandon, 69, said.',
  ])('keeps the rules’ source: %s', (text) => {
    expect(first(text)).toEqual(first(text, rulesOnly));
  });
});

describe('boundaryScore', () => {
  // Random sentences of words the model knows and does not, marks and clause words: the tables'
  // sum must equal the hashed features' at every position, kind, side and rule.
  const vocab =
    'the a said that , . ; : — ( ) “ ” and or who which he she they of for in to President Mr. Smith Kremlin officials 2,000 quickly reportedly announced will would not warned Moscow ministry spokesman Announced Ed red'.split(
      ' ',
    );
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  it('sums the same weights as featureScore over boundaryFeatures', () => {
    const model = EN_QUOTES.spans!;
    const tables = scoreTables(model);
    const feats = new Int32Array(MAX_BOUNDARY_FEATURES);
    const rules = ['indirect/speaker-cue', 'direct/after', 'general/cue', 'no-such-rule'];
    let checked = 0;
    for (let round = 0; round < 300; round++) {
      const n = 1 + rand(30);
      const text = Array.from({ length: n }, () => vocab[rand(vocab.length)]!).join(' ');
      const words = scanWords(text, 0, text.length);
      const cut = rand(words.length + 1);
      const win = spanWindow(words.slice(0, cut), words.slice(cut));
      for (let k = 0; k < win.words.length; k++) {
        expect(win.cls[k]).toBeLessThan(C_EDGE);
        // The window's word starts and `-ed` counts read from its one-byte class memo.
        expect(win.starts[k]).toBe(win.words[k]!.start);
        const ed = win.cls[k] === 83 && win.words[k]!.lower.endsWith('ed') ? 1 : 0;
        expect(win.verbs[k + 1]! - win.verbs[k]!).toBe(ed);
      }
      const cueStart = rand(win.words.length + 1);
      const cueEnd = Math.min(win.words.length, cueStart + rand(3));
      for (const rule of rules) {
        const rh = ruleHash(rule);
        for (let kind = 0; kind < 4; kind++) {
          const bc: BoundaryContext = {
            win,
            kind,
            cueStart,
            cueEnd,
            rulePos: rand(win.words.length + 1),
            ruleHash: rh,
          };
          for (const isEnd of [false, true])
            for (let pos = 0; pos <= win.words.length; pos++) {
              expect(boundaryScore(tables, tables.rule(rh), bc, isEnd, pos)).toBe(
                featureScore(model, feats, boundaryFeatures(bc, isEnd, pos, feats)),
              );
              checked++;
            }
        }
      }
    }
    expect(checked).toBeGreaterThan(10000);
  });
});
