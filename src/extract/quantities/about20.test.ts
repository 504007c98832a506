import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/**
 * What a figure counts (`about`), shapes of the twentieth round (helper about20): a change noun's
 * phrase, and more. Sentences written for these tests.
 */
function aboutOf(text: string, span: string): string | null | undefined {
  const q = findQuantities({ text, sentences: splitSentences(text) }).find(
    (x) => text.slice(x.span[0], x.span[1]) === span,
  );
  if (!q) return undefined;
  return Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : (q.about as string | null);
}

describe('about: a change noun is about what changed', () => {
  it.each([
    ['Lenders reported a 4% rise in mortgage approvals.', '4%', 'mortgage approvals'],
    ['She blamed a 9% real-terms cut in central government funding.', '9%', 'central government funding'],
    ['The board approved a $2 billion increase in spending.', '$2 billion', 'spending'],
    ['It reported a 7% fall in its quarterly profit.', '7%', 'quarterly profit'],
    // The figure after the change noun and `of`.
    ['Lenders reported a rise of 4% in mortgage approvals.', '4%', 'mortgage approvals'],
    // (A time after `in` says when, not what: the change noun stays.)
    ['Analysts expect a 3% rise in the first quarter.', '3%', 'rise'],
    ['The firm posted a 5% rise in May.', '5%', 'rise'],
    ['Prices saw a rise of 4% in March.', '4%', 'rise'],
    // (No change noun: the phrase the figure modifies stays.)
    ['The council agreed a £3 million grant for schools.', '£3 million', 'grant'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a body that spends, raises or releases an amount', () => {
  it.each([
    [
      'The government would release 1.2 billion varns from its reserve fund.',
      '1.2 billion varns',
      'The government',
    ],
    [
      'The authority expects to draw £7.8 million from its reserves this year.',
      '£7.8 million',
      'The authority',
    ],
    ['The council will spend £3 million.', '£3 million', 'The council'],
    // A particle after the verb, and a verb of intending in the past.
    ['The group would buy back up to €500 million of its own shares.', 'up to €500 million', 'The group'],
    ['The company aimed to sell more than 2 million devices.', 'more than 2 million devices', 'The company'],
    ['The company laid off 300 workers.', '300 workers', 'The company'],
    // (What the money pays for comes first.)
    ['Under the deal, the club will pay £40 million for the striker.', '£40 million', 'striker'],
    // (No body opens the clause: nothing is said.)
    ['The plan would release £3 million.', '£3 million', null],
    ['Workers at the company will lose $300 a month.', '$300 a month', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: the event whose verb of harm acts on a count', () => {
  it.each([
    ['The 1998 flood killed 61 people.', '61 people', 'The 1998 flood'],
    ['The blast has injured at least 40 people.', 'at least 40 people', 'The blast'],
    ['A suicide bombing killed 14 soldiers.', '14 soldiers', 'A suicide bombing'],
    ['The 2004 tsunami killed about 230,000 people.', 'about 230,000 people', 'The 2004 tsunami'],
    // (A place says where first.)
    ['The attack killed 12 people in Kabul.', '12 people', 'Kabul'],
    // (A body that acts is no event: the count is not its own.)
    ['The army killed 30 militants.', '30 militants', null],
    // (Not the opening of the clause: `said` starts a new one.)
    ['Witnesses of the blast said gunmen killed 12 people.', '12 people', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: names between a range and its noun', () => {
  it.each([
    [
      'He said between 6,000 and 8,000 Kessland troops were there.',
      'between 6,000 and 8,000 Kessland troops',
      'Kessland',
    ],
    ['He said 6,000 to 8,000 Kessland troops were there.', '6,000 to 8,000 Kessland troops', 'Kessland'],
    // (A disease's name is no owner, after a range as after one figure.)
    ['Between 20 and 30 Covid patients were admitted.', 'Between 20 and 30 Covid patients', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: the one accused of an act is its subject', () => {
  it.each([
    ['Kyiv accuses Moscow of sending 300 tanks to the border.', '300 tanks', 'Moscow'],
    ['The union accused the company of cutting 400 jobs.', '400 jobs', 'the company'],
    [
      'Varnia accused neighbouring Kessland on Sunday of massing 9,000 troops and more than 50 tanks.',
      'more than 50 tanks',
      'Kessland',
    ],
    [
      'Varnia accused neighbouring Kessland on Sunday of massing 9,000 troops and more than 50 tanks.',
      '9,000 troops',
      'Kessland',
    ],
    // (No verb of accusing: the clause's subject.)
    ['Varnia denied massing 9,000 troops.', '9,000 troops', 'Varnia'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a named item of a list after a comma', () => {
  it.each([
    [
      'To win, Lopez needs 52 percent of the delegates left, Hart 61 percent, and Moss 70 percent.',
      '61 percent',
      'Hart',
    ],
    [
      'To win, Lopez needs 52 percent of the delegates left, Hart 61 percent, and Moss 70 percent.',
      '70 percent',
      'Moss',
    ],
    [
      'In the three-way race, Lopez took 40 percent, Hart 31 percent and Moss 12 percent.',
      '31 percent',
      'Hart',
    ],
    // (After a comma, a verb's participle or an appositive is no item.)
    ['Lopez won the primary, claiming 41 percent of the vote.', '41 percent', 'vote'],
    ['Taxes would rise for the top earners, the richest 2 percent.', '2 percent', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a contender placed with a share', () => {
  it.each([
    ['Lopez comes in second with 34 percent while Hart receives 11 percent.', '34 percent', 'Lopez'],
    ['Gov. Ann Moss follows Lopez with 16 percent.', '16 percent', 'Gov. Ann Moss'],
    ['Lopez leads with 45 percent.', '45 percent', 'Lopez'],
    // (Not a share: `with` and a count after such a verb says nothing here.)
    ['Lopez comes to town with 300 supporters.', '300 supporters', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a figure alone in brackets is of the phrase before them', () => {
  it.each([
    ['The adverts ran in Ohio (about $240,000), Iowa (about $70,000) and Maine.', 'about $70,000', 'Iowa'],
    ['Voters cast ballots in Texas (155 delegates) and four other states.', '155 delegates', 'Texas'],
    ['Support came mostly from younger voters (58 percent).', '58 percent', 'younger voters'],
    // (A bracket that restates a figure before it is that figure's.)
    ['The fund will pay $1.2 billion (about €1 billion) to farmers.', 'about €1 billion', 'The fund'],
    // (A time before the bracket is no holder.)
    ['Turnout rose last year (61 percent).', '61 percent', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: the agent an amount was spent or raised by', () => {
  it.each([
    [
      'Most of the $59 million spent by the Reyes campaign came from loans.',
      '$59 million',
      'the Reyes campaign',
    ],
    ['The $3 million raised by the charity will go to schools.', '$3 million', 'the charity'],
    ['About $40 million was spent by outside groups.', 'About $40 million', 'outside groups'],
    [
      'It trails the $37 million raised by rival candidate Ann Moss.',
      '$37 million',
      'rival candidate Ann Moss',
    ],
    // (Not a verb of spending: the phrase the figure modifies.)
    ['The $5 million cut by the council hit libraries.', '$5 million', 'cut'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: the object a verb of change changes by an amount', () => {
  it.each([
    ['The maker will cut the price of its older model by $200 to $899.', '$200', 'price of its older model'],
    ['The maker will cut the price of its older model by $200 to $899.', '$899', 'price of its older model'],
    // (A possessive pronoun right after the verb stays out of the object, as before.)
    ['The firm raised its forecast by 5%.', '5%', 'forecast'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: what a vote passed or rejected', () => {
  it.each([
    ['The levy passed by 27 votes to 19, with three abstentions.', '27 votes', 'The levy'],
    ['The levy passed by 27 votes to 19, with three abstentions.', '19', 'The levy'],
    ['The levy passed by 27 votes to 19, with three abstentions.', 'three abstentions', 'The levy'],
    ['The motion was rejected by 212 votes to 98.', '212 votes', 'The motion'],
    // (A verb with an object keeps the named subject, as before.)
    ['The Senate passed the bill by 60 votes to 40.', '60 votes', 'The Senate'],
    // (Not a verb of passing.)
    ['He won the seat by 300 votes.', '300 votes', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: an appositive that gives the figure', () => {
  it.each([
    ['The valley, home to about 70,000 people, was flooded.', 'about 70,000 people', 'The valley'],
    ['Testers said the inner screen, at 7.1 inches, felt roomy.', '7.1 inches', 'the inner screen'],
    ['The tower, at 300 metres, is the tallest.', '300 metres', 'The tower'],
    // (`at` and a figure not closed by a comma is no appositive.)
    ['The tower stands at 300 metres.', '300 metres', 'The tower'],
    ['Prices closed, at $4.20, lower.', '$4.20', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a figure of `them` is of the counted noun before it', () => {
  it.each([
    ['The board said 1,200 parents had replied, and that 58% of them backed the plan.', '58%', 'parents'],
    ['Police held 12 men; three of them were charged.', 'three', 'men'],
    // (No count before it: nothing.)
    ['Many answered, and 58% of them backed the plan.', '58%', null],
    // (`either`, `neither`, `both` name nothing.)
    ['It carries 90 cars and 300 people, but rarely more than 20 of either.', 'more than 20', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: an old value after a year is of what the new one is of', () => {
  it.each([
    [
      'The company sold 3 million phones in 2025, up from about 800,000 a year earlier.',
      'about 800,000',
      'The company',
    ],
    [
      'The company sold 3 million phones in 2025, up from about 800,000 last year.',
      'about 800,000',
      'The company',
    ],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a place after a quoted figure', () => {
  it.each([
    [
      'The ministry said it had “about 3,000 personnel” in the region.',
      'about 3,000 personnel',
      'the region',
    ],
    ['She said they had "zero support" in Ohio.', 'zero support', 'Ohio'],
    // (A name ending in a weekday is a day, no place.)
    ['He hopes to win 300 delegates on Super Tuesday.', '300 delegates', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a quoted clause is no quoted figure', () => {
  it('keeps no place after a quotation that opens before the figure', () => {
    expect(aboutOf('Police said the men "beat and robbed 12 tourists" in the park.', '12 tourists')).toBe(
      null,
    );
  });
});

describe('about: a subordinate clause has its own subject', () => {
  it.each([
    ['Shares fell after profit dropped 12%.', '12%', 'profit'],
    ['Markets rallied when oil prices slid 3%.', '3%', 'oil prices'],
    ['Apple rose 3% after Google fell 2%.', '2%', 'Google'],
    ['Nordfrakt Raises Outlook After Quarterly Revenue Jumps 14%', '14%', 'Quarterly Revenue'],
    // (A gerund after the conjunction has the main clause's subject.)
    ['Lopez has momentum after finishing just 0.3 points behind Hart.', '0.3 points', 'Lopez'],
    // (`as` before a hedge is the hedge's.)
    ['Its shares rose as much as 6.3%.', 'as much as 6.3%', 'Its shares'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a pair of shares after a verb of leading', () => {
  it.each([
    [
      'The survey showed Ann Moss leading Tom Hart among likely voters, 46 percent to 44 percent.',
      '46 percent',
      'Ann Moss',
    ],
    [
      'The survey showed Ann Moss leading Tom Hart among likely voters, 46 percent to 44 percent.',
      '44 percent',
      'Tom Hart',
    ],
    ['Mayor Ann Moss is ahead of Sen. Tom Hart, 27 percent to 19 percent.', '19 percent', 'Sen. Tom Hart'],
    ['The poll has Moss leading Hart by six points (46 percent to 40 percent).', '40 percent', 'Hart'],
    // (No verb of leading: the pair says nothing of who.)
    ['Voters backed the plan, 46 percent to 44 percent.', '44 percent', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a measure inside the subject of a price', () => {
  it.each([
    ['A model with 2TB of storage costs $2,099.', '$2,099', 'A model'],
    ['A room with 40 square metres of space costs £300 a night.', '£300 a night', 'A room'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a share for a name, and a measure fronted by `at`', () => {
  it.each([
    [
      'Moss won young voters by 71 percent to 27 percent for GOP nominee Tom Hart.',
      '27 percent',
      'GOP nominee Tom Hart',
    ],
    ['Now 52 percent back Moss, compared with 41 percent for Mrs. Hart.', '41 percent', 'Mrs. Hart'],
    [
      'At 7.4 percent, the regional jobless rate is well below its peak.',
      '7.4 percent',
      'the regional jobless rate',
    ],
    // (`for` and a time or a common noun is no one's.)
    ['Sales rose 5 percent for January.', '5 percent', 'Sales'],
    ['Shares rose 5 percent for the year.', '5 percent', 'Shares'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});
