import { z } from 'zod';
import { etagOf } from '../etag.ts';
import { safeJson } from '../json.ts';
import { decodeCursor, encodeCursor, pageOf } from '../pagination.ts';
import { ApiError } from '../problem.ts';
import { defineRoute } from '../router.ts';
import {
  EmptyQuery,
  EventDetail,
  EventIdParams,
  EventList,
  EventListQuery,
  Timeline,
  TimelineQuery,
} from '../schemas.ts';
import { compareEvents, type EventCluster } from '../views/corpus.ts';
import { eventDetail, eventSummary, selectEvents, timelineItemBytes } from '../views/events.ts';
import { MAX_TIMELINE_PAGES, memo } from '../views/memo.ts';

const OPEN_ITEMS = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');

const Position = z.object({ s: z.string(), i: z.string() });
const position = (c: EventCluster) => ({ s: c.start, i: c.id });
const isAfter = (c: EventCluster, p: { s: string; i: string }) =>
  compareEvents(c, { start: p.s, id: p.i }) > 0;

/** `GET /api/events`: events across documents in time order, with filters. */
export const listEvents = defineRoute({
  method: 'GET',
  path: '/api/events',
  operationId: 'listEvents',
  summary:
    'Events across documents in time order; filters by time range (overlap), type, actor, place, status',
  tag: 'events',
  query: EventListQuery,
  response: EventList,
  async handle({ query, corpus }) {
    const { limit, cursor, ...filters } = query;
    const scope = `events:${JSON.stringify(filters)}`;
    const after = cursor ? decodeCursor(cursor, scope, Position) : null;
    const c = await corpus();
    const { items, last } = pageOf(selectEvents(c, filters).events, limit, after, position, isAfter);
    return {
      json: { items: items.map((e) => eventSummary(c, e)), next: last ? encodeCursor(last, scope) : null },
    };
  },
});

/** `GET /api/events/{id}`: an event with every report of it. */
export const getEvent = defineRoute({
  method: 'GET',
  path: '/api/events/{id}',
  operationId: 'getEvent',
  summary: 'An event with every report of it, each with its own attributes and citation',
  tag: 'events',
  params: EventIdParams,
  query: EmptyQuery,
  response: EventDetail,
  async handle({ params, corpus }) {
    const detail = eventDetail(await corpus(), params.id);
    if (!detail) throw new ApiError('API_NOT_FOUND', `no event ${params.id}`);
    return { json: detail };
  },
});

/** `GET /api/timeline`: compact event intervals for drawing, with the overall range and type counts. */
export const timeline = defineRoute({
  method: 'GET',
  path: '/api/timeline',
  operationId: 'timeline',
  summary: 'Events as intervals (start–end days) in time order, compact, with the range and counts by type',
  tag: 'events',
  query: TimelineQuery,
  response: Timeline,
  async handle({ query, corpus }) {
    const { limit, cursor, ...filters } = query;
    const scope = `timeline:${JSON.stringify(filters)}`;
    const after = cursor ? decodeCursor(cursor, scope, Position) : null;
    const c = await corpus();
    // A page is encoded (with its tag) once per index: the UI asks for the same windows again.
    return memo(
      c,
      JSON.stringify([scope, after, limit]),
      () => {
        const { events, end, types } = selectEvents(c, filters);
        const { items, last } = pageOf(events, limit, after, position, isAfter);
        // The same text as safeJson of the whole object, from items encoded once per index.
        const rest = safeJson({
          next: last ? encodeCursor(last, scope) : null,
          total: events.length,
          range: { start: events[0]?.start ?? null, end },
          facets: { type: types },
        });
        // Items are copied as kept bytes: the same bytes as encoding the joined text, whose pieces
        // are whole JSON values (no character is split between two of them).
        const parts: Buffer[] = [OPEN_ITEMS];
        items.forEach((e, i) => {
          if (i > 0) parts.push(COMMA);
          parts.push(timelineItemBytes(c, e));
        });
        parts.push(Buffer.from(`],${rest.slice(1)}`, 'utf8'));
        const bytes = Buffer.concat(parts);
        return { jsonText: bytes, etag: etagOf(bytes) };
      },
      'timeline-pages',
      MAX_TIMELINE_PAGES,
    );
  },
});
