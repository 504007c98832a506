/** Days as integers (days since 1970-01-01, UTC) for drawing time axes. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** The ISO day of a day number. */
export function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short label of a day: `Feb 10`, with the year when asked. */
export function dayLabel(n: number, withYear = false): string {
  const d = new Date(n * 86_400_000);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}${withYear ? `, ${d.getUTCFullYear()}` : ''}`;
}

/** A span of days as people write it: `Feb 10–20, 2022`, or one day. */
export function rangeLabel(start: string, end: string): string {
  const a = dayNumber(start);
  const b = dayNumber(end);
  if (a === b) return dayLabel(a, true);
  const da = new Date(a * 86_400_000);
  const db = new Date(b * 86_400_000);
  if (da.getUTCFullYear() === db.getUTCFullYear() && da.getUTCMonth() === db.getUTCMonth())
    return `${dayLabel(a)}–${db.getUTCDate()}, ${db.getUTCFullYear()}`;
  return `${dayLabel(a, da.getUTCFullYear() !== db.getUTCFullYear())} – ${dayLabel(b, true)}`;
}

/** Axis ticks for a window of days at a given width: day numbers and whether each starts a month. */
export function ticks(from: number, to: number, width: number): { day: number; major: boolean }[] {
  const perDay = width / Math.max(1, to - from + 1);
  const step = perDay >= 40 ? 1 : perDay >= 14 ? 2 : perDay >= 6 ? 7 : perDay >= 2 ? 14 : 0;
  // Coarse scales: months when a month has room for a label, else quarters, else years.
  const months = perDay * 30 >= 40 ? 1 : perDay * 91 >= 60 ? 3 : 12;
  const out: { day: number; major: boolean }[] = [];
  for (let d = from; d <= to + 1; d++) {
    const date = new Date(d * 86_400_000);
    const first = date.getUTCDate() === 1;
    if (step === 0 ? first && date.getUTCMonth() % months === 0 : first || (d - from) % step === 0)
      out.push({ day: d, major: first });
  }
  return out;
}
