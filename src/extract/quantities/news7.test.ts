import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/mention.ts';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/**
 * What figures of news kinds the rules had not met are of (helper about7): shipping, aviation,
 * insurance, energy, housing, crime, health, refugees, elections, defence. Sentences written for
 * these tests.
 */
function abouts(text: string, entities: EntityMention[] = []) {
  return findQuantities({ text, sentences: splitSentences(text), entities }).map((q) =>
    Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : q.about,
  );
}

function entity(text: string, name: string, type: EntityMention['type'], cluster: string): EntityMention {
  const s = text.indexOf(name);
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

describe('quantities: what news figures are of (about7)', () => {
  it.each([
    // A name that opens a place is no group of a study (`in the unvaccinated` is).
    ['Firms built 1.4 million homes in the United Kingdom.', ['the United Kingdom']],
    ['Cases fell 40% among the unvaccinated.', ['the unvaccinated']],
    // A demonstrative before a time word dates a phrase: the plural before it is no verb.
    ['Arsenal spent £200 million on new strikers this summer.', ['new strikers']],
    // A plural of people opening the sentence owns nothing; the count's named place says where.
    ['Builders started work on 1.4 million homes in the United States last year.', ['the United States']],
    ['Volunteers handed out 4,000 meals in Kesta on Sunday.', ['Kesta']],
    ['Rescuers pulled 14 survivors from the collapsed school.', [null]],
    // A place phrase loses a time after it whose preposition opened a month.
    ['Police recorded 6.7 million crimes in England and Wales in the year to March.', ['England and Wales']],
    // `off` a coast or an island is where a measured count happened.
    ['Coastguards rescued 78 migrants off the island of Lesbos on Tuesday.', ['the island of Lesbos']],
    ['Twelve people died off Lampedusa.', ['Lampedusa']],
    ['About 200 workers were laid off in Ohio.', ['Ohio']],
    // A name's possessive before a disaster or a civil war within it says where.
    ['Pakistan’s floods have killed 1,100 people.', ['Pakistan']],
    ['South Sudan’s civil war has displaced 300,000 people.', ['South Sudan']],
    // Negatives: an attack or a war a name wages happened elsewhere.
    ['Varnia’s attack killed 120 people.', [null]],
    ['Varnia’s war has displaced 300,000 people.', [null]],
    // A bare plural people were moved to is no place.
    ['Officials said 25,000 people had been evacuated to shelters.', [null]],
    ['About 10,000 people fled to neighbouring Uganda.', ['neighbouring Uganda']],
    // `it` after a reporting verb owns a planned action of more verbs.
    ['Maersk said it would divert 40 vessels away from the Red Sea.', ['Maersk']],
    ['The airline said it would cancel 1,200 flights.', ['The airline']],
    ['Moscow said it would involve 200,000 personnel.', [null]],
    // A subject past a place or an appositive between commas.
    ['The camp, near the border town of Adre, now houses 150,000 people.', ['The camp']],
    ['The plane, an Airbus A320, had 148 passengers on board.', ['The plane']],
    ['The wind farm, off the coast of Norfolk, will generate 1.4 gigawatts.', ['The wind farm']],
    ['Orrin, off the west coast, has 640 residents.', ['Orrin']],
    // An adjective after a share is said of the subject.
    ['Varnia’s gas storage sites are 95 percent full.', ['Varnia’s gas storage sites']],
    ['The new terminal is 80% complete.', ['The new terminal']],
    // More verbs of change and of staying link a subject to its value.
    ['The insurer’s combined ratio improved to 94.1 percent.', ['The insurer’s combined ratio']],
    ['The jobless rate remained at 4.1%.', ['The jobless rate']],
    ['The deficit ballooned to $1.7 trillion.', ['The deficit']],
    ['The pound dipped 0.4% against the dollar.', ['The pound']],
    ['The index plummeted 12% in a week.', ['The index']],
    // Of two verbs of the list in a row, the first is the subject's head.
    ['Fuel costs fell 11%.', ['Fuel costs']],
    ['The tax rise brings in £3.4m.', ['The tax rise']],
    ['Shares were last trading up 4%.', ['Shares']],
    // A verb of knowing or intending is no noun of an infinitive's subject.
    ['We expect capacity to grow by about 7 percent.', ['capacity']],
    ['Analysts forecast revenue to rise 4%.', ['revenue']],
    // More bodies, irregular pasts and present verbs of action.
    ['The carrier flew 14.2 million passengers in the quarter.', ['The carrier']],
    ['The shop sells 200 loaves a week in summer.', ['The shop']],
    ['The battery holds 4,800 mAh.', ['The battery']],
    // A base verb after `and` shares the modal and the subject of the clause before.
    ['The council will cut 140 jobs and close three libraries.', ['The council', 'The council']],
    ['The airline would add 12 aircraft next year and hire 800 pilots.', ['The airline', 'The airline']],
    // A speaker's body with its `of` and name.
    [
      'The defence ministry of Osk said it had placed 5,000 reservists on alert.',
      ['The defence ministry of Osk'],
    ],
    // A place home to a count holds it, past a distance between commas too.
    ['The island is home to 380 people.', ['The island']],
    ['Orrin, 12 miles off the coast, is home to 380 people.', [null, 'Orrin']],
    // A short time or the hearers after a verb of saying open no subject.
    [
      'Grenmark said on Tuesday its net profit rose 34% to 1.2 billion kroner.',
      ['its net profit', 'its net profit'],
    ],
    ['Ida Moen told analysts the company would order four new ships.', ['the company']],
    // Kroner are money.
    ['The debt fell by 600 million kroner.', ['The debt']],
    // A struck region's `of` and name.
    [
      'Rivers burst their banks across the south of Telmar on Thursday, killing at least 31 people.',
      ['the south of Telmar'],
    ],
    // A passive irregular participle links its subject; a count with its own noun after `and` is no
    // part of the amount before it.
    ['The libraries budget will be cut by £1.2 million.', ['The libraries budget']],
    [
      'The libraries budget will be cut by £1.2 million, and four branches will close.',
      ['The libraries budget', null],
    ],
    ['Net fell to $9 million, or 15 cents a share.', ['Net', 'Net']],
    // A verb taking an object to a level.
    ['Council tax will rise by 2.99%, taking a Band D bill to £2,104.', ['Council tax', 'Band D bill']],
    // A standing led by so much, and a standing with so many points.
    ['Ashby lead the table by five points.', ['Ashby']],
    ['Kelby sit bottom with 12 points from 24 games.', ['Kelby', 'Kelby']],
    ['Harlow Town stand fourth with 33 points.', ['Harlow Town']],
    // A verb of leaving after auxiliaries, and its place noun.
    ['About 1,500 civilians have left the valley since Monday.', ['the valley']],
    // A participle of costing between commas.
    ['A new broadband line, costing £2.4 million, was laid last year.', ['A new broadband line']],
    // A pronoun's tally a verb takes to a count.
    ['She scored twice, taking her tally to 17 goals this season.', ['her tally']],
    // A group opening the sentence after `among` for a share (not before the share's own whole).
    ['Among likely primary voters, about two-thirds, 67 percent, back Lind.', ['likely primary voters']],
    ['Among women, 12 percent said they were unsure.', ['women']],
    ['Among other things, 40 percent of the grant pays for schools.', ['grant']],
    // A study's group after `in`, and a group opening a clause after a semicolon.
    [
      'In the unvaccinated group, 14.5 percent developed dementia; among the vaccinated, the figure was 11.6 percent.',
      ['the unvaccinated group', 'the vaccinated'],
    ],
    ['In May, 40 percent said yes.', [null]],
    // A name modifying a place noun in an indefinite place phrase of a measured count.
    ['Twenty-nine people were injured in a densely packed Chelsea neighborhood.', ['Chelsea']],
    ['Five people were killed in a Reuters report.', [null]],
    // A month between a verb of change and its figure.
    ['Sales rose in March by 4%.', ['Sales']],
    // A measured count past an aside between commas, and past an event to its place.
    ['Twelve people, including three children, died in the fire in Kesta.', ['Kesta', null]],
    ['About 40 workers, most of them women, were hurt in Tarsk.', ['Tarsk']],
    // The level after `, to` that closes a change is of what changed.
    ['Kestrel rose $6.20, or 1 percent, to $758.81.', ['Kestrel', 'Kestrel', 'Kestrel']],
    ['Silver rose 15 cents, to $20.07 an ounce.', ['Silver', 'Silver']],
    // A verb of expecting and `to` inside a verb group.
    ['Annual turnover is expected to reach $60 million.', ['Annual turnover']],
    ['The deficit is forecast to hit $2 trillion.', ['The deficit']],
    // A gapped item after a figure and `and` (not a clause with its own verb).
    ['Petrol rose 4% and diesel 6%.', ['Petrol', 'diesel']],
    ['Exports to Osk rose 5% and to Varnia 3%.', ['Exports to Osk', 'Varnia']],
    ['The rate was 3.9 percent, and college graduates, 1.9 percent.', ['The rate', 'college graduates']],
    ['The stock rose 4% and analysts expect 6%.', ['The stock', null]],
    // A gerund with its object after an amount is no thing it is of.
    ['Halden spent $1.2 billion developing it.', ['Halden']],
    // A thing's price past a participle between commas.
    ['The drug, sold as Corvex, costs about $6,000 a year.', ['The drug']],
    // A verb of leaving after auxiliaries, and its place noun.
    ['Aid agencies estimate that 60,000 people have fled the valley.', ['the valley']],
    // A common noun's possessive and a word of rank before a holder.
    ['The island’s only hotel has 14 rooms.', ['The island’s only hotel']],
    // A study holds those it enrols.
    ['The trial enrolled 4,300 patients.', ['The trial']],
    // Money `it` asks for.
    ['The agency said it needed $18 million.', ['The agency']],
    // An opening plural owns what it has.
    ['Rebels have 3,000 fighters.', ['Rebels']],
    // A person's occasion is no place; a named appositive after an age, and after a name's possessive.
    ['Castleton’s keeper, 19-year-old Sam Reid, made eight saves on his debut.', ['Sam Reid']],
    // A gapped item with its determiner, for a length too.
    [
      'The main screen measures 7.9 inches and its cover screen 6.2 inches.',
      ['The main screen', 'its cover screen'],
    ],
    // A measure a thing is rated at.
    ['Norrtek says the battery, rated at 4,800 mAh, lasts up to 30 hours.', ['the battery']],
    ['The motor is rated at 150 kW.', ['The motor']],
    // A verb of the list is no object of a change; a month is no whose; a study past its participle.
    ['The increase amounts to £94 a year.', ['The increase']],
    ['The council tax will rise by 4.99% from April.', ['The council tax']],
    ['A larger trial, involving 30,000 people, is due to begin.', ['A larger trial']],
    // After `the` and a name, the common noun heads the subject.
    ['The Scottish government has offered £8 million towards it.', ['The Scottish government']],
    // A subject past a participle's phrase between commas, for a linked figure and a second verb.
    [
      'The MV Islander, built in 1989, is 52 metres long and can carry 180 passengers.',
      ['The MV Islander', 'The MV Islander'],
    ],
    // A name in apposition to a plain subject opening the sentence is its name (not after a place).
    ['Kestrel’s chief executive, Ann Berg, earned £2.1 million last year.', ['Ann Berg']],
    ['Merieux, a firm based in Lyon, France, is controlled 50.1% by Rhone.', [null]],
    // An office-holder's name in apposition holds what the office-holder has.
    ['Its chief executive, Ida Moen, holds 3.2 million shares.', ['Ida Moen']],
    // `accounted for` links a share to its subject.
    ['Revenue from shipping accounted for 62% of the total.', ['Revenue']],
    // The price of what goes on sale.
    ['The Fold X2 goes on sale on October 1 at $1,799.', ['The Fold X2']],
    ['The phone will go on sale in March for $1,499.', ['The phone']],
    // A planned action right after a name.
    ['Halvorsen plans to invest 1.5 billion kroner.', ['Halvorsen']],
    ['Kestrel Foods plans to cut 300 jobs.', ['Kestrel Foods']],
    // A headline's state of people after a coordinated count is no name.
    [
      'Floods in Northern Varnia Leave 23 Dead and 4,000 Homeless',
      ['Floods in Northern Varnia', 'Floods in Northern Varnia'],
    ],
  ])('%s', (text, about) => {
    expect(abouts(text)).toEqual(about);
  });

  it('resolves `it` after a year or a time adverb to the place opening the sentence before', () => {
    const text = 'The village of Ardmore sits at the end of a road. In 1900 it had 600 inhabitants.';
    expect(abouts(text)).toEqual(['Ardmore']);
  });

  it('gives a `We` quotation the body its named speaker leads', () => {
    expect(abouts('The leader of the council, Sam Ode, said: "We have lost 40% of our funding."')).toEqual([
      'the council',
    ]);
  });

  it.each([
    // `we` after a short setting in a quotation, `We've`, and `Our` opening it.
    ['"In the first half we sold 2 million phones," said Ida Moen, chief executive of Norrtek.', 'Norrtek'],
    ['"Our revenue rose 12% last year," said Ida Moen, chief executive of Norrtek.', 'Norrtek'],
    // A body's possessive in the speaker's appositive, and a body before the speaker's title.
    ['"We\'ve sold 30,000 tickets already," said Tom Hale, the club\'s secretary.', 'the club'],
    ['"This year we have hired 300 engineers," Norrtek chief executive Ida Moen said.', 'Norrtek'],
  ])('gives a figure in a `we` quotation its speaker’s body: %s', (text, body) => {
    expect(abouts(text)).toEqual([body]);
  });

  it('gives jobs opening a sentence to the one organisation named just before', () => {
    const text = 'Grenmark Shipping reported a loss. About 300 jobs will go.';
    expect(abouts(text, [entity(text, 'Grenmark Shipping', 'organization', 'o1')])).toEqual([
      'Grenmark Shipping',
    ]);
    const two = 'Grenmark Shipping met Kestrel Foods. About 300 jobs will go.';
    const ents = [
      entity(two, 'Grenmark Shipping', 'organization', 'o1'),
      entity(two, 'Kestrel Foods', 'organization', 'o2'),
    ];
    expect(abouts(two, ents)).toEqual([null]);
  });

  it('takes the one place the sentence before says was struck', () => {
    const text =
      'The storm struck Cuba on Monday. Officials said 12 people died and 3,000 homes were destroyed.';
    expect(abouts(text, [entity(text, 'Cuba', 'gpe', 'g1')])).toEqual(['Cuba', 'Cuba']);
  });

  it.each([
    // Negatives: a place named otherwise, two places, or a place in the figure's own sentence.
    ['Talks were held in Geneva on Monday. Officials said 12 people died.', ['Geneva']],
    ['The storm struck Cuba and Haiti. Officials said 12 people died.', ['Cuba', 'Haiti']],
    ['The storm struck Cuba. Officials in Miami said 12 people died.', ['Cuba', 'Miami']],
  ])('%s', (text, places) => {
    const ents = places.map((p, i) => entity(text, p, 'gpe', `g${i}`));
    const got = abouts(text, ents);
    expect(got.at(-1)).toBe(text.includes('in Miami') ? 'Miami' : null);
  });
});

describe('quantities: a measure past `still` (about7)', () => {
  it('reads `were still missing` as missing', () => {
    const text = 'The agency said 14 people were still missing.';
    expect(findQuantities({ text, sentences: splitSentences(text) })[0]!.measure).toBe('missing');
  });
});
