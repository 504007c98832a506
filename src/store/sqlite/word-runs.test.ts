import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNIPPET_REACH } from './constants.ts';
import { findHits, type Hit, snippetFromHits, snippetOf } from './snippet.ts';
import { TextShelf } from './text-shelf.ts';
import { WordRuns } from './word-runs.ts';

/** A snippet as the search makes it from kept texts: stretches read from a shelf, occurrences from runs. */
function shelved(text: string, terms: ReadonlySet<string>, size: number, known: Hit[] | null | undefined) {
  const shelf = new TextShelf(1 << 20, 4096);
  shelf.add(1, text);
  if (known === undefined) return snippetOf(text, terms, size);
  return snippetFromHits({ slice: (a, b) => shelf.slice(1, a, b)! }, text.length, terms, size, known);
}

/** Runs holding `texts` at rowids 1.. (rowid 0 left out), in chunks of 16 keys (texts span several, or one of their own). */
function runsOf(texts: readonly string[]): WordRuns {
  const runs = new WordRuns(16);
  texts.forEach((t, i) => {
    runs.add(i + 1, t);
  });
  return runs;
}

describe('WordRuns', () => {
  it.each([
    ['plain words, any case', 'Troops near Brest; TROOPS again.', ['troops'], [0, 19]],
    ['two terms in text order', 'Brest troops brest', ['troops', 'brest'], [0, 6, 13]],
    ['not inside a longer word', 'Brestovitsky Brest x-brest', ['brest'], [13, 21]],
    ['a letter with a diacritic beside it is one word', 'Brestė Brest', ['brest'], [7]],
    [
      'a combining mark after the word keeps it whole (as the string search does)',
      'Brest\u0301 x',
      ['brest'],
      [0],
    ],
    [
      'an astral letter beside it does not join it (surrogates are not token characters there)',
      '\u{1D400}Brest',
      ['brest'],
      [2],
    ],
    ['digits are words too', 'in 2022 and 20222', ['2022'], [3]],
    ['a term that is nowhere', 'Troops near Brest', ['minsk'], null],
    ['no text', '', ['troops'], null],
  ])('%s', (_name, text, terms, starts) => {
    const runs = runsOf([text]);
    const hits = runs.hits(1, new Set(terms));
    expect(hits?.map((h) => h.start) ?? null).toEqual(starts);
    expect(hits).toEqual(findHits(text, new Set(terms)));
  });

  it('answers undefined for a text it does not hold or a term the string search does not take', () => {
    const runs = runsOf(['Visit to Łódź today']);
    expect(runs.hits(2, new Set(['visit']))).toBeUndefined();
    expect(runs.hits(0, new Set(['visit']))).toBeUndefined();
    expect(runs.hits(1, new Set(['łodz']))).toBeUndefined();
    expect(runs.hits(1, new Set(['visit', 'łodz']))).toBeUndefined();
    expect(runs.hits(1, new Set(['visit']))).toEqual([{ term: 'visit', start: 0 }]);
  });

  it.each([
    [
      'a long word before the stretch (stepping back reads the text from its start)',
      `${'a'.repeat(400)} troops`,
    ],
    [
      'a long word reaching just past the margin',
      `x ${'b'.repeat(150)}${' '.repeat(1)}${'c '.repeat(40)}troops end`,
    ],
    ['the place near the end of the text', `${'w '.repeat(300)}troops`],
    [
      'occurrences on both sides of a long text',
      `troops ${'w '.repeat(500)}brest ${'v '.repeat(500)}troops brest`,
    ],
  ])('makes the same snippet from kept positions and stretches: %s', (_name, text) => {
    const wanted = new Set(['troops', 'brest']);
    const known = runsOf([text]).hits(1, wanted);
    for (const size of [3, 16, 64])
      expect(shelved(text, wanted, size, known)).toBe(snippetOf(text, wanted, size));
  });

  it('stops where the string search stops (perTerm occurrences a term on average)', () => {
    const text = Array.from({ length: 500 }, () => 'troops').join(' ');
    const hits = runsOf([text]).hits(1, new Set(['troops']))!;
    expect(hits).toHaveLength(SNIPPET_REACH.perTerm);
    expect(hits).toEqual(findHits(text, new Set(['troops'])));
  });

  it('finds what the string search finds, and the same snippets, over mixed text', () => {
    const piece = fc.constantFrom(
      'Troops',
      'troops',
      'TROOPS',
      'troopsx',
      'Brest',
      'x9',
      '9',
      ' ',
      '-',
      "'",
      '’',
      'é',
      'e\u0301',
      '\u0301',
      'Ł',
      'Σ',
      '\u212a',
      'ſ',
      '日本',
      '½',
      '\u{1F600}',
      '\u{1D400}',
      '.',
    );
    const term = fc.constantFrom('troops', 'brest', 'x9', '9', 'e', 'k', 's', 'troop');
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(term, { minLength: 1, maxLength: 3 }),
        (docs, terms) => {
          const texts = docs.map((parts) => parts.join(''));
          const runs = runsOf(texts);
          const wanted = new Set(terms);
          texts.forEach((text, i) => {
            const known = runs.hits(i + 1, wanted);
            expect(known).toEqual(findHits(text, wanted));
            for (const size of [3, 16])
              expect(shelved(text, wanted, size, known)).toBe(snippetOf(text, wanted, size));
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
