import { createHash } from 'node:crypto';
import type { DocFeatures } from './features.ts';
import type { ReconcileRepo } from './types.ts';

/** The id of a figure: the unit, what it counts and, when said, what happened to it (`killed`). */
export function figureId(unit: string, aboutKey: string, measure: string | null = null): string {
  // Figures without a measure keep the ids they had before measures existed.
  const key = measure ? `${unit}|${aboutKey}|${measure}` : `${unit}|${aboutKey}`;
  return `F${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/**
 * Every quantity with a unit becomes one source's claim of a figure (unit, measure, what it counts), with
 * its value, max, qualifier, date, claimant and relay as the document gives them.
 */
export function linkClaims(repo: ReconcileRepo, f: DocFeatures, nodes: ReadonlyMap<string, number>): number {
  for (const c of f.claims) {
    const figure = figureId(c.unit, c.aboutKey, c.measure);
    repo.upsertFigure({
      id: figure,
      unit: c.unit,
      measure: c.measure,
      aboutKey: c.aboutKey,
      label: c.aboutLabel,
    });
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
      by: c.by,
    });
  }
  return f.claims.length;
}
