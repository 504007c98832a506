/**
 * Lines that link other articles (`Related article: Minsk Leader Eyes Arms Deal`, `Read more: …`,
 * `See also: …`). They carry another article's headline: its words are no names of this article
 * (the entities stage reads the line as a headline) and report none of its facts (the events stage
 * reads no event in it). One definition, shared by both stages.
 */

/** The labels before the colon of a link line, in lower case. */
const LINK_LABELS: ReadonlySet<string> = new Set([
  'related',
  'related article',
  'related articles',
  'related story',
  'related stories',
  'read more',
  'read also',
  'also read',
  'see also',
  'more',
  'more on this',
  'more on this story',
  'recommended',
]);

/** The most words a label has: the colon stands right after it. */
const MAX_LABEL = 4;

/**
 * True when a sentence's words (as written, any case) open with a link label and a colon. Reads at
 * most the first five words.
 */
export function isLinkLine(words: readonly string[]): boolean {
  let colon = -1;
  for (let i = 1; i <= MAX_LABEL && i < words.length; i++)
    if (words[i] === ':') {
      colon = i;
      break;
    }
  if (colon < 1) return false;
  return LINK_LABELS.has(words.slice(0, colon).join(' ').toLowerCase());
}
