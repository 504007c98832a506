/**
 * Paragraphs of extracted text: whitespace collapsed inside, one per block element, with the links
 * they contain. Fed by the DOM walker (Readability's output) and by the markup walker (fragments
 * and pages too large for the DOM).
 */

/** A link inside a block: `[start, end)` in the block's text. */
export interface BlockLink {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

/** One paragraph of extracted text. */
export interface Block {
  readonly text: string;
  readonly links: readonly BlockLink[];
  /** The innermost block element around it (`p`, `h2`, `li`, `figcaption`, `div`, …). */
  readonly tag: string;
  /** Inside a `figure` or `figcaption` (captions, credits). */
  readonly figure: boolean;
  /** Non-space characters inside links. */
  readonly linkChars: number;
  /** Non-space characters inside <time> elements. */
  readonly timeChars: number;
}

/** Elements that start a new paragraph. */
// biome-ignore format: a compact lookup table
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'ul', 'caption', 'br', 'legend', 'option',
]);

/** Elements whose boundaries separate words without starting a paragraph (table cells). */
export const CELL_TAGS = new Set(['td', 'th']);

/** Elements whose content is never text. */
export const NON_TEXT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'iframe',
  'video',
  'audio',
  'canvas',
  'object',
]);

const WORD_RE = /\S+/g;

interface OpenLink {
  href: string;
  start: number;
}

/** Accumulates text into blocks, collapsing whitespace and tracking link spans. */
export class BlockBuilder {
  private buf = '';
  private pendingSpace = false;
  private linkChars = 0;
  private timeChars = 0;
  private time = 0;
  private links: BlockLink[] = [];
  private open: OpenLink[] = [];
  private readonly tags: string[] = [];
  private figure = 0;
  readonly blocks: Block[] = [];

  /** Adds character data. */
  text(s: string): void {
    WORD_RE.lastIndex = 0;
    let last = 0;
    for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
      if (m.index > last) this.pendingSpace = true;
      if (this.buf.length > 0 && this.pendingSpace) this.buf += ' ';
      for (const l of this.open) if (l.start < 0) l.start = this.buf.length;
      this.buf += m[0];
      if (this.open.length > 0) this.linkChars += m[0].length;
      if (this.time > 0) this.timeChars += m[0].length;
      this.pendingSpace = false;
      last = m.index + m[0].length;
    }
    if (last < s.length) this.pendingSpace = true;
  }

  /** A word boundary that is not a paragraph break (between table cells). */
  space(): void {
    this.pendingSpace = true;
  }

  /** Enters or leaves a <time> element. */
  timeElement(enter: boolean): void {
    this.time = Math.max(0, this.time + (enter ? 1 : -1));
  }

  openLink(href: string | null): void {
    this.open.push({ href: href ?? '', start: -1 });
  }

  closeLink(): void {
    const l = this.open.pop();
    if (l) this.endLink(l);
  }

  /** Enters a block element. */
  enter(tag: string): void {
    this.flush(true);
    this.tags.push(tag);
    if (tag === 'figure' || tag === 'figcaption') this.figure++;
  }

  /** Leaves the innermost block element. */
  leave(): void {
    this.flush(true);
    const tag = this.tags.pop();
    if ((tag === 'figure' || tag === 'figcaption') && this.figure > 0) this.figure--;
  }

  /** Ends the current paragraph; links still open continue in the next one when `reopen`. */
  flush(reopen: boolean): void {
    for (const l of this.open) this.endLink(l);
    if (reopen) for (const l of this.open) l.start = -1;
    else this.open = [];
    if (this.buf.length > 0) {
      this.blocks.push({
        text: this.buf,
        links: this.links,
        tag: this.tags[this.tags.length - 1] ?? 'body',
        figure: this.figure > 0,
        linkChars: this.linkChars,
        timeChars: this.timeChars,
      });
    }
    this.buf = '';
    this.links = [];
    this.linkChars = 0;
    this.timeChars = 0;
    this.pendingSpace = false;
  }

  private endLink(l: OpenLink): void {
    if (l.start >= 0 && this.buf.length > l.start && l.href) {
      this.links.push({ start: l.start, end: this.buf.length, href: l.href });
    }
  }
}
