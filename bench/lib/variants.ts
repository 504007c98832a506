/**
 * Name variants and synthetic events for the reconciliation benchmark, so that linking and event
 * coreference have real work: each article spells the people, places and exercises of the corpus
 * generator the way one outlet would (Lukashenka for Lukashenko, Union Resolve for Allied Resolve),
 * and its exercise and deployment sentences carry event reports (until the events stage lands;
 * documents that already have events keep them).
 */
import type { DocumentJson, EventJson } from '../../src/model/document.ts';
import type { Span } from '../../src/model/span.ts';

/** Spellings an outlet may use instead of the generator's. */
const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Alexander Lukashenko': ['Alyaksandr Lukashenka', 'Aleksandr Lukashenko', 'Aliaksandr Lukashenka'],
  'Viktor Gulevich': ['Viktar Hulevich', 'Viktor Hulevich'],
  'Viktor Khrenin': ['Viktar Khrenin'],
  'Oleksii Reznikov': ['Alexei Reznikov', 'Oleksiy Reznikov'],
  'Vladimir Putin': ['Wladimir Putin'],
  'Allied Resolve': ['Union Resolve', 'Allied Resolve-2022'],
  Kyiv: ['Kiev'],
  Gomel: ['Homel', 'Homyel'],
  Hrodna: ['Grodno'],
  Osipovichi: ['Asipovichy'],
  Baranovichi: ['Baranavichy'],
};

/** Rewrites an article body with one spelling per name, chosen by `r` (about half the names vary). */
export function withVariants(body: string, r: () => number): string {
  let out = body;
  for (const [name, alts] of Object.entries(VARIANTS)) {
    if (r() < 0.5) continue;
    const alt = alts[Math.floor(r() * alts.length)]!;
    out = out.split(name).join(alt);
  }
  return out;
}

const within = (outer: Span, inner: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];

/** Adds event reports to a document without any: exercises named in a sentence, and deployments. */
export function withSyntheticEvents(doc: DocumentJson): DocumentJson {
  if (doc.events.length > 0) return doc;
  const events: EventJson[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s[0], s[1]);
    const inside = (types: readonly string[]) =>
      doc.entities.filter((e) => types.includes(e.type) && e.mentions.some((m) => within(s, m.span)));
    const time = doc.times.find((t) => within(s, t.span) && t.type === 'date')?.id ?? null;
    const add = (type: string, word: string, name: string | null, actors: string[], places: string[]) => {
      const at = text.indexOf(word);
      if (at < 0) return;
      const trigger: Span = [s[0] + at, s[0] + at + word.length];
      events.push({
        id: `v${events.length + 1}`,
        type,
        plover: null,
        trigger,
        text: word,
        name,
        actors,
        targets: [],
        places,
        time,
        timeRole: 'at',
        mentions: [trigger],
        size: doc.quantities.find((q) => within(s, q.span))?.id ?? null,
        status: 'planned',
        claimedBy: null,
        partOf: null,
        by: 'bench/synthetic',
      });
    };
    const named = inside(['named_event'])[0];
    if (named && /\bdrills\b/.test(text)) add('military_exercise', 'drills', named.name, [], []);
    if (/\bhas deployed\b/.test(text)) {
      const gpes = inside(['gpe', 'location']);
      add(
        'troop_deployment',
        'deployed',
        null,
        gpes.slice(0, 1).map((e) => e.id),
        gpes.slice(1).map((e) => e.id),
      );
    }
  }
  return { ...doc, events };
}
