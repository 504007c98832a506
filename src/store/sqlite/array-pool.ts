/**
 * Typed arrays given back by the rankings the search memo lets go, lent to the next rankings it
 * keeps. Kept rankings live long enough to reach the old generation, where their off-heap buffers
 * are freed only by a full collection; churned, they pile up as "external memory", which V8
 * answers by marking the whole heap (~1 s at 10,000 documents, with the cross-document index in
 * it). Reused, the churn stops. At most `most` buffers of each kind wait; the smallest that fits
 * is lent.
 */
export class ArrayPool {
  private readonly ints: Int32Array[] = [];
  private readonly floats: Float64Array[] = [];

  constructor(private readonly most: number) {}

  /** An Int32Array of length `n` (contents unspecified). */
  int32(n: number): Int32Array {
    const a = take(this.ints, n);
    return a ? a.subarray(0, n) : new Int32Array(n);
  }

  /** A Float64Array of length `n` (contents unspecified). */
  float64(n: number): Float64Array {
    const a = take(this.floats, n);
    return a ? a.subarray(0, n) : new Float64Array(n);
  }

  /** Gives back an array nothing else holds (or shares a buffer with); its whole buffer is lent again. */
  give(a: Int32Array | Float64Array | null | undefined): void {
    if (a?.byteOffset !== 0) return;
    if (a instanceof Int32Array) put(this.ints, new Int32Array(a.buffer), this.most);
    else put(this.floats, new Float64Array(a.buffer), this.most);
  }

  /** Buffers waiting, by kind. */
  get size(): { ints: number; floats: number } {
    return { ints: this.ints.length, floats: this.floats.length };
  }
}

function take<T extends Int32Array | Float64Array>(list: T[], n: number): T | undefined {
  let best = -1;
  for (let i = 0; i < list.length; i++)
    if (list[i]!.length >= n && (best < 0 || list[i]!.length < list[best]!.length)) best = i;
  return best < 0 ? undefined : list.splice(best, 1)[0];
}

function put<T extends Int32Array | Float64Array>(list: T[], a: T, most: number): void {
  if (a.length === 0 || list.some((b) => b.buffer === a.buffer)) return;
  list.push(a);
  if (list.length <= most) return;
  // The smallest goes: the large ones are the allocations worth saving.
  let smallest = 0;
  for (let i = 1; i < list.length; i++) if (list[i]!.length < list[smallest]!.length) smallest = i;
  list.splice(smallest, 1);
}
