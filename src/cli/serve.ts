import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT } from '../api/defaults.ts';
import type { RunningApi } from '../api/server.ts';
import type { Store } from '../store/types.ts';
import { type Command, type CommandContext, println } from './command.ts';
import { WEB_DIST } from './web.ts';

/** How `serveUntilStopped` listens. */
export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly cors: string | null;
  readonly maxBody: number;
}

/**
 * Serves the API, and the web UI when it is built (web/dist), until SIGINT or SIGTERM; closes the
 * store after. Prints where to go.
 */
export async function serveUntilStopped(ctx: CommandContext, store: Store, o: ServeOptions): Promise<number> {
  const token = process.env.SITREP_TOKEN || null;
  const ui = existsSync(join(WEB_DIST, 'index.html'));
  // Loaded when serving only: the server and the reading pipeline behind ingest take most of a
  // second to load, which every other command would pay at start-up.
  const { startApiServer } = await import('../api/server.ts');
  let api: RunningApi;
  try {
    api = await startApiServer({
      store,
      host: o.host,
      port: o.port,
      token,
      cors: o.cors,
      maxBodyBytes: o.maxBody,
      webRoot: ui ? WEB_DIST : null,
      log: (line) => println(ctx.err, line),
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  if (ui) println(ctx.out, `sitrep web UI on ${api.url}/`);
  println(
    ctx.out,
    `sitrep API on ${api.url}/api (OpenAPI: ${api.url}/api/openapi.json)${token ? ', token required' : ''}`,
  );
  if (!ui) println(ctx.out, 'The web UI is not built: run npm run build:web (npm start builds it).');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await api.close();
  await store.close();
  return 0;
}

/** `sitrep serve`: the HTTP API (JSON, OpenAPI-described) on loopback unless a token is set. */
export const serveCommand: Command = {
  name: 'serve',
  summary:
    'Serve the web UI (when built) and the HTTP API (JSON; OpenAPI 3.1 at /api/openapi.json). Binding to a non-loopback address requires SITREP_TOKEN, then sent as a Bearer token.',
  usage: 'serve [--host 127.0.0.1] [--port 8787] [--cors ORIGIN] [--max-body BYTES]',
  flags: {
    host: { type: 'string', value: 'HOST', help: `address to listen on (default ${DEFAULT_HOST})` },
    port: { type: 'string', value: 'PORT', help: `port (default ${DEFAULT_PORT}; 0 picks a free one)` },
    cors: { type: 'string', value: 'ORIGIN', help: 'allow this browser origin (or *) to call the API' },
    'max-body': {
      type: 'string',
      value: 'BYTES',
      help: `largest request body (default ${DEFAULT_MAX_BODY_BYTES})`,
    },
  },
  examples: [
    'sitrep serve',
    'curl -s localhost:8787/api/search?q=Lukashenko',
    'SITREP_TOKEN=s3cret sitrep serve --host 0.0.0.0 --port 8080',
  ],
  async run(ctx) {
    const host = (ctx.flags.host as string | undefined) ?? DEFAULT_HOST;
    const port = Number(ctx.flags.port ?? DEFAULT_PORT);
    const maxBody = Number(ctx.flags['max-body'] ?? DEFAULT_MAX_BODY_BYTES);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      println(ctx.err, 'sitrep serve: --port must be 0–65535');
      return 2;
    }
    if (!Number.isInteger(maxBody) || maxBody < 1) {
      println(ctx.err, 'sitrep serve: --max-body must be a positive number of bytes');
      return 2;
    }
    return serveUntilStopped(ctx, ctx.openStore(), {
      host,
      port,
      cors: (ctx.flags.cors as string | undefined) ?? null,
      maxBody,
    });
  },
};
