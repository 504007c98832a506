/** A half-open `[start, end)` range in UTF-16 code units of a document's normalised text. */
export type Span = readonly [start: number, end: number];

/** True when `span` lies within a text of length `length` and is well-ordered. */
export function isValidSpan(span: Span, length: number): boolean {
  const [s, e] = span;
  return Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= length;
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span[0], span[1]);
}

/** True when two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
