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
      const totals = await store.reconcileAll();
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
