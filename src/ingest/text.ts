import { TextBuilder } from '../model/offsets.ts';
import type { Adapter } from './types.ts';
import { emptySourceDoc } from './types.ts';

/** Longest first line that can still be a headline. */
const MAX_HEADLINE = 160;

/**
 * Appends `raw[start, end)` to `out` with whitespace normalised: CRLF to LF, a blank line (or
 * more) becomes one paragraph break, a single line break inside a paragraph (hard wrapping)
 * becomes a space unless the next line opens a list item, trailing spaces are dropped. Everything
 * else is copied verbatim.
 */
export function appendNormalised(out: TextBuilder, raw: string, start: number, end: number): void {
  let i = start;
  // Skip leading blank lines.
  while (i < end && (raw[i] === '\n' || raw[i] === '\r' || raw[i] === ' ' || raw[i] === '\t')) i++;
  while (i < end) {
    let j = i;
    while (j < end && raw[j] !== '\n' && raw[j] !== '\r') j++;
    // Copy the line without its trailing spaces.
    let k = j;
    while (k > i && (raw[k - 1] === ' ' || raw[k - 1] === '\t')) k--;
    out.copy(raw, i, k);
    // Count the line breaks that follow.
    let breaks = 0;
    let n = j;
    while (n < end && (raw[n] === '\n' || raw[n] === '\r' || raw[n] === ' ' || raw[n] === '\t')) {
      if (raw[n] === '\n') breaks++;
      n++;
    }
    if (n >= end) break;
    if (breaks >= 2) out.decoded('\n\n', k, n);
    // A line that opens a list item (`- `, `* `, `• `, `1. `, `2) `) keeps its line break: the items
    // are separate statements, not hard-wrapped prose (joined, `says A - Moscow says B` ran together).
    // (Only after a line ending in a colon or another item: a wrapped line may open with a dash.)
    else if (breaks === 1 && listItemAt(raw, n, end) && (raw[k - 1] === ':' || listItemAt(raw, i, end)))
      out.decoded('\n', k, n);
    else out.decoded(' ', k, n);
    i = n;
  }
}

/** Most digits of a numbered list item's number (`12. `). */
const MAX_ITEM_DIGITS = 3;

/** True when a list item marker and a space start at `i`: `-`, `*`, `•`, `–`, or a short number and `.` or `)`. */
function listItemAt(raw: string, i: number, end: number): boolean {
  const c = raw[i];
  if (c === '-' || c === '*' || c === '•' || c === '–') return i + 1 < end && raw[i + 1] === ' ';
  let j = i;
  while (j < end && j - i < MAX_ITEM_DIGITS && raw.charCodeAt(j) >= 48 && raw.charCodeAt(j) <= 57) j++;
  return j > i && j + 1 < end && (raw[j] === '.' || raw[j] === ')') && raw[j + 1] === ' ';
}

/** Plain text: whitespace normalised; a short first line standing alone is the headline. */
export const textAdapter: Adapter = ({ origin, raw }) => {
  const out = new TextBuilder();
  appendNormalised(out, raw, 0, raw.length);
  const { text, offsets } = out.build();
  const firstBreak = text.indexOf('\n\n');
  const first = firstBreak === -1 ? '' : text.slice(0, firstBreak);
  const isHeadline =
    first.length > 0 &&
    first.length <= MAX_HEADLINE &&
    // A headline may ask (`Explainer: what is Allied Resolve, and why are planners worried?`);
    // a line ending in a stop, a colon or a comma is the body's first sentence or a label.
    !/[.!:;,"”]$/.test(first) &&
    !/[.!?] \p{Lu}/u.test(first) &&
    !/^\S+, /.test(first);
  return [{ ...emptySourceDoc(origin, 'text', raw), text, offsets, title: isHeadline ? first : null }];
};
