import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, finalizeSource } from '../app/document.ts';
import { readSource } from '../ingest/index.ts';
import { isFailure } from '../model/source.ts';
import { documentFeatures } from './index.ts';

const NOW = new Date('2022-03-01T00:00:00Z');

/** The claims of the first document of an example file, as [figure text, value]. */
function claims(file: string): [string, number][] {
  const path = new URL(`../../examples/${file}`, import.meta.url).pathname;
  const src = readSource(path, readFileSync(path, 'utf8')).find((r) => !isFailure(r));
  if (!src || isFailure(src)) throw new Error(`no document in ${file}`);
  return documentFeatures(buildDocument(finalizeSource(src, NOW))).claims.map((c) => [c.text, c.value]);
}

describe('claims leave out the figures a rule states', () => {
  it('a notification threshold and the point where observers are invited are no troop claims', () => {
    const got = claims('html/2022-01-21-minsk-courier-troop-numbers-within-limits.html');
    expect(got.filter(([, v]) => v === 9000 || v === 13000)).toEqual([]);
  });
  it('the threshold goes, an estimate of the same size stays', () => {
    const got = claims('text/2022-01-25-thames-observer-explainer-allied-resolve.txt');
    expect(got).toContainEqual(['about 9,000', 9000]);
    expect(got.filter(([t]) => t === '9,000')).toEqual([]);
  });
});
