import type { Span } from '../../model/span.ts';
import { figureTitle } from '../../reconcile/views.ts';
import { type Corpus, type CorpusDoc, claimantOf, publishedDay, sourceName } from './corpus.ts';
import { eventLabel } from './events.ts';

/** A footnote of the report: the document span a statement rests on. */
export interface ReportCitation {
  readonly n: number;
  readonly document: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly span: Span;
  readonly text: string;
}

/** How much each section lists at most. */
const MAX_EVENTS = 15;
const MAX_FIGURES = 10;
const MAX_QUOTES = 10;

/**
 * Escapes text from articles for Markdown: article text is data, so markup characters and HTML
 * are neutralised, line breaks folded, and length bounded.
 */
export function mdText(s: string, max = 300): string {
  const one = s.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/**
 * A Markdown situation report of a period: coverage, events, figures by source and quotes, each
 * statement footnoted to the document span it comes from.
 */
export function situationReport(corpus: Corpus, period: { from: string; to: string }) {
  const citations: ReportCitation[] = [];
  const footnote = (doc: CorpusDoc, span: Span): string => {
    const found = citations.find(
      (c) => c.document === doc.id && c.span[0] === span[0] && c.span[1] === span[1],
    );
    if (found) return `[^${found.n}]`;
    const n = citations.length + 1;
    citations.push({
      n,
      document: doc.id,
      title: doc.title,
      outlet: doc.source.outlet,
      published: doc.published.value,
      span: [span[0], span[1]],
      text: doc.text.slice(span[0], span[1]),
    });
    return `[^${n}]`;
  };
  const inPeriod = (d: string | null) => d !== null && d >= period.from && d <= period.to;
  const docs = [...corpus.docs.values()].filter((d) => inPeriod(publishedDay(d)));
  const outlets = new Set(docs.map(sourceName));
  const lines: string[] = [
    `# Situation report, ${period.from} to ${period.to}`,
    '',
    `${docs.length} document${docs.length === 1 ? '' : 's'} from ${outlets.size} source${outlets.size === 1 ? '' : 's'}.`,
    '',
  ];

  const events = corpus.events
    .filter((c) => c.end >= period.from && c.start <= period.to)
    .sort((a, b) => b.reports.length - a.reports.length || (a.start < b.start ? -1 : 1))
    .slice(0, MAX_EVENTS)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  lines.push('## Events', '');
  if (events.length === 0) lines.push('No events extracted for this period.', '');
  for (const c of events) {
    const notes = c.reports
      .slice(0, 3)
      .map((r) => footnote(corpus.docs.get(r.doc)!, r.event.trigger))
      .join('');
    const when = c.start === c.end ? c.start : `${c.start} to ${c.end}`;
    lines.push(
      `- **${when}**: ${mdText(eventLabel(corpus, c))} (${c.reports.length} report${c.reports.length === 1 ? '' : 's'}, ${c.sources.length} source${c.sources.length === 1 ? '' : 's'})${notes}`,
    );
  }
  if (events.length > 0) lines.push('');

  lines.push('## Figures', '');
  const figures = corpus.figures
    .map((f) => ({ f, points: f.points.filter((p) => inPeriod(publishedDay(corpus.docs.get(p.doc)!))) }))
    .filter((x) => x.points.length > 0 && x.f.unit !== '')
    .sort((a, b) => b.points.length - a.points.length || (a.f.id < b.f.id ? -1 : 1))
    .slice(0, MAX_FIGURES);
  if (figures.length === 0) lines.push('No figures reported in this period.', '');
  for (const { f, points } of figures) {
    lines.push(`- ${mdText(figureTitle(f))}${f.about ? ` (${mdText(f.about)})` : ''}:`);
    for (const p of points.slice(-5)) {
      const doc = corpus.docs.get(p.doc)!;
      const who = claimantOf(corpus, doc, p.quote);
      lines.push(
        `  - ${publishedDay(doc)}, ${mdText(who.name, 80)}: ${mdText(p.quantity.text, 80)}${footnote(doc, p.quantity.span)}`,
      );
    }
  }
  if (figures.length > 0) lines.push('');

  lines.push('## Quotes', '');
  const quotes = docs
    .flatMap((doc) => doc.quotes.filter((q) => q.direct && q.speaker).map((q) => ({ doc, q })))
    .sort((a, b) => {
      const pa = a.doc.published.value ?? '';
      const pb = b.doc.published.value ?? '';
      return pa < pb
        ? -1
        : pa > pb
          ? 1
          : a.doc.id < b.doc.id
            ? -1
            : a.doc.id > b.doc.id
              ? 1
              : a.q.span[0] - b.q.span[0];
    })
    .slice(-MAX_QUOTES);
  if (quotes.length === 0) lines.push('No attributed quotes in this period.', '');
  for (const { doc, q } of quotes) {
    const who = claimantOf(corpus, doc, q);
    lines.push(
      `- ${mdText(who.name, 80)}: “${mdText(doc.text.slice(q.span[0], q.span[1]), 240)}”${footnote(doc, q.span)}`,
    );
  }
  if (quotes.length > 0) lines.push('');

  if (citations.length > 0) {
    lines.push('## Sources', '');
    for (const c of citations)
      lines.push(
        `[^${c.n}]: ${mdText(c.outlet ?? 'unknown source', 80)}, “${mdText(c.title ?? 'untitled', 120)}”, ${c.published ?? 'undated'}; document ${c.document}, characters ${c.span[0]}–${c.span[1]}: “${mdText(c.text, 160)}”`,
      );
    lines.push('');
  }
  return {
    from: period.from,
    to: period.to,
    documents: docs.length,
    sources: outlets.size,
    markdown: lines.join('\n'),
    citations,
  };
}
