import { type Command, println } from './command.ts';

/** `sitrep reconcile` */
export const reconcileCommand: Command = {
  name: 'reconcile',
  summary:
    'Rebuild the cross-document tables (entities, merges, events, near-duplicates, claims) from the stored documents, in one transaction. Needed once for stores made before reconciliation; ingest keeps them up to date afterwards. Merges undone with `entity --unmerge` stay undone.',
  usage: 'reconcile [--json]',
  flags: { json: { type: 'boolean', help: 'print the totals as JSON' } },
  examples: ['sitrep reconcile', 'sitrep --db old.db reconcile --json'],
  async run(ctx) {
    const store = ctx.openStore();
    try {
      // A line every 1,000 documents on a terminal: a rebuild of a large store takes a while.
      const progress = ctx.err.isTTY
        ? (done: number, total: number) => {
            if (done % 1000 === 0 || done === total) ctx.err.write(`\rreconciled ${done}/${total}`);
            if (done === total) ctx.err.write('\n');
          }
        : undefined;
      const totals = await store.reconcileAll(progress);
      if (ctx.flags.json) println(ctx.out, JSON.stringify(totals));
      else
        println(
          ctx.out,
          `reconciled ${totals.documents} documents: ${totals.links} entity links, ${totals.merges} merges, ${totals.events} events, ${totals.claims} claims, ${totals.duplicates} near-duplicates`,
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};
