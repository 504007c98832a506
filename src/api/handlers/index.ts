import { z } from 'zod';
import { API_VERSION, buildOpenApi } from '../openapi.ts';
import { defineRoute, type Route } from '../router.ts';
import { ApiIndex, EmptyQuery, Stats } from '../schemas.ts';
import { getClaim, listClaims } from './claims.ts';
import { getDocument, getDocumentRaw, listDocuments } from './documents.ts';
import { getEntity, listEntities } from './entities.ts';
import { getEvent, listEvents, timeline } from './events.ts';
import { ingest } from './ingest.ts';
import { listPlaces } from './places.ts';
import {
  findReconciledEntities,
  getReconciledEntity,
  getReconciledEvent,
  reconciledClaims,
  reconciledTimeline,
  undoMerge,
} from './reconciled.ts';
import { report } from './report.ts';
import { search } from './search.ts';

const apiIndex = defineRoute({
  method: 'GET',
  path: '/api',
  operationId: 'index',
  summary: 'What this API offers',
  tag: 'meta',
  query: EmptyQuery,
  response: ApiIndex,
  async handle() {
    return {
      json: {
        name: 'sitrep',
        version: API_VERSION,
        openapi: '/api/openapi.json',
        endpoints: ROUTES.map((r) => ({ method: r.method, path: r.path, summary: r.summary })),
      },
    };
  },
});

const stats = defineRoute({
  method: 'GET',
  path: '/api/stats',
  operationId: 'stats',
  summary: 'Totals: documents, outlets, formats, date range, entities, events, figures',
  tag: 'meta',
  query: EmptyQuery,
  response: Stats,
  async handle({ store, corpus }) {
    const c = await corpus();
    return {
      json: {
        ...(await store.stats()),
        entities: c.entities.length,
        events: c.events.length,
        figures: c.figures.length,
      },
    };
  },
});

let openapiCache: unknown = null;

const openapi = defineRoute({
  method: 'GET',
  path: '/api/openapi.json',
  operationId: 'openapi',
  summary: 'This description (OpenAPI 3.1), generated from the request and response schemas',
  tag: 'meta',
  query: EmptyQuery,
  response: z.record(z.string(), z.unknown()),
  async handle() {
    openapiCache ??= buildOpenApi(ROUTES);
    return { json: openapiCache };
  },
});

/** Every operation of the API, in the order the description lists them. */
export const ROUTES: readonly Route[] = [
  apiIndex,
  openapi,
  stats,
  listDocuments,
  getDocument,
  getDocumentRaw,
  search,
  listEntities,
  getEntity,
  listPlaces,
  listEvents,
  getEvent,
  timeline,
  listClaims,
  getClaim,
  report,
  findReconciledEntities,
  getReconciledEntity,
  reconciledTimeline,
  getReconciledEvent,
  reconciledClaims,
  undoMerge,
  ingest,
];
