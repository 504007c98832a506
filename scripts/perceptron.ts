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

/** Shuffles `order` in place (Fisher–Yates) with the training run's seeded `random`. */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/**
 * The averaged weights after `t` steps: each weight less its updates' step-weighted sum over `t`
 * (`u` holds, per feature, the sum of update × step), the usual lazy averaging.
 */
export function averaged(
  w: ReadonlyMap<number, number>,
  u: ReadonlyMap<number, number>,
  t: number,
): Map<number, number> {
  const avg = new Map<number, number>();
  for (const [f, v] of w) avg.set(f, v - u.get(f)! / t);
  return avg;
}
