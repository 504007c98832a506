import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SitrepError } from '../model/errors.ts';
import type { OffsetMap } from '../model/offsets.ts';
import { segmentsOf, spanToRaw } from '../model/offsets.ts';
import type { SourceDoc } from '../model/source.ts';
import { htmlAdapter, readHtml, readHtmlFragment } from './html.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/html');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Every fixture with the origin it is read from. */
const PAGES: readonly [string, string][] = [
  ['news-meta.html', 'https://ledger.example/news/flood-barrier?ref=rss'],
  ['jsonld-graph.html', '/data/pages/rail-talks.html'],
  ['jsonld-array.html', 'https://kb.example/inseln/faehre'],
  ['url-date.html', 'https://birds.example/2021/05/16/seabird-count'],
];

function read(name: string): SourceDoc {
  const origin = PAGES.find(([n]) => n === name)![1];
  return readHtml(fixture(name), origin);
}

/**
 * The offset-map invariants of DESIGN §3; returns the share of non-space text in exact segments.
 * Checks by hand and asserts once (an expect per segment is slow on 100k segments).
 */
function checkOffsets(text: string, raw: string, offsets: OffsetMap): number {
  const problems: string[] = [];
  let pos = 0;
  let nonSpace = 0;
  let exact = 0;
  for (const s of segmentsOf(offsets)) {
    if (s.textStart !== pos) problems.push(`gap or overlap at ${pos}`);
    if (s.textEnd <= s.textStart) problems.push(`empty segment at ${s.textStart}`);
    if (s.rawStart < 0 || s.rawEnd > raw.length || s.rawEnd < s.rawStart)
      problems.push(`bad raw range at ${s.textStart}`);
    const t = text.slice(s.textStart, s.textEnd);
    const n = t.replace(/\s/g, '').length;
    // A decoded character reference (`&amp;` → `&`) is never an exact copy: it is left out of the share.
    if (!s.exact && t === raw.slice(s.rawStart, s.rawEnd).replace(/^&[a-z]+;$/, '&')) {
      pos = s.textEnd;
      continue;
    }
    nonSpace += n;
    if (s.exact) {
      if (t !== raw.slice(s.rawStart, s.rawEnd))
        problems.push(`inexact copy at ${s.textStart}: ${JSON.stringify(t)}`);
      exact += n;
    }
    pos = s.textEnd;
    if (problems.length > 5) break;
  }
  if (pos !== text.length && problems.length === 0)
    problems.push(`segments end at ${pos}, text at ${text.length}`);
  expect(problems).toEqual([]);
  return nonSpace === 0 ? 1 : exact / nonSpace;
}

describe('readHtml: metadata', () => {
  it('reads meta tags, canonical link and the html lang', () => {
    const d = read('news-meta.html');
    expect(d.format).toBe('html');
    expect(d.title).toBe('Harbour town opens flood barrier early');
    expect(d.outlet).toBe('The Coastal Ledger');
    expect(d.author).toBe('Mara Quillfeather');
    expect(d.url).toBe('https://ledger.example/news/2022/01/17/flood-barrier');
    expect(d.published).toEqual({ value: '2022-01-17T08:30:00Z', from: 'meta' });
    expect(d.modified).toBe('2022-01-18T11:00:00Z');
    expect(d.language).toBe('en');
  });

  it('reads JSON-LD @graph with @id references, strips the site from <title>, reports bad JSON-LD', () => {
    const d = read('jsonld-graph.html');
    expect(d.title).toBe('Rail strike talks resume after two-week pause');
    expect(d.author).toBe('Tomas Eklund');
    expect(d.outlet).toBe('Northern Wire');
    expect(d.published).toEqual({ value: '2023-03-02T07:15:00Z', from: 'meta' });
    expect(d.modified).toBe('2023-03-02T10:40:00Z');
    expect(d.url).toBeNull(); // a file path is not a URL, and the page names none
    expect(d.language).toBe('en'); // detected from the text: no lang attribute
    expect(d.diagnostics.map((x) => x.code)).toContain('HTML_JSONLD_INVALID');
  });

  it('reads a JSON-LD array, several authors, and the article <time> as the publication date', () => {
    const d = read('jsonld-array.html');
    expect(d.title).toBe('Neue Fähre für die Inselroute');
    expect(d.author).toBe('Lena Vogt, Jonas Brandt');
    expect(d.outlet).toBe('Küstenbote');
    expect(d.published).toEqual({ value: '2021-06-05T06:00:00Z', from: 'meta' });
    expect(d.language).toBe('de');
    expect(d.text).not.toContain('5. Juni 2021'); // the page's own time stamp is not article text
  });

  it('falls back to a date in the URL, and leaves published null when there is none', () => {
    const d = read('url-date.html');
    expect(d.published).toEqual({ value: '2021-05-16', from: 'url' });
    expect(d.title).toBe('Volunteers count seabirds on the cliffs');
    expect(d.author).toBeNull();
    const none = readHtml(fixture('url-date.html'), '/tmp/seabirds.html');
    expect(none.published).toBeNull();
    expect(none.url).toBeNull();
  });

  it('prefers JSON-LD for what meta tags lack and ignores URL-valued authors', () => {
    const html = `<html><head><meta property="article:author" content="https://social.example/someone">
      <script type="application/ld+json">{"@type":"BlogPosting","author":"Ada Lindqvist","datePublished":"2020-02-03"}</script>
      </head><body><p>${'A short post about the new library opening hours in the town centre. '.repeat(4)}</p></body></html>`;
    const d = readHtml(html, 'post.html');
    expect(d.author).toBe('Ada Lindqvist');
    expect(d.published).toEqual({ value: '2020-02-03', from: 'meta' });
  });

  it('drops hover cards inside a sentence but keeps the name it links', () => {
    const card =
      '<span class="people-card"><span><img src="/p.jpg" alt=""><a href="/people/ann">Ann Lowe</a>' +
      '<a href="/news/1">Budget vote slips</a> <a href="/news/2">Ports reopen</a></span></span>';
    const tip = '<span class="tooltip-body">Senator since 2019</span>';
    const html = `<html><head></head><body><article><p>Sen. <span class="people"><a href="/people/ann">Ann Lowe</a>${card}</span>${tip} (D-Ore.) said the bill would pass. ${'The vote is expected before the recess, aides said on Monday. '.repeat(4)}</p></article></body></html>`;
    const d = readHtml(html, 'vote.html');
    expect(d.text).toContain('Sen. Ann Lowe (D-Ore.) said the bill would pass.');
    expect(d.text).not.toContain('Budget vote slips');
    expect(d.text).not.toContain('Senator since');
  });

  it('dates a page by microdata, else by an element named for its date, else by its last change', () => {
    const body = `<p>${'The harbour board approved a second ferry berth after a long public consultation. '.repeat(4)}</p>`;
    const micro = `<html><head></head><body><span itemprop="datePublished">Posted: Fri 6:45 PM, Feb 16, 2018</span>${body}</body></html>`;
    expect(readHtml(micro, 'berth.html').published).toEqual({ value: '2018-02-16', from: 'meta' });
    const shown = `<html><head></head><body><h1>Second berth</h1><div class="press__date"><div> October 12, 2017 </div></div>${body}</body></html>`;
    expect(readHtml(shown, 'berth.html').published).toEqual({ value: '2017-10-12', from: 'text' });
    const changed = `<html><head><meta property="article:modified_time" content="2019-11-20T01:41:20+05:30"></head><body>${body}</body></html>`;
    expect(readHtml(changed, 'berth.html').published).toEqual({
      value: '2019-11-19T20:11:20Z',
      from: 'meta',
    });
    // Negative: an element named for a date that holds none dates nothing; a URL's date comes first.
    const empty = `<html><head></head><body><div class="update-date">see below</div>${body}</body></html>`;
    expect(readHtml(empty, 'berth.html').published).toBeNull();
    expect(readHtml(shown, 'https://port.example/2017/10/13/berth').published).toEqual({
      value: '2017-10-13',
      from: 'url',
    });
  });

  it('dates a page by a JSON-LD node of another type, else by its first <time> when the URL holds no date', () => {
    const body = `<p>${'The clinic extended its opening hours for the winter season this week. '.repeat(4)}</p>`;
    const page = readHtml(
      `<html><head><script type="application/ld+json">{"@type":"MedicalWebPage","name":"Winter hours","datePublished":"2019-11-14T08:00:00.000Z"}</script></head><body>${body}</body></html>`,
      'page.html',
    );
    expect(page.published).toEqual({ value: '2019-11-14T08:00:00Z', from: 'meta' });
    const timed = `<html><head></head><body>${body}<footer>Updated <time datetime="2019-11-19T10:36:00Z">Nov. 19</time></footer></body></html>`;
    expect(readHtml(timed, 'https://news.example/clinic-hours').published).toEqual({
      value: '2019-11-19T10:36:00Z',
      from: 'meta',
    });
    // A date in the URL is preferred to a page-level <time>, which may be the day the page was seen.
    expect(readHtml(timed, 'https://news.example/2019/nov/18/clinic-hours').published).toEqual({
      value: '2019-11-18',
      from: 'url',
    });
  });

  it('reports an unreadable date and keeps looking', () => {
    const html = `<html><head><meta name="date" content="sometime last week">
      <meta name="dc.date" content="2019-07-04"></head>
      <body><p>${'The regatta was moved to the inner harbour because of the wind. '.repeat(4)}</p></body></html>`;
    const d = readHtml(html, 'x.html');
    expect(d.published).toEqual({ value: '2019-07-04', from: 'meta' });
    expect(d.diagnostics.map((x) => x.code)).toContain('DATE_UNPARSEABLE');
  });
});

describe('readHtml: main text', () => {
  it('keeps the article and drops navigation, cookie banner, related links, footer and captions', () => {
    const d = read('news-meta.html');
    expect(d.text).toMatch(/^The council of Westerby opened its new tidal flood barrier/);
    expect(d.text).toContain('Cost & schedule');
    expect(d.text).toContain('Twelve steel gates');
    expect(d.text).toContain('Residents living near the quay');
    for (const gone of [
      'cookies',
      'Home',
      'Pier repairs',
      'Related stories',
      'All rights reserved',
      'north pier',
    ]) {
      expect(d.text).not.toContain(gone);
    }
    expect(d.text).not.toContain('By Mara Quillfeather'); // the byline line
    expect(d.text).not.toMatch(/<|>/);
  });

  it('separates paragraphs, headings and list items with blank lines and collapses spaces inside', () => {
    const d = read('news-meta.html');
    const paragraphs = d.text.split('\n\n');
    expect(paragraphs).toContain('Cost & schedule');
    expect(paragraphs).toContain('The barrier protects about 3,400 homes and the old fish market.');
    for (const p of paragraphs) {
      expect(p).toBe(p.trim());
      expect(p).not.toMatch(/\s{2,}|\n/);
    }
  });

  it('treats <br> and unclosed <p> as paragraph breaks (CRLF source)', () => {
    const d = read('url-date.html');
    expect(d.text.split('\n\n')).toHaveLength(5);
    expect(d.text).toContain('\n\nMost of the birds recorded');
  });

  it('decodes entities, mapping each decoded character to its reference', () => {
    const raw = fixture('news-meta.html');
    const d = readHtml(raw, 'https://ledger.example/x');
    expect(d.text).toContain('every “dry run” and');
    expect(d.text).toContain('1.2 metres'); // &nbsp; is a space in the text
    expect(d.text).toContain('I’m grateful');
    expect(d.text).toContain('about £48 million');
    const at = d.text.indexOf('I’m') + 1;
    expect(raw.slice(...spanToRaw(d.offsets, [at, at + 1]))).toBe('&#8217;');
    const amp = d.text.indexOf('Cost & schedule') + 5;
    expect(raw.slice(...spanToRaw(d.offsets, [amp, amp + 1]))).toBe('&amp;');
    const word = d.text.indexOf('Westerby');
    expect(raw.slice(...spanToRaw(d.offsets, [word, word + 8]))).toBe('Westerby');
  });

  it('keeps links as annotations with their anchor-text spans and absolute hrefs', () => {
    const d = read('news-meta.html');
    expect(d.links).toHaveLength(2);
    const [a, b] = d.links;
    expect(d.text.slice(...a!.span)).toBe('national resilience fund');
    expect(a!.href).toBe('https://water.example/grants/2021');
    expect(d.text.slice(...b!.span)).toBe('flood safety guide');
    expect(b!.href).toBe('https://ledger.example/guides/flood-safety'); // relative to the page URL
  });

  it('throws HTML_NO_CONTENT when there is no text', () => {
    for (const html of [
      '',
      '   ',
      '<html><head><title>x</title></head><body></body></html>',
      '<script>var a = 1;</script>',
      // Only a menu: no article to store.
      '<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    ]) {
      const run = () => readHtml(html, 'empty.html');
      expect(run).toThrow(SitrepError);
      try {
        run();
      } catch (e) {
        expect((e as SitrepError).code).toBe('HTML_NO_CONTENT');
        expect((e as SitrepError).file).toBe('empty.html');
      }
    }
  });

  it('does not crash on malformed HTML', () => {
    const inputs = [
      '<p>unclosed <b>bold <i>italic</p> text after</b></i>',
      '<<<>>> </> <//> <p title="never closed>text',
      '<div><p>one<div><p>two</span></table></html> &#; &#x; &bogus; &amp',
      '<!-- an unterminated comment <p>hidden</p>',
      '<html><body><p>\u0000\u0001 binary-ish \uFFFD text</p></body></html>',
      '<p>a < b and c > d, AT&T &copy2020</p>',
    ];
    for (const html of inputs) {
      try {
        const d = readHtml(html, 'bad.html');
        checkOffsets(d.text, html, d.offsets);
      } catch (e) {
        expect((e as SitrepError).code).toBe('HTML_NO_CONTENT');
      }
    }
    expect(readHtml(inputs[5]!, 'x').text).toBe('a < b and c > d, AT&T ©2020');
  });

  it('is deterministic', () => {
    const raw = fixture('news-meta.html');
    expect(readHtml(raw, 'a.html')).toEqual(readHtml(raw, 'a.html'));
  });

  it('is wrapped by the adapter', () => {
    const raw = fixture('jsonld-graph.html');
    const out = htmlAdapter({ origin: 'rail.html', raw });
    expect(out).toHaveLength(1);
    expect(out[0]).toEqual(readHtml(raw, 'rail.html'));
  });
});

describe('readHtml: offset map', () => {
  it.each(PAGES)('covers the text and maps exactly back to raw: %s', (name, origin) => {
    const raw = fixture(name);
    const d = readHtml(raw, origin);
    expect(d.raw).toBe(raw);
    expect(checkOffsets(d.text, raw, d.offsets)).toBeGreaterThanOrEqual(0.95);
  });

  const word = fc.stringMatching(/^[A-Za-z]{1,9}$/);
  const piece = fc.oneof(
    { weight: 8, arbitrary: word },
    {
      weight: 1,
      arbitrary: fc.constantFrom('&amp;', '&#8217;', '&nbsp;', '&eacute;', '&hearts;', '&lt;', '&#x2014;'),
    },
    { weight: 1, arbitrary: word.map((w) => `<b>${w}</b>`) },
    { weight: 1, arbitrary: word.map((w) => `<a href="/w/${w}">${w}</a>`) },
    { weight: 1, arbitrary: fc.constantFrom('\n', '  ', '\t', '<br>', '<!-- c -->', '<span> </span>') },
  );
  const paragraph = fc.array(piece, { minLength: 12, maxLength: 60 }).map((ps) => `<p>${ps.join(' ')}.</p>`);
  const page = fc
    .tuple(fc.array(paragraph, { minLength: 2, maxLength: 8 }), fc.boolean())
    .map(
      ([ps, nav]) =>
        `<!doctype html><html><head><title>Test page</title><script>var x = "<p>no</p>";</script></head><body>` +
        (nav ? '<nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav>' : '') +
        `<article>${ps.join('\n')}</article><footer><p>Footer text</p></footer></body></html>`,
    );

  it('keeps the invariants on generated pages (property)', () => {
    fc.assert(
      fc.property(page, (raw) => {
        let d: SourceDoc;
        try {
          d = readHtml(raw, 'https://gen.example/p');
        } catch (e) {
          expect((e as SitrepError).code).toBe('HTML_NO_CONTENT');
          return;
        }
        const share = checkOffsets(d.text, raw, d.offsets);
        if (d.text.replace(/\s/g, '').length > 200) expect(share).toBeGreaterThanOrEqual(0.95);
        for (const l of d.links) {
          expect(l.span[0]).toBeGreaterThanOrEqual(0);
          expect(l.span[1]).toBeLessThanOrEqual(d.text.length);
          expect(l.href).toMatch(/^https:\/\/gen\.example\/w\/[A-Za-z]+$/);
          expect(l.href.endsWith(`/${d.text.slice(...l.span)}`)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('readHtml: hostile input', () => {
  it('returns on a 5 MB page of nested divs', () => {
    const raw = `<html><body>${'<div>'.repeat(1_000_000)}deep text</body></html>`;
    const d = readHtml(raw, 'deep.html');
    expect(d.text).toBe('deep text');
    expect(d.diagnostics.map((x) => x.code)).toContain('HTML_SIMPLIFIED');
    checkOffsets(d.text, raw, d.offsets);
  });

  it('returns on 100k &amp;', () => {
    const raw = `<html><body><p>${'&amp;'.repeat(100_000)}</p></body></html>`;
    const d = readHtml(raw, 'amp.html');
    expect(d.text).toBe('&'.repeat(100_000));
    checkOffsets(d.text, raw, d.offsets);
  });
});

describe('readHtmlFragment', () => {
  it('reads a feed item body: all of its text, entities decoded, links resolved against the origin', () => {
    const raw =
      '<p>The ferry &amp; bus timetables change on <b>Monday</b>.</p><p>See the <a href="/timetables?a=1&amp;b=2">new times</a>&nbsp;here.</p>';
    const r = readHtmlFragment(raw, 'https://transit.example/feed.xml');
    expect(r.text).toBe('The ferry & bus timetables change on Monday.\n\nSee the new times here.');
    expect(r.links).toEqual([
      {
        span: [r.text.indexOf('new times'), r.text.indexOf('new times') + 9],
        href: 'https://transit.example/timetables?a=1&b=2',
      },
    ]);
    expect(checkOffsets(r.text, raw, r.offsets)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads plain text with entities, and returns empty text for empty markup', () => {
    const r = readHtmlFragment('Fish &amp; chips &ndash; cheaper', '');
    expect(r.text).toBe('Fish & chips – cheaper');
    checkOffsets(r.text, 'Fish &amp; chips &ndash; cheaper', r.offsets);
    expect(readHtmlFragment('<p> </p><br>', '').text).toBe('');
  });

  it('keeps relative links as they are when there is no base URL', () => {
    const r = readHtmlFragment('<a href="/x">x marks</a>', 'feed.xml');
    expect(r.links).toEqual([{ span: [0, 7], href: '/x' }]);
  });
});
