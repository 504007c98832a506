import { SitrepError } from '../model/errors.ts';
import { SqliteStore } from './sqlite/index.ts';
import type { Store } from './types.ts';

/** Default database path: `SITREP_DB`, else `./sitrep.db`. */
export function defaultDbPath(): string {
  return process.env.SITREP_DB || './sitrep.db';
}

/** True for a `postgres://` or `postgresql://` URL (a server's database, not a file). */
export function isPostgresUrl(path: string): boolean {
  return /^postgres(?:ql)?:\/\//.test(path);
}

/** Opens the store at a path (SQLite; a `postgres://` URL is reserved for the PostgreSQL backend). */
export function openStore(path: string = defaultDbPath()): Store {
  if (isPostgresUrl(path)) {
    throw new SitrepError(
      'USAGE',
      'PostgreSQL URLs are not supported by this build; give a SQLite file path',
      path,
    );
  }
  return SqliteStore.open(path);
}
