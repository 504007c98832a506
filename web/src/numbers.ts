/** A count with its noun, singular for one (`1 report`, `3 reports`); `plural` for nouns not made with -s. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;
}

/** An axis value short enough for the axis's margin: `69,440`, `2.4M`, `1.5B` (points keep full values). */
export function axisNumber(v: number): string {
  const a = Math.abs(v);
  const scaled = (d: number, suffix: string) =>
    `${Number((v / d).toPrecision(3)).toLocaleString('en')}${suffix}`;
  if (a >= 1e12) return scaled(1e12, 'T');
  if (a >= 1e9) return scaled(1e9, 'B');
  if (a >= 1e6) return scaled(1e6, 'M');
  return v.toLocaleString('en');
}
