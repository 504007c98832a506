/**
 * What the averaged-perceptron training scripts (`train-cues.ts`, `train-spans.ts`) share: the
 * mean of several runs in different orders (one run's scores near the threshold move by several
 * units from one order to the next; the mean is steadier), and integer weights for the model file.
 */

/** The mean of `runs` weight maps, each trained from its own seed. */
export function meanOfRuns(
  runs: number,
  seedBase: number,
  train: (seed: number) => ReadonlyMap<number, number>,
): Map<number, number> {
  const sum = new Map<number, number>();
  for (let r = 0; r < runs; r++)
    for (const [f, v] of train(seedBase + r * 0x9e3779b9)) sum.set(f, (sum.get(f) ?? 0) + v / runs);
  return sum;
}

/** Weights scaled to integers, sorted by hash, those at most `prune` in size left out. */
export function quantize(
  weights: ReadonlyMap<number, number>,
  scale: number,
  prune: number,
): { hashes: number[]; weights: number[] } {
  const hashes: number[] = [];
  const ints: number[] = [];
  for (const f of [...weights.keys()].sort((a, b) => a - b)) {
    const q = Math.round(weights.get(f)! * scale);
    if (Math.abs(q) <= prune) continue;
    hashes.push(f);
    ints.push(q);
  }
  return { hashes, weights: ints };
}
