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

/** Room a tick's label needs on the axis (`Sep 13`, `Jan 1, 2019`), in pixels. */
export const TICK_LABEL_PX = 64;

/**
 * Axis ticks for a window of days at a given width: day numbers and whether each starts a month.
 * Labels never come closer than `TICK_LABEL_PX`: days, weeks or fortnights when they have room,
 * else months, quarters, half-years, then years in steps of 1, 2, 5, 10, 20, 50 or 100; a month's
 * first day takes the place of a nearer day tick.
 */
export function ticks(from: number, to: number, width: number): { day: number; major: boolean }[] {
  const perDay = width / Math.max(1, to - from + 1);
  const step = [1, 2, 7, 14].find((n) => n * perDay >= TICK_LABEL_PX) ?? 0;
  const months = [1, 3, 6].find((n) => n * 30.4 * perDay >= TICK_LABEL_PX) ?? 12;
  const years = [1, 2, 5, 10, 20, 50, 100].find((n) => n * 365 * perDay >= TICK_LABEL_PX) ?? 100;
  const out: { day: number; major: boolean }[] = [];
  for (let d = from; d <= to + 1; d++) {
    const date = new Date(d * 86_400_000);
    const first = date.getUTCDate() === 1;
    const tick =
      step > 0
        ? first || (d - from) % step === 0
        : first && date.getUTCMonth() % months === 0 && (months < 12 || date.getUTCFullYear() % years === 0);
    if (!tick) continue;
    const last = out.at(-1);
    if (last && (d - last.day) * perDay < TICK_LABEL_PX) {
      // A month's first day replaces the day tick just before it, when that leaves room.
      const before = out.at(-2);
      if (first && !last.major && (!before || (d - before.day) * perDay >= TICK_LABEL_PX))
        out[out.length - 1] = { day: d, major: true };
      continue;
    }
    out.push({ day: d, major: first });
  }
  return out;
}
