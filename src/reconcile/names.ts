import { givenNames, nameSynonyms, orgWordVariants } from './lexicon.ts';
import { foldWord, plainWord } from './translit.ts';

/**
 * Corpus-level keys of an entity name. `exact` identifies a spelling (case, diacritics and
 * punctuation ignored); `fold` identifies a name across transliterations; persons also get the
 * key of their surname, so that a surname alone can join the one full name that has it.
 */

/** Groups of entity types that may denote the same thing (a GPE is also a location). */
export type TypeGroup = 'person' | 'place' | 'org' | 'unit' | 'facility' | 'event' | 'equipment' | 'other';

/** Which group each entity type belongs to; types outside the table fall in `other`. */
export const TYPE_GROUPS: Readonly<Record<string, TypeGroup>> = {
  person: 'person',
  gpe: 'place',
  location: 'place',
  organization: 'org',
  media: 'org',
  military_unit: 'unit',
  facility: 'facility',
  named_event: 'event',
  equipment: 'equipment',
  other: 'other',
};

/** The type group of an entity type. */
export function typeGroup(type: string): TypeGroup {
  return TYPE_GROUPS[type] ?? 'other';
}

/** The keys of one name. */
export interface NameKeys {
  readonly group: TypeGroup;
  readonly exact: string;
  readonly fold: string;
  /** Persons: the folded surname (last word). */
  readonly surname: string | null;
  /** A person named by a surname alone or with initials only (R. Smith). */
  readonly partial: boolean;
  /** Persons: first letters of the given names (`jr` for J. R. Smith; `` for a surname alone). */
  readonly initials: string;
  /** Named events: the year the name carries (Zapad-2021), which must agree for a merge. */
  readonly year: string | null;
  /** Folding rules that changed any word (evidence for a transliteration merge). */
  readonly rules: readonly string[];
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const YEAR_SUFFIX = /[\s-]*((?:19|20)\d{2})$/;
/** Honorifics and ranks that may be left in a name; they do not identify anyone. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'gen',
  'general',
  'lt',
  'col',
  'maj',
  'minister',
  'sir',
]);

function words(name: string): string[] {
  return name
    .replace(LEADING_ARTICLE, '')
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/[\u2019']s$/u, ''))
    .filter((w) => plainWord(w) !== '');
}

/** The spelling key: plain words joined by one space. */
export function exactKey(name: string): string {
  return words(name).map(plainWord).join(' ');
}

/** The keys of an entity name of a given type. */
export function nameKeys(name: string, type: string): NameKeys {
  let group = typeGroup(type);
  // Type sanity: a "person" whose name holds a number is a tagging error (Allied Resolve-2022).
  if (group === 'person' && /\d/.test(name)) group = 'other';
  let ws = words(name);
  const rules = new Set<string>();
  const fold = (w: string) => {
    const f = foldWord(w);
    for (const r of f.rules) rules.add(r);
    return f.key;
  };
  let year: string | null = null;
  // Untyped names may be named events too, so they get the same year and synonym folding.
  if (group === 'event' || group === 'other') {
    const joined = ws.join(' ');
    const m = YEAR_SUFFIX.exec(joined);
    if (m && m.index > 0) {
      year = m[1]!;
      ws = words(joined.slice(0, m.index));
      rules.add('year-suffix');
    }
    const syn = nameSynonyms();
    ws = ws.map((w) => {
      const s = syn.get(plainWord(w));
      if (s && s !== plainWord(w)) rules.add('name-synonym');
      return s ?? w;
    });
  }
  if (group === 'org' || group === 'unit' || group === 'facility') {
    // `Belarusian Defence Ministry` and `Belarus Defense Ministry` name one ministry.
    const variants = orgWordVariants();
    ws = ws.map((w) => {
      const v = variants.get(plainWord(w));
      if (v && v !== plainWord(w)) rules.add('org-word');
      return v ?? w;
    });
  }
  let initials = '';
  let initialsOnly = false;
  if (group === 'person') {
    ws = ws.filter((w, i) => i === ws.length - 1 || !TITLES.has(plainWord(w)));
    const given = ws.slice(0, -1).map(plainWord);
    initials = given.map((g) => g[0]!).join('');
    initialsOnly = given.length > 0 && given.every((g) => g.length === 1);
    // First and last name identify a person; patronymics and middle names are often left out.
    if (ws.length > 2) ws = [ws[0]!, ws.at(-1)!];
    if (ws.length === 2) {
      const g = givenNames().get(plainWord(ws[0]!));
      if (g) {
        if (g !== plainWord(ws[0]!)) rules.add('given-name');
        ws = [g, ws[1]!];
      }
    }
  }
  const folded = ws.map(fold).filter(Boolean);
  const isPerson = group === 'person';
  return {
    group,
    exact: `${exactKey(name)}${year && !exactKey(name).endsWith(year) ? ` ${year}` : ''}`,
    fold: folded.join(' '),
    surname: isPerson && folded.length > 0 ? folded.at(-1)! : null,
    partial: isPerson && (folded.length === 1 || initialsOnly),
    initials,
    year,
    rules: [...rules].sort(),
  };
}

/** Whether two persons' initials can be one person's: either has none, or one's are in the other's in order. */
export function initialsAgree(a: string, b: string): boolean {
  if (!a || !b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Whether two named-event years allow a merge: equal, or one of them not given. */
export function yearsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** Edit distance between two short words (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Words longer than this are compared by their keys alone (edit distance is quadratic). */
const CLOSE_MAX_WORD = 40;

/**
 * Whether two words can be spellings of one word across transliterations: equal, one edit apart,
 * or under half their letters apart (Lukashenko/Lukashenka, Tsikhanouskaya/Tikhanovskaya), an
 * initial and a word it begins, or given names the lexicon pairs (Alexander/Alyaksandr). Folding alone also equates words that
 * are not (Yoga/Yahoo, God/Hood, Jae/Hye): this is the check against it.
 */
export function wordsClose(a: string, b: string): boolean {
  const x = plainWord(a);
  const y = plainWord(b);
  if (x === y) return true;
  // An initial stands for any word it begins (John M. Ford, John Milo Ford).
  if ((x.length === 1 || y.length === 1) && x[0] === y[0]) return true;
  const given = givenNames();
  if ((given.get(x) ?? x) === (given.get(y) ?? y)) return true;
  if (x.length > CLOSE_MAX_WORD || y.length > CLOSE_MAX_WORD) return true;
  const d = editDistance(x, y);
  return d <= 1 || d < Math.max(x.length, y.length) / 2;
}

/**
 * Whether two names' words are pairwise `wordsClose` (persons: first and last words; names of
 * different lengths: their last words).
 */
export function spellingsClose(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length !== wb.length || wa.length === 0) return wordsClose(wa.at(-1) ?? a, wb.at(-1) ?? b);
  return wa.every((w, i) => wordsClose(w, wb[i]!));
}
