import { describe, expect, it } from 'vitest';
import { withAliases } from './recognise.ts';

type S = { start: number; end: number; conll: 'PER' | 'ORG' | 'LOC' | 'MISC' | null; rule: string };

/** The rule as first written: each alias read against every span of the sentence (quadratic). */
function byScan(spans: S[], aliases: { start: number; end: number }[]): S[] {
  const out = spans.slice();
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  for (const a of aliases) {
    let clashes = 0;
    let first: S | null = null;
    let within = false;
    for (const s of out) {
      if (!overlaps(s, a)) continue;
      first ??= s;
      clashes++;
      if (s.start <= a.start && s.end >= a.end && s.end - s.start > a.end - a.start) within = true;
    }
    if (within) continue;
    const conll = clashes === 1 && first!.start === a.start && first!.end === a.end ? first!.conll : null;
    if (clashes > 0) {
      let kept = 0;
      for (const s of out) if (!overlaps(s, a)) out[kept++] = s;
      out.length = kept;
    }
    out.push({ start: a.start, end: a.end, conll, rule: 'alias' });
  }
  return out;
}

describe('alias matches put among a sentence’s spans', () => {
  it('gives what reading every span for each alias gives (random sentences)', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const types = ['PER', 'ORG', 'LOC', 'MISC', null] as const;
    for (let t = 0; t < 3000; t++) {
      const length = 2 + next(30);
      // Spans that do not overlap, as the tagger gives them.
      const spans: S[] = [];
      for (let k = 0; k < length; ) {
        const len = 1 + next(4);
        if (next(3) === 0 && k + len <= length)
          spans.push({ start: k, end: k + len, conll: types[next(5)]!, rule: 'model' });
        k += len;
      }
      // Alias matches in order of their starts, perhaps overlapping one another.
      const aliases: { start: number; end: number }[] = [];
      for (let k = 0; k < length; k += 1 + next(3))
        if (next(2) === 0) aliases.push({ start: k, end: Math.min(length, k + 1 + next(3)) });
      expect(withAliases(length, spans, aliases)).toEqual(byScan(spans, aliases));
    }
  });
});
