import { type Command, println } from './command.ts';
import { ingestProgress } from './progress.ts';

/** `sitrep ingest PATH...` */
export const ingestCommand: Command = {
  name: 'ingest',
  summary:
    'Read articles into the database: Markdown, HTML, plain text, JSON, JSON Lines, RSS and Atom files, directories (recursively), globs, or - for standard input. Ends with one summary line; exits 1 when anything failed.',
  usage: 'ingest PATH... [--max-mb N] [--json]',
  flags: {
    'max-mb': { type: 'string', value: 'N', help: 'largest file accepted, in MB (default 32)' },
    json: { type: 'boolean', help: 'print the per-document results as JSON instead of lines' },
  },
  examples: [
    'sitrep ingest examples/',
    "sitrep ingest 'news/**/*.html' feed.xml",
    'curl -s URL | sitrep ingest -',
  ],
  async run(ctx) {
    if (ctx.positionals.length === 0) {
      println(ctx.err, 'sitrep ingest: give at least one PATH (see sitrep ingest --help)');
      return 2;
    }
    const maxMb = ctx.flags['max-mb'] === undefined ? undefined : Number(ctx.flags['max-mb']);
    if (maxMb !== undefined && !(maxMb > 0)) {
      println(ctx.err, `sitrep ingest: --max-mb must be a positive number, got ${ctx.flags['max-mb']}`);
      return 2;
    }
    const store = ctx.openStore();
    try {
      const json = ctx.flags.json === true;
      // The reading pipeline loads with the command that reads (see serve.ts).
      const { ingestPaths } = await import('../app/ingest.ts');
      const summary = await ingestPaths(store, ctx.positionals, {
        maxBytes: maxMb ? Math.round(maxMb * 1024 * 1024) : undefined,
        progress: json ? undefined : ingestProgress(ctx.out, ctx.err),
      });
      if (json) println(ctx.out, JSON.stringify(summary));
      println(
        json ? ctx.err : ctx.out,
        `${summary.new} new, ${summary.unchanged} unchanged, ${summary.updated} updated, ${summary.failed} failed`,
      );
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
