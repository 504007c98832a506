import { mapArray } from './arrays.ts';
import { isCapitalised } from './chars.ts';
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
  /** Where the apposition holding the role ends, when past the role (a relative clause after it). */
  readonly after?: number;
}

let titles: Set<string> | null = null;
export function titleWords(): Set<string> {
  titles ??= new Set(lexiconLines('titles.txt').map((l) => l.trim()));
  return titles;
}

/** Words that end an apposition. */
const APPOSITION_END = new Set([',', '.', ';', ':', '—', '–', '--', '(', ')', '"', '“', '”']);
/** Words that open a role phrase after a name's comma. */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', "belarus'", 'russia']);
/** Articles left out of a role's text (`The Kremlin spokesman, Dmitry Peskov` → `Kremlin spokesman`). */
const ARTICLES = new Set(['the', 'a', 'an']);
const APPOSITION_MAX_WORDS = 10;
/** Marks that open an apposition after a name (`Peng Mei — project manager for …`). */
const APPOSITION_OPEN = new Set([',', '—', '–', '--']);
/**
 * The most words of a role phrase after a name, closed by a comma, a dash or the sentence (`Derek
 * Scissors, a China scholar with the American Enterprise Institute in Washington.`): longer than
 * one before a name, since its head must come among its first words.
 */
const APPOSITION_LONG_WORDS = 16;
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
/** Fields of an office, capitalised inside a title before a name (`Interim BART Police Chief`). */
const OFFICE_FIELDS = new Set(
  'police house senate trade press campaign party city county school schools board committee court district national homeland health treasury commerce labor labour education energy transportation transport agriculture intelligence budget fire public communications policy research marketing sales operations technology investment'.split(
    ' ',
  ),
);
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

/**
 * A title word, or a hyphenated one whose first or last part is (`co-founder`, `vice-premier`,
 * `ex-president`, `secretary-general`); modifiers alone (`first-term`) do not count.
 */
function isTitleWord(lower: string, t: Set<string>): boolean {
  if (t.has(lower)) return true;
  const dash = lower.indexOf('-');
  if (dash <= 0) return false;
  const first = lower.slice(0, dash);
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  return (t.has(last) && !TITLE_MODIFIERS.has(last)) || (t.has(first) && !TITLE_MODIFIERS.has(first));
}

/** A title word that heads a role (`strategist`, `CEO`), not only qualifies one (`former`, `senior`). */
const isTitleHead = (lower: string, t: Set<string>) =>
  isTitleWord(lower, t) && !TITLE_MODIFIERS.has(lower) && !RANKS.has(lower);

/**
 * Words that cannot stand inside a role phrase before its head noun (`Smith, who was chairman`,
 * `Smith, and the chairman`): pronouns, verbs of being and saying, conjunctions, prepositions.
 */
const NOT_MODIFIERS = new Set(
  'who whom whose which that what when where while and or but nor so yet if because although though was is are were be been being has have had do does did will would could should may might must can said says told asked added also then now still just only even not never to of in on at by for with from as into over after before about than like including such'.split(
    ' ',
  ),
);
/** Words that go on to another clause after a role stated by `is` (`… is IGN's deal curator and spends …`). */
const CLAUSE_LINKS = new Set(
  'and but or who whom whose which that since while when where because although though as after before until'.split(
    ' ',
  ),
);
/** Relative pronouns: a clause after a role's head is no part of it. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Prepositions after a role's head that may introduce a person it is relative to (`an aide to Vice President Mike Pence`). */
const RELATIVE_TO = new Set(['to', 'of', 'for', 'with', 'under']);
/** The most words of a role phrase before its head noun (`a Philadelphia freelance photographer`). */
const ROLE_HEAD_WITHIN = 5;

/** Roles of the person names of one sentence, by index into `found`. */
export function findRoles(words: readonly string[], found: readonly Found[]): Map<Found, Role> {
  const out = new Map<Found, Role>();
  const t = titleWords();
  const taken = (i: number) => found.some((f) => f.type !== 'gpe' && i >= f.start && i < f.end);
  for (const f of found) {
    if (f.type !== 'person') continue;
    // Title: capitalised title words right before the name, possibly after a demonym or country.
    let s = f.start;
    // Fields of an office may stand inside it once a title word heads it (`Police Chief`, `House
    // Speaker`, `Press Secretary`).
    while (
      s > 0 &&
      /^[A-Z]/.test(words[s - 1]!) &&
      !taken(s - 1) &&
      (isTitleWord(words[s - 1]!.toLowerCase(), t) ||
        (s < f.start && OFFICE_FIELDS.has(words[s - 1]!.toLowerCase())))
    )
      s--;
    // `Secretary of State Antony Blinken`, `Chief of Staff Jane Roe`, `Director of National
    // Intelligence …`: a title head, `of` and at most three capitalised words of the office.
    {
      let k = s;
      while (k > 0 && s - k < 3 && /^[A-Z]/.test(words[k - 1]!) && !taken(k - 1)) k--;
      for (let j = k; j <= s; j++) {
        const head = words[j - 2];
        if (
          j >= 2 &&
          j < f.start &&
          words[j - 1] === 'of' &&
          head !== undefined &&
          /^[A-Z]/.test(head) &&
          isTitleHead(head.toLowerCase(), t) &&
          !taken(j - 2)
        ) {
          s = j - 2;
          while (
            s > 0 &&
            /^[A-Z]/.test(words[s - 1]!) &&
            !taken(s - 1) &&
            isTitleWord(words[s - 1]!.toLowerCase(), t)
          )
            s--;
          break;
        }
      }
    }
    // A lower-case title (`spokesman Dmitry Peskov`, `foreign ministry spokesman …`): its last
    // word heads it, and the words before it are title or office words.
    if (s === f.start && s > 0) {
      const last = words[s - 1]!;
      if (
        /^[a-z]/.test(last) &&
        isTitleWord(last, t) &&
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
    // `T-Mobile CEO`, `Indiana House Speaker`, `Democratic nominee`: a name right before the title
    // (a company, a body, a party) is part of the role; a country stays its qualifier (`of`).
    const owner = s < f.start ? found.find((g) => g.end === s && g !== f) : undefined;
    const from = owner && owner.type !== 'gpe' && owner.type !== 'person' ? owner.start : s;
    const title =
      s < f.start
        ? {
            start: from,
            end: f.start,
            text: words.slice(from, f.start).join(' '),
            of: owner?.type === 'gpe' ? owner.name : null,
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
  const mark = words[at];
  // `Eric Song is IGN's deal curator and …`: a role stated by `is`/`was` ends where the clause goes on.
  const copula = mark === 'is' || mark === 'was';
  if (!(copula || (mark !== undefined && APPOSITION_OPEN.has(mark)))) return null;
  if (mark === ',' && isNumber(words[at + 1] ?? '') && words[at + 2] === ',') at += 2;
  let e = at + 1;
  while (
    e < words.length &&
    e - at <= APPOSITION_LONG_WORDS &&
    !APPOSITION_END.has(words[e]!) &&
    !REPORTING.has(words[e]!.toLowerCase()) &&
    !(copula && e > at + 1 && CLAUSE_LINKS.has(words[e]!))
  )
    e++;
  const phrase = words.slice(at + 1, e);
  if (phrase.length === 0 || e - at > APPOSITION_LONG_WORDS) return null;
  if (
    !copula &&
    !(e === words.length || APPOSITION_END.has(words[e]!) || REPORTING.has(words[e]!.toLowerCase()))
  )
    return null;
  // `…, a filmmaker hot off directing an adaptation of “War and Peace,”`: cut short at a quotation.
  if (NOT_MODIFIERS.has(phrase[phrase.length - 1]!.toLowerCase()) || ARTICLES.has(phrase[phrase.length - 1]!))
    return null;
  const h = roleHead(words, found, at + 1, e, t);
  if (h < 0) return null;
  // `a former governor of Pennsylvania who is close to …`: the role ends where a relative clause begins.
  const after = e;
  for (let k = h + 1; k < e; k++)
    if (RELATIVES.has(words[k]!)) {
      e = k;
      break;
    }
  // A person inside the phrase is another name of a list (`Smith, Jones and Brown`) unless the role
  // is relative to them (`an aide to Vice President Mike Pence`).
  // After such a person, `and` and another name end the role there (`an aide to Vice President
  // Mike Pence and Lt. Col. Alexander Vindman, …`: the list is of the sentence, not the role).
  let relative: Found | null = null;
  for (const g of found) {
    if (g.type !== 'person' || g.start <= at || g.start >= e) continue;
    let k = g.start - 1;
    while (k > h && isCapitalised(words[k]!) && isTitleWord(words[k]!.toLowerCase(), t)) k--;
    if (k > h && RELATIVE_TO.has(words[k]!) && !relative) {
      relative = g;
      continue;
    }
    if (relative && words[relative.end] === 'and') {
      e = relative.end;
      break;
    }
    return null;
  }
  return { start: at + 1, end: e, text: words.slice(at + 1, e).join(' '), of: null, after };
}

/**
 * The index of a role phrase's head noun (a title word that is no mere modifier) among its first
 * words, or -1: before it only a determiner or possessive, lower-case modifiers (`equity
 * strategist`, `portfolio manager`), capitalised words that are no person's name (`a Philadelphia
 * freelance photographer`, `an IT engineer`), or other title words (`former`, `senior vice`).
 */
function roleHead(
  words: readonly string[],
  found: readonly Found[],
  start: number,
  end: number,
  t: Set<string>,
): number {
  // Words before the head, a name counting as one, and an opening determiner as none.
  let before = 0;
  for (let k = start; k < end && before < ROLE_HEAD_WITHIN; k++, before++) {
    const w = words[k]!;
    const lower = w.toLowerCase();
    if (isTitleHead(lower, t)) return k;
    if (k === start && ROLE_OPENERS.has(lower)) {
      before--;
      continue;
    }
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !NOT_MODIFIERS.has(w) && !ROLE_OPENERS.has(w)) continue;
    // `a 29-year-old teacher`, `Ukraine's president`.
    if ((/^\d/.test(w) && w.includes('-')) || /^['’]s?$/.test(w)) continue;
    // A name the tagger made of the role's own words (`the Senior Editor of 9to5Toys`) is read word by word.
    if (isTitleWord(lower, t)) continue;
    const name = found.find((g) => k >= g.start && k < g.end);
    if (name?.type === 'person') return -1;
    if (name) k = name.end - 1;
    // `an IT engineer`: a capitalised modifier that is no name.
    else if (!isCapitalised(w)) return -1;
  }
  return -1;
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
  const close = words[f.end];
  if (words[start - 1] !== ',' || close === undefined) return null;
  // Closed by a comma, a dash (`the Democratic candidate, Andy Beshear — whose father …`) or a
  // reporting verb (`The company's chief, Jane Roe said`).
  if (!(APPOSITION_OPEN.has(close) || REPORTING.has(close.toLowerCase()))) return null;
  const end = start - 1;
  // `… by WeWork's founder and former CEO, Adam Neumann,`, `Clinton's campaign chairman, John
  // Podesta,`: a name's possessive right before the phrase (lower-case or title words) opens it,
  // and stays in the role.
  let k = end - 1;
  while (
    k > 0 &&
    end - k < APPOSITION_MAX_WORDS &&
    (/^\p{Ll}/u.test(words[k]!) || isTitleWord(words[k]!.toLowerCase(), t))
  )
    k--;
  const owner = end - k >= 2 && /^['’]s?$/.test(words[k]!) ? found.find((g) => g.end === k) : undefined;
  // Else a noun phrase opening the sentence or a clause with an article (`The Kremlin spokesman`).
  let b = end;
  while (b > 0 && end - b < APPOSITION_MAX_WORDS && !APPOSITION_END.has(words[b - 1]!)) b--;
  const opened = end - b < APPOSITION_MAX_WORDS && end - b >= 2 && ARTICLES.has(words[b]!.toLowerCase());
  if (!opened && !owner) return null;
  const from = opened ? b + 1 : owner!.start;
  const phrase = mapArray(words.slice(from, end), (w) => w.toLowerCase());
  if (!phrase.some((w) => isTitleWord(w, t) && !TITLE_MODIFIERS.has(w))) return null;
  if (phrase.some((w) => REPORTING.has(w))) return null;
  // A person inside the phrase is another name, unless a title after it makes them its owner
  // (`the Trump campaign manager, Corey Lewandowski,`).
  for (const g of found) {
    if (g.type !== 'person' || g.start < from || g.start >= end) continue;
    let owned = false;
    for (let k = g.end; k < end && !owned; k++) owned = isTitleHead(words[k]!.toLowerCase(), t);
    if (!owned) return null;
  }
  return { start: from, end, text: words.slice(from, end).join(' '), of: null };
}
