import type { DocumentJson } from '../model/document.ts';
import { type Command, println } from './command.ts';
import { colors, safe } from './format.ts';

/** Counts of what the reader found, in a fixed order. */
export function factCounts(d: DocumentJson): string {
  return [
    `${d.sentences.length} sentences`,
    `${d.times.length} times`,
    `${d.entities.length} entities`,
    `${d.quantities.length} quantities`,
    `${d.quotes.length} quotes`,
    `${d.events.length} events`,
  ].join(', ');
}

/** A readable account of one document: metadata, what the reader found, diagnostics. */
export function describeDocument(d: DocumentJson, stream: { isTTY?: boolean }, withText = false): string {
  const c = colors(stream);
  const lines = [
    c.bold(safe(d.title ?? '(untitled)')),
    `  id         ${d.id}`,
    `  outlet     ${safe(d.source.outlet ?? '-')}    format ${d.source.format}    language ${d.language ?? '-'}`,
    `  url        ${safe(d.source.url ?? '-')}`,
    `  origin     ${safe(d.source.origin)}`,
    `  published  ${d.published.value ?? '-'} (from ${d.published.from ?? '-'})${d.modified ? `    modified ${d.modified}` : ''}`,
  ];
  if (d.dateline) {
    lines.push(
      `  dateline   ${safe(d.text.slice(d.dateline.span[0], d.dateline.span[1]))} → place ${d.dateline.place ?? '-'}, outlet ${d.dateline.outlet ?? '-'}`,
    );
  }
  for (const u of d.updates)
    lines.push(`  update     ${u.value ?? '?'}: ${safe(d.text.slice(u.span[0], u.span[1]))}`);
  if (d.links.length) lines.push(`  links      ${d.links.length}`);
  lines.push(`  found      ${factCounts(d)}`);
  for (const g of d.diagnostics) lines.push(`  ${c.yellow('note')}       ${g.code}: ${safe(g.message)}`);
  if (withText) lines.push('', safe(d.text).replace(/\n{3,}/g, '\n\n'));
  return lines.join('\n');
}

/** `sitrep show ID` */
export const showCommand: Command = {
  name: 'show',
  summary:
    'Show one stored document: metadata, what was extracted, and its text. An id prefix of 6+ characters is enough.',
  usage: 'show ID [--json] [--raw]',
  flags: {
    json: { type: 'boolean', help: 'print the stored sitrep/document@1 JSON' },
    raw: { type: 'boolean', help: 'print the raw source as it was ingested' },
  },
  examples: ['sitrep show d3f2a9c1', 'sitrep show d3f2a9c1 --json | jq .sentences'],
  async run(ctx) {
    const [id] = ctx.positionals;
    if (!id) {
      println(ctx.err, 'sitrep show: give a document ID (see sitrep list)');
      return 2;
    }
    const store = ctx.openStore();
    try {
      const doc = await store.get(id);
      if (!doc) {
        println(ctx.err, `sitrep show: no document with id ${id}`);
        return 1;
      }
      if (ctx.flags.raw) ctx.out.write(Buffer.from(doc.raw));
      else if (ctx.flags.json) println(ctx.out, JSON.stringify(doc.json, null, 2));
      else {
        println(ctx.out, describeDocument(doc.json, ctx.out, true));
        const revs = await store.revisions(doc.storyKey);
        if (revs.length > 1) {
          println(
            ctx.out,
            `\nrevisions: ${revs.map((r) => `${r.revision}:${r.id}${r.id === doc.id ? '*' : ''}`).join('  ')}`,
          );
        }
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
