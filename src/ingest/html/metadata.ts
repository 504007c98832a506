/**
 * Page metadata: title, author, outlet, canonical URL, publication and modification dates and the
 * declared language, from meta tags, JSON-LD, <link rel=canonical>, <time> and the URL.
 */
import type { Diagnostic } from '../../model/errors.ts';
import { diagnostic } from '../../model/errors.ts';
import type { DatedValue } from '../../model/source.ts';
import { dateFromUrl, parseDate } from '../dates.ts';
import { normaliseLanguageTag } from '../language.ts';
import type { JsonLdArticle } from './jsonld.ts';
import { articleFromJsonLd, parseJsonLd } from './jsonld.ts';

/** The element surface metadata reading needs (linkedom elements satisfy it). */
export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}

/** The document surface metadata reading needs. */
export interface MetaDocument {
  readonly documentElement: MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}

/** Metadata found in a page. */
export interface PageMeta {
  readonly title: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** Base for resolving relative links: <base href>, else the page URL. */
  readonly base: string | null;
  readonly published: DatedValue | null;
  readonly modified: string | null;
  readonly language: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Meta names (lower-case `name`, `property` or `itemprop`) read as the publication date, in order. */
// biome-ignore format: a compact lookup table
const PUBLISHED_META = [
  'article:published_time', 'date', 'pubdate', 'publish-date', 'publishdate', 'publish_date', 'dc.date',
  'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'datepublished', 'og:published_time',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'byl'];
const TITLE_META = ['og:title', 'twitter:title'];

/** Separators between a headline and the site name in <title>. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—·•»:]|::)\s+/g;

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Resolves `href` against `base`; null when it cannot be made absolute. */
export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * Strips a trailing (or leading) site name from a title: `Headline | Site` → `Headline`. Without
 * `guess`, only the known outlet name is stripped; with it (for <title>), any short last part.
 */
export function stripSiteName(title: string, outlet: string | null, guess = true): string {
  const parts: { text: string; index: number; end: number }[] = [];
  TITLE_SEPARATOR.lastIndex = 0;
  for (let m = TITLE_SEPARATOR.exec(title); m; m = TITLE_SEPARATOR.exec(title)) {
    parts.push({ text: m[0], index: m.index, end: m.index + m[0].length });
  }
  if (parts.length === 0) return title;
  const site = outlet?.toLowerCase() ?? null;
  const last = parts[parts.length - 1]!;
  const tail = title.slice(last.end).trim();
  const head = title.slice(0, last.index).trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if ((site && tail.toLowerCase() === site) || (guess && words(tail) <= 4 && words(head) >= 3)) return head;
  const first = parts[0]!;
  const lead = title.slice(0, first.index).trim();
  if (site && lead.toLowerCase() === site) return title.slice(first.end).trim();
  return title;
}

function metaMap(doc: MetaDocument): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

function jsonLdArticle(doc: MetaDocument, diagnostics: Diagnostic[]): JsonLdArticle | null {
  const scripts = doc.querySelectorAll('script');
  const values = [];
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    const type = s.getAttribute('type')?.toLowerCase() ?? '';
    if (!type.startsWith('application/ld+json')) continue;
    const text = s.textContent ?? '';
    if (text.trim().length === 0) continue;
    try {
      values.push(parseJsonLd(text));
    } catch (e) {
      diagnostics.push(
        diagnostic('HTML_JSONLD_INVALID', `JSON-LD block ${i + 1} ignored: ${(e as Error).message}`),
      );
    }
  }
  return values.length > 0 ? articleFromJsonLd(values) : null;
}

/** Reads a date value; an unreadable one is reported and skipped. */
function readDate(value: string | null | undefined, where: string, diagnostics: Diagnostic[]): string | null {
  const v = clean(value);
  if (!v) return null;
  const d = parseDate(v);
  if (!d) diagnostics.push(diagnostic('DATE_UNPARSEABLE', `${where}: ${JSON.stringify(v.slice(0, 80))}`));
  return d;
}

/** The first `<time datetime>` under `root` (e.g. the article element), as a date. */
export function dateFromTimeElement(
  root: MetaElement | MetaDocument,
  diagnostics: Diagnostic[],
): string | null {
  const times = root.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length && i < 5; i++) {
    const d = readDate(times[i]!.getAttribute('datetime'), '<time datetime>', diagnostics);
    if (d) return d;
  }
  return null;
}

/** The first element with `itemprop` = `prop` whose `content`, `datetime` or text is a date. */
function dateFromMicrodata(root: MetaDocument, prop: string, diagnostics: Diagnostic[]): string | null {
  const found = root.querySelectorAll(`[itemprop="${prop}"]`);
  for (let i = 0; i < found.length && i < 3; i++) {
    const el = found[i]!;
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent;
    const d = readDate(
      value?.replace(/^\s*(?:posted|published|updated)\s*:?\s*/i, ''),
      `itemprop ${prop}`,
      diagnostics,
    );
    if (d) return d;
  }
  return null;
}

/** Elements whose class names a date, read in page order (the first few only). */
const DATE_ELEMENTS = '[class*="date" i], [class*="publish" i], [class*="timestamp" i]';
const DATE_ELEMENTS_READ = 20;

/**
 * A date shown in an element whose class names one, whose whole (short) text is a date after an
 * optional label (`Posted:`): a page's own date line where it has no metadata. Silent when none
 * parses (most such elements hold no date at all).
 */
function dateFromDateElement(root: MetaDocument): string | null {
  const found = root.querySelectorAll(DATE_ELEMENTS);
  for (let i = 0; i < found.length && i < DATE_ELEMENTS_READ; i++) {
    const text = clean(found[i]!.textContent);
    if (!text || text.length > 80) continue;
    const d = parseDate(
      text.replace(/^(?:posted|published|updated|date)\s*(?:on)?\s*:?\s*/i, '').replace(/^[-–—|•\s]+/, ''),
    );
    if (d) return d;
  }
  return null;
}

/** Reads a page's metadata; `origin` is the file path or URL it came from. */
export function readMetadata(doc: MetaDocument, origin: string): PageMeta {
  const diagnostics: Diagnostic[] = [];
  const meta = metaMap(doc);
  const ld = jsonLdArticle(doc, diagnostics);
  const first = (keys: readonly string[]) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  const originUrl = isHttpUrl(origin) ? origin : null;
  let url: string | null = null;
  const links = doc.querySelectorAll('link[rel]');
  for (let i = 0; i < links.length && !url; i++) {
    const l = links[i]!;
    const rel = (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = clean(l.getAttribute('href'));
    if (rel.includes('canonical') && href) {
      const abs = absoluteUrl(href, originUrl);
      if (abs && isHttpUrl(abs)) url = abs;
    }
  }
  if (!url) {
    const og = meta.get('og:url');
    const abs = og ? absoluteUrl(og, originUrl) : null;
    if (abs && isHttpUrl(abs)) url = abs;
  }
  url ??= originUrl;

  let base = originUrl ?? url;
  const baseEl = doc.querySelectorAll('base[href]')[0];
  const baseHref = clean(baseEl?.getAttribute('href'));
  if (baseHref) base = absoluteUrl(baseHref, base) ?? base;

  const notUrl = (v: string | null | undefined) => (v && !isHttpUrl(v) ? clean(v) : null);
  const outlet =
    notUrl(meta.get('og:site_name')) ?? notUrl(ld?.publisher) ?? notUrl(meta.get('application-name'));

  let title = first(TITLE_META) ?? ld?.headline ?? null;
  if (!title) {
    const t = doc.querySelectorAll('title')[0];
    const text = clean(t?.textContent);
    title = text ? stripSiteName(text, outlet) : null;
  } else title = stripSiteName(title, outlet, false);

  let author: string | null = null;
  for (const k of AUTHOR_META) {
    const v = meta.get(k);
    if (v && !isHttpUrl(v)) {
      author = v;
      break;
    }
  }
  author ??= ld?.author ?? null;
  if (author) author = author.replace(/^by\s+/i, '').trim() || null;

  let published: DatedValue | null = null;
  for (const k of PUBLISHED_META) {
    const d = readDate(meta.get(k), `meta ${k}`, diagnostics);
    if (d) {
      published = { value: d, from: 'meta' };
      break;
    }
  }
  if (!published) {
    const d = readDate(ld?.datePublished, 'JSON-LD datePublished', diagnostics);
    if (d) published = { value: d, from: 'meta' };
  }
  // Microdata (`<span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018</span>`).
  if (!published) {
    const d = dateFromMicrodata(doc, 'datePublished', diagnostics);
    if (d) published = { value: d, from: 'meta' };
  }
  if (!published) {
    const articles = doc.querySelectorAll('article');
    const d = articles.length > 0 ? dateFromTimeElement(articles[0]!, diagnostics) : null;
    if (d) published = { value: d, from: 'meta' };
  }
  // Last, before the URL's date is looked for (and the time of ingest after it): the page's first
  // dated <time>, when the URL holds no date (a URL's date is the more reliable).
  if (!published && !(url && dateFromUrl(url))) {
    const d = dateFromTimeElement(doc, diagnostics);
    if (d) published = { value: d, from: 'meta' };
  }

  let modified: string | null = null;
  for (const k of MODIFIED_META) {
    modified = readDate(meta.get(k), `meta ${k}`, diagnostics);
    if (modified) break;
  }
  modified ??= readDate(ld?.dateModified, 'JSON-LD dateModified', diagnostics);
  modified ??= dateFromMicrodata(doc, 'dateModified', diagnostics);
  if (!published && !(url && dateFromUrl(url))) {
    // The date a page shows in an element named for it (`<div class="press__date">October 12,
    // 2017</div>`), else the date it was last changed: nearer the truth than the time of ingest.
    const shown = dateFromDateElement(doc);
    if (shown) published = { value: shown, from: 'text' };
    else if (modified) published = { value: modified, from: 'meta' };
  }

  const language = normaliseLanguageTag(doc.documentElement?.getAttribute('lang'));
  return { title, author, outlet, url, base, published, modified, language, diagnostics };
}

/** A publication date from the page URL (or origin), as the last resort before ingest time. */
export function publishedFromUrl(url: string | null, origin: string): DatedValue | null {
  for (const u of [url, origin]) {
    const d = u ? dateFromUrl(u) : null;
    if (d) return { value: d, from: 'url' };
  }
  return null;
}
