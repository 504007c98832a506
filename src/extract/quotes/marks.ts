import type { WorkCounter } from '../segment/work.ts';

/**
 * Pairing quotation marks over the whole text in one pass: curly (“ ”), straight ("), guillemets
 * (« »), low-9 („), and single quotes, curly (‘ ’) or straight ('), at the top level. A quotation may run over
 * sentences and over paragraphs (the next paragraph reopens it, by convention without closing the
 * previous one); a paragraph that ends inside a quotation and is not followed by a reopening mark
 * drops it (unbalanced). Apostrophes (`Belarus’`, `don’t`) never open, and only close a pending
 * single quote. Two apostrophes (`''`) count as a straight double quote: typewriter text and some
 * wire and newspaper archives write quotations that way; two right single marks (`’’`) close an
 * open quotation, the same marks curled by a typesetter.
 */

/**
 * A paired quotation: the content is `[open + 1, close)`; `open` is the last character of the
 * opening mark, `close` the first of the closing one and `after` the offset after it (marks of two
 * apostrophes, `''…''`, are two characters wide).
 */
export interface QuotePair {
  /** First character of the opening mark. */
  readonly start: number;
  readonly open: number;
  readonly close: number;
  readonly after: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r';
}
function opensContext(c: string | undefined): boolean {
  return (
    isSpace(c) || c === '(' || c === '[' || c === '—' || c === '–' || c === '-' || c === ':' || c === '/'
  );
}
function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * What `pairQuotes` stops at: a line break, `"`, `'`, `«`, `»` and the curly marks ‘ ’ “ ” „ (no
 * other unit does anything there: stopping at every unit from U+00AB up cost a call per dash).
 */
const MARK_OR_BREAK = /[\n"'\u00ab\u00bb\u2018\u2019\u201c-\u201e]/g;

/** Words an apostrophe opens by elision (`'Tis the season`, `love 'em`): no quotation. */
const ELISIONS = /^(?:tis|twas|em|til|till|cause|bout|round|n|s|d|ll|re|ve)(?![\p{L}])/iu;
function elision(text: string, at: number): boolean {
  return ELISIONS.test(text.slice(at, at + 6));
}

/**
 * `the retailers' group`, `workers' demands`: an apostrophe after `s` before a space and a
 * lower-case letter is a plural possessive, not a closing mark.
 */
function pluralPossessive(text: string, at: number): boolean {
  return (
    (text[at - 1] === 's' || text[at - 1] === 'S') &&
    text[at + 1] === ' ' &&
    /\p{Ll}/u.test(text[at + 2] ?? '')
  );
}

/** True when `[start, end)` is a line of its own, but for spaces around it. */
function wholeLine(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
  if (a > 0 && text[a - 1] !== '\n') return false;
  let b = end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b++;
  return b === text.length || text[b] === '\n';
}

/** Paired quotations in text order. */
export function pairQuotes(text: string, counter?: WorkCounter): QuotePair[] {
  const out: QuotePair[] = [];
  let open = -1;
  let start = -1;
  let single = -1;
  // Whether the pending single mark is a straight one (closed only by a straight one).
  let singleStraight = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Only line breaks, straight double quotes and a few non-ASCII marks matter: the next one is
    // found by a regular expression's scan (a single character class: linear), not unit by unit.
    MARK_OR_BREAK.lastIndex = i;
    if (!MARK_OR_BREAK.test(text)) break;
    i = MARK_OR_BREAK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 34 && code !== 39 && code < 0xab) continue;
    // Two apostrophes are one straight double quote; a lone apostrophe is not a mark.
    const doubled = code === 39 && text.charCodeAt(i + 1) === 39;
    if (code === 39 && !doubled) {
      // A straight single mark at the top level (`'We will not be lectured,' she said`, British
      // style): it opens before a letter where a mark may open, and closes an open one after a
      // non-space and before no letter or digit. Not paired: one word (`they're 'ready'`, a
      // scare quote; `rock 'n' roll`), nor a whole line (`'All Bets Are Off.'`, a subheading).
      if (open >= 0) continue;
      if (
        single < 0 &&
        opensContext(text[i - 1]) &&
        /\p{L}/u.test(text[i + 1] ?? '') &&
        !elision(text, i + 1)
      ) {
        single = i;
        singleStraight = true;
      } else if (
        single >= 0 &&
        singleStraight &&
        !isLetter(text[i + 1]) &&
        !isSpace(text[i - 1]) &&
        !pluralPossessive(text, i)
      ) {
        if (text.slice(single + 1, i).includes(' ') && !wholeLine(text, single, i + 1))
          out.push({ start: single, open: single, close: i, after: i + 1 });
        single = -1;
      }
      continue;
    }
    // `''…, 'Kosovo is a special case,''' Mr. Putin said`: three apostrophes close an inner single
    // quotation and the open one; the open one's mark is the last two.
    if (doubled && open >= 0 && text.charCodeAt(i + 2) === 39) i++;
    // Two right single marks close an open quotation (`“…,’’ she said`): copy typed with two
    // apostrophes that a typesetter curled.
    const curled = code === 0x2019 && open >= 0 && text.charCodeAt(i + 1) === 0x2019;
    const c = doubled ? '"' : curled ? '”' : text[i]!;
    const w = doubled || curled ? 2 : 1;
    if (c === '\n') {
      // A blank line ends a paragraph: keep a quotation only if the next paragraph reopens it.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') {
        while (j < n && isSpace(text[j])) j++;
        const next = text[j];
        const reopens =
          next !== undefined && (OPENERS.has(next) || next === '"' || (next === "'" && text[j + 1] === "'"));
        if (open >= 0 && !reopens) open = -1;
        single = -1;
        if (counter) counter.steps += j - i;
        // Skip the reopening mark of a continued quotation.
        if (open >= 0) {
          i = next === "'" ? j + 1 : j;
          continue;
        }
        i = j - 1;
      }
      continue;
    }
    // `„…“`: after a low-9 opening mark, the left double mark closes (German and Czech style).
    const lowClose = c === '“' && open >= 0 && text.charCodeAt(start) === 0x201e;
    if (!lowClose && (OPENERS.has(c) || (c === '"' && open < 0 && opensContext(text[i - 1])))) {
      start = i;
      open = i + w - 1;
      single = -1;
      i += w - 1;
    } else if (lowClose || CLOSERS.has(c) || c === '"') {
      if (open >= 0) {
        if (i > open + 1) out.push({ start, open, close: i, after: i + w });
        open = -1;
      }
      i += w - 1;
      // A closing mark with nothing open is stray: ignored.
    } else if (open < 0 && c === '‘' && opensContext(text[i - 1])) {
      single = i;
      singleStraight = false;
    } else if (
      open < 0 &&
      single >= 0 &&
      !singleStraight &&
      c === '’' &&
      !isLetter(text[i + 1]) &&
      i > single + 1
    ) {
      out.push({ start: single, open: single, close: i, after: i + 1 });
      single = -1;
    }
  }
  if (counter) counter.steps += n;
  return out;
}
