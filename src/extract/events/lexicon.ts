import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A trigger's event type and PLOVER category. */
export interface TriggerType {
  readonly type: string;
  readonly plover: string | null;
}

/** Single-word triggers, two- and three-word phrases, phase words, and the PLOVER category of each type. */
export interface TriggerLexicon {
  readonly words: ReadonlyMap<string, TriggerType>;
  /** First word → second word → type. */
  readonly phrases: ReadonlyMap<string, ReadonlyMap<string, TriggerType>>;
  /** Three-word phrases (`state of emergency`): first two words → third word → type. */
  readonly longPhrases: ReadonlyMap<string, ReadonlyMap<string, TriggerType>>;
  /** The first words of the three-word phrases. */
  readonly longFirst: ReadonlySet<string>;
  readonly phases: ReadonlySet<string>;
  /** Words that are triggers only with forces as their subject (`the troops remain`). */
  readonly withForces: ReadonlyMap<string, TriggerType>;
  /** The nouns that make forces, and how many words before such a trigger one is looked for. */
  readonly forceNouns: ReadonlySet<string>;
  readonly forceReach: number;
  /** Words that are triggers only with weapons as their object (`fired two missiles`, `shot down four drones`). */
  readonly withArms: ReadonlyMap<string, TriggerType>;
  /** The weapon nouns, and how many words after such a trigger one is looked for. */
  readonly armsNouns: ReadonlySet<string>;
  readonly armsReach: number;
  /** Nouns that are a charge only as what someone calls something (`called the drills psychological pressure`). */
  readonly withNaming: ReadonlyMap<string, TriggerType>;
  /** The verbs of naming, and how many words before such a noun one is looked for. */
  readonly namingVerbs: ReadonlySet<string>;
  readonly namingReach: number;
  readonly ploverOf: ReadonlyMap<string, string | null>;
  /** Trigger word → the word sequences around it in which it names no event (`declined to comment`). */
  readonly idioms: ReadonlyMap<string, readonly Idiom[]>;
}

/** Words before and after a trigger word, in text order, that make it no event. */
export interface Idiom {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

const File = z.object({
  types: z.record(z.string(), z.object({ plover: z.string().nullable(), forms: z.array(z.string()) })),
  phrases: z.record(z.string(), z.string()),
  phases: z.array(z.string()),
  withForces: z
    .object({
      nouns: z.array(z.string()),
      reach: z.number().int().min(1).max(8),
      types: z.record(z.string(), z.array(z.string())),
    })
    .optional(),
  withArms: z
    .object({
      nouns: z.array(z.string()),
      reach: z.number().int().min(1).max(8),
      types: z.record(z.string(), z.array(z.string())),
    })
    .optional(),
  withNaming: z
    .object({
      verbs: z.array(z.string()),
      reach: z.number().int().min(1).max(12),
      types: z.record(z.string(), z.array(z.string())),
    })
    .optional(),
  notEvents: z
    .object({ idioms: z.array(z.string().regex(/^(?:\S+ )*\*\S+(?: \S+)*$/, 'one word marked `*`')) })
    .optional(),
});

/** Builds the lexicon from the JSON file's content; throws naming the field on a bad file. */
export function parseTriggers(json: string, origin: string): TriggerLexicon {
  const parsed = File.safeParse(JSON.parse(json));
  if (!parsed.success)
    throw new Error(
      `${origin}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  const ploverOf = new Map<string, string | null>([
    ['statement', null],
    ['other', null],
  ]);
  const words = new Map<string, TriggerType>();
  for (const [type, { plover, forms }] of Object.entries(parsed.data.types)) {
    ploverOf.set(type, plover);
    for (const f of forms) words.set(f, { type, plover });
  }
  const phrases = new Map<string, Map<string, TriggerType>>();
  const longPhrases = new Map<string, Map<string, TriggerType>>();
  const longFirst = new Set<string>();
  for (const [phrase, type] of Object.entries(parsed.data.phrases)) {
    const parts = phrase.split(' ');
    if (parts.length !== 2 && parts.length !== 3)
      throw new Error(`${origin}: phrases.${phrase}: a phrase is two or three words`);
    if (!ploverOf.has(type)) throw new Error(`${origin}: phrases.${phrase}: unknown type ${type}`);
    const head = parts.length === 2 ? parts[0]! : `${parts[0]} ${parts[1]}`;
    const table = parts.length === 2 ? phrases : longPhrases;
    if (parts.length === 3) longFirst.add(parts[0]!);
    const m = table.get(head) ?? new Map<string, TriggerType>();
    table.set(head, m);
    m.set(parts[parts.length - 1]!, { type, plover: ploverOf.get(type) ?? null });
  }
  const withForces = new Map<string, TriggerType>();
  const forces = parsed.data.withForces;
  for (const [type, forms] of Object.entries(forces?.types ?? {})) {
    if (!ploverOf.has(type)) throw new Error(`${origin}: withForces.types.${type}: unknown type`);
    for (const f of forms) withForces.set(f, { type, plover: ploverOf.get(type) ?? null });
  }
  const withArms = new Map<string, TriggerType>();
  const arms = parsed.data.withArms;
  for (const [type, forms] of Object.entries(arms?.types ?? {})) {
    if (!ploverOf.has(type)) throw new Error(`${origin}: withArms.types.${type}: unknown type`);
    for (const f of forms) withArms.set(f, { type, plover: ploverOf.get(type) ?? null });
  }
  const withNaming = new Map<string, TriggerType>();
  const naming = parsed.data.withNaming;
  for (const [type, forms] of Object.entries(naming?.types ?? {})) {
    if (!ploverOf.has(type)) throw new Error(`${origin}: withNaming.types.${type}: unknown type`);
    for (const f of forms) withNaming.set(f, { type, plover: ploverOf.get(type) ?? null });
  }
  const idioms = new Map<string, Idiom[]>();
  for (const text of parsed.data.notEvents?.idioms ?? []) {
    const parts = text.split(' ');
    const at = parts.findIndex((p) => p.startsWith('*'));
    const word = parts[at]!.slice(1);
    const list = idioms.get(word) ?? [];
    idioms.set(word, list);
    list.push({ before: parts.slice(0, at), after: parts.slice(at + 1) });
  }
  return {
    idioms,
    words,
    phrases,
    longPhrases,
    longFirst,
    phases: new Set(parsed.data.phases),
    withForces,
    forceNouns: new Set(forces?.nouns ?? []),
    forceReach: forces?.reach ?? 0,
    withArms,
    armsNouns: new Set(arms?.nouns ?? []),
    armsReach: arms?.reach ?? 0,
    withNaming,
    namingVerbs: new Set(naming?.verbs ?? []),
    namingReach: naming?.reach ?? 0,
    ploverOf,
  };
}

const FILE = new URL('../../../lexicons/events/triggers.json', import.meta.url);

/** The English trigger lexicon (`lexicons/events/triggers.json`). */
export const EN_TRIGGERS: TriggerLexicon = parseTriggers(
  readFileSync(FILE, 'utf8'),
  'lexicons/events/triggers.json',
);
