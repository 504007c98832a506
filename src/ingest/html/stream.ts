/**
 * The raw page as a stream of decoded text characters, each with the raw range it came from.
 * Whitespace is left out of the stream (alignment ignores it) but a verbatim space before each
 * character is remembered, so that spaces in the extracted text can still map to raw spaces.
 * The same pass counts tags and estimates nesting depth, to decide whether the DOM is safe to build.
 */
import type { ExtraEntities } from './entities.ts';
import { decodeRef } from './entities.ts';
import { scanMarkup } from './scan.ts';

/** Decoded non-space text characters of a page with their raw ranges. */
export interface TextStream {
  /** The characters, in document order (UTF-16 code units). */
  readonly chars: string;
  /** Raw start of each character. */
  readonly start: Int32Array;
  /** Raw end of each character; `end - start === 1` exactly when it is a verbatim copy. */
  readonly end: Int32Array;
  /** Raw index of a verbatim `' '` in the text just before each character, or -1. */
  readonly space: Int32Array;
}

/** What one scan of a page yields. */
export interface PageScan {
  readonly stream: TextStream;
  /** Number of start tags. */
  readonly tags: number;
  /** Estimated deepest nesting of elements that need an end tag. */
  readonly depth: number;
}

/** True for the characters JavaScript's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  // biome-ignore format: a compact lookup table
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Elements that never have content. */
// biome-ignore format: a compact lookup table
export const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose end tag may be left out; they do not count towards the depth estimate. */
// biome-ignore format: a compact lookup table
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'tbody', 'thead',
  'tfoot', 'colgroup', 'caption', 'html', 'head', 'body',
]);

class Growable {
  a: Int32Array;
  constructor(cap: number) {
    this.a = new Int32Array(cap);
  }
  grow(): void {
    const b = new Int32Array(this.a.length * 2);
    b.set(this.a);
    this.a = b;
  }
}

/** Scans a page once: its text stream, tag count and depth estimate. */
export function scanPage(raw: string, extra: ExtraEntities): PageScan {
  const cap = Math.max(1024, Math.min(raw.length, 1 << 16));
  let codes = new Uint16Array(cap);
  const start = new Growable(cap);
  const end = new Growable(cap);
  const space = new Growable(cap);
  let n = 0;
  let pendingSpace = -1;
  let tags = 0;
  let depth = 0;
  let maxDepth = 0;

  const push = (code: number, s: number, e: number): void => {
    if (n === codes.length) {
      const c2 = new Uint16Array(codes.length * 2);
      c2.set(codes);
      codes = c2;
      start.grow();
      end.grow();
      space.grow();
    }
    codes[n] = code;
    start.a[n] = s;
    end.a[n] = e;
    space.a[n] = pendingSpace;
    pendingSpace = -1;
    n++;
  };

  scanMarkup(raw, {
    text(s, e) {
      let i = s;
      while (i < e) {
        const c = raw.charCodeAt(i);
        if (c === 38) {
          const ref = decodeRef(raw, i, e, extra);
          if (ref) {
            for (let k = 0; k < ref.value.length; k++) {
              const u = ref.value.charCodeAt(k);
              if (!isSpace(u)) push(u, i, ref.next);
            }
            i = ref.next;
            continue;
          }
        }
        if (isSpace(c)) {
          if (c === 32 && pendingSpace < 0) pendingSpace = i;
        } else push(c, i, i + 1);
        i++;
      }
    },
    open(name, _as, _ae, selfClosing) {
      tags++;
      if (selfClosing || VOID.has(name) || OPTIONAL_END.has(name)) return;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    },
    close(name) {
      if (depth > 0 && !VOID.has(name) && !OPTIONAL_END.has(name)) depth--;
    },
  });

  let chars = '';
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK)
    parts.push(String.fromCharCode(...codes.subarray(i, Math.min(n, i + CHUNK))));
  chars = parts.join('');
  return {
    stream: {
      chars,
      start: start.a.subarray(0, n),
      end: end.a.subarray(0, n),
      space: space.a.subarray(0, n),
    },
    tags,
    depth: maxDepth,
  };
}
