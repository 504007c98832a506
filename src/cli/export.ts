import type { Store } from '../store/types.ts';
import { type Command, println } from './command.ts';
import { dayFlag } from './reconciled-args.ts';

/** What `sitrep export` writes: one row per source's report, claim or quote, with its provenance. */
const KINDS = ['events', 'claims', 'quotes'] as const;
type Kind = (typeof KINDS)[number];

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

/** The most rows of a kind an export walks (a store of 10,000 articles holds far fewer). */
const MAX_ROWS = 5_000_000;
/** Documents read per page when quotes are exported. */
const PAGE = 200;

/**
 * A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a cell that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with an apostrophe, since
 * article text is data, not commands.
 */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The span columns of a row: start and end offsets in the document text. */
function spanCells(prefix: string, span: readonly [number, number] | null): Row {
  return { [`${prefix}Start`]: span ? span[0] : null, [`${prefix}End`]: span ? span[1] : null };
}

function inRange(day: string | null, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true;
  if (!day) return false;
  const d = day.slice(0, 10);
  return (!from || d >= from) && (!to || d <= to);
}

async function* eventRows(store: Store, from?: string, to?: string): AsyncGenerator<Row> {
  for (const entry of await store.timeline({ from, to, limit: MAX_ROWS })) {
    const e = await store.event(entry.id);
    if (!e) continue;
    for (const r of e.reportList) {
      yield {
        event: e.id,
        type: e.type,
        name: e.name,
        eventStart: e.start,
        eventEnd: e.end,
        doc: r.doc,
        outlet: r.outlet,
        published: r.published,
        status: r.status,
        start: r.start,
        end: r.end,
        timeText: r.timeText,
        ...spanCells('trigger', r.trigger),
        trigger: r.triggerText,
        actors: r.actors.join('; '),
        places: r.places.join('; '),
        claimedBy: r.claimedBy,
        copyOf: r.duplicateOf,
        by: r.by,
        sentence: r.sentenceText,
      };
    }
  }
}

async function* claimRows(store: Store, from?: string, to?: string): AsyncGenerator<Row> {
  for (const f of await store.claims('', MAX_ROWS)) {
    for (const c of f.claims) {
      if (!inRange(c.published, from, to)) continue;
      yield {
        figure: f.id,
        unit: f.unit,
        measure: f.measure,
        about: f.about,
        value: c.value,
        max: c.max,
        qualifier: c.qualifier,
        text: c.text,
        doc: c.doc,
        outlet: c.outlet,
        published: c.published,
        ...spanCells('span', c.span),
        claimant: c.claimant,
        relay: c.relay,
        copyOf: c.duplicateOf,
        by: c.by,
        sentence: c.sentenceText,
      };
    }
  }
}

async function* quoteRows(store: Store, from?: string, to?: string): AsyncGenerator<Row> {
  let after: string | null = null;
  for (;;) {
    const docs = await store.scanJson({ after, limit: PAGE });
    if (docs.length === 0) return;
    for (const d of docs) {
      const published = d.published?.value ?? null;
      if (!inRange(published, from, to)) continue;
      const name = (id: string | null | undefined) => d.entities.find((e) => e.id === id)?.name ?? null;
      for (const q of d.quotes) {
        yield {
          doc: d.id,
          outlet: d.source.outlet,
          published,
          quote: q.id,
          ...spanCells('span', q.span),
          text: q.text,
          direct: q.direct,
          speaker: name(q.speaker) ?? q.speakerText ?? null,
          via: name(q.via) ?? q.viaText ?? null,
          ...spanCells('cue', q.cue),
          by: q.by,
        };
      }
    }
    after = docs.at(-1)!.id;
  }
}

/** `sitrep export` */
export const exportCommand: Command = {
  name: 'export',
  summary:
    "Every source's event reports, figure claims or quotes as CSV or JSON Lines, one row each with its document, span and the rule that read it (for spreadsheets, notebooks and other tools).",
  usage: 'export events|claims|quotes [--format csv|jsonl] [--from DAY] [--to DAY]',
  flags: {
    format: { type: 'string', value: 'FORMAT', help: 'csv (default) or jsonl' },
    from: {
      type: 'string',
      value: 'DAY',
      help: 'rows of events ending, or documents published, on or after this day',
    },
    to: { type: 'string', value: 'DAY', help: 'rows up to this day' },
  },
  examples: [
    'sitrep export claims > claims.csv',
    'sitrep export events --from 2022-02-01 --format jsonl > events.jsonl',
    'sitrep export quotes --format jsonl | jq .speaker',
  ],
  async run(ctx) {
    const kind = ctx.positionals[0] as Kind | undefined;
    if (!kind || !KINDS.includes(kind) || ctx.positionals.length > 1) {
      println(ctx.err, `sitrep export: give one of ${KINDS.join(', ')}`);
      return 2;
    }
    const format = (ctx.flags.format as string | undefined) ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl') {
      println(ctx.err, `sitrep export: --format ${format}: expected csv or jsonl`);
      return 2;
    }
    const from = dayFlag(ctx.err, 'export', 'from', ctx.flags.from);
    const to = dayFlag(ctx.err, 'export', 'to', ctx.flags.to);
    if (!from.ok || !to.ok) return 2;
    const store = ctx.openStore();
    try {
      const rows =
        kind === 'events'
          ? eventRows(store, from.value, to.value)
          : kind === 'claims'
            ? claimRows(store, from.value, to.value)
            : quoteRows(store, from.value, to.value);
      let header: string[] | null = null;
      let n = 0;
      for await (const row of rows) {
        if (format === 'jsonl') ctx.out.write(`${JSON.stringify(row)}\n`);
        else {
          if (!header) {
            header = Object.keys(row);
            ctx.out.write(`${header.join(',')}\n`);
          }
          ctx.out.write(`${header.map((k) => csvCell(row[k] ?? null)).join(',')}\n`);
        }
        n++;
      }
      println(ctx.err, `${n} ${kind === 'events' ? 'event reports' : kind}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
