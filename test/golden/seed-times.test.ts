/**
 * Golden test of the seed article's time expressions, read through the real ingest path. The
 * expected values live in `seed-times/expected.json`; `npm run update-golden` rewrites them, and
 * the diff is reviewed like code. The key readings the issue names are also asserted by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import type { TimeJson } from '../../src/model/document.ts';
import { isFailure } from '../../src/model/source.ts';

const SEED = new URL('../../../shared/seed/allied-resolve-2022-01-17.md', import.meta.url).pathname;
const EXPECTED = new URL('./seed-times/expected.json', import.meta.url).pathname;
const NOW = new Date('2022-03-01T00:00:00Z');

function times(): { text: string; times: TimeJson[] } {
  const results = readSource(SEED, readFileSync(SEED, 'utf8'));
  const doc = results.find((r) => !isFailure(r));
  if (!doc || isFailure(doc)) throw new Error('seed did not ingest');
  const json = buildDocument(finalizeSource(doc, NOW));
  return { text: json.text, times: json.times };
}

describe.skipIf(!existsSync(SEED))('seed article times (skipped without ../shared)', () => {
  const { text, times: got } = existsSync(SEED) ? times() : { text: '', times: [] };
  const find = (t: string) => got.find((x) => x.text === t);

  it('matches expected.json', () => {
    const slim = got.map(({ id: _id, ...t }) => t);
    if (process.env.UPDATE_GOLDEN) writeFileSync(EXPECTED, `${JSON.stringify(slim, null, 2)}\n`);
    expect(slim).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });

  it('spans slice to their text', () => {
    for (const t of got) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
  });

  it('reads the expressions the issue names', () => {
    expect(find('January 17, 2022')).toMatchObject({ value: '2022-01-17', anchor: 'none', implied: [] });
    expect(find('11:30 a.m. on Jan. 18')).toMatchObject({
      type: 'time',
      value: '2022-01-18T11:30',
      implied: ['year'],
    });
    // The update's `Tuesday` is the update's day, not the article's.
    expect(find('Tuesday')).toMatchObject({ value: '2022-01-18', anchor: 'update' });
    expect(find('Feb. 9')).toMatchObject({ value: '2022-02-09', anchor: 'update', implied: ['year'] });
    expect(find('Feb. 10–20')).toMatchObject({
      value: '2022-02-10/2022-02-20',
      start: '2022-02-10',
      end: '2022-02-20',
    });
    expect(find('Monday')).toMatchObject({ value: '2022-01-17', anchor: 'published' });
    expect(find('months')).toMatchObject({ type: 'duration', value: 'PXM' });
    expect(find('Last week')).toMatchObject({ value: '2022-W02', start: '2022-01-10', end: '2022-01-16' });
    expect(find('December')).toMatchObject({ value: '2021-12' });
    expect(find('last September')).toMatchObject({ value: '2021-09' });
    expect(find('2023')).toMatchObject({ value: '2023', anchor: 'none' });
    expect(got.filter((t) => t.text === 'February').map((t) => t.value)).toEqual([
      '2022-02',
      '2022-02',
      '2022-02',
    ]);
  });

  it('reads no time inside names or counts', () => {
    for (const t of got) expect(t.text).not.toMatch(/Zapad|2021|S-400|tanks|20,000|12,000|200,000/);
  });
});
