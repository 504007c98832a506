/** Proleptic Gregorian calendar arithmetic on plain numbers (no Date objects, no time zones). */

/** A calendar day. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
export function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count. */
export function fromDays(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Days in a month. */
export function monthDays(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when y-m-d is a real calendar day. */
export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m);
}

/** ISO weekday (Monday = 1) of a day count. */
export function weekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day count. */
export function isoWeek(days: number): { y: number; w: number } {
  const thursday = days - weekday(days) + 4;
  const { y } = fromDays(thursday);
  const jan1 = toDays(y, 1, 1);
  return { y, w: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Day count of the Monday of ISO week `w` of year `y`. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = toDays(y, 1, 4);
  return jan4 - weekday(jan4) + 1 + (w - 1) * 7;
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO date of a day count. */
export function isoOfDays(days: number): string {
  const { y, m, d } = fromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Adds months to a year-month, returning the new year-month. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (((t % 12) + 12) % 12) + 1 };
}
