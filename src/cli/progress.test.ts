import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ingestProgress } from './progress.ts';

function stream(tty: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  s.isTTY = tty;
  s.columns = 100;
  let text = '';
  s.on('data', (d) => (text += d));
  return { s, text: () => text };
}

describe('ingest progress', () => {
  it('draws a bar on a terminal for many files, with failures above it', () => {
    const out = stream(true);
    const err = stream(true);
    const p = ingestProgress(out.s, err.s);
    p.start!(40);
    for (let i = 1; i <= 40; i++) {
      p.item!(
        i === 7
          ? { origin: `f${i}.md`, status: 'failed', code: 'INPUT_EMPTY', message: 'file is empty' }
          : { origin: `f${i}.md`, status: 'new', id: `d${i}` },
      );
      p.fileDone!(`f${i}.md`, i, 40);
    }
    expect(out.text()).toBe('');
    expect(err.text()).toContain('f7.md: INPUT_EMPTY: file is empty');
    expect(err.text()).toContain('40/40 files  39 new 0 updated 1 failed');
    expect(err.text()).toMatch(/\[#+\]/);
  });

  it('prints plain lines when not a terminal', () => {
    const out = stream(false);
    const err = stream(false);
    const p = ingestProgress(out.s, err.s);
    p.start!(40);
    p.item!({ origin: 'a.md', status: 'new', id: 'd1', title: 'A title' });
    p.item!({ origin: 'b.md', status: 'unchanged', id: 'd2' });
    p.fileDone!('b.md', 2, 40);
    expect(out.text()).toBe('new       d1  a.md  A title\nunchanged d2  b.md\n');
    expect(err.text()).toBe('');
  });
});
