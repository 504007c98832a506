/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startSite, type TestSite } from './harness.ts';

// A site of its own: splitting a merge changes the store the other browser tests read.
let site: TestSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Entity {
  key: string;
  name: string;
  documents: number;
}

describe('merges on an entity page', () => {
  it('lists each merge with its rule and evidence, and splits one on request', async () => {
    const before = (await (await fetch(`${site.api.url}/api/entities/Lukashenka?limit=1`)).json()) as Entity;
    expect(before.key).toMatch(/^E[0-9a-f]{12}$/);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // By a name as typed: the page finds the entity, then its merges by the entity's id.
    await page.goto(`${site.api.url}/#/entity/Lukashenka`);
    await page.waitForSelector('main[data-ready] table.merges');
    const rows = page.locator('table.merges tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    const first = rows.first();
    const [from, rule] = await Promise.all([
      first.locator('td').nth(0).textContent(),
      first.locator('td').nth(2).textContent(),
    ]);
    expect(rule).toBeTruthy();
    // The split asks first; declining leaves the merge.
    page.once('dialog', (d) => void d.dismiss());
    await first.locator('button').click();
    expect(await rows.count()).toBe(count);
    page.once('dialog', (d) => void d.accept());
    await first.locator('button').click();
    await page.waitForFunction((n) => document.querySelectorAll('table.merges tbody tr').length < n, count);
    // The page says what happened and links the spelling split off.
    expect(await page.textContent('p.notice')).toContain(`Split: ${from}`);
    expect(await page.getAttribute('p.notice a', 'href')).toMatch(/^#\/entity\/E[0-9a-f]{12}$/);
    // The spelling split off is an entity of its own, in the API and on the page.
    const after = (await (
      await fetch(`${site.api.url}/api/entities/${before.key}?limit=1`)
    ).json()) as Entity;
    expect(after.documents).toBeLessThanOrEqual(before.documents);
    const json = async <T>(path: string) => (await (await fetch(site.api.url + path)).json()) as T;
    const q = encodeURIComponent(from!);
    const reconciled = await json<{ items: { id: string }[] }>(`/api/reconciled/entities?q=${q}`);
    const own = reconciled.items.find((e) => e.id !== before.key)?.id;
    expect(own).toMatch(/^E[0-9a-f]{12}$/);
    const listed = await json<{ items: Entity[] }>(`/api/entities?q=${q}&limit=20`);
    expect(listed.items.map((e) => e.key)).toContain(own);
    expect(errors).toEqual([]);
    await page.close();
  });
});
