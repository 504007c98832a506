import { DUPLICATE_JACCARD } from './constants.ts';
import type { DocFeatures } from './features.ts';
import { similarity } from './minhash.ts';
import type { ReconcileRepo } from './types.ts';

/**
 * Near-duplicates: a document whose MinHash signature is close to one already stored (a band in
 * common, then estimated Jaccard ≥ DUPLICATE_JACCARD) is a copy. Copies point at the earliest
 * published document of their group (the original); when the new document is earlier than the
 * group's original, it becomes the original. Returns the original of the new document (null when
 * it is none's copy) and its twin: the stored document it is closest to, whichever is the copy.
 */
export function linkDuplicates(
  repo: ReconcileRepo,
  f: DocFeatures,
): { original: string | null; twin: string | null } {
  if (!f.signature) return { original: null, twin: null };
  const candidates = repo
    .minhashByBands(f.bands)
    .filter((c) => c.doc !== f.doc)
    .map((c) => ({ ...c, sim: similarity(f.signature!, c.sig) }))
    .filter((c) => c.sim >= DUPLICATE_JACCARD)
    .sort((a, b) => b.sim - a.sim);
  repo.insertMinhash(f.doc, f.published, f.signature, f.bands);
  const best = candidates[0];
  if (!best) return { original: null, twin: null };
  const original = repo.originalOf(best.doc) ?? best.doc;
  const originalRow = candidates.find((c) => c.doc === original);
  const originalPublished = originalRow ? originalRow.published : best.published;
  if (f.published && originalPublished && f.published < originalPublished) {
    repo.repointDuplicates(original, f.doc);
    repo.insertDuplicate(original, f.doc, best.sim);
    return { original: null, twin: best.doc };
  }
  repo.insertDuplicate(f.doc, original, best.sim);
  return { original, twin: best.doc };
}
