/**
 * chrono-node as the peer column of the time evaluations: its results turned into TIMEX3-like
 * values (a date, a month, a date-time) so that both systems are scored by the same code.
 */
import * as chrono from 'chrono-node';

/** A peer result in the shape the scorers compare. */
export interface PeerTime {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly type: 'DATE' | 'TIME';
  readonly value: string;
  /** Range end value, when chrono found one. */
  readonly endValue: string | null;
  /** chrono inferred the year rather than reading it. */
  readonly yearImplied: boolean;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function timexOf(c: chrono.ParsedComponents): { value: string; time: boolean } {
  const y = pad(c.get('year') ?? 0, 4);
  const m = pad(c.get('month') ?? 1);
  const d = pad(c.get('day') ?? 1);
  if (c.isCertain('hour'))
    return { value: `${y}-${m}-${d}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`, time: true };
  if (c.isCertain('day') || c.isCertain('weekday')) return { value: `${y}-${m}-${d}`, time: false };
  if (c.isCertain('month')) return { value: `${y}-${m}`, time: false };
  if (c.isCertain('year')) return { value: y, time: false };
  return { value: `${y}-${m}-${d}`, time: false };
}

/** Runs chrono-node over a text with a reference date (ISO). */
export function chronoTimes(text: string, reference: string | null): PeerTime[] {
  const ref = reference
    ? new Date(`${reference.slice(0, 10)}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  return chrono.parse(text, ref).map((r) => {
    const v = timexOf(r.start);
    return {
      span: [r.index, r.index + r.text.length] as const,
      text: r.text,
      type: v.time ? 'TIME' : 'DATE',
      value: v.value,
      endValue: r.end ? timexOf(r.end).value : null,
      yearImplied: !r.start.isCertain('year'),
    };
  });
}
