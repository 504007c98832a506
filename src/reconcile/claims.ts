import { createHash } from 'node:crypto';
import type { DocFeatures } from './features.ts';
import type { ReconcileRepo } from './types.ts';

/** The id of a figure: the unit and what it counts. */
export function figureId(unit: string, aboutKey: string): string {
  return `F${createHash('sha256').update(`${unit}|${aboutKey}`).digest('hex').slice(0, 12)}`;
}

/**
 * Every quantity with a unit becomes one source's claim of a figure (unit + what it counts), with
 * its value, max, qualifier, date, claimant and relay as the document gives them.
 */
export function linkClaims(repo: ReconcileRepo, f: DocFeatures, nodes: ReadonlyMap<string, number>): number {
  for (const c of f.claims) {
    const figure = figureId(c.unit, c.aboutKey);
    repo.upsertFigure({ id: figure, unit: c.unit, aboutKey: c.aboutKey, label: c.aboutLabel });
    repo.insertClaim({
      doc: f.doc,
      quantity: c.quantity,
      figure,
      value: c.value,
      max: c.max,
      qualifier: c.qualifier,
      text: c.text,
      span: c.span,
      sentenceText: c.sentenceText,
      published: f.published,
      outlet: f.outlet,
      claimant: c.claimant,
      claimantKind: c.claimantKind,
      claimantNode: c.claimantEntity ? (nodes.get(c.claimantEntity) ?? null) : null,
      relay: c.relay,
      quote: c.quote,
    });
  }
  return f.claims.length;
}
