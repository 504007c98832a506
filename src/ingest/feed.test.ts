import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SitrepError } from '../model/errors.ts';
import { segmentsOf } from '../model/offsets.ts';
import type { AdapterResult, SourceDoc } from '../model/source.ts';
import { isFailure } from '../model/source.ts';
import { feedAdapter, isFeed } from './feed.ts';

const FIXTURES = new URL('../../test/fixtures/feeds/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function read(name: string): AdapterResult[] {
  return feedAdapter({ origin: `feeds/${name}`, raw: fixture(name) });
}

function docs(results: AdapterResult[]): SourceDoc[] {
  return results.filter((r): r is SourceDoc => !isFailure(r));
}

/** Segments cover the text contiguously; exact ones equal the raw source; raw ranges lie in the raw. */
function expectValidOffsets(doc: SourceDoc): void {
  // Collected, not asserted one by one: hostile inputs have hundreds of thousands of segments.
  const problems: string[] = [];
  let at = 0;
  for (const s of segmentsOf(doc.offsets)) {
    if (s.textStart !== at || s.textEnd <= s.textStart)
      problems.push(`gap or empty segment at ${s.textStart}`);
    if (s.rawStart < 0 || s.rawEnd < s.rawStart || s.rawEnd > doc.raw.length)
      problems.push(`bad raw range at ${s.textStart}`);
    if (s.exact && doc.text.slice(s.textStart, s.textEnd) !== doc.raw.slice(s.rawStart, s.rawEnd)) {
      problems.push(`exact segment differs at ${s.textStart}`);
    }
    at = s.textEnd;
  }
  if (at !== doc.text.length) problems.push(`segments end at ${at}, text at ${doc.text.length}`);
  for (const link of doc.links)
    if (link.span[1] > doc.text.length) problems.push(`link past the text: ${link.href}`);
  expect(problems.slice(0, 5)).toEqual([]);
}

/** Share of the text covered by exact segments. */
function exactShare(doc: SourceDoc): number {
  const exact = segmentsOf(doc.offsets).reduce((n, s) => n + (s.exact ? s.textEnd - s.textStart : 0), 0);
  return exact / Math.max(1, doc.text.length);
}

describe('isFeed', () => {
  it.each([
    ['RSS 2.0', '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', true],
    ['RSS with a comment and doctype first', '<!-- hi --><!DOCTYPE rss [<!ENTITY x "y">]>\n<rss>', true],
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', true],
    ['prefixed Atom', '<a:feed xmlns:a="http://www.w3.org/2005/Atom"/>', true],
    ['RDF', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', true],
    ['feed without the Atom namespace', '<feed><entry/></feed>', false],
    ['HTML', '<!doctype html><html><body>rss</body></html>', false],
    ['prose', 'The <rss> element is the root of a feed.', false],
    ['empty', '', false],
  ])('%s', (_name, raw, expected) => {
    expect(isFeed(raw)).toBe(expected);
  });
});

describe('feedAdapter: RSS 2.0', () => {
  const results = read('rss-cdata.xml');
  const [cdata, escaped, plain] = docs(results);

  it('reads every item with feed-level metadata', () => {
    expect(results).toHaveLength(3);
    expect(results.every((r) => !isFailure(r))).toBe(true);
    expect(results.map((r) => r.origin)).toEqual([
      'feeds/rss-cdata.xml#1',
      'feeds/rss-cdata.xml#2',
      'feeds/rss-cdata.xml#3',
    ]);
    for (const d of docs(results)) {
      expect(d.format).toBe('rss');
      expect(d.outlet).toBe('Baltic Ledger');
      expect(d.language).toBe('en');
      expect(d.raw.startsWith('<item>')).toBe(true);
      expect(d.raw.endsWith('</item>')).toBe(true);
    }
  });

  it('prefers content:encoded in CDATA, with paragraphs, entities and links', () => {
    expect(cdata!.title).toBe('Rail convoys reach the border & unload armour');
    expect(cdata!.url).toBe('https://baltic-ledger.test/2022/01/18/rail-convoys-border');
    expect(cdata!.author).toBe('Marta Zielinska');
    expect(cdata!.published).toEqual({ value: '2022-01-18T09:30:00Z', from: 'meta' });
    expect(cdata!.text).toBe(
      'Several rail convoys arrived at the border crossing on Tuesday, local officials said.\n\n' +
        'Witnesses counted at least 40 flatcars carrying armoured vehicles & trucks.',
    );
    expect(cdata!.links).toHaveLength(1);
    expect(cdata!.text.slice(...cdata!.links[0]!.span)).toBe('border crossing');
    expect(cdata!.links[0]!.href).toBe('https://baltic-ledger.test/tags/border');
    // CDATA bodies are verbatim in the source: nearly everything maps exactly.
    expect(exactShare(cdata!)).toBeGreaterThan(0.9);
  });

  it('decodes entity-escaped HTML in description, converting +0300 to UTC', () => {
    expect(escaped!.text).toBe(
      'The defence ministry said on Wednesday that the report was "pure invention".\n\nIt gave no figures.',
    );
    expect(escaped!.published).toEqual({ value: '2022-01-19T11:05:00Z', from: 'meta' });
    expect(escaped!.author).toBe('Anna Kowalska');
    // A double-escaped quote maps to its whole reference in the item source.
    const quote = segmentsOf(escaped!.offsets).find(
      (s) => escaped!.text.slice(s.textStart, s.textEnd) === '"',
    )!;
    expect(quote.exact).toBe(false);
    expect(escaped!.raw.slice(quote.rawStart, quote.rawEnd)).toBe('&amp;quot;');
    // A relative link resolves against the channel link.
    expect(escaped!.url).toBe('https://baltic-ledger.test/2022/01/19/ministry-denies');
  });

  it('reads a plain-text description and takes the URL from a permalink guid, the date from the URL', () => {
    expect(plain!.text).toBe(
      'Ferries resumed their usual timetable on Thursday after two days of delays.\n\nHarbour staff said queues had cleared by noon.',
    );
    expect(plain!.url).toBe('https://baltic-ledger.test/2022/01/20/port-traffic');
    expect(plain!.published).toEqual({ value: '2022-01-20', from: 'url' });
    expect(exactShare(plain!)).toBeGreaterThan(0.95);
  });
});

describe('feedAdapter: Atom', () => {
  const [html, text, xhtml] = docs(read('atom.xml'));

  it('reads type="html" content, published before updated, the alternate link', () => {
    expect(html!.title).toBe('Exercise Allied Resolve begins');
    expect(html!.text).toBe(
      'The joint exercise opened on Tuesday with about 3,000 troops taking part.\n\nOrganisers said it would last ten days.',
    );
    expect(html!.url).toBe('https://vistula-monitor.test/news/exercise-begins');
    expect(html!.published).toEqual({ value: '2022-02-01T06:45:00Z', from: 'meta' });
    expect(html!.modified).toBe('2022-02-01T09:00:00Z');
    expect(html!.author).toBe('Piotr Nowak');
    expect(html!.outlet).toBe('Vistula Monitor');
    expect(html!.language).toBe('en');
  });

  it('reads type="text" summary with its layout whitespace normalised, updated as published', () => {
    expect(text!.text).toBe(
      'Border guards said on Wednesday that two checkpoints would stay open until midnight.\n\nThe change applies until further notice.',
    );
    expect(text!.published).toEqual({ value: '2022-02-02T12:00:00Z', from: 'meta' });
    expect(text!.url).toBe('https://vistula-monitor.test/news/checkpoint-hours');
    expect(text!.author).toBe('Vistula Monitor staff');
  });

  it('reads type="xhtml" content', () => {
    expect(xhtml!.text).toBe(
      'Deputies spent the afternoon on the defence budget.\n\nA vote is expected on Friday.',
    );
    expect(exactShare(xhtml!)).toBeGreaterThan(0.9);
  });
});

describe('feedAdapter: RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, dc:date and dc:language', () => {
    const [doc] = docs(read('rdf.xml'));
    expect(doc!.outlet).toBe('River Post');
    expect(doc!.language).toBe('de');
    expect(doc!.url).toBe('https://river-post.test/a/1');
    expect(doc!.published).toEqual({ value: '2022-03-04', from: 'meta' });
  });
});

describe('feedAdapter: broken items fail alone', () => {
  it.each([
    [
      'rss-broken.xml',
      [null, 'item 2: no title, description or content', null, 'item 4: <description> is not closed', null],
    ],
    ['rss-truncated.xml', [null, 'item 2: missing </item>']],
  ])('%s', (name, expected) => {
    const results = read(name);
    expect(results.map((r) => (isFailure(r) ? r.message : null))).toEqual(expected);
    for (const r of results) {
      if (isFailure(r)) expect(r.code).toBe('ITEM_MALFORMED');
    }
  });

  it('keeps the good items whole', () => {
    const good = docs(read('rss-broken.xml'));
    expect(good.map((d) => d.title)).toEqual([
      'First story stands',
      'Third story stands too',
      'Fifth story survives',
    ]);
    expect(good[2]!.origin).toBe('feeds/rss-broken.xml#5');
  });
});

describe('feedAdapter: inline cases', () => {
  const rss = (items: string, channel = '<title>Inline</title>') =>
    `<rss version="2.0"><channel>${channel}${items}</channel></rss>`;
  const one = (raw: string): SourceDoc => {
    const [r] = feedAdapter({ origin: 'inline', raw });
    if (!r || isFailure(r)) throw new Error(`expected a document, got ${JSON.stringify(r)}`);
    return r;
  };

  it.each([
    ['a title alone becomes the text', '<item><title>Headline only</title></item>', 'Headline only'],
    [
      'an empty body falls back to the title',
      '<item><title>T</title><description> </description></item>',
      'T',
    ],
    [
      'unescaped HTML inside description',
      '<item><description><p>One</p><p>Two &amp; three</p></description></item>',
      'One\n\nTwo & three',
    ],
    [
      'double-escaped entity stays literal text',
      '<item><description>AT&amp;amp;T &amp;lt;b&amp;gt;</description></item>',
      'AT&T <b>',
    ],
    ['numeric references', '<item><description>caf&#233; &#x2014; bar</description></item>', 'café — bar'],
    ['a bare ampersand', '<item><description>Q&A session & more</description></item>', 'Q&A session & more'],
    [
      'CDATA split around text',
      '<item><description><![CDATA[<b>bold</b>]]> and plain</description></item>',
      'bold and plain',
    ],
    [
      'a stray end tag is ignored',
      '<item><title>T</title></span><description>Body</description></item>',
      'Body',
    ],
  ])('%s', (_name, items, text) => {
    const doc = one(rss(items));
    expect(doc.text).toBe(text);
    expectValidOffsets(doc);
  });

  it.each([
    ['RFC 822 with GMT', 'Mon, 14 Feb 2022 09:30:00 GMT', '2022-02-14T09:30:00Z'],
    ['RFC 822 with +0300', 'Mon, 14 Feb 2022 09:30:00 +0300', '2022-02-14T06:30:00Z'],
    ['RFC 822 with -0500', 'Mon, 14 Feb 2022 21:30:00 -0500', '2022-02-15T02:30:00Z'],
    ['ISO with offset', '2022-02-14T09:30:00+02:00', '2022-02-14T07:30:00Z'],
    ['a bare day', '2022-02-14', '2022-02-14'],
  ])('pubDate %s', (_name, date, value) => {
    const doc = one(rss(`<item><title>T</title><pubDate>${date}</pubDate></item>`));
    expect(doc.published).toEqual({ value, from: 'meta' });
    expect(doc.diagnostics).toEqual([]);
  });

  it('an unreadable date is a diagnostic, not a failure', () => {
    const doc = one(rss('<item><title>T</title><pubDate>sometime soon</pubDate></item>'));
    expect(doc.published).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['DATE_UNPARSEABLE']);
  });

  it.each([
    ['email with name', '<author>desk@wire.test (Anna Kowalska)</author>', 'Anna Kowalska'],
    ['bare name', '<author>Anna Kowalska</author>', 'Anna Kowalska'],
    ['bare email', '<author>desk@wire.test</author>', 'desk@wire.test'],
    ['dc:creator first', '<dc:creator>Jan Nowak</dc:creator><author>x@y.test (Other)</author>', 'Jan Nowak'],
    ['name in parentheses without email', '<author>Staff (Wire)</author>', 'Staff (Wire)'],
  ])('author: %s', (_name, xml, author) => {
    expect(one(rss(`<item><title>T</title>${xml}</item>`)).author).toBe(author);
  });

  it('takes the outlet from an aggregator <source>', () => {
    const doc = one(
      rss('<item><title>T</title><source url="https://wire.test/">Wire Service</source></item>'),
    );
    expect(doc.outlet).toBe('Wire Service');
  });

  it('detects the language when the feed declares none', () => {
    const doc = one(
      rss(
        '<item><description>Die Regierung hat am Montag neue Maßnahmen beschlossen, die ab nächster Woche gelten sollen.</description></item>',
      ),
    );
    expect(doc.language).toBe('de');
  });

  it('an empty feed gives no documents', () => {
    expect(feedAdapter({ origin: 'inline', raw: rss('') })).toEqual([]);
  });
});

describe('feedAdapter: inputs that are not feeds', () => {
  it.each([
    ['not-xml.txt', /^not XML: the input starts with "This is not a feed/],
    ['not-a-feed.xml', /^not an RSS or Atom feed: the root element is <html>$/],
  ])('%s throws INPUT_MALFORMED', (name, message) => {
    let error: unknown;
    try {
      read(name);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SitrepError);
    expect((error as SitrepError).code).toBe('INPUT_MALFORMED');
    expect((error as SitrepError).message).toMatch(message);
    expect((error as SitrepError).file).toBe(`feeds/${name}`);
  });
});

describe('feedAdapter: offset maps', () => {
  it.each(['rss-cdata.xml', 'atom.xml', 'rss-broken.xml', 'rss-truncated.xml', 'rdf.xml'])('%s', (name) => {
    const all = docs(read(name));
    expect(all.length).toBeGreaterThan(0);
    for (const doc of all) {
      expect(fixture(name)).toContain(doc.raw);
      expectValidOffsets(doc);
    }
  });
});

describe('feedAdapter: hostile input', () => {
  it('50,000 empty items complete quickly, each a failure', () => {
    const raw = `<rss><channel><title>x</title>${'<item></item>'.repeat(50_000)}</channel></rss>`;
    const t0 = performance.now();
    const results = feedAdapter({ origin: 'hostile', raw });
    expect(results).toHaveLength(50_000);
    expect(results.every(isFailure)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it.each([
    [
      'nested unclosed elements',
      `<rss><channel>${'<a>'.repeat(100_000)}${'</b>'.repeat(100_000)}</channel></rss>`,
    ],
    ['unterminated tags', `<rss><channel><item>${'<a<'.repeat(100_000)}</item></channel></rss>`],
    [
      'ampersands without semicolons',
      `<rss><channel><item><title>${'&amp'.repeat(100_000)}</title></item></channel></rss>`,
    ],
    ['an unterminated comment', `<rss><channel><item><title>x</title></item><!--${'-'.repeat(200_000)}`],
    ['an unterminated CDATA', `<rss><channel><item><description><![CDATA[${']]'.repeat(100_000)}`],
    [
      'unbalanced closing tags',
      `<rss><channel>${'<item><title>t</title>'.repeat(20_000)}${'</item>'.repeat(20_000)}</channel></rss>`,
    ],
  ])('%s completes', (_name, raw) => {
    const t0 = performance.now();
    feedAdapter({ origin: 'hostile', raw });
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('properties', () => {
  const piece = fc.constantFrom(
    '<item>',
    '</item>',
    '<title>',
    '</title>',
    '<description>',
    '</description>',
    '<![CDATA[',
    ']]>',
    '&amp;',
    '&lt;p&gt;',
    '&#233;',
    '&',
    '<',
    '>',
    '<p>',
    '</p>',
    '<br/>',
    '<!--',
    '-->',
    ' ',
    '\n',
    'word',
    'é',
  );

  it('any mix of feed markup gives documents with valid maps, or failures, never a crash', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = `<rss><channel><title>P</title>${pieces.join('')}</channel></rss>`;
        for (const r of feedAdapter({ origin: 'prop', raw })) {
          if (isFailure(r)) expect(r.code).toBe('ITEM_MALFORMED');
          else {
            expect(raw).toContain(r.raw);
            expectValidOffsets(r);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
