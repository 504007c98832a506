import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TokenClass } from '../../model/mention.ts';
import { createReader } from '../pipeline.ts';
import { splitSentences } from './sentences.ts';
import { tokenize, tokenStage } from './tokens.ts';

/** `text` tokenized whole, as `token/class` strings. */
function toks(text: string): string[] {
  return tokenize(text).map((t) => `${text.slice(t.start, t.end)}/${t.cls}`);
}

type Case = readonly [name: string, text: string, expected: string];

function table(cases: readonly Case[]): void {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(toks(text).join(' ')).toBe(expected);
  });
}

describe('tokenize: words', () => {
  table([
    [
      'plain words and punctuation',
      'Troops moved, then stopped.',
      'Troops/word moved/word ,/punct then/word stopped/word ./punct',
    ],
    ['hyphenated name with digits', 'Zapad-2021 began', 'Zapad-2021/word began/word'],
    ['hyphenated equipment', 'S-400 and F-16', 'S-400/word and/word F-16/word'],
    [
      'hyphenated prefix',
      'the ex-Soviet state-run agency',
      'the/word ex-Soviet/word state-run/word agency/word',
    ],
    ['hyphen not between letters', 'well - known', 'well/word -/punct known/word'],
    ['trailing hyphen', 'pre- and post-war', 'pre/word -/punct and/word post-war/word'],
    ['apostrophe s', "NATO's eastern flank", "NATO's/word eastern/word flank/word"],
    ['typographic apostrophe s', 'NATO’s eastern flank', 'NATO’s/word eastern/word flank/word'],
    ['contraction', 'they don’t know', 'they/word don’t/word know/word'],
    ['possessive after s', 'Belarus’ defense ministry', 'Belarus’/word defense/word ministry/word'],
    ['straight possessive after s', "Belarus' defense", "Belarus'/word defense/word"],
    [
      'closing single quote after s',
      'the ‘Baltics’ drills',
      'the/word ‘/punct Baltics/word ’/punct drills/word',
    ],
    [
      'closing single quote not after s',
      'the ‘Allied Resolve’ drills',
      'the/word ‘/punct Allied/word Resolve/word ’/punct drills/word',
    ],
    ['straight single quotes', "he said 'go' now", "he/word said/word '/punct go/word '/punct now/word"],
    ['Cyrillic', 'Лукашенко сказал', 'Лукашенко/word сказал/word'],
    ['combining mark', 'cafe\u0301 open', 'cafe\u0301/word open/word'],
    ['period between words', 'ends.Next one', 'ends/word ./punct Next/word one/word'],
  ]);
});

describe('tokenize: numbers', () => {
  table([
    ['thousands separator', '20,000 troops', '20,000/number troops/word'],
    ['space-separated thousands are two numbers', '12 000 troops', '12/number 000/number troops/word'],
    ['decimal', 'rose 1.5 percent', 'rose/word 1.5/number percent/word'],
    ['decimal with thousands', '3,000.50', '3,000.50/number'],
    ['time', 'at 11:30 today', 'at/word 11:30/number today/word'],
    ['ISO date', 'on 2022-01-17 exactly', 'on/word 2022-01-17/number exactly/word'],
    ['slash date', 'on 17/01/2022', 'on/word 17/01/2022/number'],
    ['hyphen range', 'Feb. 10-20', 'Feb./abbrev 10-20/number'],
    ['en dash range', 'Feb. 10–20', 'Feb./abbrev 10/number –/punct 20/number'],
    ['ordinal', 'the 21st century', 'the/word 21st/number century/word'],
    ['decade', 'the 1990s', 'the/word 1990s/number'],
    ['$1Bln', 'a $1Bln deal', 'a/word $/symbol 1Bln/number deal/word'],
    ['$1.5Bln', '$1.5Bln', '$/symbol 1.5Bln/number'],
    ['percent', '20% more', '20/number %/symbol more/word'],
    ['long tail makes a word', '2-year-old boy', '2-year-old/word boy/word'],
    ['number ending a sentence', 'had 300.', 'had/word 300/number ./punct'],
    ['comma after a number', '300, then', '300/number ,/punct then/word'],
  ]);
});

describe('tokenize: URLs and domains', () => {
  table([
    ['bare domain', 'see president.gov.by today', 'see/word president.gov.by/url today/word'],
    ['short domain', 'see mil.by.', 'see/word mil.by/url ./punct'],
    ['www', 'see www.mil.by, now', 'see/word www.mil.by/url ,/punct now/word'],
    ['http', 'at http://president.gov.by now', 'at/word http://president.gov.by/url now/word'],
    ['path with periods', 'see http://x.y/z.html.', 'see/word http://x.y/z.html/url ./punct'],
    [
      'markdown link',
      '[president.gov.by](http://president.gov.by)',
      '[/punct president.gov.by/url ]/punct (/punct http://president.gov.by/url )/punct',
    ],
    ['balanced parentheses', '(http://x.com/a_(b))', '(/punct http://x.com/a_(b)/url )/punct'],
    [
      'angle brackets',
      '<https://www.themoscowtimes.com/2022/01/17/a-76065>',
      '</symbol https://www.themoscowtimes.com/2022/01/17/a-76065/url >/symbol',
    ],
    ['generic TLD with path', 'themoscowtimes.com/2022/01 said', 'themoscowtimes.com/2022/01/url said/word'],
    ['mailto', 'mailto:press@mil.by', 'mailto:press@mil.by/url'],
    ['not a domain: file-like word', 'Node.js runs', 'Node/word ./punct js/word runs/word'],
    ['not a domain: capitalised', 'Ukraine.Then', 'Ukraine/word ./punct Then/word'],
    ['not a domain: capitalised two letters', 'Ukraine.He said', 'Ukraine/word ./punct He/word said/word'],
    ['not a domain: digits last', 'v2.10 released', 'v2/word ./punct 10/number released/word'],
  ]);
});

describe('tokenize: abbreviations', () => {
  table([
    ['U.S.', 'the U.S. Army', 'the/word U.S./abbrev Army/word'],
    ['U.S. at the end', 'in the U.S.', 'in/word the/word U.S./abbrev'],
    [
      'a.m. and p.m.',
      '11 a.m. to 5 p.m. daily',
      '11/number a.m./abbrev to/word 5/number p.m./abbrev daily/word',
    ],
    ['e.g. and i.e.', 'e.g. this, i.e. that', 'e.g./abbrev this/word ,/punct i.e./abbrev that/word'],
    ['Ph.D.', 'a Ph.D. holder', 'a/word Ph.D./abbrev holder/word'],
    ['title', 'Gen. Gulevich', 'Gen./abbrev Gulevich/word'],
    ['month', 'Jan. 18', 'Jan./abbrev 18/number'],
    ['No. before a number', 'No. 5', 'No./abbrev 5/number'],
    ['No. not before a number', 'said No. That', 'said/word No/word ./punct That/word'],
    ['etc. at the end', 'tanks, etc.', 'tanks/word ,/punct etc./abbrev'],
    ['Inc.', 'Acme Inc. said', 'Acme/word Inc./abbrev said/word'],
    ['initial', 'A. Lukashenko', 'A./abbrev Lukashenko/word'],
    ['capital at the end is no initial', 'Plan B.', 'Plan/word B/word ./punct'],
    ['lower-case word is no abbreviation', 'said no. Then', 'said/word no/word ./punct Then/word'],
    ['U.S.-led', 'U.S.-led forces', 'U.S./abbrev -/punct led/word forces/word'],
  ]);
});

describe('tokenize: punctuation and symbols', () => {
  table([
    ['ellipsis run', 'wait... go', 'wait/word .../punct go/word'],
    ['ellipsis character', 'wait… go', 'wait/word …/punct go/word'],
    ['interrobang run', 'why?! no', 'why/word ?!/punct no/word'],
    ['quotes and dashes', '“Go” — now', '“/punct Go/word ”/punct —/punct now/word'],
    ['emoji', 'ok 😀 fine', 'ok/word 😀/symbol fine/word'],
    ['symbols', '5 + 5 = 10 €', '5/number +/symbol 5/number =/symbol 10/number €/symbol'],
    ['hash and at', '#Belarus @mil', '#/symbol Belarus/word @/symbol mil/word'],
  ]);
});

describe('tokenize: ranges', () => {
  it('tokenizes only inside [start, end)', () => {
    const text = 'One two. Three four.';
    const ts = tokenize(text, 9, 20);
    expect(ts.map((t) => text.slice(t.start, t.end))).toEqual(['Three', 'four', '.']);
  });

  it('does not read past the end for a URL or an abbreviation', () => {
    const text = 'see mil.by/abc No. 5';
    expect(tokenize(text, 0, 12).map((t) => text.slice(t.start, t.end))).toEqual(['see', 'mil.by/a']);
    // `No.` needs the number after it inside the range.
    expect(tokenize(text, 15, 18).map((t) => `${text.slice(t.start, t.end)}/${t.cls}`)).toEqual([
      'No/word',
      './punct',
    ]);
  });
});

describe('tokenStage', () => {
  it('tokenizes each sentence through the reader, no token crossing a sentence end', () => {
    const text = 'Gen. Gulevich said 20,000 troops arrived.\n\nSee president.gov.by. Zapad-2021 ended.';
    const read = createReader();
    const { mentions, diagnostics } = read({
      text,
      published: null,
      updates: [],
      language: 'en',
      links: [],
      dateline: null,
    });
    expect(diagnostics).toEqual([]);
    const sentences = mentions.filter((m) => m.kind === 'sentence');
    const tokens = mentions.filter((m) => m.kind === 'token');
    expect(sentences.map((m) => text.slice(...m.span))).toEqual([
      'Gen. Gulevich said 20,000 troops arrived.',
      'See president.gov.by.',
      'Zapad-2021 ended.',
    ]);
    expect(tokens.every((t) => t.by === 'segment/token@1')).toBe(true);
    expect(tokens.map((t) => `${text.slice(...t.span)}/${t.cls}`)).toEqual([
      'Gen./abbrev',
      'Gulevich/word',
      'said/word',
      '20,000/number',
      'troops/word',
      'arrived/word',
      './punct',
      'See/word',
      'president.gov.by/url',
      './punct',
      'Zapad-2021/word',
      'ended/word',
      './punct',
    ]);
    expect(tokenStage.needs).toEqual(['sentence']);
  });
});

const FRAGMENTS = [
  'word',
  'Word',
  ' ',
  '\n',
  '\n\n',
  '.',
  '. ',
  '!',
  '?',
  '…',
  '...',
  '“',
  '”',
  '"',
  "'",
  '’',
  '‘',
  '(',
  ')',
  '[',
  ']',
  '—',
  '-',
  ':',
  ',',
  '/',
  '@',
  'U.S.',
  'a.m.',
  'Gen.',
  'No.',
  'J.',
  '1',
  '20,000',
  '1.5',
  '$1Bln',
  'president.gov.by',
  'http://',
  'www.',
  '.com',
  'x.y/z.html',
  's',
  '😀',
  '\ud83d',
  'Он',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((xs) => xs.join('')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

const isWs = (ch: string) => /\s/.test(ch);
const CLASSES: ReadonlySet<TokenClass> = new Set(['word', 'number', 'punct', 'symbol', 'url', 'abbrev']);

describe('tokenize: properties', () => {
  it('tokens lie in their sentence, in order, without whitespace, covering every other character', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const covered = new Uint8Array(text.length);
        for (const [s, e] of splitSentences(text)) {
          let prev = s;
          for (const t of tokenize(text, s, e)) {
            expect(t.start).toBeGreaterThanOrEqual(prev);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.end).toBeLessThanOrEqual(e);
            expect(CLASSES.has(t.cls)).toBe(true);
            for (let i = t.start; i < t.end; i++) expect(isWs(text[i]!)).toBe(false);
            covered.fill(1, t.start, t.end);
            prev = t.end;
          }
        }
        for (let i = 0; i < text.length; i++) expect(covered[i]).toBe(isWs(text[i]!) ? 0 : 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const t of tokenize(text)) {
          for (const b of [t.start, t.end]) {
            const hi = text.charCodeAt(b - 1);
            const lo = text.charCodeAt(b);
            expect((hi & 0xfc00) === 0xd800 && (lo & 0xfc00) === 0xdc00).toBe(false);
          }
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(tokenize(text)).toEqual(tokenize(text));
      }),
    );
  });
});
