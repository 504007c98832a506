import { describe, expect, it } from 'vitest';
import { segmentsOf, TextBuilder } from '../../model/offsets.ts';
import { Aligner } from './align.ts';
import { scanPage } from './stream.ts';

function align(raw: string, paragraphs: string[]) {
  const { stream } = scanPage(raw, new Map());
  const tb = new TextBuilder();
  const a = new Aligner(raw, stream, tb, paragraphs.join('\n\n').length);
  paragraphs.forEach((p, i) => {
    if (i > 0) a.separator('\n\n');
    a.paragraph(p);
  });
  const { text, offsets } = tb.build();
  const segs = segmentsOf(offsets);
  let pos = 0;
  for (const s of segs) {
    expect(s.textStart).toBe(pos);
    if (s.exact) expect(text.slice(s.textStart, s.textEnd)).toBe(raw.slice(s.rawStart, s.rawEnd));
    pos = s.textEnd;
  }
  expect(text).toBe(paragraphs.join('\n\n'));
  return segs.map((s) => [
    text.slice(s.textStart, s.textEnd),
    s.exact ? raw.slice(s.rawStart, s.rawEnd) : null,
  ]);
}

describe('Aligner', () => {
  it('maps text through inline tags exactly and references inexactly', () => {
    const raw = '<p>Tom &amp; <b>Jerry</b>\n\tran.</p>';
    expect(align(raw, ['Tom & Jerry ran.'])).toEqual([
      ['Tom ', 'Tom '],
      ['&', null],
      [' ', ' '],
      ['Jerry', 'Jerry'],
      [' ', null], // the collapsed "\n\t" stands for the raw whitespace (a raw ' ' would be exact)
      ['ran.', 'ran.'],
    ]);
  });

  it('maps text that is not in the page inexactly, and keeps going', () => {
    const raw = '<p>first paragraph here</p><p>third paragraph here</p>';
    const segs = align(raw, ['first paragraph here', 'invented words', 'third paragraph here']);
    expect(segs[0]).toEqual(['first paragraph here', 'first paragraph here']);
    expect(segs.filter(([, r]) => r === null).map(([t]) => t)).toContain('invented');
    expect(segs[segs.length - 1]).toEqual(['third paragraph here', 'third paragraph here']);
  });

  it('finds a paragraph whose middle was removed', () => {
    const raw =
      '<p>The barrier opened on Monday <span class="ad">BUY NOW</span> after the storm warning.</p>';
    const segs = align(raw, ['The barrier opened on Monday after the storm warning.']);
    const exact = segs
      .filter(([, r]) => r !== null)
      .map(([t]) => t)
      .join('');
    expect(exact.replace(/\s/g, '')).toBe('ThebarrieropenedonMondayafterthestormwarning.');
  });

  it('stays linear when nothing can be found', () => {
    const raw = `<p>${'lorem ipsum dolor sit amet '.repeat(40_000)}</p>`;
    const paragraphs = Array.from(
      { length: 3000 },
      (_, i) => `missing paragraph number ${i} with some words`,
    );
    align(raw, paragraphs); // quadratic search would run into the test timeout
  });
});
