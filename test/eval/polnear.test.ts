import { describe, expect, it } from 'vitest';
import { annotatorAgreement, parseAnn } from '../../eval/tasks/polnear.ts';

// A made-up sentence and two annotations of it in brat standoff, as PolNeAR writes them.
const TEXT = 'The mayor said the bridge would reopen in May, aides added.';
//            0   4     10   15                               46 48  53
const A = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 45\tthe bridge would reopen in May',
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
].join('\n');
// The second annotator takes only "mayor" as the source and misses nothing else.
const B = [
  'T1\tSource 4 9\tmayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 45\tthe bridge would reopen in May',
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
].join('\n');

const counts = () => ({
  cue: { tp: 0, nPred: 0, nGold: 0, pSum: 0, rSum: 0 },
  source: { tp: 0, nPred: 0, nGold: 0, pSum: 0, rSum: 0 },
  content: { tp: 0, nPred: 0, nGold: 0, pSum: 0, rSum: 0 },
});

describe('PolNeAR annotator agreement', () => {
  it('parses the roles of an attribution relation', () => {
    const g = parseAnn(A);
    expect(g.source).toEqual([[[0, 9]]]);
    expect(g.cue).toEqual([[[10, 14]]]);
    expect(g.content).toEqual([[[15, 45]]]);
  });

  it('scores each annotation against each other one, in both directions', () => {
    const c = counts();
    annotatorAgreement(TEXT, [A, B], c);
    // Two ordered pairs: one attribution per side each time.
    expect(c.cue).toMatchObject({ tp: 2, nPred: 2, nGold: 2 });
    expect(c.content).toMatchObject({ tp: 2, nPred: 2, nGold: 2 });
    // The sources differ by "The": no exact match either way.
    expect(c.source).toMatchObject({ tp: 0, nPred: 2, nGold: 2 });
    // Overlap: "mayor" lies wholly in "The mayor" (precision 1 one way, recall 1/2 the other way).
    expect(c.source.pSum).toBeCloseTo(1 + 0.5);
    expect(c.source.rSum).toBeCloseTo(0.5 + 1);
  });

  it('an article read by one annotator adds nothing', () => {
    const c = counts();
    annotatorAgreement(TEXT, [A], c);
    expect(c.source.nGold).toBe(0);
  });
});
