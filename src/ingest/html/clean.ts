/**
 * Boilerplate Readability leaves in, removed by general rules over the extracted blocks: captions
 * and photo credits, blocks that are all link text (menus, related stories), the repeated
 * headline, the page's own time stamps and bylines, and short lines that are only page furniture
 * (share, subscribe and follow prompts, section labels). Each rule was kept only if it raised F1
 * on the article-extraction dev split; see docs/decisions/002-html-extraction.md.
 */
import type { Block } from './blocks.ts';

/** A block at least this link-dense (non-space characters inside links) is navigation. */
const LINK_DENSITY = 0.9;

/** A block mostly inside <time> elements is the page's time stamp. */
const TIME_DENSITY = 0.5;

/** Furniture lines are at most this many words. */
const FURNITURE_MAX_WORDS = 14;

/** Captions and promotional prompts are at most this many words. */
const CAPTION_MAX_WORDS = 45;

/** The repeated headline is looked for among this many leading blocks. */
const HEADLINE_WINDOW = 8;

/** Short lines that are page furniture rather than article text (whole-block matches). */
const FURNITURE: readonly RegExp[] = [
  /^(?:by|from)$/i,
  /^[Bb]y\b[\s:]*(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4})*$/u,
  /^(?:image|photo|picture|video)\s*(?:copyright|caption|credit)s?\b/i,
  /^\(?(?:image|photo|picture|photograph|credit)s?\s*(?:credit)?\s*:/i,
  /^(?:image|photo|slide)\s+\d+\s+of\s+\/?\s*\d+$/i,
  /^(?:advertisement|advert|sponsored|ad|comments?|share|share this(?: article| story)?|print|email|caption|close|subscribe|sign in|sign up|log in|skip to content|read more|more|related|see also|you may also like|trending|most popular|latest news|recommended)\W*$/i,
  /^(?:read more|related|see more|more|also read|recommended)\s*:/i,
  /^https?:\/\/\S+$/i,
];

/** A caption: a credit at the end or a copyright sign at the start. */
const CAPTION: readonly RegExp[] = [
  /\((?:image|photo|picture|credit)s?\s*(?:credit)?\s*:[^)]*\)$/i,
  /\bcredit:\s*[^.!?]{1,60}$/i,
  /\bphotograph(?:ed)? by [^.!?]{1,60}$/i,
  /^©/,
];

/** A promotional prompt: an imperative opening and something to sign up to or follow. */
const PROMPT_OPENING =
  /^(?:follow|subscribe|sign up|join|click|get the latest|listen|download|like us|don't miss)\b/i;
/** A cookie or consent notice. */
const COOKIE_NOTICE =
  /\bcookies?\b[^.]*\b(?:use|uses|using|accept|consent|policy|settings|preferences|improve)\b|\b(?:use|uses|using|accept)\b[^.]*\bcookies?\b/i;
const PROMPT_OBJECT =
  /\b(?:newsletters?|inbox|subscri\w*|twitter|facebook|instagram|youtube|app|podcasts?|forums?|coverage)\b/i;

const DATE_WORDS = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct ' +
    'october nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri ' +
    'friday sat saturday sun sunday am pm a m p utc gmt est edt cst cdt mst mdt pst pdt bst cet cest ist et pt ' +
    'ct mt hst updated update published posted last modified on at today yesterday original originally first'
  ).split(' '),
);

/** A line that is only a time stamp: numbers, month and day names, zones, "updated", "posted". */
function isTimestamp(text: string): boolean {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0 || tokens.length > FURNITURE_MAX_WORDS) return false;
  let digits = false;
  for (const t of tokens) {
    if (/^\d+(?:st|nd|rd|th)?$/.test(t)) digits = true;
    else if (!DATE_WORDS.has(t)) return false;
  }
  return digits;
}

/** A byline with a time stamp: `By A. Writer - 11/18/19 11:04 PM EST`. */
function isDatedByline(text: string, words: number): boolean {
  return words <= 20 && /^by\s/i.test(text) && /\d/.test(text);
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function nonSpace(s: string): number {
  return s.replace(/\s+/g, '').length;
}

function wordSet(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** True when a block repeats the headline (the same words, allowing a small difference). */
function isHeadline(text: string, title: Set<string>): boolean {
  if (title.size === 0) return false;
  const w = wordSet(text);
  let common = 0;
  for (const x of w) if (title.has(x)) common++;
  return common / (w.size + title.size - common) >= 0.8;
}

/** Drops blocks that are page furniture rather than article text. */
export function dropBoilerplate(blocks: readonly Block[], title: string | null): Block[] {
  const titleWords = title ? wordSet(title) : new Set<string>();
  return blocks.filter((b, i) => {
    const text = b.text;
    const w = wordCount(text);
    if (b.figure) return false;
    const chars = Math.max(1, nonSpace(text));
    if (b.linkChars / chars >= LINK_DENSITY || b.timeChars / chars >= TIME_DENSITY) return false;
    if (i < HEADLINE_WINDOW && isHeadline(text, titleWords)) return false;
    if (w <= FURNITURE_MAX_WORDS && (FURNITURE.some((re) => re.test(text)) || isTimestamp(text)))
      return false;
    if (isDatedByline(text, w)) return false;
    if (w <= CAPTION_MAX_WORDS && CAPTION.some((re) => re.test(text))) return false;
    if (w <= CAPTION_MAX_WORDS && PROMPT_OPENING.test(text) && PROMPT_OBJECT.test(text)) return false;
    if (w <= CAPTION_MAX_WORDS && COOKIE_NOTICE.test(text)) return false;
    return true;
  });
}
