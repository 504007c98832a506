import { ensureWebBundle } from '../../src/cli/web.ts';

/** Builds the web UI once per test run when its bundle is missing or older than its sources. */
export default async function setup(): Promise<void> {
  await ensureWebBundle();
}
