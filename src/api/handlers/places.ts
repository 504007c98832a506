import { defineRoute } from '../router.ts';
import { PlaceList, PlaceListQuery } from '../schemas.ts';
import { placeList } from '../views/places.ts';

/** `GET /api/places`: places with coordinates or country codes, for maps. */
export const listPlaces = defineRoute({
  method: 'GET',
  path: '/api/places',
  operationId: 'listPlaces',
  summary: 'Places mentioned, with gazetteer coordinates (cities) or ISO codes (countries), for maps',
  tag: 'entities',
  query: PlaceListQuery,
  response: PlaceList,
  async handle({ query, corpus }) {
    const all = placeList(await corpus());
    const keys = query.keys ? new Set(query.keys.split(',')) : null;
    const items = (keys ? all.filter((p) => keys.has(p.key)) : all).slice(0, query.limit);
    return { json: { items, total: all.length } };
  },
});
