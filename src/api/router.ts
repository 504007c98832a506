import type { z } from 'zod';
import type { Store } from '../store/types.ts';
import { ApiError } from './problem.ts';
import type { Corpus } from './views/corpus.ts';

/** What a handler gets: validated parameters, query and body, the store and the cross-document index. */
export interface RouteContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly store: Store;
  /** The cross-document index, rebuilt when the store has changed. */
  corpus(): Promise<Corpus>;
}

/** What a handler answers: JSON (the default), or raw bytes with their media type. */
export type Reply =
  | { readonly json: unknown; readonly status?: number }
  /** JSON already serialised with `safeJson`, as text or UTF-8 (answers assembled from kept parts). */
  | {
      readonly jsonText: string | Uint8Array;
      /** `etagOf(jsonText)` when the answer is kept encoded with its tag (saves hashing it again). */
      readonly etag?: string;
    }
  | { readonly raw: Uint8Array; readonly contentType: string };

/** One operation: where it lives, what it accepts and returns (zod), and what it does. */
export interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: z.ZodType;
  readonly query: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /** Media type of the success response when it is not JSON. */
  readonly produces?: string;
  readonly status?: number;
  handle(ctx: RouteContext<unknown, unknown, unknown>): Promise<Reply>;
}

/** Defines a route with handler types inferred from its schemas. */
export function defineRoute<
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  Q extends z.ZodType = z.ZodType<Record<string, never>>,
  B extends z.ZodType = z.ZodType<undefined>,
>(route: {
  method: 'GET' | 'POST';
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: P;
  query: Q;
  body?: B;
  response: z.ZodType;
  produces?: string;
  status?: number;
  handle(ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<Reply>;
}): Route {
  return route as unknown as Route;
}

/** The result of matching a request path. */
export type Match =
  | { readonly route: Route; readonly params: Record<string, string> }
  | { readonly route: null; readonly allowed: readonly string[] };

/** Compiles the route table into a matcher over `/`-separated segments with `{name}` captures. */
export function compileRoutes(routes: readonly Route[]): (method: string, pathname: string) => Match | null {
  const compiled = routes.map((r) => ({ route: r, segments: r.path.split('/').slice(1) }));
  return (method, pathname) => {
    const parts = pathname.split('/').slice(1);
    if (parts.length > 1 && parts.at(-1) === '') parts.pop();
    const allowed: string[] = [];
    for (const { route, segments } of compiled) {
      if (segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const s = segments[i]!;
        if (s.startsWith('{')) {
          try {
            params[s.slice(1, -1)] = decodeURIComponent(parts[i]!);
          } catch {
            throw new ApiError('API_BAD_REQUEST', `path segment ${i + 1} is not valid percent-encoding`, [
              { field: `path.${s.slice(1, -1)}`, message: 'invalid percent-encoding' },
            ]);
          }
          ok = params[s.slice(1, -1)] !== '';
        } else ok = s === parts[i];
      }
      if (!ok) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { route: null, allowed } : null;
  };
}
