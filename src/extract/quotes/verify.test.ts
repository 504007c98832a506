import { describe, expect, it } from 'vitest';
import { scanWords } from '../quantities/words.ts';
import { splitSentences } from '../segment/sentences.ts';
import type { Attribution } from './attribution.ts';
import { EN_QUOTES, enLexiconSources, parseQuoteLexicon } from './lexicon.ts';
import { findQuotes } from './stage.ts';
import { parseVerifyModel, verifyFeatures, verifyScore } from './verify.ts';

const model = (over: Record<string, unknown>) =>
  JSON.stringify({
    format: 'sitrep-verify-model',
    version: 1,
    note: '',
    scale: 10,
    threshold: -1,
    hashes: [1, 2],
    weights: [5, -3],
    ...over,
  });

describe('parseVerifyModel', () => {
  it.each([
    ['not JSON', '{', /v\.json: not JSON/],
    ['another format', model({ format: 'sitrep-span-model' }), /v\.json: format:/],
    ['arrays of different lengths', model({ weights: [1] }), /v\.json: weights: hashes and weights differ/],
    ['no threshold', model({ threshold: 'low' }), /v\.json: threshold:/],
  ])('rejects %s, naming the file and field', (_name, json, error) => {
    expect(() => parseVerifyModel(json, 'v.json')).toThrow(error);
  });

  it('reads a valid model', () => {
    const m = parseVerifyModel(model({}), 'v.json');
    expect(m.threshold).toBe(-1);
    expect(verifyScore(m, [1, 2, 3])).toBeCloseTo(0.2);
  });
});

describe('verifyFeatures', () => {
  const text = 'The minister said on Monday that the talks would go on.';
  const words = scanWords(text, 0, text.length);
  const a: Attribution = {
    content: [text.indexOf('the talks'), text.length - 1],
    direct: false,
    cue: [text.indexOf('said'), text.indexOf('said') + 4],
    stance: 'said',
    source: [0, text.indexOf(' said')],
    sourceName: [0, text.indexOf(' said')],
    via: null,
    rule: 'indirect/speaker-cue',
    pronoun: false,
  };

  it('is deterministic and of a bounded size', () => {
    const x: number[] = [];
    const y: number[] = [];
    verifyFeatures(text, a, words, x);
    verifyFeatures(text, a, words, y);
    expect(x).toEqual(y);
    expect(x.length).toBeLessThanOrEqual(32);
  });

  it('sees the source: a phrase reads otherwise than none', () => {
    const x: number[] = [];
    const y: number[] = [];
    verifyFeatures(text, a, words, x);
    verifyFeatures(text, { ...a, source: null, sourceName: null }, words, y);
    expect(x).not.toEqual(y);
  });
});

describe('the stage with the verifier', () => {
  const without = parseQuoteLexicon(...enLexiconSources(), EN_QUOTES.classifier, EN_QUOTES.spans, undefined);
  const find = (text: string, lexicon = EN_QUOTES) =>
    findQuotes({ text, sentences: splitSentences(text), lexicon }).map((f) => f.mention);

  it('is loaded with the committed model', () => {
    expect(EN_QUOTES.verifier).toBeDefined();
  });

  it('keeps plain reported speech and direct quotations', () => {
    const text =
      'The defence minister said on Monday that the drills would end on Feb. 20. “We are ready,” he added.';
    expect(find(text).map((q) => q.by)).toEqual(find(text, without).map((q) => q.by));
    expect(find(text)).toHaveLength(2);
  });

  // A verifier that drops everything it is asked about.
  const strict = parseQuoteLexicon(
    ...enLexiconSources(),
    EN_QUOTES.classifier,
    EN_QUOTES.spans,
    parseVerifyModel(model({ threshold: 100 }), 'strict'),
  );

  it('drops reported speech scored under the threshold, never a direct quotation', () => {
    const text =
      'The agency confirmed that the ferry had sunk. “It went down fast,” a witness told reporters.';
    expect(find(text, without).map((q) => q.direct)).toEqual([false, true]);
    expect(find(text, strict).map((q) => q.direct)).toEqual([true]);
  });

  it('does not ask about plain speech cues', () => {
    const text = 'The agency said that the ferry had sunk, according to the coast guard.';
    expect(find(text, strict)).toHaveLength(2);
    expect(find(text, strict).map((q) => q.by)).toEqual(find(text, without).map((q) => q.by));
  });
});
