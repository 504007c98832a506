import { describe, expect, it } from 'vitest';
import { safeJson } from '../json.ts';
import { serialisedAround } from './entities.ts';

describe('serialisedAround', () => {
  const value = { items: [{ text: '<b>&</b>' }], next: null };
  it.each([
    ['in the middle', { key: 'k', mentions: 3, aliases: ['a'] }],
    ['first', { mentions: 3, key: 'k' }],
    ['last', { key: 'k', name: 'N', mentions: 3 }],
    ['the only field', { mentions: 3 }],
    ['absent (added at the end)', { key: 'k', name: '</script>' }],
    ['absent from an empty object', {}],
    ['next to text needing escapes', { name: '\u2028<x>', mentions: 1, quote: '"&"' }],
  ])('gives the bytes of a whole serialisation when the field is %s', (_name, obj) => {
    const fill = serialisedAround(obj, 'mentions');
    expect(fill(safeJson(value)).toString('utf8')).toBe(safeJson({ ...obj, mentions: value }));
    expect(JSON.parse(fill('null').toString('utf8'))).toEqual({ ...obj, mentions: null });
  });

  it('does not keep a field of the same name twice', () => {
    const text = serialisedAround({ mentions: 5, a: 1 }, 'mentions')('[]').toString('utf8');
    expect(text.match(/"mentions"/g)).toHaveLength(1);
  });
});
