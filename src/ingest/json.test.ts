import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SitrepError } from '../model/errors.ts';
import { segmentsOf } from '../model/offsets.ts';
import type { AdapterResult, SourceDoc } from '../model/source.ts';
import { isFailure } from '../model/source.ts';
import { decodeJsonString, jsonAdapter, jsonlAdapter } from './json.ts';
import { forwardSpan, normaliseLines } from './mapped.ts';

const FIXTURES = new URL('../../test/fixtures/json/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function read(name: string): AdapterResult[] {
  const adapter = name.endsWith('.jsonl') ? jsonlAdapter : jsonAdapter;
  return adapter({ origin: `json/${name}`, raw: fixture(name) });
}

function docs(results: AdapterResult[]): SourceDoc[] {
  return results.filter((r): r is SourceDoc => !isFailure(r));
}

function messages(results: AdapterResult[]): (string | null)[] {
  return results.map((r) => (isFailure(r) ? r.message : null));
}

/** Segments cover the text contiguously; exact ones equal the raw source; raw ranges lie in the raw. */
function expectValidOffsets(doc: { text: string; raw: string; offsets: SourceDoc['offsets'] }): void {
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
  expect(problems.slice(0, 5)).toEqual([]);
}

function thrown(fn: () => unknown): SitrepError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SitrepError) return e;
    throw e;
  }
  throw new Error('expected a SitrepError');
}

describe('decodeJsonString', () => {
  it.each([
    ['plain', '"abc"', 'abc'],
    ['newline escape', '"a\\nb"', 'a\nb'],
    ['quote and backslash', '"say \\"hi\\" \\\\ bye"', 'say "hi" \\ bye'],
    ['unicode escape', '"it\\u2019s"', 'it’s'],
    ['surrogate pair', '"up \\ud83d\\udcc8 now"', 'up 📈 now'],
    ['lone surrogate', '"\\ud83d!"', '\ud83d!'],
    ['escaped slash', '"a\\/b"', 'a/b'],
  ])('%s', (_name, literal, value) => {
    const mapped = decodeJsonString(literal, 0, literal.length);
    expect(mapped.text).toBe(JSON.parse(literal));
    expect(mapped.text).toBe(value);
    expectValidOffsets({ ...mapped, raw: literal });
  });

  it('maps each escape to its whole source range', () => {
    const literal = '"a\\nb\\u2019c"';
    const segs = segmentsOf(decodeJsonString(literal, 0, literal.length).offsets);
    expect(segs.map((s) => [s.textStart, s.textEnd, s.rawStart, s.rawEnd, s.exact])).toEqual([
      [0, 1, 1, 2, true],
      [1, 2, 2, 4, false],
      [2, 3, 4, 5, true],
      [3, 4, 5, 11, false],
      [4, 5, 11, 12, true],
    ]);
  });
});

describe('normaliseLines', () => {
  it.each([
    ['CRLF to LF', 'a\r\nb', 'a\nb'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['trailing spaces per line', 'a  \t\nb ', 'a\nb'],
    ['three or more breaks to two', 'a\n\n\n\nb', 'a\n\nb'],
    ['blank lines with spaces count as blank', 'a\n  \n \t\n\nb', 'a\n\nb'],
    ['single breaks stay', 'a\nb\nc', 'a\nb\nc'],
    ['leading and trailing blank space', '\n\n  a\n\n', 'a'],
    ['inner spaces stay', 'a  b', 'a  b'],
    ['empty', ' \n ', ''],
  ])('%s', (_name, src, text) => {
    const mapped = normaliseLines(src);
    expect(mapped.text).toBe(text);
    expectValidOffsets({ ...mapped, raw: src });
  });

  it('carries spans forward through the normalisation', () => {
    const src = 'one  \r\n\r\n\r\ntwo three';
    const mapped = normaliseLines(src);
    expect(mapped.text).toBe('one\n\ntwo three');
    const at = src.indexOf('three');
    const span = forwardSpan(mapped.offsets, [at, at + 5]);
    expect(span && mapped.text.slice(...span)).toBe('three');
    expect(forwardSpan(mapped.offsets, [3, 5])).toBeNull(); // only dropped spaces
  });
});

describe('jsonAdapter', () => {
  it('reads an array of records, text and html', () => {
    const results = read('array.json');
    expect(messages(results)).toEqual([null, null]);
    const [text, html] = docs(results);
    expect(text!.origin).toBe('json/array.json#1');
    expect(text!.format).toBe('json');
    expect(text!.text).toBe(
      'WASHINGTON — More troops arrived on Friday, an official said.\n\n' +
        'The official called it "a steady flow" and said the Pentagon’s estimate would rise. 📈\n\n' +
        'No one disputed the figure.',
    );
    expect(text!.title).toBe('Troops arrive for the drills');
    expect(text!.author).toBe('Lee Morgan');
    expect(text!.outlet).toBe('Capital Courier');
    expect(text!.published).toEqual({ value: '2022-01-28T22:20:00Z', from: 'meta' });
    expect(text!.language).toBe('en');
    expect(text!.raw.startsWith('{')).toBe(true);
    expect(JSON.parse(text!.raw).title).toBe('Troops arrive for the drills');

    expect(html!.origin).toBe('json/array.json#2');
    expect(html!.text).toBe(
      'Ferry crews walked out on Tuesday over pay.\n\nThe company said talks would resume & services would be cut.',
    );
    expect(html!.language).toBe('en');
    expect(html!.links).toHaveLength(1);
    expect(html!.text.slice(...html!.links[0]!.span)).toBe('Tuesday');
    expect(html!.published).toBeNull();
  });

  it('maps text back into the JSON string literal', () => {
    const [doc] = docs(read('array.json'));
    const segs = segmentsOf(doc!.offsets);
    const at = doc!.text.indexOf('Pentagon');
    const seg = segs.find((s) => s.textStart <= at && at < s.textEnd)!;
    expect(seg.exact).toBe(true);
    const rawAt = seg.rawStart + (at - seg.textStart);
    expect(doc!.raw.slice(rawAt, rawAt + 8)).toBe('Pentagon');
    // The escaped apostrophe maps to its whole escape.
    const apo = doc!.text.indexOf('’');
    const apoSeg = segs.find((s) => s.textStart <= apo && apo < s.textEnd)!;
    expect(doc!.raw.slice(apoSeg.rawStart, apoSeg.rawEnd)).toBe('\\u2019');
  });

  it('maps html record text through the HTML and the JSON literal into the raw record', () => {
    const [, doc] = docs(read('array.json'));
    const segs = segmentsOf(doc!.offsets);
    const exact = segs.filter((s) => s.exact).reduce((n, s) => n + s.textEnd - s.textStart, 0);
    expect(exact / doc!.text.length).toBeGreaterThan(0.9);
    const at = doc!.text.indexOf('resume');
    const seg = segs.find((s) => s.textStart <= at && at < s.textEnd)!;
    const rawAt = seg.rawStart + (at - seg.textStart);
    expect(doc!.raw.slice(rawAt, rawAt + 6)).toBe('resume');
  });

  it('reads a whole page in "html" with its own metadata as fallback', () => {
    const page =
      '<!doctype html><html lang="de"><head><title>Page title</title>' +
      '<meta property="article:published_time" content="2022-03-01T08:00:00Z"></head>' +
      '<body><article><p>Der Bundestag hat am Dienstag über den Haushalt für das kommende Jahr beraten.</p>' +
      '<p>Eine Abstimmung ist für Freitag geplant, teilte die Verwaltung mit.</p></article></body></html>';
    const [r] = jsonAdapter({
      origin: 'page.json',
      raw: JSON.stringify({ html: page, outlet: 'Rundschau' }),
    });
    expect(isFailure(r!)).toBe(false);
    const doc = r as SourceDoc;
    expect(doc.text).toContain('Der Bundestag hat am Dienstag');
    expect(doc.title).toBe('Page title');
    expect(doc.outlet).toBe('Rundschau');
    expect(doc.language).toBe('de');
    expect(doc.published).toEqual({ value: '2022-03-01T08:00:00Z', from: 'meta' });
    expectValidOffsets(doc);
  });

  it('reads a single record without a #n origin, dating it from the URL', () => {
    const [doc] = read('single.json');
    expect(isFailure(doc!)).toBe(false);
    expect(doc!.origin).toBe('json/single.json');
    expect((doc as SourceDoc).published).toEqual({ value: '2022-03-05', from: 'url' });
  });

  it('unwraps {"articles": [...]}, parsing RFC 822 dates', () => {
    const results = docs(read('wrapper.json'));
    expect(results.map((d) => d.title)).toEqual(['First', 'Second']);
    expect(results.map((d) => d.published)).toEqual([
      { value: '2022-02-14T09:30:00Z', from: 'meta' },
      { value: '2022-02-15', from: 'meta' },
    ]);
  });

  it.each([
    ['items', '{"items": [{"text": "one"}, {"text": "two"}]}', 2],
    ['documents', '{"documents": [{"text": "one"}]}', 1],
    ['a record with an articles field stays one record', '{"text": "body", "articles": [1, 2]}', 1],
    ['empty array', '[]', 0],
  ])('wrapper: %s', (_name, raw, count) => {
    expect(jsonAdapter({ origin: 'inline.json', raw })).toHaveLength(count);
  });

  it('names each bad record and the field, and keeps the rest', () => {
    const results = read('bad-records.json');
    expect(messages(results)).toEqual([
      null,
      null,
      'record 3: missing both "text" and "html"',
      'record 4: "title" must be a string, not a number (42)',
      null,
      'record 6: expected an object, found a string',
      null,
    ]);
    for (const r of results) if (isFailure(r)) expect(r.code).toBe('ITEM_MALFORMED');
    // A date or URL that cannot be read costs the record that field only, and a diagnostic names it.
    const [, undated, , , , , ,] = results;
    expect((undated as SourceDoc).published).toBeNull();
    expect((undated as SourceDoc).diagnostics.map((d) => d.message)).toContain(
      'record 2: "published" is not a date: "yesterday-ish"',
    );
    const noUrl = results[4] as SourceDoc;
    expect(noUrl.url).toBeNull();
    expect(noUrl.diagnostics.map((d) => d.code)).toContain('FIELD_IGNORED');
  });

  it.each([
    ['empty text', '{"text": "   "}', 'record 1: "text" is empty'],
    ['null text and html', '{"text": null, "html": null}', 'record 1: missing both "text" and "html"'],
    ['html with no text', '{"html": "<p> </p>"}', 'record 1: "html" has no text'],
    [
      'several wrong types',
      '{"text": "x", "author": ["a"], "outlet": {}}',
      'record 1: "outlet" must be a string, not an object; "author" must be a string, not an array',
    ],
  ])('record failure: %s', (_name, raw, message) => {
    expect(messages(jsonAdapter({ origin: 'inline.json', raw }))).toEqual([message]);
  });

  it.each([
    [
      'invalid-json.txt',
      "invalid JSON at line 3 column 22: unexpected \"\\\"\" where ',' or '}' should follow a property value",
    ],
  ])('%s throws INPUT_MALFORMED with line and column', (name, message) => {
    const e = thrown(() => read(name));
    expect(e.code).toBe('INPUT_MALFORMED');
    expect(e.message).toBe(message);
    expect(e.file).toBe(`json/${name}`);
  });

  it.each([
    [
      'trailing comma',
      '[{"text": "a"},]',
      /^invalid JSON at line 1 column 16: unexpected "]" where a value should be$/,
    ],
    ['unterminated string', '{"text": "abc', /^invalid JSON at line 1 column 10: unterminated string$/],
    [
      'raw newline in a string',
      '{"text": "a\nb"}',
      /^invalid JSON at line 1 column 12: line break inside a string$/,
    ],
    ['bad escape', '{"text": "a\\xb"}', /bad escape \\x in a string$/],
    ['two values', '{"text": "a"}\n{"text": "b"}', /^invalid JSON at line 2 column 1: .*JSON Lines/],
    ['a bare string', '"just text"', /^expected a record object or an array of records, found a string$/],
    ['nothing', '   ', /^invalid JSON at line 1 column 4: unexpected end of input where a value should be$/],
    ['single quotes', "{'text': 'a'}", /property name in double quotes/],
  ])('invalid: %s', (_name, raw, message) => {
    const e = thrown(() => jsonAdapter({ origin: 'inline.json', raw }));
    expect(e.code).toBe('INPUT_MALFORMED');
    expect(e.message).toMatch(message);
  });

  it('agrees with JSON.parse on valid documents', () => {
    const samples = [
      '{"a":[1,-2.5e+3,true,false,null,{"b":"\\u00e9"}],"text":"x"}',
      ' [ ] ',
      '{"text":"","x":{}}',
      '[0, 1e5, -0.0]',
    ];
    for (const raw of samples) {
      expect(() => JSON.parse(raw)).not.toThrow();
      expect(() => jsonAdapter({ origin: 'inline.json', raw })).not.toThrow();
    }
  });
});

describe('jsonlAdapter', () => {
  it('skips blank lines and fails a bad line alone', () => {
    const results = read('records.jsonl');
    expect(messages(results)).toEqual([
      null,
      "record 2 (line 2): invalid JSON at column 63: unexpected end of input where ',' or '}' should follow a property value",
      null,
      'record 4 (line 5): missing both "text" and "html"',
    ]);
    expect(results.map((r) => r.origin)).toEqual([
      'json/records.jsonl#1',
      'json/records.jsonl#2',
      'json/records.jsonl#3',
      'json/records.jsonl#4',
    ]);
    const [first, third] = docs(results);
    expect(first!.published).toEqual({ value: '2022-02-04T08:15:00Z', from: 'meta' });
    expect(third!.text).toBe('The fourth line is good again, after a blank line.');
  });

  it('handles CRLF line ends and a single record', () => {
    const results = jsonlAdapter({ origin: 'one.jsonl', raw: '{"text": "only one"}\r\n\r\n' });
    expect(results).toHaveLength(1);
    expect(results[0]!.origin).toBe('one.jsonl');
    expect((results[0] as SourceDoc).text).toBe('only one');
  });
});

describe('offset maps on every fixture', () => {
  it.each(['array.json', 'single.json', 'wrapper.json', 'bad-records.json', 'records.jsonl'])(
    '%s',
    (name) => {
      for (const doc of docs(read(name))) {
        expect(fixture(name)).toContain(doc.raw);
        expectValidOffsets(doc);
      }
    },
  );
});

describe('hostile input', () => {
  it('a 1 MB single-line string completes', () => {
    const body = 'word '.repeat(200_000);
    const raw = JSON.stringify({ title: 'big', text: body });
    const t0 = performance.now();
    const [doc] = jsonAdapter({ origin: 'big.json', raw });
    expect((doc as SourceDoc).text).toBe(body.trimEnd());
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('a 500 kB string of escapes completes with a valid map', () => {
    const raw = JSON.stringify({ text: 'a\n\n\n"\u2019'.repeat(50_000) });
    const t0 = performance.now();
    const [doc] = jsonAdapter({ origin: 'escapes.json', raw });
    expectValidOffsets(doc as SourceDoc);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it.each([
    ['deep nesting', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
    ['deep nesting left open', '['.repeat(200_000)],
    ['a long number', `[${'1'.repeat(1_000_000)}]`],
    ['many empty records', `[${'{},'.repeat(50_000)}{}]`],
  ])('%s completes', (_name, raw) => {
    const t0 = performance.now();
    try {
      jsonAdapter({ origin: 'hostile.json', raw });
    } catch (e) {
      expect(e).toBeInstanceOf(SitrepError);
    }
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('20,000 JSONL lines complete', () => {
    const raw = '{"text": "short line of text"}\n'.repeat(20_000);
    const t0 = performance.now();
    expect(jsonlAdapter({ origin: 'many.jsonl', raw })).toHaveLength(20_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('properties', () => {
  it('any text value round-trips: the map is valid and the text is the normalised value', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom('\n', '\r\n', ' ', '\u2019', '"'),
        (s, extra) => {
          const value = `${s}${extra}${s}`;
          const raw = JSON.stringify({ title: 't', text: value });
          const [r] = jsonAdapter({ origin: 'prop.json', raw });
          if (isFailure(r!)) {
            expect(r.message).toMatch(/"text" (?:is empty|has no text)/);
            return;
          }
          expect(r!.text).toBe(normaliseLines(value).text);
          expectValidOffsets(r!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('JSON Lines of random bytes never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (line) => {
        const results = jsonlAdapter({ origin: 'prop.jsonl', raw: `${line}\n{"text": "ok"}` });
        expect(results.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
