import { describe, expect, it } from 'vitest';
import { eventDocs } from '../../../test/browser/generated.ts';
import { exerciseFixtures, fixtureDoc } from '../fixtures.ts';
import { safeJson } from '../json.ts';
import { buildCorpus } from './corpus.ts';
import {
  type EventFilters,
  eventTypeCounts,
  filterEvents,
  selectEvents,
  timelineItem,
  timelineItemJson,
  withinPeriod,
} from './events.ts';

// 400 events of 1–15 days spread over 2022, plus the hand-built exercise documents.
const corpus = () => buildCorpus([...exerciseFixtures(), ...eventDocs(400).map(fixtureDoc)]);

describe('event selections', () => {
  const c = corpus();
  const cases: [string, EventFilters][] = [
    ['no filter', {}],
    ['a period', { from: '2022-03-01', to: '2022-03-31' }],
    ['one day', { from: '2022-06-15', to: '2022-06-15' }],
    ['open start', { to: '2022-02-15' }],
    ['open end', { from: '2022-11-20' }],
    ['date-times cut to days', { from: '2022-04-01T12:00:00Z', to: '2022-04-03T00:00:00Z' }],
    ['before everything', { to: '2021-01-01' }],
    ['after everything', { from: '2023-06-01' }],
    ['from after to', { from: '2022-05-10', to: '2022-05-01' }],
    ['type and period', { type: 'meeting', from: '2022-01-01', to: '2022-06-30' }],
    ['place by name', { place: 'brest' }],
    ['actor that is nobody', { actor: 'nobody at all' }],
  ];

  it.each(cases)('%s: the same events as filtering every event', (_, f) => {
    const s = selectEvents(c, f);
    expect(s.events.map((e) => e.id)).toEqual(filterEvents(c, f).map((e) => e.id));
    expect(s.types).toEqual(eventTypeCounts(filterEvents(c, f)));
    const ends = filterEvents(c, f).map((e) => e.end);
    expect(s.end).toBe(ends.sort().at(-1) ?? null);
  });

  it('keeps events that start before the period and end inside it', () => {
    const from = '2022-03-10';
    const early = withinPeriod(c, from).filter((e) => e.start < from);
    expect(early.length).toBeGreaterThan(0);
    for (const e of early) expect(e.end >= from).toBe(true);
  });

  it('answers a repeated selection from memory, and the unfiltered one is the index itself', () => {
    expect(selectEvents(c, { type: 'meeting' })).toBe(selectEvents(c, { type: 'meeting' }));
    expect(selectEvents(c, {}).events).toBe(c.events);
    expect(selectEvents(c, { type: 'meeting' })).not.toBe(selectEvents(c, { type: 'attack' }));
  });

  it('encodes a timeline item as safeJson would, once', () => {
    for (const e of c.events.slice(0, 50)) {
      expect(timelineItemJson(c, e)).toBe(safeJson(timelineItem(c, e)));
      expect(timelineItemJson(c, e)).toBe(timelineItemJson(c, e));
    }
  });
});
