/**
 * Mapped text: a string with an offset map into the string it was derived from, and the
 * composition of such maps (a feed item's HTML body inside its XML, a JSON record's HTML string
 * inside its literal). Used by the feed and JSON adapters.
 */
import type { OffsetMap } from '../model/offsets.ts';
import { spanToRaw, TextBuilder, toRaw } from '../model/offsets.ts';
import type { LinkAnnotation, SourceDoc } from '../model/source.ts';
import type { Span } from '../model/span.ts';
import { readHtml, readHtmlFragment } from './html.ts';

/** A string and the offset map from it back into the string it was derived from. */
export interface MappedText {
  readonly text: string;
  readonly offsets: OffsetMap;
}

/**
 * Composes two maps: `inner` maps its text into a middle string, `outer` maps that middle string
 * into `raw`. Exact segments stay exact only where both steps were verbatim (and are checked
 * against `raw`, so a wrong inner map cannot produce a false exact segment).
 */
export function composeOffsets(inner: MappedText, outer: OffsetMap, raw: string): MappedText {
  const out = new TextBuilder();
  const s = inner.offsets.segments;
  const o = outer.segments;
  const text = inner.text;
  for (let i = 0; i + 4 < s.length; i += 5) {
    const ts = s[i]!;
    const te = s[i + 1]!;
    const rs = s[i + 2]!;
    const re = s[i + 3]!;
    if (s[i + 4] !== 1 || o.length === 0) {
      const a = o.length === 0 ? 0 : toRaw(outer, rs);
      const b = o.length === 0 || re === rs ? a : spanToRaw(outer, [rs, re])[1];
      out.decoded(text.slice(ts, te), a, Math.max(a, b));
      continue;
    }
    // Walk the outer segments under the middle range [rs, re).
    let j = segmentAt(o, rs);
    let mid = rs;
    while (mid < re) {
      if (j >= o.length) {
        const end = o[o.length - 2]!;
        out.decoded(text.slice(ts + (mid - rs), te), end, end);
        break;
      }
      const ots = o[j]!;
      const ote = o[j + 1]!;
      const ors = o[j + 2]!;
      const ore = o[j + 3]!;
      const b = Math.min(re, ote);
      const piece = text.slice(ts + (mid - rs), ts + (b - rs));
      if (o[j + 4] === 1 && mid >= ots) {
        const ra = ors + (mid - ots);
        const rb = ors + (b - ots);
        if (raw.slice(ra, rb) === piece) out.copy(raw, ra, rb);
        else out.decoded(piece, ra, rb);
      } else {
        out.decoded(piece, ors, ore);
      }
      mid = b;
      j += 5;
    }
  }
  return out.build();
}

/** Index (multiple of 5) of the segment whose text range holds `offset` (the last one at or before it). */
function segmentAt(s: readonly number[], offset: number): number {
  let lo = 0;
  let hi = s.length / 5 - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid * 5]! <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best * 5;
}

/**
 * Light text normalisation keeping line structure: CRLF and CR to LF, trailing spaces and tabs
 * dropped from each line, three or more line breaks collapsed to two, leading and trailing blank
 * space trimmed. Returns the text with its map into `src`.
 */
export function normaliseLines(src: string): MappedText {
  const out = new TextBuilder();
  const n = src.length;
  let i = 0;
  while (i < n && isBlank(src.charCodeAt(i))) i++;
  // Line breaks seen since the last content: at most two are kept, as [position, length].
  const pending: number[] = [];
  while (i < n) {
    let j = i;
    while (j < n && src.charCodeAt(j) !== 0x0a && src.charCodeAt(j) !== 0x0d) j++;
    let k = j;
    while (k > i && (src.charCodeAt(k - 1) === 0x20 || src.charCodeAt(k - 1) === 0x09)) k--;
    if (k > i) {
      for (let p = 0; p < pending.length; p += 2) {
        const at = pending[p]!;
        const len = pending[p + 1]!;
        if (len === 1 && src.charCodeAt(at) === 0x0a) out.copy(src, at, at + 1);
        else out.decoded('\n', at, at + len);
      }
      pending.length = 0;
      out.copy(src, i, k);
    }
    if (j >= n) break;
    const len = src.charCodeAt(j) === 0x0d && src.charCodeAt(j + 1) === 0x0a ? 2 : 1;
    if (pending.length < 4) pending.push(j, len);
    i = j + len;
  }
  return out.build();
}

/** JSON and line whitespace: space, tab, CR, LF. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Carries a span of an inner text forward into a text derived from it by `map` (derived → inner),
 * which must be monotonic (both sides in order), as normalisation maps are. Null when the span
 * falls entirely into dropped text.
 */
export function forwardSpan(map: OffsetMap, span: Span): Span | null {
  const s = map.segments;
  const count = s.length / 5;
  // First segment whose inner range ends after the span start.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid * 5 + 3]! <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= count) return null;
  const a = lo * 5;
  const start = s[a + 4] === 1 && span[0] > s[a + 2]! ? s[a]! + (span[0] - s[a + 2]!) : s[a]!;
  // Last segment whose inner range starts before the span end.
  lo = 0;
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid * 5 + 2]! < span[1]) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return null;
  const b = (lo - 1) * 5;
  const end = s[b + 4] === 1 && span[1] < s[b + 3]! ? s[b]! + (span[1] - s[b + 2]!) : s[b + 1]!;
  return end > start ? [start, end] : null;
}

/** Carries link annotations from a text into its normalised form (dropping links that vanish). */
export function forwardLinks(links: readonly LinkAnnotation[], map: OffsetMap): LinkAnnotation[] {
  const out: LinkAnnotation[] = [];
  for (const link of links) {
    const span = forwardSpan(map, link.span);
    if (span) out.push({ span, href: link.href });
  }
  return out;
}

/**
 * Reads an HTML string (a fragment, or a whole page when it looks like one) to normalised text
 * mapped into the HTML string, with its links; a page also yields its own metadata.
 */
export function readHtmlBody(
  html: string,
  origin: string,
): { text: string; offsets: OffsetMap; links: LinkAnnotation[]; page: SourceDoc | null } {
  const page = FULL_PAGE.test(html.slice(0, 1024)) ? readHtml(html, origin) : null;
  const read = page ?? readHtmlFragment(html, origin);
  const norm = normaliseLines(read.text);
  const mapped = composeOffsets(norm, read.offsets, html);
  const links = norm.text === read.text ? [...read.links] : forwardLinks(read.links, norm.offsets);
  return { text: mapped.text, offsets: mapped.offsets, links, page };
}

const FULL_PAGE = /^\s*(?:<!doctype html|<html[\s>])|<body[\s>]/i;
