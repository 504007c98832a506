import { describe, expect, it } from 'vitest';
import { read } from '../pipeline.ts';
import { splitSentences } from '../segment/sentences.ts';
import { findQuotes } from './stage.ts';

/** Each quote as the texts of its content, cue and source, its speaker phrase and relay. */
function quotes(text: string) {
  return findQuotes({ text, sentences: splitSentences(text) }).map(({ attribution: a, mention: m }) => ({
    content: text.slice(m.span[0], m.span[1]),
    cue: a.cue ? text.slice(a.cue[0], a.cue[1]) : null,
    source: a.source ? text.slice(a.source[0], a.source[1]) : null,
    speaker: m.speakerText,
    via: m.viaText,
  }));
}

/** The speaker phrases of a text's quotes, in order. */
function speakers(text: string): (string | null)[] {
  return quotes(text).map((q) => q.speaker);
}

describe('a contracted `is` is no speaker (`It’s crucial …, says X`)', () => {
  it('reads the speaker after the cue, not the clause opening with `It’s`', () => {
    expect(
      quotes(
        'It’s vital to track your spending, but you can only trim so much, says certified planner Ewan Roe.',
      ),
    ).toEqual([
      expect.objectContaining({
        content: 'It’s vital to track your spending, but you can only trim so much',
        cue: 'says',
        speaker: 'certified planner Ewan Roe',
      }),
    ]);
    expect(speakers("It's worth noting that few bands ever sell their catalogues.")).toEqual([]);
    expect(speakers('That’s worth noting, as the figures were never audited.')).toEqual([]);
  });

  it('leaves speakers that are no contraction as they were', () => {
    expect(speakers('That’s worth remembering, says planner Ewan Roe.')).toEqual(['planner Ewan Roe']);
    expect(speakers('Its chief executive, Lena Fox, said the plant would reopen in May.')).toEqual([
      'Lena Fox',
    ]);
    expect(speakers('The board’s chair said the plant would reopen in May.')).toEqual(['The board’s chair']);
    expect(speakers('The cuts will hurt families, said retired judge Omar Tal.')).toEqual([
      'retired judge Omar Tal',
    ]);
    expect(speakers('The cuts will hurt families, said the union.')).toEqual(['the union']);
  });
});

describe('adjectives in a series after a quotation (`”, the bespectacled, 71-year-old diplomat said`)', () => {
  it('keeps the article and the first adjective in the speaker', () => {
    expect(
      quotes('“We did what we could,” the bespectacled, 71-year-old diplomat said after the talks.'),
    ).toEqual([
      expect.objectContaining({
        content: 'We did what we could',
        cue: 'said',
        speaker: 'the bespectacled, 71-year-old diplomat',
      }),
    ]);
    expect(speakers('“The rain will pass,” the weathered, soft-spoken farmer said.')).toEqual([
      'the weathered, soft-spoken farmer',
    ]);
  });

  it('leaves a setting or a fronted subject before a comma out of the speaker', () => {
    expect(speakers('The vote, officials said, would be held in March.')).toEqual(['officials', 'officials']);
    expect(speakers('After the meeting, senior officials said the deal was close.')).toEqual([
      'senior officials',
    ]);
    expect(speakers('“We will see,” the minister said, grey-faced, before leaving.')).toEqual([
      'the minister',
    ]);
    expect(speakers('“It is over,” the chairman, Jo Hart, said on Friday.')).toEqual(['Jo Hart']);
  });
});

describe('a reduced relative clause is no cue (`Footage posted online showed …`)', () => {
  it('reads the participle after its noun as a modifier when a setting and a past tense follow', () => {
    const q = quotes('Footage posted online showed crowds gathering outside the palace.');
    expect(q.map((a) => a.cue)).not.toContain('posted');
    const v = quotes('A video shared on social media showed smoke rising over the port.');
    expect(v.map((a) => a.cue)).not.toContain('shared');
  });

  it('keeps a participle that is the clause’s own verb', () => {
    expect(quotes('The minister posted online that the talks had failed.')).toEqual([
      expect.objectContaining({ cue: 'posted', speaker: 'The minister' }),
    ]);
    expect(quotes('Experts warned officials ignored the risk for years.')).toEqual([
      expect.objectContaining({ cue: 'warned', speaker: 'Experts' }),
    ]);
    expect(quotes('The ministry posted on its website that the border would reopen.')).toEqual([
      expect.objectContaining({ cue: 'posted', speaker: 'The ministry' }),
    ]);
    expect(quotes('Aid groups reported on Monday that food had run out.')).toEqual([
      expect.objectContaining({ cue: 'reported', speaker: 'Aid groups' }),
    ]);
  });
});

describe('a recording that shows someone speaking (`Footage … showing a rescuer shouting, “…”`)', () => {
  it('gives the quotation to the one shown, after an `-ing` form of showing', () => {
    expect(
      speakers(
        'Footage of the aftermath showing a rescuer shouting, “Get back, it is going to fall,” spread fast.',
      ),
    ).toEqual(['a rescuer']);
    expect(speakers('A clip showing the coach yelling, “Move your feet!” was shared widely.')).toEqual([
      'the coach',
    ]);
    expect(speakers('Photos depicting protesters chanting, “Free them all,” appeared on Sunday.')).toEqual([
      'protesters',
    ]);
  });

  it('leaves other participles and recordings as they were', () => {
    expect(speakers('Footage of the mayor shouting, “Leave now,” was broadcast on Monday.')).toEqual([
      'the mayor',
    ]);
    expect(speakers('He ended the call by saying, “We are done here.”')).toEqual(['He']);
    expect(quotes('The video shows the mayor shouting, “Leave now.”')).toContainEqual(
      expect.objectContaining({ content: 'Leave now.', speaker: 'the mayor' }),
    );
    expect(quotes('The senator, showing little emotion, said, “We will keep going.”')).toContainEqual(
      expect.objectContaining({ content: 'We will keep going.', speaker: 'The senator' }),
    );
  });
});

describe('the antecedent of a relative pronoun before a cue', () => {
  it('steps over a floating quantifier (`who both said`)', () => {
    expect(speakers('Anna Berg and Lars Holm, who both said, “We will not resign,” left the room.')).toEqual([
      'Anna Berg and Lars Holm',
    ]);
    expect(speakers('The two ministers, who both said they would stay, left the room.')).toEqual([
      'The two ministers',
    ]);
  });

  it('gives `which` after a person’s noun and a preposition the phrase after the preposition', () => {
    expect(
      speakers(
        'A spokesman for the club, which said, “We are saddened by the news,” declined to comment.',
      )[0],
    ).toBe('the club');
    expect(
      speakers('A lawyer for the airline, which said the crash was under review, spoke on Monday.')[0],
    ).toBe('the airline');
  });

  it('leaves other relative clauses and quantified subjects as they were', () => {
    expect(
      speakers('A spokesman for the club, who said, “We are saddened by the news,” declined to comment.')[0],
    ).toBe('A spokesman for the club');
    expect(speakers('Smith, who said, “We will win,” left early.')).toEqual(['Smith']);
    expect(speakers('Both said, “We will not resign.”')).toEqual(['Both']);
    expect(speakers('They both said the plan was flawed.')).toEqual(['They both']);
    expect(speakers('The board of the company, which said the deal was off, met on Monday.')[0]).toBe(
      'The board of the company',
    );
  });
});

describe('a headline quotation with no punctuation before a title-case cue (`“It’s Over” Says Coach`)', () => {
  it('gives a short quotation to a speaker that is a person or an office', () => {
    expect(quotes('“It’s Over” Says Coach')).toEqual([
      expect.objectContaining({ content: 'It’s Over', cue: 'Says', speaker: 'Coach' }),
    ]);
    expect(speakers('“Enough Is Enough” Say Protesters')).toEqual(['Protesters']);
  });

  it('leaves titles before a headline verb, and punctuated quotations, as they were', () => {
    expect(quotes('“Inside Out 2” Claims Record')).toEqual([]);
    expect(quotes('“The Crown” Says Goodbye')).toEqual([]);
    expect(quotes('“Dune” Says Farewell to Theatres')).toEqual([]);
    expect(speakers('“Stop the War!” Say Protesters')).toEqual(['Protesters']);
  });
});

describe('a capitalised pronoun inside a title-case headline (`Battery It Says Lasts …`)', () => {
  it('gives no speaker `It` (nor the headline before it)', () => {
    for (const s of speakers('Startup Unveils Battery It Says Lasts Twice as Long'))
      expect(s ?? '').not.toMatch(/\bIt$/);
    for (const s of speakers('Union Rejects Offer They Say Falls Short'))
      expect(s ?? '').not.toMatch(/\bThey$/);
  });

  it('keeps a pronoun opening a sentence, and speakers of other headlines', () => {
    expect(speakers('The startup unveiled a battery. It said the cells would last twice as long.')).toEqual([
      'The startup',
    ]);
    expect(speakers('They say the offer falls short of what was promised.')).toEqual(['They']);
    expect(speakers('Carmaker Warns 40,000 Vehicles It Sold Have Faulty Brakes')).toEqual(['Carmaker']);
    // (Recalling vehicles is a deed; the relative `It Says` of a headline is not read.)
    expect(speakers('Carmaker Recalls 40,000 Vehicles It Says Have Faulty Brakes')).toEqual([]);
  });
});

describe('a habit before a gerund of saying (`X is fond of saying, “…”`)', () => {
  it('reads the subject before the copula and the adjective of a habit', () => {
    expect(quotes('Marta Quell is fond of saying, “Nothing good happens after midnight.”')).toEqual([
      expect.objectContaining({
        content: 'Nothing good happens after midnight.',
        cue: 'saying',
        speaker: 'Marta Quell',
      }),
    ]);
    expect(speakers('Quell is so fond of saying, “Nothing good happens after midnight.”')).toEqual(['Quell']);
    expect(speakers('The coach was known for saying, “Defence wins titles.”')).toEqual(['The coach']);
  });

  it('leaves other adjectives and habits as they were', () => {
    expect(speakers('As Quell likes to say, “Nothing good happens after midnight.”')).toEqual(['Quell']);
    expect(quotes('He is tired of saying the same thing.').map((q) => q.speaker)).not.toContain('He');
    expect(speakers('Quell said, “Nothing good happens after midnight.”')).toEqual(['Quell']);
  });
});

describe('a speaker phrase with a relative clause set off by commas (`A spokeswoman, who declined to be named, said`)', () => {
  it('gives the quotation to the phrase before the clause, not to the earlier speaker', () => {
    expect(
      speakers(
        '“The strike will go ahead,” said Tom Reyes, the union leader. A union spokeswoman, who declined to be named, said, “We are ready for a long fight.”',
      ).slice(-1),
    ).toEqual(['A union spokeswoman']);
    expect(
      speakers('A union spokeswoman, who declined to be named, said the strike would go ahead.').slice(-1),
    ).toEqual(['A union spokeswoman']);
  });

  it('leaves named speakers, other appositives and a speaker going on as they were', () => {
    expect(speakers('Jane Roe, who leads the union, said, “We are ready.”')).toEqual(['Jane Roe']);
    expect(speakers('“We are ready,” said Tom Reyes. He added, “We will not back down.”')).toEqual([
      'Tom Reyes',
      'Tom Reyes',
    ]);
    expect(speakers('Officials, speaking on condition of anonymity, said the talks had stalled.')).toEqual([
      'Officials',
    ]);
    expect(speakers('Jane Roe, a lawyer for the family, said, “We are ready to talk.”')).toEqual([
      'Jane Roe',
    ]);
  });
});

/** For each quote of the full pipeline, the name of the entity its speaker span was linked to, if any. */
function speakerEntities(text: string): (string | null)[] {
  const ms = read({
    text,
    published: '2022-02-01T10:00:00Z',
    updates: [],
    language: 'en',
    links: [],
    dateline: null,
  }).mentions;
  return ms.flatMap((m) => {
    if (m.kind !== 'quote') return [];
    const sp = m.speaker;
    const e = sp
      ? ms.find((x) => x.kind === 'entity' && x.span[0] === sp[0] && x.span[1] === sp[1])
      : undefined;
    return [e && e.kind === 'entity' ? e.name : null];
  });
}

describe('an office by another name (`Pope Leo` … `the pontiff`)', () => {
  it('links the other nominal of an office opening a name to that person', () => {
    expect(
      speakerEntities('Pope Leo visited the camp on Sunday. The pontiff said the world must not look away.'),
    ).toEqual(['Pope Leo']);
    expect(
      speakerEntities(
        'King Harald opened the session on Monday. The monarch said the country must stay united.',
      ),
    ).toEqual(['King Harald']);
  });

  it('links no other office, and no surname that reads as an office', () => {
    expect(
      speakerEntities(
        'Pope Leo visited the camp on Sunday. The president said the world must not look away.',
      ),
    ).toEqual([null]);
    expect(
      speakerEntities(
        'Carla King, a lawyer, spoke on Monday. The monarch said the country must stay united.',
      ).slice(-1),
    ).toEqual([null]);
  });
});

describe('a passive of naming with its agent after the complement (`was branded a traitor by X`)', () => {
  it('gives the agent as speaker, the complement and the subject as what was said', () => {
    const q = quotes('He was branded a traitor by party loyalists after the vote.');
    expect(q.map((a) => a.speaker)).toEqual(['party loyalists', 'party loyalists']);
    expect(q.map((a) => a.content).sort()).toEqual(['He', 'a traitor']);
    expect(speakers('He was accused of lying by his rivals.')).toEqual(['his rivals', 'his rivals']);
    expect(speakers('The plan was described as reckless by several economists.')).toEqual([
      'several economists',
      'several economists',
    ]);
  });

  it('leaves passives with no agent, or the agent right after the cue, as they were', () => {
    expect(speakers('He was branded a traitor after the vote.')).toEqual([null, null]);
    expect(quotes('The report was criticized by unions.')).toEqual([
      expect.objectContaining({ content: 'The report', speaker: 'unions' }),
    ]);
    expect(speakers('He was called to testify by the committee.')).not.toContain('the committee');
    expect(quotes('Mayer was named chairman by the board on Monday.')).toEqual([]);
  });
});

describe('a passive after a quotation is no signature (`“…” The deal was welcomed.`)', () => {
  it('reads no speaker that holds an auxiliary', () => {
    const t =
      'The statement said the labels had “come to terms on a licensing agreement that approves the shows.” The deal was welcomed.';
    expect(speakers(t)).not.toContain('The deal was');
    expect(speakers('“We lost the vote by a mile.” The motion was withdrawn.')).not.toContain(
      'The motion was',
    );
  });

  it('leaves signatures of a speaker and a verb as they were', () => {
    expect(speakers('“Enough is enough for all of us.” The crowd roared.')).toEqual(['The crowd']);
    expect(speakers('“We will keep fighting for every job,” the union leader added.')).toEqual([
      'the union leader',
    ]);
    expect(speakers('“The plan is dead and buried now.” Officials were stunned.')).toEqual([]);
  });
});

describe('a cue coordinated after a nearer clause or inside a relative clause (review19)', () => {
  const speakerOf = (t: string, content: string) => quotes(t).find((q) => q.content === content)?.speaker;
  it('gives a quotation after `, who … and said,` to the antecedent', () => {
    expect(
      speakerOf(
        'The mayor thanked the lifeguards, who worked through the storm and said, “We did our job.”',
        'We did our job.',
      ),
    ).toBe('the lifeguards');
  });
  it('gives the cue to the subject of the nearer coordinated clause', () => {
    expect(
      speakerOf('The police arrived at noon and the mayor came out and said, “Go home.”', 'Go home.'),
    ).toBe('the mayor');
    expect(
      speakerOf(
        'The minister resigned on Monday but her deputy stayed on and said, “The work goes on.”',
        'The work goes on.',
      ),
    ).toBe('her deputy');
    expect(
      speakerOf(
        'Snow fell all night and the organisers gathered the runners and said, “The race is off.”',
        'The race is off.',
      ),
    ).toBe('the organisers');
    expect(
      speakerOf(
        'The police arrived at noon and the mayor came out and said the road was closed.',
        'the road was closed',
      ),
    ).toBe('the mayor');
  });
  it('keeps the sentence subject when the `and` joins noun phrases', () => {
    expect(
      speakerOf(
        'The coach watched the replay and the highlights and said, “We were robbed.”',
        'We were robbed.',
      ),
    ).toBe('The coach');
    expect(
      speakerOf(
        'The Department of Health and Human Services issued a statement and said, “Testing continues.”',
        'Testing continues.',
      ),
    ).toBe('The Department');
    expect(
      speakerOf(
        'Shops and residents have complained of poor warnings and say the cuts were too broad.',
        'the cuts were too broad',
      ),
    ).not.toBe('residents');
  });
});

describe('relative clauses around a speaker (review19)', () => {
  const speakerOf = (t: string, content: string) => quotes(t).find((q) => q.content === content)?.speaker;
  it('reads the phrase before a relative clause holding a comma, or opened by `whom`', () => {
    expect(
      speakerOf(
        'The union, which represents 40,000 nurses, mostly in Ohio, said it would strike.',
        'it would strike',
      ),
    ).toBe('The union');
    expect(
      speakerOf('The boy, whom divers found alive on Tuesday, said, “I was so cold.”', 'I was so cold.'),
    ).toBe('The boy');
    expect(
      speakerOf(
        'The minister defended the plan, and the opposition, which had demanded it for months, replied: “Too late.”',
        'Too late.',
      ),
    ).toBe('the opposition');
  });
  it('reads `which` after a noun of people and `of` as the phrase after it', () => {
    expect(
      speakerOf(
        'The head of the agency, which said in March it would cut staff, resigned.',
        'it would cut staff',
      ),
    ).toBe('the agency');
    expect(
      speakerOf(
        'Fans of the club, which said on Monday it would appeal, protested outside.',
        'it would appeal',
      ),
    ).toBe('the club');
    expect(
      speakerOf(
        'A report by the Bank of England, which said rates would stay high, was published.',
        'rates would stay high',
      ),
    ).not.toBe('England');
  });
  it('steps over `all` after a relative pronoun', () => {
    expect(
      speakerOf('The three ministers, who all said they would resign, met on Friday.', 'they would resign'),
    ).toBe('The three ministers');
  });
});

describe('a reporting noun in `-ing` used as a participle (review19)', () => {
  it('reads `Officials briefing reporters said` as the officials speaking', () => {
    expect(speakers('Officials briefing reporters said the strike had hit its target.')).toEqual([
      'Officials',
    ]);
    expect(speakers('Lawyers filing the suit said the city had been warned.')).toEqual(['Lawyers']);
  });
  it('keeps the reporting nouns as sources', () => {
    expect(speakers('Pratt will testify next week, according to court filings.')).toEqual(['court filings']);
    expect(speakers('The news briefing said nothing new about the talks.')).toEqual(['The news briefing']);
  });
});

describe('a passive cue, its complement and its agent after `by` (review19)', () => {
  it('reads no agent in a time or a means after `by`', () => {
    expect(speakers('The bill was described as a landmark by the end of the session.')).toEqual([null, null]);
    expect(speakers('The claim was dismissed as nonsense by email on Friday.')).toEqual([null, null]);
  });
  it('reads the agent after a quoted complement and after a bare one', () => {
    expect(speakers('The plan was described as “reckless” by the shadow chancellor.')).toEqual([
      'the shadow chancellor',
      'the shadow chancellor',
    ]);
    expect(speakers('She was accused of fraud by two former colleagues.')).toEqual([
      'two former colleagues',
      'two former colleagues',
    ]);
    expect(speakers('He was branded a traitor by party loyalists.')).toEqual([
      'party loyalists',
      'party loyalists',
    ]);
  });
});

describe('`As reported by X, …` (review19)', () => {
  it('ends its content before another clause or a closing signature', () => {
    const q = quotes('As reported by The Courier, the bridge cost £2bn, but officials now say it cost more.');
    expect(q.map((a) => [a.speaker, a.content])).toEqual([
      ['The Courier', 'the bridge cost £2bn'],
      ['officials', 'it cost more'],
    ]);
    const s = quotes('As reported by The Courier, the bridge cost £2bn, officials said.');
    expect(s.find((a) => a.speaker === 'The Courier')?.content).toBe('the bridge cost £2bn');
    expect(s.map((a) => a.speaker)).toContain('officials');
    // (A list's commas stay inside.)
    expect(
      quotes('As reported by The Courier, ferries stopped in Tarn, Lisk, Orra, and Vell.')[0]?.content,
    ).toBe('ferries stopped in Tarn, Lisk, Orra, and Vell');
  });
  it('reads a setting or a second source after the source', () => {
    expect(speakers('As reported by Reuters on Monday, the talks have stalled.')).toEqual(['Reuters']);
    expect(speakers('As reported by local media and the BBC, the fire began in a kitchen.')).toEqual([
      'local media and the BBC',
    ]);
  });
});

describe('an inverted lead-in with a time after its speaker (review19)', () => {
  it('leaves the time out of the speaker and still reads the quotation', () => {
    expect(speakers('Said the coach afterwards: “We were lucky.”')).toEqual(['the coach']);
    expect(speakers('Said Ms Brown later, “It was a mistake.”')).toEqual(['Ms Brown']);
    expect(speakers('Said the minister on Tuesday: “We will not negotiate.”')).toEqual(['the minister']);
    expect(speakers('Said Comey, “It was a choice between two doors.”')).toEqual(['Comey']);
  });
});

describe('a postposed `as` report between commas before a coordinated clause (review19)', () => {
  it('reports the clause before it', () => {
    expect(quotes('The vote was close, as Ms Reyes noted, but the result stands.')).toEqual([
      expect.objectContaining({ content: 'The vote was close', speaker: 'Ms Reyes' }),
    ]);
    // (Not a postposed `as`: the clause after the comma is what was said.)
    expect(quotes('The vote was close, Ms Reyes noted, and the result stands.')[0]?.speaker).toBe('Ms Reyes');
  });
});

describe('a nearer coordinated clause whose subject runs to its verb (review19)', () => {
  it('reads `the union’s leader came out of talks and said` as the leader', () => {
    const q = quotes(
      'Hundreds of nurses walked out on Tuesday, and the union’s leader came out of talks and said, “We have no choice.”',
    );
    expect(q.find((a) => a.content === 'We have no choice.')?.speaker).toBe('the union’s leader');
  });
});

describe('`the monarch` is a king, not a queen consort (review19)', () => {
  it('links `the monarch` to the king beside a queen, and to no queen alone', () => {
    expect(
      speakerEntities(
        'King Frederik and Queen Mary opened the hospital. The monarch said the staff were heroes.',
      ),
    ).toEqual(['Frederik']);
    expect(
      speakerEntities('Queen Mary opened the hospital on Monday. The monarch said the staff were heroes.'),
    ).toEqual([null]);
  });
});

describe('wire probes of the nineteenth session', () => {
  it('reads `, said a spokeswoman for the airline` with the complement as the speaker', () => {
    expect(quotes('Flights will resume on Monday, said a spokeswoman for the airline.')).toEqual([
      expect.objectContaining({
        content: 'Flights will resume on Monday',
        source: 'a spokeswoman for the airline',
        speaker: 'a spokeswoman for the airline',
      }),
    ]);
    expect(quotes('The plan will fail, said a close ally of the president.')[0]).toEqual(
      expect.objectContaining({ content: 'The plan will fail', speaker: 'a close ally of the president' }),
    );
    // (A name keeps its name; the participle after it has the same speaker.)
    const q = quotes('The talks have stalled, said Jane Roe of the union, adding that a strike was likely.');
    expect(q.map((a) => [a.content, a.source, a.speaker])).toEqual([
      ['The talks have stalled', 'Jane Roe of the union', 'Jane Roe'],
      ['a strike was likely', 'Jane Roe of the union', 'Jane Roe'],
    ]);
    // (No person heads it: `suggested a tinge of regret about …` is no inverted speaker.)
    expect(
      quotes(
        'His remarks, first reported on Tuesday, suggested a tinge of regret about the role he played.',
      )[0]?.source,
    ).not.toBe('a tinge of regret about the role he played');
  });

  it('reads `told Marco Ruiz, 58, that …` past the hearer’s appositive', () => {
    expect(
      quotes('Judge Amelia Torres told Marco Ruiz, 58, that he had betrayed every resident.')[0]?.content,
    ).toBe('he had betrayed every resident');
    expect(quotes('He told the court, which was packed, that he was innocent.')[0]?.content).toBe(
      'he was innocent',
    );
    // (A `which` after the comma is a relative clause of what came before, no hearer's.)
    expect(
      quotes(
        'The employer asked for proof of citizenship, and his passport and licence, which had always worked, were refused.',
      )[0]?.content,
    ).toMatch(/^proof of citizenship/);
  });

  it('gives a name taken with `calling itself`, `a group called X`, no words', () => {
    expect(quotes('A group calling itself BlackTide claimed responsibility for the attack.')).toEqual([
      expect.objectContaining({
        cue: 'claimed',
        source: 'A group calling itself BlackTide',
        speaker: 'BlackTide',
      }),
    ]);
    expect(
      quotes('A group called BlackTide claimed responsibility for the attack.').map((q) => q.cue),
    ).toEqual(['claimed']);
    // (A participle after the clause speaks by the same name.)
    expect(
      quotes('A group calling itself BlackTide claimed the attack, saying it had stolen patient records.')[1]
        ?.speaker,
    ).toBe('BlackTide');
    // (A description, no name, and a label after a name stay attributions.)
    expect(quotes('He called himself a victim of the press.')[0]?.cue).toBe('called');
    expect(quotes('A spokesman called Smith a liar.')[0]?.content).toBe('Smith a liar');
  });

  it('keeps a passive report to its subject when a clause joined by `but` follows', () => {
    expect(quotes('No deaths have been reported, but at least 27 homes have been destroyed.')).toEqual([
      expect.objectContaining({ content: 'No deaths', cue: 'have been reported' }),
    ]);
    // (Words told after a setting between commas stay what was told.)
    expect(
      quotes('Employees were told, but not in writing, that the plant would close.').map((q) => q.content),
    ).toContain('the plant would close');
  });

  it('names the author of a tally or a report by a possessive phrase', () => {
    expect(quotes('It was the largest, according to a tally by the summit’s organisers.')[0]?.speaker).toBe(
      'the summit’s organisers',
    );
    expect(quotes('It was the largest, according to a report by the organisers.')[0]?.speaker).toBe(
      'the organisers',
    );
  });
});

describe('recalling an envoy or goods is a deed', () => {
  it('reads no words in `recalled its ambassador`, `recalls 1.2 million vehicles`', () => {
    expect(quotes('Poland recalled its ambassador from Minsk on Tuesday.')).toEqual([]);
    expect(quotes('Carmaker recalls 1.2 million vehicles over airbag fault')).toEqual([]);
    expect(quotes('The firm is recalling some of its older heaters.')).toEqual([]);
  });

  it('keeps memories', () => {
    expect(quotes('She recalled that the town had flooded twice.')[0]?.content).toBe(
      'the town had flooded twice',
    );
    expect(quotes('He recalled the day his father left.')[0]?.content).toBe('the day his father left');
  });
});

describe('a person named before the body they belong to speaks', () => {
  it('links `Dr. Mira Feld of the University of Cambridge` and `Jane Roe of the union` to the person', () => {
    expect(
      speakerEntities(
        '“This is the first clear signal,” lead author Dr. Mira Feld of the University of Cambridge said in a statement.',
      ),
    ).toEqual(['Mira Feld']);
    expect(speakerEntities('Jane Roe of the union said the strike would go on.')).toEqual(['Jane Roe']);
  });

  it('leaves the body, or a person described by another, as they were', () => {
    expect(speakerEntities('Analysts at Brightline Securities said the recall would cost more.')).toEqual([
      'Brightline Securities',
    ]);
    expect(speakerEntities('A friend of Jane Roe at the union said the strike would go on.')).toEqual([null]);
  });
});

describe('wire probes of the nineteenth session, second round', () => {
  it('ends an estimate before a verb joined by `and`, which reports on its own', () => {
    expect(
      quotes(
        'The U.S. Geological Survey put the magnitude at 6.8 and said the quake was centred south of the city.',
      ),
    ).toEqual([
      expect.objectContaining({ content: 'the magnitude at 6.8', cue: 'put' }),
      expect.objectContaining({
        content: 'the quake was centred south of the city',
        cue: 'said',
        speaker: 'The U.S. Geological Survey',
      }),
    ]);
    // (Figures joined by `and` stay one estimate.)
    expect(quotes('The agency put losses at about 9,000 troops and 300 tanks.')[0]?.content).toBe(
      'losses at about 9,000 troops and 300 tanks',
    );
  });

  it('reads the antecedent of `who` after an abstract noun, or after a subject and its verb', () => {
    const who = (text: string) => quotes(text).find((q) => q.source === 'who')?.speaker;
    expect(
      who('The budget should pass with the support of two small parties, who said they would back it.'),
    ).toBe('two small parties');
    expect(who('She met members of the union, who said they would strike.')).toBe('members of the union');
    // (A person's noun, a share of people or a group keeps the whole phrase.)
    expect(who('The leader of the party, who said he would resign, left early.')).toBe(
      'The leader of the party',
    );
    expect(who('A majority of those polled, who said the economy was weak, backed the challenger.')).not.toBe(
      'those polled',
    );
    expect(who('The injured man, who said he was a teacher, was taken away.')).toBe('The injured man');
    expect(who('The newly elected mayor, who said she would cut taxes, took office.')).toBe(
      'The newly elected mayor',
    );
  });
});

describe('wire probes of the nineteenth session, third round (sanctions, drone strikes)', () => {
  it('reads no words in `adding nearly 200 tankers to a blacklist`, and keeps the signature after it', () => {
    expect(
      quotes('The bloc approved new sanctions, adding nearly 200 tankers to a blacklist, diplomats said.'),
    ).toEqual([
      expect.objectContaining({
        content: 'The bloc approved new sanctions, adding nearly 200 tankers to a blacklist',
        speaker: 'diplomats',
      }),
    ]);
    expect(quotes('The Treasury added the firm to its sanctions list on Monday.')).toEqual([]);
    expect(quotes('The economy added around 292,000 jobs in December.')).toEqual([]);
    // (Words added stay.)
    expect(quotes('He added the troops would move to the border.')[0]?.content).toBe(
      'the troops would move to the border',
    );
  });

  it('reads no words in the terms of an interview after the cue', () => {
    expect(
      quotes(
        'Hungary dropped its objections, two officials said, speaking on condition of anonymity because the talks were confidential.',
      ).map((q) => q.content),
    ).toEqual(['Hungary dropped its objections']);
  });

  it('reads a noun form before a modal as the subject, no cue', () => {
    expect(quotes('Neither side’s battlefield claims could be independently verified.')).toEqual([]);
    expect(quotes('Reports could not be confirmed.')).toEqual([]);
    expect(quotes('Trump’s lawyer claims the documents were planted.')[0]?.cue).toBe('claims');
  });
});

describe('a text seen or obtained by an outlet, after `according to`', () => {
  it('speaks as the text, not with the participle (`according to a draft seen by Reuters`)', () => {
    expect(
      quotes('The package also freezes the assets of 31 companies, according to a draft seen by Reuters.')[0]
        ?.speaker,
    ).toBe('a draft');
    expect(
      quotes('The plan was drafted in May, according to documents obtained by The Associated Press.')[0]
        ?.speaker,
    ).toBe('documents');
  });
});

describe('wire probes of the nineteenth session, fourth round (health, crime)', () => {
  it('reads `WHO` as the World Health Organization, no relative pronoun', () => {
    expect(quotes('WHO warns of rising measles cases in Europe')[0]?.speaker).toBe('WHO');
    expect(quotes('The outbreak is over, WHO said.')).toEqual([
      expect.objectContaining({ content: 'The outbreak is over', speaker: 'WHO' }),
    ]);
    expect(quotes('WHO said on Thursday that the outbreak was over.')[0]?.speaker).toBe('WHO');
    // (The relative pronoun stays one.)
    expect(quotes('Officials who said the outbreak was over were wrong.')[0]?.source).toBe('who');
  });

  it('reads `injuries described as serious` as a reduced passive: the noun is described, no speaker', () => {
    const q = quotes(
      'The victim was taken to hospital with injuries described as serious but not life-threatening.',
    );
    expect(q).toEqual([]);
    // (An office or a subject of its own clause keeps the active voice.)
    expect(quotes('The president described as absurd the claims of fraud.')[0]?.speaker).toBe(
      'The president',
    );
    expect(quotes('It was the deal what he described as a steal.')[0]?.speaker ?? 'he').toBe('he');
  });
});

describe('a recording or a text with a participle and its settings (`A video posted online on Sunday said`) (left20)', () => {
  it('reads `said` as the cue and the noun phrase as the speaker, over two settings', () => {
    expect(quotes('A clip posted online on Sunday said the army had crossed the river.')).toEqual([
      expect.objectContaining({
        content: 'the army had crossed the river',
        cue: 'said',
        speaker: 'A clip',
      }),
    ]);
    expect(
      speakers('A message shared on social media late on Friday claimed the bridge was closed.'),
    ).toEqual(['A message']);
    expect(speakers('A poll released last week showed the mayor trailing by ten points.')).toEqual([
      'A poll',
    ]);
    expect(speakers('The man arrested in May told the court he was innocent.')).toEqual(['The man']);
  });

  it('keeps an agent after `by`, a subject pronoun’s clause, and a participle that is the verb', () => {
    expect(speakers('A video released by the rebels said the town had fallen.')).toEqual(['the rebels']);
    expect(speakers('A study by the central bank said wages would rise.')).toEqual(['the central bank']);
    expect(quotes('The senator posted online that the vote had been delayed.')).toEqual([
      expect.objectContaining({
        cue: 'posted',
        speaker: 'The senator',
        content: 'the vote had been delayed',
      }),
    ]);
    // (`online` and a setting before the content's `that` are no part of it; `online` opening the
    // content's subject is.)
    expect(quotes('The senator wrote online on Sunday that the vote had been delayed.')).toEqual([
      expect.objectContaining({ cue: 'wrote', content: 'the vote had been delayed' }),
    ]);
    expect(quotes('She said online sales had doubled.')).toEqual([
      expect.objectContaining({ cue: 'said', content: 'online sales had doubled' }),
    ]);
    expect(
      quotes('Footage posted online showed crowds gathering outside the palace.').map((a) => a.cue),
    ).not.toContain('posted');
    // (`on Tuesday that he filed`: the clause after `that` has a subject of its own.)
    expect(quotes('The candidate announced on Tuesday that he filed his tax returns.')).toEqual([
      expect.objectContaining({ cue: 'announced', content: 'he filed his tax returns' }),
    ]);
  });
});

describe('the one a letter is addressed to is not its author (`A letter by 200 economists to the president`) (left20)', () => {
  it('ends the author after `by` before `to`', () => {
    expect(
      quotes('A letter by 200 economists to the president warned that the tariffs would raise prices.'),
    ).toEqual([expect.objectContaining({ cue: 'warned', speaker: '200 economists' })]);
    expect(speakers('A petition by 300 doctors to the health minister warned that wards were full.')).toEqual(
      ['300 doctors'],
    );
  });

  it('reads the letter’s phrase, not its addressee, as the source of a later cue (`A letter from X to Y said`)', () => {
    expect(quotes('A letter by Jane Roe to the board said she would resign.')).toEqual([
      expect.objectContaining({ source: 'A letter by Jane Roe to the board', speaker: 'Jane Roe' }),
    ]);
    expect(speakers('A letter from 40 diplomats to the prime minister urged him to change course.')).toEqual([
      'A letter from 40 diplomats',
    ]);
    // (A letter with no author named speaks itself, its addressee with it.)
    expect(speakers('A letter to the board said the strike would go on.')).toEqual(['A letter to the board']);
  });

  it('keeps `to` inside a name in capitals and authors with no addressee', () => {
    expect(speakers('A letter by 200 economists warned that the tariffs would raise prices.')).toEqual([
      '200 economists',
    ]);
    expect(speakers('A report by the Institute to Protect Reefs said the coral was dying.')).not.toContain(
      'the Institute',
    );
  });
});

describe('a means of sending after `by` is no speaker or relay (`a statement issued by email`) (left20)', () => {
  it('keeps the speaker and reads no relay', () => {
    expect(quotes('A note sent by email on Monday said the school would close.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'A note' }),
    ]);
    expect(quotes('“The talks will resume,” the ministry said in a statement issued by email.')).toEqual([
      expect.objectContaining({ speaker: 'the ministry', via: null }),
    ]);
    expect(quotes('The ministry said in a statement issued by email that the talks would resume.')).toEqual([
      expect.objectContaining({ speaker: 'The ministry', content: 'the talks would resume' }),
    ]);
  });

  it('reads a quotation after a setting with a participle of issuing (`in a statement issued by …:`)', () => {
    expect(quotes('The ministry said in a statement issued by email: “Talks will resume.”')).toEqual([
      expect.objectContaining({ content: 'Talks will resume.', cue: 'said', speaker: 'The ministry' }),
    ]);
    expect(quotes('The ministry said in a statement posted on its website: “Talks will resume.”')).toEqual([
      expect.objectContaining({ content: 'Talks will resume.', cue: 'said', speaker: 'The ministry' }),
    ]);
  });

  it('keeps an agent after `by` as the relay', () => {
    expect(
      quotes('“We are ready,” the ministry said in a statement carried by the state news agency.'),
    ).toEqual([expect.objectContaining({ speaker: 'the ministry', via: 'the state news agency' })]);
  });
});

describe('a participle’s aside between the subject and its verb (`The senator, calling the bill “reckless,” voted`) (left20)', () => {
  it('ends the content at the aside’s closing comma', () => {
    expect(quotes('The governor, calling the plan “reckless,” vetoed it on Friday.')).toContainEqual(
      expect.objectContaining({ content: 'the plan “reckless,”', cue: 'calling', speaker: 'The governor' }),
    );
    expect(quotes('The governor, calling the plan reckless, vetoed it on Friday.')).toContainEqual(
      expect.objectContaining({ content: 'the plan reckless', cue: 'calling', speaker: 'The governor' }),
    );
    expect(quotes('The coach, saying the team was tired, cancelled training.')).toContainEqual(
      expect.objectContaining({ content: 'the team was tired', cue: 'saying', speaker: 'The coach' }),
    );
  });

  it('leaves a participle after the clause, and a comma the aside goes on after', () => {
    expect(quotes('The governor vetoed the plan, calling it “reckless.”')).toContainEqual(
      expect.objectContaining({ content: 'it “reckless.”', cue: 'calling', speaker: 'The governor' }),
    );
    expect(quotes('The governor vetoed the plan, saying it was rushed, costly and unfair.')).toContainEqual(
      expect.objectContaining({ content: 'it was rushed, costly and unfair', cue: 'saying' }),
    );
  });
});

describe('a relative or reported clause before `and said, “…”` keeps the sentence subject (left20)', () => {
  it('gives the quotation to the sentence subject, not the clause’s', () => {
    expect(
      quotes('The judge dismissed the motion that the defence had filed and said, “This case is closed.”'),
    ).toContainEqual(expect.objectContaining({ content: 'This case is closed.', speaker: 'The judge' }));
    expect(
      quotes('The mayor praised the crews that the city had hired and told reporters: “They saved lives.”'),
    ).toContainEqual(expect.objectContaining({ content: 'They saved lives.', speaker: 'The mayor' }));
    expect(
      quotes('The nurse confirmed that the ward had closed and said, “We had no choice.”'),
    ).toContainEqual(expect.objectContaining({ content: 'We had no choice.', speaker: 'The nurse' }));
  });

  it('keeps a subject of its own before the coordinated verb', () => {
    expect(quotes('The lawyers filed an appeal and said, “This case is not over.”')).toContainEqual(
      expect.objectContaining({ content: 'This case is not over.', speaker: 'The lawyers' }),
    );
    expect(quotes('Ms. Sherry smiled and said, “We will manage.”')).toContainEqual(
      expect.objectContaining({ content: 'We will manage.', speaker: 'Ms. Sherry' }),
    );
  });
});

describe('a warning or an alert issued for a place is a deed (`has issued a rare red warning for the coast`) (left20)', () => {
  it('reads no attribution from the light verb or the noun', () => {
    expect(quotes('The weather office has issued a rare red warning for the coast.')).toEqual([]);
    expect(quotes('The service issued a flood warning for the valley on Monday.')).toEqual([]);
    expect(quotes('Officials put out an alert for three counties.')).toEqual([]);
  });

  it('keeps a warning with what it says', () => {
    expect(quotes('The agency issued a warning that the river could flood.')).toEqual([
      expect.objectContaining({ content: 'the river could flood', speaker: 'The agency' }),
    ]);
    expect(quotes('The agency warned of floods on the coast.')).toEqual([
      expect.objectContaining({ content: 'floods on the coast', cue: 'warned of' }),
    ]);
  });
});

describe('giving nothing reports nothing (`He gave no evidence.`) (left20)', () => {
  it('reads no attribution from a cue of giving and `no` with a noun alone', () => {
    expect(quotes('He gave no evidence.')).toEqual([]);
    expect(quotes('The council has offered no apology.')).toEqual([]);
    expect(quotes('She provided no further details.')).toEqual([]);
  });

  it('keeps a claim the giving lacks, and what was given', () => {
    expect(quotes('He offered no proof that the vote was rigged.')).toEqual([
      expect.objectContaining({ cue: 'offered', speaker: 'He' }),
    ]);
    expect(speakers('Public records show no gifts from the firm since 2010.')).toEqual(['Public records']);
  });
});

describe('a content does not end on the relative pronoun of the next clause', () => {
  it.each([
    [
      'Data showed job openings rose to 9.61 million in August, which some analysts said pointed to a tight market.',
      'job openings rose to 9.61 million in August',
    ],
    ['Police found the car, which witnesses said had been stolen.', 'the car'],
  ])('%s', (text, content) => {
    expect(quotes(text)[0]?.content).toBe(content);
  });
});

describe('wire probes of the nineteenth session, fifth round (a truce)', () => {
  it('reads a name with a lower-case particle before an appositive (`Majed al-Ansari, a spokesman for …, told`)', () => {
    expect(
      quotes(
        '“We are cautiously optimistic,” Majed al-Ansari, a spokesman for the Qatari foreign ministry, told a news briefing.',
      ),
    ).toEqual([
      expect.objectContaining({ content: 'We are cautiously optimistic', speaker: 'Majed al-Ansari' }),
    ]);
  });

  it('reads a partitive relative clause set off by commas as part of the speaker phrase (`many of whom`)', () => {
    expect(
      quotes(
        'Families of the hostages, many of whom have camped outside the ministry for weeks, said they would not rest.',
      ),
    ).toEqual([
      expect.objectContaining({
        source: 'Families of the hostages, many of whom have camped outside the ministry for weeks,',
        speaker: 'Families of the hostages',
      }),
    ]);
    expect(quotes('The workers, most of whom are women, said they would strike.')[0]?.speaker).toBe(
      'The workers',
    );
  });
});

describe('a vote’s tally between the cue and `that` is no content', () => {
  it('reads `ruled 5-4 that …` from `that` on', () => {
    expect(quotes('The court ruled 5-4 that the law was unconstitutional.')[0]?.content).toBe(
      'the law was unconstitutional',
    );
  });
});

describe('probes of real pages: a hearer’s relative clause, a tour that concludes', () => {
  it('starts the content told at the `that` after the hearer’s relative clause', () => {
    expect(
      quotes(
        'Gambill told thousands of teachers who covered the lawn that the legislature should spend its reserves.',
      )[0]?.content,
    ).toBe('the legislature should spend its reserves');
    // (A question word after `asked` is the question; a relative clause's own `that` is its verb's.)
    expect(quotes('She asked Clinton who would pay for it.')[0]?.content).toBe('who would pay for it');
  });

  it('reads concluding with a time or a manner as ending, a deed', () => {
    expect(quotes('The tour concludes October 10th in Houston, Texas.')).toEqual([]);
    expect(quotes('The talks concluded without a deal.')).toEqual([]);
    expect(quotes('Investigators concluded the dam was unsafe.')[0]?.content).toBe('the dam was unsafe');
    expect(quotes('The FBI concluded in July Clinton had been careless.')[0]?.cue).toBe('concluded');
  });
});

describe('probes of real pages: names given, stories told', () => {
  it('reads a name given in the passive or in an appositive as no words (`HP is called “feather duvet lung.”`)', () => {
    expect(quotes('When the substance is feathers, the illness is called “feather duvet lung.”')).toEqual([]);
    expect(quotes('The area is dubbed the Golden Triangle.')).toEqual([]);
    expect(quotes('Such damage, called pulmonary fibrosis, is permanent.')).toEqual([]);
    // (An agent, or a description with no name, stays.)
    expect(quotes('He was called a traitor by his rivals.').map((q) => q.speaker)).toContain('his rivals');
    expect(quotes('He has been called a traitor.').map((q) => q.cue)).toContain('has been called');
  });

  it('reads `told the story of …` as what was told, no hearer', () => {
    expect(
      quotes(
        'Doctors at the infirmary told the tale of a man who saw his doctor after months of feeling tired.',
      )[0]?.content,
    ).toBe('the tale of a man who saw his doctor after months of feeling tired');
    expect(quotes('He told reporters the story was false.')[0]?.content).toBe('the story was false');
  });
});

describe('assuring and reminding are cues of telling', () => {
  it('reads `“…,” he assures himself.` and `she reminded herself`', () => {
    expect(
      quotes('“Oh, actually? Yes,” he assures himself. “I did not sweat at the time.”').map((q) => q.speaker),
    ).toEqual(['he', 'he']);
    expect(quotes('“It will be fine,” she reminded herself.')[0]?.cue).toBe('reminded');
    expect(quotes('He assured voters that taxes would not rise.')[0]?.content).toBe('taxes would not rise');
  });

  it('reads no words in `Rest assured`, `was reminded of`, `is assured of winning`', () => {
    expect(quotes('Rest assured, the plan will work.')).toEqual([]);
    expect(quotes('I was reminded of my father.')).toEqual([]);
    expect(quotes('Clinton is now assured of winning at least 334 delegates.')).toEqual([]);
    expect(quotes('Employees were assured that their jobs were safe.')[0]?.content).toBe(
      'their jobs were safe',
    );
  });
});

describe('sources cited by an outlet speak, not the outlet', () => {
  it('reads `Industry sources cited by DigiTimes said` as the sources', () => {
    expect(quotes('Industry sources cited by DigiTimes said output would fall.')[0]?.speaker).toBe(
      'Industry sources',
    );
    expect(quotes('Economists polled by Reuters expect rates to rise.')[0]?.speaker).toBe('Economists');
  });
});
