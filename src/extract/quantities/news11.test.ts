import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/**
 * Shapes of news kinds the gold set lacks, third round (helper qty11): tolls, votes, markets,
 * weather, elections. Sentences written for these tests.
 */
function figures(text: string) {
  return findQuantities({ text, sentences: splitSentences(text) }).map((q) => ({
    text: text.slice(q.span[0], q.span[1]),
    value: q.value,
    max: q.max,
    unit: q.unit,
    qualifier: q.qualifier,
    about: Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : q.about,
    measure: q.measure,
  }));
}

function find(text: string, span: string) {
  return figures(text).find((f) => f.text === span);
}

describe('quantities: news kinds the gold lacks, third round (qty11)', () => {
  it.each([
    // A toll's adjective counts people, as `12 people were killed` does, so tolls compare.
    ['The blast left 12 dead and 40 injured.', '12 dead', 'people', 'killed'],
    ['At least 3 dead after storms lash the coast.', 'At least 3 dead', 'people', 'killed'],
    ['The number of dead has climbed to 87.', '87', 'people', 'killed'],
    ['There were 14 deaths and 230 injuries.', '14 deaths', 'people', 'killed'],
    ['Police recorded 12 fatalities on the roads.', '12 fatalities', 'people', 'killed'],
    ['Floods: 23 dead, 4,000 homeless.', '4,000 homeless', 'people', 'displaced'],
    // (Before a plural noun the noun is counted.)
    ['The bodies of 12 dead soldiers were found.', '12 dead soldiers', 'soldiers', 'killed'],
    // A verb acting on the figure past `all` (`killing all 132 people`).
    ['The jet crashed after take-off, killing all 132 people on board.', '132 people', 'people', 'killed'],
    // `hurt` is a participle, no counted noun.
    ['Two dead, dozens hurt as tornado hits town.', 'dozens', 'people', 'injured'],
    // A verb of staying is no counted noun: a state said of people only counts people.
    ['Some 200 remain unaccounted for after the landslide.', 'Some 200', 'people', 'missing'],
    ['Three remain in critical condition.', 'Three', 'people', null],
    ['About 600 remain in shelters.', 'About 600', 'people', null],
    ['Five have come to Miami, while three remain in Cuba.', 'three', 'people', null],
  ])('%s', (text, span, unit, measure) => {
    expect(find(text, span)).toMatchObject({ unit, measure });
  });

  it('a figure before `remain` and no state of people has no unit', () => {
    expect(find('Of the shops, only 3 remain open.', '3')).toMatchObject({ unit: null });
  });

  it.each([
    // Both sides of a vote's tally count votes.
    ['The Senate confirmed the nominee by a vote of 52 to 48.', '52', '48'],
    ['Lawmakers voted 312 to 110 in favour of the motion.', '312', '110'],
  ])('%s', (text, a, b) => {
    expect(find(text, a)).toMatchObject({ unit: 'votes' });
    expect(find(text, b)).toMatchObject({ unit: 'votes' });
  });

  it.each([
    // `minus` before a figure makes it negative (not `plus or minus`, a margin).
    ['Temperatures are expected to drop to minus 15 degrees overnight.', 'minus 15 degrees', -15, 'degrees'],
    ['Lows of minus 20 degrees Celsius are forecast.', 'minus 20 degrees Celsius', -20, '°C'],
    ['The bank kept its deposit rate at minus 0.5%.', 'minus 0.5%', -0.5, 'percent'],
    ['It reached 104 degrees Fahrenheit.', '104 degrees Fahrenheit', 104, '°F'],
    [
      'The margin of error is plus or minus 3 percentage points.',
      '3 percentage points',
      3,
      'percentage points',
    ],
  ])('%s', (text, span, value, unit) => {
    expect(find(text, span)).toMatchObject({ value, unit });
  });

  it.each([
    // A weekday or a month dates a figure; it owns nothing.
    ['Acme stock closed down 1/8 at 40 Friday.', '40', null],
    // A period of comparison owns nothing either: the subject does.
    ['Exports rose 3.4 per cent year-on-year.', '3.4 per cent', 'Exports'],
    ['Prices rose 2.1% month-on-month in May.', '2.1%', 'Prices'],
    // A verb of intending and `to` are in the verb group, not the subject.
    ['The company agreed to pay $1.2 billion to settle the claims.', '$1.2 billion', 'The company'],
    ['The company plans to pay $1.2 billion.', '$1.2 billion', 'The company'],
  ])('%s', (text, span, about) => {
    expect(find(text, span)).toMatchObject({ about });
  });

  it.each([
    // A European decimal comma before a percent sign or word.
    ['Inflation in the euro area reached 12,5% in October.', '12,5%', 12.5],
    ['The jobless rate was 3,2 percent.', '3,2 percent', 3.2],
    ['Unemployment stood at 7,25 per cent.', '7,25 per cent', 7.25],
  ])('%s', (text, span, value) => {
    expect(find(text, span)).toMatchObject({ value, unit: 'percent' });
  });

  it('a comma between numbers with no percent after them is no decimal', () => {
    expect(figures('The scores were 12,5 and 6.').map((f) => f.text)).not.toContain('12,5');
  });

  it.each([
    // A fraction of a singular whole after a determiner is a share of it.
    ['Half of the country was without power on Monday.', 'Half of the country', 50, 'country'],
    ['A quarter of the city was flooded.', 'A quarter of the city', 25, 'city'],
    ['Nearly half of the workforce is on strike.', 'Nearly half of the workforce', 50, 'workforce'],
    // (A singular whole before a verb in -s.)
    ['A third of the budget goes on salaries.', 'A third of the budget', 33.3, 'budget'],
    // A change by a fraction is a share of what changed.
    ['Sales fell by a third last year.', 'a third', 33.3, 'Sales'],
    ['Turnout fell by a fifth.', 'a fifth', 20, 'Turnout'],
    ['The firm cut its workforce by half.', 'half', 50, 'workforce'],
    // (A hedge between `by` and the fraction.)
    [
      'Shares in the group have fallen by more than a third.',
      'more than a third',
      33.3,
      'Shares in the group',
    ],
  ])('%s', (text, span, value, about) => {
    expect(find(text, span)).toMatchObject({ value, unit: 'percent', about });
  });

  it.each([
    ['They were a third of the way through the race.'],
    ['Growth slowed in the second half of the campaign.'],
    ['She spent half the time on the phone.'],
  ])('no share: %s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    // A bare level or change linked to a plural common-noun subject counts what the subject names.
    ['Confirmed cases rose to 1,204 on Tuesday.', '1,204', 'cases'],
    ['Hospitalisations rose to 1,850, the highest level since February.', '1,850', 'hospitalisations'],
    ['Jobless claims fell by 12,000 to 219,000.', '12,000', 'claims'],
    ['Subscribers grew by 8 million to 238 million in the quarter.', '238 million', 'subscribers'],
    // (`more than` inside the verb group.)
    ['Measles cases have more than doubled to 128 this year.', '128', 'cases'],
    // (Not an amount or a level of the subject, nor a name's last word.)
    ['Prices rose to 151.20.', '151.20', null],
    ['Shares fell 3 to 40.', '40', null],
    ['Imperial Chemical Industries dropped 11 to 1,086.', '1,086', null],
  ])('%s', (text, span, unit) => {
    expect(find(text, span)).toMatchObject({ unit });
  });

  it.each([
    // An index named with a number owns its change in points; points measure like a percentage.
    ['The FTSE 100 fell 42 points, or 0.6 percent, to 7,512.', '42 points', 'The FTSE 100'],
    ['The FTSE 100 fell 42 points, or 0.6 percent, to 7,512.', '7,512', 'The FTSE 100'],
    ['The S&P 500 index rose 1.2%.', '1.2%', 'The S&P 500 index'],
    ['The index rose 0.3 points to 101.4 in March.', '0.3 points', 'The index'],
    ['The DAX dropped 19.69 points Friday to 1462.93.', '19.69 points', 'The DAX'],
    // (`clear` after points says by how much a side leads: no thing.)
    ['The team is 12 points clear at the top of the table.', '12 points', 'The team'],
  ])('%s', (text, span, about) => {
    expect(find(text, span)).toMatchObject({ about });
  });

  it('a number between a name and `index` names the index', () => {
    const text = "The Standard & Poor's 500 index rose 3.54 points.";
    expect(figures(text).map((f) => f.text)).toEqual(['3.54 points']);
  });

  it.each([
    // Feet and inches, pounds and ounces are one figure in the smaller unit.
    ['The centre, who stands 6ft 2in, joined the club in June.', '6ft 2in', 74, 'inches'],
    ['He is 6 feet 4 inches tall.', '6 feet 4 inches', 76, 'inches'],
    ['The baby weighed 7lb 4oz.', '7lb 4oz', 116, 'oz'],
    ['The wall is 6ft high in London.', '6ft', 6, 'feet'],
    // A fraction of a point is a value in percentage points.
    ['The Fed raised rates by a quarter point.', 'a quarter point', 0.25, 'percentage points'],
    [
      'The bank cut its main rate by three-quarters of a percentage point.',
      'three-quarters of a percentage point',
      0.75,
      'percentage points',
    ],
    ['Rates were cut by half a percentage point.', 'half a percentage point', 0.5, 'percentage points'],
    ['The bank delivered a quarter-point rise.', 'a quarter-point', 0.25, 'percentage points'],
  ])('%s', (text, span, value, unit) => {
    expect(find(text, span)).toMatchObject({ value, unit });
  });

  it('a fraction before a noun after `by` is no change (`by a third party`)', () => {
    expect(figures('The deal was brokered by a third party.')).toEqual([]);
  });

  it.each([
    // `worth` before an article and an amount ends the noun phrase.
    ['Police seized 1.2 tonnes of cocaine worth an estimated £90m.', '1.2 tonnes', 'cocaine'],
    ['Net profit more than halved to $1.2 billion.', '$1.2 billion', 'Net profit'],
    // A price per measure of a thing is the thing's.
    ['A litre of petrol now costs 155p.', '155p', 'petrol'],
    ['A gallon of regular gasoline averaged $3.45.', '$3.45', 'regular gasoline'],
    // (An old value after `against` reads its share's two words, `per cent`: `cent` is no thing.)
    [
      'Unemployment in the region stands at 6.1 per cent, against 4.2 per cent nationally.',
      '4.2 per cent',
      'Unemployment in the region',
    ],
    // A time is no place (`in the past 24 hours`).
    ['Authorities reported 1,200 new infections in the past 24 hours.', '1,200 new infections', null],
    // `struck` is a past verb of action: what a body struck is its (`it` after a speaker too).
    ['The army struck 40 targets overnight.', '40 targets', 'The army'],
    ['Israel said it had struck more than 150 targets overnight.', 'more than 150 targets', 'Israel'],
  ])('%s', (text, span, about) => {
    expect(find(text, span)).toMatchObject({ about });
  });

  it('a capitalised plural before a lower-case plural names its kind', () => {
    expect(
      find('The update affects 8.5 million Windows devices.', '8.5 million Windows devices'),
    ).toMatchObject({
      unit: 'devices',
    });
  });

  it('an age after `over` right after a figure of people is no figure', () => {
    expect(figures('The vaccine will be offered to 4 million people over 65.').map((f) => f.text)).toEqual([
      '4 million people',
    ]);
  });

  it.each([
    ['Three men, aged 19, 22 and 25, have been charged.', ['Three men']],
    ['The women, aged 20, 21, and 30, were released.', []],
    // (`the age of`, `the ages of … and …`, and an age whose `years old` follows the next one.)
    ['He was diagnosed at the age of 9.', []],
    ['Voters between the ages of 18 and 54 backed him.', []],
    ['Sarah and Tim Rogers, 27 and 29 years old, rode in a rickshaw.', []],
  ])('ages hold no figures: %s', (text, spans) => {
    expect(figures(text).map((f) => f.text)).toEqual(spans);
  });

  it.each([
    // `another` before a bare figure stands for the last counted noun (not a measure's unit).
    ['The fire destroyed 120 homes and damaged another 300.', '300', 'homes'],
    ['The firm cut 300 jobs in May and another 200 in June.', '200', 'jobs'],
  ])('%s', (text, span, unit) => {
    expect(find(text, span)).toMatchObject({ unit });
  });

  it.each([
    // A share of the vote is its winner's: the subject right before the verb.
    ['The Republican won 54 percent of the vote.', '54 percent', 'The Republican'],
    ['Labour won 35% of the popular vote.', '35%', 'Labour'],
    ['Smith won with 52.3% of the vote.', '52.3%', 'Smith'],
    // A party or a group `on` a share (poll and result reports).
    ['A new poll puts Labour on 40%, the Conservatives on 28% and Reform UK on 15%.', '15%', 'Reform UK'],
    [
      'The Greens won 25.7 percent, ahead of the conservatives on 24.1 percent.',
      '24.1 percent',
      'the conservatives',
    ],
    // (`finished with` links a standing's points too.)
    ['Leclerc finished with 12 points.', '12 points', 'Leclerc'],
    // (Not a name across a clause.)
    ['Thor told Beck he would run if he could earn 15 percent of the vote.', '15 percent', 'vote'],
  ])('%s', (text, span, about) => {
    expect(find(text, span)).toMatchObject({ about });
  });

  it.each([
    // A short title-cased headline: a headline's verb before the figure is no name.
    ['Council to Cut 120 Jobs', '120 Jobs', 'jobs', null],
    ['Quake Kills 12', '12', 'people', 'killed'],
    // (A capitalised preposition after a headline's participle is no object, and no name.)
    ['Five Arrested After Protest', 'Five', 'people', 'detained'],
  ])('%s', (text, span, unit, measure) => {
    expect(find(text, span)).toMatchObject({ unit, measure, about: null });
  });

  it.each([
    // A part of a definite plural whole with no figure counts the whole's noun.
    ['Ukrainian forces shot down 35 of the missiles.', '35', 'missiles', 'destroyed'],
    ['Police arrested 12 of the protesters.', '12', 'protesters', 'detained'],
    ['Three of the men were held overnight.', 'Three', 'men', null],
    // An adverb in -ly between an auxiliary and the measure word.
    ['The UN says 3.7 million people are internally displaced.', '3.7 million people', 'people', 'displaced'],
    ['Two people were seriously injured.', 'Two people', 'people', 'injured'],
  ])('%s', (text, span, unit, measure) => {
    expect(find(text, span)).toMatchObject({ unit, measure });
  });

  it('`ones` after a part is no whole', () => {
    expect(find('She sent 12 of the best ones to a lawyer.', '12')).toMatchObject({ unit: null });
  });
});
