import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../model/schema.ts';
import { exerciseFixtures, fixtureDoc } from '../fixtures.ts';
import { figureDetail, filterFigures } from './claims.ts';
import { buildCorpus, findEntity, timeBounds } from './corpus.ts';
import { entityDetail, entityMentions, filterEntities } from './entities.ts';
import { eventDetail, filterEvents } from './events.ts';

const corpus = () => buildCorpus(exerciseFixtures());

describe('cross-document views', () => {
  it('fixtures are valid sitrep/document@1', () => {
    for (const d of exerciseFixtures()) expect(documentSchema.safeParse(d).error?.issues ?? []).toEqual([]);
  });

  it('groups entities by key across documents, with aliases, roles and quotes', () => {
    const c = corpus();
    // Grouped by the reconciler's folded spelling (Lukashenko/Lukashenka), found by a document's own key too.
    const l = c.entityByKey.get('aleksandr lukashenka')!;
    expect(l.documents).toBe(2);
    expect(findEntity(c, 'lkshnk')).toBe(l);
    // A name as typed finds it too, in another transliteration.
    expect(findEntity(c, 'Alyaksandr Lukashenko')).toBe(l);
    expect(findEntity(c, 'Lukashenko')).toBe(l);
    expect(findEntity(c, 'Nobody')).toBeUndefined();
    expect(filterEntities(c, { type: 'person' }).map((e) => e.name)).toContain('Oleksii Reznikov');
    const d = entityDetail(c, 'lkshnk')!;
    expect(d.aliases.map((a) => a.text).sort()).toEqual(['Lukashenka', 'Lukashenko']);
    expect(d.roles.map((r) => r.role)).toEqual(['president']);
    expect(d.quotesBy.items.map((q) => q.text)).toEqual(['"We are calm,"']);
    expect(d.events.map((e) => e.type)).toEqual(['denial']);
    expect(entityMentions(c, 'lkshnk')!.map((m) => m.n)).toEqual([0, 1]);
    expect(entityDetail(c, 'nope')).toBeNull();
  });

  it('finds an entity by the very spelling first, then folded, by surname or by the start of its name', () => {
    const docs = [
      fixtureDoc({
        title: 'a',
        text: 'George W. Bush spoke. George W. Bush left. Zapad-2021 ended.',
        entities: [
          { name: 'George W. Bush', key: 'b1', type: 'person', at: ['George W. Bush', 'George W. Bush'] },
          { name: 'Zapad-2021', key: 'z', type: 'named_event', at: ['Zapad-2021'] },
        ],
      }),
      fixtureDoc({
        title: 'b',
        text: 'George W. Bush and George H.W. Bush met.',
        entities: [
          { name: 'George W. Bush', key: 'b1', type: 'person', at: ['George W. Bush'] },
          { name: 'George H.W. Bush', key: 'b2', type: 'person', at: ['George H.W. Bush'] },
        ],
      }),
    ];
    // As the reconciler groups them: one corpus entity per name (initials that differ are two people).
    const linker = {
      doc: (id: string) => ({
        entities: new Map(docs.find((d) => d.id === id)!.entities.map((e) => [e.id, `E:${e.name}`])),
        events: new Map<string, string>(),
        figures: new Map<string, string>(),
        duplicateOf: null,
      }),
      event: () => null,
      entity: () => null,
    };
    const c = buildCorpus(docs, linker);
    expect(findEntity(c, 'George H.W. Bush')?.name).toBe('George H.W. Bush');
    expect(findEntity(c, 'george w. bush')?.name).toBe('George W. Bush');
    expect(findEntity(c, 'Zapad')?.name).toBe('Zapad-2021');
    expect(findEntity(c, 'Zap')).toBeUndefined();
    // A listing's query matches spellings the reconciler folds together, not only parts of names.
    expect(filterEntities(corpus(), { q: 'Alyaksandr Lukashenko' }).map((e) => e.key)).toEqual([
      'aleksandr lukashenka',
    ]);
  });

  it("gives an event the status of its latest reports, keeping every report's in statuses", () => {
    const report = (published: string, status: string, n: number) =>
      fixtureDoc({
        title: `r${n}`,
        published,
        url: `https://a.test/${n}`,
        text: `The Frost Gate drills, report ${n}.`,
        events: [{ at: 'drills', type: 'military_exercise', name: 'Frost Gate', status }],
      });
    const c = buildCorpus([
      report('2022-01-20', 'planned', 1),
      report('2022-01-21', 'planned', 2),
      report('2022-01-22', 'planned', 3),
      report('2022-02-11', 'ongoing', 4),
    ]);
    const [e] = filterEvents(c, {});
    const d = eventDetail(c, e!.id)!;
    expect(d.status).toBe('ongoing');
    expect(d.statuses).toEqual({ planned: 3, ongoing: 1 });
  });

  it("takes a report's days from its computed interval or its closing time", () => {
    const doc = fixtureDoc({
      title: 'days',
      published: '2022-02-10',
      text: 'Ten days of Frost Gate drills began on Thursday. The Sand Gate drills ran from Feb. 1 to Feb. 4.',
      times: [
        { at: 'Thursday', start: '2022-02-10' },
        { at: 'Feb. 1', start: '2022-02-01' },
        { at: 'Feb. 4', start: '2022-02-04' },
      ],
      events: [
        { at: 'Frost Gate', type: 'military_exercise', name: 'Frost Gate', time: 'Thursday' },
        { at: 'Sand Gate', type: 'military_exercise', name: 'Sand Gate', time: 'Feb. 1', timeRole: 'from' },
      ],
    });
    doc.events[0]!.interval = {
      value: '2022-02-10/2022-02-19',
      start: '2022-02-10',
      end: '2022-02-19',
      times: [doc.events[0]!.time!],
      by: 'test',
    };
    doc.events[1]!.timeEnd = doc.times[2]!.id;
    const c = buildCorpus([doc]);
    const days = (name: string) => {
      const e = c.events.find((x) => x.name === name)!;
      return [e.reports[0]!.start, e.reports[0]!.end];
    };
    expect(days('Frost Gate')).toEqual(['2022-02-10', '2022-02-19']);
    expect(days('Sand Gate')).toEqual(['2022-02-01', '2022-02-04']);
  });

  it('leaves a figure a rule states out of the figures', () => {
    const doc = fixtureDoc({
      title: 'rule',
      text: 'Drills of more than 9,000 troops must be notified; 30,000 troops took part.',
      quantities: [
        { at: '9,000 troops', value: 9000, unit: 'troops' },
        { at: '30,000 troops', value: 30000, unit: 'troops' },
      ],
    });
    doc.quantities[0]!.frame = 'rule';
    const points = buildCorpus([doc]).figures.flatMap((f) => f.points.map((p) => p.quantity.value));
    expect(points).toEqual([30000]);
  });

  it('clusters reports of one named event and resolves its times to bounds', () => {
    const c = corpus();
    const ex = c.events.find((e) => e.name === 'Winter Anvil')!;
    expect(ex.reports).toHaveLength(2);
    expect([ex.start, ex.end, ex.timeFrom]).toEqual(['2022-02-10', '2022-02-20', 'event']);
    const detail = eventDetail(c, ex.id)!;
    expect(detail.reports.map((r) => r.outlet)).toEqual(['Baltic Wire', 'Kyiv Ledger']);
    expect(detail.reports[0]!.size?.value).toBe(30000);
    // An event without a time sits on its publication day.
    const denial = c.events.find((e) => e.type === 'denial')!;
    expect([denial.start, denial.timeFrom]).toEqual(['2022-02-12', 'published']);
  });

  it('filters events by overlap with a period, type, actor (key or name) and place', () => {
    const c = corpus();
    expect(filterEvents(c, { from: '2022-02-15', to: '2022-02-16' }).map((e) => e.type)).toEqual([
      'military_exercise',
    ]);
    expect(filterEvents(c, { to: '2022-02-09' })).toEqual([]);
    expect(filterEvents(c, { actor: 'alexander lukashenka' }).map((e) => e.type)).toEqual(['denial']);
    expect(filterEvents(c, { actor: 'rs', place: 'Brest' })).toHaveLength(1);
    expect(filterEvents(c, { type: 'attack' })).toEqual([]);
  });

  it('lists a figure by source over time, the claimant taken from the enclosing quote', () => {
    const c = corpus();
    const [troops] = filterFigures(c, { unit: 'troops' });
    const d = figureDetail(c, troops!.id)!;
    expect(d.points.map((p) => [p.date, p.value, p.claimant.name])).toEqual([
      ['2022-02-10', 30000, 'Baltic Wire'],
      ['2022-02-12', 45000, 'Oleksii Reznikov'],
    ]);
    expect(d.series.map((s) => s.source).sort()).toEqual(['Baltic Wire', 'Oleksii Reznikov']);
    expect(figureDetail(c, troops!.id, { from: '2022-02-11' })!.points).toHaveLength(1);
  });

  it('reads a capital named alone as the speaker as its country (`Moscow says` lines up with Russia)', () => {
    const moscow = { geonameId: 524901, country: 'RU', capitalOf: 'Russia' };
    const c = buildCorpus([
      fixtureDoc({
        url: 'https://a.test/1',
        published: '2022-02-10',
        text: 'Russia says 30,000 troops are in Belarus.',
        entities: [{ name: 'Russia', key: 'rs', type: 'gpe', at: ['Russia'] }],
        quantities: [{ at: '30,000 troops', value: 30000, unit: 'troops' }],
        quotes: [{ at: '30,000 troops are in Belarus', speaker: 'Russia' }],
      }),
      fixtureDoc({
        url: 'https://b.test/2',
        published: '2022-02-11',
        text: 'Moscow says 20,000 troops are in Belarus. Moscow’s mayor said 9,000 troops were on parade.',
        entities: [
          { name: 'Moscow', key: 'msc', type: 'gpe', at: ['Moscow'], attrs: moscow },
          { name: 'Sergei Sobyanin', key: 'sbynn', type: 'person', at: ['mayor'] },
        ],
        quantities: [
          { at: '20,000 troops', value: 20000, unit: 'troops' },
          { at: '9,000 troops', value: 9000, unit: 'troops' },
        ],
        quotes: [
          { at: '20,000 troops are in Belarus', speaker: 'Moscow' },
          { at: '9,000 troops were on parade', speaker: 'Sergei Sobyanin' },
        ],
      }),
    ]);
    const [troops] = filterFigures(c, { unit: 'troops' });
    const d = figureDetail(c, troops!.id)!;
    expect(d.points.map((p) => [p.value, p.claimant.name])).toEqual([
      [30000, 'Russia'],
      [20000, 'Russia'],
      [9000, 'Sergei Sobyanin'],
    ]);
    expect(d.series.filter((s) => s.source === 'Russia')).toHaveLength(1);
  });

  it('takes the claimant from the innermost quote that does not deny the figure', () => {
    const text = 'Kyiv says Moscow has massed 100,000 troops near the border, a figure Russia disputes.';
    const c = buildCorpus([
      fixtureDoc({
        url: 'https://a.test/1',
        published: '2022-02-10',
        text,
        entities: [
          { name: 'Kyiv', key: 'kv', type: 'gpe', at: ['Kyiv'] },
          { name: 'Russia', key: 'rs', type: 'gpe', at: ['Russia'] },
        ],
        quantities: [{ at: '100,000 troops', value: 100000, unit: 'troops' }],
        quotes: [
          {
            at: 'Kyiv says Moscow has massed 100,000 troops near the border',
            speaker: 'Russia',
            stance: 'denied',
          },
          { at: 'Moscow has massed 100,000 troops near the border', speaker: 'Kyiv' },
        ],
      }),
    ]);
    const [troops] = filterFigures(c, { unit: 'troops' });
    expect(figureDetail(c, troops!.id)!.points.map((p) => p.claimant.name)).toEqual(['Kyiv']);
  });

  it('keeps figures of one unit apart by measure, filterable by it', () => {
    const doc = (id: string, text: string, quantities: { at: string; value: number; measure?: string }[]) =>
      fixtureDoc({
        url: `https://m.test/${id}`,
        title: id,
        text,
        quantities: quantities.map((q) => ({ ...q, unit: 'people' })),
      });
    const c = buildCorpus([
      doc('a', 'Twelve people were killed and 300 people evacuated.', [
        { at: 'Twelve people', value: 12, measure: 'killed' },
        { at: '300 people', value: 300, measure: 'evacuated' },
      ]),
      doc('b', 'Fourteen people were killed.', [{ at: 'Fourteen people', value: 14, measure: 'killed' }]),
      doc('c', 'About 40 people gathered.', [{ at: '40 people', value: 40 }]),
    ]);
    const people = filterFigures(c, { unit: 'people' });
    expect(people.map((f) => `${f.measure}:${f.points.length}`).sort()).toEqual([
      'evacuated:1',
      'killed:2',
      'null:1',
    ]);
    expect(filterFigures(c, { measure: 'killed' }).map((f) => f.points.length)).toEqual([2]);
    expect(filterFigures(c, { measure: 'none' }).map((f) => f.measure)).toEqual([null]);
  });

  it('reads time bounds from start/end or the value', () => {
    const t = {
      id: 't',
      span: [0, 1] as const,
      text: 'x',
      type: 'date',
      mod: null,
      anchor: 'none',
      implied: [],
      by: '',
    };
    expect(
      timeBounds({ ...t, span: [0, 1], value: '2022-02-10/2022-02-20', start: null, end: null }),
    ).toEqual({
      start: '2022-02-10',
      end: '2022-02-20',
    });
    expect(timeBounds({ ...t, span: [0, 1], value: 'P3D', start: null, end: null })).toBeNull();
  });
});
