/** Day arithmetic on ISO dates for scorers (UTC, no time zones). */

/** The day count (since 1970-01-01) of an ISO date plus `n` days. */
export function addDays(iso: string, n: number): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000) + n;
}

/** The ISO date of a day count. */
export function isoDayOf(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}
