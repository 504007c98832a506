import { describe, expect, it } from 'vitest';
import { pipelineQuotes, quoteTexts } from './pipeline-quotes.ts';

/** Quotes of the full pipeline (entities included) as content, cue, speaker and relay texts. */
function quotes(text: string) {
  // (`direct` is read through the content: a direct quote's content is inside its marks.)
  return pipelineQuotes(text).map((q) => quoteTexts(text, q));
}

describe('sources cited by the speaker', () => {
  it('`X said, citing Y`: Y speaks via X, and the participle is no quote of its own', () => {
    const text =
      'A herder fell ill with plague in the north. The patient was taken to a county hospital, the news agency said, citing the regional health commission.';
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({
      content: 'The patient was taken to a county hospital',
      cue: 'said',
      speaker: 'the regional health commission',
      via: 'the news agency',
    });
  });

  it('`X reported, citing Y, that …`: the report is the content, the verb its cue', () => {
    const text =
      'Interfax reported on Monday, citing the defence ministry, that 30 aircraft had landed in Belarus.';
    expect(quotes(text)).toEqual([
      {
        content: '30 aircraft had landed in Belarus',
        cue: 'reported',
        speaker: 'the defence ministry',
        via: 'Interfax',
      },
    ]);
  });

  it('`…, Reuters reported, citing two officials`', () => {
    const text = 'The drills will involve 30,000 troops, Reuters reported, citing two Western officials.';
    expect(quotes(text)).toEqual([
      {
        content: 'The drills will involve 30,000 troops',
        cue: 'reported',
        speaker: 'two Western officials',
        via: 'Reuters',
      },
    ]);
  });

  it('a reason or a document cited is no speaker', () => {
    const reason = quotes(
      '“It is a reflection of anger,” the senator said, citing slow growth and high prices.',
    );
    expect(reason.find((q) => q.cue === 'said')).toMatchObject({ speaker: 'the senator', via: null });
    const papers = quotes(
      'The Ledger, citing internal documents, reported that the campaign was short of cash.',
    );
    expect(papers.find((q) => q.cue === 'reported')).toMatchObject({ speaker: 'The Ledger', via: null });
  });

  it('`according to sources cited by X`: X relays', () => {
    const text =
      'The maker will ship a new tablet next spring, according to supply-chain sources cited by the trade paper DigiTimes.';
    expect(quotes(text)[0]).toMatchObject({
      cue: 'according to',
      speaker: 'supply-chain sources',
      via: 'DigiTimes',
    });
  });

  it('`According to his aunt, Jane Starner, “…”`: the name speaks, and is no part of the quotation', () => {
    const text =
      'Mike grew up in Indiana. According to his aunt, Jane Starner, “He was reading novels before he could ride a bike.”';
    // (A direct quote: its content is the quotation without its marks, and it is the only quote.)
    expect(quotes(text)).toEqual([
      expect.objectContaining({
        cue: 'According to',
        speaker: 'Jane Starner',
        content: 'He was reading novels before he could ride a bike.',
      }),
    ]);
  });

  it('a setting names who carried the words: `carried by`, `broadcast on`, `as quoted by`', () => {
    const carried = quotes(
      'Kim Yo Jong said in a statement carried by the state news agency KCNA that the drills were a provocation.',
    );
    expect(carried[0]).toMatchObject({
      speaker: 'Kim Yo Jong',
      via: 'KCNA',
      content: 'the drills were a provocation',
    });
    const aired = quotes(
      'Alexander Lukashenko said in remarks broadcast on state television that the troops would leave.',
    );
    expect(aired[0]).toMatchObject({ via: 'state television' });
    const asQuoted = quotes('The talks had failed, Sergei Lavrov said, as quoted by RIA Novosti.');
    expect(asQuoted[0]).toMatchObject({ speaker: 'Sergei Lavrov', via: 'RIA Novosti' });
    // The speaker's own channel relays nothing.
    const own = quotes(
      '“We will not retreat,” Volodymyr Zelensky said in a video posted on his Telegram channel.',
    );
    expect(own[0]).toMatchObject({ speaker: 'Volodymyr Zelensky', via: null });
  });

  it('`…, X told reporters, according to Y.`: Y relays, and `according to Y` is no content', () => {
    const text =
      'The border would stay closed, the governor told reporters, according to the regional news site Zerkalo.';
    expect(quotes(text)).toEqual([
      { content: 'The border would stay closed', cue: 'told', speaker: 'the governor', via: 'Zerkalo' },
    ]);
    const said = quotes('The plant will shut in May, the mayor said, according to Interfax.');
    expect(said).toEqual([
      { content: 'The plant will shut in May', cue: 'said', speaker: 'the mayor', via: 'Interfax' },
    ]);
  });

  it('`according to a report by X`: X speaks', () => {
    const text =
      'Fighting went on near the city overnight, according to a report by the state news agency IRNA.';
    expect(quotes(text)[0]?.speaker).toMatch(/IRNA$/);
    const data = quotes('Prices rose by a fifth, according to a survey by the central bank.');
    expect(data[0]?.speaker).toBe('the central bank');
  });
});

describe('occasions and conditions are no relays or quotes', () => {
  it('`told a news conference` has no relay; `told state television` has one', () => {
    const q = quotes('The alliance chief told a news conference in Brussels that allies were ready to talk.');
    expect(q[0]).toMatchObject({ content: 'allies were ready to talk', via: null });
    const tv = quotes('The president told state television that the troops would leave.');
    expect(tv[0]).toMatchObject({ via: 'state television' });
  });

  it('a request for anonymity is no quote', () => {
    const text =
      'The official, who asked not to be named because he was not cleared to brief the press, said talks would resume.';
    expect(quotes(text)).toEqual([
      { content: 'talks would resume', cue: 'said', speaker: 'The official', via: null },
    ]);
    const other = quotes('A diplomat who requested anonymity said the envoy had been summoned.');
    expect(other.map((x) => x.cue)).toEqual(['said']);
  });
});

describe('claims denied', () => {
  it('`…, an accusation Tehran has repeatedly denied`: Tehran denies, the accusation is no speaker', () => {
    const q = quotes('The rebels were armed by Iran, an accusation Tehran has repeatedly denied.');
    expect(q).toEqual([
      {
        content: 'The rebels were armed by Iran',
        cue: 'has repeatedly denied',
        speaker: 'Tehran',
        via: null,
      },
    ]);
  });
});

describe('outlets told', () => {
  it('an outlet’s own initials are its name; a country’s initials qualify media', () => {
    expect(
      quotes('The deputy minister told the PAP news agency that 10,000 soldiers would go.')[0]?.via,
    ).toBe('PAP');
    expect(quotes('The minister told US media that the troops would stay.')[0]?.via).toBe('US media');
  });
});

describe('one quote for the same words', () => {
  it('a quotation read by two rules is one quote, with the speaker', () => {
    const text =
      'Republicans seem sure they have the votes to override him.\n\n“Our guess is that the veto will be overturned,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.';
    const q = quotes(text).filter((x) => x.content.includes('veto'));
    expect(q).toEqual([
      {
        content: 'Our guess is that the veto will be overturned',
        cue: 'said',
        speaker: 'Senate Majority Leader Mitch McConnell',
        via: null,
      },
    ]);
  });

  it('a quotation after a coordinated cue (`smiled and said, “…”`) is a direct quote of the subject', () => {
    const q = quotes('Ms. Sherry smiled and said, “I am waiting for the race to start.”');
    expect(q.find((x) => x.cue === 'said')).toMatchObject({
      content: 'I am waiting for the race to start.',
      speaker: 'Ms. Sherry',
    });
    expect(quotes('The mayor stood up and told the crowd: “We will rebuild.”')[0]).toMatchObject({
      content: 'We will rebuild.',
      cue: 'told',
      speaker: 'The mayor',
    });
    // A name given is no quotation: `It is called “…”` stays to the passive rules.
    expect(quotes('The illness is called “farmer’s lung.”').some((x) => x.speaker === 'The illness')).toBe(
      false,
    );
  });
});

describe('long speaker phrases after a quotation', () => {
  it('a name with a bracketed tag and a long appositive before the cue', () => {
    const q = quotes(
      '“We need answers,” Rep. Jane Roe (D-Maine), a member of the armed services panel, said on Tuesday.',
    );
    expect(q).toEqual([{ content: 'We need answers', cue: 'said', speaker: 'Rep. Jane Roe', via: null }]);
  });
});

describe('studies and adjectives', () => {
  it('`One study in 496 girls found …`: the study speaks, not those it studied', () => {
    expect(
      quotes('One study in 496 adolescent girls found that screen time raised the risk.')[0]?.speaker,
    ).toBe('One study');
    expect(quotes('A 2019 survey of 1,000 voters found that most backed the plan.')[0]?.speaker).toBe(
      'A 2019 survey',
    );
  });

  it('a participle between a possessive and its noun is an adjective, not a cue', () => {
    const q = quotes(
      'While Stadia’s current expected lineup is light on exclusive titles, Early says more will come.',
    );
    expect(q.map((x) => x.cue)).toEqual(['says']);
    // (A noun of speech after it still reports words.)
    const said = quotes('Smith’s repeated claims that the vote was rigged were rejected by the court.');
    expect(said.some((x) => x.cue === 'repeated')).toBe(true);
  });
});

describe('descriptions named whole', () => {
  it('`Opposition figures in exile said`: the speaker is the whole description, not `exile`', () => {
    const q = quotes(
      'Opposition figures in exile said the Kremlin meeting was a sign that the decision would be taken in Moscow.',
    );
    expect(q[0]?.speaker).toBe('Opposition figures in exile');
    expect(quotes('Officials in Kyiv said the talks had failed.')[0]?.speaker).toBe('Officials in Kyiv');
  });
});

describe('a `citing` aside between the source and its cue', () => {
  it('`TASS, citing a source in the ministry, reported that …`: the one cited speaks via TASS', () => {
    const text = 'TASS, citing a source in the ministry, reported that the drills would end on Feb. 20.';
    expect(quotes(text)).toEqual([
      {
        content: 'the drills would end on Feb. 20',
        cue: 'reported',
        speaker: 'a source in the ministry',
        via: 'TASS',
      },
    ]);
  });

  it('`The agency, quoting the minister, said …`: the minister via the agency', () => {
    const text = 'The agency, quoting Defence Minister Jan Volk, said the troops would leave by March.';
    expect(quotes(text)).toEqual([
      {
        content: 'the troops would leave by March',
        cue: 'said',
        speaker: 'Defence Minister Jan Volk',
        via: 'The agency',
      },
    ]);
  });

  it('a document cited in the aside changes no speaker, and the participle is no quote', () => {
    const text = 'The ministry, citing satellite images, said the convoy had moved north.';
    expect(quotes(text)).toEqual([
      { content: 'the convoy had moved north', cue: 'said', speaker: 'The ministry', via: null },
    ]);
  });
});

describe('an appositive of the setting before the content’s `that`', () => {
  it('`wrote on X, formerly Twitter, that …`', () => {
    const text = 'The president wrote on X, formerly Twitter, that the border would stay open.';
    expect(quotes(text).map((q) => q.content)).toEqual(['the border would stay open']);
  });
});
