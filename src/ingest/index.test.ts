import { describe, expect, it } from 'vitest';
import { SitrepError } from '../model/errors.ts';
import { decodeInput, detectKind, readSource, sniffKind } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof SitrepError ? e.code : 'OTHER';
  }
}

describe('input kinds', () => {
  it.each([
    ['a.md', '# x', 'markdown'],
    ['a.HTML', '<p>x</p>', 'html'],
    ['a.txt', 'x', 'text'],
    ['a.json', '[]', 'json'],
    ['a.jsonl', '{}', 'jsonl'],
    ['a.xml', '<?xml version="1.0"?><rss version="2.0">', 'feed'],
    ['a.atom', '<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['-', '<!doctype html><html>', 'html'],
    ['-', '# Title\n\nText', 'markdown'],
    ['-', 'Plain words.', 'text'],
    ['-', '{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
    ['README', 'Plain words.', 'text'],
  ])('%s %j → %s', (origin, raw, kind) => {
    expect(detectKind(origin, raw)).toBe(kind);
  });

  it('refuses unknown extensions with a clear error', () => {
    expect(() => detectKind('report.pdf', '%PDF')).toThrow(/unknown extension \.pdf/);
    expect(codeOf(() => detectKind('report.docx', 'x'))).toBe('INPUT_UNKNOWN_FORMAT');
  });

  it('sniffs feeds', () => {
    expect(sniffKind('<?xml version="1.0"?>\n<rss version="2.0"><channel>')).toBe('feed');
  });
});

describe('decodeInput', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeInput('a', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
  it.each([
    ['empty', new Uint8Array(), 'INPUT_EMPTY'],
    ['whitespace', enc('  \n\t '), 'INPUT_EMPTY'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'INPUT_BINARY'],
    [
      'control bytes',
      new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 1 : 65))),
      'INPUT_BINARY',
    ],
    ['invalid UTF-8', new Uint8Array([0x61, 0x62, 0xff, 0x63]), 'INPUT_ENCODING'],
    ['truncated sequence', new Uint8Array([0x61, 0xe2, 0x80]), 'INPUT_ENCODING'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(codeOf(() => decodeInput('f', bytes))).toBe(code);
  });
  it('names the byte offset of invalid UTF-8', () => {
    expect(() => decodeInput('f', new Uint8Array([0x61, 0x62, 0xff]))).toThrow(/byte 2/);
  });
  it('refuses input over the limit', () => {
    expect(codeOf(() => decodeInput('f', new Uint8Array(11), 10))).toBe('INPUT_TOO_LARGE');
  });
});

describe('legacy encodings a document declares', () => {
  it('reads a page or feed in the encoding it declares, and refuses undeclared non-UTF-8', () => {
    const page = Buffer.from(
      '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><p>Caf\xe9 owners spoke.</p></body></html>',
      'latin1',
    );
    expect(decodeInput('p.html', page)).toContain('Café owners');
    const cyr = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>'),
      Buffer.from([0xcc, 0xe8, 0xed, 0xf1, 0xea]),
      Buffer.from('</title></channel></rss>'),
    ]);
    expect(decodeInput('f.xml', cyr)).toContain('Минск');
    // Negative: the same bytes with no declaration are no UTF-8 and say so.
    expect(() => decodeInput('t.txt', Buffer.from('caf\xe9', 'latin1'))).toThrow(/invalid UTF-8/);
  });
});

describe('the publication date of a saved article', () => {
  const published = (origin: string, text: string) => {
    const [doc] = readSource(origin, text);
    return doc && 'published' in doc ? doc.published : undefined;
  };
  it('comes from the file name when the text, metadata and URL give none', () => {
    expect(published('saved/2022-02-11-drills.txt', 'Troops moved near Brest.')).toEqual({
      value: '2022-02-11',
      from: 'url',
    });
  });
  it('yields to a date the text states', () => {
    expect(published('saved/2022-02-11-drills.txt', 'Feb. 9, 2022\n\nTroops moved near Brest.')?.value).toBe(
      '2022-02-09',
    );
  });
});
