import type { FixtureSpec } from '../../src/api/fixtures.ts';

/** Events per generated document. */
export const EVENTS_PER_DOC = 5;

const TYPES = [
  'military_exercise',
  'troop_deployment',
  'meeting',
  'statement',
  'attack',
  'sanction',
  'warning',
];

/** A day of 2022 as YYYY-MM-DD. */
const day2022 = (n: number) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10);

/** Documents whose events all differ (name), so that each is its own timeline item; spans of 1–15 days. */
export function eventDocs(events: number): FixtureSpec[] {
  const docs: FixtureSpec[] = [];
  for (let d = 0; d * EVENTS_PER_DOC < events; d++) {
    const parts: string[] = [];
    const times: NonNullable<FixtureSpec['times']> = [];
    const evs: NonNullable<FixtureSpec['events']> = [];
    for (let k = 0; k < EVENTS_PER_DOC && d * EVENTS_PER_DOC + k < events; k++) {
      const i = d * EVENTS_PER_DOC + k;
      const start = (i * 7919) % 330;
      const length = (i * 31) % 15;
      const when = `from ${day2022(start)} to ${day2022(start + length)} (#${i})`;
      parts.push(`Drill ${i} began ${when} near Brest.`);
      times.push({ at: when, start: day2022(start), end: day2022(start + length) });
      evs.push({
        at: `Drill ${i} began`,
        type: TYPES[i % TYPES.length]!,
        name: `Drill ${i}`,
        time: when,
        places: ['Brest'],
      });
    }
    const text = parts.join(' ');
    docs.push({
      text,
      title: `Generated report ${d}`,
      url: `https://bench.test/${d}`,
      outlet: `Outlet ${d % 12}`,
      published: day2022(d % 330),
      entities: [{ name: 'Brest', key: 'brst', type: 'gpe', at: ['Brest'] }],
      times,
      events: evs,
    });
  }
  return docs;
}
