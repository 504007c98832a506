/**
 * The Microsoft Recognizers-Text English DateTime specs as a test suite: per case, every expected
 * result must be found with the same text (case-insensitive) and, where the spec gives one, the
 * same TIMEX value; a case expecting nothing passes when nothing is found. Cases any port marks
 * `NotSupported` or `NotSupportedByDesign` are skipped. chrono-node runs on the same cases.
 *
 * The specs write TIMEX with their own conventions, so both systems' values are compared through
 * the same mapping: a year the text did not state becomes `XXXX` (and an unstated month `XX`), a weekday found from context
 * `XXXX-WXX-n`, a clock time alone `Thh:mm` (or `Thh`), periods `(start,end,duration)` are
 * compared by their ends, and durations by their exact length (`P3Y6M` is `P3.5Y`).
 *
 * Extents: TIMEX3 leaves the signal word out of a timex (`on [Friday]`, `from [5] to [6 pm]`,
 * `before [2010]`: the preposition is a separate SIGNAL), while the specs often include it. An
 * expected text that opens with one of those signal words also matches a finding of the rest of
 * the text; the value must still match. Nothing else about the extent is relaxed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTimes } from '../../src/extract/times/index.ts';
import { chronoTimes } from '../lib/chrono-peer.ts';
import { addDays, isoDayOf } from '../lib/isodays.ts';
import { type EvalTask, type Figures, formatTable } from '../lib/task.ts';

interface SpecResult {
  Text?: string;
  Start?: number;
  /** Inclusive end offset (some files give `Length` instead). */
  End?: number;
  Length?: number;
  Value?: { Timex?: string };
  Resolution?: { values?: { timex?: string }[] };
}
interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results?: SpecResult[];
}

/** One system's finding: its text and the TIMEX forms it may be written in. */
export interface Found {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly timexes: ReadonlySet<string>;
}

function xYear(v: string): string {
  return /^\d{4}/.test(v) ? `XXXX${v.slice(4)}` : v;
}

function weekdayOf(iso: string): number {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The TIMEX forms of a value: as written, with its year as X, as a weekday, as a bare clock time. */
export function timexForms(
  value: string,
  start: string | null,
  end: string | null,
  implied: readonly string[],
): Set<string> {
  const out = new Set<string>([value]);
  const dur = durationKey(value);
  if (dur) out.add(dur);
  const yearImplied = implied.includes('year');
  if (yearImplied) out.add(xYear(value));
  // `the 18th`: neither year nor month was written.
  if (yearImplied && implied.includes('month') && !implied.includes('day') && /^\d{4}-\d\d-\d\d$/.test(value))
    out.add(`XXXX-XX-${value.slice(8)}`);
  if (implied.includes('day') && /^\d{4}-\d\d-\d\d/.test(value))
    out.add(`XXXX-WXX-${weekdayOf(value)}${value.slice(10)}`);
  const t = /T(\d\d):(\d\d)(:\d\d)?$/.exec(value);
  if (t && (implied.includes('day') || implied.includes('month'))) {
    out.add(`T${t[1]}:${t[2]}${t[3] ?? ''}`);
    if (t[2] === '00' && !t[3]) out.add(`T${t[1]}`);
  }
  const pod = /T(MO|AF|EV|NI)$/.exec(value);
  if (pod && (implied.includes('day') || implied.includes('month'))) out.add(`T${pod[1]}`);
  if (t && t[2] === '00') for (const v of [...out]) if (v.endsWith(':00')) out.add(v.slice(0, -3));
  // Periods: compare by their ends, inclusive or exclusive.
  if (start && end && start !== end) {
    const s = start.slice(0, 10);
    const e = end.slice(0, 10);
    for (const e2 of [e, isoDayOf(addDays(e, 1))]) {
      out.add(`(${s},${e2})`);
      if (yearImplied) out.add(`(${xYear(s)},${xYear(e2)})`);
    }
  }
  if (value.includes('/')) {
    const [a, b] = value.split('/') as [string, string];
    out.add(`(${a},${b})`);
    // `(2016-11-08T15,2016-11-08T16)`: whole hours without their minutes, as for single times.
    const hourOnly = (x: string) => x.replace(/T(\d\d):00$/, 'T$1');
    if (/T\d\d:00$/.test(a) && /T\d\d:00$/.test(b)) out.add(`(${hourOnly(a)},${hourOnly(b)})`);
    if (yearImplied) out.add(`(${xYear(a)},${xYear(b)})`);
    // Clock ranges on an implied day: `(T16,T17)`, `(T16:00,T17:00)`.
    const ta = /T(\d\d):(\d\d)$/.exec(a);
    const tb = /T(\d\d):(\d\d)$/.exec(b);
    if (ta && tb && implied.includes('day')) {
      const short = (m: RegExpExecArray) => (m[2] === '00' ? `T${m[1]}` : `T${m[1]}:${m[2]}`);
      out.add(`(T${ta[1]}:${ta[2]},T${tb[1]}:${tb[2]})`);
      out.add(`(${short(ta)},${short(tb)})`);
    }
  }
  return out;
}

/**
 * A duration's exact length as months and seconds (`P3Y6M` and `P3.5Y` are the same length, as
 * are `PT1H30M` and `PT1.5H`); ISO 8601 allows a decimal fraction on the last unit and TIMEX3
 * writers differ in whether they use it. Null for anything that is not a plain duration.
 */
export function durationKey(v: string): string | null {
  const m =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      v,
    );
  if (!m || v === 'P' || v.endsWith('T')) return null;
  const n = (k: number) => Number(m[k] ?? 0);
  const months = n(1) * 12 + n(2);
  const seconds = ((n(3) * 7 + n(4)) * 24 + n(5)) * 3600 + n(6) * 60 + n(7);
  return `duration:${Math.round(months * 1000) / 1000}:${Math.round(seconds * 1000) / 1000}`;
}

/** An expected TIMEX in comparable form: periods lose their duration part, durations become lengths. */
function comparable(timex: string): string {
  const m = /^\(([^,]*),([^,]*),[^)]*\)$/.exec(timex);
  if (m) return `(${m[1]},${m[2]})`;
  return durationKey(timex) ?? timex;
}

function expectedTimexes(r: SpecResult): string[] {
  const out: string[] = [];
  if (r.Value?.Timex) out.push(r.Value.Timex);
  for (const v of r.Resolution?.values ?? []) if (v.timex) out.push(v.timex);
  return out.map(comparable);
}

/** Why a case failed: a result not found at all, found with other bounds, found with another value, or a find where none was expected. */
export type Failure = 'missed' | 'extent' | 'value' | 'spurious';
/** The failure classes in the order the report lists them. */
export const FAILURES: readonly Failure[] = ['missed', 'extent', 'value', 'spurious'];

function expectedSpan(r: SpecResult, text: string): readonly [number, number] | null {
  if (r.Start === undefined) return null;
  if (r.Length !== undefined) return [r.Start, r.Start + r.Length];
  if (r.End !== undefined) return [r.Start, r.End + 1];
  return [r.Start, r.Start + text.length];
}

/** Words TimeML tags as a SIGNAL outside the timex, which the specs keep inside the expected text. */
const SIGNALS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'from',
  'between',
  'before',
  'after',
  'by',
  'since',
  'until',
  'till',
  'during',
  'within',
  'around',
  'about',
]);

/** The expected text, and the same text without a leading signal word (TIMEX3 extent). */
function acceptedTexts(text: string): string[] {
  const t = text.trim().toLowerCase();
  const sp = t.indexOf(' ');
  return sp > 0 && SIGNALS.has(t.slice(0, sp)) ? [t, t.slice(sp + 1).trim()] : [t];
}

/** How one expected result fares against a system's findings (null: found with an accepted value). */
function resultFailure(r: SpecResult, found: readonly Found[]): Failure | null {
  const texts = acceptedTexts(r.Text ?? '');
  const timexes = expectedTimexes(r);
  const same = found.filter((f) => texts.includes(f.text.trim().toLowerCase()));
  if (same.some((f) => timexes.length === 0 || timexes.some((t) => f.timexes.has(t)))) return null;
  if (same.length > 0) return 'value';
  const span = expectedSpan(r, r.Text ?? '');
  if (span && found.some((f) => f.span[0] < span[1] && span[0] < f.span[1])) return 'extent';
  return 'missed';
}

/** The reason a case fails given a system's findings, or null when it passes (the first failing result decides). */
export function caseFailure(c: SpecCase, found: readonly Found[]): Failure | null {
  const expected = c.Results ?? [];
  if (expected.length === 0) return found.length === 0 ? null : 'spurious';
  for (const r of expected) {
    const f = resultFailure(r, found);
    if (f) return f;
  }
  return null;
}

/** Whether a case passes given a system's findings. */
export function casePasses(c: SpecCase, found: readonly Found[]): boolean {
  return caseFailure(c, found) === null;
}

function sitrepFound(input: string, ref: string | null): Found[] {
  return extractTimes({ text: input, published: ref }).map((r) => ({
    span: r.span,
    text: input.slice(r.span[0], r.span[1]),
    timexes: timexForms(r.value, r.start, r.end, r.implied),
  }));
}

function chronoFound(input: string, ref: string | null): Found[] {
  return chronoTimes(input, ref).map((r) => {
    const forms = new Set([r.value, ...(r.yearImplied ? [xYear(r.value)] : [])]);
    if (r.endValue) {
      forms.add(`(${r.value},${r.endValue})`);
      if (r.yearImplied) forms.add(`(${xYear(r.value)},${xYear(r.endValue)})`);
    }
    return { span: r.span, text: r.text, timexes: forms };
  });
}

function describeFailure(file: string, why: Failure, c: SpecCase, found: readonly Found[]): string {
  const want = (c.Results ?? []).map((r) => `${JSON.stringify(r.Text)} ${expectedTimexes(r).join('|')}`);
  const got = found.map((f) => `${JSON.stringify(f.text)} ${[...f.timexes][0] ?? ''}`);
  return `     ${file} ${why}: ${JSON.stringify(c.Input)} want [${want.join('; ')}] got [${got.join('; ')}]`;
}

/** Reads a spec file (they start with a byte-order mark). */
export function readSpec(path: string): SpecCase[] {
  const raw = readFileSync(path, 'utf8');
  return JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw) as SpecCase[];
}

export const recognizers: EvalTask = {
  name: 'recognizers',
  description:
    'Microsoft Recognizers-Text English DateTime specs, pass rate of supported cases; chrono-node as peer',
  defaultData: 'datasets/recognizers-datetime-en',
  async run(dataPath) {
    const files = readdirSync(dataPath)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const rows: (string | number)[][] = [];
    const perFile: Record<string, number | null> = {};
    const peerPerFile: Record<string, number | null> = {};
    const failures: Record<string, number> = Object.fromEntries(FAILURES.map((k) => [k, 0]));
    const peerFailures: Record<string, number> = Object.fromEntries(FAILURES.map((k) => [k, 0]));
    const examples: string[] = [];
    const nExamples = Number(process.env.SITREP_EVAL_ERRORS ?? 0);
    let total = 0;
    let ours = 0;
    let theirs = 0;
    let skipped = 0;
    for (const f of files) {
      const name = f.replace(/\.json$/, '');
      const cases = readSpec(join(dataPath, f));
      let n = 0;
      let a = 0;
      let b = 0;
      const fileFailures: Record<string, number> = Object.fromEntries(FAILURES.map((k) => [k, 0]));
      for (const c of cases) {
        if (c.NotSupported || c.NotSupportedByDesign) {
          skipped++;
          continue;
        }
        const ref = c.Context?.ReferenceDateTime ?? null;
        n++;
        const mine = sitrepFound(c.Input, ref);
        const why = caseFailure(c, mine);
        if (why === null) a++;
        else {
          failures[why]!++;
          fileFailures[why]!++;
          if (examples.length < nExamples) examples.push(describeFailure(name, why, c, mine));
        }
        const peerWhy = caseFailure(c, chronoFound(c.Input, ref));
        if (peerWhy === null) b++;
        else peerFailures[peerWhy]!++;
      }
      total += n;
      ours += a;
      theirs += b;
      perFile[name] = n ? a / n : null;
      peerPerFile[name] = n ? b / n : null;
      rows.push([name, n, n ? a / n : '-', n ? b / n : '-', ...FAILURES.map((k) => fileFailures[k]!)]);
    }
    rows.push([
      'all supported cases',
      total,
      total ? ours / total : 0,
      total ? theirs / total : 0,
      ...FAILURES.map((k) => failures[k]!),
    ]);
    const figures: Figures = {
      passRate: total ? ours / total : 0,
      cases: total,
      skipped,
      perFile,
      failures,
      peer: { name: 'chrono-node', passRate: total ? theirs / total : 0 },
      peerPerFile,
      peerFailures,
    };
    const table = formatTable(
      ['spec file', 'cases', 'sitrep passRate', 'chrono passRate', ...FAILURES.map((k) => `sitrep ${k}`)],
      rows,
    );
    return {
      table: [
        table,
        ...(examples.length ? ['', `   first ${examples.length} failures:`, ...examples] : []),
      ].join('\n'),
      figures,
    };
  },
};
