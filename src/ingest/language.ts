import { franc } from 'franc';

/**
 * Languages sitrep expects in news it follows (ISO 639-3 as franc returns them), mapped to
 * ISO 639-1. Restricting franc to these avoids its classic confusions on short texts (Scots for
 * English, and so on).
 */
const LANGUAGES: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  pol: 'pl',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
};

const ONLY = Object.keys(LANGUAGES);

/** Characters classified: franc is linear in them, and a thousand settle the language of news prose. */
const SAMPLE = 1200;

/** Shortest text worth classifying; below it franc's guesses are noise. */
const MIN_LENGTH = 40;

/** English function words: in English prose they make up a third or more of the words. */
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'with',
  'was',
  'as',
  'by',
  'it',
  'said',
  'he',
  'at',
  'from',
  'has',
  'have',
  'its',
  'be',
  'are',
  'an',
  'will',
  'which',
  'would',
  'their',
  'were',
  'but',
  'not',
  'they',
  'this',
  'had',
  'his',
  'been',
]);

/**
 * A cheap first look: when English function words make up a large share of the words, the text is
 * English and franc (the costly part of ingesting a short article) is not needed. Other languages
 * written in Latin script stay far below this share.
 */
function clearlyEnglish(sample: string): boolean {
  let words = 0;
  let hits = 0;
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    words++;
    if (ENGLISH.has(m[0].toLowerCase())) hits++;
  }
  return words >= 20 && hits / words >= 0.25;
}

/** The ISO 639-1 language of a text, or null when it is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.trim().length < MIN_LENGTH) return null;
  if (clearlyEnglish(sample.slice(0, 600))) return 'en';
  const code = franc(sample, { only: ONLY, minLength: MIN_LENGTH });
  return LANGUAGES[code] ?? null;
}

/**
 * The language of a text whose source declares one: the declared one, unless the text is plainly
 * English where another is declared (a site's template sets `lang="de"` on its English pages, and
 * an article read as German is not read at all); a text of another language keeps what its source
 * says. Without a declaration, the detected one.
 */
export function languageOf(declared: string | null, text: string): string | null {
  if (declared === null) return detectLanguage(text);
  if (declared === 'en') return declared;
  return detectLanguage(text) === 'en' ? 'en' : declared;
}

/** Normalises a declared language tag (`en-US`, `EN`) to ISO 639-1, or null. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  if (code.length === 2) return code;
  return LANGUAGES[code] ?? null;
}
