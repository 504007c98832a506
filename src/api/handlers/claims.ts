import { z } from 'zod';
import { decodeCursor, encodeCursor, pageOf } from '../pagination.ts';
import { ApiError } from '../problem.ts';
import { defineRoute } from '../router.ts';
import { ClaimDetail, ClaimGetQuery, ClaimList, ClaimListQuery, FigureIdParams } from '../schemas.ts';
import { figureDetail, figureSummary, filterFigures } from '../views/claims.ts';
import { saysWhat } from '../views/corpus.ts';

const Position = z.object({ s: z.number().int(), n: z.number().int(), i: z.string() });

/** `GET /api/claims`: figures reported across documents (unit + what they count): those that say what they count first, each most reported first. */
export const listClaims = defineRoute({
  method: 'GET',
  path: '/api/claims',
  operationId: 'listClaims',
  summary: 'Figures reported across documents (a unit counting a thing), most reported first',
  tag: 'claims',
  query: ClaimListQuery,
  response: ClaimList,
  async handle({ query, corpus }) {
    const { limit, cursor, ...filters } = query;
    const scope = `claims:${JSON.stringify(filters)}`;
    const after = cursor ? decodeCursor(cursor, scope, Position) : null;
    const { items, last } = pageOf(
      filterFigures(await corpus(), filters),
      limit,
      after,
      (f) => ({ s: saysWhat(f), n: f.points.length, i: f.id }),
      (f, p) =>
        saysWhat(f) < p.s ||
        (saysWhat(f) === p.s && (f.points.length < p.n || (f.points.length === p.n && f.id > p.i))),
    );
    return { json: { items: items.map(figureSummary), next: last ? encodeCursor(last, scope) : null } };
  },
});

/** `GET /api/claims/{id}`: a figure over time by source, each point linked to its sentence. */
export const getClaim = defineRoute({
  method: 'GET',
  path: '/api/claims/{id}',
  operationId: 'getClaim',
  summary: 'A figure over time by source (speaker or outlet): every report as a point with its sentence',
  tag: 'claims',
  params: FigureIdParams,
  query: ClaimGetQuery,
  response: ClaimDetail,
  async handle({ params, query, corpus }) {
    const c = await corpus();
    // Links made before the index took the reconciled figures' ids said `f…` for the same hash.
    const detail =
      figureDetail(c, params.id, query) ??
      (params.id.startsWith('f') ? figureDetail(c, `F${params.id.slice(1)}`, query) : null);
    if (!detail) throw new ApiError('API_NOT_FOUND', `no figure ${params.id}`);
    return { json: detail };
  },
});
