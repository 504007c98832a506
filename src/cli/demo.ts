import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../app/ingest.ts';
import type { DocumentJson } from '../model/document.ts';
import { type Command, println } from './command.ts';
import { colors } from './format.ts';
import { summaryLine } from './list.ts';
import { factCounts } from './show.ts';

/** The bundled sample corpus. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** `sitrep demo`: what `npm start` runs. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Ingest the bundled sample corpus (examples/) into the database and print what it holds.',
  usage: 'demo [--db PATH]',
  flags: {},
  examples: ['npm start', 'sitrep demo --db /tmp/demo.db'],
  async run(ctx) {
    const c = colors(ctx.out);
    const store = ctx.openStore();
    try {
      println(ctx.out, c.bold(`Ingesting the sample corpus ${EXAMPLES_DIR} into ${ctx.dbPath}`));
      // The corpus lives in one folder per format; the folder's own README is not an article.
      const folders = readdirSync(EXAMPLES_DIR, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(EXAMPLES_DIR, e.name));
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
      println(ctx.out, `\n${c.bold('Documents')} (id, published, date origin, outlet, title)`);
      for (const d of docs) println(ctx.out, `  ${summaryLine(d, ctx.out)}`);
      println(
        ctx.out,
        `\nNext: sitrep show ID · sitrep search "Allied Resolve" · sitrep extract FILE --json · sitrep --help`,
      );
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
