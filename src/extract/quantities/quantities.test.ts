import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityMention, TimeMention } from '../../model/mention.ts';
import { splitSentences } from '../segment/sentences.ts';
import type { WorkCounter } from '../segment/work.ts';
import { findQuantities } from './stage.ts';

function run(
  text: string,
  extra: { times?: TimeMention[]; entities?: EntityMention[]; counter?: WorkCounter } = {},
) {
  return findQuantities({ text, sentences: splitSentences(text), ...extra });
}
function one(text: string) {
  return run(text).map((q) => ({
    text: text.slice(q.span[0], q.span[1]),
    value: q.value,
    max: q.max,
    unit: q.unit,
    qualifier: q.qualifier,
    about: q.about,
  }));
}

describe('quantities: numbers, scales, hedges, units', () => {
  const cases: [string, string, number, number | null, string | null, string][] = [
    ['Poland has deployed 20,000 troops.', '20,000 troops', 20000, null, 'troops', 'exact'],
    ['About 12 000 soldiers arrived.', 'About 12 000 soldiers', 12000, null, 'soldiers', 'about'],
    ['Russia moved 1.5 million troops.', '1.5 million troops', 1500000, null, 'troops', 'exact'],
    ['Minsk signed a $1Bln arms deal.', '$1Bln', 1e9, null, 'USD', 'exact'],
    ['Leader Eyes \\$1Bln Russian Arms Deal', '\\$1Bln', 1e9, null, 'USD', 'exact'],
    ['The EU pledged €2.3bn in aid.', '€2.3bn', 2.3e9, null, 'EUR', 'exact'],
    ['It sent two battalions to Brest.', 'two battalions', 2, null, 'battalions', 'exact'],
    ['Officials counted 8,000-10,000 troops.', '8,000-10,000 troops', 8000, 10000, 'troops', 'range'],
    [
      'Between 8,000 and 10,000 troops arrived.',
      'Between 8,000 and 10,000 troops',
      8000,
      10000,
      'troops',
      'range',
    ],
    ['It has more than 23,000 troops.', 'more than 23,000 troops', 23000, null, 'troops', 'more_than'],
    ['It has over 300 tanks.', 'over 300 tanks', 300, null, 'tanks', 'more_than'],
    ['It has at least 30 jets.', 'at least 30 jets', 30, null, 'jets', 'at_least'],
    ['Drills involve up to 200,000 troops.', 'up to 200,000 troops', 200000, null, 'troops', 'up_to'],
    ['It has nearly 10,000 soldiers.', 'nearly 10,000 soldiers', 10000, null, 'soldiers', 'less_than'],
    ['It has fewer than 100 tanks.', 'fewer than 100 tanks', 100, null, 'tanks', 'less_than'],
    ['They massed some 300 tanks.', 'some 300 tanks', 300, null, 'tanks', 'about'],
    ['The line is 1,000 km long.', '1,000 km', 1000, null, 'km', 'exact'],
    ['Support fell to 40 percent.', '40 percent', 40, null, 'percent', 'exact'],
    ['Support fell to 40% last week.', '40%', 40, null, 'percent', 'exact'],
    ['Dozens of jets flew over.', 'Dozens of jets', 12, null, 'jets', 'vague'],
    [
      'Tens of thousands of soldiers gathered.',
      'Tens of thousands of soldiers',
      10000,
      null,
      'soldiers',
      'vague',
    ],
    [
      'A few thousand reservists were called up.',
      'A few thousand reservists',
      1000,
      null,
      'reservists',
      'vague',
    ],
    ['It has 10,000-plus troops.', '10,000-plus troops', 10000, null, 'troops', 'more_than'],
    ['It has 200 or more tanks.', '200 or more tanks', 200, null, 'tanks', 'at_least'],
    ['Twenty-five tanks crossed.', 'Twenty-five tanks', 25, null, 'tanks', 'exact'],
    ['Hrodna lies a few kilometres from the border.', 'a few kilometres', 3, null, 'km', 'vague'],
    ['The camp is several miles away.', 'several miles', 3, null, 'miles', 'vague'],
  ];
  it.each(cases)('%s', (text, span, value, max, unit, qualifier) => {
    const got = one(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text: span, value, max, unit, qualifier });
  });

  it.each([
    ['priced at 176 Hong Kong dollars', '176 Hong Kong dollars', 176, 'HKD'],
    ['listed at HK$176 a share', 'HK$176 a share', 176, 'HKD/share'],
    ['paid C$2.5 billion for it', 'C$2.5 billion', 2.5e9, 'CAD'],
    ['sold for 300 yen', '300 yen', 300, 'JPY'],
    ['a bill of 5,000 yuan', '5,000 yuan', 5000, 'CNY'],
    ['fined ₹500 in court', '₹500', 500, 'INR'],
    ['cost 40 Swiss francs', '40 Swiss francs', 40, 'CHF'],
    ['raised US$5 million', 'US$5 million', 5e6, 'USD'],
  ])('names the currency of %s', (text, span, value, unit) => {
    expect(one(text)).toMatchObject([{ text: span, value, unit }]);
  });

  it('keeps spans exact', () => {
    const text = 'Poland has deployed 20,000 troops, while the Baltics have deployed more than 12,000.';
    for (const q of run(text)) expect(q.span[1]).toBeGreaterThan(q.span[0]);
  });
});

describe('quantities: elided units and what they count', () => {
  it('gives an elided figure the last counted noun', () => {
    const text =
      'According to Muravyeko, Poland has deployed 20,000 troops, while the Baltic republics — which gained NATO membership after the fall of the Soviet Union — have deployed more than 12,000.';
    const got = one(text);
    expect(got.map((q) => [q.text, q.unit, q.qualifier, q.about])).toEqual([
      ['20,000 troops', 'troops', 'exact', 'Poland'],
      ['more than 12,000', 'troops', 'more_than', 'the Baltic republics'],
    ]);
  });
  it.each([
    ['How many troops?\nOfficials cap the number at the threshold, which is 9,000.', 'troops'],
    ['How many troops? Estimates put the deployment at about 9,000.', 'troops'],
    ['Poland sent 300 tanks. The threshold is 9,000.', 'tanks'],
    // Negative cases: no counted noun named before, or the figure is tied to another word.
    ['How many? Officials cap the number at the threshold, which is 9,000.', null],
    ['How many troops? The vote was 52 to 48.', null],
    ['Poland sent 300 tanks. The vote was 52 to 48.', null],
  ])('gives an elided figure a counted noun named before it: %s', (text, unit) => {
    const got = one(text).filter((q) => !q.text.includes('300'));
    expect(got.length).toBeGreaterThan(0);
    for (const q of got) expect(q.unit).toBe(unit);
  });
  it.each([
    // The old value of a change counts what the new one counts, whatever the noun.
    ['Rescuers said 12 climbers were still unaccounted for, down from 19 on Sunday.', '19', 'climbers'],
    [
      'The maker expects to sell 3 million tablets next year, up from about 2 million this year.',
      'about 2 million',
      'tablets',
    ],
    ['Turnout reached 61 percent, up from 55 in the last vote.', '55', 'percent'],
    // The second side of a tally right after a counted figure.
    ['The amendment passed by 40 votes to 12.', '12', 'votes'],
    ['The hosts won by 3 goals to 1 in the end.', '1', 'goals'],
    // A time phrase after the counted noun is not part of it.
    ['The firm shipped 4 million phones last year.', '4 million phones', 'phones'],
    // No counted figure right before: nothing to inherit.
    ['The vote was 52 to 48.', '48', null],
    ['Shares traded at 40, down from 52.', '52', null],
  ])('gives the other side of a change or a tally its noun: %s', (text, figure, unit) => {
    const q = one(text).find((x) => x.text === figure);
    expect(q?.unit ?? null).toBe(unit);
  });
  it.each([
    ['More than 300,000 Moldovans abroad voted.', 'Moldovans'],
    ['About 500 Israelis arrived on Monday.', 'Israelis'],
    ['About 500 Marines arrived on Monday.', 'marines'],
    // A name that is no plural modifies the noun after it; a lexicon unit still wins.
    ['They face 10,000 NATO troops.', 'troops'],
    ['Russia Sends 10,000 Troops To Border', 'troops'],
  ])('counts a capitalised plural right after a figure: %s', (text, unit) => {
    expect(one(text)[0]!.unit).toBe(unit);
  });
  it.each([
    ['Hamas handed over three hostages on Saturday.', 'exact'],
    ['The rebels took over 40 villages.', 'exact'],
    // Negative: `over` before a figure elsewhere is a hedge.
    ['Prices rose over 5% in March.', 'more_than'],
  ])('reads `over` after a phrasal verb as its particle, not a hedge: %j', (text, qualifier) => {
    expect(one(text)[0]!.qualifier).toBe(qualifier);
  });
  it.each([
    ['The association put the death toll at 13.', 'people'],
    ['The toll from the quake climbed to more than 2,000.', 'people'],
    ['The commission is investigating 14 other cases.', 'cases'],
    ['Russia sent 300 more troops.', 'troops'],
    ['The army deployed 2,000 additional soldiers.', 'soldiers'],
    // Negative: `more than` after a figure is a comparison, not a noun's modifier.
    ['Prices rose 20 more than expected.', null],
  ])('reads the noun after a word of addition or a toll before: %j', (text, unit) => {
    expect(one(text)[0]!.unit).toBe(unit);
  });
  it('takes no sentence-opening function word for the subject a figure is about', () => {
    // The share counts the pay rise it modifies, not the sentence's `About`.
    const pay = one('About 2,500 workers walked out on June 5 demanding a 7% pay rise.');
    expect(pay.find((q) => q.unit === 'percent')?.about).toBe('pay rise');
    expect(one('The stoppage has left more than 40 container ships waiting at anchor.')[0]!.about).toBeNull();
    expect(one('Poland has deployed 20,000 troops.')[0]!.about).toBe('Poland');
    expect(one('It delivered food to 1.2 million people in July.')[0]!.about).toBeNull();
  });
  it.each([
    // A capital that only opens the sentence modifies the noun after it: the whole subject is
    // what the share is of, never `Annual` alone.
    ['Annual inflation slowed to 2.1% in September.', 'Annual inflation'],
    // A time after `in` is no place.
    ['Output shrank 0.1% in the third quarter.', 'Output'],
    ['Sales rose 4% in the first half.', 'Sales'],
    ['Prices rose 4% in May.', 'Prices'],
    // A month in a wire dateline is no subject; the share is of the vote.
    ['CHISINAU, Sept. 29 - The party was leading with about 49% of the vote.', 'vote'],
    ['CHISINAU, Sept. 29 - The party was leading with about 49%.', null],
    // A place phrase ends before a new clause.
    ['Carmaker to cut 4,000 jobs in Germany as sales slump', 'Germany'],
    // Negatives: names, possessives and places still count.
    ['Poland has deployed 20,000 troops.', 'Poland'],
    ['Russia’s 100,000 troops are there.', 'Russia'],
    ['He said 500 troops deployed in Hrodna were leaving.', 'Hrodna'],
  ])('what %j counts: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it('reads names between figure and noun, possessives and places', () => {
    expect(one('They face 10,000 NATO troops.')[0]!.about).toBe('NATO');
    expect(one('Russia’s 100,000 troops are there.')[0]!.about).toBe('Russia');
    expect(one('He said 500 troops deployed in Hrodna were leaving.')[0]!.about).toBe('Hrodna');
    // `I` names no one; `new` is no counted noun.
    expect(one('“I have earned 9 million votes,” she said.')[0]!.about).toBeNull();
    expect(one('The economy added 271,000 new payroll positions.')[0]!.unit).toBe('positions');
    // A title's full stop stays inside the subject's name.
    expect(one('Mr. Rastin also contributed $300,000 to the group.')[0]!.about).toBe('Mr. Rastin');
  });
  it('uses an entity mention span for about when one lies inside the phrase', () => {
    const text = 'They face 10,000 NATO troops.';
    const s = text.indexOf('NATO');
    const entity: EntityMention = {
      kind: 'entity',
      span: [s, s + 4],
      by: 'test',
      type: 'organization',
      name: 'NATO',
      key: 'nato',
      cluster: 'c1',
      role: null,
    };
    expect(run(text, { entities: [entity] })[0]!.about).toEqual([s, s + 4]);
  });
});

describe('quantities: a crowd in a headline', () => {
  it('counts the people of `Thousands march`, not a unit `march`', () => {
    expect(one('Tens of thousands march in Tbilisi against the bill')).toMatchObject([
      { text: 'Tens of thousands', value: 10000, unit: 'people', qualifier: 'vague' },
    ]);
    expect(one('Thousands protest in Paris over pension reform')).toMatchObject([
      { text: 'Thousands', unit: 'people', qualifier: 'vague' },
    ]);
    // (A plural noun is counted: `thousands of protests`, `hundreds of rallies`.)
    expect(one('Police logged thousands of protests last year.')).toMatchObject([{ unit: 'protests' }]);
  });
});

describe('quantities: scores', () => {
  it('reads `scores of` as a vague magnitude and `scores` alone as no figure', () => {
    expect(one('Scores of people were hurt in the crush.')).toMatchObject([
      { text: 'Scores of people', value: 20, unit: 'people', qualifier: 'vague' },
    ]);
    expect(one('He is quick and he scores goals.')).toEqual([]);
  });
});

describe('quantities: not quantities', () => {
  const negatives = [
    'The drills are set for Feb. 10–20.',
    'They end on Feb. 9 and start on January 17, 2022.',
    'In 2023, the allies will hold drills.',
    'At 11:30 a.m. officials met.',
    'They met at 9 p.m. on Monday.',
    'Russia deployed S-400 systems and Su-35 jets.',
    'Belarus and Russia staged Zapad-2021 last September.',
    'Article 5 of the treaty applies.',
    'Night workers are more likely to develop type 2 diabetes.',
    'He is quick and he scores goals.',
    'No. 5 was cancelled.',
    'The exercise would last 10 days.',
    'one of the leaders spoke.',
    'It is his 21st visit.',
    '1. The first point is clear.',
    'They are many miles away.',
    'Officials named several airfields.',
    'A few were hurt.',
    'The figure may rise well into five digits.',
    // Addresses and an age after a name ending in an abbreviation.
    'The bureau sits at 1625 K Street, Suite 900, Washington DC 20006.',
    'Its office is at 12 Harbour Road.',
    'Tom Reyes Jr., 55, could face a long sentence.',
    // An identifier of thirteen digits or more.
    'The post 747931738903617536 was deleted.',
  ];
  it.each(negatives)('%s', (text) => {
    expect(one(text)).toEqual([]);
  });
  it('still counts long figures with separators, and twelve digits with none', () => {
    expect(one('They owe 3,000,000,000,000 dollars.')).toMatchObject([{ value: 3e12, unit: 'USD' }]);
    expect(one('The fund holds 400000000000 dollars.')).toMatchObject([{ value: 4e11 }]);
  });
  it('still counts a number before capitalised words that name no street', () => {
    expect(one('The navy sent 300 Marines to the Black Sea.')).toMatchObject([{ value: 300 }]);
    expect(one('They counted 40 Russian Army trucks near the road.')).toMatchObject([{ value: 40 }]);
  });
  it('leaves digits inside time mentions to the times stage', () => {
    const text = 'They arrive 17 January.';
    const s = text.indexOf('17');
    const time: TimeMention = {
      kind: 'time',
      span: [s, s + 10],
      by: 't',
      type: 'date',
      value: 'XXXX-01-17',
      start: null,
      end: null,
      mod: null,
      anchor: 'none',
      implied: [],
    };
    expect(run('They counted 17 of them.', { times: [{ ...time, span: [13, 15] }] })).toEqual([]);
    expect(run(text, { times: [time] })).toEqual([]);
  });
});

describe('quantities: linear time on hostile input', () => {
  const steps = (text: string) => {
    const counter = { steps: 0 };
    run(text, { counter });
    return counter.steps;
  };
  it('doubling the input at most roughly doubles the work (fast-check)', () => {
    const piece = fc.constantFrom(
      '1',
      '0',
      ',',
      '.',
      ' ',
      '-',
      'more than ',
      'troops',
      '$',
      'Bln',
      '\n\n',
      'two ',
      'of ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 200 }), (parts) => {
        // Work on k copies is a·k + b, where b (what the joins between copies add or save: a lone
        // `more than 111` reads less than one after `.`) can be as large as a copy's own work. So
        // the growth from 4 to 8 copies is compared with the growth from 2 to 4, which b leaves out:
        // linear work doubles it, anything worse more than doubles it.
        const s = parts.join('');
        const [two, four, eight] = [steps(s.repeat(2)), steps(s.repeat(4)), steps(s.repeat(8))];
        expect(eight - four).toBeLessThanOrEqual(2 * (four - two) + 16);
      }),
      { numRuns: 50 },
    );
  });
  it('looks back for an elided unit once per document, not once per figure (a case fast-check found)', () => {
    const s = 'more than two 11.-'.repeat(16);
    expect(steps(s + s)).toBeLessThanOrEqual(2 * steps(s) + 16);
  });
  it('stays linear on 100,000-digit numbers and long figure runs (work ratio)', () => {
    for (const make of [
      (n: number) => '9'.repeat(n),
      (n: number) => '1,000 '.repeat(n / 6),
      (n: number) => '12 000 '.repeat(n / 7),
    ]) {
      const small = make(20_000);
      const big = make(160_000);
      // Linear gives ~8x the work for 8x the input; quadratic would give ~64x.
      expect(steps(big) / Math.max(1, steps(small))).toBeLessThan(10);
    }
  });
});

describe('progress on hyphenated number words', () => {
  // Regression: "one-line" once made the scan jump back to the same word forever.
  it.each([
    'one-line',
    'a one-line fix',
    '10; one-day',
    'two-thirds of 300 troops',
    'one-off, two-way, three-quarters',
  ])('terminates on %j', (text) => {
    expect(Array.isArray(run(text))).toBe(true);
  });
});

describe('quantities: scales named before the figure, adjectives before the counted noun', () => {
  it.each([
    ['A magnitude 6.3 earthquake struck.', '6.3', 'magnitude'],
    ['It had eight strong aftershocks.', 'eight strong aftershocks', 'aftershocks'],
    ['It has 300 police officers.', '300 police officers', 'officers'],
    ['It sent 300 armed men.', '300 armed men', 'men'],
    ['Flows fell to 67 million cubic metres a day.', '67 million cubic metres a day', 'm3/day'],
    ['Output rose by 500,000 barrels.', '500,000 barrels', 'barrels'],
  ])('%s', (text, span, unit) => {
    expect(one(text).map((q) => [q.text, q.unit])).toEqual([[span, unit]]);
  });
});

describe('quantities: what happened to what a figure counts (measure)', () => {
  const measures = (text: string) =>
    run(text).map((q) => [text.slice(q.span[0], q.span[1]), q.unit, q.measure ?? null]);
  const cases: [string, [string, string | null, string | null][]][] = [
    [
      'At least 12 people were killed and 300 people were evacuated on Monday.',
      [
        ['At least 12 people', 'people', 'killed'],
        ['300 people', 'people', 'evacuated'],
      ],
    ],
    ['Shelling killed at least five civilians.', [['at least five civilians', 'civilians', 'killed']]],
    ['Police arrested 40 protesters in Minsk.', [['40 protesters', 'protesters', 'detained']]],
    [
      'Two soldiers died and 14 were wounded.',
      [
        ['Two soldiers', 'soldiers', 'killed'],
        ['14', 'soldiers', 'injured'],
      ],
    ],
    ['The army said it shot down 23 drones overnight.', [['23 drones', 'drones', 'destroyed']]],
    ['The number of people detained has risen to 1,200.', [['1,200', 'people', 'detained']]],
    // (Deaths count people since qty11, so that `31 deaths` and `31 people died` compare.)
    ['Officials reported 31 deaths.', [['31 deaths', 'people', 'killed']]],
    ['About 500 injured people were treated.', [['About 500 injured people', 'people', 'injured']]],
    [
      "The number of people killed in Sunday's air strike on a school in the town has risen to 31.",
      [['31', 'people', 'killed']],
    ],
    // Negative: the troops act on someone else; deployments and plain counts have no measure.
    ['300 troops arrested the men.', [['300 troops', 'troops', null]]],
    ['Russia has deployed 30,000 troops to Belarus.', [['30,000 troops', 'troops', null]]],
    ['Families were evacuated to 12 shelters.', [['12 shelters', 'shelters', null]]],
    ['The vote was 52 to 48.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(measures(text).filter((q) => q[1] !== null)).toEqual(expected);
  });

  it('ends a place phrase before a time, and takes no month for a place', () => {
    const t = 'There were 300 troops in the border area late on Friday.';
    expect(run(t)[0]!.about).toBe('the border area');
    expect(run('Premiums rose from 0.05% in early December.')[0]!.about).toBeNull();
  });

  it('does not make the acting subject own the figure', () => {
    const [q] = run('Police arrested 40 protesters in Minsk.');
    expect(q!.about).toBe('Minsk');
    const [d] = run('Poland has deployed 20,000 troops.');
    expect(d!.about).toBe('Poland');
  });
});

describe('quantities: shares written as ratios, and the whole of a percentage', () => {
  it('reads `N in M` and `N out of M` as a share in percent of the noun after it', () => {
    expect(one('Six in 10 voters backed the plan.')).toEqual([
      {
        text: 'Six in 10 voters',
        value: 60,
        max: null,
        unit: 'percent',
        qualifier: 'exact',
        about: 'voters',
      },
    ]);
    const [q] = one('Nearly 3 out of 4 registered voters stayed home.');
    expect(q).toMatchObject({ text: 'Nearly 3 out of 4 registered voters', value: 75, unit: 'percent' });
    expect(q!.about).toBe('registered voters');
    expect(one('About one in three adults lacks cover.')[0]).toMatchObject({ value: 33.3, unit: 'percent' });
  });

  it('keeps a share without a counted noun, and leaves rates, odds and scores alone', () => {
    expect(one('On average about 4 in 10 are angry.')).toEqual([
      { text: 'about 4 in 10', value: 40, max: null, unit: 'percent', qualifier: 'about', about: null },
    ]);
    // A span of time after the second number makes a rate: no share.
    expect(one('They struck 2 in 10 days.').some((q) => q.unit === 'percent')).toBe(false);
    // The denominator must be larger than the numerator and at most a thousand.
    expect(one('The bill passed 7 in 3 rounds of votes.').some((q) => q.unit === 'percent')).toBe(false);
    expect(one('The odds are 1 in 5,000 for a clash.').some((q) => q.unit === 'percent')).toBe(false);
  });

  it('takes the common noun after `percent of` as the whole, not a pronoun, adverb or verb', () => {
    expect(one('He won 45 percent of the vote in Iowa.')[0]!.about).toBe('vote');
    expect(one('Some 59 percent of registered voters view her badly.')[0]!.about).toBe('registered voters');
    // (A share a named subject took is its own: `those surveyed` names no whole.)
    expect(one('Rubio took 30 percent of those surveyed.')[0]!.about).toBe('Rubio');
    expect(one('They processed 15 percent of the roughly 54,000 pages.')[0]!.about).not.toBe('roughly');
    expect(one('Debt reached 4.9 percent of gross domestic product.')[0]!.about).toBe(
      'gross domestic product',
    );
  });
});

describe('quantities: ranking lines and elided years', () => {
  it('drops the number of a ranking line made of a name, not a headline figure', () => {
    const text =
      'The order held:\n\n1 Donald Trump.\n\n2 Ted Cruz.\n\n10 Mike.\n\n3 Killed In Crash.\n\n40 Marines landed.';
    expect(run(text).map((q) => text.slice(q.span[0], q.span[1]))).toEqual(['3', '40 Marines']);
  });

  it("reads two digits after a word-opening apostrophe as a year, not a quotation's figure", () => {
    expect(one("The deficit turns in '16 as costs grow, and Obama won in ‘08.")).toEqual([]);
    expect(one("Trade brings ''10 times the size of the losses,'' he said.").map((q) => q.value)).toEqual([
      10,
    ]);
  });
});

describe('quantities: reference marks and table cells', () => {
  it('drops bare numbers in brackets and beside other bare numbers, keeps figures with units there', () => {
    expect(one('Fiber lowers the risk of obesity (36). Sleep loss raises hunger (4, 5).')).toEqual([]);
    expect(one('Busch led the table with 5040 5 1 17 27 at the end.')).toEqual([]);
    expect(one('Nadal won 6-3, 7-6 (7) on Friday.').some((q) => q.value === 7 && q.unit === null)).toBe(
      false,
    );
    // Negatives: a unit, or a number alone, still makes a figure.
    expect(one('The car goes 39 miles (63 kilometers) on battery.').map((q) => q.unit)).toEqual([
      'miles',
      'km',
    ]);
    expect(one('In 2019 15 people died.').map((q) => q.value)).toEqual([15]);
  });
});

describe('quantities: figures a rule states (frame)', () => {
  const frame = (text: string) => run(text).map((q) => [text.slice(q.span[0], q.span[1]), q.frame ?? null]);
  it.each([
    ['The notification threshold under the treaty, which is 9,000, was not crossed.', '9,000'],
    ['The pact sets a cap of 5,000 troops on each side.', '5,000 troops'],
    ['Observers must be invited once the number reaches 13,000.', '13,000'],
    ['States must notify each other of drills involving 9,000 troops or more.', '9,000 troops or more'],
    ['Donors may give without hitting the contribution limit of $2,700.', '$2,700'],
  ])('a rule’s figure: %s', (text, figure) => {
    expect(frame(text)).toContainEqual([figure, 'rule']);
  });
  it.each([
    'Ukrainian intelligence put the deployment at about 9,000.',
    'Russia exceeded the limit, deploying 30,000 troops near the border.',
    'When the top 10 candidates face off in Atlanta, 3,000 people will watch.',
    'The toll rose to 31 when the number of wounded reached 90.',
    'NATO has 4,000 troops or more in the Baltic states.',
  ])('a count of the situation: %s', (text) => {
    expect(frame(text).filter(([, f]) => f !== null)).toEqual([]);
  });
});

describe('quantities: measures written as adjectives, glued units, and what is no count', () => {
  const got = (text: string) =>
    run(text).map((q) => [text.slice(q.span[0], q.span[1]), q.value, q.unit, q.measure ?? null]);
  it.each([
    ['Russia declared a 30-kilometre exclusion zone.', [['30-kilometre', 30, 'km', null]]],
    ['The tablet has a 12.9-inch screen.', [['12.9-inch', 12.9, 'inches', null]]],
    // An age is no figure (the gold's convention).
    ['An 8-year-old boy was hurt.', []],
    ['They released a 31-page report.', [['31-page', 31, 'pages', null]]],
    ['He spoke at a 300-person rally.', [['300-person', 300, 'people', null]]],
    ['The army fired 155mm shells.', [['155mm', 155, 'mm', null]]],
    ['It ships with 512GB of storage.', [['512GB', 512, 'GB', null]]],
    ['The motor delivers 150 kW.', [['150 kW', 150, 'kW', null]]],
    ['The plan costs $9.99/month and runs 24/7.', [['$9.99/month', 9.99, 'USD/month', null]]],
    ['Her saturation is 97%–98% most days.', [['97%–98%', 97, 'percent', null]]],
    [
      // A change: the old value and the new, each counting what the new one does.
      'The estimate was raised from 70,000 to 85,000 refugees.',
      [
        ['70,000', 70000, 'refugees', null],
        ['85,000 refugees', 85000, 'refugees', null],
      ],
    ],
    [
      'She lost the state 36 percent to 51 percent.',
      [
        ['36 percent', 36, 'percent', null],
        ['51 percent', 51, 'percent', null],
      ],
    ],
    ['Support fell to between 40% and 45% in May.', [['between 40% and 45%', 40, 'percent', null]]],
    [
      'There are now 140 million monthly active users.',
      [['140 million monthly active users', 140e6, 'users', null]],
    ],
    ['We have two radicalized Muslims here.', [['two radicalized Muslims', 2, 'Muslims', null]]],
    ['Two former college punters died.', [['Two former college punters', 2, 'punters', 'killed']]],
    [
      'He hired two prominent Washington lobbying firms.',
      [['two prominent Washington lobbying firms', 2, 'firms', null]],
    ],
    [
      'At least 30 killed and 12 wounded in the blast.',
      [
        ['At least 30', 30, 'people', 'killed'],
        ['12', 12, 'people', 'injured'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(got(text)).toEqual(want);
  });
  it.each([
    // A duration (the times stage's), a thing named by its number, a number to call.
    'Both sides agreed to a 30-day ceasefire.',
    'He hit a 3-pointer at the buzzer.',
    'A neighbour spotted the car and called 911.',
    // Model numbers, addresses, codes and a resolution.
    'The laptop uses a GTX 1660 card.',
    'Write to P.O. Box 69440 for details.',
    'Savers can move money from a 401(k) plan.',
    'The new 4K TV is thin.',
  ])('finds no figure in: %s', (text) => {
    expect(one(text)).toEqual([]);
  });
  it.each([
    // What follows the figure says something of it, not what it counts.
    ['Police sent 40 officers. Since I was 17, I have driven.', '17'],
    ['The fleet will grow from 16 currently to 80.', '16'],
  ])('gives no unit to the figure in: %s', (text, figure) => {
    expect(one(text).find((q) => q.text === figure)?.unit).toBeNull();
  });
});

describe('quantities: rates, scores and acceleration tests', () => {
  it.each([
    ['The service costs $4.50 per month after the trial.', '$4.50 per month', 'USD/month'],
    ['The plan is $12/mo for students.', '$12/mo', 'USD/month'],
    ['The hybrid manages 55 miles per gallon on the highway.', '55 miles per gallon', 'miles/gallon'],
    ['The firm paid $3 a share in cash.', '$3 a share', 'USD/share'],
    ['Smugglers move $20 million a week through the port.', '$20 million a week', 'USD/week'],
    ['She averages 8.5 rebounds per game.', '8.5 rebounds per game', 'rebounds/game'],
    // Negatives: a time after `a year` is no denominator; `per cent` is a percentage.
    ['Russia sent 300 troops a year ago.', '300 troops', 'troops'],
    ['Prices rose 3 per cent in May.', '3 per cent', 'percent'],
  ])('keeps the denominator of a rate: %s', (text, span, unit) => {
    expect(one(text).map((q) => [q.text, q.unit])).toEqual([[span, unit]]);
  });
  it.each([
    'The captain levelled the tie 1-1 on Friday.',
    'She beat her rival 4-6, 6-2, 7-6 (3) in the final.',
    'They settled for a 2-2 draw at home.',
    'The visitors won 3-5 after extra time.',
    // An acceleration test is no range of speeds.
    'The coupe goes from zero to 60 mph in 4.1 seconds.',
    'It needs 8.2 seconds for 0-100 km/h.',
  ])('reads no range in a score or an acceleration test: %s', (text) => {
    expect(one(text).filter((q) => q.max !== null)).toEqual([]);
  });
  it.each([
    ['Officials expect 8,000-10,000 visitors.', 8000, 10000],
    ['Temperatures will reach 20-25 degrees.', 20, 25],
    ['Wind speeds of 40-60 mph are forecast.', 40, 60],
  ])('keeps a range that is no score: %s', (text, value, max) => {
    expect(one(text)[0]).toMatchObject({ value, max, qualifier: 'range' });
  });
});

describe('quantities: what an amount, a share or a measure is of', () => {
  it.each([
    // The noun phrase an amount modifies, or that follows it after a preposition with no article.
    ['The board approved a $4 billion takeover of the chain.', 'takeover'],
    ['Exporters shipped some $80 million in frozen fish last year.', 'frozen fish'],
    ['The city holds $3 million in emergency reserves and bonds.', 'emergency reserves'],
    ['They bought about $90 million worth of Brazilian coffee.', 'Brazilian coffee'],
    ['The truck carries 40 tonnes of gravel.', 'gravel'],
    ['The van has 64 kWh and 77 kWh of battery capacity.', 'battery capacity'],
    ['A 13-inch laptop screen was cracked.', 'laptop screen'],
    // A verb or a participle after the noun is not part of it.
    ['The 10-inch Galaxy Tab features a brighter screen.', 'Galaxy Tab'],
    ['The 11-inch lower screen shows the map.', 'lower screen'],
    ['Tariffs hit $90 billion worth of Mexican goods imposed in May.', 'Mexican goods'],
    ['The kit holds 50 metres of cable made from copper.', 'cable'],
    ['Ministers agreed a 4% wage increase.', 'wage increase'],
    // The noun an amount is the value of; a common-noun subject linked by a verb of being.
    ['The mill posted a loss of $12 million.', 'loss'],
    ['Its net debt of $700 million worries analysts.', 'net debt'],
    ['The median rent is about $1,900.', 'The median rent'],
    ['Household savings in this region total $2 billion.', 'Household savings'],
    ['Maximum range is a claimed 400 km.', null],
    ['Top speed is a limited 150 mph.', 'Top speed'],
    // A length said of the subject by a word of dimension; a distance is not.
    ['The old bridge is 400 metres long.', 'The old bridge'],
    ['The shortest route to the coast is less than 100 km.', null],
    // A figure with no unit: the bare noun after `in`.
    ['Actor Jan Kowalski was among the 5,000 in attendance.', 'attendance'],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it.each([
    // A pronoun, a conjunction or a sentence's adverb names nothing.
    'They’ll have 80 kWh in the base car.',
    'Now $300 Plus a free game',
    'Normally you pay $20/month for it.',
    'From 2001 to 2004 there were 900 cases.',
    // A comparison, a participle, a time and a bare or indefinite circumstance are no matter or place.
    'The bundle costs $40 less than the console.',
    'The offer fell short of the $20 reportedly demanded.',
    'The car goes 300 miles on a single charge.',
    'Officers found 28 people in close contact with him.',
    'He has at least 10 assists in six consecutive games.',
    // The first of two coordinated modifiers is no name of what is counted.
    'Officials cut power in 18 Northern and central Oregon counties.',
  ])('reads no `about` in: %s', (text) => {
    for (const q of one(text)) expect(q.about).toBeNull();
  });
  it('keeps names in capitals and with an ampersand', () => {
    expect(one('Roughly 9,000 US troops remain there.')[0]!.about).toBe('US');
    expect(one('AT&T has cut 2,000 jobs this year.')[0]!.about).toBe('AT&T');
    expect(one('The French pair saved two match points.')[0]!.about).toBe('The French pair');
  });
});

describe('quantities: counted denominators, changes by an amount, ages, coordinated figures', () => {
  it.each([
    // A rate whose denominator is itself a number: one figure, the denominator in the unit.
    [
      'Flu struck 4.2 patients per 1,000 bed-days on the ward.',
      '4.2 patients per 1,000 bed-days',
      'patients/1000 bed-days',
    ],
    [
      'The town logged 7 burglaries per 10,000 homes.',
      '7 burglaries per 10,000 homes',
      'burglaries/10000 homes',
    ],
    ['Tolls are $3 per 100 miles driven.', '$3 per 100 miles', 'USD/100 miles'],
  ])('keeps a counted denominator in the unit: %s', (text, span, unit) => {
    expect(one(text).map((q) => [q.text, q.unit])).toEqual([[span, unit]]);
  });
  it('gives a bare rate the unit of the last rate with the same denominator', () => {
    const got = one('Clinics saw 2.5 infections per 1,000 visits in March and 4.1 per 1,000 in April.');
    expect(got.map((q) => [q.text, q.unit])).toEqual([
      ['2.5 infections per 1,000 visits', 'infections/1000 visits'],
      ['4.1 per 1,000', 'infections/1000 visits'],
    ]);
  });
  it('writes a rate that names no numerator by its denominator alone', () => {
    expect(one('The rate was 31 per 100,000.').map((q) => [q.text, q.unit])).toEqual([
      ['31 per 100,000', 'per 100000'],
    ]);
  });
  it('takes a bare rate’s numerator from the plural subject linked to it', () => {
    expect(one('Overdoses climbed to 31 per 100,000.').map((q) => [q.text, q.unit])).toEqual([
      ['31 per 100,000', 'overdoses/100000'],
    ]);
  });
  it.each([
    // Negatives: a small number after `per` is no counted denominator; `per cent` is a share.
    ['Buses run 6 per hour at peak.', '6 per hour', null],
    ['Turnout rose 2 per cent on the day.', '2 per cent', 'percent'],
  ])('reads no counted denominator in: %s', (text, span, unit) => {
    const q = one(text).find((x) => x.text.startsWith(span.split(' ')[0]!));
    expect(q?.unit ?? null).toBe(unit);
  });

  it.each([
    // After `by`, or `from` behind a word of change, an amount repeating its currency is two figures.
    [
      'The shop lowered the fee by $40 to $160.',
      [
        ['$40', 40, null],
        ['$160', 160, null],
      ],
    ],
    [
      'Sales grew from €2 million to €3 million.',
      [
        ['€2 million', 2e6, null],
        ['€3 million', 3e6, null],
      ],
    ],
    // Negatives: a span of prices stays one range, and so does a change written with the unit once.
    ['Tickets cost $25 to $90 at the door.', [['$25 to $90', 25, 90]]],
    ['Seats range from $25 to $90.', [['from $25 to $90', 25, 90]]],
    ['The board raised fees by 5 to 8 percent.', [['5 to 8 percent', 5, 8]]],
  ])('reads an amount with `to` after it: %s', (text, want) => {
    expect(one(text).map((q) => [q.text, q.value, q.max])).toEqual(want);
  });

  it.each([
    'A 52-year-old driver was charged.',
    'The 19-year-old winger signed on Monday.',
    'The widow, aged 81, lived alone.',
    'He stopped running at age 70.',
    'The survey asked adults aged between 25 and 34.',
    'Voters ages 18 to 29 swung left.',
  ])('reads no figure in an age: %s', (text) => {
    expect(one(text)).toEqual([]);
  });
  it('keeps a count beside an age word that is not before it', () => {
    expect(one('The 40-year-old fund holds 300 aged bonds.').map((q) => q.text)).toEqual(['300 aged bonds']);
  });

  it('gives a figure coordinated after an acted-on one no owner in the subject', () => {
    const got = run('Guards detained 9 men and 4 teenagers.');
    expect(got.map((q) => [q.value, q.about, q.measure])).toEqual([
      [9, null, 'detained'],
      [4, null, 'detained'],
    ]);
  });
  it('keeps the subject as owner of coordinated figures no verb acts on', () => {
    const text = 'Norway has 40 jets and 6 frigates.';
    expect(run(text).map((q) => (typeof q.about === 'string' ? q.about : null))).toEqual([
      'Norway',
      'Norway',
    ]);
  });
});

describe('quantities: what a figure is of, from its clause and its neighbours', () => {
  it.each([
    // The subject of a verb of change, past a short bracket, a name ending in a number, or a
    // single capitalised word that opens the sentence.
    ['Germany’s DAX 40 (GDAXI) slipped 1.2% by noon.', 'Germany’s DAX 40'],
    ['The bond fund gained 3% in a week.', 'The bond fund'],
    ['Turnover climbed 8% to $2 billion.', 'Turnover'],
    ['The index was last trading up 0.6%.', 'The index'],
    // Negatives: a function word opening the sentence, a difference against something else.
    ['Some fell 4% overnight.', null],
    ['The kit costs $15 more than the old one.', null],
  ])('the subject %j changes by: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });

  it.each([
    // A figure after a list's comma or conjunction, a bracket, `to` or `, up` is of the same thing.
    ['Okafor grabbed 14 rebounds, 6 steals and 3 blocks.', ['Okafor', 'Okafor', 'Okafor']],
    ['The club paid €30m (£26m) in transfer fees.', ['transfer fees', 'transfer fees']],
    ['Brandt shares ended at $41.10, up 2.5%.', ['Brandt shares', 'Brandt shares']],
    ['Exports grew 6% to $90 billion.', ['Exports', 'Exports']],
    // Negatives: a clause between the figures, or a verb acting on the first.
    // (Points measure like a percentage since qty11: the second clause's own subject has them.)
    ['Okafor grabbed 14 rebounds while the bench added 20 points.', ['Okafor', 'the bench']],
    ['Guards detained 9 men, 4 women and 2 boys.', [null, null, null]],
  ])('shares what a figure is of in: %s', (text, abouts) => {
    expect(one(text).map((q) => q.about)).toEqual(abouts);
  });

  it.each([
    // A verb of being somewhere before the place phrase.
    ['About 2,000 families live in camps near the river.', 'camps near the river'],
    ['Some 4,500 sailors are still in the harbour.', 'the harbour'],
    // Negative: a condition is no place.
    ['Six people are in serious condition.', null],
  ])('reads a place after a verb of being there: %s', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });

  it.each([
    // An adverb or a verb not in -ed ends a named subject; an appositive names the holder.
    ['Last month, Veltra quietly laid off 90 staff.', 'Veltra'],
    ['Ostmark employs 3,200 people.', 'Ostmark'],
    ['Harlow Press, a group of 12 weeklies, was sold.', 'Harlow Press'],
    // Negatives: a vague head before `of`, and no name before the appositive.
    ['It was, a total of 30 papers.', null],
    ['They saw, a row of 30 cars.', null],
  ])('reads a named holder in: %s', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });

  it('scales decimals without binary error', () => {
    expect(one('Sales hit $4.1 billion and €0.7bn.').map((q) => q.value)).toEqual([4.1e9, 7e8]);
  });
});

describe('quantities: what a figure’s own words say is not shared', () => {
  it('keeps a name inside the first figure’s noun phrase to that figure', () => {
    expect(one('Officials said there were 4,000 Danish troops and 90 tanks.').map((q) => q.about)).toEqual([
      'Danish',
      null,
    ]);
  });
});

describe('quantities: what an amount is of, from the verb around it', () => {
  it.each([
    // A noun before `worth`; the object of a verb of change before `by`; the object of a verb of
    // buying before `for`; a thing paid for, with its article; a body that has what is counted.
    ['They signed a supply contract worth $80 million.', 'supply contract'],
    ['The board lifted the dividend payout by 4%.', 'dividend payout'],
    ['Brightline bought Corran Rail for £45m last year.', 'Corran Rail'],
    ['Many fans paid $60 for the deluxe box set.', 'deluxe box set'],
    ['The ministry itself has 4,100 staff.', 'The ministry'],
    ['The sale could raise $2 billion next year.', 'The sale'],
    // Negatives: an occasion after `for`, an object of no verb of buying, a whole that is no body.
    ['She paid $5 for the first time.', null],
    ['He waited for Corran Rail for $10.', null],
    ['The tournament has 32 teams.', null],
    ['It is worth $5.', null],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
});

describe('quantities: places after what happened to what is counted, and whole subjects', () => {
  it.each([
    // A participle or an auxiliary and a participle before the place; a time or number after it is cut.
    ['At least 9 miners were trapped in Gorlice on Sunday.', 'Gorlice'],
    ['About 600 marchers arrived in Tarnow.', 'Tarnow'],
    ['Some 40 pupils injured at the depot two weeks ago were sent home.', 'the depot'],
    // Negatives: `on` after a verb opens its object, a condition is no place.
    ['Two aides briefed on the plan spoke.', null],
    ['Eight people were treated in hospital.', null],
  ])('reads the place of %j: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it.each([
    // `of` and a name stay in a subject; an ampersand joins a name.
    ['Shares of Orvex dropped 6%.', 'Shares of Orvex'],
    ['The FT&E 100 gained 1.1%.', 'The FT&E 100'],
    // Negative: `of` and a common noun are cut from it.
    ['Sales of cars rose 2%.', 'Sales'],
  ])('reads the whole subject of %j: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
});

describe('quantities: a time after a place phrase', () => {
  it('reads no place in an ordinal span of time', () => {
    expect(one('Clinics cut waits among adults by 30% in their first two years.')[0]!.about).toBeNull();
  });
  it('keeps a place before a span of time', () => {
    expect(one('About 70 workers injured at the plant six weeks ago returned.')[0]!.about).toBe('the plant');
  });
});

describe('quantities: subjects across a conjunction or a relative clause', () => {
  it.each([
    ['The Kospa Index (KSP) opened lower, but was last up 0.8%.', 'The Kospa Index'],
    ['The levy, which took effect in May, raised roughly $90,000.', 'The levy'],
    ['Exports rose 3%, and imports fell 2%.', 'imports'],
    // Negatives: a pronoun subject before the conjunction, a comma that opens no relative clause.
    ['He spoke first, but was up 5% later.', null],
    ['In the end, rose 4%.', null],
  ])('what %j changes by is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: bodies that act on a count, objects of giving, counts of a noun, participles', () => {
  it.each([
    // A body subject of a past verb of action (after `had`) owns the count it acts on.
    ['The clinic vaccinated 300 children last month.', 'The clinic'],
    ['The airline had hired 450 pilots by spring.', 'The airline'],
    ['The review panel picked 16 finalists.', 'The review panel'],
    // Negatives: no body (the exercise), a verb that measures what happened (police arrest), a
    // present verb, a body that is not the subject.
    ['The survey questioned 900 adults.', null],
    ['The police detained 14 fans.', null],
    ['The council plans 12 new homes.', null],
    ['Residents near the school planted 40 trees.', null],
    // A reporting verb opens a clause of its own, whose subject acts.
    ['Critics said the council approved 12 new homes.', 'the council'],
  ])('who acted on %j: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it.each([
    // The recipient after a verb of giving; after a verb of costing, what costs.
    ['The insurer paid the growers $3 million.', 'growers'],
    ['A judge awarded Kestrel Foods $12 million.', 'Kestrel Foods'],
    ['The delay will cost residents $40 each.', 'The delay'],
    // Negatives: an object with no article or name, an amount right after the verb.
    ['The fund gave each $300.', null],
    ['He paid $300 yesterday.', null],
    ['The donor will give an additional $300.', null],
    ['The donor will give the remaining $300.', null],
  ])('what the amount in %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it.each([
    // `the number/share of X` linked to the figure: X.
    ['The share of households renting rose to 31% in 2025.', 'households'],
    ['The number of drivers without insurance was 6.2 percent.', 'drivers'],
    // A participle of change after a comma: the phrase before the comma.
    ["The group's bonds, falling 4% this week, were sold.", "The group's bonds"],
    // Negatives: a share with no linking verb, a participle not after a comma.
    ['Officials said that the share of voters who backed the plan was 41%.', 'voters'],
    ['It was a good month for bonds, gaining 3% in all.', 'bonds'],
    ['A rise in the share of renters was 4%.', null],
    ['The number of cases in the region fell sharply, to 12%.', null],
    ['Everyone saw prices falling 4% quickly.', null],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
});

describe('quantities: pronoun subjects, elided subjects, matters at a place, subjects of a verb in -ing', () => {
  function entity(
    text: string,
    name: string,
    type: EntityMention['type'],
    cluster: string,
    at = 0,
  ): EntityMention {
    const s = text.indexOf(name, at);
    return {
      kind: 'entity',
      span: [s, s + name.length],
      by: 'test',
      type,
      name,
      key: name,
      cluster,
      role: null,
    };
  }
  function sentences(text: string) {
    return run(text).length === 0 ? [] : splitSentences(text);
  }
  it('resolves a subject pronoun to the one person or organisation named before it', () => {
    const a = 'Dana Okafor led the Hawks again. She has at least 12 rebounds in five games.';
    expect(sentences(a).length).toBe(2);
    const ea = entity(a, 'Dana Okafor', 'person', 'p1');
    expect(run(a, { entities: [ea] })[0]!.about).toEqual(ea.span);
    const b = 'Brixton Foods opened a bakery in Leeds. It employs 400 people there.';
    const eb = entity(b, 'Brixton Foods', 'organization', 'o1');
    expect(run(b, { entities: [eb, entity(b, 'Leeds', 'gpe', 'g1')] })[0]!.about).toEqual(eb.span);
    // The document's coreference: the pronoun's own mention.
    const c = 'Maria Lind sang. She wrote 40 songs that year.';
    const own = entity(c, 'She', 'person', 'p2');
    expect(run(c, { entities: [entity(c, 'Maria Lind', 'person', 'p2'), own] })[0]!.about).toEqual(own.span);
  });
  it.each([
    // Two people before the pronoun: which one is not said.
    ['Dana Okafor passed to Lia Berg. She has 12 rebounds.', ['Dana Okafor', 'Lia Berg'], 'person'],
    // `it` for a thing, a verb of knowing, a person too far back.
    ['Brixton Foods launched the Zee. It has two cameras.', ['Brixton Foods'], 'organization'],
    ['Dana Okafor spoke. She learned 75 people read the blog.', ['Dana Okafor'], 'person'],
  ] as const)('leaves the pronoun in %j unresolved', (text, names, type) => {
    const ents = names.map((n, i) => entity(text, n, type, `c${i}`));
    for (const q of run(text, { entities: ents })) expect(q.about).toBeNull();
  });
  it.each([
    ['The army moved 2,000 troops to the border and deployed 40 tanks near the river.', 'The army'],
    ['Velta is based in Oslo (Norway), has offices in 12 countries and employs about 900 people.', 'Velta'],
    // Negative: two verbs joined inside a clause of saying (its subject is no owner either).
    ['Police said the men "beat and robbed 12 tourists" in the park.', null],
  ])('the second verb in %j shares the subject: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
  it.each([
    ['About 40mm of rain fell overnight in Leeds.', 'rain in Leeds'],
    ['Up to 60 mm more rain could fall in the hills.', 'rain in the hills'],
    ['The storm left 2 inches (51 mm) of rain in the Vale of York.', 'rain in the Vale of York'],
    ['About 40mm of rain fell on Tuesday.', 'rain'],
    // Negatives: a matter with no place, a measure as an adjective.
    ['The crew laid 800 metres of cable made of copper.', 'cable'],
    ['A 15.6-inch screen in the centre shows the map.', 'screen'],
  ])('a measure of a matter at a place in %j: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it.each([
    ['Forecasts call for winds gusting at times to 60 mph.', 'winds'],
    ['They reported temperatures reaching 40 degrees.', 'temperatures'],
  ])('the subject of a verb in -ing in %j: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
});

describe('quantities: where a measured count happened, regions, changes closing a clause, values', () => {
  it.each([
    // A count of what happened to people: the first named place after it in its clause.
    ['At least 9 people were killed and 20 injured when a lorry overturned near Tarnow.', 'Tarnow'],
    ['Three soldiers were wounded in fighting near Velka on Monday.', 'Velka'],
    // A region of a named place is a place.
    ['The storm cut power to 80,000 homes in northern Wexford.', 'northern Wexford'],
    // An event after `in` is no place, unless it holds a name.
    ['Two people were hurt in the blast.', null],
    ['Four men were held over the Dunmore attacks.', null],
    ['Police said two guards hurt in the Dunmore attacks were released.', 'the Dunmore attacks'],
    // Negative: a place after a reporting clause is the speaker's.
    ['Two people died, the ministry in Kyiv said.', null],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it.each([
    ['Harlow reported revenue of £2.4bn for the year, up 6%.', 'revenue'],
    ['The deal values Harlow at £3.1bn.', 'Harlow'],
    ['The drug cut the risk of stroke by 30%.', 'risk of stroke'],
    ['The diet decreased the number of meals eaten by 13%.', 'meals eaten'],
    ['The new drone weighs 180 grams.', 'The new drone'],
    ['Buyers who shelled out $129 for the Deluxe Edition will get a pad.', 'Deluxe Edition'],
    // Negatives: a change after another verb, a particle with no verb of paying before it.
    ['Revenue was £2.4bn, and margins narrowed, down 2%.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: fronted places, relative clauses after a common noun, bare plural count heads', () => {
  it.each([
    ['In Brixton, 300 homes were flooded.', 'Brixton'],
    ['Across the region, some 5,000 people remain without power.', 'the region'],
    ['In Tarnow, police detained 40 fans.', 'Tarnow'],
    ['The library, which serves 15,000 residents, will close.', 'The library'],
    ['Rates of obesity among children rose to 21 percent.', 'obesity'],
    ['Police said 5,000 people entered the Old Hall through side doors.', 'the Old Hall'],
    ['They make up 0.4 percent of the total Irish population.', 'Irish'],
    ["Last night's test runs were indeed 30 fps.", "Last night's test runs"],
    ['About 300 fans surrounded the building.', null],
    // Negatives: a time, a document, a reporting clause between.
    ['At the same time, 300 people left.', null],
    ['In the report, 40 cases were listed.', null],
    ['In Tarnow, the mayor said 40 fans were held.', null],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
});

describe('quantities: a change and a new level after a verb of change', () => {
  it('reads `rose $1.20 to $74.50 a barrel` as two figures, and a span of prices as one range', () => {
    const q = one('Brent crude rose $1.20 to $74.50 a barrel. Tickets cost $300 to $1,099.');
    expect(q).toContainEqual(expect.objectContaining({ text: '$1.20', value: 1.2, max: null }));
    expect(q).toContainEqual(expect.objectContaining({ text: '$74.50 a barrel', value: 74.5, max: null }));
    expect(q).toContainEqual(expect.objectContaining({ text: '$300 to $1,099', value: 300, max: 1099 }));
  });
});

describe('quantities: irregular pasts, whose phrases, tolls, speakers, plans and motion', () => {
  it.each([
    // A name right before an irregular past and the figure right after it.
    ['Brazil won 21 medals at the games.', 'Brazil'],
    ['Silver rose 15 cents.', 'Silver'],
    // Negatives: a figure after another phrase of the verb, a verb far from the subject.
    ['Kelso made the case to 23 group leaders.', null],
    ['Democrats beat Bevin in a state Trump won by 30 points.', null],
    // A phrase after the subject's noun naming a place or a body stays in the subject.
    ['Exports from China fell 6.2 percent in September.', 'Exports from China'],
    ['Sales at Walmart rose 3 percent.', 'Sales at Walmart'],
    ['Inflation in the euro zone fell to 2.9 percent in October.', 'Inflation in the euro zone'],
    ['Investment in the region will rise to £90m.', 'Investment in the region'],
    ['Officers made 28 arrests.', null],
    // Negatives: a time after the subject's noun.
    ['Sales in the first half rose 4%.', 'Sales'],
    ['Sales in 2019 rose 4%.', 'Sales'],
    // Verbs of shrinking and growing link a subject too.
    ["Germany's economy shrank 0.1 percent.", "Germany's economy"],
    // What a toll is of.
    ['The death toll in Gaza has risen to more than 30,000.', 'Gaza'],
    ['The death toll from the earthquake rose to 5,000.', 'the earthquake'],
    ["Varnia's death toll rose to 40.", 'Varnia'],
    // A pronoun after a reporting verb stands for its subject.
    ['The ministry said it had registered 4,500 asylum requests.', 'The ministry'],
    ['Halvorsen said on Monday that it would hire 500 engineers.', 'Halvorsen'],
    ['The rebels said they held 200 soldiers.', 'The rebels'],
    ['The company said it earned $5 million in the quarter.', 'The company'],
    // Negatives: `it` for a thing, a verb acting on the count.
    ['Moscow said it involved up to 200,000 personnel.', null],
    ['Police said they had arrested 40 people.', null],
    // A body's planned action on a count.
    ['The company will cut 1,200 jobs.', 'The company'],
    ['The council is set to build 300 homes.', 'The council'],
    ['The retailer plans to close 40 stores.', 'The retailer'],
    // Negative: no body.
    ['The survey will ask 900 adults.', null],
    // Where a verb of motion took what is counted.
    ['Some 5,000 refugees crossed into Chad last week.', 'Chad'],
    ['More than 10,000 people fled to neighbouring Uganda.', 'neighbouring Uganda'],
    ['Hundreds of migrants tried to cross into Spain.', 'Spain'],
    ['About 2,000 migrants arrived on the island of Lampedusa over the weekend.', 'the island of Lampedusa'],
    ['About 800 residents were evacuated from the flooded district.', 'the flooded district'],
    ['Only 90 people now live on the island year-round.', 'the island'],
    // Negatives: no place after the direction, a figurative heading, a purpose.
    ['Twelve people were taken to hospital.', null],
    ['Seven questions heading into the debate.', null],
    ['Some 3,000 soldiers were deployed to help with the evacuation.', null],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
});

describe('quantities: objects changed to a figure, matters of counted portions, places of counts', () => {
  it.each([
    // The object of a verb of change before `to`; the subject of an infinitive of change.
    ['The central bank raised its key rate to 4.5 percent.', 'key rate'],
    ['The IMF cut its growth forecast for Germany to 0.5 percent.', 'growth forecast for Germany'],
    ['Berg said the company expected sales to grow by 5% next year.', 'sales'],
    // What counted portions are of, with the place they are in.
    ['Officials said 1,200 cases of cholera had been reported in Haiti.', 'cholera in Haiti'],
    ['Some 2 million doses of vaccine arrived in Kenya.', 'vaccine in Kenya'],
    // A count nothing else places: the first named place after it in its clause.
    ['The storm left 200,000 homes without power in Florida.', 'Florida'],
    ['Aid groups say 300,000 people are at risk of famine in Somalia.', 'Somalia'],
    // Negatives: a part of a whole (whose the whole is says its possessive), an agent, a time or an
    // occasion after `at`/`on`.
    ['The pact was signed by 175 countries last month in New York.', null],
    ['The candidates meet for the first of three debates on Monday at Hofstra University.', null],
    // A count after a participle of harm: the place of the clause before the comma.
    ['An earthquake struck eastern Turkey on Monday, killing at least 40 people.', 'eastern Turkey'],
    ['Heavy rain has flooded large parts of southern Varnia, killing at least 23 people.', 'southern Varnia'],
    ['A car bomb exploded in Kabul on Friday, killing 12 people and wounding 30.', 'Kabul'],
    // Negative: no place in the clause before.
    ['The storm hit the coast on Monday, leaving 200,000 homes without power.', null],
    // An adverb ends a named subject; present verbs of action; a second verb after a modal.
    ['Halvorsen now operates 86 vessels.', 'Halvorsen'],
    ['The ferry carries about 30,000 passengers a year.', 'The ferry'],
    ['The ferry was built in 1987 and can carry 24 cars.', 'The ferry'],
    // A length a verb of change or measuring gives its subject; not a distance after `is`.
    ['At Kellby, where water levels reached 5.8 metres, roads closed.', 'water levels'],
    ['Its main screen measures 7.8 inches.', 'Its main screen'],
    ['The river peaked at 6.2 metres in the town of Brask.', 'The river'],
    ['The shortest route to the coast is less than 100 km.', null],
    // Past a coordinated count to the place.
    ['Some 1,500 soldiers and 300 rescue boats have been sent to the region.', 'the region'],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it('gives a whole after a part its possessive (the part, in words, counts what the whole counts)', () => {
    const got = one('Two of the firm’s five directors resigned over its stake in Valeant.');
    expect(got.map((q) => [q.unit, q.about])).toEqual([
      ['directors', null],
      ['directors', 'the firm'],
    ]);
  });
  it('gives the last figure of a harm clause the place too', () => {
    const got = one('A bomb exploded in Kabul, killing 12 people and wounding 30.');
    expect(got.map((q) => q.about)).toEqual(['Kabul', 'Kabul']);
  });
});

describe('quantities: whose a poll share is, and the old value of a change', () => {
  it.each([
    ['Clinton leads Trump by 43 percent to 38 percent.', ['Clinton', 'Trump']],
    ['Trump is leading Clinton 47.1 percent to 41.7 percent.', ['Trump', 'Clinton']],
    [
      'Among likely voters, 46 percent would choose Clinton and 44 percent would back Trump.',
      ['Clinton', 'Trump'],
    ],
    ['Some 5 percent prefer Libertarian nominee Gary Johnson.', ['Libertarian nominee Gary Johnson']],
    // The old value after `from` is of what the new value is of.
    ['Net debt fell to 1.4 billion euros from 1.7 billion.', ['Net debt', 'Net debt']],
    [
      'Halvorsen posted a profit of 412 million euros for the half, up from 305 million.',
      ['profit', 'profit'],
    ],
    ['The group now employs 5,200 people, up from 4,800 a year ago.', ['The group', 'The group']],
    ['Unemployment fell to 4.1% from 4.3%.', ['Unemployment', 'Unemployment']],
    ['Council tax will rise by 4.99%, adding £92 a year to the bill.', ['Council tax', 'Council tax']],
    // Negatives: a starting price after `from`; a share with no named sides.
    ['It costs $150, and deals on thermostats start from $139.', [null, null]],
    ['Some 46 percent would choose another option.', [null]],
  ])('whose the figures of %j are: %j', (text, abouts) => {
    expect(one(text).map((q) => q.about)).toEqual(abouts);
  });
});

describe('quantities: more bodies, crossed places, given shares, coordinated counts', () => {
  it.each([
    ['Ordered to act, the alliance will send 2,000 more troops.', 'the alliance'],
    ['Some 300 soldiers crossed the border overnight.', 'the border'],
    ['The convoy of 200 trucks stretched for 10 km.', 'The convoy'],
    ['Germany took in 1 million refugees in 2015.', 'Germany'],
    ['The goalkeeper made six saves.', 'The goalkeeper'],
    ['The victory lifted Rovers to 45 points.', 'Rovers'],
    ['The deal is worth $2 billion.', 'The deal'],
    // Negative: a crossed object that is no place.
    ['Some 300 fans crossed the line.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
  it.each([
    ['Exit polls gave the Social Democrats 28%.', ['Social Democrats']],
    ['The party won 45% of the vote and 210 seats.', ['vote', 'The party']],
    ['The home side had 58% of possession and 14 shots.', ['possession', 'The home side']],
    // Negatives: a share's whole after `of` stays; no verb before the first figure.
    ['Peabody gave Patriot 13 percent of its coal reserves.', ['coal reserves']],
    ['Fans saw it after 45 games and 210 matches.', [null, null]],
  ])('whose the figures of %j are: %j', (text, abouts) => {
    expect(one(text).map((q) => q.about)).toEqual(abouts);
  });
});

describe('quantities: a study’s sample, a possessive pronoun’s owner', () => {
  it.each([
    ['The study of 180,000 adults found a lower risk.', 'The study'],
    ['One trial in 4,000 patients showed no effect.', 'One trial'],
    // Negative: where a poll was is no sample.
    ['The average uses recent polls in 11 swing states.', null],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
  it('gives a figure of `its` phrase to the one organisation named before', () => {
    const text = 'Halvorsen posted a profit. Its shares jumped 7.5%.';
    const org: EntityMention = {
      kind: 'entity',
      span: [0, 9],
      by: 'test',
      type: 'organization',
      name: 'Halvorsen',
      key: 'halvorsen',
      cluster: 'c1',
      role: null,
    };
    expect(run(text, { entities: [org] })[0]!.about).toEqual([0, 9]);
    // Without a referent the phrase stays.
    expect(run(text)[0]!.about).toBe('Its shares');
  });
});

describe('quantities: headlines, places of a size, named objects of change', () => {
  it.each([
    ['Varnia floods: 23 dead, 40,000 displaced', ['Varnia floods', 'Varnia floods']],
    ['Shingles Vaccine Cuts Dementia Risk by 20%, Study Finds', ['Dementia Risk']],
    ['It increased its British growth forecast by 0.1 percentage points.', ['British growth forecast']],
    ['Investment will flow to the nation of 53 million people.', ['the nation']],
    ['Goma, a city of 2 million, lies on the border.', ['Goma']],
    ['Orrin, home to 640 people, depends on the ferry.', ['Orrin']],
    ['The plan would save £1.2 million.', ['The plan']],
    // Negatives: a long phrase before the colon; a share's own noun is no place (as before).
    ['The minister said this on Monday: 23 were hurt.', [null]],
    ['They took a share of 5% last year.', ['share']],
  ])('whose the figures of %j are: %j', (text, abouts) => {
    expect(one(text).map((q) => q.about)).toEqual(abouts);
  });
});

describe('quantities: what a figure is put at, headline auxiliaries', () => {
  it.each([
    ['Officials put the death toll in the north at 40.', 'the north'],
    ['The agency put the combined number on both fronts at more than 9,000.', 'both fronts'],
    ['Trump puts his net worth at $11 billion.', 'his net worth'],
    ['Analysts estimated Varnia’s reserves at 12 billion barrels.', 'Varnia’s reserves'],
    ['The central bank held its key rate at 4.5 percent.', 'its key rate'],
    ['The Varran Bank forecasts growth of 3.1% for 2024.', 'growth'],
    ['Kyiv Says Moscow Has Moved 30,000 Troops to the Border', 'Moscow'],
    // Negatives: an object that says neither whose nor where; a word for a figure alone.
    ['Intelligence put the early deployment at about 9,000.', null],
    // A distance from a place is measured from it, not of it.
    ['Residents of Tarsk, a few kilometres from the Varran border, fled.', null],
    ['The data puts the figure at about $44 million.', null],
  ])('what %j is of: %j', (text, about) => {
    expect(one(text)[0]!.about).toBe(about);
  });
});

describe('quantities: limits of the place of a count and of the old value', () => {
  it.each([
    ['Delta posted net income of $133.1 million, or $2.53 a share, up from $100 million.', 'net income'],
    [
      'Gunmen attacked a convoy in the western Varran state of Tarsk on Friday, killing one soldier.',
      'the western Varran state of Tarsk',
    ],
    ['Lukashenko, who leads this European state of 10 million people, spoke.', 'Lukashenko'],
    // Negatives: a place past a conjunction or a new circumstance; coins counted like things.
    ['Pavlik gave up three runs and became the fourth winner in the American League.', 'Pavlik'],
    ['With only seven winners qualifying for the finals in France, Belgium needed a win.', null],
    // (Coins counted like things are money: the shares' move.)
    ['Telerate shares fell 50 cents on Friday, to close in London trading.', 'Telerate shares'],
    ['It won an order worth 1.2 billion crowns for a network in the Guangdong province.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: coins as money, results said two ways, modifiers in -ing', () => {
  it.each([
    [
      'Net income was $19.2 million, or 91 cents a share, up 3% from $18.7 million, or 87 cents a share.',
      'Net income',
    ],
    ['Net rose to $33 million, or 35 cents a share, from $36 million, or 39 cents a share.', 'Net'],
    ['Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.', 'Revenue'],
    ['Average hourly earnings rose 4 cents.', 'Average hourly earnings'],
    ['September heating oil stood 1.02 cents lower.', 'September heating oil'],
    [
      'Operating profit in the company’s abrasives segment rose 16%.',
      'Operating profit in the company’s abrasives segment',
    ],
    ['The company expects to report net income of 15 cents a share.', 'net income'],
    // Negatives: a gerund subject; a time after the subject's noun.
    ['Those who have reported using meth was 3.8 percent.', null],
    ['The share of voters in the first six days was 39 percent.', 'voters'],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: old values compared with, places in the subject of a measured count', () => {
  it.each([
    ['Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million.', 'Net income'],
    ['Halvorsen earned $45.2 million, or 65 cents a share, compared with $84.9 million.', 'Halvorsen'],
    ['Floods in southern Varnia have killed 23 people.', 'southern Varnia'],
    ['The car bomb attack at the embassy in Tarsk killed 253 people.', 'Tarsk'],
    // Negative: another's figure after `compared with … for`.
    ['The index had fallen 4.3%, compared with 3.3% for the Dow.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: sport lines, an elided count’s place, place phrases ended by a verb', () => {
  it.each([
    ['Benes (12-8) allowed three runs and struck out three.', 'Benes'],
    ['Brown threw 119 pitches.', 'Brown'],
    ['StatesWest serves 10 cities in Arizona.', 'StatesWest'],
    ['The number of Varran troops in the valley rose to 12,000.', 'Varran'],
    // Negative: an -s noun after a possessive is no verb.
    ['Varnia’s exports of spare parts amounted to 220 million dinars.', 'Varnia’s exports of spare parts'],
    ['Middlesex beat Hampshire by 188 runs.', 'Middlesex'],
    ['Thieves stole about 40 rifles from a shooting range in southern Belgium.', 'southern Belgium'],
    ['The UN says 2.5 million people in Gaza need food aid.', 'Gaza'],
    ['He sent 10 men from a force of 500 near Tarsk to conduct the search.', 'Tarsk'],
    ['I live with five other workers in the city and we struggle.', 'the city'],
    ['Blasts injured more than 1,000 others in Varnia and Tarsk earlier in the day.', 'Varnia and Tarsk'],
    ['Some 300 families live in the Varn valley and sell the offsets.', 'the Varn valley'],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
  it('gives an elided count its named place', () => {
    const got = one(
      'Many of the 1.1 million refugees in Zaire and nearly 600,000 in Tanzania refuse to go home.',
    );
    expect(got.map((q) => q.about)).toEqual(['Zaire', 'Tanzania']);
  });
});

describe('quantities: bases of a change, indefinite and gerund subjects, bodies in apposition', () => {
  it.each([
    // A share's `from` opens the base of a change, no whole of it.
    ['Home prices in Canada slipped 2 percent from a year earlier.', 'Home prices in Canada'],
    ['Profit was €412 million, down 18% from a year earlier.', 'Profit'],
    // A word right before a figure is the verb, not the end of a noun phrase.
    ['The base model costs $999, while a 512GB version costs $1,449.', 'a 512GB version'],
    ['A new vessel would cost about £12 million, a council report said.', 'A new vessel'],
    ['Spending on adult social care will rise by £3.2 million.', 'Spending on adult social care'],
    ['The boat carries up to 120 passengers and 14 cars.', 'The boat'],
    ['The union represents 120,000 teachers.', 'The union'],
    ['The operator, Sound Ferries, employs 22 crew.', 'Sound Ferries'],
    ['Varnia’s army numbers about 180,000 active personnel.', 'Varnia’s army'],
    ['The visitors have conceded 35 goals this season.', 'The visitors'],
    ['Keane, signed for £4 million in the summer, now has 20 goals.', 'Keane'],
    ['The painting, sold for $450 million in 2017, was shown in Paris.', 'The painting'],
    ['The company employs 9,000 people and operates 140 vessels.', 'The company'],
    ['The authority employs about 2,400 staff and plans to cut 60 posts.', 'The authority'],
    // Negatives: a time before a name is no indefinite subject; a verb of saying's subject.
    ['A year earlier Unitex earned $2.4 million.', null],
    ['The company said the survey, which ran for a month, found 300 cases.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: groups of a study, whence a count was taken, phrases ended by a verb', () => {
  it.each([
    [
      'There were 8.2 fractures per 1,000 person-years in the vaccine group, compared with 9.7 in the placebo group.',
      ['the vaccine group', 'the placebo group'],
    ],
    ['Deaths fell 20% among older women.', ['older women']],
    ['Rescuers evacuated nearly 800 residents from the town of Morva overnight.', ['the town of Morva']],
    [
      'At least 17 people have died and 9 are missing after heavy rain caused rivers to burst their banks across northern Varnia.',
      ['northern Varnia', 'northern Varnia'],
    ],
    ['About 4,000 workers at the Ford plant went on strike on Monday.', ['the Ford plant']],
    ['Thieves took jewellery worth 1 million pounds from the shop.', ['jewellery']],
    ['Global temperatures were 1.45 degrees above pre-industrial levels.', ['Global temperatures']],
    ['The vaccine was 91 percent effective against severe disease.', ['The vaccine']],
    // Negatives: a group far from the figure; a count whose place is another clause's.
    ['Deaths fell 20% last year, most of them among older women.', ['Deaths']],
    ['Two people died, and a man from Tarsk said 14 were hurt.', [null, null]],
  ])('whose the figures of %j are: %j', (text, abouts) => {
    expect(one(text).map((q) => q.about)).toEqual(abouts);
  });
});

describe('quantities: antecedents of which, populations, old values of counted nouns, speakers’ places', () => {
  it.each([
    ['The phone has 128GB of storage; the Pro version, which costs $999, doubles that.', 'the Pro version'],
    [
      'Islanders say the service needs a second vessel, which would cost about £7 million.',
      'a second vessel',
    ],
    ['Tellux said it expects to ship 12 million units.', 'Tellux'],
    ['The district has a population of 98,000.', 'The district'],
    ['Kell, with a population of 310, depends on the ferry.', 'Kell'],
    [
      'The ferry, which makes eight crossings a day, normally carries about 400 passengers a week.',
      'The ferry',
    ],
    ['Voss said the club had sold 6,500 season tickets, up from 5,000 last year.', 'the club'],
    ['The average household pays £1,712 a year.', 'The average household'],
    ['Halvorsen cut 800 jobs last year.', 'Halvorsen'],
    ['Operating profit came in at €610m, beating forecasts.', 'Operating profit'],
    [
      'The rate was 41 per 100,000 among vaccinated people and 52 per 100,000 among the unvaccinated.',
      'the unvaccinated',
    ],
    ['The X2 starts at $1,799 in the US.', 'The X2'],
    ['Authorities in Kesta said 14 bodies had been recovered.', 'Kesta'],
    ['The island’s population has fallen to 420.', 'The island’s population'],
    // Negatives: `which` after a preposition's object; a cognition verb; a pronoun in the subject;
    // a bare figure whose subject counts no people; a participle after a subject that is no body.
    ['He spoke of a plan, which would cost $5 million.', null],
    ['Tellux said it expects 12 million visitors.', null],
    ['Afterwards you’ll pay $6.99 per month.', null],
    ['The total rose to 400.', null],
    ['The survey, conducted in May, found 300 cases.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: names in -ly, old values before a time, appositives of worth, shares won', () => {
  it.each([
    ['More than 4,500 migrants arrived in Italy by sea last month.', 'Italy'],
    ['Turnout was 61%, down from 66% at the last election.', 'Turnout'],
    ['Around 2,000 staff at the plant face redundancy.', 'the plant'],
    ['The camp, built for 3,000 people, now holds more than 12,000.', 'The camp'],
    ['The average price of a home in London is now £520,000.', 'The average price of a home in London'],
    ['The fund, worth about $1.4 trillion, is the largest.', 'The fund'],
    [
      'The ruling party took 48% of the vote, while the opposition alliance took 39.5%.',
      'the opposition alliance',
    ],
    // Negatives: `in the red` is no group of people; `in the face of` no verb. (`a low of`: a level
    // reached, whose subject the amount is of.)
    ['His net worth dropped to a low of about $1 billion in the red by 1991.', 'His net worth'],
    ['Some 300 people in the face of the storm stayed.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: datelines, interjections, venues, rates without a numerator, prices', () => {
  it.each([
    [
      'LORVIK, Nordmark (Baltic Wire) — Heavy snow has cut power to about 80,000 homes in western Nordmark.',
      'western Nordmark',
    ],
    ['Volumes, however, fell 1.5%.', 'Volumes'],
    ['Brennan’s shares, which have fallen 20% this year, rose in early trade.', 'Brennan’s shares'],
    ['The test wrongly flagged cancer in 10% of people who did not have it.', 'people'],
    ['A version with 5G connectivity will cost $799.', 'A version'],
    ['The alliance has deployed an additional 3,000 troops since January.', 'The alliance'],
    ['The population swells to nearly 1,000 in summer.', 'The population'],
    ['The site covers 62 hectares.', 'The site'],
    ['Among people aged 60 to 74, the incidence was 142 per 100,000.', 'the incidence'],
    ['Riverside moved up to fourth with a win in front of 18,400 fans at Mill Lane.', 'Mill Lane'],
    [
      'Rovers beat Castlebay 2-1 at a packed Fernlea Park on Saturday, watched by 11,204 supporters.',
      'Fernlea Park',
    ],
    ['Belmont’s population has grown by 18% since 2011, to about 24,000.', 'Belmont'],
    ['Velto unveiled a foldable phone priced at $1,299.', 'a foldable phone'],
    ['Ferrano unveiled the Vista 3, a tablet with an 11-inch screen, priced from $649.', 'Vista 3'],
    // Negatives: spectators with no venue named; an appositive's pronoun head.
    ['About 500 fans gathered at noon.', null],
    ['It sells a tablet, a cheap one, priced at $99.', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: second clauses after while, old values of last year, names at a share, levels reached', () => {
  it.each([
    [
      'Profit in the abrasives unit rose 16% while operating profit in the materials unit rose 2%.',
      'operating profit in the materials unit',
    ],
    ['Passenger traffic jumped 14%, while profit per passenger grew 2%.', 'profit'],
    ['Third-period sales were $2.49 billion, up from last year’s $2.34 billion.', 'Third-period sales'],
    ['Ron Unz was at 6 percent and Duf Sundheim, a former party chairman, at 3 percent.', 'Duf Sundheim'],
    ['Its battery is rated at 4,800 mAh.', 'Its battery'],
    ['Fracture rates fell to 41 per 100,000.', 'Fracture rates'],
    ['The increase will add £92 a year to the average Band D bill.', 'the average Band D bill'],
    ['The increase will add £92 a year to the average bill, taking it to £1,940.', 'the average bill'],
    // Negatives: a month after `at`; what a change adds after its comma is of what changed.
    ['Inflation in May was at 3 percent.', 'Inflation'],
    ['Council tax will rise by 4.99%, adding £92 a year to the bill.', 'Council tax'],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
  it('reads mAh as a unit, and no irregular past as a counted noun', () => {
    expect(one('The phone has a 5000mAh battery.')[0]!.unit).toBe('mAh');
    expect(one('A crowd of 12,350 saw Rovers win.')[0]!.unit).toBeNull();
  });
  it('drops an age after over or under that follows a noun of people', () => {
    expect(one('The benefit was seen in women over 70 and in adults under 40.')).toEqual([]);
    expect(one('The firm has over 300 employees.').map((q) => q.value)).toEqual([300]);
    expect(one('Men over 100 kg were excluded.').map((q) => q.unit)).toEqual(['kg']);
  });
});

describe('quantities: levels after a time, bodies carrying a count, common possessives, settings, spans', () => {
  it.each([
    ['Burglaries in the city rose 12% last year to 8,400.', 'Burglaries in the city'],
    ['The plane was carrying 180 passengers and six crew.', 'The plane'],
    ['Roughly two-thirds of the island’s 420 residents are retired.', 'the island'],
    ['At its peak the factory employed 300 workers.', 'the factory'],
    ['The school roll has fallen from 85 to 12 since 1990.', 'The school roll'],
    ['About 70 percent of the city’s buildings have been damaged, the UN said.', 'city’s buildings'],
    ['National Steel, which owns 50% of the nation’s sixth largest mill, reported a loss.', 'National Steel'],
    // Negatives: a setting of four words; `from` opening no span.
    ['At the same time the airline carried 2 million passengers.', null],
    ['Premiums rose from 0.05% in early December.', null],
    // (A level after a phrase that is no time; a place phrase does not run into a currency.)
    ['A decline of 87.5 cents in Intel’s stock to $32 a share.', null],
    ['Unisys, whose revenue inched up 3.7% in the quarter to $2.35 billion, had a loss.', 'Unisys'],
    ['Castleton boss Mark Reid, whose side have conceded 30 goals, said they were unlucky.', 'Mark Reid'],
    ['The new model is 15% lighter and has a bigger battery.', 'The new model'],
    ['The vaccine has been given to 3 million people in the country so far.', 'the country'],
    ['The hospital is treating 45 patients with the disease.', 'The hospital'],
    ['Compensation claims against the trust total £2.1 billion.', 'Compensation claims against the trust'],
    ['Group revenue rose 4 per cent on the year to €9.1bn.', 'Group revenue'],
    ['Halvorsen now expects annual sales growth of 3 to 5 per cent.', 'annual sales growth'],
    ['Net cash fell by a third to £310m.', 'Net cash'],
    ['The tax rise will bring in an extra £3.4m.', 'The tax rise'],
    ['The council’s budget gap for 2027 is forecast at £8.9m.', 'The council’s budget gap'],
    ['Loan losses totalled 240 million kronor, against 110 million a year ago.', 'Loan losses'],
    ['The lender’s customers hold deposits of about 900 billion kronor.', 'deposits'],
    ['Lund said costs would be flat at around 18 billion kronor.', 'costs'],
    ['The Riksbank cut its policy rate by a quarter point to 3.5%.', 'policy rate'],
    ['These payments consisted of $54 million in scheduled payments.', 'scheduled payments'],
    ['Schools in the region were closed, affecting some 45,000 pupils.', 'the region'],
    ['That brought the toll for both bombings to 259.', 'both bombings'],
    ['Revenue at the shipping unit, the group’s largest, fell 9% to €1.8bn.', 'Revenue at the shipping unit'],
    // (Negative: a reporting clause between commas is no appositive.)
    ['Sales in May, the company said, rose 5%.', null],
    ['The new deaths bring the death toll in Tarsk to 58.', 'Tarsk'],
    ['A storm swept through villages in the region on Monday, killing 12 people.', 'the region'],
    // (A headline's capitalised participle or preposition after a figure is no name.)
    ['Floods in Varnia, Thousands Displaced', null],
    ['Island Ferry Subsidy of £1.8m Under Threat', null],
  ])('what the last figure of %j is of: %j', (text, about) => {
    const got = one(text);
    expect(got[got.length - 1]!.about).toBe(about);
  });
});

describe('quantities: it for the body opening the sentence before', () => {
  it.each([
    ['The ferry has run since 1962. It carries 120 passengers and 14 cars.', ['The ferry', 'The ferry']],
    ['The company was founded in 1990. It employs 3,000 people.', ['The company']],
    [
      'The council met on Tuesday. It agreed to spend £86 million next year, up from £82 million.',
      ['The council', 'The council'],
    ],
    // Negatives: a thing is no body; a body that does not open the sentence before.
    ['The phone was launched today. It has two cameras.', [null]],
    ['Sales at the company fell. It employs 3,000 people.', [null]],
  ])('whose the figures of %j are: %j', (text, abouts) => {
    expect(
      run(text).map((q) =>
        q.about === null || typeof q.about === 'string' ? q.about : text.slice(q.about[0], q.about[1]),
      ),
    ).toEqual(abouts);
  });
});
