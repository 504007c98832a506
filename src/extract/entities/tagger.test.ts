import { describe, expect, it } from 'vitest';
import { prepareDocument } from './features.ts';
import { gazetteers } from './gazetteers.ts';
import { defaultModel } from './model.ts';
import { decodeDocument } from './perceptron.ts';
import { defaultTagger } from './recognise.ts';

// The run-time tagger caches per-word scores and weight rows; the training-time path hashes every
// feature of every token. Both must label every token alike, whatever was tagged before.
const DOCS: string[][][] = [
  [
    ['Belarusian', 'leader', 'Alexander', 'Lukashenko', 'met', 'Vladimir', 'Putin', 'in', 'Sochi', '.'],
    ['Lukashenko', 'said', 'the', 'Allied', 'Resolve', 'drills', 'would', 'end', 'on', 'Feb.', '20', '.'],
    ['NATO', "'s", 'Jens', 'Stoltenberg', 'told', 'Reuters', 'that', 'Lukashenko', 'was', 'wrong', '.'],
  ],
  [
    ['RUSSIA', 'AND', 'BELARUS', 'HOLD', 'UNION', 'SHIELD', 'EXERCISES'],
    ['Troops', 'moved', 'from', 'Brest', 'to', 'Gomel', ',', 'the', 'ministry', 'said', '.'],
    [],
    ['The', 'S-400', 'systems', 'arrived', 'at', 'Baranovichi', 'airfield', 'on', 'Monday', '.'],
  ],
  [['Manchester', 'United', '2', 'Chelsea', '1'], ['a'], ['"', 'Yes', ',', '"', 'he', 'said', '.']],
];

describe('Tagger', () => {
  it('labels tokens as the training-time decoder does, in any order of documents', () => {
    const model = defaultModel();
    const gaz = gazetteers().features;
    const tagger = defaultTagger();
    const expected = DOCS.map((doc) =>
      decodeDocument(prepareDocument(doc, gaz, model.extras), model.weights, undefined, model.beam),
    );
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 1, 0, 2, 0],
    ]) {
      for (const d of order) expect(tagger.labels(DOCS[d]!)).toEqual(expected[d]);
    }
  });
});
