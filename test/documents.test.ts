import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, finalizeSource } from '../src/app/document.ts';
import { readSource } from '../src/ingest/index.ts';
import type { DocumentJson } from '../src/model/document.ts';
import { documentJsonSchema, documentSchema } from '../src/model/schema.ts';
import { isFailure, type SourceDoc } from '../src/model/source.ts';
import { checkOffsetMap, exactShare } from './helpers/offsets.ts';

const ROOTS = ['../examples/', './fixtures/'].map((p) => new URL(p, import.meta.url).pathname);
const NOW = new Date('2022-03-01T00:00:00Z');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'bad' ? [] : files(p);
    return /\.(md|html?|txt|jsonl?|xml)$/.test(f) ? [p] : [];
  });
}

const ALL = ROOTS.flatMap(files);
const sources = new Map<string, SourceDoc[]>(
  ALL.map((f) => [f, readSource(f, readFileSync(f, 'utf8')).filter((r): r is SourceDoc => !isFailure(r))]),
);

/** Least share of non-space characters mapped verbatim to the raw source, per format. */
const MIN_EXACT: Record<string, number> = { markdown: 0.97, text: 0.97, html: 0.9, json: 0.8, rss: 0.5 };

describe('every fixture and example', () => {
  it('there are fixtures in every format', () => {
    const formats = new Set([...sources.values()].flat().map((d) => d.format));
    expect([...formats].sort()).toEqual(['html', 'json', 'markdown', 'rss', 'text']);
  });

  it.each(ALL)('%s: offsets round-trip to the raw source', (file) => {
    for (const doc of sources.get(file)!) {
      checkOffsetMap(doc.text, doc.raw, doc.offsets.segments);
      expect(exactShare(doc.text, doc.offsets.segments)).toBeGreaterThanOrEqual(MIN_EXACT[doc.format]!);
    }
  });

  it.each(ALL)(
    '%s: document JSON meets the schema, spans match their text, output is deterministic',
    (file) => {
      for (const src of sources.get(file)!) {
        const doc = buildDocument(finalizeSource(src, NOW));
        const parsed = documentSchema.safeParse(doc);
        expect(parsed.success ? null : parsed.error.issues.slice(0, 3)).toBeNull();
        checkSpans(doc);
        expect(buildDocument(finalizeSource(src, NOW))).toEqual(doc);
      }
    },
  );
});

function checkSpans(doc: DocumentJson): void {
  const t = doc.text;
  const within = (s: readonly [number, number]) =>
    expect(s[0] >= 0 && s[0] <= s[1] && s[1] <= t.length).toBe(true);
  for (const s of doc.sentences) {
    within(s);
    expect(t.slice(s[0], s[1]).trim()).toBe(t.slice(s[0], s[1]));
  }
  for (const e of doc.entities) for (const m of e.mentions) expect(t.slice(...m.span)).toBe(m.text);
  for (const x of [...doc.times, ...doc.quantities, ...doc.quotes]) expect(t.slice(...x.span)).toBe(x.text);
  for (const v of doc.events) expect(t.slice(...v.trigger)).toBe(v.text);
  for (const l of doc.links) within(l.span);
  for (const u of doc.updates) within(u.span);
}

describe('the JSON Schema file', () => {
  it('is generated from the zod contract (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/document.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentJsonSchema())));
  });
});
