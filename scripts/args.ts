/** What the training scripts share: the repository root, the shared data root and `--name value` options. */
import { resolve } from 'node:path';
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
