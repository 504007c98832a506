/// <reference lib="dom" />
// Callbacks given to page.evaluate run in the browser: they see the DOM types.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDoc, fixtureRecord } from '../../src/api/fixtures.ts';
import { launchChromium, startSite, type TestSite } from './harness.ts';

/** Payloads that would set `window.__pwned` if any of them ran. */
const TITLE = `<img src=x onerror="window.__pwned='title'"><script>window.__pwned='title-script'</script> \u202Egnp.exe\u202C report`;
const TEXT =
  `Officials in Minsk said <script>window.__pwned='text'</script> and <img src=x onerror="window.__pwned='img'"> ` +
  `on Feb. 10. Click <a href="javascript:window.__pwned='link'">here</a> or javascript:window.__pwned='bare' now. ` +
  `\u202Etxt.exe\u202C was shared by <svg onload="window.__pwned='svg'"> Lukashenko.`;
const MARKDOWN = `# Drills <b onmouseover="window.__pwned='md'">bold</b>\n\nSee [the map](javascript:window.__pwned='md-link') of Brest.\n`;

let site: TestSite;
let browser: Browser;
let hostileUrlDoc: string;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite({ examples: false }), launchChromium()]);
  // A stored document whose source URL is a javascript: URL (adapters never produce one; the UI must not link it).
  const doc = fixtureDoc({
    title: 'Linked source',
    url: "javascript:window.__pwned='url'",
    text: 'Troops moved near Brest on Feb. 11.',
    published: '2022-02-11',
  });
  await site.store.put(fixtureRecord(doc));
  hostileUrlDoc = doc.id;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function watchedPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(8000);
  await page.addInitScript(() => {
    const w = window as unknown as { __pwned: string | null; __csp: string[] };
    w.__pwned = null;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  return page;
}

async function expectNothingRan(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned: string | null; __csp: string[] };
    return {
      pwned: w.__pwned,
      csp: w.__csp,
      scripts: document.body.querySelectorAll('script').length,
      injected: document.querySelectorAll('img[src="x"], [onerror], [onload], [onmouseover], svg[onload]')
        .length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    };
  });
  expect(state).toEqual({ pwned: null, csp: [], scripts: 0, injected: 0, jsLinks: 0 });
}

describe('hostile content in the web UI', () => {
  it('serves the UI with a CSP that forbids inline script', async () => {
    const res = await fetch(`${site.api.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('ingests pasted hostile text through the UI and shows title and text as text; nothing runs', async () => {
    const page = await watchedPage();
    await page.goto(`${site.api.url}/#/ingest`);
    await page.waitForSelector('main[data-ready]');
    await page.fill('#ptitle', TITLE);
    await page.fill('#paste', TEXT);
    await page.click('button:text-is("Ingest text")');
    const link = page.locator('main [role=status] a').first();
    await link.waitFor();
    expect(await link.textContent()).toBe(TITLE);
    await link.click();
    await page.waitForURL(/#\/doc\//);
    await page.waitForSelector('main[data-ready] .article');
    expect(await page.textContent('h1')).toBe(TITLE);
    expect(await page.$eval('.article', (el) => el.textContent)).toBe(TEXT);
    await page.hover('.article mark >> nth=0');
    await expectNothingRan(page);

    for (const path of ['/#/documents', '/#/search?q=Officials', '/#/entities']) {
      await page.goto(site.api.url + path);
      await page.waitForSelector('main[data-ready]');
      await expectNothingRan(page);
    }
    expect(await page.textContent('main')).not.toContain('undefined');
    await page.close();
  });

  it('shows hostile Markdown files and javascript: source URLs inert', async () => {
    const res = await fetch(`${site.api.url}/api/ingest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ files: [{ name: 'drills.md', content: MARKDOWN }] }),
    });
    const { items } = (await res.json()) as { items: { id: string }[] };
    const page = await watchedPage();
    for (const id of [items[0]!.id, hostileUrlDoc]) {
      await page.goto(`${site.api.url}/#/doc/${id}`);
      await page.waitForSelector('main[data-ready] .article');
      await expectNothingRan(page);
    }
    // The javascript: URL is shown as text, not as a link.
    expect(await page.textContent('main .meta')).toContain("javascript:window.__pwned='url'");
    await page.close();
  });
});
