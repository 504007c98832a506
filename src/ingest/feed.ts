/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry. A small linear-time
 * scanner builds a tolerant element tree with source offsets (no XML library gives offsets), so
 * every item keeps its own XML source and its text maps back into it. Broken markup is recovered
 * from the way HTML parsers do it: an end tag closes the open element of its name and everything
 * opened inside it; a stray end tag is ignored; a construct left open stops the scan.
 */

import type { Diagnostic } from '../model/errors.ts';
import { diagnostic, SitrepError } from '../model/errors.ts';
import { TextBuilder } from '../model/offsets.ts';
import type { AdapterResult, DatedValue, ItemFailure, LinkAnnotation, SourceDoc } from '../model/source.ts';
import { dateFromUrl, parseDate } from './dates.ts';
import { languageOf, normaliseLanguageTag } from './language.ts';
import type { MappedText } from './mapped.ts';
import { composeOffsets, readHtmlBody } from './mapped.ts';
import { appendNormalised } from './text.ts';
import type { Adapter } from './types.ts';
import { emptySourceDoc } from './types.ts';

// ---------------------------------------------------------------------------------------------
// The scanner.

interface XmlChars {
  readonly kind: 'text' | 'cdata';
  /** Source range of the characters (for CDATA, inside the `<![CDATA[` `]]>` markers). */
  readonly start: number;
  end: number;
}

interface XmlElement {
  readonly kind: 'element';
  /** The name as written, prefix included (`content:encoded`). */
  readonly name: string;
  /** The name lower-cased, for lookups. */
  readonly key: string;
  readonly attrs: ReadonlyMap<string, string> | null;
  /** Source range of the whole element, tags included. */
  readonly start: number;
  end: number;
  /** Source range between the start tag and the end tag. */
  readonly contentStart: number;
  contentEnd: number;
  /** False when no end tag closed it (it was closed by an enclosing end tag or by the end of input). */
  closed: boolean;
  readonly children: XmlNode[];
}

type XmlNode = XmlElement | XmlChars;

interface StartTag {
  readonly name: string;
  readonly attrs: Map<string, string> | null;
  readonly end: number;
  readonly selfClosing: boolean;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

function readName(src: string, i: number): number {
  while (i < src.length && isNameChar(src.charCodeAt(i))) i++;
  return i;
}

/** Characters that end an attribute name. */
function endsAttrName(c: number): boolean {
  return isBlank(c) || c === 0x3d || c === 0x3e || c === 0x2f || c === 0x3c || c === 0x22 || c === 0x27;
}

/** The start tag at `lt`, or null when it runs off the end of the input (or into an unclosed quote). */
function readStartTag(src: string, lt: number): StartTag | null {
  const n = src.length;
  const nameEnd = readName(src, lt + 1);
  const name = src.slice(lt + 1, nameEnd);
  let attrs: Map<string, string> | null = null;
  let i = nameEnd;
  for (;;) {
    while (i < n && isBlank(src.charCodeAt(i))) i++;
    if (i >= n) return null;
    const c = src.charCodeAt(i);
    if (c === 0x3e) return { name, attrs, end: i + 1, selfClosing: false };
    if (c === 0x2f && src.charCodeAt(i + 1) === 0x3e) return { name, attrs, end: i + 2, selfClosing: true };
    // A '<' inside a tag: the tag was never finished; end it here.
    if (c === 0x3c) return { name, attrs, end: i, selfClosing: false };
    const nameStart = i;
    while (i < n && !endsAttrName(src.charCodeAt(i))) i++;
    if (i === nameStart) {
      i++; // a stray '/', '=' or quote
      continue;
    }
    const attr = src.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < n && isBlank(src.charCodeAt(j))) j++;
    let value = '';
    if (src.charCodeAt(j) === 0x3d) {
      j++;
      while (j < n && isBlank(src.charCodeAt(j))) j++;
      const q = src.charCodeAt(j);
      if (q === 0x22 || q === 0x27) {
        const close = src.indexOf(src[j]!, j + 1);
        if (close === -1) return null;
        value = decodeEntities(src.slice(j + 1, close));
        i = close + 1;
      } else {
        const vs = j;
        while (
          j < n &&
          !isBlank(src.charCodeAt(j)) &&
          src.charCodeAt(j) !== 0x3e &&
          src.charCodeAt(j) !== 0x3c
        )
          j++;
        value = decodeEntities(src.slice(vs, j));
        i = j;
      }
    }
    if (!attrs) attrs = new Map();
    attrs.set(attr, value);
  }
}

/** End of a `<!DOCTYPE …>` style declaration at `lt` (an internal subset in brackets included), or -1. */
function skipDeclaration(src: string, lt: number): number {
  let depth = 0;
  for (let i = lt + 2; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5b) depth++;
    else if (c === 0x5d && depth > 0) depth--;
    else if (c === 0x3e && depth === 0) return i + 1;
  }
  return -1;
}

function newElement(
  name: string,
  attrs: Map<string, string> | null,
  start: number,
  contentStart: number,
): XmlElement {
  return {
    kind: 'element',
    name,
    key: name.toLowerCase(),
    attrs,
    start,
    end: contentStart,
    contentStart,
    contentEnd: contentStart,
    closed: false,
    children: [],
  };
}

interface ParsedXml {
  readonly root: XmlElement | null;
  /** Every `item` and `entry` element, in document order, wherever it sits. */
  readonly items: readonly XmlElement[];
}

/** Scans XML into a tolerant element tree. Linear: every step moves forward, every search is bounded by a step. */
function parseXml(src: string): ParsedXml {
  const doc = newElement('#document', null, 0, 0);
  const stack: XmlElement[] = [doc];
  // How many open elements have each name, so a stray end tag costs nothing to reject.
  const openCount = new Map<string, number>();
  const items: XmlElement[] = [];
  let root: XmlElement | null = null;
  const n = src.length;

  const addChars = (kind: XmlChars['kind'], start: number, end: number): void => {
    if (end <= start) return;
    const kids = stack[stack.length - 1]!.children;
    const last = kids[kids.length - 1];
    if (kind === 'text' && last?.kind === 'text' && last.end === start) last.end = end;
    else kids.push({ kind, start, end });
  };
  const closeTop = (contentEnd: number, end: number, closed: boolean): void => {
    const el = stack.pop()!;
    el.contentEnd = contentEnd;
    el.end = end;
    el.closed = closed;
    openCount.set(el.name, openCount.get(el.name)! - 1);
  };

  let pos = 0;
  while (pos < n) {
    const lt = src.indexOf('<', pos);
    if (lt === -1) {
      addChars('text', pos, n);
      pos = n;
      break;
    }
    addChars('text', pos, lt);
    pos = lt;
    const c1 = src.charCodeAt(lt + 1);
    if (c1 === 0x21) {
      if (src.startsWith('<!--', lt)) {
        const e = src.indexOf('-->', lt + 4);
        if (e === -1) break;
        pos = e + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        const e = src.indexOf(']]>', lt + 9);
        if (e === -1) break;
        addChars('cdata', lt + 9, e);
        pos = e + 3;
      } else {
        const e = skipDeclaration(src, lt);
        if (e === -1) break;
        pos = e;
      }
    } else if (c1 === 0x3f) {
      const e = src.indexOf('?>', lt + 2);
      if (e === -1) break;
      pos = e + 2;
    } else if (c1 === 0x2f) {
      const nameEnd = readName(src, lt + 2);
      const gt = src.indexOf('>', nameEnd);
      if (gt === -1) break;
      const name = src.slice(lt + 2, nameEnd);
      if ((openCount.get(name) ?? 0) > 0) {
        while (stack[stack.length - 1]!.name !== name) closeTop(lt, lt, false);
        closeTop(lt, gt + 1, true);
      }
      pos = gt + 1;
    } else if (isNameStart(c1)) {
      const tag = readStartTag(src, lt);
      if (!tag) break;
      const el = newElement(tag.name, tag.attrs, lt, tag.end);
      stack[stack.length - 1]!.children.push(el);
      if (stack.length === 1 && !root) root = el;
      if (el.key === 'item' || localName(el.key) === 'entry') items.push(el);
      if (tag.selfClosing) el.closed = true;
      else {
        stack.push(el);
        openCount.set(el.name, (openCount.get(el.name) ?? 0) + 1);
      }
      pos = tag.end;
    } else {
      addChars('text', lt, lt + 1); // a lone '<' is text
      pos = lt + 1;
    }
  }
  // Whatever is still open was cut off (truncated input or an unterminated construct at `pos`).
  while (stack.length > 1) closeTop(pos, pos, false);
  return { root, items };
}

function localName(key: string): string {
  const colon = key.indexOf(':');
  return colon === -1 ? key : key.slice(colon + 1);
}

// ---------------------------------------------------------------------------------------------
// Character references.

/** Named references decoded at the XML level: XML's five and the HTML ones feeds use most. */
const NAMED: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  pound: '\u00a3',
  deg: '\u00b0',
};

/** Longest character reference considered (`&#x10FFFF;` fits); keeps the look-ahead bounded. */
const MAX_REF = 12;

/** The character a reference body (between `&` and `;`) stands for, or null when it is not one. */
function decodeRef(body: string): string | null {
  if (body.charCodeAt(0) === 0x23) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null;
    const cp = Number.parseInt(digits, hex ? 16 : 10);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    return String.fromCodePoint(cp);
  }
  return NAMED[body] ?? null;
}

/** Appends `raw[start, end)` with character references decoded; everything else is copied exactly. */
function appendDecoded(out: TextBuilder, raw: string, start: number, end: number): void {
  let i = start;
  while (i < end) {
    // A bounded scan, not indexOf: `raw` may be the whole feed and `end` close by.
    let amp = i;
    while (amp < end && raw.charCodeAt(amp) !== 0x26) amp++;
    if (amp > i) out.copy(raw, i, amp);
    if (amp === end) return;
    const semi = raw.slice(amp + 1, Math.min(end, amp + MAX_REF)).indexOf(';');
    const ch = semi > 0 ? decodeRef(raw.slice(amp + 1, amp + 1 + semi)) : null;
    if (ch === null) {
      out.copy(raw, amp, amp + 1); // a bare '&' (common in sloppy feeds) stays as it is
      i = amp + 1;
    } else {
      out.decoded(ch, amp, amp + semi + 2);
      i = amp + semi + 2;
    }
  }
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const out = new TextBuilder();
  appendDecoded(out, s, 0, s.length);
  return out.build().text;
}

// ---------------------------------------------------------------------------------------------
// Reading items.

/** The feed dialect, from its root element. */
type Dialect = 'rss' | 'atom';

function dialectOf(root: XmlElement): Dialect | null {
  if (root.key === 'rss' || root.key === 'rdf:rdf') return 'rss';
  if (localName(root.key) === 'feed') return 'atom';
  return null;
}

/** First direct child element with one of the (lower-case) names; Atom names match any prefix. */
function child(el: XmlElement | null | undefined, dialect: Dialect, ...names: string[]): XmlElement | null {
  if (!el) return null;
  for (const name of names) {
    for (const c of el.children) {
      if (c.kind === 'element' && (c.key === name || (dialect === 'atom' && localName(c.key) === name)))
        return c;
    }
  }
  return null;
}

function children(el: XmlElement, dialect: Dialect, name: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement =>
      c.kind === 'element' && (c.key === name || (dialect === 'atom' && localName(c.key) === name)),
  );
}

/**
 * The string value of an element, mapped into `raw` (which starts at source offset `base`):
 * text with references decoded, CDATA verbatim, nested elements kept as their markup (so
 * unescaped HTML and Atom XHTML content come through as HTML).
 */
function elementValue(el: XmlElement, raw: string, base: number): MappedText {
  const out = new TextBuilder();
  for (const c of el.children) {
    if (c.kind === 'text') appendDecoded(out, raw, c.start - base, c.end - base);
    else out.copy(raw, c.start - base, c.end - base);
  }
  return out.build();
}

/** The value of an element as one line of plain text (for titles, names, dates, links). */
function plainOf(el: XmlElement | null, src: string): string | null {
  if (!el) return null;
  const v = elementValue(el, src, 0).text;
  const text = looksLikeHtml(v) ? readHtmlBody(v, '').text : v;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 0 ? line : null;
}

const TAG_START = /<[a-zA-Z/!]/;
const REFERENCE = /&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});/;

function looksLikeHtml(v: string): boolean {
  return TAG_START.test(v) || REFERENCE.test(v);
}

/** How a body element's value reads: as HTML, as plain text, or not at all (a non-text payload). */
function bodyKind(el: XmlElement, dialect: Dialect, value: string): 'html' | 'text' | null {
  if (dialect === 'rss') return looksLikeHtml(value) ? 'html' : 'text';
  if (el.attrs?.has('src')) return null; // out-of-line content
  const type = (el.attrs?.get('type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'xhtml' || type.endsWith('/html') || type.endsWith('+xml')) return 'html';
  if (type === 'text' || type.startsWith('text/')) return 'text';
  return null;
}

interface Body {
  readonly text: string;
  readonly offsets: MappedText['offsets'];
  readonly links: LinkAnnotation[];
}

/** An element's value as normalised text mapped into the item's raw source. */
function readBody(
  el: XmlElement,
  dialect: Dialect,
  raw: string,
  base: number,
  htmlBase: string,
): Body | null {
  const value = elementValue(el, raw, base);
  const kind = bodyKind(el, dialect, value.text);
  if (kind === null) return null;
  if (kind === 'text') {
    const out = new TextBuilder();
    appendNormalised(out, value.text, 0, value.text.length);
    return { ...composeOffsets(out.build(), value.offsets, raw), links: [] };
  }
  const html = readHtmlBody(value.text, htmlBase);
  return { ...composeOffsets(html, value.offsets, raw), links: html.links };
}

/** `jane@example.com (Jane Doe)` → `Jane Doe`, as RSS writes authors. */
function authorName(s: string | null): string | null {
  if (!s?.endsWith(')')) return s;
  const open = s.lastIndexOf('(');
  const name = s.slice(open + 1, -1).trim();
  return open > 0 && s.slice(0, open).includes('@') && name ? name : s;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || !base) return href;
  return URL.canParse(href, base) ? new URL(href, base).href : href;
}

function isHttpUrl(s: string): boolean {
  return /^https?:\/\/\S+$/i.test(s);
}

/** The link an Atom element points to: `rel="alternate"` (the default rel) first, else the first with an href. */
function atomLink(el: XmlElement | null): string | null {
  if (!el) return null;
  const links = children(el, 'atom', 'link').filter((l) => l.attrs?.get('href'));
  const alternate = links.find((l) => (l.attrs?.get('rel') ?? 'alternate').toLowerCase() === 'alternate');
  return (alternate ?? links[0])?.attrs?.get('href')?.trim() ?? null;
}

/** What every item of a feed shares. */
interface FeedContext {
  readonly src: string;
  readonly origin: string;
  readonly dialect: Dialect;
  readonly outlet: string | null;
  readonly language: string | null;
  readonly base: string | null;
  readonly author: string | null;
}

function feedContext(src: string, origin: string, root: XmlElement, dialect: Dialect): FeedContext {
  const originBase = /^https?:\/\//i.test(origin) ? origin : null;
  if (dialect === 'atom') {
    const link = atomLink(root);
    return {
      src,
      origin,
      dialect,
      outlet: plainOf(child(root, dialect, 'title'), src),
      language: normaliseLanguageTag(root.attrs?.get('xml:lang')),
      base: resolveUrl(root.attrs?.get('xml:base') ?? link, originBase) ?? originBase,
      author: plainOf(child(child(root, dialect, 'author'), dialect, 'name'), src),
    };
  }
  const channel = child(root, dialect, 'channel');
  const link = plainOf(child(channel, dialect, 'link'), src);
  return {
    src,
    origin,
    dialect,
    outlet: plainOf(child(channel, dialect, 'title'), src),
    language: normaliseLanguageTag(plainOf(child(channel, dialect, 'language', 'dc:language'), src)),
    base: link && isHttpUrl(link) ? link : originBase,
    author: null,
  };
}

function readDate(
  el: XmlElement | null,
  src: string,
  diagnostics: Diagnostic[],
): { value: string | null; present: boolean } {
  const s = plainOf(el, src);
  if (!s) return { value: null, present: false };
  const value = parseDate(s);
  if (!value)
    diagnostics.push(
      diagnostic('DATE_UNPARSEABLE', `<${el!.name}> ${JSON.stringify(s)} is not a date sitrep can read`),
    );
  return { value, present: true };
}

/** One item or entry to a document, or a failure naming what is wrong with it. */
function readItem(item: XmlElement, index: number, ctx: FeedContext): SourceDoc | ItemFailure {
  const { src, dialect } = ctx;
  const origin = `${ctx.origin}#${index}`;
  const label = `${dialect === 'atom' ? 'entry' : 'item'} ${index}`;
  const fail = (message: string): ItemFailure => ({
    failed: true,
    origin,
    code: 'ITEM_MALFORMED',
    message: `${label}: ${message}`,
  });
  if (!item.closed) return fail(`missing </${item.name}>`);
  const open = item.children.find((c): c is XmlElement => c.kind === 'element' && !c.closed);
  if (open) return fail(`<${open.name}> is not closed`);

  let url: string | null;
  if (dialect === 'atom') url = atomLink(item);
  else {
    url = plainOf(child(item, dialect, 'link'), src);
    if (!url) {
      const guid = child(item, dialect, 'guid');
      const value = plainOf(guid, src);
      if (value && guid?.attrs?.get('ispermalink')?.toLowerCase() !== 'false' && isHttpUrl(value))
        url = value;
    }
    url ??= item.attrs?.get('rdf:about') ?? null;
  }
  url = resolveUrl(url, resolveUrl(item.attrs?.get('xml:base') ?? null, ctx.base) ?? ctx.base);

  const raw = src.slice(item.start, item.end);
  const base = item.start;
  // Relative links in the body resolve against the item's own address.
  const htmlBase = url ?? ctx.base ?? origin;
  const candidates =
    dialect === 'atom'
      ? [child(item, dialect, 'content'), child(item, dialect, 'summary')]
      : [
          child(item, dialect, 'content:encoded'),
          child(item, dialect, 'content'),
          child(item, dialect, 'description', 'summary'),
        ];
  let body: Body | null = null;
  let emptyBody: XmlElement | null = null;
  for (const el of candidates) {
    if (!el) continue;
    const read = readBody(el, dialect, raw, base, htmlBase);
    if (read && read.text.length > 0) {
      body = read;
      break;
    }
    emptyBody ??= el;
  }
  const titleEl = child(item, dialect, 'title');
  const title = plainOf(titleEl, src);
  if (!body && titleEl && title) body = readBody(titleEl, dialect, raw, base, htmlBase);
  if (!body || body.text.length === 0) {
    if (emptyBody) return fail(`<${emptyBody.name}> has no text and there is no title`);
    return fail(dialect === 'atom' ? 'no title, summary or content' : 'no title, description or content');
  }

  const diagnostics: Diagnostic[] = [];
  let published: DatedValue | null = null;
  let modified: string | null = null;
  if (dialect === 'atom') {
    const updated = readDate(child(item, dialect, 'updated'), src, diagnostics).value;
    const pub = readDate(child(item, dialect, 'published', 'issued'), src, diagnostics).value ?? updated;
    if (pub) published = { value: pub, from: 'meta' };
    modified = updated;
  } else {
    const pub = readDate(child(item, dialect, 'pubdate', 'dc:date'), src, diagnostics).value;
    if (pub) published = { value: pub, from: 'meta' };
    modified = readDate(child(item, dialect, 'atom:updated', 'dc:modified'), src, diagnostics).value;
  }
  if (!published && url) {
    const fromUrl = dateFromUrl(url);
    if (fromUrl) published = { value: fromUrl, from: 'url' };
  }

  const author =
    dialect === 'atom'
      ? (plainOf(child(child(item, dialect, 'author'), dialect, 'name'), src) ?? ctx.author)
      : authorName(plainOf(child(item, dialect, 'dc:creator', 'author'), src));
  // An aggregator names the original outlet in <source>; the feed's own title is the fallback.
  const source = child(item, dialect, 'source');
  const outlet =
    (dialect === 'atom' ? plainOf(child(source, dialect, 'title'), src) : plainOf(source, src)) ?? ctx.outlet;

  return {
    ...emptySourceDoc(origin, 'rss', raw),
    text: body.text,
    offsets: body.offsets,
    title,
    url,
    outlet,
    author,
    language: languageOf(
      normaliseLanguageTag(item.attrs?.get('xml:lang')) ?? ctx.language ?? null,
      body.text,
    ),
    published,
    modified,
    links: body.links,
    diagnostics,
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points.

/** Position after the next `marker` from `from`, or -1. */
function afterMarker(raw: string, marker: string, from: number): number {
  const at = raw.indexOf(marker, from);
  return at === -1 ? -1 : at + marker.length;
}

/** Name of the first element of an XML text (after the prolog), or null when it does not start like XML. */
function firstElementName(raw: string): string | null {
  let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < raw.length && isBlank(raw.charCodeAt(i))) i++;
    if (raw.charCodeAt(i) !== 0x3c) return null;
    let end: number;
    if (raw.startsWith('<?', i)) end = afterMarker(raw, '?>', i);
    else if (raw.startsWith('<!--', i)) end = afterMarker(raw, '-->', i + 4);
    else if (raw.startsWith('<!', i)) end = skipDeclaration(raw, i);
    else return raw.slice(i + 1, readName(raw, i + 1)) || null;
    if (end <= i) return null;
    i = end;
  }
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** True when a text (or its first few kilobytes) is an RSS, RDF or Atom feed. */
export function isFeed(raw: string): boolean {
  const head = raw.length > 4096 ? raw.slice(0, 4096) : raw;
  const name = firstElementName(head);
  if (!name) return false;
  if (name === 'rss' || name === 'rdf:RDF') return true;
  return localName(name) === 'feed' && head.includes(ATOM_NS);
}

/** RSS and Atom feeds: one document per item or entry; a broken item fails alone. */
export const feedAdapter: Adapter = ({ origin, raw }) => {
  const first = firstElementName(raw);
  if (first === null) {
    const start = raw.trimStart().slice(0, 24);
    throw new SitrepError(
      'INPUT_MALFORMED',
      `not XML: the input starts with ${JSON.stringify(start)}`,
      origin,
    );
  }
  const { root, items } = parseXml(raw);
  const dialect = root ? dialectOf(root) : null;
  if (!root || !dialect) {
    throw new SitrepError(
      'INPUT_MALFORMED',
      `not an RSS or Atom feed: the root element is <${root?.name ?? first}>`,
      origin,
    );
  }
  const ctx = feedContext(raw, origin, root, dialect);
  const wanted =
    dialect === 'atom'
      ? (el: XmlElement) => localName(el.key) === 'entry'
      : (el: XmlElement) => el.key === 'item';
  const results: AdapterResult[] = [];
  let index = 0;
  for (const item of items) {
    if (!wanted(item)) continue;
    index++;
    try {
      results.push(readItem(item, index, ctx));
    } catch (e) {
      // A body the HTML reader refuses fails its item, not the feed.
      if (!(e instanceof SitrepError)) throw e;
      results.push({
        failed: true,
        origin: `${origin}#${index}`,
        code: 'ITEM_MALFORMED',
        message: `${dialect === 'atom' ? 'entry' : 'item'} ${index}: ${e.message}`,
      });
    }
  }
  return results;
};
