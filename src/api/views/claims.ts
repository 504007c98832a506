import { type Corpus, claimantOf, type FigureGroup, publishedDay } from './corpus.ts';
import { cite } from './refs.ts';

/** A figure's line in listings. */
export function figureSummary(f: FigureGroup) {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const p of f.points) {
    min = Math.min(min, p.quantity.value);
    max = Math.max(max, p.quantity.max ?? p.quantity.value);
  }
  return {
    id: f.id,
    unit: f.unit,
    measure: f.measure,
    about: f.about,
    aboutKey: f.aboutKey,
    points: f.points.length,
    sources: f.sources,
    first: f.first,
    last: f.last,
    min: f.points.length ? min : null,
    max: f.points.length ? max : null,
  };
}

/**
 * Figures passing the filters: unit (exact), measure (exact, `none` for figures without one), about
 * (substring of the label or the entity key), period.
 */
export function filterFigures(
  corpus: Corpus,
  f: { unit?: string; measure?: string; about?: string; from?: string; to?: string; min?: number },
): FigureGroup[] {
  const about = f.about?.toLowerCase();
  const measure = f.measure?.toLowerCase();
  return corpus.figures.filter(
    (g) =>
      (!f.unit || g.unit === f.unit.toLowerCase()) &&
      (!measure || (measure === 'none' ? g.measure === null : g.measure === measure)) &&
      (!about || g.aboutKey === f.about || (g.about ?? '').toLowerCase().includes(about)) &&
      (!f.from || (g.last ?? '') >= f.from.slice(0, 10)) &&
      (!f.to || (g.first ?? '9999') <= f.to.slice(0, 10)) &&
      (!f.min || g.points.length >= f.min),
  );
}

/** How many points a figure's page lists at most. */
export const MAX_POINTS = 2000;

/** A figure over time by source: every report as a point linked to its sentence, and series per claimant. */
export function figureDetail(corpus: Corpus, id: string, period: { from?: string; to?: string } = {}) {
  const f = corpus.figureById.get(id);
  if (!f) return null;
  const inPeriod = f.points.filter((p) => {
    const d = publishedDay(corpus.docs.get(p.doc)!) ?? '';
    return (!period.from || d >= period.from.slice(0, 10)) && (!period.to || d <= period.to.slice(0, 10));
  });
  const points = inPeriod.slice(0, MAX_POINTS).map((p) => {
    const doc = corpus.docs.get(p.doc)!;
    const q = p.quantity;
    return {
      ...cite(doc, q.span),
      quantity: q.id,
      date: publishedDay(doc),
      value: q.value,
      max: q.max,
      qualifier: q.qualifier,
      claimant: claimantOf(corpus, doc, p.quote),
      duplicateOf: corpus.copyOf.get(p.doc) ?? null,
      quote: p.quote ? { id: p.quote.id, span: p.quote.span, direct: p.quote.direct } : null,
      by: q.by,
    };
  });
  const series = new Map<string, { source: string; kind: string; key: string | null; points: number[] }>();
  points.forEach((p, i) => {
    const k = `${p.claimant.kind}:${p.claimant.name}`;
    let s = series.get(k);
    if (!s) {
      s = { source: p.claimant.name, kind: p.claimant.kind, key: p.claimant.key, points: [] };
      series.set(k, s);
    }
    s.points.push(i);
  });
  return {
    ...figureSummary(f),
    truncated: inPeriod.length > points.length,
    points,
    series: [...series.values()].sort(
      (a, b) => b.points.length - a.points.length || (a.source < b.source ? -1 : 1),
    ),
  };
}
