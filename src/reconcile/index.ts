import { linkClaims } from './claims.ts';
import { linkDuplicates } from './duplicates.ts';
import { linkEntities } from './entities.ts';
import { linkEvents } from './events.ts';
import type { DocFeatures } from './features.ts';
import type { PriorReport, ReconcileOutcome, ReconcileRepo } from './types.ts';

export { type DocFeatures, documentFeatures } from './features.ts';
export type { PriorReport, ReconcileOutcome, ReconcileRepo } from './types.ts';

/**
 * Reconciles one document into the corpus: entities (they come first: events and claims refer
 * to them), near-duplicates, events, claims. Runs inside the store's transaction for the document.
 * `previous`: the reports of the revision this document replaces (read before they were dropped),
 * so that an event the revision still reports in the same sentence keeps its corpus event and id.
 */
export function reconcileDocument(
  repo: ReconcileRepo,
  f: DocFeatures,
  previous: readonly PriorReport[] = [],
): ReconcileOutcome {
  const { nodes, merges } = linkEntities(repo, f);
  const { original: duplicateOf, twin } = linkDuplicates(repo, f);
  const ev = linkEvents(repo, f, nodes, twin, previous);
  const claims = linkClaims(repo, f, nodes);
  return {
    links: nodes.size,
    merges,
    eventsJoined: ev.joined,
    eventsCreated: ev.created,
    claims,
    duplicateOf,
  };
}
