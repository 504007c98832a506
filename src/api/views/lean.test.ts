import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../model/document.ts';
import { exerciseFixtures, fixtureDoc } from '../fixtures.ts';
import { figureDetail } from './claims.ts';
import { buildCorpus, corpusKey, leanDoc } from './corpus.ts';
import { entityDetail, entityMentions } from './entities.ts';
import { eventDetail } from './events.ts';
import { situationReport } from './report.ts';

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
      () => Object.keys(lean.quotes[0]!).sort(),
      ['direct', 'id', 'span', 'speaker', 'speakerText', 'stance', 'via', 'viaText'],
    ],
    [
      'entity mentions with text and rule',
      () => lean.entities[1]!.mentions.map((m) => [m.text, m.by]),
      [['Khrenin', 'fixture']],
    ],
    ['quantities', () => lean.quantities.map((q) => [q.unit, q.value]), [['troops', 3000]]],
    ['text and sentences', () => [lean.text, lean.sentences], [doc.text, doc.sentences]],
  ])('keeps %s', (_name, pick, expected) => {
    expect(pick()).toEqual(expected);
  });

  it.each([
    ['links', 'links' in lean],
    ['diagnostics', 'diagnostics' in lean],
    ['a time no event refers to', lean.times.some((t) => t.text === 'Feb. 1')],
    ['quote text', 'text' in lean.quotes[0]!],
  ])('drops %s', (_name, present) => {
    expect(present).toBe(false);
  });

  it('keeps no time when there are no events, and leaves the input as it was', () => {
    const plain = { ...sample(), events: [] };
    expect(leanDoc(plain).times).toEqual([]);
    expect(plain.times).toHaveLength(2);
    expect(doc.quotes[0]).toHaveProperty('text');
  });

  it('shares repeated strings through the pool it is given', () => {
    const seen: string[] = [];
    leanDoc(doc, (s) => {
      seen.push(s);
      return s;
    });
    expect(seen).toEqual(expect.arrayContaining(['Brest', 'Khrenin', 'fixture', 'troops']));
  });

  it('gives every view the same answer as the full documents', () => {
    const full = [...exerciseFixtures(), sample()].map((d) => ({
      ...d,
      // The cross-document keys the lean projection gives, and nothing else of it.
      entities: d.entities.map((e) => ({ ...e, key: corpusKey(e.name, e.type), docKey: e.key })),
    }));
    // `true` takes the documents as given: the full JSON on one side, the lean projection on the other.
    const a = buildCorpus(full, true);
    const b = buildCorpus(
      full.map((d) => leanDoc(d)),
      true,
    );
    expect(b.docs.get(full[0]!.id)).not.toHaveProperty('links');
    expect(a.docs.get(full[0]!.id)).toHaveProperty('links');
    for (const key of a.entityByKey.keys()) {
      expect(entityDetail(b, key)).toEqual(entityDetail(a, key));
      expect(entityMentions(b, key)).toEqual(entityMentions(a, key));
    }
    for (const e of a.events) expect(eventDetail(b, e.id)).toEqual(eventDetail(a, e.id));
    for (const f of a.figures) expect(figureDetail(b, f.id)).toEqual(figureDetail(a, f.id));
    const period = { from: '2022-02-01', to: '2022-02-28' };
    expect(situationReport(b, period)).toEqual(situationReport(a, period));
  });
});
