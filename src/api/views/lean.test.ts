import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../model/document.ts';
import { exerciseFixtures, fixtureDoc } from '../fixtures.ts';
import { figureDetail } from './claims.ts';
import { buildCorpus, corpusKey, leanDoc, StringPool } from './corpus.ts';
import { entityDetail, entityMentions } from './entities.ts';
import { eventDetail } from './events.ts';

/** A document with times an event refers to and times none does, quotes and a figure. */
function sample(): DocumentJson {
  return fixtureDoc({
    title: 'Drills',
    outlet: 'Baltic Wire',
    url: 'https://x.test/lean',
    published: '2022-02-10',
    text: 'Drills ran on Feb. 10–20 near Brest, a week after Feb. 1. "We are ready," Khrenin said of 3,000 troops.',
    entities: [
      { name: 'Brest', key: 'brst', type: 'location', at: ['Brest'] },
      { name: 'Viktor Khrenin', key: 'hrnn', type: 'person', at: ['Khrenin'] },
    ],
    times: [
      { at: 'Feb. 10–20', start: '2022-02-10', end: '2022-02-20' },
      { at: 'Feb. 1', start: '2022-02-01' },
    ],
    quantities: [{ at: '3,000 troops', value: 3000, unit: 'troops' }],
    quotes: [{ at: '"We are ready,"', speaker: 'Viktor Khrenin' }],
    events: [{ at: 'Drills', type: 'military_exercise', places: ['Brest'], time: 'Feb. 10–20' }],
  });
}

describe('leanDoc', () => {
  const doc = sample();
  const lean = leanDoc(doc);

  it.each([
    ['times an event refers to', () => lean.times.map((t) => t.text), ['Feb. 10–20']],
    [
      'quote fields the views read',
      () => {
        const q = lean.quotes[0]!;
        return [q.id, q.span, q.direct, q.speaker, q.speakerText, q.via, q.viaText, q.stance];
      },
      (({ id, span, direct, speaker, speakerText, via, viaText, stance }) => [
        id,
        span,
        direct,
        speaker,
        speakerText,
        via,
        viaText,
        stance,
      ])(doc.quotes[0]!),
    ],
    [
      'entity mentions with text and rule',
      () => {
        const e = lean.entities[1]!;
        return [e.mn, lean.mentions.text(e.m0), lean.mentions.by(e.m0), lean.mentions.span(e.m0)];
      },
      [1, 'Khrenin', 'fixture', doc.entities[1]!.mentions[0]!.span],
    ],
    [
      'quantities',
      () => lean.quantities.map((q) => [q.unit, q.value, q.span]),
      [['troops', 3000, doc.quantities[0]!.span]],
    ],
    ['text and sentences', () => [lean.text, [...lean.sentences]], [doc.text, doc.sentences.flat()]],
    [
      'events the views place, with their trigger',
      () => lean.events.map((e) => [e.id, e.type, e.places, e.time, e.trigger]),
      doc.events.map((e) => [e.id, e.type, e.places, e.time, e.trigger]),
    ],
  ])('keeps %s', (_name, pick, expected) => {
    expect(pick()).toEqual(expected);
  });

  it.each([
    ['links', 'links' in lean],
    ['diagnostics', 'diagnostics' in lean],
    ['a time no event refers to', lean.times.some((t) => t.text === 'Feb. 1')],
    ['quote text', 'text' in lean.quotes[0]!],
    ['event text and mentions', 'text' in lean.events[0]! || 'mentions' in lean.events[0]!],
  ])('drops %s', (_name, present) => {
    expect(present).toBe(false);
  });

  it('keeps no time when there are no events, and leaves the input as it was', () => {
    const plain = { ...sample(), events: [] };
    expect(leanDoc(plain).times).toEqual([]);
    expect(plain.times).toHaveLength(2);
    expect(doc.quotes[0]).toHaveProperty('text');
  });

  it('shares repeated strings and id lists through the pool it is given', () => {
    const pool = new StringPool();
    const a = leanDoc(doc, pool);
    const b = leanDoc(sample(), pool);
    expect(pool.strings).toEqual(expect.arrayContaining(['Brest', 'Khrenin', 'fixture', 'troops']));
    expect(b.events[0]!.places).toBe(a.events[0]!.places);
    expect(b.entities[0]!.name).toBe(a.entities[0]!.name);
  });

  it('returns a lean document as it is', () => {
    expect(leanDoc(lean)).toBe(lean);
  });

  it('gives every view the same answer as the full documents', () => {
    const full = [...exerciseFixtures(), sample()].map((d) => ({
      ...d,
      // The cross-document keys the lean projection gives, and nothing else of it.
      entities: d.entities.map((e) => ({ ...e, key: corpusKey(e.name, e.type), docKey: e.key })),
    }));
    // The full JSON on one side, documents made lean beforehand (each with a pool of its own) on the other.
    const a = buildCorpus(full);
    const b = buildCorpus(full.map((d) => leanDoc(d)));
    expect(b.docs.get(full[0]!.id)).not.toHaveProperty('links');
    const json = new Map(full.map((d) => [d.id, d]));
    for (const [key, g] of a.entityByKey) {
      expect(entityDetail(b, key)).toEqual(entityDetail(a, key));
      expect(entityMentions(b, key)).toEqual(entityMentions(a, key));
      // Mentions read from the columns are the JSON's, in its order.
      const expected = g.refs.flatMap((r) =>
        json
          .get(r.source.id)!
          .entities.find((e) => e.id === r.json.id)!
          .mentions.map((m) => ({ doc: r.source.id, span: m.span, by: m.by, role: m.role ?? null })),
      );
      expect(entityMentions(a, key)!.map(({ n: _n, ...m }) => m)).toEqual(expected);
    }
    for (const e of a.events) {
      const detail = eventDetail(a, e.id)!;
      expect(eventDetail(b, e.id)).toEqual(detail);
      for (const r of detail.reports) {
        const ev = json.get(r.document)!.events.find((x) => x.id === r.event)!;
        expect([r.type, r.plover, r.name, r.status, r.by, r.span]).toEqual([
          ev.type,
          ev.plover,
          ev.name,
          ev.status,
          ev.by,
          ev.trigger,
        ]);
      }
    }
    for (const f of a.figures) expect(figureDetail(b, f.id)).toEqual(figureDetail(a, f.id));
  });
});
