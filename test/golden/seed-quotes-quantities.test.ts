/**
 * Golden test of quotes and quantities on the seed article, read through the real ingest path
 * (`readSource` → `finalizeSource` → `buildDocument`). Skips when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import type { DocumentJson } from '../../src/model/document.ts';
import { isFailure } from '../../src/model/source.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const expected = JSON.parse(readFileSync(resolve(here, 'seed-quotes-quantities/expected.json'), 'utf8'));
const seedPath = resolve(repo, expected.source);
const present = existsSync(seedPath);
if (!present) console.warn(`seed-quotes-quantities: skipped, ${seedPath} not found (needs ../shared)`);

function load(): DocumentJson {
  const [doc] = readSource(seedPath, readFileSync(seedPath, 'utf8'));
  if (!doc || isFailure(doc)) throw new Error('seed article did not read');
  return buildDocument(finalizeSource(doc, new Date('2022-01-17T12:00:00Z')));
}

/** Every name a reference may go by: the entity's name and mention texts, or the text itself. */
function names(out: DocumentJson, ref: string | null, text: string | null): string[] {
  const e = ref ? out.entities.find((x) => x.id === ref) : undefined;
  const all = e ? [e.name, ...e.mentions.map((m) => m.text)] : [];
  if (text) all.push(text);
  if (ref && !e) all.push(ref);
  return all;
}

describe.skipIf(!present)('golden: seed article quotes and quantities', () => {
  const out = present ? load() : (null as unknown as DocumentJson);

  it('keeps every span exact', () => {
    for (const q of [...out.quotes, ...out.quantities])
      expect(out.text.slice(q.span[0], q.span[1])).toBe(q.text);
    for (const q of out.quotes) if (q.cue) expect(q.cue[1]).toBeGreaterThan(q.cue[0]);
  });

  type DirectExp = { startsWith: string; direct: boolean; speaker: string; via: string | null; cue: string };
  it.each((expected.quotes as DirectExp[]).map((q): [string, DirectExp] => [q.startsWith.slice(0, 40), q]))(
    'direct quote: %s',
    (_, exp) => {
      const q = out.quotes.find((x) => x.text.startsWith(exp.startsWith));
      expect(q, exp.startsWith).toBeDefined();
      expect(q!.direct).toBe(exp.direct);
      expect(names(out, q!.speaker, q!.speakerText).some((n) => n.includes(exp.speaker))).toBe(true);
      if (exp.via === null) expect(q!.viaText).toBeNull();
      else expect(names(out, q!.via, q!.viaText)).toContain(exp.via);
      expect(out.text.slice(q!.cue![0], q!.cue![1])).toBe(exp.cue);
    },
  );

  it('finds exactly five direct quotes', () => {
    expect(out.quotes.filter((q) => q.direct)).toHaveLength(expected.quotes.length);
  });

  type IndirectExp = { startsWith: string; speaker: string; via?: string; stance: string };
  it.each(
    (expected.indirect as IndirectExp[]).map((q): [string, IndirectExp] => [q.startsWith.slice(0, 40), q]),
  )('indirect: %s', (_, exp) => {
    // Two attributions may share a content (`warned of X, which Moscow denies`): take the one of
    // the expected speaker when there is one.
    const all = out.quotes.filter((x) => !x.direct && x.text.startsWith(exp.startsWith));
    const q =
      all.find((x) => names(out, x.speaker, x.speakerText).some((n) => n.includes(exp.speaker))) ?? all[0];
    expect(q, exp.startsWith).toBeDefined();
    expect(names(out, q!.speaker, q!.speakerText).some((n) => n.includes(exp.speaker))).toBe(true);
    expect(q!.stance).toBe(exp.stance);
    if (exp.via) expect(q!.viaText).toBe(exp.via);
  });

  type QuantityExp = {
    text: string;
    value: number;
    max: number | null;
    unit: string;
    qualifier: string;
    about: string[] | null;
  };
  it.each((expected.quantities as QuantityExp[]).map((q): [string, QuantityExp] => [q.text, q]))(
    'quantity: %s',
    (_, exp) => {
      const q = out.quantities.find((x) => x.text === exp.text);
      expect(q, exp.text).toBeDefined();
      expect({ value: q!.value, max: q!.max, unit: q!.unit, qualifier: q!.qualifier }).toEqual({
        value: exp.value,
        max: exp.max,
        unit: exp.unit,
        qualifier: exp.qualifier,
      });
      if (exp.about === null) expect(q!.about).toBeNull();
      else {
        const forms = names(out, q!.about, q!.about);
        expect(
          exp.about.some((a) => forms.includes(a)),
          `${exp.text} about ${forms.join(' | ')}`,
        ).toBe(true);
      }
    },
  );

  it('takes no year, date, time or name for a quantity', () => {
    for (const t of expected.notQuantities as string[])
      expect(out.quantities.map((q) => q.text)).not.toContain(t);
    for (const q of out.quantities) expect(q.text).not.toMatch(/Zapad|2021|2022|2023/);
  });
});
