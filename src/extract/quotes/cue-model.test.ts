import { describe, expect, it } from 'vitest';
import { scanWords } from '../quantities/words.ts';
import { cueFeatures, cueScore, parseCueModel, WeightTable } from './cue-model.ts';
import { EN_QUOTES, parseQuoteLexicon } from './lexicon.ts';
import { findQuotes } from './stage.ts';

const model = (over: Record<string, unknown>) =>
  JSON.stringify({
    format: 'sitrep-cue-model',
    version: 1,
    note: '',
    scale: 10,
    vocab: ['plans'],
    hashes: [1, 2],
    weights: [5, -3],
    ...over,
  });

describe('parseCueModel', () => {
  it.each([
    ['not JSON', '{', /m\.json: not JSON/],
    ['another format', model({ format: 'x' }), /m\.json: format:/],
    ['vocab not words', model({ vocab: [1] }), /m\.json: vocab\.0:/],
    ['arrays of different lengths', model({ weights: [1] }), /m\.json: weights: hashes and weights differ/],
    [
      'a fractional weight',
      model({ weights: [1.5, 2] }),
      /m\.json: weights: expected an array of 32-bit integers/,
    ],
    [
      'a hash over 30 bits',
      model({ hashes: [2 ** 31, 2] }),
      /m\.json: hashes: expected an array of 30-bit hashes/,
    ],
    ['no scale', model({ scale: 0 }), /m\.json: scale:/],
  ])('rejects %s, naming the file and field', (_name, json, error) => {
    expect(() => parseCueModel(json, 'm.json')).toThrow(error);
  });

  it('reads a valid model and scores in weight units over the scale', () => {
    const m = parseCueModel(model({}), 'm.json');
    expect(m.vocab.has('plans')).toBe(true);
    expect(cueScore(m, [1, 2, 99])).toBeCloseTo(0.2);
  });
});

describe('cueFeatures', () => {
  const featuresOf = (text: string, word: string) => {
    const words = scanWords(text, 0, text.length);
    const out: number[] = [];
    cueFeatures(
      words,
      words.findIndex((w) => w.lower === word),
      'none',
      out,
    );
    return out;
  };

  it('is deterministic and reads the context, not only the word', () => {
    const a = featuresOf('Clinton plans to visit Iowa.', 'plans');
    expect(featuresOf('Clinton plans to visit Iowa.', 'plans')).toEqual(a);
    const b = featuresOf('The plans were dropped.', 'plans');
    expect(b.length).toBe(a.length);
    expect(b).not.toEqual(a);
    // The word's own features are shared.
    expect(a.filter((h) => b.includes(h)).length).toBeGreaterThan(0);
  });
});

describe('the committed cue classifier in the general rule', () => {
  const quote = (text: string, lexicon = EN_QUOTES) =>
    findQuotes({ text, sentences: [[0, text.length]], lexicon }).map((f) => ({
      cue: f.mention.cue ? text.slice(f.mention.cue[0], f.mention.cue[1]) : null,
      source: f.mention.source ? text.slice(f.mention.source[0], f.mention.source[1]) : null,
      stance: f.mention.stance,
      by: f.mention.by,
    }));

  it.each([
    ['Most voters think that the economy is getting worse.', 'think', 'Most voters'],
    ['Republicans fear that the nominee will lose the Senate.', 'fear', 'Republicans'],
  ])('finds a cue of belief no lexicon form holds: %s', (text, cue, source) => {
    expect(quote(text)).toEqual([{ cue, source, stance: 'believed', by: 'quote@1:general/learned-cue' }]);
    // Without the classifier the general rule has no cue there.
    expect(quote(text, parseQuoteLexicon('said\tsaid\n', ''))).toEqual([]);
  });

  it('takes a definite object at a moderate score (above CUE_MODEL_OBJECT_THRESHOLD, below 4)', () => {
    const text = 'Mayor Hale castigated the harbour plan.';
    expect(quote(text)).toEqual([
      { cue: 'castigated', source: 'Mayor Hale', stance: 'other', by: 'quote@1:general/learned-cue' },
    ]);
    // …but never an indefinite one (`a plan` is a new thing, not a stance toward one).
    expect(quote('Mayor Hale castigated a harbour plan.')).toEqual([]);
  });

  it.each([
    'The plans were dropped after the meeting.',
    'Ukraine shares a border with Belarus.',
    'Western governments see it differently.',
  ])('keeps nouns and bare objects out: %s', (text) => {
    expect(quote(text).filter((q) => q.by.endsWith('learned-cue'))).toEqual([]);
  });
});

describe('the belief stance of learned forms', () => {
  const learned =
    '# form\tstance\tgold\tseen\nwants\tother\t50\t60\ncriticized\tother\t50\t60\nsays\tsaid\t50\t60\n';
  it.each([
    ['wants', 'believed'],
    ['criticized', 'other'],
    ['says', 'said'],
  ])('%s -> %s', (form, stance) => {
    const lex = parseQuoteLexicon('said\tsaid\n', '', learned, 'wants\nsays\n');
    expect(lex.general.get(form)).toBe(stance);
  });
});

describe('WeightTable', () => {
  it('gives each stored weight and 0 for any other hash, as a map does (random 30-bit hashes)', () => {
    let seed = 13;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (const n of [0, 1, 5, 300, 20000]) {
      const hashes: number[] = [];
      const weights: number[] = [];
      const map = new Map<number, number>();
      for (let k = 0; k < n; k++) {
        const h = next() & 0x3fffffff;
        const w = (next() % 2001) - 1000;
        hashes.push(h);
        weights.push(w);
        map.set(h, w);
      }
      const table = new WeightTable(hashes, weights);
      for (const h of map.keys()) expect(table.get(h)).toBe(map.get(h));
      for (let k = 0; k < 20000; k++) {
        const h = next() & 0x3fffffff;
        expect(table.get(h)).toBe(map.get(h) ?? 0);
      }
    }
  });
});
