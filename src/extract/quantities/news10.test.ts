import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/**
 * Shapes of news kinds the gold set lacks (helper qty10): market reports, sport, elections,
 * disasters, science. Sentences written for these tests.
 */
function figures(text: string) {
  return findQuantities({ text, sentences: splitSentences(text) }).map((q) => ({
    text: text.slice(q.span[0], q.span[1]),
    value: q.value,
    unit: q.unit,
    about: Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : q.about,
    measure: q.measure,
  }));
}

describe('quantities: news kinds the gold lacks (qty10)', () => {
  it.each([
    // A level a change closed at, right after it, is of what changed.
    ['The S&P 500 rose 0.7% to close at 5,210.', '5,210', 'The S&P 500'],
    ['Oil fell 1.3%, to settle at $78.40 a barrel.', '$78.40 a barrel', 'Oil'],
    ['The pound rose 0.4% to end the day at $1.27.', '$1.27', 'The pound'],
    // A level reached (`a record high of`) is no thing the amount is of: the subject's.
    ['Copper hit a record high of $11,000 a tonne.', '$11,000 a tonne', 'Copper'],
    ['Wheat prices reached a five-year low of $5.10 a bushel.', '$5.10 a bushel', 'Wheat prices'],
    // A past verb after the noun a measure is of is no part of it.
    ['A magnitude 6.1 quake struck off the island on Sunday.', '6.1', 'quake'],
    ['A magnitude 7.2 earthquake hit the coast early on Monday.', '7.2', 'earthquake'],
  ])('%s', (text, span, about) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ about });
  });

  it.each([
    // The rival's side of a tally counts what the first side counts.
    ["Harlan won 312 electoral votes to Brandt's 226.", '226', 'votes'],
    ["Labour won 210 seats to the Conservatives' 180.", '180', 'seats'],
    // A part in words counts what its whole counts, after a determiner and a word of sequence too.
    ['Ashby have won eight of their last 10 matches.', 'eight', 'matches'],
    ['Kelby have won 5 of their last 6 games.', '5', 'games'],
    ['The Hawks lost three of their past five games.', 'three', 'games'],
    ['Ten of the 18 staff on duty were working overtime.', 'Ten', 'staff'],
    // A scale or a multiplier after a hyphenated figure is no plural of things.
    ['A 5.8-magnitude tremor shook the capital.', '5.8-magnitude', 'magnitude'],
    ['The agency reported a 12-fold rise in infections.', '12-fold', 'times'],
    // Light years and bushels are units.
    ['The galaxy lies 2.5 million light years from Earth.', '2.5 million light years', 'light years'],
    ['Wheat prices reached a five-year low of $5.10 a bushel.', '$5.10 a bushel', 'USD/bushel'],
  ])('%s', (text, span, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit });
  });

  it.each([
    // A share's part in words with no determiner before its whole stays out (`three of four Americans`).
    ['Three of four Americans disapproved of the plan.'],
    ['The Thunder have lost four of five despite two solid games.'],
  ])('%s', (text) => {
    expect(figures(text).map((f) => f.text)).not.toContain(text.split(' ')[0] === 'Three' ? 'Three' : 'four');
  });

  it.each([
    // A number between commas after a common noun of a person is an age.
    ['The suspect, 32, was charged with fraud.', '32'],
    ['The victim, 24, died at the scene.', '24'],
    // A number after `level` or `zone` names it.
    ['The hospital is on level 4 alert.', '4 alert'],
    // A glued `p` after a video's lines is no pence.
    ['The stream runs at 1080p resolution.', '1080p'],
  ])('%s', (text, span) => {
    expect(figures(text).map((f) => f.text)).not.toContain(span);
  });

  it('keeps an age after a body between commas a figure (no person)', () => {
    expect(figures('The company, 12, was closed.').map((f) => f.text)).toEqual(['12']);
  });

  it.each([
    // Pence glued to the figure.
    ['Petrol prices hit 150p a litre.', '150p a litre', 'pence/litre'],
    ['Shares in Kestrel fell 12p to 310p.', '310p', 'pence'],
  ])('%s', (text, span, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit });
  });

  it.each([
    // `worth` before an amount ends the noun phrase a measure is of.
    ['Police seized 2.3 tonnes of cocaine worth £180m.', '2.3 tonnes', 'cocaine'],
  ])('%s', (text, span, about) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ about });
  });

  it.each([
    // `straight` after a figure is a run of games, no counted noun.
    ['Kelby have lost 5 straight.', '5', null],
    ['They have won four straight games.', 'four straight games', 'games'],
    // A plural name with an inner capital is counted.
    ['Apple sold 50 million iPhones last quarter.', '50 million iPhones', 'iPhones'],
  ])('%s', (text, span, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit });
  });

  it.each([
    // A determiner opening the sentence is no name whose number the figure is.
    ['The 40 passengers were rescued.', '40 passengers'],
    ['His 23 goals made him top scorer.', '23 goals'],
    ['All 40 passengers survived.', '40 passengers'],
  ])('%s', (text, span) => {
    expect(figures(text).map((f) => f.text)).toContain(span);
  });

  it('keeps a name before a number a name (Apollo 11)', () => {
    expect(figures('Apollo 11 landed on the Moon.')).toEqual([]);
  });

  it.each([
    // A people named in two words is counted whole, no owner and its plural.
    ['Police said 29 New Yorkers were wounded.', '29 New Yorkers', 'New Yorkers', null],
    ['The ship carried 300 South Koreans.', '300 South Koreans', 'South Koreans', 'The ship'],
    // A headline's capitalised word of addition is no name.
    ['Norrtek to Add 300 New Jobs', '300 New Jobs', 'jobs', null],
  ])('%s', (text, span, unit, about) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit, about });
  });

  it.each([
    // A phrase of manner after a place ends it.
    ['About 2,300 migrants crossed the Channel in small boats last month.', 'the Channel'],
    ['Some 5,000 refugees crossed into Chad on foot.', 'Chad'],
    // A named phrase after the place stays.
    ['About 300 soldiers crossed the border into Varnia.', 'the border into Varnia'],
  ])('%s', (text, about) => {
    expect(figures(text)[0]!.about).toBe(about);
  });

  it.each([
    // A whole number and a proper fraction are one figure.
    ['The Hawks are 6 1/2 games back.', '6 1/2 games', 6.5, 'games'],
    ['The notes pay 12 3/4% interest.', '12 3/4%', 12.75, 'percent'],
    // A glued `m` before a word of dimension, or a length in brackets, is metres.
    ['The waves were 4.5m high.', '4.5m', 4.5, 'm'],
    ['The wall is 2m (6.5ft) high.', '2m', 2, 'm'],
    ['Some 2m people live there.', 'Some 2m people', 2000000, 'people'],
  ])('%s', (text, span, value, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ value, unit });
  });

  it.each([
    // Lakh and crore are scales; `Rs` is the rupee's sign; `¥` is the yen; `pc` is percent.
    ['The state will spend Rs 5,000 crore on roads.', 'Rs 5,000 crore', 50000000000, 'INR'],
    ['About 10 lakh people visited the fair.', 'About 10 lakh people', 1000000, 'people'],
    ['Toyota earned ¥2.5tn last year.', '¥2.5tn', 2500000000000, 'JPY'],
    ['Inflation rose to 5pc last month.', '5pc', 5, 'percent'],
    // A minus sign glued before a temperature after a space.
    ['Temperatures fell to -5C overnight.', '-5C', -5, '°C'],
    ['Temperatures fell to −12C in Oslo.', '−12C', -12, '°C'],
  ])('%s', (text, span, value, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ value, unit });
  });

  it('reads a number in words after `under` and a noun of people before a singular verb as an age', () => {
    expect(figures('Children under five account for 30% of admissions.').map((f) => f.text)).toEqual(['30%']);
  });

  it('gives an amount after a participle after a comma no participle in what it is of', () => {
    expect(
      figures('Norrtek reported revenue of $4.2 billion, beating forecasts of $4.0 billion.')[1]!.about,
    ).toBe('forecasts');
  });

  it.each([
    // An adverb not in -ly after a figure is no counted noun and no thing; `grossed` links.
    ['The album sold 5 million worldwide.', '5 million', null, null],
    ['The film grossed $1.2 billion worldwide.', '$1.2 billion', 'USD', 'The film'],
    ['The tickets cost $40 apiece.', '$40', 'USD', 'The tickets'],
  ])('%s', (text, span, unit, about) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit, about });
  });

  it.each([
    // Pounds after a verb of weighing, or of a matter, are a weight; of money, money.
    ['The centre weighs 250 pounds.', '250 pounds', 'lb'],
    ['Agents seized 400 pounds of cocaine.', '400 pounds', 'lb'],
    ['The council got two million pounds of funding.', 'two million pounds', 'GBP'],
    ['The fine was 500 pounds.', '500 pounds', 'GBP'],
    // A unit with a slash glued to the number.
    ['Winds gusting up to 90km/h brought down trees.', 'up to 90km/h', 'km/h'],
    // Hertz, glued or apart.
    ['The display refreshes at 120Hz.', '120Hz', 'Hz'],
    ['The chip runs at 3.2 GHz.', '3.2 GHz', 'GHz'],
    // Square metres and kilometres with a superscript.
    ['The plot covers 2,000 m² of land.', '2,000 m²', 'm2'],
  ])('%s', (text, span, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit });
  });

  it.each([
    // A part in words of the last counted figure (`of them`, `of whom`).
    ['The committee has 15 members, eight of them Democrats.', 'eight', 'members'],
    ['Some 40 people were hurt, nine of them seriously.', 'nine', 'people'],
  ])('%s', (text, span, unit) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ unit });
  });

  it('gives a measure after a progressive participle no participle in what it is of', () => {
    expect(figures('The hurricane was packing winds of 150 mph as it neared Florida.')[0]!.about).toBe(
      'winds',
    );
  });

  it('gives a level after a change in points its subject', () => {
    expect(figures('Support for the party fell five points to 31 percent.')[1]!.about).toBe(
      'Support for the party',
    );
  });

  it.each([
    // A fraction in words of a plural whole is a share in percent of it.
    ['Nearly two-thirds of Americans oppose the plan.', 'Nearly two-thirds of Americans', 66.7, 'Americans'],
    [
      'About a quarter of respondents said they were undecided.',
      'About a quarter of respondents',
      25,
      'respondents',
    ],
    ['Half of all voters said the economy was their top issue.', 'Half of all voters', 50, 'voters'],
    ['Three quarters of the homes were damaged.', 'Three quarters of the homes', 75, 'homes'],
    ["Almost half of Varnia's engineers have left.", "Almost half of Varnia's engineers", 50, 'engineers'],
  ])('%s', (text, span, value, about) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ value, unit: 'percent', about });
  });

  it.each([
    // No plural whole right after `of`: no share.
    ['Half the time he is late.'],
    ['A third of the way through, it rained.'],
    ['Just a quarter of the rules committee can call a vote.'],
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    // A number word capitalised after a capitalised word inside a sentence is part of a name.
    ["The Premier League's Big Six clubs objected.", 'Six clubs'],
    // A rank, and a group's name, with no noun count nothing.
    ['She finished in the top 10 at the Open.', '10'],
    ['Leaders met at a Group of 20 meeting in Rio.', '20'],
    // A school year named by its number.
    ['Pupils in years 7 and 8 will return first.', '7'],
    ['Pupils in years 7 and 8 will return first.', '8'],
  ])('%s', (text, span) => {
    expect(figures(text).map((f) => f.text)).not.toContain(span);
  });

  it('keeps a count after `years` that has its noun', () => {
    expect(figures('Over the years 300 families have moved away.').map((f) => f.text)).toEqual([
      '300 families',
    ]);
  });

  it('keeps a title-cased headline its figures in words and a top rank its noun', () => {
    expect(figures('Rovers Sign Three Players').map((f) => f.text)).toEqual(['Three Players']);
    expect(figures("The group's top 3 executives resigned.").map((f) => f.text)).toEqual(['3 executives']);
  });

  it('leaves a duration with a fraction to the times stage', () => {
    expect(figures('The journey takes about 1 1/2 hours.')).toEqual([]);
  });

  it.each([
    // A past verb, or a plural's verb after a plural, ends the noun phrase a figure is of.
    ['The $100,000-plus salary drew criticism.', 'salary'],
    ['Nearly 1 in 3 children live in poverty.', 'children'],
    // A scale before `of` is no head (`$125 million of 6% debentures`).
    ['The firm sold $125 million of 6% debentures.', 'debentures'],
  ])('%s', (text, about) => {
    expect(figures(text).at(-1)!.about).toBe(about);
  });

  it('gives no owner from a disease named between a figure and its noun', () => {
    expect(figures('Doctors treated 1,450 Covid patients last week.')[0]!.about).not.toBe('Covid');
  });

  it('reads an -s word before an object pronoun as a verb, no thing an amount is of', () => {
    expect(figures('His net worth of $5 billion makes him the richest man.')[0]!.about).not.toBe('makes');
  });

  it.each([
    // `remain` before a state keeps the measure (`remain missing`).
    ['Nine people remain missing after the landslide.', 'Nine people'],
    ['At least 14 crew members remained missing on Friday.', 'At least 14 crew members'],
  ])('%s', (text, span) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ measure: 'missing' });
  });
});
