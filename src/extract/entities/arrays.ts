/**
 * Arrays built the same way in every tier of V8. `Array.prototype.map` returns a packed array
 * while its caller is interpreted and a holey one once TurboFan has optimised the caller, so
 * every consumer optimised for the first kind deoptimises on the second, and recompiling the
 * tagger's loops was a large share of the stage's CPU time in short runs. Arrays made here are
 * always holey (allocated at their length), like the word arrays of `documentWords`.
 */

/** `xs.map(f)`, always as a holey array. */
export function mapArray<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out = new Array<U>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f(xs[i]!, i);
  return out;
}
