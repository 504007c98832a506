import {
  type ClaimView,
  type EventPage,
  type EventReportView,
  type FigureClaims,
  figureTitle,
  type TimelineEntry,
} from './views.ts';

/**
 * The Markdown situation report of a period: the period's most reported events (`selectEvents`),
 * in time order with each source's version,
 * then figures with every source's value, every statement footnoted to its source span (document,
 * outlet, title, [start, end) in the document text, and the sentence quoted).
 */

/** What a report covers. */
export interface ReportInput {
  readonly since: string | null;
  /** The last day it covers (null: up to the latest). */
  readonly until?: string | null;
  readonly generated: string;
  readonly events: readonly EventPage[];
  readonly figures: readonly FigureClaims[];
}

/** Escapes article text for Markdown (no links, emphasis, HTML or footnote syntax from sources). */
export function mdEscape(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()<>#+!|~^])/g, '\\$1');
}

function range(start: string | null, end: string | null): string {
  if (!start) return 'undated';
  return end && end !== start ? `${start} – ${end}` : start;
}

/** Days an event's dates span (a year-long `this year` is vaguer than a day), or a year when undated. */
function spanDays(e: TimelineEntry): number {
  if (!e.start) return 366;
  const a = Date.parse(e.start.slice(0, 10));
  const b = Date.parse((e.end ?? e.start).slice(0, 10));
  return Number.isNaN(a) || Number.isNaN(b) ? 366 : Math.max(0, (b - a) / 86_400_000);
}

/**
 * The events a report of `limit` events shows, in time order: the most independently reported
 * first (distinct sources, then reports), then those with known actors, then the more precisely
 * dated, so that a period of many one-source events is not filled by the first year-long ones.
 */
export function selectEvents<T extends TimelineEntry>(entries: readonly T[], limit: number): T[] {
  const ranked = entries
    .map((e) => ({ e, days: spanDays(e) }))
    .sort(
      (a, b) =>
        b.e.sources - a.e.sources ||
        b.e.reports - a.e.reports ||
        Number(b.e.actors.length > 0) - Number(a.e.actors.length > 0) ||
        Number(a.days > 31) - Number(b.days > 31) ||
        a.days - b.days ||
        byCode(a.e.id, b.e.id),
    )
    .slice(0, limit)
    .map((r) => r.e);
  // Undated events last.
  return ranked.sort((a, b) => byCode(a.start ?? '9999', b.start ?? '9999') || byCode(a.id, b.id));
}

/** Code-unit order of two strings (ids and ISO days sort by it), as a comparator's result. */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A figure's value as a reader writes it (`1,000,000,000`, `2.5`). */
function figure(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Lines a report gives one event or one figure; the rest are counted in a closing line. */
export const MAX_LINES = 8;

/**
 * At most `max` items of a list in time order, one per outlet first (the first report of each),
 * then the earliest others, so that a story many outlets carry shows as many voices as fit.
 */
export function spread<T extends { readonly outlet: string | null }>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const pick = new Set<number>();
  const outlets = new Set<string>();
  for (let i = 0; i < items.length && pick.size < max; i++) {
    const o = items[i]!.outlet ?? '';
    if (outlets.has(o)) continue;
    outlets.add(o);
    pick.add(i);
  }
  for (let i = 0; i < items.length && pick.size < max; i++) pick.add(i);
  return [...pick].sort((a, b) => a - b).map((i) => items[i]!);
}

/** The closing line of a list cut to `shown` of `all` items. */
function more(all: number, shown: number, noun: string): string[] {
  return all > shown ? [`- … and ${all - shown} more ${noun}${all - shown === 1 ? '' : 's'}`] : [];
}

/**
 * The figures a report shows: figures that say what they count (`troops — Russia`) before those
 * of a bare unit (`usd`, `percent`: every amount of money in the corpus, no one figure), each
 * kind by the number of documents that report it; and none of a bare unit that only one document
 * gives (a recipe's eight `1 tsp`, one article's list of delegate counts): it compares no sources.
 */
export function selectFigures(figures: readonly FigureClaims[], limit: number): FigureClaims[] {
  return figures
    .map((f) => ({ f, docs: new Set(f.claims.filter((c) => !c.duplicateOf).map((c) => c.doc)).size }))
    .filter((x) => x.f.about !== null || x.docs > 1)
    .sort(
      (a, b) =>
        Number(b.f.about !== null) - Number(a.f.about !== null) ||
        b.docs - a.docs ||
        b.f.claims.length - a.f.claims.length ||
        byCode(a.f.id, b.f.id),
    )
    .slice(0, limit)
    .map((x) => x.f);
}

/** A footnote of a report: the document span a statement rests on, and its sentence. */
export interface ReportCitation {
  readonly n: number;
  readonly document: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly span: [number, number];
  readonly text: string;
}

/** Renders the report. */
export function situationReport(input: ReportInput): string {
  return citedReport(input).markdown;
}

/** Renders the report with its footnotes as data (`n` is the footnote's number in the Markdown). */
export function citedReport(input: ReportInput): { markdown: string; citations: ReportCitation[] } {
  const notes: string[] = [];
  const citations: ReportCitation[] = [];
  const cite = (r: {
    doc: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    span: readonly [number, number];
    sentence: string;
  }): string => {
    citations.push({
      n: notes.length + 1,
      document: r.doc,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      span: [r.span[0], r.span[1]],
      text: r.sentence,
    });
    notes.push(
      `[^${notes.length + 1}]: ${mdEscape(r.outlet ?? 'unknown outlet')}, “${mdEscape(r.title ?? 'untitled')}” ` +
        `(${r.doc}, ${r.published?.slice(0, 10) ?? 'undated'}), [${r.span[0]}, ${r.span[1]}): “${mdEscape(r.sentence)}”`,
    );
    return `[^${notes.length}]`;
  };
  const reportCite = (r: EventReportView) => cite({ ...r, span: r.trigger, sentence: r.sentenceText });
  const claimCite = (c: ClaimView) => cite({ ...c, span: c.span, sentence: c.sentenceText });

  const lines = [
    `# Situation report${input.since && input.until ? `, ${input.since} to ${input.until}` : input.since ? ` since ${input.since}` : input.until ? ` until ${input.until}` : ''}`,
    '',
    `Generated ${input.generated} from ${input.events.length} events and ${input.figures.length} figures.`,
    '',
    '## Events',
    '',
  ];
  if (input.events.length === 0) lines.push('No events in this period.', '');
  for (const e of input.events) {
    const type = e.type.replace(/_/g, ' ');
    // Who did it, in the heading, when the name does not say it: `accusation — Ian Tuttle`.
    const who = !e.name && e.actors.length ? ` — ${e.actors.slice(0, 3).join(', ')}` : '';
    const title = e.name ? `${e.name} (${type})` : `${type}${who}`;
    lines.push(
      `### ${mdEscape(title)}, ${range(e.start, e.end)}`,
      '',
      `${e.reports} report${e.reports === 1 ? '' : 's'} from ${e.sources} source${e.sources === 1 ? '' : 's'}` +
        `${e.actors.length ? `; actors: ${mdEscape(e.actors.join(', '))}` : ''}` +
        `${e.places.length ? `; places: ${mdEscape(e.places.join(', '))}` : ''}.`,
      '',
    );
    const shown = spread(e.reportList, MAX_LINES);
    for (const r of shown) {
      const bits = [
        // The words that report it, so each line says what happened without its footnote.
        `“${mdEscape(r.triggerText)}”`,
        r.status,
        r.timeText
          ? `time “${mdEscape(r.timeText)}” (${r.timeRole === 'at' ? '' : `${r.timeRole} `}${range(r.start, r.end)})`
          : null,
        r.size ? `size ${mdEscape(r.size.text)}` : null,
        r.claimedBy ? `claimed by ${mdEscape(r.claimedBy)}` : null,
        r.duplicateOf ? `copy of ${r.duplicateOf}` : null,
      ].filter(Boolean);
      lines.push(`- ${mdEscape(r.outlet ?? '?')}: ${bits.join(', ')}${reportCite(r)}`);
    }
    lines.push(...more(e.reportList.length, shown.length, 'report'), '');
  }
  lines.push('## Figures', '');
  if (input.figures.length === 0) lines.push('No figures in this period.', '');
  for (const f of input.figures) {
    lines.push(`### ${mdEscape(figureTitle(f))}${f.about ? ` — ${mdEscape(f.about)}` : ''}`, '');
    const claims = spread(f.claims, MAX_LINES);
    for (const c of claims) {
      const value = c.max !== null ? `${figure(c.value)}–${figure(c.max)}` : figure(c.value);
      // An outlet that states a figure itself is its claimant: said once, not `according to X, in X`.
      const who =
        c.claimantKind === 'outlet'
          ? `in ${mdEscape(c.outlet ?? c.claimant)}`
          : `according to ${mdEscape(c.claimant)}${c.relay ? ` via ${mdEscape(c.relay)}` : ''}, in ${mdEscape(c.outlet ?? '?')}`;
      lines.push(
        `- ${c.published?.slice(0, 10) ?? 'undated'}: ${value} (${c.qualifier}, “${mdEscape(c.text)}”) ` +
          `${who}${c.duplicateOf ? ` (copy of ${c.duplicateOf}, counted once)` : ''}${claimCite(c)}`,
      );
    }
    lines.push(...more(f.claims.length, claims.length, 'claim'), '');
  }
  if (notes.length) {
    lines.push('## Sources', '');
    for (const n of notes) lines.push(n);
    lines.push('');
  }
  return { markdown: lines.join('\n'), citations };
}
