/** The Markdown adapter as first written on mdast-util-from-markdown (CommonMark reference parser): kept as the oracle for differential tests of the hand-written one. */
import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Adapter } from '../../src/ingest/types.ts';
import { emptySourceDoc } from '../../src/ingest/types.ts';
import { TextBuilder } from '../../src/model/offsets.ts';
import type { LinkAnnotation } from '../../src/model/source.ts';

/** Block nodes whose inline content becomes one paragraph of text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Blocks whose children are blocks. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow']);

/** A paragraph of the form `Original url:` (the next block holds the address). */
const ORIGINAL_URL = /^\s*(?:original|source)\s+(?:url|link)\s*:\s*(\S+)?\s*$/i;

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

function isUsefulHref(href: string): boolean {
  return href.length > 0 && !href.startsWith('#');
}

/**
 * Markdown to plain text: markup dropped, one paragraph per block separated by blank lines,
 * link anchors kept as annotations, the first heading as title and a trailing `Original url:`
 * block as the source URL (that block is metadata and leaves the text).
 */
export const mdastAdapter: Adapter = ({ origin, raw }) => {
  const tree: Root = fromMarkdown(raw);
  const out = new TextBuilder();
  const links: LinkAnnotation[] = [];
  let title: string | null = null;
  let url: string | null = null;

  const definitions = new Map<string, string>();
  const blocks: Nodes[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if (TEXT_BLOCKS.has(node.type)) blocks.push(node);
    else if (node.type === 'code') blocks.push(node);
    else if (CONTAINERS.has(node.type)) for (const c of (node as Parent).children) collect(c as Nodes);
  };
  collect(tree);

  // A trailing "Original url:" block, with the address in it or in the block after it.
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 3); i--) {
    const m = ORIGINAL_URL.exec(plain(blocks[i]!));
    if (!m) continue;
    const next = blocks[i + 1];
    const candidate = m[1] ?? (next ? plain(next).trim().replace(/^<|>$/g, '') : '');
    if (/^https?:\/\//i.test(candidate)) {
      url = candidate;
      blocks.splice(i, next && !m[1] ? 2 : 1);
    }
    break;
  }

  const inline = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const p = node.position;
        if (p?.start.offset !== undefined && p.end.offset !== undefined) {
          const value = node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
          if (node.type === 'inlineCode') {
            // Backticks are markup: align the value inside them.
            const at = raw.indexOf(node.value, p.start.offset);
            const start = at >= 0 && at < p.end.offset ? at : p.start.offset;
            aligned(out, raw, start, p.end.offset, value);
          } else aligned(out, raw, p.start.offset, p.end.offset, value);
        } else out.insert(node.value, out.textLength);
        return;
      }
      case 'break':
        out.insert(' ', node.position?.start.offset ?? 0);
        return;
      case 'link':
      case 'linkReference': {
        const start = out.textLength;
        for (const c of node.children) inline(c as Nodes);
        const href = node.type === 'link' ? node.url : (definitions.get(node.identifier) ?? '');
        if (isUsefulHref(href) && out.textLength > start) links.push({ span: [start, out.textLength], href });
        return;
      }
      case 'image':
      case 'html':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) for (const c of (node as Parent).children) inline(c as Nodes);
    }
  };

  let first = true;
  for (const block of blocks) {
    // Blocks of pure markup (an image alone) add no paragraph.
    if (plain(block).trim() === '') continue;
    if (!first) out.insert('\n\n', block.position?.start.offset ?? 0);
    first = false;
    if (block.type === 'code') {
      const p = block.position!;
      const at = raw.indexOf(block.value, p.start.offset);
      aligned(out, raw, at >= 0 ? at : p.start.offset!, p.end.offset!, block.value);
    } else inline(block);
    if (block.type === 'heading' && title === null) title = plain(block).trim() || null;
  }

  const built = out.build();
  const doc = emptySourceDoc(origin, 'markdown', raw);
  return [{ ...doc, ...trimTrailing(built), title, url, links }];
};

/** Drops whitespace-only tail segments (separators of blocks that produced no text). */
function trimTrailing(built: { text: string; offsets: { segments: readonly number[] } }): {
  text: string;
  offsets: { segments: number[] };
} {
  const text = built.text.replace(/\s+$/, '');
  const segs: number[] = [];
  const s = built.offsets.segments;
  for (let i = 0; i + 4 < s.length; i += 5) {
    if (s[i]! >= text.length) break;
    const end = Math.min(s[i + 1]!, text.length);
    const cut = s[i + 1]! - end;
    segs.push(s[i]!, end, s[i + 2]!, s[i + 4] === 1 ? s[i + 3]! - cut : s[i + 3]!, s[i + 4]!);
  }
  return { text, offsets: { segments: segs } };
}

/** Longest raw escape or entity reference that decodes to one character (`&#x1F600;`). */
const MAX_ESCAPE = 12;

/**
 * Appends `value`, the decoded form of `raw.slice(rawStart, rawEnd)`, aligning it greedily so that
 * every character also present in the raw source becomes an exact segment (escapes and entity
 * references become non-exact segments).
 */
export function aligned(
  out: TextBuilder,
  raw: string,
  rawStart: number,
  rawEnd: number,
  value: string,
): void {
  let r = rawStart;
  let v = 0;
  while (v < value.length) {
    // Longest verbatim run from here.
    let k = 0;
    while (v + k < value.length && r + k < rawEnd && raw.charCodeAt(r + k) === value.charCodeAt(v + k)) k++;
    if (k > 0) {
      out.copy(raw, r, r + k);
      v += k;
      r += k;
      continue;
    }
    const ch = value[v]!;
    if (r >= rawEnd) {
      out.decoded(value.slice(v), rawEnd, rawEnd);
      return;
    }
    if (raw[r] === '\\') {
      r += 1; // a Markdown escape: the backslash decodes to nothing
      continue;
    }
    if (raw[r] === '&') {
      // A character reference decodes to one character; bounded look-ahead keeps this linear.
      const semi = raw.slice(r, Math.min(rawEnd, r + MAX_ESCAPE)).indexOf(';');
      if (semi > 0) {
        out.decoded(ch, r, r + semi + 1);
        v += 1;
        r += semi + 1;
        continue;
      }
    }
    const at = raw.slice(r + 1, Math.min(rawEnd, r + 1 + MAX_ESCAPE)).indexOf(ch);
    if (at >= 0) {
      r += 1 + at; // raw characters that decode to nothing (markup inside the range)
    } else {
      out.decoded(ch, r, r + 1); // a substituted character
      v += 1;
      r += 1;
    }
  }
}
