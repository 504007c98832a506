import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOffsetMap, exactShare } from '../../test/helpers/offsets.ts';
import { readSource } from './index.ts';
import { textAdapter } from './text.ts';

describe('text adapter', () => {
  it('reads a wire story with headline and dateline', () => {
    const raw = readFileSync(new URL('../../test/fixtures/text/wire-dateline.txt', import.meta.url), 'utf8');
    const [doc] = readSource('wire.txt', raw);
    if (!doc || 'failed' in doc) throw new Error('fixture did not read');
    expect(doc.title).toBe('Russian units reach Belarus for drills');
    expect(doc.dateline).toMatchObject({ place: 'Minsk', outlet: 'Baltic Wire', date: '2022-01-18' });
    expect(doc.published).toEqual({ value: '2022-01-18', from: 'dateline' });
    expect(doc.outlet).toBe('Baltic Wire');
    // Hard-wrapped lines join into one paragraph.
    expect(doc.text).toContain('Russian armour arrived in Belarus');
    checkOffsetMap(doc.text, raw, doc.offsets.segments);
    expect(exactShare(doc.text, doc.offsets.segments)).toBeGreaterThan(0.97);
  });

  it('normalises CRLF, trailing spaces and blank-line runs', () => {
    const raw = 'First para  \r\nstill first.\r\n\r\n\r\n\r\nSecond para.   \r\n';
    const [doc] = textAdapter({ origin: 'x.txt', raw });
    if (!doc || 'failed' in doc) throw new Error('no doc');
    expect(doc.text).toBe('First para still first.\n\nSecond para.');
    checkOffsetMap(doc.text, raw, doc.offsets.segments);
  });

  it('has no title when the first line is a sentence', () => {
    const [doc] = textAdapter({
      origin: 'x.txt',
      raw: 'Belarus said on Monday it would hold drills.\n\nMore.',
    });
    expect(doc && 'title' in doc ? doc.title : 'x').toBeNull();
  });

  it('takes a headline that asks a question, not two sentences', () => {
    const title = (raw: string) => {
      const [doc] = textAdapter({ origin: 'x.txt', raw });
      return doc && 'title' in doc ? doc.title : 'x';
    };
    expect(title('Explainer: what are the drills, and why worry?\n\nBody text.')).toBe(
      'Explainer: what are the drills, and why worry?',
    );
    expect(title('Is it over? Nobody knows yet\n\nBody text.')).toBeNull();
  });
});

describe('list items in plain text', () => {
  it('keep their own lines after a colon or another item, and a wrapped dash stays prose', () => {
    const raw =
      'Key points:\n- The president says talks must include Europe\n- Moscow says it is ready\n\nHe said the plan\n- like the last one - would fail.';
    const [doc] = textAdapter({ origin: 'a.txt', raw });
    if (!doc || 'failed' in doc) throw new Error('no doc');
    checkOffsetMap(doc.text, raw, doc.offsets.segments);
    expect(doc.text).toBe(
      'Key points:\n- The president says talks must include Europe\n- Moscow says it is ready\n\nHe said the plan - like the last one - would fail.',
    );
  });
});
