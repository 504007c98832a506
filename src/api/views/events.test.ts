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
  timelineItemBytes,
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

  it('selects every zoom window as filtering every event does, with a year-long event among them', () => {
    const long = corpus();
    // One event lasting the whole year keeps the running latest end high: the pass cannot skip
    // the early events, and must still leave out those that end before the window.
    long.events[0]!.end = '2022-12-31';
    const days = (n: number) => new Date(Date.UTC(2021, 11, 20 + n)).toISOString().slice(0, 10);
    const windows: EventFilters[] = [{ from: days(0) }, { to: days(400) }, { from: days(500), to: days(9) }];
    for (const parts of [6, 12, 24, 48, 97])
      for (let i = 0; i < parts; i++) {
        const size = Math.ceil(400 / parts);
        windows.push({ from: days(i * size), to: days((i + 1) * size - 1) });
      }
    for (const f of windows) {
      const reference = filterEvents(long, f);
      const s = selectEvents(long, f);
      expect(
        s.events.map((e) => e.id),
        JSON.stringify(f),
      ).toEqual(reference.map((e) => e.id));
      expect(s.types).toEqual(eventTypeCounts(reference));
      expect(s.end).toBe(
        reference
          .map((e) => e.end)
          .sort()
          .at(-1) ?? null,
      );
      expect(withinPeriod(long, f.from, f.to).map((e) => e.id)).toEqual(reference.map((e) => e.id));
    }
    expect(selectEvents(long, { from: days(100), to: days(110) }).events[0]!.id).toBe(long.events[0]!.id);
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
      expect(timelineItemBytes(c, e).toString('utf8')).toBe(safeJson(timelineItem(c, e)));
      expect(timelineItemBytes(c, e)).toBe(timelineItemBytes(c, e));
    }
  });
});
