import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONLL_TYPES } from './constants.ts';
import { prepareDocument } from './features.ts';
import { PhraseIndex } from './gazetteers.ts';
import { decodeDocument, LABELS, labelSpans, spansToLabels, type TaggedSpan, Trainer } from './perceptron.ts';

const spansArb = fc
  .array(
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...CONLL_TYPES)),
    { maxLength: 6 },
  )
  .map((parts) => {
    const spans: TaggedSpan[] = [];
    let at = 0;
    for (const [len, gap, type] of parts) {
      at += gap;
      spans.push({ start: at, end: at + len, type });
      at += len;
    }
    return { spans, n: at + 1 };
  });

describe('BILOU labels', () => {
  it('round-trip any spans', () => {
    fc.assert(
      fc.property(spansArb, ({ spans, n }) => {
        expect(labelSpans(spansToLabels(n, spans))).toEqual(spans);
      }),
    );
  });
  it('has O plus four labels per type', () => {
    expect(LABELS.length).toBe(1 + 4 * CONLL_TYPES.length);
  });
});

describe('Trainer', () => {
  it('learns a toy task and decodes only valid label sequences', () => {
    const gaz = new PhraseIndex();
    const sents = [
      ['Peter', 'Smith', 'visited', 'Paris', '.'],
      ['Anna', 'Jones', 'left', 'Berlin', 'today'],
    ];
    const gold = [
      spansToLabels(5, [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
      ]),
      spansToLabels(5, [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
      ]),
    ];
    const doc = prepareDocument(sents, gaz);
    const learner = new Trainer();
    for (let e = 0; e < 5; e++) decodeDocument(doc, learner, { learner, gold });
    expect(decodeDocument(doc, learner)).toEqual(gold);
  });

  it('learns the same task as a structured perceptron with beam search', () => {
    const sents = [
      ['Peter', 'Smith', 'visited', 'New', 'York', '.'],
      ['Anna', 'Jones', 'left', 'Berlin', 'today'],
    ];
    const gold = [
      spansToLabels(6, [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 5, type: 'LOC' },
      ]),
      spansToLabels(5, [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
      ]),
    ];
    const doc = prepareDocument(sents, new PhraseIndex());
    const learner = new Trainer();
    for (let e = 0; e < 5; e++) decodeDocument(doc, learner, { learner, gold }, 4);
    expect(decodeDocument(doc, learner, undefined, 4)).toEqual(gold);
  });

  it('decodes only valid BILOU sequences with a beam, whatever the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 17, maxLength: 17 }), (bias) => {
        const scorer = {
          addScores(_f: ArrayLike<number>, _s: number, _e: number, scores: Float64Array, at = 0) {
            for (let k = 0; k < bias.length; k++) scores[at + k]! += bias[k]!;
          },
        };
        const doc = prepareDocument([['A', 'b', 'C', 'D'], ['E']], new PhraseIndex());
        for (const labels of decodeDocument(doc, scorer, undefined, 4)) {
          // Valid sequences round-trip through spans.
          expect(spansToLabels(labels.length, labelSpans(labels))).toEqual(labels);
        }
      }),
      { numRuns: 50 },
    );
  });
});
