import { describe, expect, it } from 'vitest';
import { stopStaysInName } from './titles.ts';

describe('full stops that stay inside a name', () => {
  it('keeps initials, titles of the abbreviations lexicon and name suffixes', () => {
    for (const w of ['J', 'Ö', 'Sen', 'Gen', 'Cpl', 'Msgr', 'Amb', 'Jr', 'Sr'])
      expect(stopStaysInName(w)).toBe(true);
  });
  it('ends a sentence after other words and after a dotted acronym unless asked', () => {
    for (const w of ['said', 'Inc', 'Jan', 'etc', 'j', '', 'U.S']) expect(stopStaysInName(w)).toBe(false);
    expect(stopStaysInName('U.S', true)).toBe(true);
    expect(stopStaysInName('D.C', true)).toBe(true);
  });
});
