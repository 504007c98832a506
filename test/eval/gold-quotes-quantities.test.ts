import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGold, unitKey } from '../../eval/tasks/gold-quotes-quantities.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-qq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Small gold files written for this test from one sample article and one article of eval/gold/articles.
const sample = {
  file: 'examples/markdown/2022-01-17-free-belarus-review-lukashenka-february-war-games.md',
  quotes: [
    { content: 'We cannot leave this without an answer', direct: true, speaker: 'Hulevich', via: 'BelTA' },
  ],
  quantities: [
    { figure: 'some 300 tanks', value: 300, max: null, unit: ['tanks'], qualifier: 'about', about: null },
  ],
};
const other = {
  file: 'eval/gold/articles/2026-03-14-meridian-wire-varnia-floods.md',
  quotes: [{ content: 'By midnight it was at my knees.', direct: true, speaker: 'Horak', via: null }],
  quantities: [
    { figure: '12 rescue boats', value: 12, max: null, unit: ['boats'], qualifier: 'exact', about: null },
  ],
};

function write(name: string, documents: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ documents }));
  return path;
}

describe('gold-quotes-quantities scorer', () => {
  it('gives the whole set under the old names and each part under its prefix', async () => {
    const { figures, table } = await runGold(write('both.json', [sample, other]));
    for (const name of ['quote:speaker+via', 'quantity:value+unit+qualifier']) {
      expect(figures[name]).toBeDefined();
      expect(figures[`samples.${name}`]).toBeDefined();
      expect(figures[`otherNews.${name}`]).toBeDefined();
    }
    expect(table).toContain('whole set: 2 documents');
    expect(table).toContain('sample articles (examples/): 1 documents');
    expect(table).toContain('other news (eval/gold/articles/): 1 documents');
  });

  it('scores a part alone as it scores in the whole set', async () => {
    const alone = (await runGold(write('other.json', [other]))).figures;
    const both = (await runGold(write('both2.json', [sample, other]))).figures;
    for (const [name, value] of Object.entries(alone)) {
      if (name.startsWith('otherNews.')) continue;
      expect(both[`otherNews.${name}`]).toEqual(value);
      expect(alone[`otherNews.${name}`]).toEqual(value);
    }
    expect(Object.keys(alone).some((k) => k.startsWith('samples.'))).toBe(false);
  });
});

describe('unitKey', () => {
  it('reads a rate written with "per" as the same unit written with a slash', () => {
    expect(unitKey('GBP per patient')).toBe(unitKey('GBP/patient'));
    // A number in a unit compares without its thousands separators (the stage writes none).
    expect(unitKey('cases per 1,000 person-years')).toBe('cases/1000 person-years');
    expect(unitKey('cases per 1,000 person-years')).toBe(unitKey('cases/1000 person-years'));
    expect(unitKey('cases per 1,000 person-years')).not.toBe(unitKey('cases/100 person-years'));
    expect(unitKey('EUR')).not.toBe(unitKey('EUR/year'));
    expect(unitKey(null)).toBeNull();
  });
});
