/**
 * Whether a text reads as English, which every extractor after segmentation assumes. Two signs,
 * both linear in a bounded sample: most letters in a script other than Latin (Cyrillic, CJK,
 * Arabic…), or, over enough words, almost none of English's commonest function words (English
 * news has one word in five or more among them; Italian, Portuguese or Indonesian pages well under
 * one in fifty). Short texts are given the benefit of the doubt.
 */

/** The characters looked at: enough to tell, bounded on huge pages. */
const SAMPLE = 20_000;
/** Fewer words than this cannot tell a language by its function words. */
const MIN_WORDS = 60;
/** The least share of function words an English text has (measured: English pages 0.029–0.3). */
const MIN_SHARE = 0.02;

const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of and to is that for with was said by from it he his are has have be this they were which at an'.split(
    ' ',
  ),
);

/** True unless the text is plainly in another language. */
export function readsAsEnglish(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let latin = 0;
  let other = 0;
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (/^\p{Script=Latin}+$/u.test(w)) latin += w.length;
    else other += w.length;
  }
  if (other > latin) return false;
  let words = 0;
  let common = 0;
  for (const m of sample.toLowerCase().matchAll(/[a-z]+/g)) {
    words++;
    if (FUNCTION_WORDS.has(m[0])) common++;
  }
  return words < MIN_WORDS || common / words >= MIN_SHARE;
}
