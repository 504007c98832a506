import { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT, startApiServer } from '../api/server.ts';
import { type Command, println } from './command.ts';

/** `sitrep serve`: the HTTP API (JSON, OpenAPI-described) on loopback unless a token is set. */
export const serveCommand: Command = {
  name: 'serve',
  summary:
    'Serve the HTTP API (JSON; OpenAPI 3.1 at /api/openapi.json). Binding to a non-loopback address requires SITREP_TOKEN, then sent as a Bearer token.',
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
    const token = process.env.SITREP_TOKEN || null;
    const store = ctx.openStore();
    let api: Awaited<ReturnType<typeof startApiServer>>;
    try {
      api = await startApiServer({
        store,
        host,
        port,
        token,
        cors: (ctx.flags.cors as string | undefined) ?? null,
        maxBodyBytes: maxBody,
        log: (line) => println(ctx.err, line),
      });
    } catch (e) {
      await store.close();
      throw e;
    }
    println(
      ctx.out,
      `sitrep API on ${api.url}/api (OpenAPI: ${api.url}/api/openapi.json)${token ? ', token required' : ''}`,
    );
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
  },
};
