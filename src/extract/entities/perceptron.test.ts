import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONLL_TYPES } from './constants.ts';
import { prepareDocument } from './features.ts';
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
    const gaz = { phrases: new Map<string, number>(), prefixes: new Set<string>() };
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
});
