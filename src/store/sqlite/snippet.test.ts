import { describe, expect, it } from 'vitest';
import { snippetOf } from './snippet.ts';

/** The snippet with marks shown as [ ] for reading. */
const shown = (text: string, terms: string[], size: number) =>
  snippetOf(text, new Set(terms), size)
    .replace(/\u0001/g, '[')
    .replace(/\u0002/g, ']');

const filler = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('snippetOf', () => {
  it.each([
    ['a short text whole, terms marked', 'Troops near Brest.', ['brest'], 16, 'Troops near [Brest].'],
    [
      'cut on both sides around the match',
      `${filler(20)} troops near Brest ${filler(20, 'tail')}`,
      ['brest'],
      5,
      '…troops near [Brest] tail0 tail1…',
    ],
    [
      'the stretch holding every term beats an earlier one holding one',
      `Brest ${filler(30)} troops in Brest today ${filler(30, 'x')}`,
      ['troops', 'brest'],
      4,
      '…[troops] in [Brest] today…',
    ],
    [
      'whole tokens only: no match inside a longer word',
      `Brestovitsky ${filler(10)} Brest`,
      ['brest'],
      3,
      '…word8 word9 [Brest]',
    ],
    [
      'case and diacritics folded (token path)',
      'President Nausėda said.',
      ['nauseda'],
      16,
      'President [Nausėda] said.',
    ],
    ['no match in the text (a title match): the start', `${filler(10)}`, ['zzz'], 3, 'word0 word1 word2…'],
    ['an empty text', '', ['troops'], 16, ''],
    ['a non-ASCII term', 'Visit to Łódź today', ['łodz'], 16, 'Visit to [Łódź] today'],
    [
      'a word longer than the reach before the match: cut before it, not inside it',
      `start ${'a'.repeat(300)} troops end`,
      ['troops'],
      3,
      `…${'a'.repeat(300)} [troops] end`,
    ],
    ['a long first word', `${'a'.repeat(400)} troops`, ['troops'], 16, `${'a'.repeat(400)} [troops]`],
  ])('%s', (_name, text, terms, size, expected) => {
    expect(shown(text, terms, size)).toBe(expected);
  });

  it('shows only text of the document, in order (marks and cut signs aside)', () => {
    const text = `${filler(300)} Troops, tanks; and “more troops” near Brest. ${filler(300, 'z')}`;
    const plain = snippetOf(text, new Set(['troops', 'brest']), 16)
      .replace(/[\u0001\u0002]/g, '')
      .replace(/^…|…$/g, '');
    expect(text).toContain(plain);
    expect(plain).toContain('Brest');
  });

  it('keeps window sizes when a term is everywhere and the text is long', () => {
    const text = Array.from({ length: 5000 }, () => 'troops').join(' ');
    const s = snippetOf(text, new Set(['troops', 'absent']), 16);
    expect(s.match(/\u0001/g)?.length).toBe(16);
  });
});
