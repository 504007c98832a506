import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/mention.ts';
import { createReader } from '../pipeline.ts';
import { sentenceStage } from '../segment/sentences.ts';
import { tokenStage } from '../segment/tokens.ts';
import { gazetteers } from './gazetteers.ts';
import { entityStage } from './index.ts';

const reader = createReader([{ stage: sentenceStage }, { stage: tokenStage }, { stage: entityStage }]);

function entities(text: string): EntityMention[] {
  const ctx = { text, published: null, updates: [], language: 'en', links: [], dateline: null };
  return reader(ctx).mentions.filter((m): m is EntityMention => m.kind === 'entity');
}
const at = (ms: EntityMention[], text: string, source: string) =>
  ms.find((m) => source.slice(m.span[0], m.span[1]) === text);

describe('entityStage', () => {
  it.each([
    [
      'Amnesty International and Human Rights Watch criticised the law.',
      ['Amnesty International', 'Human Rights Watch'],
    ],
    // Negative: one name with `and` inside stays whole.
    ['The Department of Health and Human Services said so.', ['Department of Health and Human Services']],
  ])('splits two names joined by `and`, not one name holding it: %j', (text, names) => {
    expect(entities(text).map((m) => text.slice(m.span[0], m.span[1]))).toEqual(names);
  });

  it('reads `WHO` in capitals as the World Health Organization, and the pronoun `who` as nothing', () => {
    const text = 'The WHO estimated that 1.2 million children missed a dose. Parents who refused were fined.';
    const ms = entities(text);
    expect(at(ms, 'WHO', text)).toMatchObject({ name: 'World Health Organization', type: 'organization' });
    expect(ms.map((m) => text.slice(m.span[0], m.span[1]))).not.toContain('who');
  });

  it('reads a headline line without a function word as Title Case, keeping only names the body confirms', () => {
    const text =
      'Chip Shortage Bites Carmakers Again\n\nFord Motor Co. cut output at two plants on Tuesday. The company said chips would stay scarce.';
    const names = entities(text).map((m) => text.slice(m.span[0], m.span[1]));
    expect(names).toContain('Ford Motor Co.');
    for (const n of names) expect(n).not.toMatch(/Shortage|Carmakers/);
    // A name the body writes again, or one the name lists know, stays in the headline.
    const kept = 'Okonjo Recalls Envoy\n\nThe minister, Ngozi Okonjo, recalled the envoy on Monday.';
    expect(entities(kept).map((m) => kept.slice(m.span[0], m.span[1]))).toContain('Okonjo');
    const listed = 'Pfizer Recalls Batches\n\nThe drugmaker recalled ten batches on Monday.';
    expect(entities(listed).map((m) => listed.slice(m.span[0], m.span[1]))).toEqual(['Pfizer']);
    // A person's name the tagger reads in the headline stays, though the body names an office.
    const person = 'Ngozi Okonjo Recalls Envoy\n\nThe minister recalled the envoy on Monday.';
    expect(entities(person).map((m) => person.slice(m.span[0], m.span[1]))).toContain('Ngozi Okonjo');
    // A table's cell is a line without a stop too, but not a headline: its names stand.
    const table = 'Troop estimates\n\nFeb. 7\nDefense Minister Oleksii Reznikov\nnearly 30,000\n';
    expect(entities(table).map((m) => table.slice(m.span[0], m.span[1]))).toContain('Oleksii Reznikov');
  });

  it('names a name holding a clitic as the text writes it, and knows listed names with curly apostrophes', () => {
    const text = 'The People’s Liberation Army moved troops, said Conor O’Brien.';
    const ms = entities(text);
    expect(at(ms, 'People’s Liberation Army', text)?.name).toBe('People’s Liberation Army');
    expect(at(ms, 'Conor O’Brien', text)?.name).toBe('Conor O’Brien');
    expect(gazetteers().countries.get('côte d’ivoire')?.code).toBe('CI');
    // A country's name of several words is found whole, though its second word has no capital.
    const coast = 'Côte d’Ivoire and Ghana signed the accord.';
    expect(at(entities(coast), 'Côte d’Ivoire', coast)).toMatchObject({ type: 'gpe', name: 'Ivory Coast' });
    expect(gazetteers().countries.get("côte d'ivoire")?.code).toBe('CI');
  });

  it('types a name coordinated with a place after a locative as a place, not over a comma or `between`', () => {
    const text =
      'Rescuers reached residents in Faenza and Cesena. Talks between Israel and Hezbollah stalled.';
    const ms = entities(text);
    expect(at(ms, 'Cesena', text)?.type).toBe('gpe');
    expect(at(ms, 'Hezbollah', text)?.type).not.toBe('gpe');
  });

  it('types one name once, the body outvoting a title-case headline', () => {
    const text =
      'Israel and Hezbollah agree to ceasefire after year of fighting\n\nBEIRUT, Nov. 26 (Wire) - Israel and the Iran-backed Hezbollah group agreed to a ceasefire that will take effect on Wednesday, U.S. President Joe Biden said.';
    const types = entities(text)
      .filter((m) => text.slice(m.span[0], m.span[1]) === 'Hezbollah')
      .map((m) => m.type);
    expect(types).toEqual(['organization', 'organization']);
  });

  it('gives titles and appositions as roles', () => {
    const text =
      'Russian President Vladimir Putin met Viktor Khrenin, the defence minister, in Minsk on Monday.';
    const ms = entities(text);
    expect(at(ms, 'Vladimir Putin', text)).toMatchObject({
      type: 'person',
      role: 'President',
      attrs: { roleOf: 'Russia' },
    });
    expect(at(ms, 'Viktor Khrenin', text)).toMatchObject({ type: 'person', role: 'the defence minister' });
    expect(at(ms, 'Russian', text)).toMatchObject({ type: 'gpe', name: 'Russia' });
    expect(at(ms, 'Minsk', text)).toMatchObject({ type: 'gpe', attrs: { geonameId: 625144, country: 'BY' } });
  });

  it.each([
    [
      'a lower-case title before the name',
      'The foreign ministry spokesman Anna Kovalenko said talks would resume.',
      'Anna Kovalenko',
      'foreign ministry spokesman',
    ],
    [
      'a role phrase set off before the name',
      'The Kremlin spokesman, Yuri Orlov, said there was no cause for alarm.',
      'Yuri Orlov',
      'Kremlin spokesman',
    ],
    [
      'a role phrase before a rank and a name',
      'The commander of the northern group, Lt. Gen. Petro Marchuk, said the units were ready.',
      'Petro Marchuk',
      'commander of the northern group',
    ],
    [
      'an apposition after a rank and a name (what the person does)',
      'Col. Jonas Vitkus, head of the border guard, told reporters the crossing was shut.',
      'Jonas Vitkus',
      'head of the border guard',
    ],
    [
      'an occupation after an age',
      '"We are not afraid," said Marta Kolar, 52, a retired teacher.',
      'Marta Kolar',
      'a retired teacher',
    ],
    [
      'a company before a title (its name stays in the role)',
      'Analysts said Northwind CEO Dana Whitfield will step down in May.',
      'Dana Whitfield',
      'Northwind CEO',
    ],
    [
      'a party before a lower-case title',
      'Protesters marched against Republican nominee Carl Brenner on Tuesday.',
      'Carl Brenner',
      'Republican nominee',
    ],
    [
      'the field of an office inside a title',
      'Interim Police Chief Omar Reyes told reporters the station was closed.',
      'Omar Reyes',
      'Interim Police Chief',
    ],
    [
      'lower-case modifiers before the head of an apposition',
      'Leah Ortiz, equity strategist at Brightwater Capital, says the stock is risky.',
      'Leah Ortiz',
      'equity strategist at Brightwater Capital',
    ],
    [
      'an apposition after a dash',
      'Tom Varga — project manager for the bridge, said the work was late.',
      'Tom Varga',
      'project manager for the bridge',
    ],
    [
      'a long apposition whose head comes first',
      'The deal is small, said Ivo Marek, a trade scholar with the Center for Open Markets in Prague.',
      'Ivo Marek',
      'a trade scholar with the Center for Open Markets in Prague',
    ],
    [
      'a role stated by `is`, up to the next clause',
      'Nora Quill is the senior editor of Gadget Weekly and writes about phones.',
      'Nora Quill',
      'the senior editor of Gadget Weekly',
    ],
    [
      'an apposition relative to another person',
      'Ruth Sandor, an aide to Governor Paul Kemper, testified on Monday.',
      'Ruth Sandor',
      'an aide to Governor Paul Kemper',
    ],
    [
      'an apposition relative to a person, up to `and` and another name',
      'On Monday, Ruth Sandor, an aide to Governor Paul Kemper and Lt. Col. Ivo Marek, an army officer, testified.',
      'Ruth Sandor',
      'an aide to Governor Paul Kemper',
    ],
    [
      'a role before the name owned by a person named in it, closed by a dash',
      'In Ohio, the Kemper campaign manager, Lisa Dorn — who ran two races — spoke.',
      'Lisa Dorn',
      'Kemper campaign manager',
    ],
    [
      'an apposition up to a relative clause',
      'Ed Rennick, a former governor of Ohio who is close to the family, said he would stay.',
      'Ed Rennick',
      'a former governor of Ohio',
    ],
    [
      'a possessive owner before a role phrase',
      'The report looked at Northwind’s founder and former CEO, Dana Whitfield, who left.',
      'Dana Whitfield',
      'Northwind’s founder and former CEO',
    ],
  ])('gives %s as the role', (_what, text, name, role) => {
    expect(at(entities(text), name, text)).toMatchObject({ type: 'person', role });
  });

  it.each([
    ['a rank alone', 'Gen. Jonas Vitkus arrived in Vilnius on Monday.', 'Jonas Vitkus', 'Gen.'],
    [
      'no role from a clause before the name',
      'When the talks ended, Anna Kovalenko left for Kyiv.',
      'Anna Kovalenko',
      null,
    ],
    ['no lower-case modifier alone', 'He met former Marta Kolar in Riga.', 'Marta Kolar', null],
    [
      'no role from a phrase with no title in it',
      'According to Marta Kolar, her former label Bright Records owns the songs.',
      'Marta Kolar',
      null,
    ],
    [
      'no role from a clause after the name',
      'John Perrin, who was chairman then, left.',
      'John Perrin',
      null,
    ],
    ['no role after a negation', 'Nora Quill is not a doctor.', 'Nora Quill', null],
    [
      'no role from a participle clause',
      'Lena Voss, widening her overall delegate lead, won again.',
      'Lena Voss',
      null,
    ],
    [
      'no role cut short at a quotation',
      'Tom Harlan, a filmmaker fresh from an adaptation of “War and Peace,” agreed.',
      'Tom Harlan',
      null,
    ],
  ])('keeps %s', (_what, text, name, role) => {
    expect(at(entities(text), name, text)).toMatchObject({ type: 'person', role });
  });

  it.each([
    ['Amazon', 'organization', 'Amazon'],
    ['Hulu', 'organization', 'Hulu'],
    ['The San Francisco Chronicle', 'media', 'San Francisco Chronicle'],
    ['The Verge', 'media', 'The Verge'],
    ['Business Insider', 'media', 'Business Insider'],
    ["Tom's Guide", 'media', "Tom's Guide"],
    ["McDonald's", 'organization', "McDonald's"],
  ])('types the listed %s whatever the tagger reads', (written, type, name) => {
    const text = `Shares rose after ${written} said profits were up.`;
    expect(at(entities(text), written, text)).toMatchObject({ type, name });
  });

  it('keeps the river and the forest of a company-named place', () => {
    const text = 'Fires burned in the Amazon rainforest near the Amazon River.';
    const ms = entities(text);
    expect(at(ms, 'Amazon rainforest', text)).toMatchObject({ type: 'location' });
    expect(at(ms, 'Amazon River', text)).toMatchObject({ type: 'location' });
  });

  it('reads the name after `CEO` as a person, not after a `CEO` that opens a name', () => {
    const text = 'Shares fell after SoftBank CEO Masayoshi Son spoke.';
    expect(at(entities(text), 'Masayoshi Son', text)).toMatchObject({ type: 'person', role: 'SoftBank CEO' });
    const body = 'The CEO Roundtable met in May.';
    expect(entities(body).some((m) => m.type === 'person')).toBe(false);
  });

  it('reads a title of the form `Secretary of State` before a name whole, not `State`', () => {
    const text = 'Secretary of State Joan Okafor arrived on Monday. Chief of Staff Tom Ruiz stayed behind.';
    const ms = entities(text);
    expect(at(ms, 'Joan Okafor', text)).toMatchObject({ type: 'person', role: 'Secretary of State' });
    expect(at(ms, 'Tom Ruiz', text)).toMatchObject({ type: 'person', role: 'Chief of Staff' });
    // A body's name with `of` before a title is the title's owner, as before.
    const body = 'Bank of America CEO Ann Kessler spoke.';
    expect(at(entities(body), 'Ann Kessler', body)).toMatchObject({ role: 'Bank of America CEO' });
  });

  it('gives the field of an office the tagger joined to a country back to the title', () => {
    const text = 'Officials said US Trade Representative Ann Kessler would travel.';
    const ms = entities(text);
    expect(at(ms, 'US', text)).toMatchObject({ type: 'gpe', name: 'United States' });
    expect(at(ms, 'Ann Kessler', text)).toMatchObject({ type: 'person', role: 'Trade Representative' });
    const body = 'The Federal Trade Commission said so.';
    expect(at(entities(body), 'Federal Trade Commission', body)).toMatchObject({ type: 'organization' });
  });

  it('reads a name alone in square brackets after an item as the outlet it credits', () => {
    const text = 'Why the Singer Cannot Sing Her Songs [Bloomberg] More news follows.';
    expect(at(entities(text), 'Bloomberg', text)).toMatchObject({ type: 'media' });
    const inline = 'The rule [Smith] applies here.';
    expect(at(entities(inline), 'Smith', inline)?.type).not.toBe('media');
  });

  it('reads a name after a lower-case office only a person holds as a person', () => {
    const text = 'Talks resumed when Chinese vice-premier Liu He arrived.';
    expect(at(entities(text), 'Liu He', text)).toMatchObject({ type: 'person', role: 'vice-premier' });
  });

  it('makes a full name a person when the document uses its last word alone for one', () => {
    const text = 'Fans of Taylor Swift were angry. According to Swift, the label is to blame. Swift said so.';
    const ms = entities(text);
    expect(at(ms, 'Taylor Swift', text)).toMatchObject({ type: 'person', name: 'Taylor Swift' });
    // Negative: a large city opens no person's name, even where the tagger calls its last word one.
    const team = 'Fans of the Pittsburgh Steelers cheered. Steelers said nothing.';
    expect(at(entities(team), 'Pittsburgh Steelers', team)?.type).not.toBe('person');
  });

  it('types a dateline city in capitals as a place, and countries by their short names', () => {
    const text = 'CHISINAU — Voters in Moldova went to the polls on Sunday. Syria and Laos sent observers.';
    const ms = entities(text);
    expect(at(ms, 'CHISINAU', text)).toMatchObject({ type: 'gpe', name: 'Chisinau' });
    expect(at(ms, 'Moldova', text)).toMatchObject({ type: 'gpe', name: 'Moldova' });
    expect(at(ms, 'Syria', text)).toMatchObject({ type: 'gpe', name: 'Syria' });
    // An acronym in capitals that opens a sentence without a dateline mark stays what it is.
    const nato = 'NATO said its jets were on alert.';
    expect(at(entities(nato), 'NATO', nato)).toMatchObject({ type: 'organization' });
  });

  it('types a place head as a place, and takes no name without a capital', () => {
    const text = 'Thousands marched along Rustaveli Avenue, the interior ministry said. Ricki Lake spoke.';
    const ms = entities(text);
    expect(at(ms, 'Rustaveli Avenue', text)).toMatchObject({ type: 'location' });
    expect(at(ms, 'interior', text)).toBeUndefined();
    // Negative: a surname that is also a place word (`Lake`) stays a person.
    expect(at(ms, 'Ricki Lake', text)).toMatchObject({ type: 'person' });
  });

  it('takes the name out of a hyphenated adjective (`Liberian-flagged`, `Houthi-controlled`)', () => {
    const text = 'A Liberian-flagged tanker sailed from Houthi-controlled waters to Moscow-based buyers.';
    const ms = entities(text);
    expect(at(ms, 'Liberian', text)).toMatchObject({ type: 'gpe', name: 'Liberia' });
    expect(at(ms, 'Houthi', text)).toMatchObject({ type: 'organization' });
    expect(at(ms, 'Moscow', text)).toMatchObject({ type: 'gpe' });
    expect(at(ms, 'Liberian-flagged', text)).toBeUndefined();
  });

  it('types a name before a place word as a place, and a ship by its prefix', () => {
    const text =
      'Maersk paused transits through the Bab al-Mandab strait after the USS Carney shot down drones.';
    const ms = entities(text);
    expect(at(ms, 'Bab al-Mandab', text)).toMatchObject({ type: 'location' });
    expect(at(ms, 'USS Carney', text)).toMatchObject({ type: 'equipment' });
  });

  it('types the outlet a dateline names as media', () => {
    const text = 'DOHA, March 4 (Northern Ledger) - Negotiators met in Qatar.';
    const ctx = {
      text,
      published: null,
      updates: [],
      language: 'en',
      links: [],
      dateline: { span: [0, 33] as [number, number], place: 'Doha', outlet: 'Northern Ledger', date: null },
    };
    const ms = reader(ctx).mentions.filter((m): m is EntityMention => m.kind === 'entity');
    expect(at(ms, 'Northern Ledger', text)).toMatchObject({ type: 'media' });
  });

  it('types a one-word name after a company noun as an organisation', () => {
    const text = 'Shipping group Maersk said it would divert vessels, and Smith said so too.';
    const ms = entities(text);
    expect(at(ms, 'Maersk', text)).toMatchObject({ type: 'organization' });
    const outlet = 'Two reporters from the same outlet, Abzas Media, remain in custody.';
    expect(at(entities(outlet), 'Abzas Media', outlet)).toMatchObject({ type: 'media' });
  });

  it('joins a company named by its first word alone to its full name, but not a person of that name', () => {
    const text =
      'Harwick Capital bought four papers last year. Critics say Harwick cuts staff fast, and Harwick denies it.';
    const ms = entities(text);
    const full = at(ms, 'Harwick Capital', text)!;
    expect(full).toMatchObject({ type: 'organization' });
    const short = ms.filter((m) => text.slice(m.span[0], m.span[1]) === 'Harwick');
    expect(short.length).toBeGreaterThan(0);
    for (const m of short) expect(m).toMatchObject({ cluster: full.cluster, type: 'organization' });
    // Negative: with a full person name holding the word, the word is not the company's.
    const person = 'Anna Harwick joined Harwick Capital in May. Harwick said the fund would grow.';
    const pm = entities(person);
    const said = pm.filter((m) => person.slice(m.span[0], m.span[1]) === 'Harwick').at(-1)!;
    expect(said.cluster).not.toBe(at(pm, 'Harwick Capital', person)!.cluster);
  });

  it('reads a title word heading an office after a name as its role, not as a person', () => {
    const text =
      '"Prices will hold," said Meera Joshi, Head of Research at Vantage Securities. "Demand is firm," she said.';
    const ms = entities(text);
    expect(ms.some((m) => text.slice(m.span[0], m.span[1]) === 'Head')).toBe(false);
    expect(at(ms, 'Meera Joshi', text)).toMatchObject({ role: 'Head of Research at Vantage Securities' });
    // Negative: a surname that is also a title word stays a person.
    const surname = 'Billie Jean King spoke first. "We will win," King said after the match.';
    const sm = entities(surname);
    const king = sm.filter((m) => surname.slice(m.span[0], m.span[1]) === 'King');
    expect(king).toHaveLength(1);
    expect(king[0]).toMatchObject({ type: 'person', cluster: at(sm, 'Billie Jean King', surname)!.cluster });
  });

  it('does not make a company an event because `games` follows it', () => {
    const text = 'Future Ubisoft games may launch on the service first, Ubisoft said.';
    expect(entities(text).filter((m) => m.type === 'named_event')).toEqual([]);
  });

  it('makes a courtesy title name a person, whatever the tagger read there', () => {
    // The tagger, taught on 1990s newswire, misses `Trump` (a common word) after the title.
    const text =
      'The governor said she was wrong. Mr. Trump wrote on Twitter on Monday, and Ms Warren agreed.';
    const ms = entities(text);
    expect(at(ms, 'Trump', text)).toMatchObject({ type: 'person', by: 'entity@1:honorific' });
    expect(at(ms, 'Warren', text)?.type).toBe('person');
    expect(at(ms, 'Mr. Trump', text)).toBeUndefined();
    // Negative: capitals with no full stop are no title (`MR` scans), and no name follows `Mr.` here.
    const scan = 'MR Imaging opened a clinic. The Mr. in the letter was wrong.';
    expect(at(entities(scan), 'Imaging', scan)).toBeUndefined();
  });

  it('keeps the modifier of a lower-case title in the role (`would-be president`)', () => {
    const text = 'That is good news for a would-be president Donald Trump, who spoke.';
    expect(at(entities(text), 'Donald Trump', text)?.role).toBe('would-be president');
  });

  it('makes an office before a name a person’s title, not part of a place or of the name', () => {
    const text = 'Senator Ted Cruz of Texas spoke, and Gov. Chris Christie met Minister Jose Insulza Monday.';
    const ms = entities(text);
    expect(at(ms, 'Ted Cruz', text)).toMatchObject({ type: 'person', role: 'Senator' });
    expect(at(ms, 'Chris Christie', text)?.type).toBe('person');
    // A weekday ends the name; an office inside a longer name belongs to it.
    expect(at(ms, 'Monday', text)).toBeUndefined();
    const body = 'The Senate President Pro Tempore spoke. General Motors hired Major League players.';
    expect(entities(body).some((m) => m.by === 'entity@1:title')).toBe(false);
  });

  it('types state agencies as organisations, news agencies and broadcasters as media, and drops party-state tags', () => {
    const text =
      'The Environmental Protection Agency acted. Xinhua News Agency and NBC reported it. Sen. Marco Rubio (R-Fla.) spoke.';
    const ms = entities(text);
    expect(at(ms, 'Environmental Protection Agency', text)?.type).toBe('organization');
    expect(at(ms, 'Xinhua News Agency', text)?.type).toBe('media');
    expect(at(ms, 'NBC', text)?.type).toBe('media');
    expect(ms.some((m) => text.slice(m.span[0], m.span[1]).startsWith('R-Fla'))).toBe(false);
  });

  it('drops a one-word person of a Title Case headline that no list or body name holds', () => {
    const text =
      'CNN Responds To Trump’s Massive Debate Demand In A Bold Way.\n\nDonald Trump spoke on Monday.';
    expect(entities(text).some((m) => text.slice(m.span[0], m.span[1]) === 'Massive')).toBe(false);
    // Negative: a name the body gives someone stays a person in the headline.
    const body =
      'Newspaper Says Clinton Needs To Quit Political Games.\n\nHillary Clinton answered on Monday.';
    expect(entities(body).find((m) => m.span[0] === body.indexOf('Clinton'))?.type).toBe('person');
  });

  it('links no named person to a pronoun whose speaker is named by a common noun', () => {
    const text =
      'Alexander Lukashenko spoke on Monday. One woman said she counted 40 vehicles. Lukashenko said he would stay.';
    const ms = entities(text);
    expect(ms.some((m) => text.slice(m.span[0], m.span[1]) === 'she')).toBe(false);
    // Negative: a named speaker's pronoun is still linked.
    expect(ms.find((m) => m.span[0] === text.lastIndexOf(' he ') + 1)?.name).toBe('Alexander Lukashenko');
  });

  it('reads a capitalised ministry the tagger missed as an organisation, the demonym apart', () => {
    const text =
      'The exercise will last until Feb. 20, the Russian Defense Ministry said. The Belarusian defence ministry said units had arrived.';
    const ms = entities(text);
    expect(at(ms, 'Defense Ministry', text)?.type).toBe('organization');
    expect(at(ms, 'Russian', text)?.type).toBe('gpe');
    // Negative: a ministry in lower case is a common noun.
    const lower = 'The Belarusian defence ministry said units had arrived.';
    expect(entities(lower).some((m) => /ministry/i.test(lower.slice(m.span[0], m.span[1])))).toBe(false);
  });

  it('reads a line linking another article as a headline', () => {
    const text =
      'Troops arrived on Monday.\n\nRelated article: Minsk Leader Eyes Arms Deal\n\nThe drills began.';
    const ms = entities(text);
    expect(ms.some((m) => text.slice(m.span[0], m.span[1]).includes('Eyes'))).toBe(false);
    expect(at(ms, 'Minsk', text)?.type).toBe('gpe');
  });

  it('types broadcast programmes as media, not persons (`Morning Joe`)', () => {
    const text =
      'She told Morning Joe hosts on Monday, then spoke on NBC’s Meet the Press. Joe Biden said hello.';
    const ms = entities(text);
    expect(at(ms, 'Morning Joe', text)?.type).toBe('media');
    expect(at(ms, 'Meet the Press', text)?.type).toBe('media');
    expect(at(ms, 'Joe Biden', text)?.type).toBe('person');
  });

  it('gives given names coordinated before one surname that surname, not a list of surnames', () => {
    const text =
      'Only people such as David and Charles Koch wanted it. The brothers Mark and Scott Kelly flew.';
    const ms = entities(text);
    const names = ms
      .filter((m) => m.type === 'person')
      .map((m) => [text.slice(m.span[0], m.span[1]), m.name]);
    expect(names).toContainEqual(['David', 'David Koch']);
    expect(names).toContainEqual(['Mark', 'Mark Kelly']);
    // Negative: `Dole` ends a list of surnames; it is no given name of Bush's.
    const list = 'Figures such as Ford, Reagan, Dole and George H.W. Bush backed him.';
    expect(entities(list).some((m) => m.name === 'Dole Bush')).toBe(false);
  });

  it('gives a person’s surname alone to that person wherever the tagger typed or missed it', () => {
    const text =
      'Donald Trump spoke in Ohio on Monday. Later Trump wrote on Twitter that he would win. ' +
      'Aides of the Trump campaign said the crowd was large.';
    const ms = entities(text);
    const trump = ms.filter((m) => text.slice(m.span[0], m.span[1]).endsWith('Trump'));
    expect(trump.length).toBe(3);
    expect(new Set(trump.map((m) => m.cluster)).size).toBe(1);
    expect(trump.every((m) => m.type === 'person')).toBe(true);
    // Negative: a surname beside another capitalised word is another name (`Trump Tower`), and
    // `Turner, Arkansas` is a town.
    const tower = 'Donald Trump spoke. Guests went to Trump Tower on Fifth Avenue.';
    const towerAt = tower.indexOf('Trump Tower');
    expect(entities(tower).some((m) => m.by === 'entity@1:surname' && m.span[0] === towerAt)).toBe(false);
    const town = 'Ted Turner bought land. A plant near Turner, Arkansas, closed. Turner Broadcasting grew.';
    const tm = entities(town);
    expect(tm.some((m) => m.type === 'person' && m.span[0] === town.indexOf('Turner,'))).toBe(false);
    expect(tm.some((m) => m.by === 'entity@1:surname' && m.span[0] === town.lastIndexOf('Turner'))).toBe(
      false,
    );
  });

  it('reads AP state abbreviations, outlets and leaders named by surname alone from the lists', () => {
    const text = 'In Jupiter, Fla., Obama told Politico that the GOP would lose Calif. Biden agreed.';
    const ms = entities(text);
    expect(at(ms, 'Fla.', text)).toMatchObject({ type: 'gpe', name: 'Florida' });
    expect(at(ms, 'Calif.', text)).toMatchObject({ type: 'gpe', name: 'California' });
    expect(at(ms, 'Obama', text)).toMatchObject({ type: 'person', name: 'Barack Obama' });
    expect(at(ms, 'Politico', text)?.type).toBe('media');
    expect(at(ms, 'GOP', text)).toMatchObject({ type: 'organization', name: 'Republican Party' });
    // An acronym in the lists matches only in capitals (`Rt. Hon.` is no broadcaster).
    const hon = 'The Rt. Hon. Anna Obi spoke to RT.';
    expect(at(entities(hon), 'Rt', hon)?.type).not.toBe('media');
    expect(at(entities(hon), 'RT', hon)?.type).toBe('media');
    // A listed name matches only as its forms are cased: `Islamic State` is not `an Islamic state`.
    const isis = 'Fighters of the Islamic State want an Islamic state, the Baltic states said.';
    expect(at(entities(isis), 'Islamic State', isis)?.type).toBe('organization');
    expect(at(entities(isis), 'Islamic state', isis)).toBeUndefined();
    expect(at(entities(isis), 'Baltic states', isis)?.type).toBe('location');
    // The abbreviation ends its sentence before a capital: `Biden` opens the next one.
    expect(at(ms, 'Biden', text)).toMatchObject({ type: 'person', name: 'Joe Biden' });
  });

  it('places a state, a continent and the US capital where they are, not in towns of their names abroad', () => {
    const text = 'Officials in Washington and Colorado met delegates from Asia and Virginia.';
    const ms = entities(text);
    expect(at(ms, 'Washington', text)).toMatchObject({ type: 'gpe', name: 'Washington, D.C.' });
    expect(gazetteers().cities.get('washington')?.country).toBe('US');
    for (const state of ['Colorado', 'Virginia'])
      expect(at(ms, state, text)).toMatchObject({ type: 'gpe', name: state });
    expect(at(ms, 'Asia', text)?.type).toBe('location');
  });

  it('reads a large city after `in` as the city, not a team or a company', () => {
    // The tagger reads `Cleveland` here as an organisation (its 1996 sports pages).
    const text = 'As the committee meets over the next two days in Cleveland, the alliance grows.';
    expect(at(entities(text), 'Cleveland', text)?.type).toBe('gpe');
    // A state before an office is the state (the tagger reads it as an adjective).
    const gov = "Voters liked former Maryland Gov. Martin O'Malley more than expected.";
    expect(at(entities(gov), 'Maryland', gov)?.type).toBe('gpe');
    // A county before its state is the county (the tagger reads a football club).
    const county = 'Vigo County, Indiana, has picked the winner since 1956.';
    expect(at(entities(county), 'Vigo County', county)?.type).toBe('gpe');
    // A division's head word the tagger left out joins its place (`County` was a person).
    const area = 'It rained about 2 inches in the San Diego County area on Tuesday.';
    expect(at(entities(area), 'San Diego County', area)?.type).toBe('gpe');
    // A title-case headline with a capitalised modal is read as a headline, not one long name.
    const head = 'Bellwether County Says Trump Should Win GOP Nomination.\n\nDonald Trump will win.';
    expect(entities(head).some((m) => head.slice(m.span[0], m.span[1]).includes('Should'))).toBe(false);
    // Negative: a possessive after it, or shares in it, is the team's or the company's.
    const shares = 'Investors bought shares in Slough after the results.';
    expect(at(entities(shares), 'Slough', shares)?.type).not.toBe('gpe');
  });

  it('takes no name from a pronoun with a clitic or a social handle', () => {
    const text = 'What politicians say is: I’m great. Follow Ian Hanchett on Twitter @IanHanchett.';
    const names = entities(text).map((m) => text.slice(m.span[0], m.span[1]));
    expect(names).not.toContain('I’m');
    expect(names).not.toContain('IanHanchett');
    expect(names).toContain('Ian Hanchett');
  });

  it('folds spellings and links surnames to the full name', () => {
    const text = 'Alyaksandr Lukashenka spoke in Kiev. Later, Lukashenka visited Grodno and Hrodna again.';
    const ms = entities(text);
    const full = at(ms, 'Alyaksandr Lukashenka', text)!;
    expect(at(ms, 'Lukashenka', text)!.cluster).toBe(full.cluster);
    expect(full.key).toBe('alksndr lkshnk');
    expect(at(ms, 'Kiev', text)).toMatchObject({ type: 'gpe', name: 'Kyiv' });
    expect(at(ms, 'Grodno', text)!.cluster).toBe(at(ms, 'Hrodna', text)!.cluster);
  });

  it('types outlets, equipment and exercises, and links the ministry', () => {
    const text =
      'Belarus’ defence ministry said the S-400 systems will take part in the Union Courage drills, Interfax reported. The ministry said the drills would end on Friday.';
    const ms = entities(text);
    const ministry = ms.find((m) => m.name === 'Belarus Defence Ministry')!;
    expect(ministry.type).toBe('organization');
    expect(
      ms.filter((m) => m.cluster === ministry.cluster).map((m) => text.slice(m.span[0], m.span[1])),
    ).toContain('The ministry');
    expect(at(ms, 'S-400', text)).toMatchObject({ type: 'equipment' });
    expect(at(ms, 'Union Courage', text)).toMatchObject({ type: 'named_event' });
    expect(at(ms, 'Interfax', text)).toMatchObject({ type: 'media' });
  });

  it('splits a compound of countries into its countries, and reads a listed name with its edition year', () => {
    const text = 'The joint Belarusian-Russian exercise Allied Resolve-2022 follows the US-Russia talks.';
    const ms = entities(text);
    expect(at(ms, 'Belarusian', text)).toMatchObject({ type: 'gpe', name: 'Belarus' });
    expect(at(ms, 'Russian', text)).toMatchObject({ type: 'gpe', name: 'Russia' });
    expect(at(ms, 'US', text)).toMatchObject({ type: 'gpe', name: 'United States' });
    expect(at(ms, 'Allied Resolve-2022', text)).toMatchObject({
      type: 'named_event',
      name: 'Allied Resolve',
    });
    // Negative: a compound with a part that is no country stays whole and is no place.
    const other = 'The Russian-speaking town voted.';
    expect(entities(other).filter((m) => m.type === 'gpe')).toEqual([]);
  });

  it('links she and he only to a person not known to be of the other gender', () => {
    const text =
      'Donald Trump said the judge was wrong. The justice, who fought with the nominee, said she ' +
      'regretted her remarks. Hillary Clinton spoke later. She said the plan would work.';
    const ms = entities(text);
    // `she` has no woman named before it: unlinked rather than Trump.
    expect(ms.some((m) => m.span[0] === text.indexOf('she') && m.type === 'person')).toBe(false);
    const she = ms.find((m) => m.span[0] === text.indexOf('She'));
    expect(she?.cluster).toBe(at(ms, 'Hillary Clinton', text)?.cluster);
    // A courtesy title shows the gender of a name the lists do not know.
    const mr = 'Mr. Okonjo said the talks failed. Ms. Adeyemi disagreed, and she said so twice.';
    const mm = entities(mr);
    expect(mm.find((m) => m.span[0] === mr.indexOf('she'))?.cluster).toBe(at(mm, 'Adeyemi', mr)?.cluster);
  });

  it('resolves he in an attribution to the last speaker', () => {
    const text =
      'Jens Stoltenberg said NATO was ready. He met Olaf Scholz on Monday. "We are united," he said.';
    const ms = entities(text);
    const he = ms.filter((m) => text.slice(m.span[0], m.span[1]) === 'he');
    expect(he).toHaveLength(1);
    expect(he[0]!.name).toBe('Jens Stoltenberg');
  });

  it.each([
    {
      what: 'a pronoun five sentences after the last person stays unlinked',
      text: 'Jens Stoltenberg said NATO was ready. It rained. Roads closed. Schools shut. Trains stopped. "We are united," he said.',
      mention: 'he',
      name: null,
    },
    {
      what: 'a pronoun four sentences after the speaker links to the speaker',
      text: 'Jens Stoltenberg said NATO was ready. It rained. Roads closed. Schools shut. "We are united," he said.',
      mention: 'he',
      name: 'Jens Stoltenberg',
    },
    {
      what: 'a role nominal links to the person with that role',
      text: 'Russian President Vladimir Putin arrived in Minsk. The president said the talks went well.',
      mention: 'The president',
      name: 'Vladimir Putin',
    },
    {
      what: 'an abbreviated title gives its role nominal (`Sen.` … `the senator`)',
      text: 'Sen. Joan Okafor opposed the bill on Tuesday. The senator said the bill was rushed.',
      mention: 'The senator',
      name: 'Joan Okafor',
    },
    {
      what: 'a role written out before the name links too (`Mayor` … `the mayor`)',
      text: 'Mayor Tom Ruiz opened the bridge. The mayor said it would carry 40,000 cars a day.',
      mention: 'The mayor',
      name: 'Tom Ruiz',
    },
    {
      what: 'a role nominal no named person holds stays unlinked',
      text: 'Gov. Tim Ruiz signed the order. The mayor said the city would comply.',
      mention: 'The mayor',
      name: null,
    },
    {
      what: 'a nominal before any matching name stays unlinked',
      text: 'The ministry said the drills would end. Later, Belarus’ defence ministry agreed.',
      mention: 'The ministry',
      name: null,
    },
  ])('links pronouns and nominals only to earlier names: $what', ({ text, mention, name }) => {
    const m = at(entities(text), mention, text);
    if (name === null) expect(m).toBeUndefined();
    else expect(m?.name).toBe(name);
  });

  it('keeps spans inside the text, is deterministic, and never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('', 'President Vladimir Putin said. ', 'NATO’s '),
        (s, prefix) => {
          const text = prefix + s;
          const a = entities(text);
          for (const m of a) {
            expect(m.span[0]).toBeGreaterThanOrEqual(0);
            expect(m.span[1]).toBeLessThanOrEqual(text.length);
            expect(m.span[1]).toBeGreaterThan(m.span[0]);
          }
          expect(entities(text)).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('genders of persons (coreference pass)', () => {
  it('keeps a gender shown by a title or a listed given name, and none when the signs disagree', () => {
    const text =
      'Laura Kent met Ms. Okafor and Peter Lund. Mr. Lund said the plan was fine. Robin Hale left.';
    const ms = entities(text);
    expect(at(ms, 'Laura Kent', text)?.attrs?.gender).toBe('f');
    expect(at(ms, 'Okafor', text)?.attrs?.gender).toBe('f');
    expect(at(ms, 'Peter Lund', text)?.attrs?.gender).toBe('m');
    // `Robin` is borne by men and women alike: no gender.
    expect(at(ms, 'Robin Hale', text)?.attrs?.gender).toBeUndefined();
  });
});
