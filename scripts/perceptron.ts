/**
 * What the averaged-perceptron training scripts (`train-cues.ts`, `train-spans.ts`, `train-verify.ts`) share: the
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

/** The training runs' random numbers in [0, 1): a linear congruential generator from `seed`. */
export function seededRandom(seed: number): () => number {
  let rng = seed >>> 0;
  return () => {
    rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
    return rng / 2 ** 32;
  };
}

/** A binary example: hashed features and the label, +1 or −1. */
export interface BinaryExample {
  readonly feats: readonly number[];
  readonly y: number;
}

/**
 * One binary averaged perceptron (lazy averaging: the weights, and the sum of updates times their
 * step) over `train` in an order shuffled by `seed` each epoch; `onEpoch` hears each epoch's
 * mistakes. Returns the averaged weights per feature.
 */
export function binaryPerceptron(
  train: readonly BinaryExample[],
  epochs: number,
  seed: number,
  onEpoch?: (epoch: number, mistakes: number) => void,
): Map<number, number> {
  const w = new Map<number, number>();
  const u = new Map<number, number>();
  let t = 1;
  const random = seededRandom(seed);
  const order = train.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const idx of order) {
      const ex = train[idx]!;
      let s = 0;
      for (const f of ex.feats) s += w.get(f) ?? 0;
      if (ex.y * s <= 0) {
        mistakes++;
        for (const f of ex.feats) {
          w.set(f, (w.get(f) ?? 0) + ex.y);
          u.set(f, (u.get(f) ?? 0) + ex.y * t);
        }
      }
      t++;
    }
    onEpoch?.(epoch, mistakes);
  }
  return averaged(w, u, t);
}
