import { buildReport } from '../../app/report.ts';
import { ApiError } from '../problem.ts';
import { defineRoute } from '../router.ts';
import { Report, ReportQuery } from '../schemas.ts';
import { publishedDay } from '../views/corpus.ts';

/** Days a report covers when the client gives no start. */
const DEFAULT_DAYS = 7;

/** Events and figures a report lists at most (as `sitrep report`). */
const REPORT_LIMIT = 50;

/** `GET /api/report`: a Markdown situation report of a period with footnoted citations. */
export const report = defineRoute({
  method: 'GET',
  path: '/api/report',
  operationId: 'report',
  summary: `Markdown situation report of a period (default: the last ${DEFAULT_DAYS} days of coverage), footnoted to document spans; the report sitrep report prints`,
  tag: 'report',
  query: ReportQuery,
  response: Report,
  async handle({ query, corpus, store }) {
    const c = await corpus();
    let latest: string | null = null;
    // Ingest-time dates say when we read a document, not when it happened: they do not set the period.
    for (const d of c.docs.values()) {
      const p = d.published.from === 'ingest' ? null : publishedDay(d);
      if (p && (!latest || p > latest)) latest = p;
    }
    const to = query.to ?? latest ?? new Date().toISOString().slice(0, 10);
    const from =
      query.from ?? new Date(Date.parse(to) - (DEFAULT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    if (from > to)
      throw new ApiError('API_BAD_REQUEST', 'from is after to', [
        { field: 'query.from', message: 'must not be after to' },
      ]);
    // The very report `sitrep report --since FROM --until TO` prints.
    const r = await buildReport(store, { since: from, until: to, limit: REPORT_LIMIT });
    const documents = new Set(r.citations.map((x) => x.document)).size;
    const sources = new Set(r.citations.map((x) => x.outlet ?? x.document)).size;
    return { json: { from, to, documents, sources, markdown: r.markdown, citations: r.citations } };
  },
});
