/**
 * JSON and JSON Lines records: `{text|html, url?, title?, published?, outlet?, author?, language?}`.
 * A small validating scanner finds each record's source range and its string literals (JSON.parse
 * gives no offsets); JSON.parse then reads the values and zod checks them at the edge.
 */
import { z } from 'zod';
import { type Diagnostic, diagnostic, SitrepError } from '../model/errors.ts';
import { TextBuilder } from '../model/offsets.ts';
import type { AdapterResult, DatedValue, ItemFailure, LinkAnnotation, SourceDoc } from '../model/source.ts';
import type { Span } from '../model/span.ts';
import { dateFromUrl, parseDate } from './dates.ts';
import { languageOf, normaliseLanguageTag } from './language.ts';
import { composeOffsets, isBlank, type MappedText, normaliseLines, readHtmlBody } from './mapped.ts';
import type { Adapter } from './types.ts';
import { emptySourceDoc } from './types.ts';

// ---------------------------------------------------------------------------------------------
// A validating JSON scanner that reports positions. Iterative, so deep nesting cannot overflow
// the stack, and linear: every step moves forward.

class JsonSyntax extends Error {
  constructor(
    readonly pos: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function skipWs(s: string, i: number): number {
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}

function unexpected(s: string, i: number, where: string): JsonSyntax {
  return new JsonSyntax(
    i,
    i >= s.length ? `unexpected end of input ${where}` : `unexpected ${JSON.stringify(s[i])} ${where}`,
  );
}

/** End (after the closing quote) of the string literal starting at `i`. */
function scanString(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      const e = s[j + 1];
      if (e === 'u') {
        if (!HEX4.test(s.slice(j + 2, j + 6))) throw new JsonSyntax(j, 'bad \\u escape in a string');
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
      else if (e === undefined) break;
      else throw new JsonSyntax(j, `bad escape \\${e} in a string`);
    } else if (c < 0x20) {
      throw new JsonSyntax(
        j,
        c === 0x0a ? 'line break inside a string' : 'control character inside a string',
      );
    } else j++;
  }
  throw new JsonSyntax(i, 'unterminated string');
}

/** Position after `"key" :` starting at `i`. */
function scanKey(s: string, i: number): number {
  if (s.charCodeAt(i) !== 0x22) throw unexpected(s, i, 'where a property name in double quotes should be');
  const j = skipWs(s, scanString(s, i));
  if (s.charCodeAt(j) !== 0x3a) throw unexpected(s, j, "where ':' should follow a property name");
  return j + 1;
}

const ARRAY = 1;
const OBJECT = 2;

/** End of the JSON value starting at or after `start` (whitespace skipped); throws JsonSyntax. */
function scanValue(s: string, start: number): number {
  const stack: number[] = [];
  let i = start;
  for (;;) {
    i = skipWs(s, i);
    const c = s.charCodeAt(i);
    if (c === 0x7b) {
      i = skipWs(s, i + 1);
      if (s.charCodeAt(i) !== 0x7d) {
        i = scanKey(s, i);
        stack.push(OBJECT);
        continue;
      }
      i++;
    } else if (c === 0x5b) {
      i = skipWs(s, i + 1);
      if (s.charCodeAt(i) !== 0x5d) {
        stack.push(ARRAY);
        continue;
      }
      i++;
    } else if (c === 0x22) {
      i = scanString(s, i);
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(s);
      if (!m) throw unexpected(s, i + 1, 'in a number');
      i += m[0].length;
    } else if (s.startsWith('true', i) || s.startsWith('null', i)) {
      i += 4;
    } else if (s.startsWith('false', i)) {
      i += 5;
    } else {
      throw unexpected(s, i, 'where a value should be');
    }
    // After a value: separators and closing brackets.
    for (;;) {
      if (stack.length === 0) return i;
      i = skipWs(s, i);
      const d = s.charCodeAt(i);
      const top = stack[stack.length - 1];
      if (d === 0x2c) {
        i = skipWs(s, i + 1);
        if (top === OBJECT) i = scanKey(s, i);
        break;
      }
      if ((top === ARRAY && d === 0x5d) || (top === OBJECT && d === 0x7d)) {
        stack.pop();
        i++;
        continue;
      }
      throw unexpected(
        s,
        i,
        top === ARRAY
          ? "where ',' or ']' should follow an array element"
          : "where ',' or '}' should follow a property value",
      );
    }
  }
}

/** Source ranges of the elements of the (valid) array starting at `open`. */
function arrayElements(s: string, open: number): Span[] {
  const out: Span[] = [];
  let i = skipWs(s, open + 1);
  if (s.charCodeAt(i) === 0x5d) return out;
  for (;;) {
    const end = scanValue(s, i);
    out.push([i, end]);
    i = skipWs(s, end);
    if (s.charCodeAt(i) !== 0x2c) return out;
    i = skipWs(s, i + 1);
  }
}

/** Value ranges of the members of the (valid) object starting at `open`; the last duplicate wins, as in JSON.parse. */
function objectMembers(s: string, open: number): Map<string, Span> {
  const out = new Map<string, Span>();
  let i = skipWs(s, open + 1);
  if (s.charCodeAt(i) === 0x7d) return out;
  for (;;) {
    const keyEnd = scanString(s, i);
    const key = JSON.parse(s.slice(i, keyEnd)) as string;
    i = skipWs(s, skipWs(s, keyEnd) + 1);
    const end = scanValue(s, i);
    out.set(key, [i, end]);
    i = skipWs(s, end);
    if (s.charCodeAt(i) !== 0x2c) return out;
    i = skipWs(s, i + 1);
  }
}

/** 1-based line and column (UTF-16 units) of an offset. */
function lineColumn(s: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < pos; i = s.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: pos - lineStart + 1 };
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Decodes the (valid) string literal `s[start, end)` (quotes included) and maps the value into `s`:
 * runs without escapes are exact, each escape is one non-exact segment covering the whole escape
 * (a surrogate pair written as two `\u` escapes covers both).
 */
export function decodeJsonString(s: string, start: number, end: number): MappedText {
  const out = new TextBuilder();
  const stop = end - 1;
  let i = start + 1;
  while (i < stop) {
    const bs = s.indexOf('\\', i);
    const runEnd = bs === -1 || bs >= stop ? stop : bs;
    if (runEnd > i) out.copy(s, i, runEnd);
    if (runEnd === stop) break;
    const e = s[bs + 1]!;
    if (e === 'u') {
      const code = Number.parseInt(s.slice(bs + 2, bs + 6), 16);
      if (code >= 0xd800 && code <= 0xdbff && s.startsWith('\\u', bs + 6)) {
        const low = Number.parseInt(s.slice(bs + 8, bs + 12), 16);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out.decoded(String.fromCharCode(code, low), bs, bs + 12);
          i = bs + 12;
          continue;
        }
      }
      out.decoded(String.fromCharCode(code), bs, bs + 6);
      i = bs + 6;
    } else {
      out.decoded(ESCAPES[e] ?? e, bs, bs + 2);
      i = bs + 2;
    }
  }
  return out.build();
}

// ---------------------------------------------------------------------------------------------
// Records.

const optionalString = z.string().nullish();

/** A record as it may appear in a file; unknown fields are allowed and ignored. */
const RecordSchema = z.looseObject({
  text: optionalString,
  html: optionalString,
  url: optionalString,
  title: optionalString,
  published: optionalString,
  outlet: optionalString,
  author: optionalString,
  language: optionalString,
});

type RecordFields = z.infer<typeof RecordSchema>;

/** Top-level keys of a `.json` object that hold the array of records. */
const WRAPPER_KEYS = ['articles', 'items', 'documents'] as const;

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return typeof v === 'number' || typeof v === 'boolean' ? `a ${typeof v} (${String(v)})` : `a ${typeof v}`;
}

function kindAt(s: string, i: number): string {
  const c = s[i];
  if (c === '[') return 'an array';
  if (c === '"') return 'a string';
  if (c === 't' || c === 'f') return 'a boolean';
  if (c === 'n') return 'null';
  return 'a number';
}

function formatIssues(issues: readonly z.core.$ZodIssue[], value: Record<string, unknown>): string {
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      if (issue.code === 'invalid_type' && issue.path.length === 1) {
        return `"${field}" must be ${issue.expected === 'string' ? 'a string' : issue.expected}, not ${kindOf(value[field])}`;
      }
      return field ? `"${field}": ${issue.message}` : issue.message;
    })
    .join('; ');
}

function present(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.trim().length > 0;
}

function fail(origin: string, message: string): ItemFailure {
  return { failed: true, origin, code: 'ITEM_MALFORMED', message };
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * One record to a document. `src` is the record's own JSON source (already known to be valid
 * JSON), `label` names it in messages (`record 3 (line 3)`).
 */
function readRecord(src: string, label: string, origin: string): SourceDoc | ItemFailure {
  if (src[0] !== '{') return fail(origin, `${label}: expected an object, found ${kindAt(src, 0)}`);
  const value = JSON.parse(src) as Record<string, unknown>;
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) return fail(origin, `${label}: ${formatIssues(parsed.error.issues, value)}`);
  const rec: RecordFields = parsed.data;

  const body = present(rec.text) ? 'text' : present(rec.html) ? 'html' : null;
  if (!body) {
    if (rec.text == null && rec.html == null) return fail(origin, `${label}: missing both "text" and "html"`);
    return fail(origin, `${label}: "${rec.text != null ? 'text' : 'html'}" is empty`);
  }
  // A date or URL that cannot be read costs the record that field, not its text (as a feed item's
  // does): the field is dropped and a diagnostic names it.
  const fieldNotes: Diagnostic[] = [];
  let published: DatedValue | null = null;
  if (present(rec.published)) {
    const when = parseDate(rec.published);
    if (when) published = { value: when, from: 'meta' };
    else
      fieldNotes.push(
        diagnostic(
          'DATE_UNPARSEABLE',
          `${label}: "published" is not a date: ${JSON.stringify(rec.published)}`,
        ),
      );
  }
  let url = present(rec.url) ? rec.url.trim() : null;
  if (url !== null && !(ABSOLUTE_URL.test(url) && URL.canParse(url))) {
    fieldNotes.push(
      diagnostic('FIELD_IGNORED', `${label}: "url" is not an absolute URL: ${JSON.stringify(url)}`),
    );
    url = null;
  }

  const literal = objectMembers(src, 0).get(body)!;
  const literalText = decodeJsonString(src, literal[0], literal[1]);
  let mapped: MappedText;
  let links: LinkAnnotation[] = [];
  let page: SourceDoc | null = null;
  if (body === 'text') {
    mapped = composeOffsets(normaliseLines(literalText.text), literalText.offsets, src);
  } else {
    let html: ReturnType<typeof readHtmlBody>;
    try {
      html = readHtmlBody(literalText.text, url ?? origin);
    } catch (e) {
      if (!(e instanceof SitrepError)) throw e;
      return fail(origin, `${label}: "html": ${e.message}`);
    }
    mapped = composeOffsets(html, literalText.offsets, src);
    links = html.links;
    page = html.page;
  }
  if (mapped.text.length === 0) return fail(origin, `${label}: "${body}" has no text`);

  if (!published && page?.published) published = page.published;
  if (!published && url) {
    const fromUrl = dateFromUrl(url);
    if (fromUrl) published = { value: fromUrl, from: 'url' };
  }
  return {
    ...emptySourceDoc(origin, 'json', src),
    text: mapped.text,
    offsets: mapped.offsets,
    title: present(rec.title) ? rec.title.trim() : (page?.title ?? null),
    url: url ?? page?.url ?? null,
    outlet: present(rec.outlet) ? rec.outlet.trim() : (page?.outlet ?? null),
    author: present(rec.author) ? rec.author.trim() : (page?.author ?? null),
    language: languageOf(normaliseLanguageTag(rec.language) ?? page?.language ?? null, mapped.text),
    published,
    modified: page?.modified ?? null,
    links,
    diagnostics: [...fieldNotes, ...(page ? page.diagnostics : [])],
  };
}

function invalidJson(raw: string, e: JsonSyntax, origin: string): SitrepError {
  const { line, column } = lineColumn(raw, e.pos);
  return new SitrepError(
    'INPUT_MALFORMED',
    `invalid JSON at line ${line} column ${column}: ${e.message}`,
    origin,
  );
}

/** The record ranges of a `.json` file: one object, an array, or an object wrapping an array. */
function recordRanges(raw: string, origin: string): Span[] {
  const start = skipWs(raw, raw.charCodeAt(0) === 0xfeff ? 1 : 0);
  let end: number;
  try {
    end = scanValue(raw, start);
    const after = skipWs(raw, end);
    if (after < raw.length) {
      const hint = raw[after] === '{' ? ' (one record per line is JSON Lines: use a .jsonl file)' : '';
      throw unexpected(raw, after, `after the end of the JSON value${hint}`);
    }
  } catch (e) {
    if (e instanceof JsonSyntax) throw invalidJson(raw, e, origin);
    throw e;
  }
  if (raw[start] === '[') return arrayElements(raw, start);
  if (raw[start] !== '{') {
    throw new SitrepError(
      'INPUT_MALFORMED',
      `expected a record object or an array of records, found ${kindAt(raw, start)}`,
      origin,
    );
  }
  const members = objectMembers(raw, start);
  if (!members.has('text') && !members.has('html')) {
    for (const key of WRAPPER_KEYS) {
      const range = members.get(key);
      if (range && raw[range[0]] === '[') return arrayElements(raw, range[0]);
    }
  }
  return [[start, end]];
}

/** A `.json` file: one record, an array of records, or `{"articles"|"items"|"documents": [...]}`. */
export const jsonAdapter: Adapter = ({ origin, raw }) => {
  const ranges = recordRanges(raw, origin);
  const many = ranges.length > 1;
  return ranges.map(([s, e], i) =>
    readRecord(raw.slice(s, e), `record ${i + 1}`, many ? `${origin}#${i + 1}` : origin),
  );
};

/** A `.jsonl` file: one record per line; blank lines are skipped, a bad line fails alone. */
export const jsonlAdapter: Adapter = ({ origin, raw }) => {
  const lines: { text: string; line: number }[] = [];
  let lineNo = 0;
  for (let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0; i <= raw.length; ) {
    let j = raw.indexOf('\n', i);
    if (j === -1) j = raw.length;
    lineNo++;
    const text = raw.slice(i, j > i && raw.charCodeAt(j - 1) === 0x0d ? j - 1 : j);
    if (text.trim().length > 0) lines.push({ text, line: lineNo });
    i = j + 1;
  }
  const many = lines.length > 1;
  const results: AdapterResult[] = [];
  lines.forEach(({ text, line }, i) => {
    const itemOrigin = many ? `${origin}#${i + 1}` : origin;
    const label = `record ${i + 1} (line ${line})`;
    const start = skipWs(text, 0);
    let end: number;
    try {
      end = scanValue(text, start);
      const after = skipWs(text, end);
      if (after < text.length) throw unexpected(text, after, 'after the end of the record');
    } catch (e) {
      if (!(e instanceof JsonSyntax)) throw e;
      results.push(fail(itemOrigin, `${label}: invalid JSON at column ${e.pos + 1}: ${e.message}`));
      return;
    }
    results.push(readRecord(text.slice(start, end), label, itemOrigin));
  });
  return results;
};
