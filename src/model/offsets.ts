/**
 * Offset maps from a document's normalised text back to its raw source.
 *
 * The map is a list of contiguous segments covering the whole text. An `exact` segment is text
 * copied verbatim from the raw source (`text.slice(ts, te) === raw.slice(rs, re)`); any other
 * segment was produced by decoding (entities, escapes) or inserted (paragraph breaks) and maps
 * to the raw range it stands for. Raw offsets are UTF-16 code units of the decoded raw string.
 */
export interface OffsetMap {
  /** Flat 5-tuples: textStart, textEnd, rawStart, rawEnd, exact (1) or not (0). */
  readonly segments: readonly number[];
}

/** One segment of an offset map, unpacked. */
export interface Segment {
  readonly textStart: number;
  readonly textEnd: number;
  readonly rawStart: number;
  readonly rawEnd: number;
  readonly exact: boolean;
}

/** Unpacks the segments of a map. */
export function segmentsOf(map: OffsetMap): Segment[] {
  const out: Segment[] = [];
  const s = map.segments;
  for (let i = 0; i + 4 < s.length; i += 5) {
    out.push({
      textStart: s[i]!,
      textEnd: s[i + 1]!,
      rawStart: s[i + 2]!,
      rawEnd: s[i + 3]!,
      exact: s[i + 4] === 1,
    });
  }
  return out;
}

function findSegment(s: readonly number[], offset: number, key: 0 | 2): number {
  let lo = 0;
  let hi = s.length / 5 - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid * 5 + key]! <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best * 5;
}

/** Maps a text offset to the raw offset it came from. */
export function toRaw(map: OffsetMap, offset: number): number {
  const s = map.segments;
  if (s.length === 0) return 0;
  const i = findSegment(s, offset, 0);
  const [ts, te, rs, re, exact] = [s[i]!, s[i + 1]!, s[i + 2]!, s[i + 3]!, s[i + 4]!];
  if (exact === 1) return rs + Math.min(offset - ts, re - rs);
  return offset <= ts ? rs : offset >= te ? re : rs;
}

/** Maps a text span to the raw span that holds it. */
export function spanToRaw(map: OffsetMap, span: readonly [number, number]): [number, number] {
  const start = toRaw(map, span[0]);
  if (span[1] === span[0]) return [start, start];
  // The end maps through the last character so that a span ending a segment stays in it.
  const s = map.segments;
  const i = findSegment(s, span[1] - 1, 0);
  const ts = s[i]!;
  const rs = s[i + 2]!;
  const re = s[i + 3]!;
  const end = s[i + 4] === 1 ? rs + (span[1] - ts) : re;
  return [start, Math.max(start, end)];
}

/** Builds normalised text and its offset map, segment by segment. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private segs: number[] = [];

  /** Current length of the text built so far. */
  get textLength(): number {
    return this.length;
  }

  /** The last character emitted, or '' at the start. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  private push(str: string, rawStart: number, rawEnd: number, exact: boolean): void {
    if (str.length === 0) return;
    const n = this.segs.length;
    const ex = exact ? 1 : 0;
    // Merge with the previous segment when both are exact and contiguous in text and raw.
    if (exact && n >= 5 && this.segs[n - 1] === 1 && this.segs[n - 2] === rawStart) {
      this.segs[n - 4] = this.length + str.length;
      this.segs[n - 2] = rawEnd;
    } else {
      this.segs.push(this.length, this.length + str.length, rawStart, rawEnd, ex);
    }
    this.parts.push(str);
    this.length += str.length;
  }

  /** Appends `raw.slice(start, end)` verbatim. */
  copy(raw: string, start: number, end: number): void {
    this.push(raw.slice(start, end), start, end, true);
  }

  /** Appends text that stands for the raw range `[rawStart, rawEnd)` but is not a verbatim copy. */
  decoded(str: string, rawStart: number, rawEnd: number): void {
    this.push(str, rawStart, rawEnd, false);
  }

  /** Appends inserted text (a separator) that maps to the raw point `rawAt`. */
  insert(str: string, rawAt: number): void {
    this.push(str, rawAt, rawAt, false);
  }

  /** The text built from `from` to the current end. */
  peek(from: number): string {
    return this.parts.join('').slice(from);
  }

  /** Drops everything after text offset `length` (an inserted separator nothing followed). */
  truncate(length: number): void {
    if (length >= this.length) return;
    const text = this.parts.join('').slice(0, length);
    this.parts = text.length > 0 ? [text] : [];
    this.length = length;
    const s = this.segs;
    while (s.length >= 5 && s[s.length - 5]! >= length) s.length -= 5;
    if (s.length >= 5 && s[s.length - 4]! > length) {
      const cut = s[s.length - 4]! - length;
      s[s.length - 4] = length;
      if (s[s.length - 1] === 1) s[s.length - 2] = s[s.length - 2]! - cut;
    }
  }

  /** Finishes and returns the text and its map. */
  build(): { text: string; offsets: OffsetMap } {
    return { text: this.parts.join(''), offsets: { segments: this.segs } };
  }
}
