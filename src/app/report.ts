import { citedReport, type ReportCitation, selectEvents, selectFigures } from '../reconcile/report.ts';
import type { EventPage, FigureClaims } from '../reconcile/views.ts';
import type { Store } from '../store/types.ts';

/** How many events of the period are ranked for a report (the timeline's order is by date). */
const REPORT_POOL = 20_000;
/** How many of the most reported figures are ranked for it. */
const FIGURE_POOL = 500;

/** A situation report of a period and what it was made of. */
export interface SituationReport {
  readonly since: string | null;
  readonly until: string | null;
  readonly markdown: string;
  readonly citations: readonly ReportCitation[];
  readonly events: readonly EventPage[];
  readonly figures: readonly FigureClaims[];
}

/**
 * The situation report of a period from the reconciled tables: its most independently reported
 * events (`selectEvents`) with every source's version, and its figures with every source's value
 * (claims published in the period), every line footnoted. The one report the CLI, the API and
 * anything else print, so they never disagree.
 */
export async function buildReport(
  store: Store,
  o: { since?: string | null; until?: string | null; limit: number; generated?: string },
): Promise<SituationReport> {
  const since = o.since ?? null;
  const until = o.until ?? null;
  const pool = await store.timeline({
    from: since ?? undefined,
    to: until ?? undefined,
    limit: Math.max(REPORT_POOL, o.limit),
  });
  const entries = selectEvents(pool, o.limit);
  const events = (await Promise.all(entries.map((e) => store.event(e.id)))).filter(
    (e): e is EventPage => e !== null,
  );
  const inPeriod = (day: string | null) =>
    (!since || (day ?? '') >= since) && (!until || (day ?? '').slice(0, 10) <= until);
  const figures = selectFigures(
    (await store.claims('', Math.max(FIGURE_POOL, o.limit)))
      .map((f) => ({ ...f, claims: f.claims.filter((c) => inPeriod(c.published)) }))
      .filter((f) => f.claims.length > 0),
    o.limit,
  );
  const { markdown, citations } = citedReport({
    since,
    until,
    generated: o.generated ?? new Date().toISOString().slice(0, 16).replace('T', ' '),
    events,
    figures,
  });
  return { since, until, markdown, citations, events, figures };
}
