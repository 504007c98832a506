/**
 * Guards that keep names and counts out of the times: a year glued to a name (`Zapad-2021`,
 * `S-400`), a year after a capitalised name word (`Vienna Document 2011`), and bare numbers that
 * count things (`300 tanks`, `up to 2000 troops`).
 */
import type { Cursor } from './grammar/types.ts';
import {
  COUNTED_NOUNS,
  DAY_PARTS,
  DEICTIC_DAYS,
  MONTHS,
  QUANTITY_HEDGES,
  SEASONS,
  UNITS,
  YEAR_LEAD_WORDS,
} from './lexicon.ts';

/** Words that may be glued to a year by a hyphen (`mid-2021`). */
const MOD_LEADS = new Set(['mid', 'early', 'late', 'pre', 'post', 'fiscal', 'fy']);

/** True when the number at tokens `[i, end)` is part of a name or counts something. */
export function numberIsNameOrCount(c: Cursor, i: number, end: number): boolean {
  const prev = c.at(i - 1);
  if (prev && prev.gap === 0 && c.toks[i]!.gap === 0) {
    // `Zapad-2021`, `S-400`, `F/A-18`: glued to a word by a hyphen or slash.
    const lead = c.at(i - 2);
    const glue = prev.low === '-' || prev.low === '/' || prev.low === '\u2010' || prev.low === '\u2011';
    if (glue && lead !== undefined && lead.kind !== 'n' && prev.gap === 0 && !MOD_LEADS.has(lead.low))
      return true;
  }
  // `mid-1996`, `post-1959`: a period word glued by a hyphen leaves the year a year.
  const modGlued = prev?.low === '-' && MOD_LEADS.has(c.at(i - 2)?.low ?? '') && prev.gap === 0;
  if (
    prev &&
    !modGlued &&
    c.toks[i]!.gap === 0 &&
    (prev.low === '$' ||
      prev.low === '#' ||
      prev.low === '\u20ac' ||
      prev.low === '\u00a3' ||
      prev.low === '-')
  )
    return true;
  if (prev && c.toks[i]!.gap === 0 && prev.kind === 'w') return true;
  const next = c.at(end);
  if (
    next &&
    next.gap === 0 &&
    (next.low === '-' || next.low === '\u2013') &&
    c.at(end + 1)?.kind === 'w' &&
    c.attached(end + 1) &&
    !c.at(end + 1)!.cap
  )
    return true;
  if (next && next.gap === 0 && next.low === '%') return true;
  if (next?.kind === 'w' && COUNTED_NOUNS.has(next.low)) return true;
  if (prev?.kind === 'w') {
    if (QUANTITY_HEDGES.has(prev.low)) return true;
    // `Vienna Document 2011`, `Boeing 747`: a capitalised non-time word before the number names something.
    if (
      prev.cap &&
      !YEAR_LEAD_WORDS.has(prev.low) &&
      MONTHS[prev.low] === undefined &&
      SEASONS[prev.low] === undefined
    ) {
      const before = c.at(i - 2);
      const sentenceStart =
        before === undefined ||
        before.nl ||
        ((before.low === '.' ||
          before.low === '!' ||
          before.low === '?' ||
          before.low === '"' ||
          before.low === '\u201c') &&
          prev.gap > 0);
      if (!sentenceStart) return true;
    }
  }
  return false;
}

/** Time words that running text writes in lower case; a capital inside a sentence makes them a name. */
function lowerCaseTimeWord(w: string): boolean {
  return (
    UNITS[w] !== undefined ||
    DAY_PARTS[w] !== undefined ||
    DEICTIC_DAYS[w] !== undefined ||
    w === 'noon' ||
    w === 'midnight'
  );
}

const OPENERS: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  '"',
  '\u201c',
  '`',
  "'",
  '(',
  '[',
  ':',
  '-',
  '_',
]);

/**
 * True when tokens `[a, b)` hold a time word that running text writes in lower case, capitalised
 * inside its sentence: a title or a name (`High Noon`, `60 Minutes`, ABC's `This Week`, `VOA Today`).
 * The first word of a sentence, a quote or a line, and words in capitals (`TODAY`), are not evidence.
 */
export function timeWordInName(c: Cursor, text: string, a: number, b: number, lo: number): boolean {
  for (let j = a; j < b; j++) {
    const t = c.at(j)!;
    if (t.kind !== 'w' || !t.cap) continue;
    const lower = lowerCaseTimeWord(t.low);
    if (!lower && !NAME_ENDINGS.has(t.low)) continue;
    if (j <= lo || t.nl) continue;
    const prev = c.toks[j - 1]!;
    if (prev.kind === 'p' && OPENERS.has(prev.low)) continue;
    const capitals = t.e - t.s > 1 && text.slice(t.s, t.e) === text.slice(t.s, t.e).toUpperCase();
    if (lower && !capitals) return true;
    if (endsName(c, j)) return true;
  }
  return false;
}

/**
 * Time words a title also capitalises (`Now`, `Daily`), and any in capitals (`TODAY`): a name's end
 * only between a capitalised word and a lower-case one (`Amazon Prime Now delivers`, `the People's
 * Daily said`, `USA TODAY reported`). A title in capitals (`Lukashenko Now Says`) has a capital after.
 */
const NAME_ENDINGS: ReadonlySet<string> = new Set([
  'now',
  'today',
  'tonight',
  'daily',
  'weekly',
  'monthly',
  'current',
]);

function endsName(c: Cursor, j: number): boolean {
  const t = c.toks[j]!;
  if (t.gap === 0) return false;
  let p = c.toks[j - 1];
  // `People's Daily`: the possessive's `s` after its apostrophe.
  if (p && p.low === 's' && p.gap === 0 && (c.toks[j - 2]?.low === "'" || c.toks[j - 2]?.low === '’'))
    p = c.toks[j - 3];
  if (p?.kind !== 'w' || !p.cap) return false;
  const n = c.toks[j + 1];
  return n !== undefined && !n.nl && n.kind === 'w' && !n.cap;
}
