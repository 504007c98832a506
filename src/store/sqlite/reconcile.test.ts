import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exerciseFixtures, fixtureDoc, fixtureRecord } from '../../api/fixtures.ts';
import { documentFeatures } from '../../reconcile/index.ts';
import { SqliteStore } from './index.ts';

let store: SqliteStore;
beforeEach(() => {
  store = SqliteStore.open(':memory:');
});
afterEach(async () => {
  await store.close();
});

const person = (name: string, key = 'k') => ({ name, key, type: 'person', at: [name.split(' ').at(-1)!] });
const LONG = Array.from(
  { length: 60 },
  (_, i) => `Sentence ${i} tells of column ${i % 9} moving near the border.`,
).join(' ');

describe('reconciliation in the SQLite store', () => {
  it('links Lukashenko/Lukashenka and clusters the named exercise across documents', async () => {
    for (const d of exerciseFixtures()) await store.put(fixtureRecord(d));
    const [luka] = await store.findEntities('Lukashenka');
    expect(luka!.aliases).toEqual(expect.arrayContaining(['Alexander Lukashenko', 'Alexander Lukashenka']));
    expect(luka!.documents).toBe(2);
    const page = await store.entity(luka!.id);
    expect(page!.merges).toHaveLength(1);
    expect(page!.merges[0]!.rule).toBe('translit');
    expect(page!.quotesBy.map((q) => q.text)).toEqual(['"We are calm,"']);
    const events = await store.timeline({ type: 'military_exercise' });
    expect(events).toHaveLength(1);
    expect(events[0]!.reports).toBe(2);
    expect(events[0]!.sources).toBe(2);
    const ev = await store.event(events[0]!.id);
    // Attributes stay per source: one report says Feb. 10–20, the other Feb. 12.
    expect(ev!.reportList.map((r) => [r.start, r.end])).toEqual([
      ['2022-02-10', '2022-02-20'],
      ['2022-02-12', '2022-02-12'],
    ]);
    const [troops] = await store.claims('troops');
    expect(troops!.claims.map((c) => [c.value, c.claimant])).toEqual([
      [30000, 'Baltic Wire'],
      [45000, 'Oleksii Reznikov'],
    ]);
  });

  it.each([
    ['dated report first', [0, 1, 2]],
    ['undated reports first', [1, 2, 0]],
  ])(
    "spans a named event by its reports' own times, not by the days undated reports were published (%s)",
    async (_order, order) => {
      const docs = [
        fixtureDoc({
          url: 'https://a.test/dated',
          published: '2022-01-17',
          text: 'In September the two armies held the Zapad-2021 exercise.',
          times: [{ at: 'September', start: '2021-09-01', end: '2021-09-30' }],
          events: [
            {
              at: 'exercise',
              type: 'military_exercise',
              name: 'Zapad-2021',
              time: 'September',
              status: 'completed',
            },
          ],
        }),
        fixtureDoc({
          url: 'https://b.test/undated',
          published: '2022-02-11',
          text: 'Railway watchers recalled the Zapad-2021 exercise.',
          events: [{ at: 'exercise', type: 'military_exercise', name: 'Zapad-2021', status: 'completed' }],
        }),
        fixtureDoc({
          url: 'https://c.test/undated',
          published: '2022-02-14',
          text: 'Analysts compared the build-up with the Zapad-2021 exercise.',
          events: [{ at: 'exercise', type: 'military_exercise', name: 'Zapad-2021', status: 'completed' }],
        }),
      ];
      for (const i of order) await store.put(fixtureRecord(docs[i]!));
      const [zapad, ...rest] = await store.timeline({ type: 'military_exercise' });
      expect(rest).toEqual([]);
      expect([zapad!.reports, zapad!.start, zapad!.end]).toEqual([3, '2021-09-01', '2021-09-30']);
      // Each report keeps its own (publication) day.
      const ev = await store.event(zapad!.id);
      expect(ev!.reportList.map((r) => r.start).sort()).toEqual(['2021-09-01', '2022-02-11', '2022-02-14']);
    },
  );

  it('spans an event no report dates by the days its reports were published', async () => {
    for (const [url, published] of [
      ['https://a.test/1', '2022-02-11'],
      ['https://b.test/2', '2022-02-14'],
    ] as const)
      await store.put(
        fixtureRecord(
          fixtureDoc({
            url,
            published,
            text: 'Observers recalled the Iron Lake exercise.',
            events: [{ at: 'exercise', type: 'military_exercise', name: 'Iron Lake', status: 'completed' }],
          }),
        ),
      );
    const [ev] = await store.timeline({ type: 'military_exercise' });
    expect([ev!.start, ev!.end]).toEqual(['2022-02-11', '2022-02-14']);
  });

  it('marks the events of a store reconciled before events knew whether a report timed them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-timed-'));
    const path = join(dir, 's.db');
    try {
      const old = SqliteStore.open(path);
      for (const d of exerciseFixtures()) await old.put(fixtureRecord(d));
      await old.close();
      // Back to schema 5: no `timed` column.
      const raw = new Database(path);
      raw.exec('ALTER TABLE corpus_events DROP COLUMN timed');
      raw.exec('ALTER TABLE event_args DROP COLUMN actor');
      raw.pragma('user_version = 5');
      raw.close();
      const migrated = SqliteStore.open(path);
      await migrated.close();
      const check = new Database(path, { readonly: true });
      // The exercise has a dated report; the denial is dated by its publication day only.
      expect(check.prepare('SELECT type, timed FROM corpus_events ORDER BY type').all()).toEqual([
        { type: 'denial', timed: 0 },
        { type: 'military_exercise', timed: 1 },
      ]);
      check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps figures of one unit apart by what happened to what they count', async () => {
    const put = (url: string, text: string, quantities: { at: string; value: number; measure?: string }[]) =>
      store.put(
        fixtureRecord(
          fixtureDoc({
            url,
            published: url.endsWith('1') ? '2022-01-18' : '2022-01-19',
            title: text.slice(0, 30),
            text,
            quantities: quantities.map((q) => ({ ...q, unit: 'people' })),
          }),
        ),
      );
    await put('https://a.test/1', 'Twelve people were killed and 300 people evacuated.', [
      { at: 'Twelve people', value: 12, measure: 'killed' },
      { at: '300 people', value: 300, measure: 'evacuated' },
    ]);
    await put('https://b.test/2', 'The toll rose: 14 people were killed in the town.', [
      { at: '14 people', value: 14, measure: 'killed' },
    ]);
    const killed = await store.claims('people killed');
    expect(killed.map((f) => [f.unit, f.measure, f.claims.map((c) => c.value)])).toEqual([
      ['people', 'killed', [12, 14]],
    ]);
    const all = await store.claims('people');
    expect(all.map((f) => f.measure).sort()).toEqual(['evacuated', 'killed']);
  });

  it('joins a lone surname to the only full name that has it, and not when two do', async () => {
    const put = (text: string, names: string[]) =>
      store.put(
        fixtureRecord(fixtureDoc({ text, title: text.slice(0, 20), entities: names.map((n) => person(n)) })),
      );
    await put('Viktor Gulevich spoke.', ['Viktor Gulevich']);
    await put('Hulevich spoke again.', ['Hulevich']);
    expect((await store.findEntities('Hulevich'))[0]!.aliases).toEqual(
      expect.arrayContaining(['Viktor Gulevich', 'Hulevich']),
    );
    await put('Anna Kowal spoke.', ['Anna Kowal']);
    await put('Piotr Kowal spoke.', ['Piotr Kowal']);
    await put('Kowal spoke.', ['Kowal']);
    const kowal = await store.findEntities('Kowal');
    expect(kowal.map((k) => k.name).sort()).toEqual(['Anna Kowal', 'Kowal', 'Piotr Kowal']);
    // A lone surname already joined to one full name does not pull in a second one later.
    await put('Ruth Marsh spoke.', ['Ruth Marsh']);
    await put('Marsh spoke again.', ['Marsh']);
    await put('Owen Marsh spoke.', ['Owen Marsh']);
    const marsh = await store.findEntities('Marsh');
    expect(marsh.map((k) => k.name).sort()).toEqual(['Owen Marsh', 'Ruth Marsh']);
  });

  it('does not join names whose folded keys agree but whose spellings are far apart', async () => {
    const put = (text: string, names: string[]) =>
      store.put(
        fixtureRecord(fixtureDoc({ text, title: text.slice(0, 20), entities: names.map((n) => person(n)) })),
      );
    await put('Jim Hood spoke.', ['Jim Hood']);
    await put('God spoke.', ['God']);
    expect((await store.findEntities('Hood'))[0]!.aliases).not.toContain('God');
    // A middle initial that differs is another person, even through a spelling without one.
    await put('George W. Bush spoke.', ['George W. Bush']);
    await put('George Bush spoke.', ['George Bush']);
    await put('George H.W. Bush spoke.', ['George H.W. Bush']);
    const bushes = (await store.findEntities('Bush')).map((f) => [...f.aliases].sort());
    expect(bushes).toContainEqual(['George H.W. Bush']);
    expect(bushes).toContainEqual(['George Bush', 'George W. Bush']);
    await put('Jeong Hye Jin spoke.', ['Jeong Hye Jin']);
    await put('Jeong Jae Jin spoke.', ['Jeong Jae Jin']);
    expect(await store.findEntities('Jeong')).toHaveLength(2);
  });

  it('keeps a ministry named without its state to its document, and links one named with it', async () => {
    const org = (name: string) => ({ name, key: name.toLowerCase(), type: 'organization', at: [name] });
    const put = (text: string, names: string[]) =>
      store.put(fixtureRecord(fixtureDoc({ text, title: text.slice(0, 20), entities: names.map(org) })));
    await put('The Defense Ministry in Minsk spoke.', ['Defense Ministry']);
    await put('The Defense Ministry in Moscow spoke.', ['Defense Ministry']);
    expect(await store.findEntities('Defense Ministry')).toHaveLength(2);
    // Negative: a name that says its state links across documents as any other.
    await put('The Russian Defense Ministry spoke.', ['Russian Defense Ministry']);
    await put('Later the Russian Defense Ministry spoke again.', ['Russian Defense Ministry']);
    expect((await store.findEntities('Russian Defense Ministry'))[0]!.documents).toBe(2);
  });

  it('keeps types apart and named events of different years apart', async () => {
    await store.put(
      fixtureRecord(
        fixtureDoc({
          text: 'Zapad-2021 ended. Zapad-2017 was smaller. Brest is a city. Brest said hello.',
          entities: [
            { name: 'Zapad-2021', key: 'z', type: 'named_event', at: ['Zapad-2021'] },
            { name: 'Zapad-2017', key: 'z', type: 'named_event', at: ['Zapad-2017'] },
            { name: 'Brest', key: 'b', type: 'gpe', at: ['Brest'] },
            { name: 'Brest', key: 'b', type: 'person', at: ['Brest said'] },
          ],
        }),
      ),
    );
    expect(await store.findEntities('Zapad')).toHaveLength(2);
    expect((await store.findEntities('Brest')).map((e) => e.type).sort()).toEqual(['gpe', 'person']);
  });

  it('undoes a merge, keeps it undone on later ingests and on a rebuild', async () => {
    for (const d of exerciseFixtures()) await store.put(fixtureRecord(d));
    const [luka] = await store.findEntities('Lukashenko');
    const page = await store.entity(luka!.id);
    expect(await store.unmerge(page!.merges[0]!.id)).not.toBeNull();
    expect(await store.unmerge(page!.merges[0]!.id)).toBeNull();
    expect(await store.findEntities('Lukashenko')).toHaveLength(2);
    await store.put(
      fixtureRecord(
        fixtureDoc({
          text: 'Alexander Lukashenka again.',
          title: 'x',
          entities: [person('Alexander Lukashenka')],
        }),
      ),
    );
    expect(await store.findEntities('Lukashenko')).toHaveLength(2);
    await store.reconcileAll();
    expect(await store.findEntities('Lukashenko')).toHaveLength(2);
  });

  it('clusters unnamed reports by type, overlapping time and a shared actor', async () => {
    const doc = (title: string, who: string, day: string) =>
      fixtureDoc({
        title,
        published: day,
        text: `${who} deployed troops.`,
        entities: [{ name: who, key: who, type: 'gpe', at: [who] }],
        events: [{ at: 'deployed', type: 'troop_deployment', actors: [who] }],
      });
    await store.put(fixtureRecord(doc('a', 'Russia', '2022-01-18')));
    await store.put(fixtureRecord(doc('b', 'Russia', '2022-01-19')));
    await store.put(fixtureRecord(doc('c', 'Poland', '2022-01-19')));
    await store.put(fixtureRecord(doc('d', 'Russia', '2022-03-01')));
    const t = await store.timeline({ type: 'troop_deployment' });
    expect(t.map((e) => e.reports)).toEqual([2, 1, 1]);
    expect((await store.timeline({ actor: 'Poland' })).map((e) => e.actors)).toEqual([['Poland']]);
  });

  it('joins undated reports of one plan published weeks apart, but only of the same parties', async () => {
    const doc = (title: string, day: string, text: string, actors: string[], type = 'troop_withdrawal') =>
      fixtureDoc({
        title,
        published: day,
        text,
        entities: actors.map((a) => ({ name: a, key: a.toLowerCase(), type: 'gpe', at: [a] })),
        events: [{ at: text.split(' ')[1]!, type, actors, status: 'planned' }],
      });
    await store.put(fixtureRecord(doc('a', '2022-02-07', 'Russia will withdraw its troops.', ['Russia'])));
    await store.put(fixtureRecord(doc('b', '2022-02-21', 'Russia plans withdrawal soon.', ['Russia'])));
    expect((await store.timeline({ type: 'troop_withdrawal' })).map((e) => e.reports)).toEqual([2]);
    // Another party's plan of the same kind within the month stays apart.
    await store.put(
      fixtureRecord(doc('c', '2022-02-14', 'Belarus will withdraw from Russia.', ['Belarus', 'Russia'])),
    );
    expect((await store.timeline({ type: 'troop_withdrawal' })).map((e) => e.reports).sort()).toEqual([1, 2]);
  });

  it('keeps the continuation of an exercise apart from the exercise, and joins its reports', async () => {
    const doc = (title: string, text: string, at: string, day: string, by = 'fixture') => {
      const d = fixtureDoc({
        title,
        published: day,
        text,
        entities: [{ name: 'Russia', key: 'Russia', type: 'gpe', at: ['Russia'] }],
        events: [{ at, type: 'military_exercise', actors: ['Russia'] }],
      });
      d.events[0]!.by = by;
      return d;
    };
    const going = 'event@1:continuation+status-past';
    await store.put(fixtureRecord(doc('a', 'Russia held drills.', 'drills', '2022-02-20')));
    await store.put(
      fixtureRecord(doc('b', 'Russia will continue the drills.', 'continue', '2022-02-21', going)),
    );
    await store.put(fixtureRecord(doc('c', 'Russia extended the drills.', 'extended', '2022-02-22', going)));
    const t = await store.timeline({ type: 'military_exercise' });
    expect(t.map((e) => e.reports).sort()).toEqual([1, 2]);
  });

  it('spans a report running until a later day from its publication on, so it joins reports of those days', async () => {
    const entities = [{ name: 'Russia', key: 'Russia', type: 'gpe', at: ['Russia'] }];
    const told = fixtureDoc({
      title: 'a',
      published: '2022-01-18',
      text: 'Russia deployed troops.',
      entities,
      events: [{ at: 'deployed', type: 'troop_deployment', actors: ['Russia'] }],
    });
    const until = fixtureDoc({
      title: 'b',
      published: '2022-01-19',
      text: 'Russia will keep deploying troops until Feb. 9.',
      entities,
      times: [{ at: 'Feb. 9', start: '2022-02-09' }],
      events: [{ at: 'deploying', type: 'troop_deployment', actors: ['Russia'], time: 'Feb. 9' }],
    });
    until.events[0]!.timeRole = 'until';
    await store.put(fixtureRecord(told));
    await store.put(fixtureRecord(until));
    const t = await store.timeline({ type: 'troop_deployment' });
    expect(t.map((e) => e.reports)).toEqual([2]);
  });

  it('dates a report by its computed interval (a duration from its day) before its time', async () => {
    const entities = [{ name: 'Chile', key: 'Chile', type: 'gpe', at: ['Chile'] }];
    const doc = fixtureDoc({
      title: 'c',
      published: '2022-01-13',
      text: 'Chile launched 12 days of drills on Jan. 12.',
      entities,
      times: [
        { at: 'Jan. 12', start: '2022-01-12' },
        { at: '12 days', start: '2022-01-12' },
      ],
      events: [{ at: 'drills', type: 'military_exercise', actors: ['Chile'], time: 'Jan. 12' }],
    });
    const [when, length] = doc.times;
    doc.events[0]!.interval = {
      value: '2022-01-12/2022-01-24',
      start: '2022-01-12',
      end: '2022-01-24',
      times: [when!.id, length!.id],
      by: 'event@1:interval-duration',
    };
    const [f] = documentFeatures(doc).events;
    expect(f).toMatchObject({
      start: '2022-01-12',
      end: '2022-01-24',
      timeRole: 'at',
      timeText: 'Jan. 12 + 12 days',
    });
    // Open at its start (`two days before the exercise is due to end`): from the report's day to its end.
    doc.events[0]!.interval = { ...doc.events[0]!.interval!, value: '../2022-01-24', start: null };
    expect(documentFeatures(doc).events[0]).toMatchObject({
      start: '2022-01-13',
      end: '2022-01-24',
      timeRole: 'until',
    });
    await store.put(fixtureRecord(doc));
    const t = await store.timeline({ type: 'military_exercise' });
    expect(t.map((e) => [e.start, e.end])).toEqual([['2022-01-13', '2022-01-24']]);
  });

  it("keeps a speaker's denials of different days apart, and joins reports of one denial", async () => {
    const doc = (title: string, day: string) =>
      fixtureDoc({
        title,
        published: day,
        text: 'Alexander Lukashenko denied the reports.',
        entities: [person('Alexander Lukashenko', 'lukashenko')],
        events: [{ at: 'denied', type: 'denial', actors: ['Alexander Lukashenko'] }],
      });
    // One a day for five days: a day-by-day chain, which must not become one event of five days.
    for (const day of ['2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-02-05'])
      await store.put(fixtureRecord(doc(`denial ${day}`, day)));
    const t = await store.timeline({ type: 'denial' });
    expect(t.length).toBeGreaterThan(1);
    expect(t.map((e) => e.reports)).toEqual([2, 2, 1]);
  });

  it('reads a government named by its capital or seat as its country when it acts, never as a place', async () => {
    const doc = (title: string, day: string, text: string, actor: string, place?: string) =>
      fixtureDoc({
        title,
        published: day,
        text,
        entities: [actor, ...(place ? [place] : [])].map((a) => ({
          name: a,
          key: a.toLowerCase(),
          type: a === 'Kremlin' ? 'organization' : 'gpe',
          at: [a],
        })),
        events: [{ at: 'denied', type: 'denial', actors: [actor], places: place ? [place] : [] }],
      });
    await store.put(fixtureRecord(doc('a', '2022-02-03', 'Moscow denied the reports.', 'Moscow')));
    await store.put(fixtureRecord(doc('b', '2022-02-03', 'Russia denied the reports.', 'Russia')));
    await store.put(fixtureRecord(doc('c', '2022-02-04', 'The Kremlin denied the reports.', 'Kremlin')));
    expect((await store.timeline({ type: 'denial' })).map((e) => e.reports)).toEqual([3]);
    // Moscow as the place of another party's denial is not Russia's denial.
    await store.put(
      fixtureRecord(doc('d', '2022-02-10', 'Poland denied the reports in Moscow.', 'Poland', 'Moscow')),
    );
    await store.put(fixtureRecord(doc('e', '2022-02-10', 'Russia denied the reports.', 'Russia')));
    expect((await store.timeline({ type: 'denial' })).map((e) => e.reports)).toEqual([3, 1, 1]);
  });

  it('joins two reports of an act dated by the same week, without chaining days into weeks', async () => {
    const doc = (title: string, day: string, when: [string, string] | null) =>
      fixtureDoc({
        title,
        published: day,
        text: 'The United States accused Moscow last week.',
        entities: [{ name: 'United States', key: 'us', type: 'gpe', at: ['United States'] }],
        times: when ? [{ at: 'last week', start: when[0], end: when[1] }] : [],
        events: [
          {
            at: 'accused',
            type: 'accusation',
            actors: ['United States'],
            time: when ? 'last week' : undefined,
          },
        ],
      });
    const week: [string, string] = ['2022-01-10', '2022-01-16'];
    await store.put(fixtureRecord(doc('a', '2022-01-17', week)));
    await store.put(fixtureRecord(doc('b', '2022-01-18', week)));
    // Undated, a week later: not the act of that week; nor an act the report dates by its month.
    await store.put(fixtureRecord(doc('c', '2022-01-25', null)));
    await store.put(fixtureRecord(doc('d', '2022-02-02', ['2022-01-01', '2022-01-31'])));
    expect((await store.timeline({ type: 'accusation' })).map((e) => e.reports).sort()).toEqual([1, 1, 2]);
  });

  it('links a reprint to its original and counts it once', async () => {
    const mk = (url: string, outlet: string, published: string) =>
      fixtureDoc({
        url,
        outlet,
        published,
        title: 'Columns move',
        text: `${LONG} NATO said 30,000 troops took part.`,
        quantities: [{ at: '30,000 troops', value: 30000, unit: 'troops' }],
        entities: [{ name: 'NATO', key: 'nt', type: 'organization', at: ['NATO'] }],
        events: [{ at: 'took part', type: 'military_exercise', name: 'Union Resolve', actors: ['NATO'] }],
      });
    await store.put(fixtureRecord(mk('https://a.test/1', 'Wire A', '2022-01-18')));
    const copy = await store.put(fixtureRecord(mk('https://b.test/2', 'Paper B', '2022-01-19')));
    expect(copy.status === 'new' && copy.reconciled?.duplicateOf).toBeTruthy();
    const [fig] = await store.claims('troops');
    expect(fig!.claims).toHaveLength(2);
    expect(fig!.sources).toBe(1);
    const [ev] = await store.timeline();
    expect([ev!.reports, ev!.sources]).toEqual([2, 1]);
  });

  it.each([
    ['the copy after its original', ['2022-01-18', '2022-01-19']],
    ['the original after its copy', ['2022-01-19', '2022-01-18']],
  ])(
    "joins a reprint's events that no rule would join to its twin's, sentence by sentence (%s)",
    async (_order, [first, second]) => {
      // Unnamed, a year long, without arguments: neither the name rule nor the time-args rule applies.
      const mk = (url: string, outlet: string, published: string) =>
        fixtureDoc({
          url,
          outlet,
          published,
          title: 'Columns move',
          text: `${LONG} Protests were held in 2020. Protests were held again in 2021.`,
          times: [
            { at: '2020', start: '2020-01-01', end: '2020-12-31' },
            { at: '2021', start: '2021-01-01', end: '2021-12-31' },
          ],
          events: [
            { at: 'Protests', type: 'protest', time: '2020', status: 'completed' },
            { at: 'Protests were held again', type: 'protest', time: '2021', status: 'completed' },
          ],
        });
      await store.put(fixtureRecord(mk('https://a.test/1', 'Wire A', first!)));
      await store.put(fixtureRecord(mk('https://b.test/2', 'Paper B', second!)));
      const events = await store.timeline({ type: 'protest' });
      expect(events.map((e) => [e.start, e.reports, e.sources])).toEqual([
        ['2020-01-01', 2, 1],
        ['2021-01-01', 2, 1],
      ]);
    },
  );

  it('stores nothing of a document whose reconciliation fails (one transaction)', async () => {
    const json = exerciseFixtures()[0]!;
    const features = documentFeatures(json);
    const bad = {
      ...features,
      // JSON.stringify throws on a BigInt: the event report cannot be written.
      events: features.events.map((e) => ({
        ...e,
        size: { value: 1n as unknown as number, max: null, unit: null, text: 'x' },
      })),
    };
    await expect(store.put({ ...fixtureRecord(json), features: bad })).rejects.toThrow();
    expect(await store.get(json.id)).toBeNull();
    expect(await store.findEntities('Lukashenko')).toEqual([]);
    expect(await store.timeline()).toEqual([]);
    // The same document goes in whole afterwards.
    expect((await store.put(fixtureRecord(json))).status).toBe('new');
    expect(await store.timeline()).toHaveLength(1);
  });

  it('a new revision replaces the old one in the corpus', async () => {
    const v = (text: string) =>
      fixtureDoc({ url: 'https://a.test/story', title: 't', text, entities: [person('Viktor Khrenin')] });
    await store.put(fixtureRecord(v('Viktor Khrenin spoke.')));
    await store.put(fixtureRecord(v('Viktor Khrenin spoke twice.')));
    const [k] = await store.findEntities('Khrenin');
    expect(k!.documents).toBe(1);
  });

  it('a report of the month alone or of an end alone does not stretch the days other reports give', async () => {
    const report = (
      url: string,
      published: string,
      text: string,
      time: { at: string; start: string; end?: string },
      timeRole?: 'until',
    ) =>
      fixtureRecord(
        fixtureDoc({
          url,
          published,
          title: url,
          text,
          times: [time],
          events: [{ at: 'drills', type: 'military_exercise', name: 'Frost Gate', time: time.at, timeRole }],
        }),
      );
    await store.put(
      report('https://a.test/1', '2022-01-20', 'The Frost Gate drills run Feb. 10–20.', {
        at: 'Feb. 10–20',
        start: '2022-02-10',
        end: '2022-02-20',
      }),
    );
    await store.put(
      report('https://a.test/2', '2022-01-25', 'The Frost Gate drills are due next month.', {
        at: 'next month',
        start: '2022-02-01',
        end: '2022-02-28',
      }),
    );
    await store.put(
      report(
        'https://a.test/3',
        '2022-02-03',
        'Troops stay for the Frost Gate drills until Feb. 21.',
        { at: 'Feb. 21', start: '2022-02-21' },
        'until',
      ),
    );
    const [e] = await store.timeline({ type: 'military_exercise' });
    expect([e!.reports, e!.start, e!.end]).toEqual([3, '2022-02-10', '2022-02-21']);
  });

  it('a revision keeps the ids of the events it still reports in the same words', async () => {
    const v = (extra: string) =>
      fixtureDoc({
        url: 'https://a.test/drills',
        title: 'Drills',
        published: '2022-02-09',
        text: `Troops of Belarus shelled Gomel on Feb. 9.${extra} Belarus protested on Feb. 9.`,
        entities: [
          { name: 'Belarus', key: 'blrs', type: 'gpe', at: ['Belarus'] },
          { name: 'Gomel', key: 'gml', type: 'location', at: ['Gomel'] },
        ],
        times: [{ at: 'Feb. 9', start: '2022-02-09' }],
        events: [
          { at: 'shelled', type: 'attack', actors: ['Belarus'], places: ['Gomel'], time: 'Feb. 9' },
          { at: 'protested', type: 'protest', actors: ['Belarus'], time: 'Feb. 9' },
        ],
      });
    await store.put(fixtureRecord(v('')));
    const before = (await store.timeline()).map((e) => [e.type, e.id]).sort();
    expect(before).toHaveLength(2);
    // The update adds a sentence: both events are reported in the same sentences as before.
    expect((await store.put(fixtureRecord(v(' More units arrived.')))).status).toBe('updated');
    const after = await store.timeline();
    expect(after.map((e) => [e.type, e.id]).sort()).toEqual(before);
    expect(after.every((e) => e.reports === 1)).toBe(true);
    const page = await store.event(after[0]!.id);
    expect(page!.reportList.map((r) => r.rule)).toEqual(['revision']);
    // A rebuild of the tables gives them the same ids (made from the story, not the revision).
    await store.reconcileAll();
    expect((await store.timeline()).map((e) => [e.type, e.id]).sort()).toEqual(before);
    // So does a third revision that rewrites one sentence and then a fourth that restores it.
    await store.put(fixtureRecord(v(' More units arrived. Then more.')));
    expect((await store.timeline()).map((e) => [e.type, e.id]).sort()).toEqual(before);
  });

  it('rebuilds the same tables from the stored documents', async () => {
    for (const d of exerciseFixtures()) await store.put(fixtureRecord(d));
    const before = JSON.stringify([await store.findEntities('Lukashenko'), await store.timeline()]);
    const totals = await store.reconcileAll();
    expect(totals.documents).toBe(2);
    expect(JSON.stringify([await store.findEntities('Lukashenko'), await store.timeline()])).toBe(before);
  });
});

describe('type and initials rules', () => {
  it('joins no name of two letters by folding (Wa is no VA)', async () => {
    const put = (name: string) =>
      store.put(
        fixtureRecord(
          fixtureDoc({
            text: `${name} voted.`,
            title: name,
            entities: [{ name, key: name.toLowerCase(), type: 'gpe', at: [name] }],
          }),
        ),
      );
    await put('VA');
    await put('Wa');
    // Two entities, each with its own spelling.
    expect((await store.findEntities('VA')).map((e) => e.aliases).sort()).toEqual([['VA'], ['Wa']]);
  });

  it('an untyped name joins the typed one, in either order', async () => {
    const put = (text: string, type: string) =>
      store.put(
        fixtureRecord(
          fixtureDoc({
            text: `${text} shelling.`,
            title: text,
            entities: [{ name: text, key: 'd', type, at: [text] }],
          }),
        ),
      );
    await put('Donbas', 'other');
    await put('Donbass', 'location');
    await put('Donbas', 'location');
    const found = await store.findEntities('Donbas');
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe('location');
  });

  it('initials join the fuller name with the same surname and compatible initials', async () => {
    const put = (name: string) =>
      store.put(
        fixtureRecord(fixtureDoc({ text: `${name} said so.`, title: name, entities: [person(name)] })),
      );
    await put('R. Smith');
    await put('J. R. Smith');
    await put('K. Smith');
    const found = await store.findEntities('Smith');
    expect(found.map((f) => [...f.aliases].sort())).toEqual(
      expect.arrayContaining([['J. R. Smith', 'R. Smith'], ['K. Smith']]),
    );
  });
});

describe('phases', () => {
  it('a readiness stage of a named exercise stays apart from the drills, and joins the same stage', async () => {
    const doc = (title: string) => {
      const json = fixtureDoc({
        title,
        published: '2022-01-20',
        text: 'Allied Resolve drills run Feb. 10–20. The readiness stage lasts until Feb. 9.',
        times: [
          { at: 'Feb. 10–20', start: '2022-02-10', end: '2022-02-20' },
          { at: 'until Feb. 9', start: '2022-01-18', end: '2022-02-09' },
        ],
        events: [
          {
            at: 'drills',
            type: 'military_exercise',
            name: 'Allied Resolve',
            time: 'Feb. 10–20',
            status: 'planned',
          },
          {
            at: 'readiness',
            type: 'military_exercise',
            name: 'Allied Resolve',
            time: 'until Feb. 9',
            status: 'planned',
          },
        ],
      });
      json.events[1]!.partOf = 'v1';
      return json;
    };
    await store.put(fixtureRecord(doc('one')));
    await store.put(fixtureRecord(doc('two')));
    const t = await store.timeline();
    expect(t.map((e) => [e.start, e.end, e.reports])).toEqual([
      ['2022-01-18', '2022-02-09', 2],
      ['2022-02-10', '2022-02-20', 2],
    ]);
  });
  it('a stage that runs until a day stays a stage when a vague report of the drills came first', async () => {
    // Reports of the drills dated only `next month` span all of February: a stage ending on Feb. 9
    // overlaps them, yet it is no report of the drills, and it must not stretch their dates.
    const vague = fixtureDoc({
      title: 'vague',
      published: '2022-01-20',
      text: 'Belarus will hold the Allied Resolve drills next month.',
      times: [{ at: 'next month', start: '2022-02-01', end: '2022-02-28' }],
      events: [
        {
          at: 'drills',
          type: 'military_exercise',
          name: 'Allied Resolve',
          time: 'next month',
          status: 'planned',
        },
      ],
    });
    const staged = (title: string, when: string, timeRole: 'until' | 'at', start: string, end: string) => {
      const json = fixtureDoc({
        title,
        published: '2022-01-25',
        text: `Allied Resolve drills will be held. The first stage runs ${when}.`,
        times: [{ at: when, start, end }],
        events: [
          { at: 'drills', type: 'military_exercise', name: 'Allied Resolve', status: 'planned' },
          { at: 'stage', type: 'military_exercise', name: 'Allied Resolve', time: when, status: 'ongoing' },
        ],
      });
      json.events[1]!.partOf = 'v1';
      json.events[1]!.timeRole = timeRole;
      return json;
    };
    await store.put(fixtureRecord(vague));
    await store.put(fixtureRecord(staged('one', 'to Feb. 9', 'until', '2022-01-25', '2022-02-09')));
    await store.put(fixtureRecord(staged('two', 'to Feb. 9', 'until', '2022-01-25', '2022-02-09')));
    // Negative: a phase dated as the drills are (`the active phase, Feb. 10–20`) is the drills.
    await store.put(fixtureRecord(staged('three', 'on Feb. 10–20', 'at', '2022-02-10', '2022-02-20')));
    // A phase the report does not date (`a briefing during the active phase`) joins the drills too,
    // not an event of its publication day.
    const undated = staged('four', 'soon', 'at', '2022-01-25', '2022-01-25');
    undated.times = [];
    undated.events[1]!.time = null;
    await store.put(fixtureRecord(undated));
    const t = await store.timeline();
    // The drills take the days the phase report gives: `next month` is consistent with them but vaguer.
    expect(t.map((e) => [e.start, e.end, e.reports])).toEqual([
      ['2022-01-25', '2022-02-09', 2],
      ['2022-02-10', '2022-02-20', 7],
    ]);
    // The stage is named as one, apart from the drills.
    expect(t.map((e) => e.name)).toEqual(['Allied Resolve (stage)', 'Allied Resolve']);
  });
});
