import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/** The figures of `text` as text, value, max, unit and qualifier (sentences written for these tests). */
function figures(text: string) {
  return findQuantities({ text, sentences: splitSentences(text) }).map((q) => ({
    text: text.slice(q.span[0], q.span[1]),
    value: q.value,
    max: q.max,
    unit: q.unit,
    qualifier: q.qualifier,
  }));
}

describe('quantities: units of news shapes (qty7)', () => {
  it.each([
    // Basis points and a single percentage point are units of measure.
    [
      'The central bank raised its main rate by 25 basis points on Thursday.',
      '25 basis points',
      'basis points',
    ],
    ['Lenders cut mortgage rates by 40 bps.', '40 bps', 'basis points'],
    ['Support for the plan rose by one percentage point.', 'one percentage point', 'percentage points'],
    // A word in -s before a plural noun modifies it.
    ['Officials have confirmed 1,240 measles cases this year.', '1,240 measles cases', 'cases'],
    ['Customs agents arrested 40 arms dealers.', '40 arms dealers', 'dealers'],
    ['The clinic logged 96 confirmed mumps cases.', '96 confirmed mumps cases', 'cases'],
    ['She listed nine particularly outrageous claims.', 'nine particularly outrageous claims', 'claims'],
  ])('%s', (text, span, unit) => {
    const got = figures(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text: span, unit });
  });

  it('leaves a plural of time after a plural alone', () => {
    const got = figures('Ruiz missed two free throws moments later.');
    expect(got[0]).toMatchObject({ text: 'two free throws', unit: 'throws' });
  });

  it.each([
    // An adjective of distance after a figure is no counted noun.
    ['The party won 142 seats, 9 short of a majority.', '9'],
    ['After the win the leaders are 6 clear at the top.', '6'],
  ])('%s', (text, span) => {
    const got = figures(text).find((f) => f.text.startsWith(span[0]!) && f.value === Number(span));
    expect(got).toMatchObject({ text: span, unit: null });
  });

  it.each([
    // An irregular participle after a figure is no counted noun.
    ['Rusk led by 61,000 votes out of 2.9 million cast.', '2.9 million'],
    ['Only 40 remain of the 300 built.', '300'],
  ])('%s', (text, span) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit: null });
  });

  it('keeps an adjective that modifies a plural (12 short films)', () => {
    expect(figures('The festival showed 12 short films.')[0]).toMatchObject({ unit: 'films' });
  });

  it.each([
    // A range may repeat any currency sign.
    ['Seats for the final cost between £45 and £120.', 'between £45 and £120', 45, 120, 'GBP'],
    ['Fares range from ₩5,000 to ₩9,000.', 'from ₩5,000 to ₩9,000', 5000, 9000, 'KRW'],
  ])('%s', (text, span, value, max, unit) => {
    const got = figures(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text: span, value, max, unit, qualifier: 'range' });
  });

  it.each([
    // A part counts what its whole counts.
    ['Air defences shot down 18 of 24 drones on Tuesday.', '18', 'drones'],
    ['The party took 142 of the 300 seats.', '142', 'seats'],
    ['About 6.2 million of the country’s 9.3 million voters cast a ballot.', 'About 6.2 million', 'voters'],
    ['Of the 40 passengers on the bus, 12 were injured.', '12', 'passengers'],
    ['The bus carried 52 passengers, 30 of whom were children.', '30', 'passengers'],
    ['Some 1,950 patients are in hospital, 140 of them in intensive care.', '140', 'patients'],
  ])('%s', (text, span, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit });
  });

  it.each([
    // A poll's share out of ten with `of`, as with `in`.
    ['Seven of 10 voters back the plan.', 'Seven of 10 voters', 70],
    ['Six in 10 voters back the plan.', 'Six in 10 voters', 60],
  ])('%s', (text, span, value) => {
    expect(figures(text)).toEqual([{ text: span, value, max: null, unit: 'percent', qualifier: 'exact' }]);
  });

  it.each([
    // A number after a name written with an inner capital is part of the name.
    ['The new iPhone 15 Pro costs $999.', ['$999']],
    ['The update to iOS 17 reached 300 million devices.', ['300 million devices']],
    // A thing named by the number after a lower-case noun.
    ['The motorway was closed between junctions 10 and 11.', []],
    ['Bus route 42 will run every 10 minutes.', []],
    ['The drug entered phase 3 trials with 400 patients.', ['400 patients']],
    // Negatives: counts of those things.
    ['She read 300 pages and 12 chapters.', ['300 pages', '12 chapters']],
  ])('%s', (text, spans) => {
    expect(figures(text).map((f) => f.text)).toEqual(spans);
  });
});

/** What each figure of `text` is of, as text (no entities: a name is read from the words alone). */
function abouts(text: string) {
  return findQuantities({ text, sentences: splitSentences(text) }).map((q) =>
    Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : q.about,
  );
}

describe('quantities: what news figures are of (qty7)', () => {
  it.each([
    // A plural of people opening the sentence is no name, and no body owns what it acts on.
    ['Rescuers pulled 14 survivors from the collapsed school.', [null]],
    ['Volunteers handed out 4,000 meals on Sunday.', [null]],
    ['Troops occupied 12 villages overnight.', [null]],
    // Negatives: a value linked to such a subject, and a name in -s, keep it.
    ['Shipments reached 40,000 units in May.', ['Shipments']],
    ['Benes (12-8) allowed three runs.', ['Benes']],
    // An -s word before a verb is a noun of the subject, no verb.
    ['Soybean imports reached 9.6 million tonnes in March.', ['Soybean imports']],
    ['Varnia imports about 12 million tonnes.', ['Varnia']],
    // A name ending in a number before common nouns modifies them.
    ['The Tier 1 capital ratio of large lenders averaged 14.2 percent.', ['The Tier 1 capital ratio']],
    ['Japan’s Nikkei 225 declined 0.3%.', ['Japan’s Nikkei 225']],
    // The session an amount was traded in is no matter of it.
    ['Kestrel shares rose 4.2% to €38.60 in Frankfurt trading.', ['Kestrel shares', 'Kestrel shares']],
    // A gerund with an infinitive or an object is a clause, no noun phrase.
    ['The bank set aside $40 million for settling the claims.', [null]],
    // A name with an inner capital heads or modifies a linked subject.
    ['The iPhone 16 costs $799 in the US.', ['The iPhone 16']],
    ['The new iPad Pro starts at $999.', ['The new iPad Pro']],
    // A count in a clause of `where` is of the place before it; a subject keeps its phrase of `to`/`through`.
    [
      'Traffic stopped at the country’s second-busiest harbour, where about 300 ships call each month.',
      ['the country’s second-busiest harbour'],
    ],
    ['Exports through the port were worth €48 billion in 2025.', ['Exports through the port']],
    ['Sales to the group fell to $3 million.', ['Sales to the group']],
    ['The jobless rate for people aged 16 to 24 was 18.7 percent.', ['The jobless rate']],
    // A count a passive verb reaches with `to` is no subject's; a value or share so reached is.
    ['Power was cut to 1.2 million customers on Sunday.', [null]],
    ['Aid was delivered to 300 villages.', [null]],
    ['Production was cut to 40,000 barrels a day.', ['Production']],
    ['The rate was raised to 5%.', ['The rate']],
    // A body that has a collection of a count holds the count.
    ['The airline has a fleet of 96 aircraft.', ['The airline']],
    ['The plan calls for a fleet of 96 aircraft.', [null]],
    // A crowd's figure at a named venue is of the venue, as spectators' are.
    ['Keane scored twice in front of a crowd of 41,200 at Dockside Park.', ['Dockside Park']],
    // An age between commas after a name.
    ['Berg, 34, has scored 212 goals for the club.', ['Berg']],
    // An adjective after a share written `per cent` is said of the subject.
    ['The vaccine is 85 per cent effective after two doses.', ['The vaccine', null]],
    // A count in a quotation opening with `We` is of the speaker's body.
    ['"We have cut 300 jobs this year," said Ann Berg, chief executive of Kestrel Foods.', ['Kestrel Foods']],
    ['"We employ 4,000 people in the region," the company said.', ['the company']],
    ['The ministry said: "We have registered 12,000 requests."', ['The ministry']],
    // A participle used as a preposition opens no phrase.
    ['Orders for tools jumped 1.8 percent following a decrease in June.', ['Orders for tools']],
    // A point of time is no place: the old value is of the new one's subject.
    ['The yield fell to 4.1 percent from 4.3 percent at the close of trading.', ['The yield', 'The yield']],
  ])('%s', (text, about) => {
    expect(abouts(text)).toEqual(about);
  });
});

describe('quantities: title-cased headlines (qty7)', () => {
  function full(text: string) {
    return findQuantities({ text, sentences: splitSentences(text) }).map((q) => ({
      text: text.slice(q.span[0], q.span[1]),
      unit: q.unit,
      about: Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : q.about,
      measure: q.measure ?? null,
    }));
  }
  it.each([
    // A headline's capitalised verb before a figure is no name with a number.
    ['Floods Kill 17 in Northern Varnia', { text: '17', unit: 'people', measure: 'killed' }],
    ['Police Arrest 40 After Clashes in Capital', { text: '40', measure: 'detained' }],
    // Its capitalised counted noun is a common noun; its subject ends at the verb.
    ['Ferry Operator to Cut 60 Jobs', { text: '60 Jobs', unit: 'jobs', about: 'Ferry Operator' }],
    ['Varnia Sends 3,000 Troops to the Border', { text: '3,000 Troops', unit: 'troops', about: 'Varnia' }],
  ])('%s', (text, want) => {
    expect(full(text)).toEqual([expect.objectContaining(want)]);
  });

  it.each([
    // Negatives: names with numbers stay names, in headlines and in running text.
    ['Apollo 11 Crew Returns to Earth', []],
    ['The Apollo 11 crew returned to Earth.', []],
    ['Island Ferry Subsidy of £1.8m Under Threat', [null]],
  ])('%s', (text, abouts) => {
    expect(full(text).map((q) => q.about)).toEqual(abouts);
  });

  it('reads no measure from a bare verb that modifies a noun', () => {
    expect(full('Judges signed 300 arrest warrants.')[0]).toMatchObject({ unit: 'warrants', measure: null });
  });
});

describe('quantities: changes and levels (qty7)', () => {
  it.each([
    // After a word of change, a bare amount and a far larger one after `to` are the change and the level.
    ['Vacancies fell by 43,000 to 874,000 in the quarter.', ['43,000', '874,000']],
    ['The garrison grew 3,000 to 45,000 troops.', ['3,000', '45,000 troops']],
    // Negatives: a range of change keeps its unit once.
    ['Prices rose by 5 to 10 percent.', ['5 to 10 percent']],
    ['Attendance was up by 20 to 30 on the year.', ['20 to 30']],
  ])('%s', (text, spans) => {
    expect(figures(text).map((f) => f.text)).toEqual(spans);
  });

  it('gives the change the new level’s noun', () => {
    expect(figures('The garrison grew 3,000 to 45,000 troops.')[0]).toMatchObject({ unit: 'troops' });
  });

  it('gives a bare figure after `for` no noun of an earlier sentence', () => {
    const got = figures('The fleet has 96 aircraft. Hale was out for 88.');
    expect(got[1]).toMatchObject({ text: '88', unit: null });
  });

  it('gives no percent to a level after a change in percent', () => {
    const got = figures('Reported burglaries fell 11 per cent to 265,000.');
    expect(got.map((f) => f.unit)).toEqual(['percent', null]);
  });

  it.each([
    // The level after `, at` and a dimension `across` are of the subject.
    [
      'The Varn 40 index closed down 38 points, or 0.5%, at 7,410.',
      ['The Varn 40 index', 'The Varn 40 index', 'The Varn 40 index'],
    ],
    ['The telescope’s mirror is 6.5 metres across.', ['The telescope’s mirror']],
  ])('%s', (text, about) => {
    expect(abouts(text)).toEqual(about);
  });
});

describe('quantities: temperatures, areas and `over` after a figure (qty7)', () => {
  it.each([
    ['Temperatures are forecast to reach 41C in the south.', '41C', 41, '°C'],
    ['Highs of 75F are expected on Sunday.', '75F', 75, '°F'],
    ['Temperatures could drop to minus 8C overnight.', 'minus 8C', -8, '°C'],
    ['The tower has 1.2 million square feet of office space.', '1.2 million square feet', 1200000, 'ft2'],
    ['The flat measures 85 square metres.', '85 square metres', 85, 'm2'],
    ['Add 250 ml of milk to the pan.', '250 ml', 250, 'ml'],
    ['The bar weighs 50g.', '50g', 50, 'g'],
  ])('%s', (text, span, value, unit) => {
    expect(figures(text)).toEqual([expect.objectContaining({ text: span, value, unit })]);
  });

  it.each([
    // Negatives: a glued capital after a name's number, and cents in lower case.
    ['The meeting moved to Room 4C on Friday.', []],
    ['The 50c coin was withdrawn in May.', []],
    ['The 5G network reached the town in May.', []],
  ])('%s', (text, spans) => {
    expect(figures(text).map((f) => f.text)).toEqual(spans);
  });

  it('reads `over` right after a figure as across, no hedge', () => {
    const got = figures('Attendance averaged 52,300 over 19 home games.');
    expect(got[1]).toMatchObject({ text: '19 home games', qualifier: 'exact' });
    expect(figures('The army has over 300 tanks.')[0]).toMatchObject({ qualifier: 'more_than' });
  });

  it('opens no phrase at a title-cased preposition', () => {
    expect(abouts('Temperatures Hit 41C Across the South')).toEqual(['Temperatures']);
  });
});

describe('quantities: hedges of news (qty7)', () => {
  it.each([
    ['Officials put the number of troops in the area at closer to 55,000.', 'closer to 55,000', 'about'],
    ['The damage is in the region of £2 billion.', 'in the region of £2 billion', 'about'],
    ['The bill came to slightly more than $4 million.', 'slightly more than $4 million', 'more_than'],
    ['The firm has well under 100 staff.', 'well under 100 staff', 'less_than'],
    // `not less than` is at least, not less than.
    ['They fired not less than 40 rockets.', 'not less than 40 rockets', 'at_least'],
    ['The club sold not fewer than 900 tickets.', 'not fewer than 900 tickets', 'at_least'],
  ])('%s', (text, span, qualifier) => {
    expect(figures(text)).toEqual([expect.objectContaining({ text: span, qualifier })]);
  });
});

describe('quantities: currencies, worth, ages after a verb of being (qty7)', () => {
  it.each([
    ['He took bribes worth 2.3 million dinars.', '2.3 million dinars', 'dinars', 'bribes'],
    ['Copper fell by 150 rupees.', '150 rupees', 'rupees', 'Copper'],
    ['The ticket costs 900 baht.', '900 baht', 'THB', 'The ticket'],
    [
      'He had steered contracts worth 410 million dinars to the firms.',
      '410 million dinars',
      'dinars',
      'contracts',
    ],
  ])('%s', (text, span, unit, about) => {
    const got = findQuantities({ text, sentences: splitSentences(text) })[0]!;
    expect(text.slice(got.span[0], got.span[1])).toBe(span);
    expect(got.unit).toBe(unit);
    expect(Array.isArray(got.about) ? text.slice(got.about[0], got.about[1]) : got.about).toBe(about);
  });

  it('reads an age after a people noun and a verb of being', () => {
    expect(figures('About one in five residents is over 65.').map((f) => f.text)).toEqual([
      'About one in five residents',
    ]);
    expect(figures('The workers were over 300 in number.')[0]).toMatchObject({ value: 300 });
  });
});

describe('quantities: gapped list items (qty7)', () => {
  it('gives a gapped name and figure the first item’s noun and its name', () => {
    const text = 'In the House, the Liberals won 160 seats, the Conservatives 119 and the Bloc 32.';
    const got = findQuantities({ text, sentences: splitSentences(text) }).map((q) => [
      text.slice(q.span[0], q.span[1]),
      q.unit,
      Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : q.about,
    ]);
    expect(got).toEqual([
      ['160 seats', 'seats', 'the Liberals'],
      ['119', 'seats', 'Conservatives'],
      ['32', 'seats', 'Bloc'],
    ]);
  });

  it('reads no model numbers after a colon as gapped items', () => {
    const text = 'The airline has 40 jets: Boeing 737, Airbus 320 and Embraer 190 models.';
    expect(figures(text).map((f) => f.text)).toEqual(['40 jets']);
  });
});

describe('quantities: participles, adjectives in -ous, words for the figure (qty7)', () => {
  it.each([
    [
      'The council cited five previous Security Council resolutions.',
      'five previous Security Council resolutions',
      'resolutions',
    ],
    [
      'Logs show four different Kerr-linked accounts were used.',
      'four different Kerr-linked accounts',
      'accounts',
    ],
    [
      'Several thousand rallying Cuban students marched.',
      'Several thousand rallying Cuban students',
      'students',
    ],
    ['Copper rose a penny, to $2.22 a pound.', '$2.22 a pound', 'USD/lb'],
    ['The margin of error is 4 percentage-point wide.', '4 percentage-point', 'percentage points'],
    ['The firms reported 16,389 total subsidiaries.', '16,389 total subsidiaries', 'subsidiaries'],
    ['He joined the club for 15 million pounds sterling.', '15 million pounds sterling', 'GBP'],
    ['About 25 undercover police were in the crowd.', 'About 25 undercover police', 'police'],
    ['Some 40 young men were detained.', 'Some 40 young men', 'men'],
  ])('%s', (text, span, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit });
  });

  it.each([
    // An -ing participle, or a word for the figure itself, is no counted noun.
    ['The share of the 9.6 million outstanding rose.', '9.6 million'],
    ['It fell short of the 176 majority needed to govern.', '176'],
    ['Only six senators, of 54 total, agreed.', '54'],
  ])('%s', (text, span) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit: null });
  });
});
