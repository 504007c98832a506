/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser: they see the DOM types.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDoc, fixtureRecord } from '../../src/api/fixtures.ts';
import { eventDocs } from './generated.ts';
import { launchChromium, startSite, type TestSite } from './harness.ts';

/** More events than the timeline draws as separate links, fewer than one API page. */
const EVENTS = 800;

let site: TestSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite({ examples: false }), launchChromium()]);
  for (const spec of eventDocs(EVENTS)) await site.store.put(fixtureRecord(fixtureDoc(spec)));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a dense timeline', () => {
  it('draws every bar, opens the one clicked, and turns bars into links when zoomed in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(8000);
    await page.goto(`${site.api.url}/#/`);
    await page.waitForSelector('main[data-ready] svg.timeline');
    // The timeline opens where most events are; the whole range shows every one.
    await page.click('text=Whole range');
    const shapes = await page.$$eval('svg.timeline path.dense', (paths) =>
      paths.reduce((n, p) => n + (p.getAttribute('d') ?? '').split('z').length - 1, 0),
    );
    const { total } = (await (await fetch(`${site.api.url}/api/timeline?limit=1`)).json()) as {
      total: number;
    };
    expect(total).toBe(EVENTS + 2); // and the two events of the API fixtures
    expect(shapes).toBe(total);
    expect(await page.locator('svg.timeline a.bar').count()).toBe(0);
    // Click the middle of the first shape of the first path: it opens that event.
    const box = await page.$eval('svg.timeline path.dense', (p) => {
      const [, x, y, w] = /^M([\d.]+) ([\d.]+)h([\d.]+)/.exec(p.getAttribute('d') ?? '')!.map(Number);
      const svg = (p as SVGPathElement).ownerSVGElement!.getBoundingClientRect();
      return { x: svg.left + x! + w! / 2, y: svg.top + y! + 7 };
    });
    await page.mouse.click(box.x, box.y);
    await page.waitForURL(/#\/event\/V[0-9a-f]{12}$/);
    await page.waitForSelector('main[data-ready] h1');
    expect(await page.textContent('h1')).toMatch(/^Drill \d+$/);
    await page.goBack();
    await page.waitForSelector('main[data-ready] svg.timeline');
    for (let i = 0; i < 4 && (await page.locator('svg.timeline a.bar').count()) === 0; i++)
      await page.click('text=Zoom in');
    const linked = await page.locator('svg.timeline a.bar').count();
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThanOrEqual(600);
    await page.close();
  });
});
