/** Figures a scorer reports; names follow the dataset README (`precision`, `recall`, `f1`, `valueF1`, …). */
export type Figures = Record<string, number | string | null | Record<string, number | string | null>>;

/** What a scorer returns: a printable table and its machine-readable figures. */
export interface TaskResult {
  readonly table: string;
  readonly figures: Figures;
}

/** One evaluation task, runnable on its default split or on another split of the same format. */
export interface EvalTask {
  readonly name: string;
  readonly description: string;
  /** The default data path under the shared folder (`datasets/…`). */
  readonly defaultData: string;
  run(dataPath: string): Promise<TaskResult>;
}

/** Formats a table of rows with aligned columns. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows].map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** Rounds a figure for display. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4);
}

/** F1 from precision and recall. */
export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
