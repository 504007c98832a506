import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/**
 * What a figure is of (`about`), shapes of the twenty-first round (helper about21): a measure after
 * a noun and `of`, and more. Sentences written for these tests.
 */
function aboutOf(text: string, span: string): string | null | undefined {
  const q = findQuantities({ text, sentences: splitSentences(text) }).find(
    (x) => text.slice(x.span[0], x.span[1]) === span,
  );
  if (!q) return undefined;
  return Array.isArray(q.about) ? text.slice(q.about[0], q.about[1]) : (q.about as string | null);
}

describe('about: a figure after a noun and `of` is that noun’s', () => {
  it.each([
    ['Crews fought the fire as gusts of up to 80 km/h pushed it uphill.', 'up to 80 km/h', 'gusts'],
    ['Geologists said the tremor struck at a depth of 12 km.', '12 km', 'depth'],
    ['Residents of the coast braced for winds of more than 150 mph.', 'more than 150 mph', 'winds'],
    ['A town with a population of 40,000 was cut off.', '40,000', 'population'],
    ['The mayor spoke to a crowd of about 900 on Tuesday.', 'about 900', 'crowd'],
    // (A plural capitalised for opening the sentence.)
    ['Gusts of up to 90 km/h fanned the flames.', 'up to 90 km/h', 'Gusts'],
    ['Budgets of $3 billion are rare for such agencies.', '$3 billion', 'Budgets'],
    // (An owner of the measure read first stays.)
    ['The valley has a population of 40,000.', '40,000', 'The valley'],
    // (The object of a verb after its article says nothing of its own.)
    ['Norland shares a border of about 600 km with Ostravia.', 'about 600 km', null],
    // (After a verb of having, its subject's.)
    ['The mast has a height of 240 metres.', '240 metres', 'The mast'],
    ['The new tunnel will have a length of 9 km.', '9 km', 'The new tunnel'],
    // (`north of` a figure is a bound, no noun.)
    ['The bill could come in north of 65 million.', '65 million', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: the subject of an infinitive of reaching', () => {
  it.each([
    ['Forecasters expect temperatures to reach 43C on Monday.', '43C', 'temperatures'],
    ['Analysts forecast losses to top $2 billion this year.', '$2 billion', 'losses'],
    ['Engineers expect the river to hit 6.1 metres by Friday.', '6.1 metres', 'the river'],
    // (A subject before a verb of intending stays; a bare count has no subject of its own.)
    ['The fund hopes to reach $5 billion.', '$5 billion', 'The fund'],
    ['She needs 61 percent of the remaining delegates to reach 1,237.', '1,237', null],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a participle after an amount is no thing it is of', () => {
  it.each([
    [
      '"Thirty billion dollars spread over ten years is small change," she said.',
      'Thirty billion dollars',
      null,
    ],
    ['The council set aside £2 million earmarked for schools.', '£2 million', null],
    // (After an article the word is a noun; a change noun keeps its phrase.)
    ['The bill includes a $2 billion cut in fuel taxes.', '$2 billion', 'fuel taxes'],
    ['The lender charged a 40 basis point spread over gilts.', '40 basis point', 'spread'],
    ['The firm paid $40 million in fines.', '$40 million', 'fines'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: an -s verb before a hedged figure ends the phrase', () => {
  it.each([
    ['Magnitude 7.1 quake kills at least 90', '7.1', 'quake'],
    ['Magnitude 7.1 tremor injures more than 300 in the north', '7.1', 'tremor'],
    // (Before a bare figure, as before.)
    ['Magnitude 7.1 quake kills 90', '7.1', 'quake'],
    ['A 512GB model costs $1,449.', '512GB', 'model'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: a cost or price after `at a` or a verb of having', () => {
  it.each([
    ['The old pier was rebuilt at a cost of £12 million.', '£12 million', 'The old pier'],
    ['The new arena was finally opened at a cost of $900 million.', '$900 million', 'The new arena'],
    ['The navy bought 12 frigates at a cost of $4 billion.', '$4 billion', 'frigates'],
    ['The Orion X will have a starting price of $1,299 in Canada.', '$1,299', 'The Orion X'],
    ['The handset carries a price tag of $849.', '$849', 'The handset'],
    // (Past a short time; a participle's phrase after a comma.)
    ['The old pier was rebuilt in 2019 at a cost of £12 million.', '£12 million', 'The old pier'],
    [
      'Officials said the clinic, finished at an estimated cost of $80 million, opens in May.',
      '$80 million',
      'the clinic',
    ],
    // (What a counted object before it is: the thing paid for, past a comma too.)
    [
      'The trust plans to build about 400 homes near the station by 2030, at a cost of £90m.',
      '£90m',
      'homes',
    ],
    ['The council will hire 40 new wardens, at a cost of £2m a year.', '£2m a year', 'new wardens'],
    // (After `with`: the phrase before it, past an appositive of a possessive.)
    [
      'Kavla on Monday unveiled the Vega 3, its third folding phone, with a starting price of $1,299 in Canada.',
      '$1,299',
      'the Vega 3',
    ],
    ['The Vega 3, with a price tag of $1,299, goes on sale on Friday.', '$1,299', 'The Vega 3'],
    ['Buyers with a budget of $500 can still get one.', '$500', 'budget'],
    // (No subject phrase read: the cost noun stays.)
    ['Officials said that, at a cost of $2 billion, the plan was too dear.', '$2 billion', 'cost'],
    ['The firm said it was sold at a price of $5 million.', '$5 million', 'price'],
    ['Her budget of $3 billion was cut.', '$3 billion', 'budget'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});

describe('about: `set`/`put` and a particle after the noun a figure modifies', () => {
  it.each([
    ['A $3 billion fund set up in 2021 has paid out little.', '$3 billion', 'fund'],
    ['The £40 million budget set aside for repairs ran out.', '£40 million', 'budget'],
    // (A noun in `cut` stays.)
    ['A $2 billion tax cut for families was passed.', '$2 billion', 'tax cut'],
  ])('%s', (text, span, about) => {
    expect(aboutOf(text, span)).toBe(about);
  });
});
