import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { ApiError } from '../problem.ts';
import { defineRoute } from '../router.ts';
import { DocumentDetail, DocumentIdParams, DocumentList, DocumentListQuery, EmptyQuery } from '../schemas.ts';

const Position = z.object({ published: z.string().nullable(), id: z.string() });

/** `GET /api/documents`: current documents, newest first, keyset-paged, filtered. */
export const listDocuments = defineRoute({
  method: 'GET',
  path: '/api/documents',
  operationId: 'listDocuments',
  summary: 'List current documents, newest first (undated last), with filters',
  tag: 'documents',
  query: DocumentListQuery,
  response: DocumentList,
  async handle({ query, store }) {
    const { limit, cursor, ...filters } = query;
    const scope = `documents:${JSON.stringify(filters)}`;
    const after = cursor ? decodeCursor(cursor, scope, Position) : null;
    const rows = await store.page({ ...filters, limit: limit + 1, after });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const next =
      rows.length > limit && last ? encodeCursor({ published: last.published, id: last.id }, scope) : null;
    return { json: { items, next, total: await store.count(filters) } };
  },
});

/** `GET /api/documents/{id}`: one document with its full JSON (every mention) and its revisions. */
export const getDocument = defineRoute({
  method: 'GET',
  path: '/api/documents/{id}',
  operationId: 'getDocument',
  summary: 'A document: metadata, revisions and the sitrep/document@1 JSON with every mention',
  tag: 'documents',
  params: DocumentIdParams,
  query: EmptyQuery,
  response: DocumentDetail,
  async handle({ params, store }) {
    const doc = await store.get(params.id);
    if (!doc) throw new ApiError('API_NOT_FOUND', `no document ${params.id}`);
    const { json, raw: _raw, offsets: _offsets, ...summary } = doc;
    const revisions = (await store.revisions(doc.storyKey)).map((r) => ({
      id: r.id,
      revision: r.revision,
      published: r.published,
    }));
    const corpus = await store.reconciledLinks(doc.id);
    return { json: { ...summary, revisions, document: json, corpus } };
  },
});

/** `GET /api/documents/{id}/raw`: the source as ingested, as plain text (never as HTML). */
export const getDocumentRaw = defineRoute({
  method: 'GET',
  path: '/api/documents/{id}/raw',
  operationId: 'getDocumentRaw',
  summary: 'The raw source as ingested, served as text/plain (or octet-stream if not UTF-8), never as HTML',
  tag: 'documents',
  params: DocumentIdParams,
  query: EmptyQuery,
  response: z.string(),
  produces: 'text/plain',
  async handle({ params, store }) {
    const doc = await store.get(params.id);
    if (!doc) throw new ApiError('API_NOT_FOUND', `no document ${params.id}`);
    let utf8 = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(doc.raw);
    } catch {
      utf8 = false;
    }
    return { raw: doc.raw, contentType: utf8 ? 'text/plain; charset=utf-8' : 'application/octet-stream' };
  },
});
