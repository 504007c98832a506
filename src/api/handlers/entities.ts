import { z } from 'zod';
import { etagOf } from '../etag.ts';
import { safeJson } from '../json.ts';
import { decodeCursor, encodeCursor, pageOf } from '../pagination.ts';
import { ApiError } from '../problem.ts';
import { defineRoute } from '../router.ts';
import { EntityDetail, EntityGetQuery, EntityKeyParams, EntityList, EntityListQuery } from '../schemas.ts';
import {
  entityDetail,
  entityMentions,
  entitySummary,
  filterEntities,
  mentionView,
} from '../views/entities.ts';
import { MAX_ENTITY_PAGES, memo } from '../views/memo.ts';

const Position = z.object({ d: z.number().int(), k: z.string() });

/**
 * An object serialised once (UTF-8) with one field left open: the returned function fills that
 * field with serialised JSON, giving the bytes of `safeJson({ ...obj, [field]: value })`.
 */
export function serialisedAround(obj: object, field: string): (json: string) => Buffer {
  const entries = Object.entries(obj);
  let at = entries.findIndex(([k]) => k === field);
  if (at < 0) at = entries.length;
  const before = safeJson(Object.fromEntries(entries.slice(0, at))).slice(0, -1);
  const after = safeJson(Object.fromEntries(entries.slice(at + 1))).slice(1);
  const head = Buffer.from(`${before}${before.length > 1 ? ',' : ''}${safeJson(field)}:`);
  const tail = Buffer.from(`${after.length > 1 ? ',' : ''}${after}`);
  return (json) => Buffer.concat([head, Buffer.from(json), tail]);
}

/** `GET /api/entities`: entities across documents (grouped by key), most documents first. */
export const listEntities = defineRoute({
  method: 'GET',
  path: '/api/entities',
  operationId: 'listEntities',
  summary: 'Entities across documents, grouped by key, most documents first',
  tag: 'entities',
  query: EntityListQuery,
  response: EntityList,
  async handle({ query, corpus }) {
    const { limit, cursor, ...filters } = query;
    const scope = `entities:${JSON.stringify(filters)}`;
    const after = cursor ? decodeCursor(cursor, scope, Position) : null;
    const c = await corpus();
    const all = filterEntities(c, filters);
    const { items, last } = pageOf(
      all,
      limit,
      after,
      (g) => ({ d: g.documents, k: g.key }),
      (g, p) => g.documents < p.d || (g.documents === p.d && g.key > p.k),
    );
    const types = new Map<string, number>();
    for (const g of filterEntities(c, { q: filters.q })) types.set(g.type, (types.get(g.type) ?? 0) + 1);
    return {
      json: {
        items: items.map(entitySummary),
        next: last ? encodeCursor(last, scope) : null,
        facets: {
          type: [...types]
            .map(([value, count]) => ({ value, count }))
            .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
        },
      },
    };
  },
});

/** `GET /api/entities/{key}`: aliases, roles, quotes by and about, events, related; mentions paged. */
export const getEntity = defineRoute({
  method: 'GET',
  path: '/api/entities/{key}',
  operationId: 'getEntity',
  summary:
    'An entity: name variants with evidence, roles over time, quotes by and about it, events, related entities, mentions (paged)',
  tag: 'entities',
  params: EntityKeyParams,
  query: EntityGetQuery,
  response: EntityDetail,
  async handle({ params, query, corpus }) {
    const c = await corpus();
    // The page but its mentions is the same for every cursor: kept serialised around them.
    const around = memo(c, `entity:${params.key}`, () => {
      const detail = entityDetail(c, params.key);
      return detail ? serialisedAround(detail, 'mentions') : null;
    });
    const mentions = memo(c, `mentions:${params.key}`, () => entityMentions(c, params.key));
    if (around === null || !mentions)
      throw new ApiError('API_NOT_FOUND', `no entity with key ${JSON.stringify(params.key)}`);
    const scope = `entity:${params.key}`;
    const after = query.cursor ? decodeCursor(query.cursor, scope, z.number().int()) : null;
    const { items, last } = pageOf(
      mentions,
      query.limit,
      after,
      (m) => m.n,
      (m, p) => m.n > p,
    );
    // Pages are asked again (the first above all): each is encoded, with its tag, once per index.
    return memo(
      c,
      JSON.stringify([params.key, after, query.limit]),
      () => {
        const bytes = around(
          safeJson({
            items: items.map((m) => mentionView(c, m)),
            next: last !== null ? encodeCursor(last, scope) : null,
          }),
        );
        return { jsonText: bytes, etag: etagOf(bytes) };
      },
      'entity-pages',
      MAX_ENTITY_PAGES,
    );
  },
});
