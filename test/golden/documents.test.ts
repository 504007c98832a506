/**
 * Golden documents: each folder under test/golden/documents/ holds a `source.*` file and the
 * `expected.json` document JSON the reader must produce for it (publication time fixed so runs
 * are reproducible). `npm run update-golden` rewrites the expectations; review their diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import { isFailure } from '../../src/model/source.ts';

const ROOT = new URL('./documents/', import.meta.url).pathname;
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** The clock for documents without a date of their own. */
const NOW = new Date('2022-03-01T00:00:00Z');

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden documents', () => {
  it('there are golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(ROOT, name);
    const source = readdirSync(dir).find((f) => f.startsWith('source.'));
    expect(source).toBeDefined();
    const origin = `golden/${name}/${source}`;
    const docs = readSource(origin, readFileSync(join(dir, source!), 'utf8'), { referenceYear: 2022 }).map(
      (r) => (isFailure(r) ? r : buildDocument(finalizeSource(r, NOW))),
    );
    const expectedPath = join(dir, 'expected.json');
    if (UPDATE || !existsSync(expectedPath))
      writeFileSync(expectedPath, `${JSON.stringify(docs, null, 2)}\n`);
    expect(docs).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
