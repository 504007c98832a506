import { ApiError } from '../problem.ts';
import { defineRoute } from '../router.ts';
import {
  EmptyQuery,
  MergeIdParams,
  ReconciledClaims,
  ReconciledClaimsQuery,
  ReconciledEntityDetail,
  ReconciledEntityList,
  ReconciledEntityParams,
  ReconciledEntityQuery,
  ReconciledEventDetail,
  ReconciledEventParams,
  ReconciledTimeline,
  ReconciledTimelineQuery,
  UnmergeResult,
} from '../schemas.ts';

/**
 * Routes over the store's reconciled tables (entities linked across spellings, events clustered
 * across documents, figures per source), next to the in-memory views of `views/corpus.ts`.
 */

/** `GET /api/reconciled/entities?q=NAME`: corpus entities matching a name in any spelling. */
export const findReconciledEntities = defineRoute({
  method: 'GET',
  path: '/api/reconciled/entities',
  operationId: 'findReconciledEntities',
  summary:
    'Corpus entities matching a name in any spelling (Lukashenka finds Lukashenko), most documents first',
  tag: 'reconciled',
  query: ReconciledEntityQuery,
  response: ReconciledEntityList,
  async handle({ query, store }) {
    return { json: { items: await store.findEntities(query.q, query.limit) } };
  },
});

/** `GET /api/reconciled/entities/{id}`: spellings, merges with evidence, roles, mentions, quotes. */
export const getReconciledEntity = defineRoute({
  method: 'GET',
  path: '/api/reconciled/entities/{id}',
  operationId: 'getReconciledEntity',
  summary:
    'A corpus entity: spellings, each merge with its rule and evidence, roles over time, mentions, quotes',
  tag: 'reconciled',
  params: ReconciledEntityParams,
  query: EmptyQuery,
  response: ReconciledEntityDetail,
  async handle({ params, store }) {
    const page = await store.entity(params.id);
    if (!page) throw new ApiError('API_NOT_FOUND', `no entity ${params.id}`);
    return { json: page };
  },
});

/** `POST /api/reconciled/merges/{id}/undo`: splits an entity at one merge; the pair stays apart. */
export const undoMerge = defineRoute({
  method: 'POST',
  path: '/api/reconciled/merges/{id}/undo',
  operationId: 'undoMerge',
  summary: 'Undo a merge (split the entity at it); the two spellings are not merged again',
  tag: 'reconciled',
  params: MergeIdParams,
  query: EmptyQuery,
  response: UnmergeResult,
  async handle({ params, store }) {
    const out = await store.unmerge(params.id);
    if (!out) throw new ApiError('API_NOT_FOUND', `no active merge ${params.id}`);
    return { json: out };
  },
});

/** `GET /api/reconciled/timeline`: corpus events in time order, filtered. */
export const reconciledTimeline = defineRoute({
  method: 'GET',
  path: '/api/reconciled/timeline',
  operationId: 'reconciledTimeline',
  summary: 'Corpus events in time order (overlap with from/to), by type, actor or place in any spelling',
  tag: 'reconciled',
  query: ReconciledTimelineQuery,
  response: ReconciledTimeline,
  async handle({ query, store }) {
    return { json: { items: await store.timeline(query) } };
  },
});

/** `GET /api/reconciled/events/{id}`: a corpus event with every source's report. */
export const getReconciledEvent = defineRoute({
  method: 'GET',
  path: '/api/reconciled/events/{id}',
  operationId: 'getReconciledEvent',
  summary: "A corpus event with every source's report: its own dates, places, size, status, claimant",
  tag: 'reconciled',
  params: ReconciledEventParams,
  query: EmptyQuery,
  response: ReconciledEventDetail,
  async handle({ params, store }) {
    const page = await store.event(params.id);
    if (!page) throw new ApiError('API_NOT_FOUND', `no event ${params.id}`);
    return { json: page };
  },
});

/** `GET /api/reconciled/claims?topic=`: figures matching a topic with every source's value. */
export const reconciledClaims = defineRoute({
  method: 'GET',
  path: '/api/reconciled/claims',
  operationId: 'reconciledClaims',
  summary: "Figures matching a topic (unit and what it counts), each with every source's claim in time order",
  tag: 'reconciled',
  query: ReconciledClaimsQuery,
  response: ReconciledClaims,
  async handle({ query, store }) {
    return { json: { items: await store.claims(query.topic, query.limit) } };
  },
});
