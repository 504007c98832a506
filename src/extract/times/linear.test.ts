import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTimes } from './extract.ts';

/** Deterministic work (tokens read by rules, characters scanned) of one extraction. */
function work(text: string): number {
  const counter = { steps: 0 };
  extractTimes({ text, published: '2022-01-17', work: counter });
  return counter.steps;
}

const PIECES = [
  'Feb. ',
  'Feb.',
  '10',
  '–',
  '-',
  '—',
  ' to ',
  ' and ',
  'between ',
  'from ',
  'until ',
  '“',
  '”',
  '"',
  '(',
  ')',
  '1',
  '2022',
  ' ',
  '\n',
  'Monday ',
  'the next ',
  'last ',
  'two ',
  'days ',
  'ago ',
  'mid-',
  'early ',
  '11:30 a.m. ',
  'on ',
  ', ',
  '.',
  'every ',
  'the ',
  'quarter ',
  "'",
  's',
  ' p.m.',
  'in ',
  'morning ',
  'Q',
  '3',
  '/',
  'year',
  'of ',
  'this ',
  'a ',
  'half',
  'hour ',
  'Friday the ',
  '21st ',
  'once ',
  'another ',
  ' at ',
  '1/2 ',
  '2016/',
  '11 ',
  'rest of ',
  'week ',
  'ish ',
  'and a ',
  'after ',
  'day before ',
  '(0735 GMT) ',
  'later ',
  'Now, ',
  '-to-',
  'trading days ',
  'and 25 ',
  'mornings ',
  'Dec-',
];

describe('linear time on hostile input', () => {
  it.each([
    ['digits', (n: number) => '9'.repeat(n)],
    ['dashes', (n: number) => '-'.repeat(n)],
    ['Feb.', (n: number) => 'Feb. '.repeat(n / 5)],
    ['nested quotes', (n: number) => '“'.repeat(n / 2) + '”'.repeat(n / 2)],
    ['ranges', (n: number) => 'Feb. 10–'.repeat(n / 8)],
    ['numbers and dashes', (n: number) => '10-'.repeat(n / 3)],
    ['hours to hours', (n: number) => '5 to '.repeat(n / 5)],
    ['the the', (n: number) => 'in the '.repeat(n / 7)],
    ['weekday the ordinal', (n: number) => 'Friday the 21st at '.repeat(n / 19)],
    ['years and months in numbers', (n: number) => '2016/11-'.repeat(n / 8)],
    ['fractions of counts', (n: number) => 'two and a half '.repeat(n / 15)],
    ['offsets from days', (n: number) => 'the day before the day after '.repeat(n / 29)],
    ['clock to bare hours', (n: number) => 'from 1:30 to 3 to '.repeat(n / 18)],
  ])('%s: doubling the input at most doubles the work', (_name, make) => {
    const small = work(make(20_000));
    const big = work(make(40_000));
    expect(big).toBeLessThanOrEqual(small * 2.1 + 100);
  });

  it('holds for random mixes of date-like pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 20, maxLength: 300 }), (parts) => {
        const s = parts.join('');
        const one = work(s);
        const two = work(s + s);
        return two <= one * 2.1 + 100;
      }),
      { numRuns: 40 },
    );
  });

  it('handles 100,000 digits quickly and finds nothing', () => {
    expect(extractTimes({ text: '1'.repeat(100_000), published: '2022-01-17' })).toEqual([]);
  });
});

describe('span invariants', () => {
  it('every span slices to a non-empty text within bounds, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const got = extractTimes({ text, published: '2022-01-17' });
        let last = 0;
        for (const t of got) {
          if (!(t.span[0] >= last && t.span[1] > t.span[0] && t.span[1] <= text.length)) return false;
          if (text.slice(t.span[0], t.span[1]).trim() !== text.slice(t.span[0], t.span[1])) return false;
          last = t.span[1];
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic', () => {
    const text = 'Troops arrived on Feb. 3. The next day, until Feb. 9, and from 10 to 20 February.';
    expect(extractTimes({ text, published: '2022-01-17' })).toEqual(
      extractTimes({ text, published: '2022-01-17' }),
    );
  });
});
