import { EN_LEXICON } from '../segment/abbreviations.ts';

/**
 * Words whose full stop stays inside a name: an initial (`J. R. Smith`), a title of the
 * abbreviations lexicon (`Sen.`, `Gen.`, `Msgr.`, `Cpl.`; class `title` in
 * `lexicons/abbreviations.en.tsv`, the list the sentence splitter reads) or a name suffix (`Jr.`,
 * `Sr.`). With `acronyms`, also a dotted acronym as the scanner leaves it before its last dot
 * (`U.S`, `D.C`: `said U.S. Attorney Jane Roe`), which elsewhere may end a sentence.
 */
export function stopStaysInName(word: string, acronyms = false): boolean {
  const n = word.length;
  if (n === 0) return false;
  const first = word.charCodeAt(0);
  if (n === 1) return first >= 65 && first <= 90 ? true : /^\p{Lu}$/u.test(word);
  if (acronyms && DOTTED_ACRONYM.test(word)) return true;
  const known = TITLES.get(word);
  if (known !== undefined) return known;
  const is =
    EN_LEXICON.abbreviations.get(`${word}.`) === 'title' || word === 'Jr' || word === 'Sr' || word === 'Sir';
  if (TITLES.size < MAX_MEMO) TITLES.set(word, is);
  return is;
}

/** `U.S`, `D.C`, `N.Y`: capitals each followed by a dot but the last. */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Answers by word, bounded (words recur; hostile input cannot grow it without end). */
const TITLES = new Map<string, boolean>();
const MAX_MEMO = 10_000;
