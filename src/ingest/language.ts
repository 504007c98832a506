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

/** The ISO 639-1 language of a text, or null when it is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.trim().length < MIN_LENGTH) return null;
  const code = franc(sample, { only: ONLY, minLength: MIN_LENGTH });
  return LANGUAGES[code] ?? null;
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
