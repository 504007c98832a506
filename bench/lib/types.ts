/** Figures a benchmark reports (throughputs, ratios, memory). */
export type BenchFigures = Record<string, number | string | null>;

/** What a benchmark case returns: a printable table and its figures. */
export interface BenchResult {
  readonly table: string;
  readonly figures: BenchFigures;
}

/** Options every case gets: `quick` shrinks corpora for a smoke run. */
export interface BenchOptions {
  readonly quick: boolean;
}

/** One benchmark case; peers and floors run inside the same case so that ratios compare like with like. */
export interface BenchCase {
  readonly name: string;
  readonly description: string;
  run(options: BenchOptions): Promise<BenchResult>;
}
