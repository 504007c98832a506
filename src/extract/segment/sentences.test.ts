import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from './abbreviations.ts';
import { scanSentences, sentenceStage, splitSentences } from './sentences.ts';

/** The sentences of `text`, as strings. */
function sents(text: string): string[] {
  return splitSentences(text).map(([s, e]) => text.slice(s, e));
}

type Case = readonly [name: string, text: string, expected: readonly string[]];

function table(cases: readonly Case[]): void {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(sents(text)).toEqual(expected);
  });
}

describe('splitSentences: terminal punctuation', () => {
  table([
    [
      'two plain sentences',
      'Belarus will hold drills. Russia will join.',
      ['Belarus will hold drills.', 'Russia will join.'],
    ],
    ['question and exclamation', 'Really? Yes! Fine.', ['Really?', 'Yes!', 'Fine.']],
    ['interrobang run', 'Why?! Nobody knows.', ['Why?!', 'Nobody knows.']],
    ['no space after period', 'Drills end.Next phase', ['Drills end.Next phase']],
    [
      'lower case after period',
      'It was 5 p.m. and dark. Then rain.',
      ['It was 5 p.m. and dark.', 'Then rain.'],
    ],
    [
      'lower case word ending a sentence',
      'He said no. The vote failed.',
      ['He said no.', 'The vote failed.'],
    ],
    [
      'digit starts the next sentence',
      'The drills ended. 300 tanks left.',
      ['The drills ended.', '300 tanks left.'],
    ],
    [
      'opening quote starts the next sentence',
      'He left. “We will go,” he said.',
      ['He left.', '“We will go,” he said.'],
    ],
    [
      'opening bracket starts the next sentence',
      'He left. (Officials confirmed it.)',
      ['He left.', '(Officials confirmed it.)'],
    ],
    [
      'currency starts the next sentence',
      'A deal was signed. $1Bln was paid.',
      ['A deal was signed.', '$1Bln was paid.'],
    ],
    ['Cyrillic', 'Он пришёл. Она ушла.', ['Он пришёл.', 'Она ушла.']],
    ['uncased script', 'The talks ended. 北京 said nothing.', ['The talks ended.', '北京 said nothing.']],
    ['several spaces', 'One.    Two.', ['One.', 'Two.']],
    ['tab', 'One.\tTwo.', ['One.', 'Two.']],
    ['no final punctuation', 'One. Two', ['One.', 'Two']],
  ]);
});

describe('splitSentences: abbreviations that do not end sentences', () => {
  const titles = [
    'Mr.',
    'Mrs.',
    'Dr.',
    'Gen.',
    'Lt.',
    'Col.',
    'Maj.',
    'Sgt.',
    'Adm.',
    'Capt.',
    'Gov.',
    'Sen.',
  ];
  const more = ['Rep.', 'Pres.', 'Prof.', 'St.', 'Rev.', 'Ms.', 'Brig.'];
  it.each([...titles, ...more])('title %s before a name', (title) => {
    const text = `Later ${title} Gulevich spoke. He left.`;
    expect(sents(text)).toEqual([`Later ${title} Gulevich spoke.`, 'He left.']);
  });
  it.each(['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'])(
    'month %s before a day',
    (month) => {
      expect(sents(`On ${month} 18 the drills begin. They end later.`)).toEqual([
        `On ${month} 18 the drills begin.`,
        'They end later.',
      ]);
    },
  );
  table([
    ['No. before a number', 'Unit No. 5 moved. It left.', ['Unit No. 5 moved.', 'It left.']],
    ['Nos. before a number', 'Units Nos. 5 and 6 moved.', ['Units Nos. 5 and 6 moved.']],
    ['vs.', 'It was Poland vs. Belarus again.', ['It was Poland vs. Belarus again.']],
    ['approx.', 'There were approx. 5,000 troops.', ['There were approx. 5,000 troops.']],
    ['e.g.', 'Neighbours, e.g. Poland, objected.', ['Neighbours, e.g. Poland, objected.']],
    [
      'i.e.',
      'The west, i.e. Poland and Lithuania, objected.',
      ['The west, i.e. Poland and Lithuania, objected.'],
    ],
    ['unknown lower-case dotted', 'Zapad, a.k.a. West, began.', ['Zapad, a.k.a. West, began.']],
    ['Lt. Gen.', 'Lt. Gen. Viktor Gulevich spoke.', ['Lt. Gen. Viktor Gulevich spoke.']],
    ['title before a quote', 'Gen. “Mad Dog” Mattis spoke.', ['Gen. “Mad Dog” Mattis spoke.']],
    [
      'Inc. before a title',
      'Apple Inc. Chief Executive Tim Cook spoke.',
      ['Apple Inc. Chief Executive Tim Cook spoke.'],
    ],
    ['Co. Ltd.', 'Samsung Electronics Co. Ltd. said so.', ['Samsung Electronics Co. Ltd. said so.']],
    ['Jr. before a name', 'Martin Luther King Jr. Day came.', ['Martin Luther King Jr. Day came.']],
    [
      'U.S. before a name',
      'U.S. President Joe Biden spoke. He left.',
      ['U.S. President Joe Biden spoke.', 'He left.'],
    ],
    ['U.S. Army', 'The U.S. Army said so.', ['The U.S. Army said so.']],
    [
      'U.K. officials',
      'U.K. Defence Secretary Ben Wallace spoke.',
      ['U.K. Defence Secretary Ben Wallace spoke.'],
    ],
    ['U.N. Security Council', 'The U.N. Security Council met.', ['The U.N. Security Council met.']],
    [
      'E.U. before a name',
      'E.U. leaders and E.U. Commission members met.',
      ['E.U. leaders and E.U. Commission members met.'],
    ],
    ['U.S. before a digit', 'The U.S. 7th Fleet sailed.', ['The U.S. 7th Fleet sailed.']],
    [
      'a.m. on Jan. 18',
      'It began at 11 a.m. on Jan. 18 in Minsk.',
      ['It began at 11 a.m. on Jan. 18 in Minsk.'],
    ],
    [
      'a.m. before a weekday',
      'It began at 11 a.m. Monday in Minsk.',
      ['It began at 11 a.m. Monday in Minsk.'],
    ],
    ['p.m. before a time zone', 'It began at 5 p.m. GMT in Minsk.', ['It began at 5 p.m. GMT in Minsk.']],
    ['a.m. before a zone name', 'It runs to 9 a.m. Eastern daily.', ['It runs to 9 a.m. Eastern daily.']],
    ['p.m. before Moscow time', 'It began at 5 p.m. Moscow time.', ['It began at 5 p.m. Moscow time.']],
    ['a.m. before a month', 'It began at 9 a.m. Feb. 10 in Minsk.', ['It began at 9 a.m. Feb. 10 in Minsk.']],
    ['initials', 'J. R. Smith arrived. He spoke.', ['J. R. Smith arrived.', 'He spoke.']],
    ['one initial', 'A. Lukashenko said so.', ['A. Lukashenko said so.']],
    ['transliterated initial', 'Yu. Gagarin flew.', ['Yu. Gagarin flew.']],
    ['dotted initials', 'J.R.R. Tolkien wrote.', ['J.R.R. Tolkien wrote.']],
    ['enumerator', '1. The first point is clear.', ['1. The first point is clear.']],
    ['letter enumerator', 'a. The first point is clear.', ['a. The first point is clear.']],
    ['decimal', 'It rose 1.5 percent. Then it fell.', ['It rose 1.5 percent.', 'Then it fell.']],
  ]);
});

describe('splitSentences: abbreviations that do end sentences', () => {
  table([
    [
      'U.S. before The',
      'He arrived in the U.S. The next day he left.',
      ['He arrived in the U.S.', 'The next day he left.'],
    ],
    ['U.K. before He', 'He flew to the U.K. He stayed.', ['He flew to the U.K.', 'He stayed.']],
    [
      'U.S. before a quote',
      'He flew to the U.S. “It was long,” he said.',
      ['He flew to the U.S.', '“It was long,” he said.'],
    ],
    [
      'unknown upper dotted before a starter',
      'He went to Washington, D.C. The talks failed.',
      ['He went to Washington, D.C.', 'The talks failed.'],
    ],
    [
      'a.m. before a capitalised word',
      'It began at 11 a.m. Officials said so.',
      ['It began at 11 a.m.', 'Officials said so.'],
    ],
    ['p.m. before The', 'It ended at 5 p.m. The troops left.', ['It ended at 5 p.m.', 'The troops left.']],
    [
      'etc. before a capital',
      'Tanks, guns, etc. The list is long.',
      ['Tanks, guns, etc.', 'The list is long.'],
    ],
    ['etc. before lower case', 'Tanks, guns, etc. and more.', ['Tanks, guns, etc. and more.']],
    [
      'Inc. before The',
      'It was made by Acme Inc. The company said so.',
      ['It was made by Acme Inc.', 'The company said so.'],
    ],
    ['Jr. before He', 'He met John Smith Jr. He left.', ['He met John Smith Jr.', 'He left.']],
    ['No. before a capital', 'He said No. That was all.', ['He said No.', 'That was all.']],
    [
      'month before a capital',
      'Not until Sept. Officials said so.',
      ['Not until Sept.', 'Officials said so.'],
    ],
    [
      'number ends a sentence',
      'Troops numbered 20,000. Tanks numbered 300.',
      ['Troops numbered 20,000.', 'Tanks numbered 300.'],
    ],
    [
      'date ends a sentence',
      'It ends on Feb. 9. The drills follow.',
      ['It ends on Feb. 9.', 'The drills follow.'],
    ],
    ['lower-case single letter', 'It is plan b. The plan fails.', ['It is plan b.', 'The plan fails.']],
    ['long word', 'It is an internationalisation. The end.', ['It is an internationalisation.', 'The end.']],
    [
      'closing quote after an abbreviation',
      'He called it “made in the U.S.” Critics agreed.',
      ['He called it “made in the U.S.”', 'Critics agreed.'],
    ],
  ]);
});

describe('splitSentences: quotes, brackets and dashes', () => {
  table([
    [
      'quote with comma',
      '“Please go ahead,” Lukashenko added. He left.',
      ['“Please go ahead,” Lukashenko added.', 'He left.'],
    ],
    ['closing quote stays', '“We will go.” He said so.', ['“We will go.”', 'He said so.']],
    ['straight quotes', '"We will go." He said so.', ['"We will go."', 'He said so.']],
    ['single quotes', "'We will go.' He said so.", ["'We will go.'", 'He said so.']],
    [
      'quote spanning sentences splits inside',
      '“Our country has to respond. We will,” he said.',
      ['“Our country has to respond.', 'We will,” he said.'],
    ],
    [
      'question in a quote before lower case',
      '“Why?” he asked. Nobody knew.',
      ['“Why?” he asked.', 'Nobody knew.'],
    ],
    ['brackets', '(See the map.) Troops moved.', ['(See the map.)', 'Troops moved.']],
    ['guillemets', '«Мы пойдём.» Он ушёл.', ['«Мы пойдём.»', 'Он ушёл.']],
    [
      'em dash',
      'The Baltic republics — which joined NATO — deployed troops.',
      ['The Baltic republics — which joined NATO — deployed troops.'],
    ],
    [
      'en dash',
      'Western powers – the Baltics and Poland – objected.',
      ['Western powers – the Baltics and Poland – objected.'],
    ],
    ['dash after a period', 'He left. — And then?', ['He left. — And then?']],
  ]);
});

describe('splitSentences: URLs, numbers and ellipses', () => {
  table([
    [
      'domain',
      'Visit president.gov.by for details. Or call.',
      ['Visit president.gov.by for details.', 'Or call.'],
    ],
    ['www domain', 'See www.mil.by today.', ['See www.mil.by today.']],
    ['URL with path', 'See http://x.y/z.html for more.', ['See http://x.y/z.html for more.']],
    ['URL ends a sentence', 'See mil.by. The site is down.', ['See mil.by.', 'The site is down.']],
    ['thousands', 'It has 20,000 troops and 12 000 more.', ['It has 20,000 troops and 12 000 more.']],
    ['$1Bln', 'Belarus eyes a $1Bln deal. Russia agrees.', ['Belarus eyes a $1Bln deal.', 'Russia agrees.']],
    [
      '$1.5Bln',
      'The deal is worth $1.5Bln. That is a lot.',
      ['The deal is worth $1.5Bln.', 'That is a lot.'],
    ],
    ['ellipsis before lower case', 'He paused... and went on.', ['He paused... and went on.']],
    ['ellipsis before a capital', 'He paused... Then he left.', ['He paused...', 'Then he left.']],
    ['ellipsis character', 'Wait… Then go.', ['Wait…', 'Then go.']],
    ['ellipsis character before lower case', 'Wait… then go.', ['Wait… then go.']],
  ]);
});

describe('splitSentences: lines and paragraphs', () => {
  table([
    ['blank line', 'Title line\n\nBody text here.', ['Title line', 'Body text here.']],
    ['blank line with spaces', 'first part\n  \t\nsecond part', ['first part', 'second part']],
    ['blank line mid-sentence', 'It was the\n\nend of it', ['It was the', 'end of it']],
    ['CRLF paragraphs', 'One.\r\n\r\nTwo.', ['One.', 'Two.']],
    ['paragraph separator', 'One\u2029Two', ['One', 'Two']],
    [
      'dateline on its own line',
      'January 17, 2022\nPresident Alexander Lukashenko spoke.',
      ['January 17, 2022', 'President Alexander Lukashenko spoke.'],
    ],
    [
      'headline on its own line',
      'Belarus Announces Joint Drills With Russia in February\nPresident Alexander Lukashenko spoke.',
      ['Belarus Announces Joint Drills With Russia in February', 'President Alexander Lukashenko spoke.'],
    ],
    [
      'hard-wrapped prose before lower case',
      'The West has for months warned of a possible Russian\ninvasion of Ukraine.',
      ['The West has for months warned of a possible Russian\ninvasion of Ukraine.'],
    ],
    [
      'hard-wrapped prose before a capital',
      'The West has for months warned of a possible\nRussian invasion of Ukraine.',
      ['The West has for months warned of a possible\nRussian invasion of Ukraine.'],
    ],
    [
      'wrapped line ending in a comma',
      'Poland, Lithuania, Latvia,\nEstonia objected.',
      ['Poland, Lithuania, Latvia,\nEstonia objected.'],
    ],
    [
      'wrapped after an abbreviation',
      'Forces of the U.S.\nArmy arrived.',
      ['Forces of the U.S.\nArmy arrived.'],
    ],
    ['list', 'Participants:\n- Russia\n- Belarus', ['Participants:', '- Russia', '- Belarus']],
    ['numbered list', 'Steps\n1. Gather troops\n2. Move them', ['Steps', '1. Gather troops', '2. Move them']],
    ['markdown heading', 'Some intro text\n## Background', ['Some intro text', '## Background']],
    [
      'colon before a line',
      'Original url:\nhttps://example.com/a',
      ['Original url:', 'https://example.com/a'],
    ],
    ['leading and trailing whitespace', '  \n One. Two.  \n', ['One.', 'Two.']],
    ['empty', '', []],
    ['only whitespace', ' \n\t\n ', []],
  ]);
});

describe('scanSentences and the stage', () => {
  it('tags each sentence with the rule that ended it', () => {
    const rules = scanSentences('Title\n\nOne.\nTwo Three\nFour five\n- item').map((s) => s.rule);
    expect(rules).toEqual(['paragraph', 'punct', 'line', 'line', 'end']);
  });

  it('produces sentence mentions whose span slices to their text', () => {
    const text = 'Gen. Gulevich spoke. He left.\n\nJanuary 17, 2022';
    // The period before the blank line already ends the second sentence, so its rule is `punct`.
    const ms = sentenceStage.run(
      { text, published: null, updates: [], language: 'en', links: [], dateline: null },
      { of: () => [] },
    );
    expect(ms.map((m) => m.kind)).toEqual(['sentence', 'sentence', 'sentence']);
    expect(ms.map((m) => m.by)).toEqual([
      'segment/sentence@1:punct',
      'segment/sentence@1:punct',
      'segment/sentence@1:end',
    ]);
    expect(sentenceStage.name).toBe('segment/sentence');
    expect(sentenceStage.needs).toEqual([]);
  });

  it('uses an injected lexicon', () => {
    const lexicon = parseLexicon('Xyz.\ttitle\n');
    const spans = scanSentences('Xyz. Abc went. Gen. Def left.', undefined, lexicon);
    expect(spans.map((s) => s.end)).toEqual([14, 19, 29]);
  });
});

describe('parseLexicon', () => {
  it('reads classes and word lists and skips comments', () => {
    const lx = parseLexicon('# c\n\nGen.\ttitle\nThe\tstarter\nGMT\ttime-next\n');
    expect(lx.abbreviations.get('Gen.')).toBe('title');
    expect(lx.starters.has('The')).toBe(true);
    expect(lx.timeNext.has('GMT')).toBe(true);
  });
  it.each([
    ['Gen.\tgeneral', /unknown class/],
    ['Gen', /expected/],
    ['Gen\ttitle', /must end with/],
    ['Gen.\ttitle\textra', /expected/],
  ])('rejects %j', (line, message) => {
    expect(() => parseLexicon(line, 'x.tsv')).toThrow(message);
  });
});

const SEED = new URL('../../../../shared/seed/allied-resolve-2022-01-17.md', import.meta.url);

describe.skipIf(!existsSync(SEED))('the seed article', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const found = sents(text);
  it.each([
    '# Belarus Announces Joint Drills With Russia in February',
    'January 17, 2022',
    'The West has for months warned of a possible Russian invasion of Ukraine, which Moscow denies.',
    'Last week the United States claimed Russia is preparing a “false flag” pretext to frame Kyiv as the aggressor.',
    '“Our country has to respond to these challenges,” Belta quoted Gulevich as saying.',
    'Belarus and Russia staged massive strategic military exercises involving up to 200,000 troops, titled Zapad-2021, last September.',
    'In 2023, the close allies are scheduled to hold military drills dubbed “Union Shield.”',
    'Original url:',
  ])('has the sentence %s', (sentence) => {
    expect(found).toContain(sentence);
  });
  it('keeps the update note, with a.m. and Jan. and Feb., in one sentence', () => {
    const update = found.find((s) => s.startsWith('*Update at 11:30 a.m.'));
    expect(update).toBeDefined();
    expect(update!.endsWith('set for Feb. 10–20.')).toBe(true);
  });
  it('keeps the closing quote with its sentence', () => {
    expect(found.some((s) => s.startsWith('”'))).toBe(false);
    expect(found).toContain(
      '“Please go ahead and set a specific date and announce it so nobody can accuse us of having massed troops all of a sudden and of being almost ready to go to war,” Lukashenko added.',
    );
  });
});

// Fragments that exercise every rule, glued at random.
const FRAGMENTS = [
  'word',
  'Word',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
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
  '(',
  ')',
  '—',
  '–',
  '-',
  ':',
  ',',
  'U.S.',
  'a.m.',
  'Gen.',
  'Jan.',
  'No.',
  'etc.',
  'J.',
  '1.',
  '20,000',
  '1.5',
  '$1Bln',
  'president.gov.by',
  'http://x.y/z.html',
  'The',
  '- ',
  '# ',
  '😀',
  'Он',
  '\u2029',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((xs) => xs.join('')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

const isWs = (ch: string) => /\s/.test(ch);

describe('splitSentences: properties', () => {
  it('spans are ordered, non-overlapping, in bounds, trimmed and cover all non-whitespace', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const spans = splitSentences(text);
        const covered = new Uint8Array(text.length);
        let prev = 0;
        for (const [s, e] of spans) {
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(isWs(text[s]!)).toBe(false);
          expect(isWs(text[e - 1]!)).toBe(false);
          expect(/\n[^\S\n]*\n/.test(text.slice(s, e))).toBe(false);
          covered.fill(1, s, e);
          prev = e;
        }
        for (let i = 0; i < text.length; i++) {
          if (!isWs(text[i]!)) expect(covered[i]).toBe(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const [s, e] of splitSentences(text)) {
          const first = text.charCodeAt(s);
          const last = text.charCodeAt(e - 1);
          expect(
            first >= 0xdc00 &&
              first <= 0xdfff &&
              s > 0 &&
              text.charCodeAt(s - 1) >= 0xd800 &&
              text.charCodeAt(s - 1) <= 0xdbff,
          ).toBe(false);
          expect(last >= 0xd800 && last <= 0xdbff && (text.charCodeAt(e) & 0xfc00) === 0xdc00).toBe(false);
        }
      }),
    );
  });

  it('splits before a list number at the end of the text as it does before a paragraph (seed 1214296963)', () => {
    expect(splitSentences('word\n1.')).toEqual(splitSentences('word\n1.\n\n'));
  });

  it('is deterministic and does not depend on what follows a paragraph break', () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        expect(splitSentences(a)).toEqual(splitSentences(a));
        const joined = `${a}\n\n${b}`;
        const head = splitSentences(joined).filter(([, e]) => e <= a.length);
        expect(head).toEqual(splitSentences(a));
      }),
    );
  });
});

describe('the platform X', () => {
  it('ends a sentence after a preposition; a capital initial elsewhere does not', () => {
    const t = 'She congratulated the winner on X. Turnout was 64.7%. He wrote to J. R. Smith on Monday.';
    expect(splitSentences(t).map(([a, b]) => t.slice(a, b))).toEqual([
      'She congratulated the winner on X.',
      'Turnout was 64.7%.',
      'He wrote to J. R. Smith on Monday.',
    ]);
  });
});
