/**
 * Golden test of events on the seed article, read through the real ingest path. The expectations
 * are the list, written by hand: each must be found with its arguments. Skips when
 * ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import type { DocumentJson, EventJson } from '../../src/model/document.ts';
import { isFailure } from '../../src/model/source.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const expected = JSON.parse(readFileSync(resolve(here, 'seed-events/expected.json'), 'utf8'));
const seedPath = resolve(repo, expected.source);
const present = existsSync(seedPath);
if (!present) console.warn(`seed-events: skipped, ${seedPath} not found (needs ../shared)`);

interface Expected {
  label: string;
  type: string;
  name?: string;
  trigger?: string;
  actors?: string[];
  targets?: string[];
  time?: string;
  size?: number;
  status?: string;
  claimedBy?: string;
  partOf?: string | null;
}

function load(): DocumentJson {
  const [doc] = readSource(seedPath, readFileSync(seedPath, 'utf8'));
  if (!doc || isFailure(doc)) throw new Error('seed article did not read');
  return buildDocument(finalizeSource(doc, new Date('2022-01-17T12:00:00Z')));
}

describe.skipIf(!present)('golden: seed article events', () => {
  const out = present ? load() : (null as unknown as DocumentJson);
  const entityName = (id: string | null) => {
    const e = out.entities.find((x) => x.id === id);
    return e ? [e.name, ...e.mentions.map((m) => m.text)].join('|') : '';
  };
  const matches = (v: EventJson, exp: Expected): boolean => {
    if (v.type !== exp.type) return false;
    if (exp.name !== undefined && v.name !== exp.name) return false;
    if (exp.trigger !== undefined && out.text.slice(v.trigger[0], v.trigger[1]) !== exp.trigger) return false;
    if (exp.size !== undefined && out.quantities.find((q) => q.id === v.size)?.value !== exp.size)
      return false;
    if (exp.actors && !exp.actors.every((a) => v.actors.some((id) => entityName(id).includes(a))))
      return false;
    return true;
  };

  it('anchors every event to its trigger and references that exist', () => {
    expect(out.events.length).toBeGreaterThan(0);
    const ids = new Set([...out.entities, ...out.times, ...out.quantities].map((x) => x.id));
    for (const v of out.events) {
      expect(v.trigger[1]).toBeGreaterThan(v.trigger[0]);
      for (const ref of [...v.actors, ...v.targets, ...v.places, v.time, v.size, v.claimedBy])
        if (ref !== null) expect(ids.has(ref), `${v.id} refers to ${ref}`).toBe(true);
      expect(v.by).toMatch(/^event@1:/);
    }
  });

  it('reads no event in the line linking another article (`Related article: …`)', () => {
    const at = out.text.indexOf('Related article:');
    expect(at).toBeGreaterThanOrEqual(0);
    const line = out.sentences.find(([s, e]) => s <= at && at < e)!;
    expect(out.events.filter((v) => v.trigger[0] < line[1] && line[0] < v.trigger[1])).toEqual([]);
  });

  it.each((expected.events as Expected[]).map((e): [string, Expected] => [e.label, e]))('%s', (_, exp) => {
    const v = out.events.find((x) => matches(x, exp));
    expect(v, `no ${exp.type} event matching ${JSON.stringify(exp)}`).toBeDefined();
    if (!v) return;
    if (exp.time !== undefined) expect(out.times.find((t) => t.id === v.time)?.value).toBe(exp.time);
    if (exp.status !== undefined) expect(v.status).toBe(exp.status);
    if (exp.claimedBy !== undefined) expect(entityName(v.claimedBy)).toContain(exp.claimedBy);
    for (const t of exp.targets ?? []) expect(v.targets.map(entityName).join('|')).toContain(t);
    if (exp.partOf !== undefined) {
      const parent = out.events.find((x) => x.id === v.partOf);
      expect(parent?.name ?? null).toBe(exp.partOf);
    }
  });
});
