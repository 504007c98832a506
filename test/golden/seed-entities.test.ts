/**
 * Golden test of the seed article's entities, read through the real ingest path. The expected
 * entities live in `seed-entities/expected.json`; `npm run update-golden` rewrites them, and the
 * diff is reviewed like code. The entities, roles and links the issue names are asserted by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import type { EntityJson } from '../../src/model/document.ts';
import { isFailure } from '../../src/model/source.ts';

const SEED = new URL('../../../shared/seed/allied-resolve-2022-01-17.md', import.meta.url).pathname;
const EXPECTED = new URL('./seed-entities/expected.json', import.meta.url).pathname;
const NOW = new Date('2022-03-01T00:00:00Z');

function entities(): { text: string; entities: EntityJson[] } {
  const results = readSource(SEED, readFileSync(SEED, 'utf8'));
  const doc = results.find((r) => !isFailure(r));
  if (!doc || isFailure(doc)) throw new Error('seed did not ingest');
  const json = buildDocument(finalizeSource(doc, NOW));
  return { text: json.text, entities: json.entities };
}

describe.skipIf(!existsSync(SEED))('seed article entities (skipped without ../shared)', () => {
  const { text, entities: got } = existsSync(SEED) ? entities() : { text: '', entities: [] };
  const named = (name: string) => got.find((e) => e.name === name);

  it('matches expected.json', () => {
    const slim = got.map(({ id: _id, ...e }) => ({
      ...e,
      mentions: e.mentions.map((m) => `${m.text} @${m.span[0]} ${m.by}`),
    }));
    if (process.env.UPDATE_GOLDEN) writeFileSync(EXPECTED, `${JSON.stringify(slim, null, 2)}\n`);
    expect(slim).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });

  it('spans slice to their text', () => {
    for (const e of got) for (const m of e.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('finds the people with their roles, and links surnames, pronouns and descriptors', () => {
    const luka = named('Alexander Lukashenko');
    expect(luka).toMatchObject({ type: 'person', role: 'President', key: 'alksndr lkshnk' });
    const texts = luka!.mentions.map((m) => m.text);
    expect(texts).toContain('Lukashenko');
    expect(texts).toContain('he');
    expect(texts).toContain('strongman leader');
    expect(named('Vladimir Putin')).toMatchObject({ type: 'person' });
    expect(named('Pavel Muravyeko')).toMatchObject({
      type: 'person',
      role: 'deputy chief of the general staff',
    });
    const gulevich = named('Viktor Gulevich');
    expect(gulevich).toMatchObject({ type: 'person', role: 'chief of the general staff' });
    expect(gulevich!.mentions.map((m) => m.text)).toContain('Gulevich');
  });

  it('types organisations, outlets, places and named events', () => {
    expect(named('NATO')).toMatchObject({ type: 'organization' });
    expect(named('BelTA')).toMatchObject({ type: 'media' });
    expect(
      named('BelTA')!
        .mentions.map((m) => m.text)
        .sort(),
    ).toEqual(['BelTA', 'Belta', 'Belta']);
    expect(named('Pul Pervogo')).toMatchObject({ type: 'media' });
    for (const c of ['Belarus', 'Russia', 'Ukraine', 'Poland'])
      expect(named(c)).toMatchObject({ type: 'gpe' });
    expect(named('Baltic states')).toMatchObject({ type: 'location' });
    expect(named('Baltic states')!.mentions.map((m) => m.text)).toContain('Baltics');
    for (const e of ['Allied Resolve', 'Zapad-2021', 'Union Shield'])
      expect(named(e)).toMatchObject({ type: 'named_event' });
  });

  it('resolves the ex-Soviet republic to Belarus', () => {
    expect(named('Belarus')!.mentions.map((m) => m.text)).toContain('the ex-Soviet republic');
  });
});
