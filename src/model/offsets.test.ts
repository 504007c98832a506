import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aligned } from '../../test/helpers/mdast-oracle.ts';
import { checkOffsetMap } from '../../test/helpers/offsets.ts';
import { spanToRaw, TextBuilder, toRaw } from './offsets.ts';

describe('TextBuilder', () => {
  it('copies verbatim runs and merges contiguous ones', () => {
    const raw = 'Hello, world';
    const b = new TextBuilder();
    b.copy(raw, 0, 5);
    b.copy(raw, 5, 12);
    const { text, offsets } = b.build();
    expect(text).toBe(raw);
    expect(offsets.segments).toEqual([0, 12, 0, 12, 1]);
    expect(toRaw(offsets, 7)).toBe(7);
  });

  it('aligns a Markdown escape and an entity reference', () => {
    const raw = 'Eyes \\$1Bln &amp; more';
    const b = new TextBuilder();
    aligned(b, raw, 0, raw.length, 'Eyes $1Bln & more');
    const { text, offsets } = b.build();
    expect(text).toBe('Eyes $1Bln & more');
    checkOffsetMap(text, raw, offsets.segments);
    expect(raw.slice(...spanToRaw(offsets, [5, 10]))).toBe('$1Bln');
    expect(raw.slice(...spanToRaw(offsets, [11, 12]))).toBe('&');
  });

  it('maps inserted separators to a point', () => {
    const raw = 'a\n\n\nb';
    const b = new TextBuilder();
    b.copy(raw, 0, 1);
    b.insert('\n\n', 1);
    b.copy(raw, 4, 5);
    const { text, offsets } = b.build();
    expect(text).toBe('a\n\nb');
    checkOffsetMap(text, raw, offsets.segments);
    expect(toRaw(offsets, 3)).toBe(4);
  });

  it('truncates text and segments together', () => {
    const raw = 'abc&amp;def';
    const b = new TextBuilder();
    b.copy(raw, 0, 3);
    b.decoded('&', 3, 8);
    b.insert('\n\n', 8);
    expect(b.peek(2)).toBe('c&\n\n');
    b.truncate(4);
    b.copy(raw, 8, 11);
    const { text, offsets } = b.build();
    expect(text).toBe('abc&def');
    checkOffsetMap(text, raw, offsets.segments);
    b.truncate(2);
    expect(b.build().text).toBe('ab');
    checkOffsetMap('ab', raw, b.build().offsets.segments);
  });

  it('keeps the invariants for any decoded value of any raw string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (raw, value) => {
        const b = new TextBuilder();
        aligned(b, raw, 0, raw.length, value);
        const { text, offsets } = b.build();
        expect(text).toBe(value);
        checkOffsetMap(text, raw, offsets.segments);
      }),
    );
  });

  it('stays linear on hostile input', () => {
    const raw = '&'.repeat(200_000);
    const b = new TextBuilder();
    aligned(b, raw, 0, raw.length, 'x'.repeat(100_000));
    expect(b.build().text.length).toBe(100_000);
  });
});
