/**
 * Markdown to plain text, hand-written for news articles: one paragraph per block, markup dropped,
 * link anchors kept as annotations, the first heading as title and a trailing `Original url:` block
 * as the source URL. It covers what news Markdown uses (ATX and setext headings, paragraphs, block
 * quotes, lists, fenced code, thematic breaks, HTML blocks, reference definitions; escapes, code
 * spans, emphasis, inline and reference links, autolinks, images, character references, hard
 * breaks) in one linear pass, about ten times faster than a full CommonMark parser. The text it
 * gives is checked against mdast-util-from-markdown in the tests (see docs/decisions/006).
 */
import { TextBuilder } from '../model/offsets.ts';
import type { LinkAnnotation } from '../model/source.ts';
import { decodeRef } from './html/entities.ts';
import type { Adapter } from './types.ts';
import { emptySourceDoc } from './types.ts';

/** A piece of a block's content: `raw[start, end)`, one per source line. */
interface Line {
  readonly start: number;
  readonly end: number;
}

/** A block whose content becomes one paragraph of text. */
interface Block {
  readonly kind: 'paragraph' | 'heading' | 'code';
  readonly lines: Line[];
}

/** Longest link destination, title or reference label looked at (keeps scanning bounded). */
const MAX_LINK = 2048;
/** Longest HTML tag skipped inline. */
const MAX_TAG = 512;
/** Deepest bracket nesting considered for a link text. */
const MAX_BRACKET_DEPTH = 32;

const ORIGINAL_URL = /^\s*(?:original|source)\s+(?:url|link)\s*:\s*(\S+)?\s*$/i;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;
const HTML_BLOCK = /^ {0,3}<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|!--|\?|![A-Z])/;
const DEFINITION =
  /^ {0,3}\[([^\]\n]{1,999})\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Splits the source into blocks of content lines, and collects link reference definitions. */
function blocksOf(raw: string): { blocks: Block[]; refs: Map<string, string> } {
  const blocks: Block[] = [];
  const refs = new Map<string, string>();
  let para: Line[] | null = null;
  let fence: { marker: string; lines: Line[] } | null = null;
  let inHtml = false;
  const close = () => {
    if (para && para.length > 0) blocks.push({ kind: 'paragraph', lines: para });
    para = null;
  };
  let pos = 0;
  while (pos <= raw.length) {
    let eol = raw.indexOf('\n', pos);
    if (eol === -1) eol = raw.length;
    let lineEnd = eol;
    if (lineEnd > pos && raw[lineEnd - 1] === '\r') lineEnd--;
    let start = pos;
    // Block-quote markers are containers: strip them and read the rest as a line of its own.
    let quoted = false;
    for (;;) {
      const m = /^ {0,3}> ?/.exec(raw.slice(start, Math.min(lineEnd, start + 8)));
      if (!m) break;
      start += m[0].length;
      quoted = true;
    }
    const line = raw.slice(start, lineEnd);
    const next = eol + 1;
    if (fence) {
      if (line.trimStart().startsWith(fence.marker) && line.trim().replace(/[`~]/g, '') === '') {
        if (fence.lines.length > 0) blocks.push({ kind: 'code', lines: fence.lines });
        fence = null;
      } else fence.lines.push({ start, end: lineEnd });
      pos = next;
      continue;
    }
    const blank = line.trim() === '';
    if (inHtml) {
      if (blank) inHtml = false;
      pos = next;
      continue;
    }
    if (blank) {
      close();
      pos = next;
      continue;
    }
    const fm = FENCE.exec(line);
    if (fm) {
      close();
      fence = { marker: fm[1]!, lines: [] };
      pos = next;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      close();
      // Drop a closing sequence of #s.
      let end = lineEnd;
      const tail = /[ \t]+#+[ \t]*$|^#+[ \t]*$/.exec(raw.slice(start + atx[0].length, lineEnd));
      if (tail) end = start + atx[0].length + tail.index;
      blocks.push({ kind: 'heading', lines: [{ start: start + atx[0].length, end }] });
      pos = next;
      continue;
    }
    if (para && para.length > 0 && !quoted && SETEXT.exec(line)) {
      blocks.push({ kind: 'heading', lines: para });
      para = null;
      pos = next;
      continue;
    }
    if (THEMATIC.test(line)) {
      close();
      pos = next;
      continue;
    }
    if (!para && HTML_BLOCK.test(line)) {
      inHtml = true;
      pos = next;
      continue;
    }
    if (!para) {
      const def = DEFINITION.exec(line);
      if (def) {
        const label = normaliseLabel(def[1]!);
        if (!refs.has(label)) refs.set(label, def[2]!);
        pos = next;
        continue;
      }
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      close();
      para = [];
      const rest = start + item[0].length;
      if (rest < lineEnd) para.push({ start: rest, end: lineEnd });
      pos = next;
      continue;
    }
    if (!para) para = [];
    para.push({ start, end: lineEnd });
    pos = next;
  }
  if (fence && (fence as { lines: Line[] }).lines.length > 0)
    blocks.push({ kind: 'code', lines: (fence as { lines: Line[] }).lines });
  close();
  return { blocks, refs };
}

/** A delimiter run of `*` or `_` that may open or close emphasis. */
interface Delim {
  readonly pos: number;
  readonly len: number;
  readonly ch: string;
  readonly open: boolean;
  readonly close: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/** Marks which emphasis delimiter runs pair up (CommonMark flanking rules, simplified matching). */
function emphasisRuns(raw: string, line: Line, skip: Set<number>): void {
  const delims: Delim[] = [];
  let i = line.start;
  while (i < line.end) {
    const c = raw[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c !== '*' && c !== '_') {
      i++;
      continue;
    }
    let j = i;
    while (j < line.end && raw[j] === c) j++;
    const before = i > line.start ? raw[i - 1] : undefined;
    const after = j < line.end ? raw[j] : undefined;
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const open = c === '*' ? left : left && (!right || isPunct(before));
    const close = c === '*' ? right : right && (!left || isPunct(after));
    if (open || close) delims.push({ pos: i, len: j - i, ch: c, open, close });
    i = j;
  }
  // Pair each closer with the nearest earlier opener of the same character.
  const stack: Delim[] = [];
  for (const d of delims) {
    if (d.close) {
      const k = stack.findLastIndex((o) => o.ch === d.ch);
      if (k >= 0) {
        const o = stack[k]!;
        stack.length = k;
        for (let p = 0; p < o.len; p++) skip.add(o.pos + p);
        for (let p = 0; p < d.len; p++) skip.add(d.pos + p);
        continue;
      }
    }
    if (d.open) stack.push(d);
  }
}

/** Finds the `]` closing the `[` at `i` on one line, or -1. */
function closingBracket(raw: string, i: number, end: number): number {
  let depth = 0;
  const limit = Math.min(end, i + MAX_LINK);
  for (let j = i; j < limit; j++) {
    const c = raw[j];
    if (c === '\\') j++;
    else if (c === '`') {
      const close = raw.indexOf('`', j + 1);
      if (close !== -1 && close < limit) j = close;
    } else if (c === '[') {
      if (++depth > MAX_BRACKET_DEPTH) return -1;
    } else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

/** Reads an inline link destination `(url "title")` starting at `raw[i] === '('`. */
function inlineDestination(raw: string, i: number, end: number): { href: string; next: number } | null {
  const limit = Math.min(end, i + MAX_LINK);
  let j = i + 1;
  while (j < limit && (raw[j] === ' ' || raw[j] === '\t')) j++;
  let href = '';
  if (raw[j] === '<') {
    const close = raw.indexOf('>', j);
    if (close === -1 || close >= limit) return null;
    href = raw.slice(j + 1, close);
    j = close + 1;
  } else {
    const s = j;
    let depth = 0;
    while (j < limit && !/\s/.test(raw[j]!)) {
      if (raw[j] === '\\') j++;
      else if (raw[j] === '(') depth++;
      else if (raw[j] === ')') {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
    href = raw.slice(s, j);
  }
  while (j < limit && (raw[j] === ' ' || raw[j] === '\t')) j++;
  const q = raw[j];
  if (q === '"' || q === "'" || q === '(') {
    const closeCh = q === '(' ? ')' : q;
    const close = raw.indexOf(closeCh, j + 1);
    if (close === -1 || close >= limit) return null;
    j = close + 1;
    while (j < limit && (raw[j] === ' ' || raw[j] === '\t')) j++;
  }
  if (raw[j] !== ')') return null;
  return { href: href.replace(/\\([!-/:-@[-`{-~])/g, '$1'), next: j + 1 };
}

/** Writes the inline content of a block's lines to `out`, collecting links. */
class InlineWriter {
  constructor(
    private readonly raw: string,
    private readonly out: TextBuilder,
    private readonly links: LinkAnnotation[],
    private readonly refs: Map<string, string>,
  ) {}

  block(block: Block): void {
    const { raw, out } = this;
    block.lines.forEach((line, n) => {
      // Leading whitespace of a line is not content; trailing whitespace neither.
      let s = line.start;
      let e = line.end;
      if (block.kind !== 'code') {
        while (s < e && (raw[s] === ' ' || raw[s] === '\t')) s++;
        while (e > s && (raw[e - 1] === ' ' || raw[e - 1] === '\t')) e--;
        if (e > s && raw[e - 1] === '\\' && n < block.lines.length - 1) e--; // a hard break
      }
      if (n > 0) out.decoded(block.kind === 'code' ? '\n' : ' ', block.lines[n - 1]!.end, s);
      if (block.kind === 'code') out.copy(raw, s, e);
      else {
        const skip = new Set<number>();
        emphasisRuns(raw, { start: s, end: e }, skip);
        this.inline(s, e, skip);
      }
    });
  }

  /** Inline content of `raw[start, end)`: runs of plain characters are copied in one go. */
  private inline(start: number, end: number, skip: Set<number>): void {
    const { raw, out } = this;
    let run = start;
    const flush = (to: number) => {
      if (to > run) out.copy(raw, run, to);
    };
    let i = start;
    while (i < end) {
      const c = raw[i]!;
      if (skip.has(i)) {
        flush(i);
        i++;
        run = i;
        continue;
      }
      if (c === '\\' && i + 1 < end && ASCII_PUNCT.test(raw[i + 1]!)) {
        flush(i);
        run = i + 1; // the escaped character is copied verbatim with the next run
        i += 2;
        continue;
      }
      if (c === '`') {
        let n = 1;
        while (raw[i + n] === '`') n++;
        const fence = '`'.repeat(n);
        let close = raw.indexOf(fence, i + n);
        while (close !== -1 && close < end && raw[close + n] === '`')
          close = raw.indexOf(fence, close + n + 1);
        if (close !== -1 && close + n <= end) {
          flush(i);
          let s = i + n;
          let e = close;
          if (e - s >= 2 && raw[s] === ' ' && raw[e - 1] === ' ' && raw.slice(s, e).trim() !== '') {
            s++;
            e--;
          }
          out.copy(raw, s, e);
          i = close + n;
          run = i;
          continue;
        }
        i += n;
        continue;
      }
      if (c === '&') {
        const ref = decodeRef(raw, i, end, EMPTY);
        if (ref && raw[ref.next - 1] === ';') {
          flush(i);
          out.decoded(ref.value, i, ref.next);
          i = ref.next;
          run = i;
          continue;
        }
      }
      if (c === '<') {
        const auto = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/.exec(
          raw.slice(i, Math.min(end, i + MAX_LINK)),
        );
        if (auto) {
          flush(i);
          const at = out.textLength;
          out.copy(raw, i + 1, i + auto[0].length - 1);
          this.links.push({
            span: [at, out.textLength],
            href: auto[1]!.includes(':') ? auto[1]! : `mailto:${auto[1]}`,
          });
          i += auto[0].length;
          run = i;
          continue;
        }
        const tag = /^<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?|!--[\s\S]*?--)>/.exec(
          raw.slice(i, Math.min(end, i + MAX_TAG)),
        );
        if (tag) {
          flush(i);
          i += tag[0].length;
          run = i;
          continue;
        }
      }
      const image = c === '!' && raw[i + 1] === '[';
      if (c === '[' || image) {
        const open = image ? i + 1 : i;
        const close = closingBracket(raw, open, end);
        if (close !== -1) {
          let href: string | null = null;
          let next = close + 1;
          if (raw[close + 1] === '(') {
            const dest = inlineDestination(raw, close + 1, end);
            if (dest) ({ href, next } = dest);
          }
          if (href === null) {
            // Full, collapsed or shortcut reference.
            const full = raw[close + 1] === '[' ? closingBracket(raw, close + 1, end) : -1;
            const label = full > close + 2 ? raw.slice(close + 2, full) : raw.slice(open + 1, close);
            const target = this.refs.get(normaliseLabel(label));
            if (target !== undefined) {
              href = target;
              next = full !== -1 ? full + 1 : close + 1;
            }
          }
          if (href !== null) {
            flush(i);
            if (!image) {
              const at = out.textLength;
              this.inline(open + 1, close, skip);
              if (out.textLength > at && href.length > 0 && !href.startsWith('#')) {
                this.links.push({ span: [at, out.textLength], href });
              }
            }
            i = next;
            run = i;
            continue;
          }
        }
      }
      i++;
    }
    flush(end);
  }
}

const EMPTY: ReadonlyMap<string, string> = new Map();

/** The plain text of a block, for title and `Original url:` checks. */
function plainOf(raw: string, block: Block): string {
  return block.lines.map((l) => raw.slice(l.start, l.end)).join(' ');
}

/** Markdown to plain text with an offset map back to the source. */
export const markdownAdapter: Adapter = ({ origin, raw }) => {
  const { blocks, refs } = blocksOf(raw);
  let url: string | null = null;

  // A trailing "Original url:" block, with the address in it or in the block after it.
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 3); i--) {
    const m = ORIGINAL_URL.exec(plainOf(raw, blocks[i]!));
    if (!m) continue;
    const next = blocks[i + 1];
    const candidate = m[1] ?? (next ? plainOf(raw, next).trim().replace(/^<|>$/g, '') : '');
    if (/^https?:\/\/\S+$/i.test(candidate)) {
      url = candidate;
      blocks.splice(i, next && !m[1] ? 2 : 1);
    }
    break;
  }

  const out = new TextBuilder();
  const links: LinkAnnotation[] = [];
  const writer = new InlineWriter(raw, out, links, refs);
  let title: string | null = null;
  for (const block of blocks) {
    const before = out.textLength;
    const sep = before > 0;
    if (sep) out.insert('\n\n', block.lines[0]!.start);
    const at = out.textLength;
    writer.block(block);
    if (out.textLength === at) {
      // Nothing but markup (an image alone): take the separator back.
      out.truncate(before);
      continue;
    }
    if (block.kind === 'heading' && title === null) title = out.peek(at).trim() || null;
  }
  const { text, offsets } = out.build();
  return [{ ...emptySourceDoc(origin, 'markdown', raw), text, offsets, title, url, links }];
};
