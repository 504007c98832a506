import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOffsetMap, exactShare } from '../../test/helpers/offsets.ts';
import { readSource } from './index.ts';
import { markdownAdapter } from './markdown.ts';

const fixture = new URL('../../test/fixtures/markdown/drills-update.md', import.meta.url);

describe('markdown adapter', () => {
  const raw = readFileSync(fixture, 'utf8');
  const [doc] = readSource('drills-update.md', raw);
  if (!doc || 'failed' in doc) throw new Error('fixture did not read');

  it('drops markup and keeps paragraphs', () => {
    expect(doc.text).not.toMatch(/[*#>`]|\]\(/);
    expect(doc.text.split('\n\n')[0]).toBe('Minsk Sets Dates for Joint Exercise');
    expect(doc.text).toContain('Related: Minsk Eyes $1Bln Arms Purchase');
    expect(doc.text).toContain('First point with code\n\nSecond point');
    expect(doc.text).not.toMatch(/\n{3,}/);
  });

  it('reads the title, date line, source URL and update note', () => {
    expect(doc.title).toBe('Minsk Sets Dates for Joint Exercise');
    expect(doc.published).toEqual({ value: '2022-01-19', from: 'text' });
    expect(doc.url).toBe('https://example.test/2022/01/19/minsk-sets-dates');
    expect(doc.text).not.toContain('Original url');
    expect(doc.updates).toHaveLength(1);
    expect(doc.updates[0]!.value).toBe('2022-01-20T16:05');
    expect(doc.text.slice(...doc.updates[0]!.span)).toBe('Update at 4:05 p.m. on Jan. 20:');
    expect(doc.language).toBe('en');
  });

  it('keeps link anchors as annotations and drops empty fragment links', () => {
    expect(doc.links).toHaveLength(1);
    expect(doc.text.slice(...doc.links[0]!.span)).toBe('Brest');
    expect(doc.links[0]!.href).toBe('https://example.test/places/brest');
  });

  it('maps text back to the raw source', () => {
    checkOffsetMap(doc.text, raw, doc.offsets.segments);
    expect(exactShare(doc.text, doc.offsets.segments)).toBeGreaterThan(0.97);
  });

  it('handles documents that are only markup', () => {
    const [d] = markdownAdapter({ origin: 'x.md', raw: '![img](a.png)\n\n---\n' });
    expect(d && 'text' in d ? d.text : null).toBe('');
  });
});
