import { expect } from 'vitest';
import { segmentsOf } from '../../src/model/offsets.ts';

/** The invariants every offset map must keep: contiguous cover, exact segments equal to the raw. */
export function checkOffsetMap(text: string, raw: string, segments: readonly number[]): void {
  const segs = segmentsOf({ segments });
  let at = 0;
  for (const s of segs) {
    expect(s.textStart).toBe(at);
    expect(s.textEnd).toBeGreaterThan(s.textStart);
    expect(s.rawStart).toBeLessThanOrEqual(s.rawEnd);
    if (s.exact) expect(text.slice(s.textStart, s.textEnd)).toBe(raw.slice(s.rawStart, s.rawEnd));
    at = s.textEnd;
  }
  expect(at).toBe(text.length);
}

/** Share of non-space text characters that lie in exact segments. */
export function exactShare(text: string, segments: readonly number[]): number {
  let exact = 0;
  let total = 0;
  for (const s of segmentsOf({ segments })) {
    const part = text.slice(s.textStart, s.textEnd).replace(/\s+/g, '');
    total += part.length;
    if (s.exact) exact += part.length;
  }
  return total === 0 ? 1 : exact / total;
}
