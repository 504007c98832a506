import { SitrepError } from '../model/errors.ts';
import type { AdapterResult, DatedValue, SourceDoc } from '../model/source.ts';
import { isFailure } from '../model/source.ts';
import { dateFromFileName, dateFromUrl } from './dates.ts';
import { feedAdapter, isFeed } from './feed.ts';
import { htmlAdapter } from './html.ts';
import { jsonAdapter, jsonlAdapter } from './json.ts';
import { languageOf } from './language.ts';
import { markdownAdapter } from './markdown.ts';
import { textAdapter } from './text.ts';
import { findDateline, findLeadingDate, findUpdateNotes, findWeekdayDate } from './textmeta.ts';
import type { Adapter } from './types.ts';

/** The input kinds sitrep can read; `jsonl` and `feed` yield many documents per file. */
export type InputKind = 'markdown' | 'html' | 'text' | 'json' | 'jsonl' | 'feed';

/** One adapter per input kind. */
export const ADAPTERS: Record<InputKind, Adapter> = {
  markdown: markdownAdapter,
  html: htmlAdapter,
  text: textAdapter,
  json: jsonAdapter,
  jsonl: jsonlAdapter,
  feed: feedAdapter,
};

const EXTENSIONS: Record<string, InputKind> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
};

/** File extensions ingest accepts (directories are walked for these). */
export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** Default largest input accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

function extensionOf(origin: string): string | null {
  const base =
    origin
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

/** Guesses the kind of an input without a telling extension (stdin, URLs) from its first bytes. */
export function sniffKind(raw: string): InputKind {
  const head = raw.slice(0, 2048).trimStart();
  if (isFeed(head)) return 'feed';
  if (/^(?:<!doctype html|<html|<head|<body|<!--)/i.test(head) || /<(?:p|div|article)[\s>]/i.test(head))
    return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    return head.startsWith('{') && firstLine.endsWith('}') && head.includes('\n{') ? 'jsonl' : 'json';
  }
  if (/^#{1,6} /m.test(head) || /\]\([^)]+\)/.test(head)) return 'markdown';
  return 'text';
}

/** The input kind of a file: by extension, or by content when it has none. Throws on unknown extensions. */
export function detectKind(origin: string, raw: string): InputKind {
  const ext = extensionOf(origin);
  if (ext === null || origin === '-' || /^https?:/i.test(origin)) return sniffKind(raw);
  const kind = EXTENSIONS[ext];
  if (!kind) {
    throw new SitrepError(
      'INPUT_UNKNOWN_FORMAT',
      `unknown extension .${ext} (expected one of ${KNOWN_EXTENSIONS.join(', ')})`,
      origin,
    );
  }
  if (kind === 'feed' && !isFeed(raw.slice(0, 4096))) return sniffKind(raw);
  return kind;
}

/**
 * Decodes input bytes as UTF-8 text, refusing what is not text: empty input, binary data (NUL
 * bytes or many control characters near the start), and invalid UTF-8 (with the byte offset).
 */
export function decodeInput(origin: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.byteLength > maxBytes) {
    throw new SitrepError(
      'INPUT_TOO_LARGE',
      `${bytes.byteLength} bytes is over the limit of ${maxBytes}`,
      origin,
    );
  }
  if (bytes.byteLength === 0) throw new SitrepError('INPUT_EMPTY', 'file is empty', origin);
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of probe) {
    if (b === 0) throw new SitrepError('INPUT_BINARY', 'file contains NUL bytes: binary, not text', origin);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > probe.length * 0.05)
    throw new SitrepError(
      'INPUT_BINARY',
      `${control} control bytes in the first ${probe.length}: binary, not text`,
      origin,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // A page or feed that declares its legacy encoding (`<meta charset="windows-1251">`,
    // `<?xml … encoding="ISO-8859-1"?>`) is read in it; anything else must be UTF-8.
    const declared = declaredCharset(bytes);
    if (!declared)
      throw new SitrepError('INPUT_ENCODING', `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`, origin);
    text = declared.decode(bytes);
  }
  if (text.trim().length === 0) throw new SitrepError('INPUT_EMPTY', 'file has only whitespace', origin);
  return text;
}

/**
 * The decoder of the encoding a document declares in its first 2 KB (an HTML meta charset or
 * content type, an XML declaration), when it is one the runtime knows and not UTF-8; else null.
 */
function declaredCharset(bytes: Uint8Array): TextDecoder | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i.exec(head) ??
    /<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']/i.exec(head);
  if (!m) return null;
  try {
    const decoder = new TextDecoder(m[1]!.toLowerCase());
    return decoder.encoding === 'utf-8' ? null : decoder;
  } catch {
    return null;
  }
}

/** Offset of the first byte that breaks UTF-8, for error messages. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n =
      c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

function hostOutlet(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Fills what the text itself tells about a document, in every format: the publication date by
 * precedence (metadata, dateline, a leading date line, the URL, the file's name, a weekday with its
 * date in the lead), the wire dateline, update notes,
 * the outlet, the language. The ingest-time fallback is the app's to add (it owns the clock).
 */
export function enrich(doc: SourceDoc, options: ReadOptions = {}): SourceDoc {
  const leading = findLeadingDate(doc.text);
  const stated = Number((doc.published?.value ?? leading?.value ?? '').slice(0, 4)) || null;
  const dateline = doc.dateline ?? findDateline(doc.text, stated, options.referenceYear ?? null);
  let published: DatedValue | null = doc.published;
  if (!published && dateline?.date) published = { value: dateline.date, from: 'dateline' };
  if (!published && leading) published = { value: leading.value, from: 'text' };
  if (!published && doc.url) {
    const fromUrl = dateFromUrl(doc.url);
    if (fromUrl) published = { value: fromUrl, from: 'url' };
  }
  if (!published) {
    // Else the date a saved article's file is named by: its locator, as a URL is (`from: url`).
    const fromName = dateFromFileName(doc.origin);
    if (fromName) published = { value: fromName, from: 'url' };
  }
  if (!published) {
    // Else a weekday and its date in the lead (`By Tuesday, Jan. 25`), before the ingest time.
    const weekday = findWeekdayDate(doc.text, options.referenceYear ?? null);
    if (weekday) published = { value: weekday, from: 'text' };
  }
  const updates = doc.updates.length > 0 ? doc.updates : findUpdateNotes(doc.text, published?.value ?? null);
  return {
    ...doc,
    published,
    dateline,
    updates,
    outlet: doc.outlet ?? dateline?.outlet ?? hostOutlet(doc.url),
    language: languageOf(doc.language, doc.text),
  };
}

/** Options for reading a source. */
export interface ReadOptions {
  /** The input's kind, when known (otherwise detected). */
  readonly kind?: InputKind;
  /** The year to search back from when a dateline's year can only come from its weekday (ingest time). */
  readonly referenceYear?: number;
}

/** Reads one decoded input into documents (or per-item failures); throws for a file that fails whole. */
export function readSource(origin: string, raw: string, options: ReadOptions = {}): AdapterResult[] {
  const kind = options.kind;
  const adapter = ADAPTERS[kind ?? detectKind(origin, raw)];
  const results = adapter({ origin, raw: raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw });
  return results.map((r) => {
    if (isFailure(r)) return r;
    if (r.text.trim().length === 0) {
      return {
        failed: true,
        origin: r.origin,
        code: 'INPUT_EMPTY',
        message: 'no text after normalisation',
      } as const;
    }
    return enrich(r, options);
  });
}
