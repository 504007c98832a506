import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { exerciseFixtures, fixtureRecord } from '../../src/api/fixtures.ts';
import { type RunningApi, startApiServer } from '../../src/api/server.ts';
import { ingestPaths } from '../../src/app/ingest.ts';
import { WEB_DIST } from '../../src/cli/web.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';

/** Debian's Chromium: the only browser the tests drive (never a downloaded one). */
export const CHROMIUM = process.env.SITREP_CHROMIUM || '/usr/bin/chromium';
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Launches headless Chromium; fails loudly (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in CI containers cannot use Chromium's sandbox; the pages are our own, on loopback.
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
}

/** A real server on loopback over a temp store: the sample corpus plus hand-built documents with events. */
export interface TestSite {
  readonly api: RunningApi;
  readonly store: SqliteStore;
  close(): Promise<void>;
}

/** Starts the site over the examples (unless `examples: false`) and the API's event fixtures. */
export async function startSite(options: { examples?: boolean } = {}): Promise<TestSite> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: the global setup builds it');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ui-'));
  const store = SqliteStore.open(join(dir, 'ui.db'));
  const folders = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(EXAMPLES, e.name));
  if (options.examples !== false) {
    const summary = await ingestPaths(store, folders, { now: () => new Date('2022-03-01T00:00:00Z') });
    if (summary.failed > 0) throw new Error(`examples failed to ingest: ${summary.failed}`);
  }
  for (const d of exerciseFixtures()) await store.put(fixtureRecord(d));
  const api = await startApiServer({ store, port: 0, webRoot: WEB_DIST, log: () => {} });
  return {
    api,
    store,
    async close() {
      await api.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
