import { z } from 'zod';
import { withSpellings } from '../../store/spellings.ts';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { defineRoute } from '../router.ts';
import { SearchQuery, SearchResult } from '../schemas.ts';

/** Turns the store's marked snippet (\u0001 … \u0002) into plain text and highlight ranges. */
export function splitSnippet(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const highlights: [number, number][] = [];
  let open = -1;
  let at = 0;
  for (let i = 0; i < marked.length; i++) {
    const c = marked.charCodeAt(i);
    if (c !== 1 && c !== 2) continue;
    snippet += marked.slice(at, i);
    at = i + 1;
    if (c === 1) open = snippet.length;
    else {
      if (open >= 0) highlights.push([open, snippet.length]);
      open = -1;
    }
  }
  return { snippet: snippet + marked.slice(at), highlights };
}

/** `GET /api/search`: full-text search with snippets, filters and facets. */
export const search = defineRoute({
  method: 'GET',
  path: '/api/search',
  operationId: 'search',
  summary: 'Full-text search (BM25, titles weigh more) with snippets, filters and facets',
  tag: 'search',
  query: SearchQuery,
  response: SearchResult,
  async handle({ query, store }) {
    const { limit, cursor, q, ...filters } = query;
    const scope = `search:${q}:${JSON.stringify(filters)}`;
    const offset = cursor ? decodeCursor(cursor, scope, z.number().int().min(0)) : 0;
    // A name is searched in every spelling the corpus gives it, as `sitrep search` does.
    const searched = await withSpellings(store, q);
    const page = await store.searchPage(searched, { ...filters, limit, offset });
    // Built field by field (object rest and spread take V8's slow path), in the order the hit has them.
    const items = page.hits.map((h) => {
      const { snippet, highlights } = splitSnippet(h.snippet);
      return {
        id: h.id,
        title: h.title,
        outlet: h.outlet,
        published: h.published,
        format: h.format,
        score: h.score,
        snippet,
        highlights,
      };
    });
    const next =
      offset + items.length < page.total && items.length > 0
        ? encodeCursor(offset + items.length, scope)
        : null;
    return { json: { items, next, total: page.total, facets: page.facets, searched } };
  },
});
