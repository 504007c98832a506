import { describe, expect, it } from 'vitest';
import { ConllScore, iobSpans, parseConll, prf } from './conll.ts';

describe('iobSpans', () => {
  it('reads IOB1: I- continues, B- splits adjacent names of one type', () => {
    expect(iobSpans(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });
  it('reads IOB2 too', () => {
    expect(iobSpans(['B-MISC', 'I-MISC', 'B-MISC'])).toEqual([
      { start: 0, end: 2, type: 'MISC' },
      { start: 2, end: 3, type: 'MISC' },
    ]);
  });
});

describe('parseConll', () => {
  it('splits documents and sentences', () => {
    const text =
      '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n';
    const docs = parseConll(text);
    expect(docs.length).toBe(2);
    expect(docs[0]!.map((s) => s.words)).toEqual([['EU', 'rejects'], ['Peter']]);
    expect(docs[1]![0]!.spans).toEqual([{ start: 0, end: 1, type: 'LOC' }]);
  });
});

describe('ConllScore', () => {
  it('counts exact matches of extent and type only', () => {
    const s = new ConllScore();
    s.add(
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'ORG' },
        { start: 5, end: 7, type: 'LOC' },
      ],
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
        { start: 5, end: 6, type: 'LOC' },
      ],
    );
    expect(s.all).toEqual({ tp: 1, predicted: 3, gold: 3 });
    expect(prf(s.all).f1).toBeCloseTo(1 / 3);
    expect(s.byType.LOC).toEqual({ tp: 0, predicted: 1, gold: 2 });
  });
});
