import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web UI's sources and the folder its build is written to. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = join(WEB_DIR, 'dist');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const e of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}

/** True when `web/dist` is missing or older than a source of the UI (web/src, index.html, config). */
export function webBundleStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'index.html', 'vite.config.ts', 'public']
    .map((p) => join(WEB_DIR, p))
    .filter((p) => existsSync(p));
  const newest = Math.max(...sources.map(newestMtime));
  return newest > statSync(built).mtimeMs;
}

/** Builds the UI with Vite's JS API (a dev dependency: present after `npm install`). */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
}

/** Builds the UI when its bundle is missing or stale; returns whether it built. */
export async function ensureWebBundle(): Promise<boolean> {
  if (!webBundleStale()) return false;
  await buildWeb();
  return true;
}
