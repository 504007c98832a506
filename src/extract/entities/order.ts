/**
 * Stable in-place sorting that skips arrays already in order. V8's sort allocates work arrays
 * even for sorted input, and most lists the entity stage sorts (names of a sentence, members of
 * a cluster, mentions of a document) are built in text order already; the check is one linear pass.
 */

/** Sorts `items` by `cmp` (stable, like `Array.prototype.sort`) unless they are already in order. */
export function sortInPlace<T>(items: T[], cmp: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    if (cmp(items[i - 1]!, items[i]!) > 0) return items.sort(cmp);
  }
  return items;
}
