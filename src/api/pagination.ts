import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from './problem.ts';

/** Page size when the client gives none, and the most a client may ask for. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/**
 * Cursors are opaque to clients: base64url JSON of the position in a stable order, with a short
 * hash of the query they belong to, so that a cursor replayed against other filters is refused.
 */
export function encodeCursor(position: unknown, scope: string): string {
  return Buffer.from(JSON.stringify({ p: position, s: scopeHash(scope) }), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` for the same scope; 400 naming `cursor` otherwise. */
export function decodeCursor<T>(cursor: string, scope: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('is not a cursor returned by this API');
  }
  const o = parsed as { p?: unknown; s?: unknown } | null;
  if (!o || typeof o !== 'object' || o.s !== scopeHash(scope))
    throw badCursor('belongs to a different query; start again without it');
  const r = schema.safeParse(o.p);
  if (!r.success) throw badCursor('is not a cursor returned by this API');
  return r.data;
}

function badCursor(why: string): ApiError {
  return new ApiError('API_BAD_REQUEST', `cursor ${why}`, [{ field: 'query.cursor', message: why }]);
}

function scopeHash(scope: string): string {
  return createHash('sha256').update(scope).digest('base64url').slice(0, 10);
}

/** A page of an in-memory list sorted in a stable order, resumed after the cursor's position. */
export function pageOf<T, P>(
  sorted: readonly T[],
  limit: number,
  after: P | null,
  position: (item: T) => P,
  isAfter: (item: T, p: P) => boolean,
): { items: T[]; last: P | null } {
  let start = 0;
  if (after !== null) {
    // Binary search for the first item past the position (the list is sorted by the same key).
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isAfter(sorted[mid]!, after)) hi = mid;
      else lo = mid + 1;
    }
    start = lo;
  }
  const items = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  return { items, last: more && items.length > 0 ? position(items.at(-1)!) : null };
}
