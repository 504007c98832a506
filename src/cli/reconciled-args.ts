import { z } from 'zod';
import { println } from './command.ts';

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day YYYY-MM-DD')
  // `2022-13-45` and `2022-02-30` have the shape of a day but name none.
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, 'no such day in the calendar');

/** Validates a `--from`/`--to`/`--since` day flag; prints the error and returns null when bad. */
export function dayFlag(
  err: NodeJS.WritableStream,
  verb: string,
  name: string,
  value: unknown,
): { ok: true; value: string | undefined } | { ok: false } {
  if (value === undefined) return { ok: true, value: undefined };
  const r = Day.safeParse(value);
  if (!r.success) {
    println(err, `sitrep ${verb}: --${name} ${String(value)}: ${r.error.issues[0]!.message}`);
    return { ok: false };
  }
  return { ok: true, value: r.data };
}

/** A day span for display. */
export function daySpan(start: string | null, end: string | null): string {
  if (!start) return 'undated';
  return end && end !== start ? `${start}…${end}` : start;
}
