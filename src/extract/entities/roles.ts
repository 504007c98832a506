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
function titleWords(): Set<string> {
  titles ??= new Set(lexiconLines('titles.txt').map((l) => l.trim()));
  return titles;
}

/** Words that end an apposition. */
const APPOSITION_END = new Set([',', '.', ';', ':', '—', '–', '--', '(', ')', '"', '“', '”']);
/** Words that open a role phrase after a name's comma. */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', "belarus'", 'russia']);
const APPOSITION_MAX_WORDS = 10;
/** Reporting verbs, and the `as` of "as saying", end an apposition after a name. */
const REPORTING: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'as']);

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
    if (s < f.start) {
      const before = found.find((g) => g.end === s && g.type === 'gpe');
      out.set(f, {
        start: s,
        end: f.start,
        text: words.slice(s, f.start).join(' '),
        of: before ? before.name : null,
      });
      continue;
    }
    // Apposition: `, <role phrase>,` with a title word among its first three words.
    if (words[f.end] !== ',') continue;
    let e = f.end + 1;
    while (
      e < words.length &&
      e - f.end <= APPOSITION_MAX_WORDS &&
      !APPOSITION_END.has(words[e]!) &&
      !REPORTING.has(words[e]!.toLowerCase())
    )
      e++;
    const phrase = words.slice(f.end + 1, e);
    if (phrase.length === 0 || e - f.end > APPOSITION_MAX_WORDS) continue;
    if (!(e === words.length || APPOSITION_END.has(words[e]!) || REPORTING.has(words[e]!.toLowerCase())))
      continue;
    const head = mapArray(phrase.slice(0, 3), (w) => w.toLowerCase());
    if (!head.some((w) => t.has(w)) || !(t.has(head[0]!) || ROLE_OPENERS.has(head[0]!))) continue;
    if (found.some((g) => g.type === 'person' && g.start > f.end && g.start < e)) continue;
    out.set(f, { start: f.end + 1, end: e, text: phrase.join(' '), of: null });
  }
  return out;
}
