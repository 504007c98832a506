/**
 * The HTML adapter: main text with Mozilla Readability on a linkedom DOM, metadata from meta tags,
 * JSON-LD and the URL, and an offset map built by aligning the extracted paragraphs with the raw
 * page (Readability re-serialises the DOM, so offsets cannot be carried through it).
 * See docs/decisions/002-html-extraction.md.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic } from '../model/errors.ts';
import { diagnostic, SitrepError } from '../model/errors.ts';
import type { OffsetMap } from '../model/offsets.ts';
import { TextBuilder } from '../model/offsets.ts';
import type { LinkAnnotation, SourceDoc } from '../model/source.ts';
import { Aligner } from './html/align.ts';
import type { Block } from './html/blocks.ts';
import { dropBoilerplate } from './html/clean.ts';
import { MAX_DEPTH_FOR_DOM, MAX_TAGS_FOR_DOM } from './html/constants.ts';
import type { DomNode } from './html/dom.ts';
import { blocksFromDom } from './html/dom.ts';
import type { ExtraEntities } from './html/entities.ts';
import { collectExtraEntities } from './html/entities.ts';
import { blocksFromMarkup } from './html/markup.ts';
import type { MetaDocument, MetaElement, PageMeta } from './html/metadata.ts';
import { absoluteUrl, dateFromTimeElement, publishedFromUrl, readMetadata } from './html/metadata.ts';
import type { TextStream } from './html/stream.ts';
import { scanPage } from './html/stream.ts';
import { languageOf } from './language.ts';
import type { Adapter } from './types.ts';
import { emptySourceDoc } from './types.ts';

/** Normalised text of some HTML, its offset map into that HTML, and the links in it. */
export interface HtmlText {
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly links: LinkAnnotation[];
}

/** Joins blocks with blank lines, aligning each with the raw page to build the offset map. */
function assemble(raw: string, stream: TextStream, blocks: readonly Block[]): HtmlText {
  const tb = new TextBuilder();
  const total = blocks.reduce((n, b) => n + b.text.length + 2, 0);
  const aligner = new Aligner(raw, stream, tb, total);
  const links: LinkAnnotation[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) aligner.separator('\n\n');
    const at = tb.textLength;
    aligner.paragraph(b.text);
    for (const l of b.links) links.push({ span: [at + l.start, at + l.end], href: l.href });
  });
  const { text, offsets } = tb.build();
  return { text, offsets, links };
}

function resolver(base: string | null): (href: string) => string | null {
  return (href) => {
    const h = href.trim();
    if (h.length === 0 || /^javascript:/i.test(h)) return null;
    return absoluteUrl(h, base) ?? (base ? null : h);
  };
}

function isHttp(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/**
 * Reads an HTML snippet (a feed item's description or content, a record's `html` field) without
 * main-text extraction: all of its text, paragraphs separated by blank lines, offsets into `raw`
 * and links resolved against `origin` when it is a URL. Never throws; the text may be empty.
 */
export function readHtmlFragment(raw: string, origin: string): HtmlText {
  const extra = collectExtraEntities(raw);
  const { stream } = scanPage(raw, extra);
  const blocks = blocksFromMarkup(raw, extra, {
    skipFurniture: false,
    resolve: resolver(isHttp(origin) ? origin : null),
  });
  return assemble(raw, stream, blocks);
}

interface Extraction {
  readonly meta: PageMeta;
  readonly blocks: Block[];
  readonly diagnostics: Diagnostic[];
}

/** Elements shown only on hover or focus, by class names sites give them. */
const HOVER_CARDS =
  '[class*="tooltip" i], [class*="popover" i], [class*="hovercard" i], [class*="hover-card" i]';

/** What `inlineCards` reads of the DOM. */
interface ParentNodeLike {
  querySelectorAll(selector: string): ArrayLike<ParentNodeLike & { remove(): void }>;
}

/**
 * Cards inside a paragraph's text: a `<span>` holding a picture and two links or more (a person's
 * photo, name and latest headlines beside the linked name in the sentence). Only the innermost
 * such span goes, so the name the sentence links stays.
 */
function inlineCards(root: ParentNodeLike): (ParentNodeLike & { remove(): void })[] {
  const out: (ParentNodeLike & { remove(): void })[] = [];
  const isCard = (el: ParentNodeLike) =>
    el.querySelectorAll('img').length > 0 && el.querySelectorAll('a').length >= 2;
  const spans = root.querySelectorAll('p span');
  for (let i = 0; i < spans.length; i++) {
    const el = spans[i]!;
    if (!isCard(el)) continue;
    const inner = el.querySelectorAll('span');
    let innermost = true;
    for (let k = 0; k < inner.length && innermost; k++) if (isCard(inner[k]!)) innermost = false;
    if (innermost) out.push(el);
  }
  return out;
}

/** Main text through Readability, with metadata read before Readability alters the DOM. */
function extractWithDom(raw: string, origin: string): Extraction | null {
  const { document } = parseHTML(raw);
  if (!document.documentElement) return null;
  const meta = readMetadata(document as unknown as MetaDocument, origin);
  const diagnostics: Diagnostic[] = [];
  // Cards a page shows on hover (a person's photo and headlines beside their linked name) are
  // hidden by the site's style sheet, which Readability never sees: they would read as text.
  for (const el of document.querySelectorAll(HOVER_CARDS)) el.remove();
  for (const el of inlineCards(document as unknown as ParentNodeLike)) el.remove();
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as never, {
      serializer: (el) => el as unknown as DomNode,
    }).parse();
  } catch {
    article = null;
  }
  if (!article?.content) return { meta, blocks: [], diagnostics };
  const content = article.content;
  let published = meta.published;
  if (!published) {
    const d = dateFromTimeElement(content as unknown as MetaElement, diagnostics);
    if (d) published = { value: d, from: 'meta' };
  }
  const blocks = blocksFromDom(content, resolver(meta.base));
  return {
    meta: { ...meta, published },
    blocks: dropBoilerplate(blocks, meta.title ?? article.title ?? null),
    diagnostics,
  };
}

/** Metadata of a page read without the full DOM: only its <head> is parsed, when that is safe. */
function headMetadata(raw: string, origin: string): PageMeta {
  const end = raw.search(/<body[\s>]/i);
  let head = end > 0 ? raw.slice(0, end) : '';
  const stats = scanPage(head, new Map());
  if (stats.tags > MAX_TAGS_FOR_DOM || stats.depth > MAX_DEPTH_FOR_DOM) head = '';
  const { document } = parseHTML(`${head}</head><body></body></html>`);
  return readMetadata(document as unknown as MetaDocument, origin);
}

/** Fewer words than this, all of them menus and footers, make no article. */
const FURNITURE_ONLY_WORDS = 50;

/** Reads one HTML page. Throws `HTML_NO_CONTENT` when it has no usable text. */
export function readHtml(raw: string, origin: string): SourceDoc {
  const extra: ExtraEntities = collectExtraEntities(raw);
  const scan = scanPage(raw, extra);
  const diagnostics: Diagnostic[] = [];
  let extraction: Extraction | null = null;
  const domSafe = scan.tags <= MAX_TAGS_FOR_DOM && scan.depth <= MAX_DEPTH_FOR_DOM;
  if (domSafe) {
    try {
      extraction = extractWithDom(raw, origin);
    } catch {
      extraction = null; // a parser failure on garbage: read the markup directly below
    }
  } else {
    diagnostics.push(diagnostic('HTML_SIMPLIFIED', `${scan.tags} tags, nesting depth about ${scan.depth}`));
  }
  const meta = extraction?.meta ?? headMetadata(raw, origin);
  let blocks = extraction?.blocks ?? [];
  let furnitureOnly = false;
  if (blocks.length === 0) {
    const resolve = resolver(meta.base);
    blocks = dropBoilerplate(blocksFromMarkup(raw, extra, { skipFurniture: true, resolve }), meta.title);
    if (blocks.length === 0) {
      blocks = blocksFromMarkup(raw, extra, { skipFurniture: false, resolve });
      furnitureOnly = true;
    }
  }
  const { text, offsets, links } = assemble(raw, scan.stream, blocks);
  if (text.trim().length === 0) throw new SitrepError('HTML_NO_CONTENT', undefined, origin);
  // A page whose only text is its menus and footer (`Home`, `About us`) has no article to store.
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (furnitureOnly && words < FURNITURE_ONLY_WORDS)
    throw new SitrepError('HTML_NO_CONTENT', `only navigation or page furniture (${words} words)`, origin);
  diagnostics.push(...meta.diagnostics, ...(extraction?.diagnostics ?? []));
  return {
    ...emptySourceDoc(origin, 'html', raw),
    text,
    offsets,
    title: meta.title,
    url: meta.url,
    outlet: meta.outlet,
    author: meta.author,
    language: languageOf(meta.language, text),
    published: meta.published ?? publishedFromUrl(meta.url, origin),
    modified: meta.modified,
    links,
    diagnostics,
  };
}

/** The HTML adapter: one document per page. */
export const htmlAdapter: Adapter = (input) => [readHtml(input.raw, input.origin)];
