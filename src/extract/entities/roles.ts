import { mapArray } from './arrays.ts';
import { REPORTING_VERBS } from './constants.ts';
import { lexiconLines } from './gazetteers.ts';
import type { Found } from './recognise.ts';

/**
 * Roles of people from the words around their names: a title before the name (`Russian President
 * Vladimir Putin`, `Gen. Viktor Gulevich`) or an apposition after it (`Pavel Muravyeko, deputy chief
 * of the general staff,`). Descriptors that stand in for a name (`Belarus’ strongman leader`) are
 * found by the coreference step, not here: they are not titles.
 */

/** A role found for a person: the words of the role and, for a title, the country it is of. */
export interface Role {
  /** Word range of the role in its sentence. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The gpe a pre-name title is qualified by (`Russian President` → Russia). */
  readonly of: string | null;
}

let titles: Set<string> | null = null;
export function titleWords(): Set<string> {
  titles ??= new Set(lexiconLines('titles.txt').map((l) => l.trim()));
  return titles;
}

/** Words that end an apposition. */
const APPOSITION_END = new Set([',', '.', ';', ':', '—', '–', '--', '(', ')', '"', '“', '”']);
/** Words that open a role phrase after a name's comma. */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', "belarus'", 'russia']);
/** Articles left out of a role's text (`The Kremlin spokesman, Dmitry Peskov` → `Kremlin spokesman`). */
const ARTICLES = new Set(['the', 'a', 'an']);
const APPOSITION_MAX_WORDS = 10;
/** Reporting verbs, and the `as` of "as saying", end an apposition after a name. */
const REPORTING: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'as']);
/**
 * Military and police ranks: a rank before a name is a title, but an apposition saying what the
 * person does (`Maj. Gen. Pavel Muravyeko, deputy chief of the general staff`) is the better role.
 */
const RANKS = new Set([
  'general',
  'gen.',
  'lieutenant',
  'lt.',
  'colonel',
  'col.',
  'major',
  'maj.',
  'admiral',
  'adm.',
  'captain',
  'capt.',
  'sergeant',
  'sgt.',
  'marshal',
  'brig.',
  'brigadier',
]);
/**
 * Words of an office that may stand inside a lower-case title before a name (`foreign ministry
 * spokesman Oleg Nikolenko`) though they are no title themselves.
 */
const OFFICE_WORDS = new Set([
  'ministry',
  'department',
  'office',
  'government',
  'party',
  'embassy',
  'military',
]);
/** Title words that head a title (the word right before the name): not modifiers such as `foreign`. */
const TITLE_MODIFIERS = new Set([
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'first',
  'senior',
  'former',
  'acting',
  'would-be',
  'future',
  'presumptive',
  'incoming',
  'outgoing',
  'interim',
  'state',
  'army',
  'armed',
  'forces',
  'security',
  'opposition',
  'presidential',
  'deputy',
  'vice',
  'prime',
  'staff',
]);
const isNumber = (w: string) => /^\d[\d.,]*$/.test(w);

/** Roles of the person names of one sentence, by index into `found`. */
export function findRoles(words: readonly string[], found: readonly Found[]): Map<Found, Role> {
  const out = new Map<Found, Role>();
  const t = titleWords();
  const taken = (i: number) => found.some((f) => f.type !== 'gpe' && i >= f.start && i < f.end);
  for (const f of found) {
    if (f.type !== 'person') continue;
    // Title: capitalised title words right before the name, possibly after a demonym or country.
    let s = f.start;
    while (s > 0 && t.has(words[s - 1]!.toLowerCase()) && /^[A-Z]/.test(words[s - 1]!) && !taken(s - 1)) s--;
    // A lower-case title (`spokesman Dmitry Peskov`, `foreign ministry spokesman …`): its last
    // word heads it, and the words before it are title or office words.
    if (s === f.start && s > 0) {
      const last = words[s - 1]!;
      if (
        /^[a-z]/.test(last) &&
        t.has(last) &&
        !TITLE_MODIFIERS.has(last) &&
        !RANKS.has(last) &&
        !taken(s - 1)
      ) {
        s--;
        while (
          s > 0 &&
          /^[a-z]/.test(words[s - 1]!) &&
          (t.has(words[s - 1]!) || OFFICE_WORDS.has(words[s - 1]!)) &&
          !taken(s - 1)
        )
          s--;
      }
    }
    const title =
      s < f.start
        ? {
            start: s,
            end: f.start,
            text: words.slice(s, f.start).join(' '),
            of: found.find((g) => g.end === s && g.type === 'gpe')?.name ?? null,
          }
        : null;
    const rankOnly = title !== null && words.slice(s, f.start).every((w) => RANKS.has(w.toLowerCase()));
    if (title && !rankOnly) {
      out.set(f, title);
      continue;
    }
    const role = appositionAfter(words, found, f, t) ?? appositionBefore(words, found, f, s, t);
    if (role) out.set(f, role);
    else if (title) out.set(f, title);
  }
  return out;
}

/**
 * `<Name>, <role phrase>,` with a title word among the phrase's first three words, which open with
 * a title word or a determiner; an age between them is passed over (`Ihor Petrenko, 41, an IT
 * engineer`).
 */
function appositionAfter(
  words: readonly string[],
  found: readonly Found[],
  f: Found,
  t: Set<string>,
): Role | null {
  let at = f.end;
  if (words[at] !== ',') return null;
  if (isNumber(words[at + 1] ?? '') && words[at + 2] === ',') at += 2;
  let e = at + 1;
  while (
    e < words.length &&
    e - at <= APPOSITION_MAX_WORDS &&
    !APPOSITION_END.has(words[e]!) &&
    !REPORTING.has(words[e]!.toLowerCase())
  )
    e++;
  const phrase = words.slice(at + 1, e);
  if (phrase.length === 0 || e - at > APPOSITION_MAX_WORDS) return null;
  if (!(e === words.length || APPOSITION_END.has(words[e]!) || REPORTING.has(words[e]!.toLowerCase())))
    return null;
  const head = mapArray(phrase.slice(0, 3), (w) => w.toLowerCase());
  if (!head.some((w) => t.has(w)) || !(t.has(head[0]!) || ROLE_OPENERS.has(head[0]!))) return null;
  if (found.some((g) => g.type === 'person' && g.start > at && g.start < e)) return null;
  return { start: at + 1, end: e, text: phrase.join(' '), of: null };
}

/**
 * `The <role phrase>, <title>? <Name>,`: a noun phrase opening the sentence or a clause, set off
 * by a comma before the name (and its title, `start`) and closed by one after it, holding a title
 * word (`The Kremlin spokesman, Dmitry Peskov, said`; `The commander of Ukraine's armed forces,
 * Lt. Gen. Valeriy Zaluzhnyi, said`). The article is left out of the role.
 */
function appositionBefore(
  words: readonly string[],
  found: readonly Found[],
  f: Found,
  start: number,
  t: Set<string>,
): Role | null {
  if (words[start - 1] !== ',' || words[f.end] !== ',') return null;
  const end = start - 1;
  let b = end;
  while (b > 0 && end - b < APPOSITION_MAX_WORDS && !APPOSITION_END.has(words[b - 1]!)) b--;
  if (end - b >= APPOSITION_MAX_WORDS || end - b < 2) return null;
  if (!ARTICLES.has(words[b]!.toLowerCase())) return null;
  const phrase = mapArray(words.slice(b + 1, end), (w) => w.toLowerCase());
  if (!phrase.some((w) => t.has(w) && !TITLE_MODIFIERS.has(w))) return null;
  if (phrase.some((w) => REPORTING.has(w))) return null;
  if (found.some((g) => g.type === 'person' && g.start >= b && g.start < end)) return null;
  return { start: b + 1, end, text: words.slice(b + 1, end).join(' '), of: null };
}
