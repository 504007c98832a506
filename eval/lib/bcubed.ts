/** One clustered item: its gold cluster and the cluster the system put it in. */
export interface ClusteredItem {
  readonly gold: string;
  readonly system: string;
}

/**
 * B-cubed precision, recall and F1 (Bagga & Baldwin 1998) over items: per item, the share of its
 * system cluster that is in its gold cluster (precision) and the share of its gold cluster that is
 * in its system cluster (recall), averaged over items.
 */
export function bcubed(items: readonly ClusteredItem[]): { precision: number; recall: number; f1: number } {
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const bySystem = new Map<string, ClusteredItem[]>();
  const byGold = new Map<string, number>();
  for (const it of items) {
    const s = bySystem.get(it.system);
    if (s) s.push(it);
    else bySystem.set(it.system, [it]);
    byGold.set(it.gold, (byGold.get(it.gold) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const it of items) {
    const sys = bySystem.get(it.system)!;
    const both = sys.filter((x) => x.gold === it.gold).length;
    p += both / sys.length;
    r += both / byGold.get(it.gold)!;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
