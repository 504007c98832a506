import { z } from 'zod';
import { println } from './command.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day YYYY-MM-DD');

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
