/**
 * A one-to-one assignment of maximum total weight between rows and columns (Kuhn–Munkres, the
 * Hungarian method, O(n³)): `weight[i][j]` is the gain of pairing row i with column j, `null`
 * where the two may not be paired. Returns, per row, its column or -1. Weights must be exact
 * (integers below 2^53) so that ties resolve the same way on every run.
 */
export function maxWeightAssignment(
  weight: readonly (readonly (number | null)[])[],
  columns: number,
): number[] {
  const rows = weight.length;
  const n = Math.max(rows, columns);
  if (n === 0) return [];
  let top = 0;
  for (const row of weight) for (const w of row) if (w !== null && w > top) top = w;
  // Minimise cost = top − weight on a square matrix; a forbidden or padded pair weighs 0 (as
  // leaving the row unpaired does) and is dropped from the answer, so allowed weights must be > 0.
  const cost = (i: number, j: number): number => {
    const w = i < rows && j < columns ? (weight[i]![j] ?? null) : null;
    return w === null ? top : top - w;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const owner = new Array<number>(n + 1).fill(0); // owner[j]: the row (1-based) holding column j
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const done = new Array<boolean>(n + 1).fill(false);
    do {
      done[j0] = true;
      const i0 = owner[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (done[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (done[j]) {
          u[owner[j]!] = u[owner[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = owner[j]! - 1;
    if (i < rows && j - 1 < columns && weight[i]![j - 1] !== null && weight[i]![j - 1] !== undefined)
      out[i] = j - 1;
  }
  return out;
}
