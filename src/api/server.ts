import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { SitrepError } from '../model/errors.ts';
import type { Store } from '../store/types.ts';
import { checkBearer, isLoopback } from './auth.ts';
import { CorpusCache } from './corpus-cache.ts';
import { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT } from './defaults.ts';
import { etagOf, notModified } from './etag.ts';
import { ROUTES } from './handlers/index.ts';
import { SECURITY_HEADERS } from './headers.ts';
import { safeJson } from './json.ts';
import { ApiError, type FieldError, toProblem } from './problem.ts';
import { cacheKey, ResponseCache } from './response-cache.ts';
import { compileRoutes, type Reply } from './router.ts';
import { createStaticHandler } from './static.ts';

export { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT } from './defaults.ts';

/** Answers kept by the response cache, their bytes in all, and the largest one kept. */
const MAX_CACHED_RESPONSES = 1024;
const MAX_CACHED_TOTAL_BYTES = 64 * 1024 * 1024;
const MAX_CACHED_BYTES = 1024 * 1024;

/** How the API server is set up. */
export interface ApiOptions {
  readonly store: Store;
  readonly host?: string;
  readonly port?: number;
  /** Bearer token every request must carry; required when `host` is not loopback. */
  readonly token?: string | null;
  /** The one origin (or `*`) allowed to call the API from a browser; no CORS headers otherwise. */
  readonly cors?: string | null;
  readonly maxBodyBytes?: number;
  /** Answers requests outside `/api` (the web UI); returns false to let the API answer 404. */
  readonly fallback?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Folder of the built web UI (`web/dist`), served outside `/api` when no `fallback` is given. */
  readonly webRoot?: string | null;
  /**
   * Keep recent GET answers per store version, keyed by path and sorted query (default true; the
   * bench measures with it off as well, to show what an answer costs to make).
   */
  readonly cache?: boolean;
  /** Build the cross-document index at start (default true). */
  readonly warm?: boolean;
  /** Where server faults are reported (default: stderr). */
  readonly log?: (line: string) => void;
}

/** A running API server. */
export interface RunningApi {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** zod issues as named fields (`query.limit`); for unions, the branch that came closest. */
export function fieldErrors(where: string, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const out: FieldError[] = [];
  for (const i of issues) {
    const path = [where, ...i.path.map(String)].join('.');
    if (i.code === 'invalid_union' && i.errors.length > 0) {
      const best = [...i.errors].sort((a, b) => a.length - b.length)[0]!;
      if (best.length > 0) {
        out.push(...fieldErrors(path, best));
        continue;
      }
    }
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ field: `${path}.${k}`, message: 'unknown parameter or field' });
      continue;
    }
    out.push({ field: path, message: i.message });
  }
  return out;
}

function validate<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const errors = fieldErrors(where, r.error.issues);
  throw new ApiError(
    'API_BAD_REQUEST',
    `invalid ${errors.map((e) => `${e.field} (${e.message})`).join(', ')}`,
    errors,
  );
}

function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (k in out)
      throw new ApiError('API_BAD_REQUEST', `query parameter ${k} is repeated`, [
        { field: `query.${k}`, message: 'give it once' },
      ]);
    out[k] = v;
  }
  return out;
}

/**
 * Refuses a change a browser sends from another site (cross-site request forgery: a page anywhere
 * could otherwise undo merges or ingest text on a loopback server): its `Origin` must be the
 * server's own or the one `--cors` allows, and `Sec-Fetch-Site` must not say cross-site. Clients
 * that are no browser send neither header.
 */
function refuseCrossSite(req: IncomingMessage, cors: string | null): void {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  const allowed = (o: string) => cors === '*' || o === cors;
  if (origin && origin !== 'null') {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== req.headers.host && !allowed(origin))
      throw new ApiError('API_FORBIDDEN', `changes from ${origin} are refused`);
  } else if (origin === 'null' && !allowed('null')) {
    throw new ApiError('API_FORBIDDEN', 'changes from an opaque origin are refused');
  }
  if (site === 'cross-site' && !(origin && allowed(origin)))
    throw new ApiError('API_FORBIDDEN', 'changes from another site are refused');
}

/** The request's JSON body; `optional`: a route that takes none accepts an empty one. */
async function readBody(req: IncomingMessage, max: number, optional = false): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const declaredLength = Number(req.headers['content-length'] ?? '0');
  if (optional && type === '' && declaredLength === 0 && req.headers['transfer-encoding'] === undefined)
    return undefined;
  if (type !== 'application/json')
    throw new ApiError(
      'API_UNSUPPORTED_MEDIA_TYPE',
      `send the body as application/json, not ${type || 'nothing'}`,
    );
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > max)
    throw new ApiError('API_TOO_LARGE', `body of ${declared} bytes is over the limit of ${max}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new ApiError('API_TOO_LARGE', `body is over the limit of ${max} bytes`);
    chunks.push(chunk);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError('API_BAD_REQUEST', 'body is not valid UTF-8', [
      { field: 'body', message: 'not UTF-8' },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError('API_BAD_REQUEST', `body is not valid JSON: ${(e as Error).message}`, [
      { field: 'body', message: 'not valid JSON' },
    ]);
  }
}

/** The request handler of the API (for embedding in another server, e.g. beside the web UI). */
export function createApiHandler(options: ApiOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { store, token = null, cors = null } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const host = options.host ?? DEFAULT_HOST;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const match = compileRoutes(ROUTES);
  const fallback = options.fallback ?? (options.webRoot ? createStaticHandler(options.webRoot) : undefined);
  const responseCache =
    options.cache === false
      ? null
      : new ResponseCache(MAX_CACHED_RESPONSES, MAX_CACHED_TOTAL_BYTES, MAX_CACHED_BYTES, true);
  const cache = new CorpusCache(store);
  const corpus = () => cache.get();
  // Build the cross-document index and the search term index now rather than on the first request
  // (errors surface there).
  if (options.warm !== false) {
    cache.get().catch(() => {});
    store.warmSearch?.().catch(() => {});
  }
  // Without a token, only a loopback Host is served: a web page cannot reach us by DNS rebinding.
  const checkHost = !token && isLoopback(host);

  const send = (
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body?: string | Uint8Array,
  ) => {
    if (res.headersSent) return;
    res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
    res.end(body);
  };
  const sendProblem = (
    req: IncomingMessage,
    res: ServerResponse,
    e: ApiError,
    extra: Record<string, string> = {},
  ) => {
    const instance = (req.url ?? '').split('?')[0];
    send(
      res,
      e.status,
      { 'Content-Type': 'application/problem+json; charset=utf-8', ...extra },
      safeJson(toProblem(e, instance)),
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // (A path opening with `//` is read as a path, not as a URL without its scheme: `new URL('//')`
    // throws, and `GET //` answered 500.)
    const url = new URL((req.url ?? '/').replace(/^\/{2,}/, '/'), 'http://localhost');
    const method = req.method ?? 'GET';
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
      if (fallback && (await fallback(req, res))) return;
      throw new ApiError('API_NOT_FOUND', `nothing at ${url.pathname}`);
    }
    if (checkHost) {
      const h = (req.headers.host ?? '').replace(/:\d+$/, '');
      if (!isLoopback(h))
        throw new ApiError('API_BAD_REQUEST', 'Host must be a loopback name or address', [
          { field: 'header.host', message: 'not a loopback host' },
        ]);
    }
    const corsHeaders: Record<string, string> = {};
    const origin = req.headers.origin;
    if (cors && origin && (cors === '*' || origin === cors)) {
      corsHeaders['Access-Control-Allow-Origin'] = cors === '*' ? '*' : origin;
      corsHeaders['Access-Control-Expose-Headers'] = 'ETag';
      corsHeaders.Vary = 'Origin';
    }
    if (method === 'OPTIONS' && cors) {
      send(res, 204, {
        ...corsHeaders,
        'Access-Control-Allow-Methods': 'GET, HEAD, POST',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
      return;
    }
    if (token && !checkBearer(req.headers.authorization, token)) {
      sendProblem(req, res, new ApiError('API_UNAUTHORIZED'), {
        ...corsHeaders,
        'WWW-Authenticate': 'Bearer realm="sitrep"',
      });
      return;
    }
    const m = match(method, url.pathname);
    if (!m) throw new ApiError('API_NOT_FOUND', `no resource at ${url.pathname}`);
    if (!m.route) {
      const allow = [...new Set(m.allowed.flatMap((a) => (a === 'GET' ? ['GET', 'HEAD'] : [a])))].join(', ');
      sendProblem(
        req,
        res,
        new ApiError('API_METHOD_NOT_ALLOWED', `${method} is not supported here; use ${allow}`),
        {
          ...corsHeaders,
          Allow: allow,
        },
      );
      return;
    }
    const { route } = m;
    if (route.method !== 'GET') refuseCrossSite(req, cors);
    // GET answers depend only on the store, whose version changes on every write: cache them by URL.
    const cacheable = responseCache !== null && route.method === 'GET';
    const version = cacheable ? await store.version() : '';
    const key = cacheable ? cacheKey(url) : '';
    const cached = cacheable ? responseCache.get(key, version) : undefined;
    if (cached) {
      if (notModified(req.headers['if-none-match'], cached.etag)) {
        send(res, 304, { ...corsHeaders, ETag: cached.etag });
        return;
      }
      send(
        res,
        200,
        {
          ...corsHeaders,
          'Content-Type': cached.contentType,
          'Content-Length': String(cached.bytes),
          ETag: cached.etag,
        },
        cached.payload,
      );
      return;
    }
    const params = route.params ? validate(route.params, m.params, 'path') : {};
    const query = validate(route.query, queryObject(url), 'query');
    // Every change is asked for in JSON, with or without a body: a page of another site can send a
    // form or a `no-cors` fetch with no preflight, but not `application/json` (`refuseCrossSite`).
    const sent = route.method === 'GET' ? undefined : await readBody(req, maxBody, !route.body);
    const body = route.body ? validate(route.body, sent, 'body') : undefined;
    const reply: Reply = await route.handle({ params, query, body, store, corpus });
    // JSON stays a string to the socket: a Buffer per answer (most are over Node's 4 KB pool size)
    // is off-heap memory, and V8 answers that much of it with full collections of a heap holding
    // the cross-document index (a ~1 s marking every few seconds under load). The hash and the
    // length read the string's UTF-8 bytes as the socket writes them.
    let payload: string | Uint8Array;
    let contentType: string;
    if ('raw' in reply) {
      payload = reply.raw;
      contentType = reply.contentType;
    } else {
      payload = 'jsonText' in reply ? reply.jsonText : safeJson(reply.json);
      contentType = 'application/json; charset=utf-8';
    }
    const bytes = typeof payload === 'string' ? Buffer.byteLength(payload, 'utf8') : payload.byteLength;
    const etag = ('etag' in reply ? reply.etag : undefined) ?? etagOf(payload);
    const status =
      'raw' in reply ? 200 : (('json' in reply ? reply.status : undefined) ?? route.status ?? 200);
    if (cacheable && status === 200 && !('raw' in reply))
      responseCache.set(key, version, { etag, contentType, payload, bytes });
    if ((method === 'GET' || method === 'HEAD') && notModified(req.headers['if-none-match'], etag)) {
      send(res, 304, { ...corsHeaders, ETag: etag });
      return;
    }
    send(
      res,
      status,
      {
        ...corsHeaders,
        'Content-Type': contentType,
        'Content-Length': String(bytes),
        ETag: etag,
        ...('raw' in reply ? { 'Content-Disposition': 'inline; filename="source.txt"' } : {}),
      },
      payload,
    );
  };

  return (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof ApiError) {
        // An unread body would be parsed as the next request: close the connection instead.
        const extra: Record<string, string> =
          e.code === 'API_TOO_LARGE' || e.code === 'API_UNSUPPORTED_MEDIA_TYPE'
            ? { Connection: 'close' }
            : {};
        sendProblem(req, res, e, extra);
        return;
      }
      log(`sitrep serve: ${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}`);
      sendProblem(req, res, new ApiError('API_INTERNAL'));
    });
  };
}

/** Checks the options (a token for non-loopback hosts), then listens; resolves once listening. */
export async function startApiServer(options: ApiOptions): Promise<RunningApi> {
  const host = options.host ?? DEFAULT_HOST;
  if (!isLoopback(host) && !options.token)
    throw new SitrepError(
      'API_INSECURE_BIND',
      `refusing to listen on ${host} without a token: set SITREP_TOKEN, or bind to 127.0.0.1`,
    );
  const server = createServer(createApiHandler({ ...options, host }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
