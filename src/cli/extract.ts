import { parseDate } from '../ingest/dates.ts';
import type { readSource } from '../ingest/index.ts';
import { isFailure } from '../model/source.ts';
import { type Command, println } from './command.ts';
import { describeDocument } from './show.ts';

/** `sitrep extract FILE` */
export const extractCommand: Command = {
  name: 'extract',
  summary:
    'Read one file and print what sitrep finds in it, without touching the database. With --json, prints the sitrep/document@1 JSON (an array when the file holds several documents, as feeds do).',
  usage: 'extract FILE [--json] [--published ISO] [--url URL]',
  flags: {
    json: { type: 'boolean', help: 'print the document JSON' },
    published: {
      type: 'string',
      value: 'ISO',
      help: 'publication date to use instead of what the file says',
    },
    url: { type: 'string', value: 'URL', help: 'source URL to use instead of what the file says' },
  },
  examples: [
    'sitrep extract examples/markdown/article.md --json',
    'sitrep extract page.html --json --published 2022-01-17 --url https://example.test/a',
  ],
  async run(ctx) {
    // The reading pipeline loads with the command that reads (see serve.ts).
    const [{ buildDocument, finalizeSource }, { loadInput }, { readSource }] = await Promise.all([
      import('../app/document.ts'),
      import('../app/inputs.ts'),
      import('../ingest/index.ts'),
    ]);
    const [file, ...rest] = ctx.positionals;
    if (!file || rest.length > 0) {
      println(ctx.err, 'sitrep extract: give exactly one FILE (see sitrep extract --help)');
      return 2;
    }
    const publishedFlag = ctx.flags.published as string | undefined;
    const published = publishedFlag === undefined ? undefined : parseDate(publishedFlag);
    if (published === null) {
      println(ctx.err, `sitrep extract: --published is not a date: ${publishedFlag}`);
      return 2;
    }
    const url = ctx.flags.url as string | undefined;
    if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) {
      println(ctx.err, `sitrep extract: --url must be an http(s) URL: ${url}`);
      return 2;
    }
    let results: ReturnType<typeof readSource>;
    try {
      const { raw } = await loadInput({ origin: file });
      results = readSource(file, raw, { referenceYear: new Date().getUTCFullYear() });
    } catch (e) {
      const err = e as { code?: string; message: string };
      println(ctx.err, `error: ${file}: ${err.code ?? 'ERROR'}: ${err.message}`);
      return 1;
    }
    const docs = [];
    let failed = 0;
    for (const r of results) {
      if (isFailure(r)) {
        println(ctx.err, `error: ${r.origin}: ${r.code}: ${r.message}`);
        failed++;
        continue;
      }
      docs.push(buildDocument(finalizeSource(r, new Date(), { published, url })));
    }
    if (ctx.flags.json) println(ctx.out, JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2));
    else for (const d of docs) println(ctx.out, describeDocument(d, ctx.out));
    return failed > 0 ? 1 : 0;
  },
};
