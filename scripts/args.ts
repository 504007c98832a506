/** What the training scripts share: the repository root, the shared data root and `--name value` options. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repo = resolve(fileURLToPath(import.meta.url), '../..');

/** The shared data folder (`../shared`, or `SITREP_SHARED`). */
export const shared = process.env.SITREP_SHARED ?? resolve(repo, '../shared');

/** The value after `--name` on the command line, else `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/**
 * A PolNeAR split's articles: the first annotation file of each (several annotators may have one),
 * in name order, with the article's base name (its text is `text/<base>.txt`).
 */
export function polnearArticles(splitDir: string): { base: string; ann: string }[] {
  const out: { base: string; ann: string }[] = [];
  const seen = new Set<string>();
  for (const ann of readdirSync(join(splitDir, 'attributions'))
    .filter((n) => n.endsWith('.ann'))
    .sort()) {
    const base = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(base)) continue;
    seen.add(base);
    out.push({ base, ann });
  }
  return out;
}
