import { type DocumentJson, documentId } from '../model/document.ts';
import type { Span } from '../model/span.ts';
import type { DocumentRecord } from '../store/types.ts';

/**
 * Hand-built documents for the API's tests: events and quotes that the extractors may not emit
 * yet, so that every view has data. Spans are found by substring, so they always match the text.
 */
export interface FixtureSpec {
  text: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  entities?: {
    name: string;
    key: string;
    type: string;
    at: string[];
    role?: string;
    attrs?: Record<string, string | number | boolean | null>;
  }[];
  times?: { at: string; start: string; end?: string }[];
  quantities?: { at: string; value: number; unit: string; about?: string | null; measure?: string }[];
  quotes?: { at: string; speaker?: string | null; stance?: string }[];
  events?: {
    at: string;
    type: string;
    name?: string | null;
    actors?: string[];
    places?: string[];
    time?: string | null;
    size?: string | null;
    status?: string;
    timeRole?: 'at' | 'from' | 'until';
  }[];
}

function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`);
  }
  return [at, at + needle.length];
}

/** A document JSON from a spec. Entity ids are e1…, times t1…, quantities q1…, quotes c1…, events v1…. */
export function fixtureDoc(spec: FixtureSpec): DocumentJson {
  const { text } = spec;
  const title = spec.title === undefined ? 'Fixture' : spec.title;
  const url = spec.url ?? null;
  const ents = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    type: e.type,
    name: e.name,
    key: e.key,
    role: e.role ?? null,
    ...(e.attrs ? { attrs: e.attrs } : {}),
    mentions: e.at.map((a, n) => {
      const nth = e.at.slice(0, n).filter((x) => x === a).length;
      return { span: find(text, a, nth), text: a, by: 'fixture', ...(e.role ? { role: e.role } : {}) };
    }),
  }));
  const entityId = (name: string) => ents.find((e) => e.name === name)?.id ?? null;
  const times = (spec.times ?? []).map((t, i) => ({
    id: `t${i + 1}`,
    span: find(text, t.at),
    text: t.at,
    type: 'date',
    value: t.end ? `${t.start}/${t.end}` : t.start,
    start: t.start,
    end: t.end ?? t.start,
    mod: null,
    anchor: 'published',
    implied: [],
    by: 'fixture',
  }));
  const quantities = (spec.quantities ?? []).map((q, i) => ({
    id: `q${i + 1}`,
    span: find(text, q.at),
    text: q.at,
    value: q.value,
    max: null,
    unit: q.unit,
    qualifier: 'exact',
    about: q.about ? (entityId(q.about) ?? q.about) : null,
    measure: q.measure ?? null,
    by: 'fixture',
  }));
  const quotes = (spec.quotes ?? []).map((c, i) => ({
    id: `c${i + 1}`,
    span: find(text, c.at),
    text: c.at,
    direct: true,
    speaker: c.speaker ? entityId(c.speaker) : null,
    speakerText: c.speaker ?? null,
    via: null,
    viaText: null,
    cue: null,
    source: null,
    stance: c.stance ?? 'neutral',
    by: 'fixture',
  }));
  const events = (spec.events ?? []).map((v, i) => ({
    id: `v${i + 1}`,
    type: v.type,
    plover: null,
    trigger: find(text, v.at),
    text: v.at,
    name: v.name ?? null,
    actors: (v.actors ?? []).map((a) => entityId(a)!),
    targets: [],
    places: (v.places ?? []).map((a) => entityId(a)!),
    time: v.time ? (times.find((t) => t.text === v.time)?.id ?? null) : null,
    timeRole: v.timeRole ?? ('at' as const),
    mentions: [find(text, v.at)],
    size: v.size ? (quantities.find((q) => q.text === v.size)?.id ?? null) : null,
    status: v.status ?? 'completed',
    claimedBy: null,
    partOf: null,
    by: 'fixture',
  }));
  return {
    schema: 'sitrep/document@1',
    id: documentId({ text, title, url }),
    title,
    language: 'en',
    source: { url, outlet: spec.outlet ?? null, format: 'text', origin: 'fixture.txt', author: null },
    published: { value: spec.published ?? null, from: spec.published ? 'meta' : null },
    modified: null,
    updates: [],
    dateline: null,
    links: [],
    text,
    sentences: text.split(/(?<=\.)\s+/).reduce<Span[]>((acc, s) => {
      const start = acc.length ? acc.at(-1)![1] + 1 : 0;
      acc.push([start, start + s.length]);
      return acc;
    }, []),
    entities: ents,
    times,
    quantities,
    quotes,
    events,
    diagnostics: [],
  } as DocumentJson;
}

/** A store record of a fixture document. */
export function fixtureRecord(json: DocumentJson): DocumentRecord {
  return {
    json,
    raw: Buffer.from(json.text),
    offsets: [0, json.text.length, 0, json.text.length, 1],
    storyKey: json.source.url ?? `fixture:${json.id}`,
    ingestedAt: '2022-03-01T00:00:00Z',
  };
}

/** Two reports of the same exercise and of troop figures by different claimants. */
export function exerciseFixtures(): DocumentJson[] {
  return [
    fixtureDoc({
      title: 'Drills begin in Belarus',
      outlet: 'Baltic Wire',
      url: 'https://baltic.test/a',
      published: '2022-02-10',
      text: 'Russia and Belarus began the Winter Anvil drills on Feb. 10–20 near Brest. NATO said 30,000 troops took part. "We are calm," Lukashenko said.',
      entities: [
        { name: 'Russia', key: 'rs', type: 'gpe', at: ['Russia'] },
        { name: 'Belarus', key: 'blrs', type: 'gpe', at: ['Belarus'] },
        { name: 'Brest', key: 'brst', type: 'location', at: ['Brest'] },
        { name: 'NATO', key: 'nt', type: 'organization', at: ['NATO'] },
        {
          name: 'Alexander Lukashenko',
          key: 'lkshnk',
          type: 'person',
          at: ['Lukashenko'],
          role: 'president',
        },
      ],
      times: [{ at: 'Feb. 10–20', start: '2022-02-10', end: '2022-02-20' }],
      quantities: [{ at: '30,000 troops', value: 30000, unit: 'troops', about: null }],
      quotes: [{ at: '"We are calm,"', speaker: 'Alexander Lukashenko' }],
      events: [
        {
          at: 'began',
          type: 'military_exercise',
          name: 'Winter Anvil',
          actors: ['Russia', 'Belarus'],
          places: ['Brest'],
          time: 'Feb. 10–20',
          size: '30,000 troops',
          status: 'ongoing',
        },
      ],
    }),
    fixtureDoc({
      title: 'Kyiv counts the troops',
      outlet: 'Kyiv Ledger',
      url: 'https://kyiv.test/b',
      published: '2022-02-12',
      text: 'The Winter Anvil exercise continued on Feb. 12. "There are 45,000 troops," Reznikov said. Lukashenka denied it.',
      entities: [
        {
          name: 'Oleksii Reznikov',
          key: 'rznkv',
          type: 'person',
          at: ['Reznikov'],
          role: 'defence minister',
        },
        { name: 'Alexander Lukashenka', key: 'lkshnk', type: 'person', at: ['Lukashenka'] },
      ],
      times: [{ at: 'Feb. 12', start: '2022-02-12' }],
      quantities: [{ at: '45,000 troops', value: 45000, unit: 'troops', about: null }],
      quotes: [{ at: '"There are 45,000 troops,"', speaker: 'Oleksii Reznikov' }],
      events: [
        {
          at: 'continued',
          type: 'military_exercise',
          name: 'Winter Anvil',
          time: 'Feb. 12',
          status: 'ongoing',
        },
        { at: 'denied', type: 'denial', actors: ['Alexander Lukashenka'] },
      ],
    }),
  ];
}
