/**
 * Blocks straight from the markup, without a DOM: for HTML fragments (feed item bodies) and for
 * pages too large or too deeply nested for the DOM path. Linear in the input.
 */
import type { Block } from './blocks.ts';
import { BLOCK_TAGS, BlockBuilder, CELL_TAGS, NON_TEXT_TAGS } from './blocks.ts';
import type { ExtraEntities } from './entities.ts';
import { decodeRange } from './entities.ts';
import { attributeRange, scanMarkup } from './scan.ts';
import { VOID } from './stream.ts';

/** Page furniture left out when reading a whole page without Readability. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'menu', 'dialog']);

/** Elements that may appear in <head>; any other start tag implies the body has begun. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'noscript', 'base', 'template']);

/** Options for reading blocks from markup. */
export interface MarkupOptions {
  /** Leave out navigation, headers, footers, forms and asides (whole pages, not fragments). */
  readonly skipFurniture: boolean;
  readonly resolve: (href: string) => string | null;
}

/** Blocks of text in `raw`, read from its markup. */
export function blocksFromMarkup(raw: string, extra: ExtraEntities, opts: MarkupOptions): Block[] {
  const b = new BlockBuilder();
  const skipped = new Map<string, number>();
  let skipping = 0;
  // Text is only taken inside <body> when the page has one; the head holds no readable text.
  let inHead = false;
  scanMarkup(raw, {
    text(s, e) {
      if (skipping === 0 && !inHead) b.text(decodeRange(raw, s, e, extra));
    },
    open(name, as, ae, selfClosing) {
      if (name === 'head') inHead = true;
      else if (inHead && !HEAD_CONTENT.has(name)) inHead = false;
      if (NON_TEXT_TAGS.has(name) && name !== 'head') return;
      if (opts.skipFurniture && FURNITURE.has(name) && !selfClosing) {
        skipped.set(name, (skipped.get(name) ?? 0) + 1);
        skipping++;
        return;
      }
      if (skipping > 0) return;
      if (name === 'br' || name === 'hr') b.flush(false);
      else if (BLOCK_TAGS.has(name)) {
        b.flush(false);
        if (!selfClosing && !VOID.has(name)) b.enter(name);
      } else if (CELL_TAGS.has(name)) b.space();
      else if (name === 'time' && !selfClosing) b.timeElement(true);
      else if (name === 'a' && !selfClosing) {
        const r = attributeRange(raw, as, ae, 'href');
        const href = r ? decodeRange(raw, r[0], r[1], extra, true).trim() : '';
        b.openLink(href ? opts.resolve(href) : null);
      }
    },
    close(name) {
      if (name === 'head') inHead = false;
      const k = skipped.get(name);
      if (k) {
        skipped.set(name, k - 1);
        skipping--;
        return;
      }
      if (skipping > 0) return;
      if (BLOCK_TAGS.has(name)) b.leave();
      else if (CELL_TAGS.has(name)) b.space();
      else if (name === 'time') b.timeElement(false);
      else if (name === 'a') b.closeLink();
    },
  });
  b.flush(false);
  return b.blocks;
}
