/** Walks a DOM subtree (Readability's article) into blocks, without recursion. */
import type { Block } from './blocks.ts';
import { BLOCK_TAGS, BlockBuilder, CELL_TAGS, NON_TEXT_TAGS } from './blocks.ts';

/** The DOM surface the walker needs (linkedom nodes satisfy it). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  readonly nodeValue?: string | null;
  getAttribute?(name: string): string | null;
}

/** Blocks of text under `root`; `resolve` turns an href into an absolute one (or null to drop it). */
export function blocksFromDom(root: DomNode, resolve: (href: string) => string | null): Block[] {
  const b = new BlockBuilder();
  const enter = (node: DomNode): boolean => {
    if (node.nodeType === 3) {
      b.text(node.nodeValue ?? '');
      return false;
    }
    if (node.nodeType !== 1) return false;
    const tag = node.nodeName.toLowerCase();
    if (NON_TEXT_TAGS.has(tag)) return false;
    if (tag === 'br' || tag === 'hr') {
      b.flush(true);
      return false;
    }
    if (BLOCK_TAGS.has(tag)) b.enter(tag);
    else if (CELL_TAGS.has(tag)) b.space();
    else if (tag === 'time') b.timeElement(true);
    else if (tag === 'a') {
      const href = node.getAttribute?.('href');
      b.openLink(href ? resolve(href) : null);
    }
    return true;
  };
  const leave = (node: DomNode): void => {
    const tag = node.nodeName.toLowerCase();
    if (BLOCK_TAGS.has(tag)) b.leave();
    else if (CELL_TAGS.has(tag)) b.space();
    else if (tag === 'time') b.timeElement(false);
    else if (tag === 'a') b.closeLink();
  };
  let node = root.firstChild;
  while (node) {
    const entered = enter(node);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node);
    // Climb until a next sibling, leaving each element passed on the way.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) node = null;
      else leave(node);
    }
    if (node) node = node.nextSibling;
  }
  b.flush(false);
  return b.blocks;
}
