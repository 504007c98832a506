/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser: they see the DOM types.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startSite, type TestSite } from './harness.ts';

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url);

/**
 * Saves the README's screenshot `name` when `SITREP_SCREENSHOTS` is set (`npm run screenshots`):
 * an ordinary test run leaves the working tree as it was.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SITREP_SCREENSHOTS) writeFileSync(new URL(name, SCREENSHOTS), await page.screenshot());
}

let site: TestSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(8000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(site.api.url + path);
  await page.waitForSelector('main[data-ready]');
  return page;
}

const ready = (page: Page) => page.waitForSelector('main[data-ready]');
const errorsOf = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

describe('web UI in Chromium', () => {
  it('draws the timeline with intervals as bars, and filters by type', async () => {
    const page = await open('/#/');
    const timeline = (await (await fetch(`${site.api.url}/api/timeline`)).json()) as { total: number };
    // It opens where most events are, not on the whole span of years the articles mention.
    const opened = await page.locator('svg.timeline a.bar').count();
    await screenshot(page, 'timeline.png');
    expect(opened).toBeGreaterThan(timeline.total / 2);
    await page.click('text=Whole range');
    expect(await page.locator('svg.timeline a.bar').count()).toBe(timeline.total);
    // Zoomed to February, where a day is wider than the least bar: Feb 10–20 is eleven days wide,
    // the one-day denial of Feb. 12 one day.
    const month = await open('/#/?from=2022-02-01&to=2022-02-28');
    const width = (selector: string) =>
      month.$eval(`${selector} rect`, (r) => Number(r.getAttribute('width')));
    const span = await width('a.bar[aria-label^="Winter Anvil"]');
    const point = await width('a.bar[data-start="2022-02-12"][data-end="2022-02-12"][aria-label*="enial"]');
    expect(span / point).toBeCloseTo(11, 0);
    await month.close();
    const denials = (await (await fetch(`${site.api.url}/api/timeline?type=denial`)).json()) as {
      total: number;
    };
    expect(denials.total).toBeGreaterThan(0);
    expect(denials.total).toBeLessThan(timeline.total);
    await page.selectOption('select[name=type]', 'denial');
    await page.click('form.filters button[type=submit]');
    await page.waitForSelector('main[data-ready] select[name=type] >> nth=0');
    await page.waitForURL(/type=denial/);
    await ready(page);
    await page.click('text=Whole range');
    await page.waitForFunction(
      (n) => document.querySelectorAll('svg.timeline a.bar').length === n,
      denials.total,
    );
    for (const label of await page
      .locator('svg.timeline a.bar')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
      expect(label).toMatch(/denial/i);
    await page.click('text=Zoom in');
    expect(page.url()).toContain('from=');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('clicks through timeline → event → document reader → entity', async () => {
    const page = await open('/#/');
    await page.click('a.bar[aria-label^="Winter Anvil"]');
    await page.waitForURL(/#\/event\/V[0-9a-f]{12}$/);
    await ready(page);
    expect(await page.textContent('h1')).toBe('Winter Anvil');
    // Two reports side by side; they disagree on when it happened.
    expect(await page.locator('table.reports thead th').count()).toBe(3);
    expect(await page.getAttribute('tr[data-attr="When"]', 'class')).toBe('disagree');
    expect(await page.locator('tr[data-attr="Status"].disagree').count()).toBe(0);
    await page.waitForFunction(() =>
      document.querySelector('ul.quotes')?.textContent?.includes('"We are calm,"'),
    );
    await page.waitForSelector('svg.map a.point');

    await page.locator('table.reports tbody tr').first().locator('a').first().click();
    await page.waitForURL(/#\/doc\/d[0-9a-f]+\?span=\d+-\d+$/);
    await ready(page);
    expect(await page.textContent('h1')).toBe('Drills begin in Belarus');
    expect(await page.textContent('mark.target')).toBe('began');
    expect(await inViewport(page, 'mark.target')).toBe(true);
    // Hover shows the normalised value and the rule.
    await page.hover('mark.k-time');
    expect(await page.textContent('#tip')).toContain('2022-02-10/2022-02-20');
    expect(await page.textContent('#tip')).toContain('by fixture');
    // Keyboard focus shows it too.
    await page.focus('.article mark.k-quantity[tabindex="0"]');
    expect(await page.isVisible('#tip')).toBe(true);
    expect(await page.textContent('#tip')).toMatch(/Quantity: “30,000 troops” → exact 30,000 troops/);
    for (const kind of ['time', 'entity', 'quantity', 'quote', 'event'])
      expect(await page.locator(`.article mark.k-${kind}`).count(), kind).toBeGreaterThan(0);
    // Its events link to their pages across documents.
    expect(await page.locator('aside a[href^="#/event/V"]').count()).toBeGreaterThan(0);

    await page.locator('aside a', { hasText: 'Alexander Lukashenko' }).click();
    // The reader links the corpus entity its mention was reconciled to.
    await page.waitForURL(/#\/entity\/E[0-9a-f]{12}$/);
    await ready(page);
    const id = decodeURIComponent(page.url().split('/entity/')[1]!);
    const entity = (await (await fetch(`${site.api.url}/api/entities/${id}`)).json()) as { name: string };
    expect(await page.textContent('h1')).toBe(entity.name);
    // The header counts mentions in all documents (the page holds only the first of them).
    expect(await page.textContent('main')).toMatch(/· \d+ mentions ·/);
    expect(await page.textContent('main')).not.toContain('[object Object]');
    const variants = await page.locator('#s-name-variants + div tbody tr td:first-child').allTextContents();
    expect(variants).toEqual(expect.arrayContaining(['Lukashenka', 'Lukashenko']));
    expect(await page.textContent('main')).toContain('"We are calm,"');
    expect(await page.textContent('main')).toContain('president');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('lists an event of many reports one report per row, with the attributes as columns', async () => {
    const list = (await (await fetch(`${site.api.url}/api/events?limit=200`)).json()) as {
      items: { id: string; reports: number }[];
    };
    const big = [...list.items].sort((a, b) => b.reports - a.reports)[0]!;
    expect(big.reports).toBeGreaterThan(6);
    const page = await open(`/#/event/${big.id}`);
    expect(await page.locator('table.reports.by-report tbody tr').count()).toBe(big.reports);
    expect(await page.locator('table.reports.by-report thead th[data-attr="Status"]').count()).toBe(1);
    expect(errorsOf(page)).toEqual([]);
  });

  it('scrolls a span of a long real article into view and marks it', async () => {
    const docs = (await (await fetch(`${site.api.url}/api/documents?limit=200`)).json()) as {
      items: { id: string; chars: number }[];
    };
    const longest = docs.items.sort((a, b) => b.chars - a.chars)[0]!;
    const detail = (await (await fetch(`${site.api.url}/api/documents/${longest.id}`)).json()) as {
      document: { text: string; quantities: { span: [number, number] }[] };
    };
    const q = detail.document.quantities.at(-1)!;
    const page = await open(`/#/doc/${longest.id}?span=${q.span[0]}-${q.span[1]}`);
    expect(
      await page
        .locator('mark.target')
        .allTextContents()
        .then((t) => t.join('')),
    ).toBe(detail.document.text.slice(q.span[0], q.span[1]));
    expect(await inViewport(page, 'mark.target')).toBe(true);
    // The article is the text itself: nothing in it was parsed as markup.
    expect(await page.$eval('.article', (el) => el.textContent)).toBe(detail.document.text);
    await screenshot(page, 'reader.png');
    await page.close();
  });

  it('is keyboard navigable: skip link, bars, Enter opens the event', async () => {
    const page = await open('/#/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    // Following it moves focus to the content and leaves the page where it is.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toMatch(/#\/$/);
    expect(await page.textContent('h1')).not.toBe('Not found');
    await page.keyboard.press('Shift+Tab');
    let onBar = false;
    for (let i = 0; i < 40 && !onBar; i++) {
      await page.keyboard.press('Tab');
      onBar = await page.evaluate(() => document.activeElement?.classList.contains('bar') ?? false);
    }
    expect(onBar).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/event\//);
    // The timeline's form goes when the event page replaces it (a ready mark alone may be the old one's).
    await page.waitForSelector('form.filters', { state: 'detached' });
    await ready(page);
    // Every control has an accessible name.
    const unnamed = await page.$$eval('a, button, input, select, textarea', (els) =>
      els
        .filter((el) => {
          const label =
            el.getAttribute('aria-label') ||
            el.textContent?.trim() ||
            (el as HTMLInputElement).labels?.[0]?.textContent;
          return !label;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  });

  it('fits a phone-sized screen without sideways scrolling', async () => {
    for (const path of ['/#/', '/#/claims', '/#/search?q=troops', '/#/entities']) {
      const page = await open(path, { width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      await page.close();
    }
  });

  it('shows claims as a chart whose points link to their sentences, and searches with facets', async () => {
    const page = await open('/#/claims');
    const points = page.locator('svg.chart a.pt');
    expect(await points.count()).toBeGreaterThan(0);
    expect(await points.first().getAttribute('href')).toMatch(/^#\/doc\/d[0-9a-f]+\?span=\d+-\d+$/);
    // Every figure listed has a unit: bare numbers are no figure to compare across sources.
    const figures = await page.locator('nav[aria-label="Figures"] li a').allTextContents();
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.trim()).not.toMatch(/^(?:—|$)/);
    await page.goto(`${site.api.url}/#/search?q=Lukashenko`);
    await ready(page);
    expect(await page.locator('ol.results li').count()).toBeGreaterThan(0);
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    const facet = page.locator('aside li a').first();
    await facet.click();
    await ready(page);
    expect(page.url()).toMatch(/outlet=|format=|month=/);
    await page.goto(`${site.api.url}/#/map`);
    await ready(page);
    expect(await page.locator('svg.map a.point').count()).toBeGreaterThan(3);
    expect(await page.locator('svg.map path.country.hit').count()).toBeGreaterThan(1);
    await page.close();
  });
});
