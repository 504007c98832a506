/**
 * Where feature functions write their hashes. Plain arrays are sinks (training builds feature
 * lists with them); the run-time tagger reuses `HashBuffer`s, because clearing an array with
 * `length = 0` makes V8 drop its backing store and reallocate it on the next push, per token,
 * and that garbage (with the parallel GC threads that collect it) was a large share of the
 * entity stage's CPU time.
 */

/** Anything feature hashes can be appended to, one at a time. */
export interface Sink {
  push(h: number): unknown;
}

/** A reusable list of 30-bit feature hashes: `clear()` keeps the storage. */
export class HashBuffer implements Sink {
  /** The hashes: `a[0, length)` are valid. */
  a: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.a = new Int32Array(capacity);
  }

  /** Appends one hash. */
  push(h: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = h;
  }

  /** Empties the list, keeping its storage. */
  clear(): void {
    this.length = 0;
  }
}
