import { describe, expect, it } from 'vitest';
import { ArrayPool } from './array-pool.ts';

describe('ArrayPool', () => {
  it('lends back the smallest buffer given that fits, whole, and allocates when none does', () => {
    const pool = new ArrayPool(4);
    const big = new Int32Array(100);
    const small = new Int32Array(10);
    pool.give(big);
    pool.give(small);
    const a = pool.int32(8);
    expect(a.length).toBe(8);
    expect(a.buffer).toBe(small.buffer);
    const b = pool.int32(50);
    expect(b.buffer).toBe(big.buffer);
    const c = pool.int32(5);
    expect(c.buffer).not.toBe(small.buffer);
    expect(c.buffer).not.toBe(big.buffer);
    // A view given back returns its whole buffer.
    pool.give(b);
    expect(pool.int32(100).buffer).toBe(big.buffer);
  });

  it('keeps kinds apart, a buffer once, nothing empty or offset, and at most its bound (the smallest go)', () => {
    const pool = new ArrayPool(2);
    const f = new Float64Array(4);
    pool.give(f);
    pool.give(f);
    pool.give(new Int32Array(0));
    pool.give(new Int32Array(new ArrayBuffer(64), 8));
    expect(pool.size).toEqual({ ints: 0, floats: 1 });
    expect(pool.int32(2).buffer).not.toBe(f.buffer);
    for (const n of [30, 10, 20]) pool.give(new Int32Array(n));
    expect(pool.size.ints).toBe(2);
    expect(pool.int32(1).length).toBe(1);
    // 10 went; 20 is lent first, then 30.
    expect(pool.size.ints).toBe(1);
    expect(pool.int32(25).subarray(0, 0).buffer.byteLength).toBe(30 * 4);
  });
});
