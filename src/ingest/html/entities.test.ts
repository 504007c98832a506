import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectExtraEntities, decodeRange, decodeRef } from './entities.ts';

/** What the DOM parser makes of `html` as element text. */
function parsed(html: string): string {
  const { document } = parseHTML(`<html><body><p>${html}</p></body></html>`);
  return document.querySelector('p')?.textContent ?? '';
}

const none = new Map<string, string>();

describe('decodeRef / decodeRange', () => {
  it.each([
    ['&amp;', '&'],
    ['&#8217;', '\u2019'],
    ['&#x2014;', '\u2014'],
    ['&nbsp;', '\u00a0'],
    ['&eacute;t&eacute;', 'été'],
    ['&amp', '&'],
    ['&copy2020', '©2020'],
    ['&notit;', '¬it;'],
    ['&#150;', '\u2013'],
    ['&#0;', '\ufffd'],
    ['&#x1F600;', '😀'],
    ['AT&T', 'AT&T'],
    ['&#;', '&#;'],
    ['&bogus;', '&bogus;'],
  ])('%s decodes as the parser does', (raw, value) => {
    expect(decodeRange(raw, 0, raw.length, none)).toBe(value);
    expect(parsed(raw)).toBe(value);
  });

  it('agrees with the parser on every name in its table, with and without the semicolon', () => {
    const names = [
      'nbsp',
      'copy',
      'yuml',
      'AElig',
      'szlig',
      'rsquo',
      'ldquo',
      'hellip',
      'euro',
      'trade',
      'minus',
    ];
    for (const n of names) {
      expect(decodeRange(`&${n};`, 0, n.length + 2, none)).toBe(parsed(`&${n};`));
      expect(decodeRange(`&${n}x`, 0, n.length + 2, none)).toBe(parsed(`&${n}x`));
    }
  });

  it('leaves legacy references followed by a letter or = alone in attributes', () => {
    expect(decodeRange('?a=1&copy=2', 0, 11, none, true)).toBe('?a=1&copy=2');
    expect(decodeRange('?a=1&amp;b=2', 0, 12, none, true)).toBe('?a=1&b=2');
  });

  it('never reads past the end of its range', () => {
    expect(decodeRef('&amp;', 0, 3, none)).toBeNull(); // `&am` is no reference
    expect(decodeRef('&amp;', 0, 4, none)).toEqual({ value: '&', next: 4 }); // `&amp`, legacy
    expect(decodeRange('x&amp;y', 0, 1, none)).toBe('x');
  });

  it('decodes rare names through the parser, once per document', () => {
    const extra = collectExtraEntities('&hearts; and &Alpha; but not &nosuch;');
    expect(extra.get('hearts')).toBe('♥');
    expect(extra.get('Alpha')).toBe('Α');
    expect(extra.has('nosuch')).toBe(false);
    expect(decodeRange('&hearts;', 0, 8, extra)).toBe('♥');
  });
});
