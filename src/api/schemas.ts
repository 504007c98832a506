import { z } from 'zod';
import { documentSchema } from '../model/schema.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './pagination.ts';

/**
 * Request and response schemas of the API. The server validates every request with them and
 * `openapi.ts` describes the API from the very same objects, so the description cannot drift.
 */

// ---- request pieces ----------------------------------------------------------------------------

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD')
  .describe('a day, YYYY-MM-DD (inclusive)');
const limit = (max = MAX_LIMIT, def = DEFAULT_LIMIT) =>
  z.coerce.number().int().min(1).max(max).default(def).describe(`page size, 1–${max}`);
const cursor = z.string().min(1).max(1000).optional().describe('opaque cursor from the previous page');
const format = z.enum(['markdown', 'html', 'text', 'json', 'rss']);
const period = { from: day.optional(), to: day.optional() };

/** Path parameters. */
export const DocumentIdParams = z.strictObject({
  id: z
    .string()
    .regex(/^d[0-9a-f]{5,16}$/, 'expected a document id (d + 16 hex digits) or a prefix of at least 6'),
});
export const EntityKeyParams = z.strictObject({ key: z.string().min(1).max(200) });
export const EventIdParams = z.strictObject({
  id: z.string().regex(/^(V|ev)[0-9a-f]{12}$/, 'expected an event id (V + 12 hex digits)'),
});
export const FigureIdParams = z.strictObject({
  id: z.string().regex(/^[Ff][0-9a-f]{12}$/, 'expected a figure id (F + 12 hex digits)'),
});

/** Query strings. Unknown parameters are refused with their name, so typos do not pass silently. */
export const DocumentListQuery = z.strictObject({
  outlet: z.string().max(200).optional(),
  format: format.optional(),
  ...period,
  limit: limit(),
  cursor,
});
export const SearchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'give a search query')
    .max(1000)
    .describe('words ANDed; "phrases", OR, prefix*'),
  outlet: z.string().max(200).optional(),
  format: format.optional(),
  ...period,
  limit: limit(100, 20),
  cursor,
});
export const EntityListQuery = z.strictObject({
  type: z.string().max(40).optional(),
  q: z.string().max(200).optional().describe('substring of the name or key'),
  limit: limit(),
  cursor,
});
export const EntityGetQuery = z.strictObject({
  limit: limit(MAX_LIMIT, 50).describe('mentions per page'),
  cursor,
});
const eventFilters = {
  ...period,
  type: z.string().max(40).optional(),
  actor: z.string().max(200).optional().describe('entity key or name'),
  place: z.string().max(200).optional().describe('entity key or name'),
  status: z.enum(['planned', 'ongoing', 'completed', 'cancelled', 'denied', 'hypothetical']).optional(),
};
export const EventListQuery = z.strictObject({ ...eventFilters, limit: limit(), cursor });
export const TimelineQuery = z.strictObject({ ...eventFilters, limit: limit(1000, 500), cursor });
export const ClaimListQuery = z.strictObject({
  unit: z.string().max(100).optional(),
  measure: z
    .string()
    .max(40)
    .optional()
    .describe('what happened to what the figure counts (killed, evacuated, …), or `none`'),
  about: z.string().max(200).optional().describe('entity key or part of what the figure counts'),
  ...period,
  min: z.coerce.number().int().min(1).max(1000).optional().describe('at least this many reports'),
  limit: limit(),
  cursor,
});
export const PlaceListQuery = z.strictObject({
  keys: z.string().max(4000).optional().describe('comma-separated entity keys to keep'),
  limit: limit(2000, 1000),
});
export const ClaimGetQuery = z.strictObject({ ...period });
export const ReportQuery = z.strictObject({
  ...period,
});
export const EmptyQuery = z.strictObject({});

/** Body of `POST /api/ingest`: files (name + content) or one pasted text with optional metadata. */
export const IngestBody = z.union([
  z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: z
            .string()
            .min(1)
            .max(255)
            .regex(/^[^/\\\0]+$/, 'a file name without directories')
            .describe('file name; its extension selects the format (.md, .html, .txt, .json, .jsonl, .xml)'),
          content: z.string().describe('the file content as UTF-8 text'),
        }),
      )
      .min(1)
      .max(100),
  }),
  z.strictObject({
    text: z.string().trim().min(1, 'give the text'),
    title: z.string().max(1000).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    published: z.string().max(40).optional().describe('ISO 8601 date or date-time'),
    outlet: z.string().max(200).optional(),
  }),
]);

// ---- responses ---------------------------------------------------------------------------------

const span = z.tuple([z.number().int(), z.number().int()]);
const next = z.string().nullable().describe('cursor of the next page, null on the last');
const facet = z.array(z.object({ value: z.string(), count: z.number().int() }));
const entityRef = z.object({ key: z.string(), name: z.string() });
const citation = {
  document: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  span,
  text: z.string(),
  context: z.string(),
};
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), next });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('a code from the error table'),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details');

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  format: z.string(),
  published: z.string().nullable(),
  publishedFrom: z.string().nullable(),
  revision: z.number().int(),
  current: z.boolean(),
  chars: z.number().int(),
  ingestedAt: z.string(),
});
export const DocumentList = page(DocumentSummary).extend({ total: z.number().int() });
export const DocumentDetail = DocumentSummary.extend({
  storyKey: z.string(),
  supersededBy: z.string().nullable(),
  revisions: z.array(
    z.object({ id: z.string(), revision: z.number().int(), published: z.string().nullable() }),
  ),
  document: documentSchema,
  /** Where the document's entities and events went across documents (their ids in entity and event pages). */
  corpus: z.object({
    entities: z.record(z.string(), z.string()),
    events: z.record(z.string(), z.string()),
  }),
});
export const SearchResult = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      format: z.string(),
      score: z.number(),
      snippet: z.string().describe('plain text around the matches'),
      highlights: z.array(span).describe('[start, end) of matched terms in the snippet'),
    }),
  ),
  next,
  total: z.number().int(),
  facets: z.object({ outlet: facet, format: facet, month: facet }),
  searched: z
    .string()
    .describe(
      'the query as searched: a name widened to every spelling of its entity (`(Lukashenka OR Lukashenko)`)',
    ),
});
const entitySummary = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  documents: z.number().int(),
  mentions: z.number().int(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  /** The first document it is named in: tells apart entities of one name (a ministry kept per document). */
  firstDocument: z
    .object({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable() })
    .nullable(),
});
export const EntityList = page(entitySummary).extend({ facets: z.object({ type: facet }) });
const quote = z.object({
  ...citation,
  id: z.string(),
  direct: z.boolean(),
  speaker: z.object({ key: z.string().nullable(), name: z.string() }).nullable(),
  via: z.object({ key: z.string().nullable(), name: z.string() }).nullable(),
  stance: z.string(),
});
export const EntityDetail = entitySummary.extend({
  mentionCount: z.number().int().describe('mentions in all documents (`mentions` is a page of them)'),
  aliases: z.array(
    z.object({
      text: z.string(),
      count: z.number().int(),
      documents: z.number().int(),
      evidence: z.object(citation),
    }),
  ),
  roles: z.array(
    z.object({
      role: z.string(),
      count: z.number().int(),
      first: z.string().nullable(),
      last: z.string().nullable(),
      evidence: z.object(citation),
    }),
  ),
  quotesBy: z.object({ total: z.number().int(), items: z.array(quote) }),
  quotesAbout: z.object({ total: z.number().int(), items: z.array(quote) }),
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      name: z.string().nullable(),
      start: z.string(),
      end: z.string(),
      role: z.enum(['actor', 'target', 'place']),
    }),
  ),
  related: z.array(entityRef.extend({ type: z.string(), documents: z.number().int() })),
  mentions: page(z.object({ ...citation, by: z.string(), role: z.string().nullable() })),
});
const eventSummary = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string().nullable(),
  label: z.string(),
  start: z.string().describe('first day (YYYY-MM-DD)'),
  end: z.string().describe('last day (YYYY-MM-DD); equal to start for a point'),
  timeFrom: z.enum(['event', 'published']),
  status: z.string(),
  actors: z.array(entityRef),
  targets: z.array(entityRef),
  places: z.array(entityRef),
  reports: z.number().int(),
  sources: z.number().int(),
});
export const EventList = page(eventSummary);
const docEntity = z.object({ id: z.string(), key: z.string().nullable(), name: z.string() });
export const EventDetail = eventSummary.extend({
  statuses: z.record(z.string(), z.number().int()),
  outlets: z.array(z.string()),
  reports: z.array(
    z.object({
      ...citation,
      event: z.string(),
      type: z.string(),
      plover: z.string().nullable(),
      name: z.string().nullable(),
      status: z.string(),
      actors: z.array(docEntity),
      targets: z.array(docEntity),
      places: z.array(docEntity),
      time: z
        .object({
          id: z.string(),
          text: z.string(),
          value: z.string(),
          start: z.string().nullable(),
          end: z.string().nullable(),
          mod: z.string().nullable(),
          /** How the event stands to this time: at it, or running from or until it. */
          role: z.enum(['at', 'from', 'until']),
          span,
        })
        .nullable(),
      size: z
        .object({
          id: z.string(),
          text: z.string(),
          value: z.number(),
          max: z.number().nullable(),
          unit: z.string().nullable(),
          qualifier: z.string(),
          span,
        })
        .nullable(),
      claimedBy: entityRef.nullable(),
      by: z.string(),
      publishedDay: z.string().nullable(),
    }),
  ),
});
export const Timeline = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      label: z.string(),
      start: z.string(),
      end: z.string(),
      timeFrom: z.enum(['event', 'published']),
      status: z.string(),
      reports: z.number().int(),
    }),
  ),
  next,
  total: z.number().int(),
  range: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  facets: z.object({ type: facet }),
});
const figureSummary = z.object({
  id: z.string(),
  unit: z.string(),
  measure: z.string().nullable().describe('what happened to what the figure counts (killed, evacuated, …)'),
  about: z.string().nullable(),
  aboutKey: z.string().nullable(),
  points: z.number().int(),
  sources: z.number().int(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export const ClaimList = page(figureSummary);
const claimant = z.object({
  kind: z.enum(['speaker', 'outlet']),
  name: z.string(),
  key: z.string().nullable(),
});
export const ClaimDetail = figureSummary.extend({
  truncated: z.boolean(),
  points: z.array(
    z.object({
      ...citation,
      quantity: z.string(),
      date: z.string().nullable(),
      value: z.number(),
      max: z.number().nullable(),
      qualifier: z.string(),
      claimant,
      duplicateOf: z
        .string()
        .nullable()
        .describe('the document this one reprints (a near-duplicate copy), or null'),
      quote: z.object({ id: z.string(), span, direct: z.boolean() }).nullable(),
      by: z.string(),
    }),
  ),
  series: z.array(
    z.object({
      source: z.string(),
      kind: z.string(),
      key: z.string().nullable(),
      points: z.array(z.number().int()).describe('indexes into points'),
    }),
  ),
});
export const Report = z.object({
  from: z.string(),
  to: z.string(),
  documents: z.number().int(),
  sources: z.number().int(),
  markdown: z.string().describe('Markdown with footnotes; article text in it is escaped'),
  citations: z.array(
    z.object({
      n: z.number().int(),
      document: z.string(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      span,
      text: z.string().describe('the sentence the statement rests on (the span lies in it)'),
    }),
  ),
});
export const IngestResult = z.object({
  new: z.number().int(),
  unchanged: z.number().int(),
  updated: z.number().int(),
  failed: z.number().int(),
  items: z.array(
    z.object({
      origin: z.string(),
      status: z.enum(['new', 'unchanged', 'updated', 'failed']),
      id: z.string().optional(),
      title: z.string().nullable().optional(),
      code: z.string().optional(),
      message: z.string().optional(),
    }),
  ),
});
export const PlaceList = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      type: z.string(),
      documents: z.number().int(),
      mentions: z.number().int(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      country: z.string().nullable().describe('ISO 3166-1 alpha-2'),
      countryNumeric: z.string().nullable().describe('ISO 3166-1 numeric (world-atlas outline id)'),
      isCountry: z.boolean(),
    }),
  ),
  total: z.number().int(),
});
export const Stats = z.object({
  documents: z.number().int(),
  current: z.number().int(),
  outlets: z.array(z.object({ outlet: z.string(), documents: z.number().int() })),
  formats: z.array(z.object({ format: z.string(), documents: z.number().int() })),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
  entities: z.number().int(),
  events: z.number().int(),
  figures: z.number().int(),
});
export const ApiIndex = z.object({
  name: z.literal('sitrep'),
  version: z.string(),
  openapi: z.string(),
  endpoints: z.array(z.object({ method: z.string(), path: z.string(), summary: z.string() })),
});

// ---- reconciled views (the store's cross-document tables; see docs/decisions/009-reconcile.md) ----

export const ReconciledEntityParams = z.strictObject({
  id: z.string().regex(/^E[0-9a-f]{12}$/, 'expected a corpus entity id (E + 12 hex digits)'),
});
export const ReconciledEventParams = z.strictObject({
  id: z.string().regex(/^V[0-9a-f]{12}$/, 'expected a corpus event id (V + 12 hex digits)'),
});
export const MergeIdParams = z.strictObject({
  id: z.coerce.number().int().min(1).describe('merge id, as listed in an entity’s merges'),
});
export const ReconciledEntityQuery = z.strictObject({
  q: z.string().trim().min(1, 'give a name').max(200).describe('a name in any spelling'),
  limit: limit(100, 10),
});
export const ReconciledTimelineQuery = z.strictObject({
  ...period,
  type: z.string().max(40).optional(),
  actor: z.string().max(200).optional().describe('a name in any spelling'),
  place: z.string().max(200).optional().describe('a name in any spelling'),
  limit: limit(1000, 500),
});
export const ReconciledClaimsQuery = z.strictObject({
  topic: z.string().trim().min(1, 'give a topic').max(200).describe('a unit and what it counts'),
  limit: limit(100, 20),
});
const docRef = {
  doc: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
};
const reconciledEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  documents: z.number().int(),
  mentions: z.number().int(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});
const reconciledQuote = z.object({
  ...docRef,
  quote: z.string(),
  span,
  text: z.string(),
  speaker: z.string().nullable(),
});
export const ReconciledEntityList = z.object({ items: z.array(reconciledEntity) });
export const ReconciledEntityDetail = reconciledEntity.extend({
  spellings: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      documents: z.number().int(),
      mentions: z.number().int(),
      first: z.string().nullable(),
      last: z.string().nullable(),
    }),
  ),
  merges: z.array(
    z.object({
      id: z.number().int(),
      from: z.string(),
      to: z.string(),
      rule: z.string(),
      detail: z.record(z.string(), z.unknown()),
      doc: z.string(),
    }),
  ),
  roles: z.array(
    z.object({
      role: z.string(),
      first: z.string().nullable(),
      last: z.string().nullable(),
      documents: z.number().int(),
    }),
  ),
  mentionsIn: z.array(z.object({ ...docRef, name: z.string(), mentions: z.number().int() })),
  quotesBy: z.array(reconciledQuote),
  quotesAbout: z.array(reconciledQuote),
});
export const UnmergeResult = z.object({
  from: z.string().describe('the entity split off'),
  to: z.string().describe('the entity it was part of'),
});
const reconciledEvent = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  reports: z.number().int(),
  sources: z.number().int().describe('outlets, copies of another document counted once'),
  statuses: z.record(z.string(), z.number().int()),
  actors: z.array(z.string()),
  places: z.array(z.string()),
});
export const ReconciledTimeline = z.object({ items: z.array(reconciledEvent) });
export const ReconciledEventDetail = reconciledEvent.extend({
  reportList: z.array(
    z.object({
      ...docRef,
      docEvent: z.string(),
      rule: z.string(),
      duplicateOf: z.string().nullable(),
      status: z.string(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      timeFrom: z.string(),
      timeText: z.string().nullable(),
      timeRole: z.enum(['at', 'from', 'until']),
      trigger: span,
      triggerText: z.string(),
      sentence: span,
      sentenceText: z.string(),
      actors: z.array(z.string()),
      places: z.array(z.string()),
      size: z
        .object({
          value: z.number(),
          max: z.number().nullable(),
          unit: z.string().nullable(),
          text: z.string(),
        })
        .nullable(),
      claimedBy: z.string().nullable(),
    }),
  ),
});
export const ReconciledClaims = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      unit: z.string(),
      about: z.string().nullable(),
      sources: z.number().int(),
      claims: z.array(
        z.object({
          ...docRef,
          quantity: z.string(),
          value: z.number(),
          max: z.number().nullable(),
          qualifier: z.string(),
          text: z.string(),
          span,
          sentenceText: z.string(),
          claimant: z.string(),
          claimantKind: z.string(),
          relay: z.string().nullable(),
          duplicateOf: z.string().nullable(),
        }),
      ),
    }),
  ),
});
