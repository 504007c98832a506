import { describe, expect, it } from 'vitest';
import { extractTimes } from './extract.ts';

const PUB = '2022-01-17'; // a Monday

function one(text: string, published: string | null = PUB) {
  const got = extractTimes({ text, published });
  for (const t of got) expect(text.slice(t.span[0], t.span[1])).toBeTypeOf('string');
  return got.map((t) => ({ text: text.slice(t.span[0], t.span[1]), value: t.value, type: t.type }));
}

describe('absolute and partial dates', () => {
  it.each([
    ['It began on January 17, 2022.', 'January 17, 2022', '2022-01-17'],
    ['Talks resume Jan. 18.', 'Jan. 18', '2022-01-18'],
    ['Talks resume 17 January.', '17 January', '2022-01-17'],
    ['Filed 2022-01-17 in Minsk.', '2022-01-17', '2022-01-17'],
    ['The drills will be held in February.', 'February', '2022-02'],
    ['In 2023, the allies meet again.', '2023', '2023'],
    ['Both staged drills last September.', 'last September', '2021-09'],
    ['Lukashenko said they had in December agreed.', 'December', '2021-12'],
    ['The exercise will start mid-February.', 'mid-February', '2022-02'],
    ['It will start early next month.', 'early next month', '2022-02'],
    ['As in the 1990s, tension rose.', 'the 1990s', '199'],
    ['Profit rose in the third quarter.', 'the third quarter', '2021-Q3'],
    ['The summer of 2021 was calm.', 'The summer of 2021', '2021-SU'],
    ['He arrived on 02/22/2016.', '02/22/2016', '2016-02-22'],
    ['They meet on Christmas.', 'Christmas', '2021-12-25'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });
});

describe('ranges', () => {
  it.each([
    ['The drills are set for Feb. 10–20.', 'Feb. 10–20', '2022-02-10/2022-02-20'],
    ['The drills are set for Feb. 10—20.', 'Feb. 10—20', '2022-02-10/2022-02-20'],
    ['The drills are set for Feb. 10-20.', 'Feb. 10-20', '2022-02-10/2022-02-20'],
    ['The drills are set for Feb. 10 to 20.', 'Feb. 10 to 20', '2022-02-10/2022-02-20'],
    ['The drills run Feb. 10 through Feb. 20.', 'Feb. 10 through Feb. 20', '2022-02-10/2022-02-20'],
    ['The drills run from 10 to 20 February.', 'from 10 to 20 February', '2022-02-10/2022-02-20'],
    ['The drills run between Feb. 10 and 20.', 'between Feb. 10 and 20', '2022-02-10/2022-02-20'],
    ['The stage will last until Feb. 9.', 'until Feb. 9', '2022-02-09'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('keeps inclusive bounds and open ends', () => {
    const [r] = extractTimes({ text: 'set for Feb. 10–20', published: PUB });
    expect(r).toMatchObject({ start: '2022-02-10', end: '2022-02-20', by: 'time/range@1:en-dash' });
    const [u] = extractTimes({ text: 'until Feb. 9', published: PUB });
    expect(u).toMatchObject({ start: null, end: '2022-02-09', mod: 'ON_OR_BEFORE', implied: ['year'] });
  });
});

describe('times and zones', () => {
  it.each([
    ['Update at 11:30 a.m. on Jan. 18: more.', '11:30 a.m. on Jan. 18', '2022-01-18T11:30'],
    ['They meet at 3 p.m. Moscow time.', '3 p.m. Moscow time', '2022-01-17T15:00'],
    ['They met Monday at noon.', 'Monday at noon', '2022-01-17T12:00'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value, type: 'time' }));
  });
});

describe('relative and deictic, tense-aware', () => {
  it.each([
    ['The ministry said on Tuesday it was ready.', 'Tuesday', '2022-01-11'],
    ['The ministers will meet on Tuesday.', 'Tuesday', '2022-01-18'],
    ['Media reported Monday.', 'Monday', '2022-01-17'],
    ['Last week the United States claimed it.', 'Last week', '2022-W02'],
    ['He spoke yesterday.', 'yesterday', '2022-01-16'],
    ['It ended two days ago.', 'two days ago', '2022-01-15'],
    ['Next year the plan changes.', 'Next year', '2023'],
    ['It is now over.', 'now', 'PRESENT_REF'],
    // A future auxiliary rules its whole clause; `is due` is an arrangement ahead.
    [
      'The two leaders will watch an exercise of the strategic nuclear forces together on Saturday, aides said.',
      'Saturday',
      '2022-01-22',
    ],
    ['Macron, who is due in Kyiv on Tuesday, told reporters he hoped for talks.', 'Tuesday', '2022-01-18'],
    // So does an arrangement with its infinitive; `had been scheduled to` was one in the past.
    ['Observers are expected to present their preliminary findings on Tuesday.', 'Tuesday', '2022-01-18'],
    ['The vote had been scheduled to take place in the capital on Tuesday.', 'Tuesday', '2022-01-11'],
    // Negative: an auxiliary of another clause does not reach over its comma.
    ['Talks will go on, but the troops that arrived on Saturday stayed.', 'Saturday', '2022-01-15'],
    // The present of a scheduled event, and a present `be` before the day, look ahead.
    ['The exhibition opens to the public on Friday.', 'Friday', '2022-01-21'],
    ['Early voting begins Saturday in the capital.', 'Saturday', '2022-01-22'],
    ["The console's launch day is Tuesday.", 'Tuesday', '2022-01-18'],
    // Their past forms still look back.
    ['The exhibition opened to the public on Friday.', 'Friday', '2022-01-14'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('resolves `the next day` and `two days later` against the narrative', () => {
    const got = extractTimes({
      text: 'Troops arrived on Feb. 3. The next day they left. Two days later they returned.',
      published: PUB,
    });
    expect(got.map((t) => [t.value, t.anchor])).toEqual([
      ['2022-02-03', 'published'],
      ['2022-02-04', 'narrative'],
      ['2022-02-06', 'narrative'],
    ]);
  });

  it('anchors text in an update note to the update', () => {
    const text = 'Jan 17.\n\nUpdate: the ministry said Tuesday it was ready.';
    const s = text.indexOf('the ministry');
    const got = extractTimes({
      text,
      published: PUB,
      updates: [{ value: '2022-01-18T11:30', span: [9, s], scope: [s, text.length] }],
    });
    expect(got.find((t) => t.value === '2022-01-18')).toMatchObject({ anchor: 'update' });
  });

  it('keeps unresolved parts as X without an anchor', () => {
    expect(one('on Feb. 16 and Monday and last week', null).map((t) => t.value)).toEqual([
      'XXXX-02-16',
      'XXXX-WXX-1',
      'XXXX-WXX',
    ]);
    expect(extractTimes({ text: 'on Feb. 16', published: null })[0]).toMatchObject({
      anchor: 'none',
      start: null,
    });
  });
});

describe('durations and sets', () => {
  it.each([
    ['The West has for months warned.', 'months', 'PXM', 'duration'],
    ['The exercise lasts 10 days.', '10 days', 'P10D', 'duration'],
    ['It is a two-week exercise.', 'two-week', 'P2W', 'duration'],
    ['They hold drills every year.', 'every year', 'P1Y', 'set'],
    ['The annual drills begin.', 'annual', 'P1Y', 'set'],
    ['over the past two months', 'the past two months', 'P2M', 'duration'],
  ])('%s', (text, expr, value, type) => {
    expect(one(text)).toContainEqual({ text: expr, value, type });
  });
});

describe('not times', () => {
  it.each([
    'They staged Zapad-2021 drills.',
    'The S-400 systems arrived.',
    'Under the Vienna Document 2011 rules.',
    'Belarus has 300 tanks and 2000 troops.',
    'He may go; they march on.',
    'More than 20,000 troops and 1,998 vehicles.',
    'See https://example.com/2022/01/in-february-a-76065 for more.',
  ])('%s', (text) => {
    expect(one(text).filter((t) => t.type !== 'set')).toEqual([]);
  });
});

describe('the digits after a separator of one number', () => {
  it.each([
    ['It lasted 2,500 years.', []],
    ['about 1,000 days ago', []],
    ['at 2,340 pm', []],
    ['My temperature was 37.1 in the morning', ['the morning']],
    ['the 10.5 years', ['the 10.5 years']],
    ["i'll go back january12,2016", ['january', '2016']],
  ])('%s', (text, found) => {
    expect(one(text).map((t) => t.text)).toEqual(found);
  });
});

describe('words that name properties of plain objects', () => {
  it.each([
    ['every constructor', []],
    ['The constructor said on Monday it would build 3 constructor units.', ['Monday']],
    ['two constructor later, for constructor, the constructor of 1999', ['1999']],
  ])('%s', (text, found) => {
    expect(one(text).map((t) => t.text)).toEqual(found);
  });
});

describe('more general rules', () => {
  it.each([
    ['Shops close on Thanksgiving.', 'Thanksgiving', '2021-11-25'],
    ['The vote is on the first Friday of March.', 'the first Friday of March', '2022-03-04'],
    ['We met at half past seven.', 'half past seven', '2022-01-17T07:30'],
    ['It happened in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
    ['Earnings for the 1988 third quarter fell.', 'the 1988 third quarter', '1988-Q3'],
    ['They met in the late 1980s.', 'the late 1980s', '198'],
    ['The talks ran for two decades.', 'two decades', 'P20Y'],
    ['They meet every July.', 'every July', 'XXXX-07'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('follows the quarter the narrative last named', () => {
    const got = one('Profit rose in the third quarter. A year ago, the quarter was weak.', '1989-10-27');
    expect(got.map((t) => t.value)).toEqual(['1989-Q3', '1988-Q3', '1989-Q3']);
  });

  it('takes the reported quarter from quarters that are over, not from forecasts', () => {
    const got = one(
      'Profit rose in the third quarter. It expects a loss in the third quarter of 1990. In the year-ago period it earned more.',
      '1989-10-26',
    );
    expect(got.map((t) => t.value)).toEqual(['1989-Q3', '1990-Q3', '1988-Q3']);
    const latest = one(
      'Sales will rise in the fourth quarter. In the latest quarter, sales fell.',
      '1989-11-02',
    );
    expect(latest.map((t) => t.value)).toEqual(['1989-Q4', '1989-Q3']);
  });

  it('joins a narrative quarter to the year before it names', () => {
    const text =
      'Profit rose in the third quarter, against $2 million for the corresponding period last year.';
    expect(one(text, '1989-11-01')).toContainEqual(
      expect.objectContaining({ text: 'the corresponding period last year', value: '1988-Q3' }),
    );
    expect(
      one('Net rose in the third quarter. For the quarter a year ago, it lost.', '1989-10-26'),
    ).toContainEqual(expect.objectContaining({ text: 'the quarter a year ago', value: '1988-Q3' }));
  });

  it('does not let a year-stated period move the narrative quarter', () => {
    const text =
      'Net rose in the third quarter, against a loss in the 1988 period. The year-ago results were weak.';
    expect(one(text, '1989-11-02').map((t) => t.value)).toEqual(['1989-Q3', '1988-Q3', '1988-Q3']);
  });

  it('reads `a year-earlier loss` as the year-ago quarter, not a duration', () => {
    const got = one(
      'It lost $2 million in the third quarter, against a year-earlier loss of $1 million.',
      '1989-10-26',
    );
    expect(got).toContainEqual(expect.objectContaining({ text: 'year-earlier', value: '1988-Q3' }));
    expect(got.some((t) => t.type === 'duration')).toBe(false);
  });

  it('reads the narrative year for `that year` after a year alone', () => {
    const got = one('Sales were $37.3 million in 1988, a small share of imports that year.', '1989-11-02');
    expect(got).toContainEqual(expect.objectContaining({ text: 'that year', value: '1988' }));
  });

  it.each([
    // A weekday that ends a range after a calendar date is read from the anchor.
    ['Crane bought shares from Sept. 14 to Thursday.', 'from Sept. 14 to Thursday', '1989-09-14/1989-10-26'],
    ['They work Monday to Friday.', 'Monday to Friday', '1989-10-30/1989-11-03'],
    // A month takes its year from `this year` after it, and from a spelled-out year.
    ['The process began in February this year.', 'February', '1989-02'],
    ['The talks resume in March of next year.', 'March of next year', '1990-03'],
    ['January nineteen ninety-seven. Atlanta again.', 'January nineteen ninety-seven', '1997-01'],
    ['It was the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', '1994-WI'],
    // `a couple` is two.
    ['It took a couple of years.', 'a couple of years', 'P2Y'],
    ['He left a couple of days ago.', 'a couple of days ago', '1989-10-28'],
  ])('%s', (text, expr, value) => {
    expect(one(text, '1989-10-30')).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    // An offset counted from a day written after it.
    ["The day before last Tuesday's hearing, he left.", 'The day before last Tuesday', '2000-02-21'],
    ['The week after Christmas was quiet.', 'The week after Christmas', '1999-W52'],
    ['Are you free two days after today?', 'two days after today', '2000-02-26'],
    ['I will go back four days from yesterday.', 'four days from yesterday', '2000-02-27'],
    // A count before a calendar date stays a duration beside the date, as TimeML tags it.
    ['It ended two days before Christmas.', 'two days', 'P2D'],
    // `is to` + verb is an arrangement ahead.
    ['Trading is to resume in Paris Tuesday.', 'Tuesday', '2000-02-29'],
  ])('%s', (text, expr, value) => {
    expect(one(text, '2000-02-24')).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('reads the weekend by tense', () => {
    expect(one('Troops moved over the weekend.')[0]).toMatchObject({ value: '2022-W02-WE' });
    expect(one('Troops will move over the weekend.')[0]).toMatchObject({ value: '2022-W03-WE' });
  });

  it('names the rule that made each expression', () => {
    const [t] = extractTimes({ text: 'on Feb. 10 to 20', published: PUB });
    expect(t!.by).toBe('time/range@1:to');
  });
});

describe('clock times joined to days and ranges of hours', () => {
  it.each([
    ['They met this morning at 7.', 'this morning at 7', '2022-01-17T07:00'],
    ['The vote is tonight at 9.', 'tonight at 9', '2022-01-17T21:00'],
    ['Polls close at 8 p.m. tonight.', '8 p.m. tonight', '2022-01-17T20:00'],
    [
      'It will start tomorrow morning at 9 o\u2019clock.',
      'tomorrow morning at 9 o\u2019clock',
      '2022-01-18T09:00',
    ],
    ['The office is open 5 to 6 p.m.', '5 to 6 p.m.', '2022-01-17T17:00/2022-01-17T18:00'],
    [
      'Talks will run from 9 to 11 a.m. on Tuesday.',
      'from 9 to 11 a.m. on Tuesday',
      '2022-01-18T09:00/2022-01-18T11:00',
    ],
    [
      'Voting is between 2 and 4pm tomorrow.',
      'between 2 and 4pm tomorrow',
      '2022-01-18T14:00/2022-01-18T16:00',
    ],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value, type: 'time' }));
  });

  it.each([
    ['Prices rose 5 to 6 percent this morning.', 'this morning'],
    ['He left this morning at 7 people were waiting.', 'this morning'],
  ])('does not read counts as hours: %s', (text, expr) => {
    expect(one(text).map((t) => t.text)).toEqual([expr]);
  });

  it('keeps the clock when there is no anchor', () => {
    expect(one('at 8:30 p.m. today', null)).toEqual([
      { text: '8:30 p.m. today', value: 'XXXX-XX-XXT20:30', type: 'time' },
    ]);
  });
});

describe('TimeML conventions for vague stretches and the current unit', () => {
  it.each([
    ['Prices fell in recent months.', 'recent months', 'PXM', 'duration'],
    ['Sales will grow in coming years.', 'coming years', 'PXY', 'duration'],
    ['For the year, profit was flat.', 'the year', '2022', 'date'],
    ['Profit for the fiscal year ended June 30 rose.', 'the fiscal year', 'P1Y', 'duration'],
    ['Shares fell 3% for the week.', 'the week', '2022-W03', 'date'],
    ['Prices rose over the past year.', 'the past year', '2021', 'date'],
    ['Growth slowed in the last decade.', 'the last decade', '201', 'date'],
    ['Output rose in the past hour.', 'the past hour', 'PT1H', 'duration'],
  ])('%s', (text, expr, value, type) => {
    expect(one(text)).toContainEqual({ text: expr, value, type });
  });

  it.each(['The year-ago quarter was weak.', 'In the year 2000 it began.'])(
    'leaves other readings of `the year` to other rules: %s',
    (text) => {
      expect(one(text).map((t) => t.text)).not.toContain('the year');
    },
  );
});

describe('tense cues', () => {
  it.each([
    // A determiner makes the cue a noun or an adjective: `the plan`, `the reduced dividend`.
    ['The thrift announced the plan Aug. 21.', 'Aug. 21', '1989-08-21', '1989-10-27'],
    ['The reduced dividend is payable Jan. 2.', 'Jan. 2', '1990-01-02', '1989-11-02'],
    // `could` does not point ahead.
    ['He could not be located Wednesday.', 'Wednesday', '2022-01-12', PUB],
    // A month well ahead with no cue is the last one.
    [
      'He stepped down as chairman, president and chief executive in March.',
      'March',
      '1989-03',
      '1989-11-02',
    ],
    // `since` opens what lies behind.
    ['They have waited since Dec. 20.', 'since Dec. 20', '2021-12-20', PUB],
    // Names and prepositions do not use up the look-back: the cue `planned` still counts.
    ['Protesters planned a large demonstration in Little Havana on Saturday.', 'Saturday', '2022-01-22', PUB],
    // `next to` is a preposition, not a cue: the past verb before it decides.
    ['A bomb ripped through a building next to the embassy in Nairobi Friday.', 'Friday', '2022-01-14', PUB],
    // An adverb between a determiner and an `-ed` word keeps it an adjective.
    ['It will be paid on a still unspecified date in February.', 'February', '2022-02', PUB],
    // A past tense cannot mean a month that has not begun.
    ['The process began in March.', 'March', '2021-03', PUB],
    ['The process began in February.', 'February', '2021-02', PUB],
    // The present perfect and the present passive carry no direction.
    ['Plans have been made to launch the exercise in February.', 'February', '2022-02', PUB],
    ['The case is heard in February.', 'February', '2022-02', PUB],
    // A deadline moved with `until` lies ahead of the text.
    ['Officials postponed until Tuesday any action.', 'until Tuesday', '2022-01-18', PUB],
    ['They were given until Friday to reply.', 'until Friday', '2022-01-21', PUB],
    // ... but not a stay that merely lasted until a day.
    ['The shop stayed shut until Friday.', 'until Friday', '2022-01-14', PUB],
  ])('%s', (text, expr, value, published) => {
    expect(one(text, published)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });
});

describe('days, quarters and sets in chat and wire style', () => {
  it.each([
    ['They met Friday the 21st.', 'Friday the 21st', '2022-01-21', '2022-01-25'],
    ['We meet on the 20th of next month.', '20th of next month', '2022-02-20', PUB],
    ['Sales for last quarter fell.', 'last quarter', '2021-Q4', PUB],
    ['Sales in the last quarter of 2021 fell.', 'the last quarter of 2021', '2021-Q4', PUB],
    ['Q3 2021 results beat forecasts.', 'Q3 2021', '2021-Q3', PUB],
    ['It was warm this past spring.', 'this past spring', '2021-SP', PUB],
    ['They meet once a year.', 'once a year', 'P1Y', PUB],
    ['The talk lasted an hour and a half.', 'an hour and a half', 'PT1H30M', PUB],
    ['The strike lasted 2 1/2 years.', '2 1/2 years', 'P2Y6M', PUB],
    ['He served two and a half years.', 'two and a half years', 'P2Y6M', PUB],
    ['It took one and a half hours.', 'one and a half hours', 'PT1H30M', PUB],
    ['It lasted an hour and half.', 'an hour and half', 'PT1H30M', PUB],
    ['He took a one year and a quarter gap.', 'one year and a quarter', 'P1Y3M', PUB],
    ['He waited two years and a half-dozen days.', 'two years', 'P2Y', PUB],
    ['It opens at 12 noon.', '12 noon', '2022-01-17T12:00', PUB],
    ['They left at 4 in the morning.', '4 in the morning', '2022-01-17T04:00', PUB],
    ['Prices rose in mid-1996.', 'mid-1996', '1996', PUB],
    [
      'Talks run 3:00 to 4:00 p.m. tomorrow.',
      '3:00 to 4:00 p.m. tomorrow',
      '2022-01-18T15:00/2022-01-18T16:00',
      PUB,
    ],
  ])('%s', (text, expr, value, published) => {
    expect(one(text, published)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    'He won a second term.',
    'He won one second round.',
    'Three-quarters of the vote went to him.',
    'She came for the twenty second time.',
  ])('not a duration: %s', (text) => {
    expect(one(text).filter((t) => t.type === 'duration')).toEqual([]);
  });
});

describe('parts of days, days of the month, halves and further stretches', () => {
  it.each([
    ['They met in the evening.', 'the evening', '2022-01-17TEV'],
    ['It rained in the afternoon at 4.', 'the afternoon at 4', '2022-01-17T16:00'],
    ['Shots rang out in late afternoon.', 'late afternoon', '2022-01-17TAF'],
    ['Talks resumed mid-afternoon yesterday.', 'mid-afternoon yesterday', '2022-01-16TAF'],
    // `is due` looks ahead: the next 4th after the 17th.
    ['The deal is due on the 4th.', 'the 4th', '2022-02-04'],
    ['The deal was signed on the 4th.', 'the 4th', '2022-01-04'],
    ['The drive took a half-hour.', 'a half-hour', 'PT30M'],
    ['They waited another two weeks.', 'another two weeks', 'P2W'],
    ['They meet Tuesday in the morning.', 'Tuesday in the morning', '2022-01-11TMO'],
    ['It began at 20 min past eight in the evening.', '20 min past eight in the evening', '2022-01-17T20:20'],
    ['Trains leave each two days.', 'each two days', 'P2D'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['He read the morning paper.', []],
    ['She hosts a late-night show.', []],
    ['He voted on the 4 bills.', []],
    ['They marched on the 4th of July.', ['4th of July']],
    ['The index closed at 6,107.31 August 2019 levels.', ['August 2019']],
    ['It fell 20 minutes after the vote.', ['20 minutes']],
  ])('%s', (text, texts) => {
    expect(one(text).map((t) => t.text)).toEqual(texts);
  });
});

describe('rates and ages', () => {
  it('marks a rate on a quantity as such', () => {
    for (const text of [
      'It saves $2 million a year.',
      'There are four flights a week.',
      'It pays $5 a day.',
    ]) {
      const [t] = extractTimes({ text, published: PUB });
      expect(t).toMatchObject({ type: 'set', by: 'time/set@1:rate' });
    }
    expect(extractTimes({ text: 'They meet twice a year.', published: PUB })[0]!.by).toBe('time/set@1');
  });

  it('reads no duration in an age', () => {
    expect(one('Mr. Smith, 52 years old, will retire.')).toEqual([]);
  });
});

describe('edges and parts of periods, numeric days after a weekday, year-quarter codes', () => {
  it.each([
    ['It ends by end of this month.', 'end of this month', '2022-01', 'END'],
    ['We meet later this afternoon.', 'later this afternoon', '2022-01-17TAF', 'END'],
    ['It happened early in the morning.', 'early in the morning', '2022-01-17TMO', 'START'],
  ])('%s', (text, expr, value, mod) => {
    const got = extractTimes({ text, published: PUB }).map((t) => ({
      text: text.slice(t.span[0], t.span[1]),
      value: t.value,
      mod: t.mod,
    }));
    expect(got).toContainEqual({ text: expr, value, mod });
  });

  it.each([
    ['It was born on the 4th of July of 1995.', '4th of July of 1995', '1995-07-04'],
    ['Call me Friday 7/6 please.', 'Friday 7/6', '2022-07-06'],
    ['Sales fell in 2017 Q1.', '2017 Q1', '2017-Q1'],
    ['Results for 2019-H2 are out.', '2019-H2', '2019-H2'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('does not read a verb as an edge of a period', () => {
    expect(one('Talks start tomorrow.').map((t) => t.text)).toEqual(['tomorrow']);
  });

  it('keeps the bounds of one day under a mod', () => {
    const [t] = extractTimes({ text: 'later this afternoon', published: PUB });
    expect(t).toMatchObject({ start: '2022-01-17', end: '2022-01-17' });
  });
});

describe('durations that look like ordinals', () => {
  it('keeps a count of seconds before a noun', () => {
    expect(one('The 30-second ad ran.')).toEqual([
      { text: 'The 30-second', value: 'PT30S', type: 'duration' },
    ]);
  });
});

describe('holidays', () => {
  it.each([
    ['We shop on Black Friday 2010.', 'Black Friday 2010', '2010-11-26'],
    ['Polls open on Election Day 2020.', 'Election Day 2020', '2020-11-03'],
    ["They met on father's day of 2015.", "father's day of 2015", '2015-06-21'],
    ['Shops close on christmas day.', 'christmas day', '2021-12-25'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each(['They walked on easter roads.', 'They held the may day rally.'])(
    'not in lower case: %s',
    (text) => {
      expect(one(text)).toEqual([]);
    },
  );
});

describe('clock times as people say them', () => {
  it.each([
    ['Be back by 7 p. m. please.', '7 p. m.', '2022-01-17T19:00'],
    ['We left at seven thirty p.m.', 'seven thirty p.m.', '2022-01-17T19:30'],
    ['Wake me at eight forty.', 'eight forty', '2022-01-17T08:40'],
    ['It is three minutes to eight.', 'three minutes to eight', '2022-01-17T07:57'],
    ['He paid at 10 past 9 this morning.', '10 past 9 this morning', '2022-01-17T09:10'],
    ['They met at ten past 9 in the evening.', 'ten past 9 in the evening', '2022-01-17T21:10'],
    ['It was 8 in the night.', '8 in the night', '2022-01-17T20:00'],
    ['Back at 1140 a.m.', '1140 a.m.', '2022-01-17T11:40'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value, type: 'time' }));
  });

  it.each([
    'Inflation rose 2 past 3 percent.',
    'They bought seven thirty-year bonds.',
    'He scored ten past nine defenders.',
    'Prices rose 5 to 6 percent.',
  ])('not a clock time: %s', (text) => {
    expect(one(text).filter((t) => t.type === 'time')).toEqual([]);
  });
});

describe('a day and its part written apart', () => {
  it.each([
    ['They met on Tuesday, in the morning.', 'Tuesday, in the morning', '2022-01-11TMO'],
    ['They met on Tuesday late night.', 'Tuesday late night', '2022-01-11TNI'],
    ['They met in the early morning on Tuesday.', 'the early morning on Tuesday', '2022-01-11TMO'],
    ['It opens in the morning of this Friday.', 'the morning of this Friday', '2022-01-21TMO'],
    ['Shots were heard May 5th night.', 'May 5th night', '2021-05-05TNI'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('does not join a day to a later noun phrase', () => {
    expect(one('On Tuesday, the evening news said so.').map((t) => t.text)).toEqual(['Tuesday']);
  });
});

describe('a day with a range of hours', () => {
  it.each([
    [
      'We meet Friday between 1 p.m. and 4 p.m.',
      'Friday between 1 p.m. and 4 p.m.',
      '2022-01-14T13:00/2022-01-14T16:00',
    ],
    [
      'We will meet tomorrow between 8am and 2pm.',
      'tomorrow between 8am and 2pm',
      '2022-01-18T08:00/2022-01-18T14:00',
    ],
    [
      'The office opens from 4pm to 5pm of tomorrow.',
      'from 4pm to 5pm of tomorrow',
      '2022-01-18T16:00/2022-01-18T17:00',
    ],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });
});

describe('a month of a year in numbers, and dates around a month word', () => {
  it.each([
    ['Sales for 2016/11 rose.', '2016/11', '2016-11'],
    ['I will be out 2015-3.', '2015-3', '2015-03'],
    ['The card expires 11/2016.', '11/2016', '2016-11'],
    ['Figures for 2016 - 11, in full.', '2016 - 11', '2016-11'],
    ["What's your plan for Dec-2018?", 'Dec-2018', '2018-12'],
    ['The date should be 05-Aug-2016.', '05-Aug-2016', '2016-08-05'],
    ['I will go back 2019/aug/01.', '2019/aug/01', '2019-08-01'],
    ['I will be out 2016 November.', '2016 November', '2016-11'],
    // Two years, not a month.
    ['The 2010-11 season was long.', '2010-11', '2010/2011'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['In 2016 - 11 people died.', ['2016']],
    ['The 2015/16 budget passed.', ['2015']],
    ['Half of them, 1/2, left.', []],
    ['The 2016 March 5 vote was close.', ['2016', 'March 5']],
  ])('keeps counts and spans of years out: %s', (text, texts) => {
    expect(one(text).map((t) => t.text)).toEqual(texts);
  });
});

describe('the rest and the end of the current unit', () => {
  it.each([
    ['I am out for the rest of the week.', 'the rest of the week', '2022-01-17/2022-01-23'],
    ['I am out rest of this month.', 'rest of this month', '2022-01-17/2022-01-31'],
    ['Prices hold for the remainder of the year.', 'the remainder of the year', '2022-01-17/2022-12-31'],
    ['A party will be held at the EOY.', 'the EOY', '2022'],
    ['Pay is due end of month.', 'end of month', '2022-01'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('does not read the rest of a group as time', () => {
    expect(one('The rest of the team left.')).toEqual([]);
  });
});

describe('sets with parts of days and clock times', () => {
  it.each([
    ['I leave 3pm every day.', '3pm every day', 'T15:00'],
    ['I leave each Monday at 4pm.', 'each Monday at 4pm', 'XXXX-WXX-1T16:00'],
    ['I leave at 9am on Sundays.', '9am on Sundays', 'XXXX-WXX-7T09:00'],
    ['She runs every morning.', 'every morning', 'TMO'],
    ['I leave every night at 9.', 'every night at 9', 'T21:00'],
    ['Flights leave Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI'],
    ["Let's meet in the evenings.", 'the evenings', 'TEV'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value, type: 'set' }));
  });

  it('does not read plural parts of days as a set without a cue', () => {
    expect(one('He spent the mornings reading.')).toEqual([]);
  });
});

describe('days of the month without a month', () => {
  it.each([
    ['I went back for the 27th.', 'the 27th', '2020-06-27'],
    ['I went back for the 27.', 'the 27', '2020-06-27'],
    ['I went back for the twenty second.', 'the twenty second', '2020-06-22'],
    // A month without a 31st steps on to the nearest one that has it.
    ['I went back for the thirty first.', 'the thirty first', '2020-05-31'],
    ['We come back after the 15th day of next month.', 'the 15th day of next month', '2020-08-15'],
    ['Deliver before the twenty-sixth day of the month.', 'the twenty-sixth day of the month', '2020-07-26'],
  ])('%s', (text, expr, value) => {
    expect(one(text, '2020-07-10')).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['He won for the second time.'],
    ['It is the 3rd day of the strike.'],
    ['They pushed for the 6-year-old boy.'],
    ['He paid for the 4 bills.'],
    ['Events for the 25th Anniversary of ties.'],
  ])('keeps other ordinals and counts out: %s', (text) => {
    expect(one(text, '2020-07-10')).toEqual([]);
  });
});

describe('a numeric month and day after a preposition', () => {
  it.each([
    ['I went back on 4/22.', '4/22', '2016-04-22'],
    ['I will go back on 22/04.', '22/04', '2017-04-22'],
    ['Life changed after 9/11 for many.', '9/11', '2016-09-11'],
    ['I am out from 10/1 to 11/7.', 'from 10/1 to 11/7', '2016-10-01/2016-11-07'],
  ])('%s', (text, expr, value) => {
    expect(one(text, '2016-11-07')).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['It passed on a 3-2 vote, on 3-2 vote.'],
    ['They won in 4-3 overtime.'],
    ['They agreed on 1/2 of them.'],
    ['Half, 1/2, left.'],
  ])('keeps scores and fractions out: %s', (text) => {
    expect(one(text, '2016-11-07')).toEqual([]);
  });
});

describe('rough hours and nth weekdays of the current month', () => {
  it.each([
    ['I will be back 11ish.', '11ish', '2017-09-05T11:00'],
    ['I will be back 11-ish.', '11-ish', '2017-09-05T11:00'],
    ['I will be back noonish.', 'noonish', '2017-09-05T12:00'],
    ['I went back second Sunday.', 'second Sunday', '2017-09-10'],
    ['I went back last Friday.', 'last Friday', '2017-09-01'],
  ])('%s', (text, expr, value) => {
    expect(one(text, '2017-09-05')).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('does not read an ordinal before a weekday-named noun as a date', () => {
    expect(one('It was his first Sunday service.', '2017-09-05').map((t) => t.text)).toEqual(['Sunday']);
  });
});

describe('a clock time to a bare hour', () => {
  it.each([
    ['Set up a meeting from 1:30 to 3.', 'from 1:30 to 3', '2022-01-17T01:30/2022-01-17T03:00'],
    ['The class is from 11 am to 3.', 'from 11 am to 3', '2022-01-17T11:00/2022-01-17T15:00'],
    ['The class is from 11:01 am to 11.', 'from 11:01 am to 11', '2022-01-17T11:01/2022-01-17T23:00'],
    ['Set up a meeting from 3 to 3:30.', 'from 3 to 3:30', '2022-01-17T03:00/2022-01-17T03:30'],
    ["Let's meet 1p.m. to 4.", '1p.m. to 4', '2022-01-17T13:00/2022-01-17T16:00'],
    ['Set up a meeting from two to five pm.', 'from two to five pm', '2022-01-17T14:00/2022-01-17T17:00'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['Set up a meeting 1:30p.m. to 4 people.', '1:30p.m.'],
    ['Rates went from 1:30 to 3 percent.', '1:30'],
  ])('keeps a count after `to` out: %s', (text, expr) => {
    expect(one(text).map((t) => t.text)).toEqual([expr]);
  });
});

describe('ranges of days and the week of a day', () => {
  it.each([
    ['Shops open Monday to Friday.', 'Monday to Friday', '2022-01-17/2022-01-21'],
    ['The office is shut today till tomorrow.', 'today till tomorrow', '2022-01-17/2022-01-18'],
    [
      'Talks ran from Friday the 14th until Tuesday the 18th.',
      'from Friday the 14th until Tuesday the 18th',
      '2022-01-14/2022-01-18',
    ],
    ['Sales fell in the week of March 6.', 'the week of March 6', '2021-W09'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('keeps `to` after a weekday a preposition when no day follows', () => {
    expect(one('They met on Tuesday to discuss it.').map((t) => t.text)).toEqual(['Tuesday']);
  });
});

/** The pieces as TimeML tags them (the TempEval view of a mention). */
function timemlParts(text: string, published: string | null = PUB) {
  return extractTimes({ text, published }).flatMap((t) =>
    t.parts.map((p) => ({ text: text.slice(p.span[0], p.span[1]), value: p.value, type: p.type })),
  );
}

describe('narrative offsets: the whole is a date, the TimeML part a duration', () => {
  it.each([
    [
      'He fell ill on Jan. 3. Three days later he died.',
      'Three days later',
      '2022-01-06',
      'Three days',
      'P3D',
    ],
    ['A day earlier, trucks crossed.', 'A day earlier', '2022-01-16', 'A day', 'P1D'],
    ['Just over an hour later he was dead.', 'an hour later', '2022-01-17', 'an hour', 'PT1H'],
    ['A few days later, the firm sold.', 'A few days later', 'XXXX-XX-XX', 'A few days', 'PXD'],
    ['Two weeks later the talks resumed.', 'Two weeks later', '2022-W05', 'Two weeks', 'P2W'],
  ])('%s', (text, whole, wholeValue, part, partValue) => {
    expect(one(text)).toContainEqual(
      expect.objectContaining({ text: whole, value: wholeValue, type: 'date' }),
    );
    expect(timemlParts(text)).toContainEqual({ text: part, value: partValue, type: 'duration' });
  });

  it.each([
    // Counts of years are dates in TimeML as a whole (`a year earlier`), and `ago` always is.
    ['Profit was $3 million a year earlier.', 'a year earlier'],
    ['Two years later the plant closed.', 'Two years later'],
    ['The plant closed three days ago.', 'three days ago'],
  ])('keeps the whole as one date part: %s', (text, whole) => {
    const parts = timemlParts(text);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ text: whole, type: 'date' });
  });
});

describe('forms of `be` do not use up the tense look-back', () => {
  it.each([
    ['The split would be paid on a still unspecified date in October.', '2022-10'],
    ['The split was paid on a still unspecified date in October.', '2021-10'],
    ['The bonus will be paid in some form during October.', '2022-10'],
  ])('%s', (text, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: 'October', value }));
  });
});

describe('capitalised time words inside a sentence are names', () => {
  it.each([
    ['He quoted the film ``High Noon.`` It helped.'],
    ['Gonzalez said on CBS\'s "60 Minutes" that he was angry.'],
    ['Baker said on ABC\'s "This Week" that the talks went on.'],
    ['This is VOA Today, with the news.'],
    // Words a title also capitalises, or any in capitals, between a capitalised word and a
    // lower-case one: the end of a name.
    ['Amazon Prime Now delivers groceries.'],
    ["The People's Daily said so."],
    ['USA TODAY reported it first.'],
  ])('%s', (text) => {
    expect(one(text)).toEqual([]);
  });

  it.each([
    ['Today the talks resume.', 'Today', '2022-01-17'],
    ['He said: "Tomorrow we go home."', 'Tomorrow', '2022-01-18'],
    ['They voted on Election Day.', 'Election Day', '2021-11-02'],
    ['THE TALKS END TODAY', 'TODAY', '2022-01-17'],
    ['Lukashenko Now Says Drills Will End', 'Now', 'PRESENT_REF'],
    ['Markets\nToday stocks fell.', 'Today', '2022-01-17'],
    ['The talks went on (Monday night talks were calm).', 'Monday night', '2022-01-17TNI'],
  ])('keeps the time word: %s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });
});

describe('durations joined to `long` or a vague count, days of a trading calendar, stretches ahead', () => {
  it.each([
    ['They left their third day-long meeting.', 'day-long', 'P1D'],
    ['It ended a decades-long battle.', 'decades-long', 'PXDE'],
    ['He followed a several-year tenure as editor.', 'several-year', 'PXY'],
    ['Eight trading days after the plunge, it recovered.', 'Eight trading days', 'P8D'],
    ['The banks must wait ten business days.', 'ten business days', 'P10D'],
    ['Funds may sell junk in the weeks ahead.', 'the weeks ahead', 'PXW'],
    ['It may raise money at a later date.', 'a later date', 'FUTURE_REF'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['The road ahead is long.'],
    ['He set a later deadline.'],
    ['They talked about the business day by day.'],
    ['A long-term plan was set.'],
    ['Several-fold gains followed.'],
  ])('finds no time in: %s', (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe('holiday weeks, coordinated days, a year-ago quarter', () => {
  it.each([
    ['Protests grew during Easter week.', 'Easter week', '2021-W13'],
    ['Stores were busy in Christmas week.', 'Christmas week', '2021-W51'],
    ['The summit is on April 24 and 25.', 'April 24', '2022-04-24'],
    ['The summit is on April 24 and 25.', '25', '2022-04-25'],
    ['Talks were held Jan. 3 and 4, officials said.', '4', '2022-01-04'],
    ['Profit fell from the year-ago third quarter.', 'the year-ago third quarter', '2020-Q3'],
    ['Sales beat the year-earlier fourth quarter.', 'the year-earlier fourth quarter', '2020-Q4'],
  ])('%s → %s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['It sold April 24 and 25 people came.', ['April 24']],
    ['Between 3 and 4 of them left on May 2.', ['May 2']],
    ['It rose on April 24 and 25% fell.', ['April 24']],
    ['He was born on April 24 and 5 days later left.', ['April 24', '5 days later']],
    ['The Easter weekend was calm.', ['Easter']],
    ['A year-ago quarterly loss.', ['year-ago', 'quarterly']],
  ])('keeps other numbers out: %s', (text, exprs) => {
    expect(one(text).map((t) => t.text)).toEqual(exprs);
  });
});

describe('vague stretches of `the years` and lower-case ambiguous months', () => {
  it.each([
    ['Over the years many more patients died.', 'the years', 'PXY'],
    ['In the years that followed, the rebels fought on.', 'the years', 'PXY'],
    ['Prices rose throughout the decades after the war.', 'the decades', 'PXDE'],
    ['He has marched last May.', 'last May', '2021-05'],
    ['It opens next march 3.', 'next march 3', '2022-03-03'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it.each([
    ['His car was seen in the weeks before the shooting.'],
    ['In the years 1990 to 1995 he was abroad.'],
    ['He was arrested at this march in Washington.'],
    ['The rules say the next may not be late.'],
  ])('finds no vague stretch or month in: %s', (text) => {
    expect(
      one(text).filter((t) => t.value === 'PXY' || t.value === 'PXW' || /-0[35]$/.test(t.value)),
    ).toEqual([]);
  });
});

describe('`Now,` opening a sentence is a connective', () => {
  it.each([
    ['Iraq was ready. Now, he says, the West wants war.'],
    ['"Now, let us begin," she said.'],
    ['Now, following asset sales, the firm is smaller.'],
  ])('%s', (text) => {
    expect(one(text).filter((t) => t.value === 'PRESENT_REF')).toEqual([]);
  });

  it.each([
    ['Now the alliance has a new mission.'],
    ['The fund now holds cash.'],
    ['It is over, for now, officials said.'],
    ['Right now, my evidence is scant.'],
  ])('keeps the present: %s', (text) => {
    expect(one(text).filter((t) => t.value === 'PRESENT_REF')).toHaveLength(1);
  });
});

describe('`the current fiscal year` and hyphenated fiscal quarters', () => {
  it.each([
    ['Sales in the current fiscal year will rise.', 'the current fiscal year', '2022'],
    ['It will grow in the current year.', 'the current year', '2022'],
    ['It lost money in the fiscal-first quarter ended Sept. 30.', 'the fiscal-first quarter', '2022-Q1'],
  ])('%s', (text, expr, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: expr, value }));
  });

  it('makes a hyphenated fiscal quarter the reported one', () => {
    const text = 'It lost C$2 million in the fiscal-first quarter. A year ago it earned C$1 million.';
    expect(one(text, '2022-10-26')).toContainEqual(
      expect.objectContaining({ text: 'A year ago', value: '2021-Q1' }),
    );
  });

  it.each([['The current fiscal policy has evolved.'], ['Its fiscal-policy team met.']])(
    'finds no year or quarter in: %s',
    (text) => {
      expect(one(text).filter((t) => /^\d{4}/.test(t.value))).toEqual([]);
    },
  );
});

describe('comparison compounds, the latest fiscal year, weekdays sharing a plural part', () => {
  it.each([
    ['Sales rose in the latest fiscal year.', 'the latest fiscal year', '2021', 'date'],
    ['Flights leave on Monday and Tuesday nights.', 'Monday', 'XXXX-WXX-1TNI', 'set'],
    ['Flights leave on Monday and Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI', 'set'],
    ['Shops close Friday or Saturday mornings.', 'Friday', 'XXXX-WXX-5TMO', 'set'],
  ])('%s → %s', (text, expr, value, type) => {
    expect(one(text)).toContainEqual({ text: expr, value, type });
  });

  it.each([
    ['The quarter-to-quarter comparison was better.', []],
    ['Its year-over-year growth slowed.', []],
    ['They met on Monday and Tuesday night.', ['Monday', 'Tuesday night']],
    ['The latest fiscal year ended June 30 was weak.', ['June 30']],
  ])('reads no period or set in: %s', (text, exprs) => {
    expect(one(text).map((t) => t.text)).toEqual(expect.arrayContaining(exprs));
    expect(one(text).filter((t) => t.type === 'set' || /-Q\d$/.test(t.value))).toEqual([]);
  });
});

describe('a clock time, the same time in brackets, then the day', () => {
  it('joins them, with the clock and the day as TimeML parts', () => {
    const text = 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.';
    expect(one(text)).toEqual([
      // The hedge is part of the expression, as TimeML extents hold it.
      { text: 'about 10:35 a.m. (0735 GMT) Friday', value: '2022-01-14T10:35', type: 'time' },
    ]);
    expect(timemlParts(text)).toEqual([
      { text: '10:35 a.m.', value: '2022-01-14T10:35', type: 'time' },
      { text: 'Friday', value: '2022-01-14', type: 'date' },
    ]);
  });

  it.each([
    ['It began at 9 a.m. (local time) Friday.', ['9 a.m.', 'Friday']],
    ['It began at 9 a.m. (see page 3) and ended Friday.', ['9 a.m.', 'Friday']],
    ['It began at 9 a.m. (0700 GMT), officials said.', ['9 a.m.']],
  ])('keeps brackets without a clock, or without a day after them, apart: %s', (text, exprs) => {
    expect(one(text).map((t) => t.text)).toEqual(exprs);
  });
});

describe('hedges before a count of time', () => {
  it.each([
    ['He served more than 20 years.', 'more than 20 years', 'P20Y', 'MORE_THAN'],
    ['They waited at least 72 hours.', 'at least 72 hours', 'PT72H', 'EQUAL_OR_MORE'],
    ['It lasted about two weeks.', 'about two weeks', 'P2W', 'APPROX'],
    ['We met nearly four years ago.', 'nearly four years ago', '2018', 'LESS_THAN'],
    ['It happened at about 4:30 a.m. on Monday.', 'about 4:30 a.m. on Monday', '2022-01-17T04:30', 'APPROX'],
    // Over can mean during: no hedge read.
    ['Talks ran over two days.', 'two days', 'P2D', null],
  ])('%s', (text, expr, value, mod) => {
    const got = extractTimes({ text, published: PUB }).map((t) => ({
      text: text.slice(t.span[0], t.span[1]),
      value: t.value,
      mod: t.mod,
    }));
    expect(got).toContainEqual({ text: expr, value, mod });
  });
});
