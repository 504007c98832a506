import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT } from '../api/defaults.ts';
import type { DocumentJson } from '../model/document.ts';
import { type Command, println } from './command.ts';
import { colors, safe, truncate } from './format.ts';
import { summaryLine } from './list.ts';
import { serveUntilStopped } from './serve.ts';
import { factCounts } from './show.ts';
import { ensureWebBundle } from './web.ts';

/** The bundled sample corpus. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** How many rows each highlight shows. */
const TOP = 8;

/**
 * What the extractors found across the corpus: the most-mentioned entities, troop figures with
 * their claimants, and a few attributed quotes. Built from the document JSON alone.
 */
function printHighlights(
  out: NodeJS.WritableStream & { isTTY?: boolean },
  docs: readonly DocumentJson[],
): void {
  const c = colors(out);
  const entities = new Map<string, { name: string; type: string; docs: Set<string>; mentions: number }>();
  for (const d of docs) {
    for (const e of d.entities) {
      const key = `${e.type}:${e.key}`;
      const row = entities.get(key) ?? { name: e.name, type: e.type, docs: new Set(), mentions: 0 };
      row.docs.add(d.id);
      row.mentions += e.mentions.length;
      entities.set(key, row);
    }
  }
  if (entities.size > 0) {
    println(out, `\n${c.bold('Most reported entities')} (documents, mentions)`);
    const top = [...entities.values()]
      .sort((a, b) => b.docs.size - a.docs.size || b.mentions - a.mentions)
      .slice(0, TOP * 2);
    for (const e of top)
      println(
        out,
        `  ${safe(e.name).padEnd(30)} ${e.type.padEnd(13)} ${String(e.docs.size).padStart(3)} ${String(e.mentions).padStart(4)}`,
      );
  }
  const figures = docs.flatMap((d) =>
    d.quantities
      .filter((q) => q.unit === 'troops' || q.unit === 'soldiers')
      .map((q) => {
        const quote = d.quotes.find((x) => x.span[0] <= q.span[0] && q.span[1] <= x.span[1]);
        return { d, q, claimant: quote?.speakerText ?? null };
      }),
  );
  if (figures.length > 0) {
    println(out, `\n${c.bold('Troop figures')} (as each source gives them)`);
    for (const { d, q, claimant } of figures.slice(0, TOP * 2)) {
      const about = q.about ? (d.entities.find((e) => e.id === q.about)?.name ?? q.about) : '-';
      println(
        out,
        `  ${(d.published.value ?? '').slice(0, 10)}  ${truncate(safe(q.text), 28).padEnd(28)} ${q.qualifier.padEnd(9)} about ${truncate(safe(about), 20).padEnd(20)} ${claimant ? `claimed by ${safe(claimant)}` : ''}  [${safe(d.source.outlet ?? '-')}]`,
      );
    }
  }
  const quotes = docs.flatMap((d) =>
    d.quotes.filter((q) => q.direct && q.speakerText).map((q) => ({ d, q })),
  );
  if (quotes.length > 0) {
    println(out, `\n${c.bold('Quotes')} (${quotes.length} direct; a few)`);
    for (const { d, q } of quotes.slice(0, TOP)) {
      println(
        out,
        `  “${truncate(safe(q.text), 70)}” — ${safe(q.speakerText ?? '?')}${q.viaText ? ` via ${safe(q.viaText)}` : ''} [${safe(d.source.outlet ?? '-')}]`,
      );
    }
  }
}

/** `sitrep demo`: what `npm start` runs. */
export const demoCommand: Command = {
  name: 'demo',
  summary:
    'Ingest the bundled sample corpus (examples/) into the database and print what it holds; with --serve, then serve the web UI (building it when missing or stale).',
  usage: 'demo [--db PATH] [--serve] [--port 8787]',
  flags: {
    serve: { type: 'boolean', help: 'then serve the web UI and the API (what npm start does)' },
    port: {
      type: 'string',
      value: 'PORT',
      help: `port for --serve (default ${DEFAULT_PORT}; 0 picks a free one)`,
    },
  },
  examples: ['npm start', 'sitrep demo --db /tmp/demo.db', 'sitrep demo --serve --port 0'],
  async run(ctx) {
    const c = colors(ctx.out);
    const port = Number(ctx.flags.port ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      println(ctx.err, 'sitrep demo: --port must be 0–65535');
      return 2;
    }
    const store = ctx.openStore();
    let serving = false;
    try {
      println(ctx.out, c.bold(`Ingesting the sample corpus ${EXAMPLES_DIR} into ${ctx.dbPath}`));
      // The corpus lives in one folder per format; the folder's own README is not an article.
      const folders = readdirSync(EXAMPLES_DIR, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(EXAMPLES_DIR, e.name));
      const { ingestPaths } = await import('../app/ingest.ts');
      const summary = await ingestPaths(store, folders);
      for (const f of summary.items.filter((i) => i.status === 'failed'))
        println(ctx.err, `error: ${f.origin}: ${f.code}: ${f.message}`);
      println(
        ctx.out,
        `${summary.new} new, ${summary.unchanged} unchanged, ${summary.updated} updated, ${summary.failed} failed\n`,
      );

      const stats = await store.stats();
      const docs = await store.list({ limit: 1000 });
      println(ctx.out, c.bold(`The database holds ${stats.current} documents`));
      println(
        ctx.out,
        `  published   ${stats.firstPublished?.slice(0, 10) ?? '-'} to ${stats.lastPublished?.slice(0, 10) ?? '-'}`,
      );
      println(ctx.out, `  formats     ${stats.formats.map((f) => `${f.format} ${f.documents}`).join(', ')}`);
      println(
        ctx.out,
        `  outlets     ${stats.outlets.map((o) => `${o.outlet} (${o.documents})`).join(', ')}`,
      );

      const totals = new Map<string, number>();
      const full: DocumentJson[] = [];
      for (const d of docs) {
        const doc = await store.get(d.id);
        if (!doc) continue;
        full.push(doc.json);
        for (const part of factCounts(doc.json).split(', ')) {
          const [n, label] = part.split(' ');
          totals.set(label!, (totals.get(label!) ?? 0) + Number(n));
        }
      }
      println(ctx.out, `  extracted   ${[...totals].map(([k, v]) => `${v} ${k}`).join(', ')}`);
      const updates = full.flatMap((d) => d.updates.map((u) => ({ d, u })));
      const datelines = full.filter((d) => d.dateline);
      println(
        ctx.out,
        `  updates     ${updates.length} notes: ${updates.map(({ u }) => u.value ?? '?').join(', ')}`,
      );
      println(
        ctx.out,
        `  datelines   ${datelines.map((d) => `${d.dateline!.place ?? '?'} (${d.dateline!.outlet ?? '-'})`).join(', ')}`,
      );
      printHighlights(ctx.out, full);
      println(ctx.out, `\n${c.bold('Documents')} (id, published, date origin, outlet, title)`);
      for (const d of docs) println(ctx.out, `  ${summaryLine(d, ctx.out)}`);
      println(
        ctx.out,
        `\nNext: sitrep show ID · sitrep search "Allied Resolve" · sitrep extract FILE --json · sitrep --help`,
      );
      if (!ctx.flags.serve) return summary.failed > 0 ? 1 : 0;
      if (await ensureWebBundle()) println(ctx.out, '\nBuilt the web UI (web/dist).');
      println(ctx.out, '');
      serving = true;
      return await serveUntilStopped(ctx, store, {
        host: DEFAULT_HOST,
        port,
        cors: null,
        maxBody: DEFAULT_MAX_BODY_BYTES,
      });
    } finally {
      if (!serving) await store.close();
    }
  },
};
