import {
  type ClaimView,
  type EventPage,
  type EventReportView,
  type FigureClaims,
  figureTitle,
} from './views.ts';

/**
 * The Markdown situation report of a period: events in time order with each source's version,
 * then figures with every source's value, every statement footnoted to its source span (document,
 * outlet, title, [start, end) in the document text, and the sentence quoted).
 */

/** What a report covers. */
export interface ReportInput {
  readonly since: string | null;
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

/** Renders the report. */
export function situationReport(input: ReportInput): string {
  const notes: string[] = [];
  const cite = (r: {
    doc: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    span: readonly [number, number];
    sentence: string;
  }): string => {
    notes.push(
      `[^${notes.length + 1}]: ${mdEscape(r.outlet ?? 'unknown outlet')}, “${mdEscape(r.title ?? 'untitled')}” ` +
        `(${r.doc}, ${r.published?.slice(0, 10) ?? 'undated'}), [${r.span[0]}, ${r.span[1]}): “${mdEscape(r.sentence)}”`,
    );
    return `[^${notes.length}]`;
  };
  const reportCite = (r: EventReportView) => cite({ ...r, span: r.trigger, sentence: r.sentenceText });
  const claimCite = (c: ClaimView) => cite({ ...c, span: c.span, sentence: c.sentenceText });

  const lines = [
    `# Situation report${input.since ? ` since ${input.since}` : ''}`,
    '',
    `Generated ${input.generated} from ${input.events.length} events and ${input.figures.length} figures.`,
    '',
    '## Events',
    '',
  ];
  if (input.events.length === 0) lines.push('No events in this period.', '');
  for (const e of input.events) {
    const title = e.name ? `${e.name} (${e.type.replace(/_/g, ' ')})` : e.type.replace(/_/g, ' ');
    lines.push(
      `### ${mdEscape(title)}, ${range(e.start, e.end)}`,
      '',
      `${e.reports} report${e.reports === 1 ? '' : 's'} from ${e.sources} source${e.sources === 1 ? '' : 's'}` +
        `${e.actors.length ? `; actors: ${mdEscape(e.actors.join(', '))}` : ''}` +
        `${e.places.length ? `; places: ${mdEscape(e.places.join(', '))}` : ''}.`,
      '',
    );
    for (const r of e.reportList) {
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
    lines.push('');
  }
  lines.push('## Figures', '');
  if (input.figures.length === 0) lines.push('No figures in this period.', '');
  for (const f of input.figures) {
    lines.push(`### ${mdEscape(figureTitle(f))}${f.about ? ` — ${mdEscape(f.about)}` : ''}`, '');
    for (const c of f.claims) {
      const value = c.max !== null ? `${c.value}–${c.max}` : String(c.value);
      lines.push(
        `- ${c.published?.slice(0, 10) ?? 'undated'}: ${value} (${c.qualifier}, “${mdEscape(c.text)}”) ` +
          `according to ${mdEscape(c.claimant)}${c.relay ? ` via ${mdEscape(c.relay)}` : ''}, ` +
          `in ${mdEscape(c.outlet ?? '?')}${c.duplicateOf ? ` (copy of ${c.duplicateOf}, counted once)` : ''}${claimCite(c)}`,
      );
    }
    lines.push('');
  }
  if (notes.length) lines.push('## Sources', '', ...notes, '');
  return lines.join('\n');
}
