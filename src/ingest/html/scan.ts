/**
 * A forward-only scanner over raw HTML: reports character data and tags with their raw offsets,
 * skips comments, doctypes and the content of script-like elements. It never backtracks, so it
 * is linear on any input, and it never throws. It follows the parser closely enough for text
 * alignment; it does not build a tree.
 */

/** Receives what the scanner finds, in document order. */
export interface MarkupHandler {
  /** Character data `raw.slice(start, end)`, references still encoded. */
  text(start: number, end: number): void;
  /** A start tag (name lower-cased); its attributes are the raw range `[attrStart, attrEnd)`. */
  open(name: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  /** An end tag (name lower-cased). */
  close(name: string): void;
}

/** Elements whose content is not markup and not text: skipped up to their end tag. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Elements whose content is text without markup (references decoded). */
const RCDATA = new Set(['title', 'textarea']);

const endTagRe = new Map<string, RegExp>();

function endTagOf(name: string): RegExp {
  let re = endTagRe.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\s/>]`, 'gi');
    endTagRe.set(name, re);
  }
  return re;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTagSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Index just past the `>` that closes a tag whose attributes start at `i` (quote-aware). */
function tagEnd(raw: string, i: number): number {
  const n = raw.length;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 61 /* = */) {
      i++;
      while (i < n && isTagSpace(raw.charCodeAt(i))) i++;
      const q = raw[i];
      if (q === '"' || q === "'") {
        const close = raw.indexOf(q, i + 1);
        if (close < 0) return n;
        i = close + 1;
      }
      continue;
    }
    i++;
  }
  return n;
}

/** Scans `raw` and reports its text and tags to `h`. */
export function scanMarkup(raw: string, h: MarkupHandler): void {
  const n = raw.length;
  let i = 0;
  let textStart = 0;
  while (i < n) {
    const lt = raw.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) break;
    const c = raw.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      if (lt > textStart) h.text(textStart, lt);
      let end: number;
      if (raw.startsWith('<!--', lt)) {
        const close = raw.indexOf('-->', lt + 4);
        end = close < 0 ? n : close + 3;
      } else {
        const close = raw.indexOf('>', lt + 2);
        end = close < 0 ? n : close + 1;
      }
      i = textStart = end;
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (nameStart >= n || !isLetter(raw.charCodeAt(nameStart))) {
      if (closing && nameStart < n) {
        // `</` not followed by a letter: a bogus comment up to `>` (`</>` is dropped too).
        if (lt > textStart) h.text(textStart, lt);
        const close = raw.indexOf('>', nameStart);
        i = textStart = close < 0 ? n : close + 1;
      } else i = lt + 1; // a literal `<`
      continue;
    }
    let j = nameStart + 1;
    while (j < n) {
      const d = raw.charCodeAt(j);
      if (isTagSpace(d) || d === 47 || d === 62) break;
      j++;
    }
    const name = raw.slice(nameStart, j).toLowerCase();
    const end = tagEnd(raw, j);
    if (lt > textStart) h.text(textStart, lt);
    i = textStart = end;
    if (closing) {
      h.close(name);
      continue;
    }
    const selfClosing = raw.charCodeAt(end - 2) === 47 && end - 2 >= j;
    h.open(name, j, raw.charCodeAt(end - 1) === 62 ? end - 1 : end, selfClosing);
    if (selfClosing) continue;
    if (SKIPPED.has(name) || RCDATA.has(name)) {
      const re = endTagOf(name);
      re.lastIndex = end;
      const m = re.exec(raw);
      const contentEnd = m ? m.index : n;
      if (RCDATA.has(name) && contentEnd > end) h.text(end, contentEnd);
      if (!m) {
        i = textStart = n;
        break;
      }
      const after = tagEnd(raw, m.index + 2 + name.length);
      h.close(name);
      i = textStart = after;
    }
  }
  if (textStart < n) h.text(textStart, n);
}

/** The raw value range of attribute `name` (lower-case) within a tag's attribute range, or null. */
export function attributeRange(
  raw: string,
  start: number,
  end: number,
  name: string,
): [number, number] | null {
  let i = start;
  while (i < end) {
    while (i < end && (isTagSpace(raw.charCodeAt(i)) || raw[i] === '/')) i++;
    const ns = i;
    while (i < end && !isTagSpace(raw.charCodeAt(i)) && raw[i] !== '=' && raw[i] !== '/') i++;
    if (i === ns) {
      i++;
      continue;
    }
    const attr = raw.slice(ns, i).toLowerCase();
    while (i < end && isTagSpace(raw.charCodeAt(i))) i++;
    let vs = i;
    let ve = i;
    if (raw[i] === '=') {
      i++;
      while (i < end && isTagSpace(raw.charCodeAt(i))) i++;
      const q = raw[i];
      if (q === '"' || q === "'") {
        let close = i + 1;
        while (close < end && raw[close] !== q) close++;
        vs = i + 1;
        ve = close;
        i = ve + 1;
      } else {
        vs = i;
        while (i < end && !isTagSpace(raw.charCodeAt(i))) i++;
        ve = i;
      }
    }
    if (attr === name) return [vs, ve];
  }
  return null;
}
