import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { withBritish } from './lexicon.ts';
import { pipelineQuotes, quoteTexts } from './pipeline-quotes.ts';
import { findQuotes } from './stage.ts';

/** Each quote as the texts of its content and cue, and its speaker phrase. */
function quotes(text: string) {
  return findQuotes({ text, sentences: splitSentences(text) }).map(({ mention: m }) => ({
    content: text.slice(m.span[0], m.span[1]),
    cue: m.cue ? text.slice(m.cue[0], m.cue[1]) : null,
    speaker: m.speakerText,
  }));
}

/** Each attribution as the texts of its cue, source span and speaker phrase. */
function sources(text: string) {
  return findQuotes({ text, sentences: splitSentences(text) }).map(({ attribution: a, mention: m }) => ({
    cue: a.cue ? text.slice(a.cue[0], a.cue[1]) : null,
    source: a.source ? text.slice(a.source[0], a.source[1]) : null,
    speaker: m.speakerText,
  }));
}

describe('source spans: words that open or close a speaker phrase without being the speaker', () => {
  it('cuts a subordinator or sentence adverb before the subject', () => {
    const q = sources(
      'After Okafor refused to rule out new levies, the council adjourned. ' +
        'Maybe Imrie figures that a second term is safe. ' +
        'Despite Brandt’s warnings about the cost, the plan passed.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'refused', source: 'Okafor', speaker: 'Okafor' }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'figures', source: 'Imrie' }));
    for (const a of q) expect(a.speaker ?? '').not.toMatch(/^(?:After|Maybe|Despite)\b/);
  });

  it('leaves the focus words `Only` and `Even` on a quantified subject', () => {
    const q = sources('Only 52 percent of registered voters agreed that the economy was improving.');
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'agreed', source: 'Only 52 percent of registered voters' }),
    );
  });

  it('ends the source before a time after a name or pronoun, not after a noun it modifies', () => {
    const q = sources(
      'Halvorsen earlier Tuesday backed away from a pledge to cover the costs. ' +
        'Moreau late Thursday night said she would contest the count. ' +
        'A poll released on Tuesday showed the incumbent ahead.',
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'backed', source: 'Halvorsen' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Moreau', speaker: 'Moreau' }));
  });

  it('cuts a connective set off by commas after the name', () => {
    const q = sources(
      'Ines Vargas, by contrast, wrote that the treaty was flawed. ' +
        'Tomas Berg, on the other hand, said the treaty would hold.',
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'wrote', source: 'Ines Vargas' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Tomas Berg' }));
  });
});

describe('speakers of means clauses and free relatives', () => {
  it('gives a participle after `by` the subject of the main clause', () => {
    const q = sources(
      'Former premier Anneli Kask, the best-known figure in her party, entered the race this week by warning candidates against drifting to the left.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'warning',
        source: expect.stringMatching(/^Former premier Anneli Kask,/),
        speaker: 'Former premier Anneli Kask',
      }),
    );
  });

  it('keeps the speaker phrase inside a source the span model cut short', () => {
    const q = sources('The harbour master ended the dispute by saying that the quay would reopen in March.');
    for (const a of q) expect(a.speaker ?? '').not.toMatch(/ended/);
  });

  it('reads no content after `what X said`', () => {
    const q = sources('The total is smaller than what Okonjo said, but her estimate is close enough.');
    expect(q.filter((a) => a.cue === 'said')).toHaveLength(0);
  });
});

describe('a name before an office set off by commas', () => {
  it('takes the name, not the office, as the speaker', () => {
    const q = sources(
      'Rhea Lindqvist, President Nordvik Shipping Europe, says the merger will close in May. ' +
        'Omar Haddad, Director, Cedar Capital Markets, said the index would recover. ' +
        'The senator, Governor Ruth Alvarez, said the budget was balanced. ' +
        'One Republican hopeful, Dana Whitfield, says the tax plan is unfair.',
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'says', speaker: 'Rhea Lindqvist' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Omar Haddad' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Governor Ruth Alvarez' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'says', speaker: 'Dana Whitfield' }));
  });
});

describe('a sentence adverb before the subject of a participle or coordinated cue', () => {
  it('skips `Separately,` and `Meanwhile,` to the subject', () => {
    const q = sources(
      'Separately, the health ministry confirmed nine new measles cases in Kisumu, saying most were infants. ' +
        'Meanwhile, the governor toured the camp and said food would arrive by Friday.',
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'saying', source: 'the health ministry' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the governor' }));
    for (const a of q) expect(a.speaker).not.toMatch(/^(?:Separately|Meanwhile)$/);
  });
});

describe('people of a place are not its government', () => {
  it('links no place to residents, villagers or voters, but keeps officials in a capital', () => {
    const text =
      'Residents of Goma said food was scarce. Villagers near Bunia said gunmen had attacked. ' +
      'Some 200 protesters in Tbilisi said they would stay. Officials in Moscow said the talks had failed.';
    const q = pipelineQuotes(text).map((m) => ({
      speakerText: m.speakerText,
      linked: m.speaker !== null,
    }));
    expect(q).toContainEqual({ speakerText: 'Residents of Goma', linked: false });
    expect(q).toContainEqual({ speakerText: 'Villagers near Bunia', linked: false });
    expect(q).toContainEqual({ speakerText: 'Some 200 protesters in Tbilisi', linked: false });
    expect(q).toContainEqual({ speakerText: 'Officials in Moscow', linked: true });
  });
});

describe('the main verb after a relative clause set off by commas', () => {
  it('is no content of a cue inside the relative clause', () => {
    const q = quotes(
      'Growers in the Po valley, where the blight was first found in April, say they have lost half the harvest.',
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toMatch(/^Growers in the Po valley/);
  });
});

describe('a claim noun after the content: who disputes the figure', () => {
  it('cuts `a figure the rebels disputed` off the content and reads the rebels disputing it', () => {
    const text = 'The army said 40 fighters were killed, a figure the rebels disputed.';
    const q = quotes(text);
    expect(q).toContainEqual({ content: '40 fighters were killed', cue: 'said', speaker: 'The army' });
    expect(q).toContainEqual({ content: '40 fighters were killed', cue: 'disputed', speaker: 'the rebels' });
  });

  it('cuts `a count its rivals rejected` off the content', () => {
    const text =
      'The commission said results from 18 states showed the incumbent ahead, a count its rivals rejected as rigged.';
    const q = quotes(text).map((x) => x.content);
    expect(q).toContain('results from 18 states showed the incumbent ahead');
  });
});

describe('an age after the name', () => {
  it('stays in the source but not in the speaker name, so a later `she` finds the right person', () => {
    const text =
      'A court convicted former minister Paul Ferrand on Thursday. Ferrand, 66, has denied wrongdoing throughout. ' +
      'The ruling was read by judge Claire Montel. She said the former minister knew the limit had been exceeded.';
    const q = pipelineQuotes(text).map((m) => ({
      cue: m.cue ? text.slice(m.cue[0], m.cue[1]) : null,
      speaker: m.speakerText,
      linked: m.speaker !== null,
    }));
    expect(q).toContainEqual({ cue: 'has denied', speaker: 'Ferrand', linked: true });
    expect(q).toContainEqual({ cue: 'said', speaker: 'Claire Montel', linked: true });
  });
});

describe('a negated cue after a closed quotation', () => {
  it('does not take the quotation from the speaker who introduced it', () => {
    const text =
      'Union negotiator Karl Brandt spoke first. Chief executive Lena Ortmann said in a statement: "We have set the course for the next decade." ' +
      'She did not say how many of the jobs would go through early retirement.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(
      expect.objectContaining({
        content: 'We have set the course for the next decade.',
        speaker: 'Chief executive Lena Ortmann',
      }),
    );
    expect(q.filter((x) => x.cue === 'say')).toHaveLength(0);
  });
});

describe('said with a hedged number, then a citing participle', () => {
  it('reads `said at least 12 …` as a content and `citing …` as a cue of its own', () => {
    const text =
      'The rights office said at least 12 civilians were killed last week, citing verified reports.';
    const q = quotes(text);
    expect(q).toContainEqual({
      content: 'at least 12 civilians were killed last week',
      cue: 'said',
      speaker: 'The rights office',
    });
    expect(q).toContainEqual({ content: 'verified reports', cue: 'citing', speaker: 'The rights office' });
    expect(q.filter((x) => x.cue === 'reports')).toHaveLength(0);
  });
});

describe('the subject of a participle after a verb and its object', () => {
  it('is the verb’s subject, not its object', () => {
    const text =
      'Senator Ana Ruiz had mocked the complaint, saying anyone who blames a microphone is losing. ' +
      '"I have never liked that label," he told the group, adding that it keeps voters at a distance. ' +
      'The paper attacked Governor Dale Price, saying he had broken his word.';
    const q = sources(text);
    expect(q).toContainEqual(expect.objectContaining({ cue: 'saying', source: 'Senator Ana Ruiz' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'adding', source: 'he' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'saying', source: 'The paper' }));
    expect(q).not.toContainEqual(expect.objectContaining({ source: 'the complaint' }));
    expect(q).not.toContainEqual(expect.objectContaining({ source: 'the group' }));
  });
});

describe('contents that open with a number, a hedge or a setting before their subject', () => {
  it('reads each as said, with the hedge in the content and not in the cue', () => {
    const cases: [string, string][] = [
      ['Police said about 200 people were detained.', 'about 200 people were detained'],
      ['Police said up to 100 people were detained.', 'up to 100 people were detained'],
      ['Police said in total 40 people died.', '40 people died'],
      ['She said in an interview at least 12 people died.', 'at least 12 people died'],
      ['Officials said at the time the plant was safe.', 'the plant was safe'],
      ['Officials said last year’s harvest was poor.', 'last year’s harvest was poor'],
      ['Police said on Sunday more than 100 people were hurt.', 'more than 100 people were hurt'],
    ];
    for (const [text, content] of cases) {
      const q = quotes(text);
      expect(q, text).toContainEqual(expect.objectContaining({ content, cue: 'said' }));
    }
  });

  it('keeps other particles in the cue before a number (`found out 46 people …`)', () => {
    const text = 'I found out 46 people had visited my profile in a month.';
    const q = quotes(text);
    expect(q).toContainEqual(
      expect.objectContaining({ content: '46 people had visited my profile in a month', cue: 'found out' }),
    );
  });

  it('leaves a reduced relative clause in the setting', () => {
    const text =
      'A spokesperson said in a statement emailed to reporters that the agency had never run the camps.';
    const q = quotes(text).map((x) => x.content);
    expect(q).toContain('the agency had never run the camps');
  });
});

describe('speaker phrases with adjectives in -ed/-ing, and settings that are no speaker', () => {
  it('keeps `an unnamed source`, `An unidentified official`, `The ruling party` whole', () => {
    const q = sources(
      'The agency cited an unnamed source in the defence ministry as saying the drills would end on Friday. ' +
        'An unidentified official said the talks had failed. The ruling party said it would win.',
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'cited', speaker: 'an unnamed source' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'An unidentified official' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'The ruling party' }));
  });

  it('gives no attribution a setting (`in a video`) for its source', () => {
    const q = sources(
      'A brigade commander, in a video posted on the unit’s channel, said his troops were short of shells.',
    );
    for (const a of q) expect(a.source ?? '').not.toMatch(/^in /);
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', source: 'A brigade commander' }));
  });
});

describe('wire attributions with a party tag and with anonymity', () => {
  it('reads a quotation signed by a legislator with a party tag and an office', () => {
    const text =
      '"They are throwing recruits at the problem," Sen. Jane Holloway, D-Va., chairwoman of the intelligence panel, said in an interview.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(
      expect.objectContaining({
        content: 'They are throwing recruits at the problem',
        speaker: 'Sen. Jane Holloway',
      }),
    );
  });

  it('reads no words in `on condition of anonymity to discuss`', () => {
    const q = sources(
      'The official, who spoke on condition of anonymity to discuss intelligence matters, said Moscow was recruiting 30,000 soldiers a month.',
    );
    expect(q.map((a) => a.cue)).toEqual(['said']);
  });
});

describe('estimates as claims', () => {
  it('reads `puts X far higher, at N` and a bare noun phrase object, not an idiom', () => {
    const q = sources(
      'Kyiv puts the enemy’s losses far higher, at nearly 700,000. Analysts put Russian casualties at 450,000. ' +
        'The visitors put pressure on the champions at 2-0.',
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'puts', source: 'Kyiv' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'put', source: 'Analysts' }));
    expect(q).not.toContainEqual(expect.objectContaining({ source: 'The visitors' }));
  });
});

describe('a description before a name after the cue', () => {
  it('lets the name speak (`added her deputy, Tomas Kral, …`)', () => {
    const text =
      '“Nobody in Europe wants a war,” added her deputy, Tomas Kral, “but nobody will be intimidated either.” ' +
      '“We are ready,” said the ministry’s spokesman, Ivan Petrov.';
    const q = quotes(text).map((x) => x.speaker);
    expect(q).toEqual(['Tomas Kral', 'Tomas Kral', 'Ivan Petrov']);
  });
});

describe('the sentence of a participle before a quotation, and a time after the content', () => {
  it('takes the participle’s subject from its own sentence, not the paragraph’s first', () => {
    const text =
      'Officials said nothing. Press secretary Dana Moss declined to rule anything out, saying only that "all options are on the table."';
    const q = quotes(text);
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'saying', speaker: 'Press secretary Dana Moss' }),
    );
  });

  it('ends a content before `, a day after …`', () => {
    const text =
      'The president said her government would not accept foreign troops, a day after a report that strikes were planned.';
    const q = quotes(text).map((x) => x.content);
    expect(q).toContain('her government would not accept foreign troops');
  });
});

describe('she after a person named behind a title', () => {
  it('is that person, not the last speaker of unknown gender', () => {
    const text =
      'Coach Ange Kowal said his side had been naive in the second half. "We gave them too much space," he said. ' +
      'Striker Alessia Marino, who scored twice, was more upbeat. "We will learn from this," she said.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(
      expect.objectContaining({ content: 'We will learn from this', speaker: 'Alessia Marino' }),
    );
  });
});

describe('connectives opening a participle’s sentence', () => {
  it('are no speaker (`And then Trump went on the attack, saying …`)', () => {
    const text =
      'And then the governor went fully on the attack, saying, "Is the mayor going to resign?" ' +
      'The approach contrasted with that of Senator Ruth Alvarez. She first tweeted a note of concern for the victims.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'saying', speaker: 'the governor' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'first tweeted', speaker: 'Ruth Alvarez' }));
  });
});

describe('a cue inside a relative clause set off by commas, several words after its pronoun', () => {
  it('ends its content at the clause’s closing comma', () => {
    const text =
      'The rebel group, who Kinshasa and U.N. experts say are backed by a neighbour, deny targeting civilians.';
    const q = quotes(text);
    expect(q).toContainEqual(expect.objectContaining({ content: 'are backed by a neighbour', cue: 'say' }));
  });
});

describe('British spellings of cues', () => {
  it('read as their American forms do (signalled, labelled, criticised)', () => {
    const q = sources(
      'The central bank has signalled it may cut rates again in March. The union has labelled the offer an insult. ' +
        'The minister criticised the plan as reckless.',
    );
    expect(q.map((a) => a.cue)).toEqual(['has signalled', 'has labelled', 'criticised']);
  });

  it('are made by withBritish, with nonsense variants harmless', () => {
    expect(withBritish('signaled')).toEqual(['signaled', 'signalled']);
    expect(withBritish('emphasizing')).toEqual(['emphasizing', 'emphasising']);
    expect(withBritish('said')).toEqual(['said']);
  });
});

describe('no answer, and a deed summed up after the content', () => {
  it('reads no words in `did not immediately respond to a request for comment on …`', () => {
    const q = sources('The ministry did not immediately respond to a request for comment on the details.');
    expect(q).toHaveLength(0);
  });

  it('ends a content before `, a move that X called …` and reads X calling it', () => {
    const text =
      'The president said he would impose 25% tariffs on imported cars, a move that the neighbouring prime minister called "a direct attack" on workers.';
    const q = quotes(text);
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'he would impose 25% tariffs on imported cars' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'called', speaker: 'the neighbouring prime minister' }),
    );
  });
});

describe('a quotation that closes a sentence it did not open', () => {
  it('belongs to that sentence, not to the cue of the next one', () => {
    const text =
      'The main opposition party called the arrest "a coup against our next president." Its leader, Ozan Kaya, urged supporters to boycott the firms.';
    const q = quotes(text);
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'called', content: 'the arrest "a coup against our next president."' }),
    );
    expect(q.filter((x) => x.cue === 'urged').map((x) => x.content)).toEqual([
      'supporters to boycott the firms',
    ]);
  });
});

describe('a participle after a setting’s reduced relative', () => {
  it('takes the clause’s subject, by name after a description (`His rival, George Simion, …`)', () => {
    const text =
      'His rival, Radu Simonescu, initially claimed victory, then conceded in a video posted on Facebook, saying the people had decided.';
    expect(quotes(text)).toContainEqual(
      expect.objectContaining({ cue: 'saying', speaker: 'Radu Simonescu' }),
    );
  });
});

describe('a participle used as an adjective in a speaker phrase after a cue', () => {
  it('keeps `the visiting minister` and `the tracking site X` whole', () => {
    expect(quotes('"We will not give up," said the visiting minister.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'the visiting minister' }),
    );
    expect(
      quotes('More than 40,000 homes were without power, according to the tracking site GridWatch.'),
    ).toContainEqual(
      expect.objectContaining({ cue: 'according to', speaker: 'the tracking site GridWatch' }),
    );
  });
});

describe('the terms of an interview', () => {
  it('are no words spoken (`who spoke on condition of anonymity because …`)', () => {
    const q = quotes(
      'The minister, who spoke on condition of anonymity because she was not authorized to discuss the talks, said a deal was close.',
    );
    expect(q.map((x) => x.cue)).toEqual(['said']);
    expect(quotes('The aide talked on background because the plan was secret.')).toHaveLength(0);
  });
});

describe('a pronoun with no person named before it', () => {
  it('stands for the person described, as a speaker or as a sentence’s subject', () => {
    expect(
      quotes('A police spokeswoman confirmed the arrest. She said the suspect was being questioned.'),
    ).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'A police spokeswoman' }));
    expect(quotes('The foreign minister was blunt. "We will not be blackmailed," she said.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'The foreign minister' }),
    );
  });
  it('not for a description of the other gender, nor for a person named before it', () => {
    expect(quotes('The actress was silent. "We are ready," he said.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'he' }),
    );
    expect(
      quotes('Maria Lopez said the vote was close. The treasurer was blunt. "We are broke," she said.'),
    ).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Maria Lopez' }));
  });
});

describe('`allege` in the present', () => {
  it('is a cue of a claim (`Prosecutors allege that …`, `alleging that …`)', () => {
    expect(quotes('Prosecutors allege that the mayor, 42, took $3 million from the fund.')).toContainEqual(
      expect.objectContaining({ cue: 'allege', speaker: 'Prosecutors' }),
    );
  });
});

describe('a participle after a quotation’s closing mark and its comma', () => {
  it('is said by the clause’s subject, and ends the content before it', () => {
    const q = quotes('The cartel rejected the forecast as "dangerous," saying it could scare off investors.');
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'saying',
        speaker: 'The cartel',
        content: 'it could scare off investors',
      }),
    );
    expect(q.find((x) => x.cue === 'rejected')?.content).toBe('the forecast as "dangerous,"');
  });
});

describe('a definite epithet of a person', () => {
  it('stands for the person named before (`the Dutchman`, `the 34-year-old`)', () => {
    expect(
      quotes('Coach Arne Vos said the team was tired. "We were not good enough," the Dutchman said.'),
    ).toContainEqual(
      expect.objectContaining({ content: 'We were not good enough', speaker: 'Coach Arne Vos' }),
    );
    expect(
      quotes('Peter Lund said he was innocent. "I did nothing wrong," the 34-year-old told the court.'),
    ).toContainEqual(expect.objectContaining({ content: 'I did nothing wrong', speaker: 'Peter Lund' }));
  });
});

describe('a reduced relative clause after the cue’s setting', () => {
  it('tells of the setting’s document, not what was said (`said in its report, released on …`)', () => {
    const q = quotes(
      'The navy has doubled its fleet of drones, the ministry said in its annual report to parliament, released on Wednesday.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'The navy has doubled its fleet of drones' }),
    );
    expect(q.map((x) => x.content)).not.toContain('released on Wednesday');
  });
});

describe('a claim judged in the passive', () => {
  it('is the agent’s stance on the claim (`…, a claim denied by the army`)', () => {
    const q = quotes(
      'The rebels have captured the airport, a claim rejected by the government in the capital.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'rejected', content: 'The rebels have captured the airport' }),
    );
    expect(q.find((x) => x.cue === 'rejected')?.speaker).toMatch(/^the government/);
    const r = quotes('The militia said it had taken the city, a claim denied by the army.');
    expect(r).toContainEqual(
      expect.objectContaining({ cue: 'denied', speaker: 'the army', content: 'it had taken the city' }),
    );
    expect(r).toContainEqual(expect.objectContaining({ cue: 'said', content: 'it had taken the city' }));
  });
});

describe('where it was said, after the content', () => {
  it('ends the content before `, in a joint statement` or `, in an interview with …`', () => {
    expect(
      quotes(
        'Paris and Berlin called for an immediate ceasefire, in a joint statement issued by their ministries.',
      ),
    ).toContainEqual(expect.objectContaining({ content: 'an immediate ceasefire' }));
    expect(
      quotes('The minister said the talks had failed, in an interview with a Swiss daily.'),
    ).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the talks had failed' }));
  });
  it('stays in a content it interrupts (`the city, in its statement of accounts, had lost money`)', () => {
    expect(quotes('She said the city, in its statement of accounts, had lost money.')).toContainEqual(
      expect.objectContaining({ content: 'the city, in its statement of accounts, had lost money' }),
    );
  });
});

describe('a source redrawn by the span model', () => {
  it('holds no other attribution’s cue (`X said A, adding B`: X adds)', () => {
    expect(
      sources('The minister said the talks had failed in Geneva, adding that she was tired.'),
    ).toContainEqual(expect.objectContaining({ cue: 'adding', source: 'The minister' }));
  });
});

describe('a relative clause set off by commas that holds a report of its own', () => {
  it('leaves the verb after it to the subject before it', () => {
    const q = quotes('The lender, which analysts say is losing money, denied the report.');
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'say', speaker: 'analysts', content: 'is losing money' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'denied', speaker: 'The lender', content: 'the report' }),
    );
    const r = quotes('Kovac, whom critics accuse of crushing dissent, rejected the charges.');
    expect(r).toContainEqual(expect.objectContaining({ cue: 'accuse of', content: 'crushing dissent' }));
    expect(r).toContainEqual(expect.objectContaining({ cue: 'rejected', speaker: 'Kovac' }));
  });
});

describe('a relative clause set off by commas that asks for anonymity', () => {
  it('leaves the speaker its whole description (`A person familiar with the matter, who asked not to be identified, said`)', () => {
    expect(
      quotes(
        'A person familiar with the matter, who asked not to be identified, said the talks had stalled over insurance.',
      ),
    ).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'A person familiar with the matter' }));
  });
});

describe('`said only that …`', () => {
  it('leaves the focus word out of what was said', () => {
    expect(quotes('A spokesperson for the agency said only that inquiries were continuing.')).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'inquiries were continuing' }),
    );
  });
});

describe('a plural noun of speech before a verb', () => {
  it('is no cue (`the number of complaints doubled`)', () => {
    const q = sources('Data show the number of complaints doubled last year.');
    expect(q.map((x) => x.cue)).not.toContain('complaints');
  });
});

describe('`…, writing that …` and a refusal to comment', () => {
  it('ends the content before the participle of writing', () => {
    const q = quotes(
      'The singer thanked fans in a post on Friday, writing that the tour had been "electric."',
    );
    expect(q.find((x) => x.cue === 'thanked')?.content).not.toMatch(/writing/);
    expect(q).toContainEqual(expect.objectContaining({ cue: 'writing', speaker: 'The singer' }));
  });
  it('reads `declined to comment on reports that …` as no words, past a content cut at `to`', () => {
    expect(quotes('Her agent declined to comment on reports that a new album was coming.')).toEqual([]);
  });
});

describe('`Pressed on whether …, X said`', () => {
  it('is a question put, as `Asked whether` is, and X still speaks', () => {
    const q = sources('Pressed on whether he had the votes, Johnson said: "We will see."');
    expect(q).toContainEqual(expect.objectContaining({ cue: 'Pressed', source: null }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said:', source: 'Johnson' }));
  });
});

describe('`&` and `+` inside a speaker’s name', () => {
  it('stay in it (`Procter & Gamble`, `OPEC+`, `PG&E officials`)', () => {
    expect(quotes('Procter & Gamble said it would raise prices next year.')).toContainEqual(
      expect.objectContaining({ speaker: 'Procter & Gamble' }),
    );
    expect(quotes('Oil prices rose after OPEC+ said it would extend output cuts.')).toContainEqual(
      expect.objectContaining({ speaker: 'OPEC+' }),
    );
    expect(quotes('Brush is dry and PG&E officials said the lines would be shut off.')).toContainEqual(
      expect.objectContaining({ speaker: 'PG&E officials' }),
    );
  });
});

describe('set phrases of `said`', () => {
  it('report no one’s words (`after all is said and done`, `easier said than done`)', () => {
    expect(quotes('After all is said and done, you will be left with one or two.')).toEqual([]);
    expect(sources('That is easier said than done, the coach said.').map((x) => x.source)).toEqual([
      'the coach',
    ]);
  });
});

describe('review of the thirteenth session’s rules', () => {
  it('pairs no straight single mark of an elision or a plural possessive', () => {
    expect(quotes("'Tis the season for bargains, the retailers' group said on Monday.")).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: "the retailers' group" }),
    );
    expect(quotes("'We back the workers' demands in full,' the union leader said.")).toContainEqual(
      expect.objectContaining({
        content: "We back the workers' demands in full",
        speaker: 'the union leader',
      }),
    );
  });
  it('reads `warned the rising dollar would …` as the clause said, not a hearer', () => {
    expect(quotes('Analysts warned the rising dollar would hurt exporters.')).toContainEqual(
      expect.objectContaining({ content: 'the rising dollar would hurt exporters' }),
    );
    expect(quotes('She told Reuters the deal would close soon.')).toContainEqual(
      expect.objectContaining({ content: 'the deal would close soon' }),
    );
  });
  it('keeps the content after a setting’s reduced relative and its `, that`', () => {
    expect(
      quotes('The ministry said in a statement, released on Wednesday, that the border would reopen.'),
    ).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the border would reopen' }));
  });
  it('reads no question in `Pressed for time, …`', () => {
    expect(
      quotes('Pressed for time, the council delayed the vote, officials said.').map((x) => x.cue),
    ).toEqual(['said']);
  });
  it('opens a speaker phrase at the article before a numeral or `other`', () => {
    const q = quotes(
      'Lisbon and Madrid called for a truce, the two governments said in a statement. ' +
        'The merger will close in March, its other partners said.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'said',
        content: 'Lisbon and Madrid called for a truce',
        speaker: 'the two governments',
      }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'called for', content: 'a truce' }));
    expect(q).toContainEqual(expect.objectContaining({ speaker: 'its other partners' }));
  });
  it('keeps a preposition in capitals as part of an acronym (`AT&T`)', () => {
    expect(sources('AT&T said on Tuesday that it would cut 2,000 jobs.')).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'AT&T' }),
    );
    expect(sources('In March the regulator said the merger could go ahead.')).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'the regulator' }),
    );
  });
  it('gives no one entity as the speaker of two named speakers, and keeps the phrase', () => {
    const text =
      'Spain and Portugal called for calm on Sunday. ' +
      'Senator Maria Lopez and Governor Tom Hale said the bridge would reopen. ' +
      'Senator Maria Lopez said the repairs were done.';
    const q = pipelineQuotes(text);
    const both = q.filter(
      (m) => m.speakerText === 'Spain and Portugal' || /and Governor/.test(m.speakerText ?? ''),
    );
    expect(both).toHaveLength(2);
    for (const m of both) expect(m.speaker).toBeNull();
    const one = q.find((m) => text.slice(m.span[0], m.span[1]) === 'the repairs were done');
    expect(one && one.speaker && text.slice(one.speaker[0], one.speaker[1])).toBe('Maria Lopez');
  });
  it('keeps a closing setting in the content of `According to …,` and gives the issuer of a text as its speaker', () => {
    expect(quotes('According to the ministry, the drills will end on Sunday.')).toContainEqual(
      expect.objectContaining({ cue: 'According to', content: 'the drills will end on Sunday' }),
    );
    const text =
      'According to a summary released by the Elysee Palace, the two presidents agreed to meet again.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'According to', speaker: 'the Elysee Palace', via: null }),
    );
  });
  it('reads a denial after a reported clause as denying that clause, by its subject', () => {
    const text =
      'Moldova said Romania had closed the crossing, a charge it denied. ' +
      'Officers said Dan Pruitt had driven off, which he denied.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'denied',
        content: 'Romania had closed the crossing',
        speaker: 'Romania',
      }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'denied', content: 'Dan Pruitt had driven off', speaker: 'Dan Pruitt' }),
    );
  });
  it('reads `it` as the body or country opening its sentence', () => {
    const text =
      'The report was published by the Lancet on Monday. ' +
      'Hungary closed its consulate on Friday over what it called a "hostile campaign" in the press.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'called', speaker: 'Hungary' }));
  });
  it('leaves a participle’s appositive out of the speaker, and ends a content before a claim noun and its judges', () => {
    const text =
      'The survey, published in the journal Science, found that glaciers were retreating faster. ' +
      'Veltro Motors said its battery lasts a decade, a claim engineers greeted with doubt.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'found', speaker: 'The survey' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', content: 'its battery lasts a decade' }));
  });
  it('reads no plural of a person noun as the referent of `he`', () => {
    const q = quotes(
      'The port said 300 boats were stuck, a count residents disputed. He said the port would reopen.',
    );
    expect(q.find((x) => x.content === 'the port would reopen')?.speaker).toBe('He');
  });
  it('says a quotation woven into another attribution’s content once, not again as the last speaker going on', () => {
    const q = sources(
      'Maria Lopez said: "We are ready for the vote." Voters, she said, want "a fair deal for every family."',
    );
    expect(q.map((a) => a.cue)).toEqual(['said:', 'said']);
  });
  it('reads the speaker before a participle’s appositive set off by commas, named or not', () => {
    const q = sources(
      'Dana Cole said: "We will win this race." The governor, speaking of her rival, said he "has no plan for the schools." ' +
        'Two aides, speaking on condition of anonymity, said the bill would pass.',
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', source: 'The governor' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Two aides' }));
    expect(q.filter((a) => a.speaker === 'Dana Cole')).toHaveLength(1);
  });
  it('starts a content after an aside set off by commas and its `that`', () => {
    expect(quotes('The mayor added, without giving a date, that the bridge would reopen.')).toContainEqual(
      expect.objectContaining({ cue: 'added', content: 'the bridge would reopen' }),
    );
    expect(quotes('Experts cautioned, however, that the figures might change.')).toContainEqual(
      expect.objectContaining({ cue: 'cautioned', content: 'the figures might change' }),
    );
  });
  it('reads a participle’s subject before its clause’s own verb, and ends a quoted object at its quotation', () => {
    const q = quotes(
      'Hundreds rallied outside the court on Friday chanting "Justice for Ana!" and waving banners. ' +
        'Crowds gathered, shouting “Not in our name,” as officers looked on.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'chanting', content: '"Justice for Ana!"', speaker: 'Hundreds' }),
    );
    expect(q).toContainEqual(expect.objectContaining({ content: '“Not in our name,”' }));
    expect(quotes('The critic named “Dune,” “Arrival” and “Her” as her favourites.')).toContainEqual(
      expect.objectContaining({ content: '“Dune,” “Arrival” and “Her” as her favourites' }),
    );
  });
  it('reads the words before a speaker set off by commas as a first content, a setting after the cue notwithstanding', () => {
    const q = quotes(
      'Drones hit a depot near the port overnight, the mayor said on Telegram, cutting power to the docks.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'Drones hit a depot near the port overnight' }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', content: 'cutting power to the docks' }));
  });
  it('keeps no reported content that is one particle', () => {
    const text =
      'Radio host Tom Bell minced no words on Tuesday in sharing what he thinks of the mayor’s endorsement of Jane Roe.';
    for (const q of quotes(text)) expect(q.content).not.toMatch(/^(?:of|about|for|on)$/);
  });
  it('goes on with a short quotation that is a sentence of its own', () => {
    const q = quotes('“The plan works,” the deputy told reporters on Sunday. “Give it time.”');
    expect(q).toContainEqual(expect.objectContaining({ content: 'Give it time.', speaker: 'the deputy' }));
  });
  it('opens the cue `spoke at length` with its verb', () => {
    expect(sources('The governor spoke at length about the drought.')).toContainEqual(
      expect.objectContaining({ cue: 'spoke at length about', source: 'The governor' }),
    );
  });
  it('keeps the review’s cases: a quoted setting before a clause, offices joined by `and`, carriers, participles’ agents', () => {
    expect(
      quotes('The minister said "in the coming weeks," the army would leave the border.'),
    ).toContainEqual(
      expect.objectContaining({ content: '"in the coming weeks," the army would leave the border' }),
    );
    expect(quotes('Roe said "mistakes were made," and that the ministry would act.')).toContainEqual(
      expect.objectContaining({ content: '"mistakes were made," and that the ministry would act' }),
    );
    const text =
      "Spain's Minister for Europe and Trade Ana Ruiz said the deal would hold. " +
      'According to a report carried by the state news agency KCNA, the missile flew 600 km.';
    const q = pipelineQuotes(text).map((m) => ({ ...quoteTexts(text, m), entity: m.speaker }));
    const ruiz = q.find((x) => x.content === 'the deal would hold');
    expect(ruiz?.entity && text.slice(ruiz.entity[0], ruiz.entity[1])).toBe('Ana Ruiz');
    expect(q).toContainEqual(expect.objectContaining({ content: 'the missile flew 600 km', via: 'KCNA' }));
    const club = 'The club, coached by Marco Ferri, said it would appeal the ban.';
    expect(pipelineQuotes(club).map((m) => quoteTexts(club, m))).toContainEqual(
      expect.objectContaining({ content: 'it would appeal the ban', speaker: 'The club' }),
    );
  });
  it('gives the named body of figures or a text as the speaker (`according to Pentagon data`)', () => {
    const text = 'According to Pentagon data, 40 drones were shot down.';
    const [q] = pipelineQuotes(text);
    expect(q && q.speaker && text.slice(q.speaker[0], q.speaker[1])).toBe('Pentagon');
  });
  it('ends a content before the writer’s sum-up of it (`, a result that …`)', () => {
    expect(
      quotes('The coach said his side deserved more from the 1-1 draw, a result that leaves them third.'),
    ).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'his side deserved more from the 1-1 draw' }),
    );
  });
  it('reads a told clause that has begun before an `if`, past a hearer of more words, and after a subject pronoun', () => {
    expect(
      quotes('The governor told a news conference the bank would keep rates high if prices rose.'),
    ).toContainEqual(
      expect.objectContaining({ cue: 'told', content: 'the bank would keep rates high if prices rose' }),
    );
    expect(
      quotes('The novelist told talk radio host Dan Reyes he would run as an independent if he could.'),
    ).toContainEqual(
      expect.objectContaining({ cue: 'told', content: 'he would run as an independent if he could' }),
    );
    expect(quotes("Now and then I'd be reminded I was streaming when the picture froze.")).toContainEqual(
      expect.objectContaining({ content: 'I was streaming when the picture froze' }),
    );
  });
  it('reads no stance in a legislature passing a package, figures in its name notwithstanding', () => {
    expect(
      quotes('The Senate passed a $95 billion aid package early Tuesday, sending it to the House.').map(
        (q) => q.cue,
      ),
    ).not.toContain('passed');
  });
  it('reads a refusal’s infinitive as no stance of its own', () => {
    expect(quotes('Ahern declined to discuss a motive.').map((q) => q.cue)).toEqual(['declined']);
  });
  it('reads a naming participle after its noun as a name, not a quote', () => {
    const q = quotes(
      'In 2027, the two allies are scheduled to hold naval drills dubbed “Iron Gate.” Critics dubbed the plan "a provocation."',
    );
    expect(q.map((x) => x.content)).not.toContain('“Iron Gate.”');
    const past = quotes('The allies staged drills with up to 9,000 troops, titled North Wind, last spring.');
    expect(past.map((x) => x.cue)).not.toContain('titled');
    expect(q).toContainEqual(expect.objectContaining({ cue: 'dubbed', speaker: 'Critics' }));
  });
  it('keeps review15’s cases: a content resuming after an appositive, names given by speakers, hearers with a whose clause', () => {
    expect(quotes('The coach said the draw, a result that leaves them third, was fair.')).toContainEqual(
      expect.objectContaining({ content: 'the draw, a result that leaves them third, was fair' }),
    );
    expect(quotes('Local residents dubbed the storm "the Beast from the East."')).toContainEqual(
      expect.objectContaining({ cue: 'dubbed', speaker: 'Local residents' }),
    );
    expect(
      quotes('The mayor told residents whose homes were flooded that aid would arrive on Monday.'),
    ).toContainEqual(expect.objectContaining({ cue: 'told', content: 'aid would arrive on Monday' }));
  });
});

describe('wire probes of the fifteenth session', () => {
  it('reads no dateline before an opening quotation as its lead-in', () => {
    const text = 'LONDON (AP) — "We were second to every ball," Vos told reporters on Saturday.';
    const marked = findQuotes({ text, sentences: splitSentences(text), dateline: [0, 13] }).map((f) =>
      text.slice(f.mention.span[0], f.mention.span[1]),
    );
    expect(marked).toEqual(['We were second to every ball']);
    // Unmarked, a dash still sets the words before it off from the quotation.
    expect(quotes('HARLOW — "Ask me in May," Okoro said.').map((q) => q.content)).toEqual(['Ask me in May']);
    // A lead-in of the reported sentence stays.
    expect(quotes('The new plans "will cut costs," he said.').map((q) => q.content)).toContain(
      'The new plans "will cut costs,"',
    );
  });
  it('gives a cue met by a verb of receiving no voice of its subject', () => {
    const faced = sources(
      'Vos faced questions about his future. Trump has faced criticism from rivals that his tone is ugly.',
    );
    for (const a of faced) expect(a.source ?? '').not.toMatch(/faced/);
    expect(faced).toContainEqual(expect.objectContaining({ source: 'rivals', speaker: 'rivals' }));
    const off = sources(
      'Vos brushed off questions about his future, saying only that the board had been supportive.',
    );
    expect(off).toContainEqual({ cue: 'brushed off', source: 'Vos', speaker: 'Vos' });
    expect(off).toContainEqual({ cue: 'saying', source: 'Vos', speaker: 'Vos' });
    for (const a of off) expect(a.speaker).not.toBe('off');
    expect(quotes('The minister shrugged off criticism of the plan.')).toContainEqual(
      expect.objectContaining({ cue: 'shrugged off', content: 'criticism of the plan' }),
    );
  });
  it('reads an aside after `According to X,` as the source’s, and what follows it as said', () => {
    expect(
      sources('According to Jane Roe, a spokeswoman for the airline, the engine had been overhauled.'),
    ).toEqual([
      { cue: 'According to', source: 'Jane Roe, a spokeswoman for the airline', speaker: 'Jane Roe' },
    ]);
    expect(
      quotes(
        'According to a person familiar with the probe, who spoke on condition of anonymity, the engine had been overhauled.',
      ),
    ).toContainEqual(expect.objectContaining({ content: 'the engine had been overhauled' }));
    // A noun phrase with a relative clause after it is what was said.
    expect(
      quotes('According to Roe, her old label Big Machine, which owns her songs, is blocking her.'),
    ).toContainEqual(
      expect.objectContaining({
        content: 'her old label Big Machine, which owns her songs, is blocking her',
      }),
    );
  });
  it('ends a content at a comma inside a closing quotation mark before another clause', () => {
    const q = quotes(
      'Her British counterpart accused Russia of "cynical obstruction," while the French envoy said Paris would take the text to the Assembly.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'accused', content: 'Russia of "cynical obstruction,"' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'Paris would take the text to the Assembly' }),
    );
    expect(quotes('He called the plan “a disaster,” but said he would vote for it.')).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'He', content: 'he would vote for it' }),
    );
  });
  it('reads a participle of blame, pledge or concession after a comma as a cue of its own', () => {
    const q = sources('The agency said cases had tripled in a year, blaming a drop in vaccination.');
    expect(q).toContainEqual({ cue: 'blaming', source: 'The agency', speaker: 'The agency' });
    const told = quotes(
      'Sanders told supporters he would not seek a recount, conceding the race to Clinton.',
    );
    expect(told).toContainEqual(
      expect.objectContaining({ cue: 'told', content: 'he would not seek a recount' }),
    );
  });
  it('reads a noun phrase after a postposed speaker behind a clause as the writer’s comment', () => {
    expect(
      quotes(
        'Vanta will idle its plant, the company said on Friday, the latest sign that problems are spreading.',
      ).map((q) => q.content),
    ).toEqual(['Vanta will idle its plant']);
    // After a fronted setting the clause resumes past the speaker.
    expect(
      quotes('During his years in office, Mr. Obama said, a majority of Americans have come to agree.').map(
        (q) => q.content,
      ),
    ).toContain('a majority of Americans have come to agree');
  });
  it('ends a postposed source before a comparison with an old value', () => {
    expect(sources('Turnout was 58%, according to the commission, up from 51% four years ago.')).toEqual([
      { cue: 'according to', source: 'the commission', speaker: 'the commission' },
    ]);
  });
  it('keeps the clause’s subject out of a one-word hearer, and a quantified subject out of any', () => {
    const c = (t: string) => quotes(t).map((q) => q.content);
    expect(c('A spokesman told us engineers were working flat out.')).toEqual([
      'engineers were working flat out',
    ]);
    expect(c('A spokesman told reporters engineers were working flat out.')).toEqual([
      'engineers were working flat out',
    ]);
    expect(c('He warned some customers could be cut off until Wednesday.')).toEqual([
      'some customers could be cut off until Wednesday',
    ]);
    expect(c('She told business leaders the rate would rise.')).toEqual(['the rate would rise']);
  });
  it('reads `putting X at N` after a comma as the speaker’s estimate', () => {
    const q = sources(
      '"Losses were heavy," the spokesman said on Tuesday, putting Russian casualties at about 1,200.',
    );
    expect(q).toContainEqual({ cue: 'putting', source: 'the spokesman', speaker: 'the spokesman' });
    expect(quotes('Officials put the toll at 40, putting pressure on the mayor.').map((x) => x.cue)).toEqual([
      'put',
    ]);
  });
  it('reads `As X put it,` and `In the words of X,` before a quotation as its speaker', () => {
    expect(sources('As Gaiman put it, “Had he stayed with one world, he would have been famous.”')).toEqual([
      { cue: 'put it', source: 'Gaiman', speaker: 'Gaiman' },
    ]);
    expect(
      sources('As Steven Rosen, a tax lawyer, recently put it, "Did he lower his taxes legally?"'),
    ).toEqual([{ cue: 'put it', source: 'Steven Rosen, a tax lawyer,', speaker: 'Steven Rosen' }]);
    expect(sources('In the words of one diplomat, "the talks are dead."')).toEqual([
      { cue: 'In the words of', source: 'one diplomat', speaker: 'one diplomat' },
    ]);
    // A writer's `As expected,` is no part of the quotation after it.
    expect(quotes('As expected, "the talks are dead," he said.').map((q) => q.content)).toEqual([
      'the talks are dead',
    ]);
  });
  it('goes on with the speaker of the sentence before for a short quoted sentence of its own', () => {
    for (const text of [
      'Sanders said young voters were tired of bigotry. "They are sick and tired of discrimination."',
      'Sanders said young voters were tired of bigotry.\n\n"They are sick and tired of discrimination."',
    ])
      expect(quotes(text)).toContainEqual(
        expect.objectContaining({
          content: 'They are sick and tired of discrimination.',
          speaker: 'Sanders',
        }),
      );
    // With no attribution before it, a short quotation is still dropped.
    expect(quotes('The storm hit at dawn. "Run for your lives now."')).toEqual([]);
  });
  it('reads a thing agreed and `refused to be drawn` as deeds, not words', () => {
    expect(quotes('Mendes has already agreed personal terms.')).toEqual([]);
    expect(quotes('The two leaders agreed a ceasefire on Monday.')).toEqual([]);
    expect(quotes('The coach refused to be drawn on the talks.')).toEqual([]);
    // A clause agreed is a stance.
    expect(quotes('Both sides agreed the plan was sound.').map((q) => q.content)).toEqual([
      'the plan was sound',
    ]);
    expect(quotes('Nearly all agreed Pence won the debate.').map((q) => q.content)).toEqual([
      'Pence won the debate',
    ]);
  });
  it('gives `The statement added` to whoever issued the statement just before', () => {
    const text =
      'In a statement, the union Harbour Workers said it was devastated. The statement added that volunteers had offered to help.';
    const q = quotes(text);
    const speakers = q.map((x) => x.speaker);
    expect(speakers[1]).toBe(speakers[0]);
    expect(speakers[1]).not.toBe('The statement');
    // (Not a statement no one issued before.)
    expect(quotes('The statement added that volunteers had offered to help.').map((x) => x.speaker)).toEqual([
      'The statement',
    ]);
  });
  it('gives a participle after `said in a post on X,` the speaker of that cue, not the content’s subject', () => {
    expect(
      sources(
        'The factory will reopen next week, Musk said in a post on X, adding that staff would be paid.',
      ),
    ).toContainEqual({ cue: 'adding', source: 'Musk', speaker: 'Musk' });
  });
  it('keeps `she` from a man named by a given name of international news (`Kazuo Ueda`)', () => {
    const text = 'Governor Kazuo Ueda spoke first. "We support the bank," she said.';
    const q = pipelineQuotes(text).map((m) => quoteTexts(text, m));
    expect(q.map((x) => x.speaker)).not.toContain('Kazuo Ueda');
    const he = 'Governor Kazuo Ueda spoke first. "We support the bank," he said.';
    expect(pipelineQuotes(he).map((m) => quoteTexts(he, m).speaker)).toEqual(['Kazuo Ueda']);
  });
  it('reads a page label before a colon (`Fact Check:`, `Recap:`) as no speaker; a poll still speaks', () => {
    expect(quotes('Fact Check: Did the Governor Really Cut School Funding?')).toEqual([]);
    expect(quotes('Recap: Harlow United Lose Again at Home')).toEqual([]);
    expect(sources('Poll: Clinton and Trump in dead heat heading into first debate')).toContainEqual(
      expect.objectContaining({ source: 'Poll' }),
    );
  });
});

describe('review16: shapes the fifteenth session’s rules misread', () => {
  it('an appositive of the content’s subject after `According to X,` stays in the content', () => {
    for (const [text, content] of [
      [
        'According to the coach, the striker, 24, will miss the final.',
        'the striker, 24, will miss the final',
      ],
      [
        'According to the indictment, the former mayor, along with two aides, accepted bribes.',
        'the former mayor, along with two aides, accepted bribes',
      ],
      [
        'According to a statement, the victim, a teacher, was taken to hospital.',
        'the victim, a teacher, was taken to hospital',
      ],
      [
        'According to the report, its author, a former judge, found no evidence of fraud.',
        'its author, a former judge, found no evidence of fraud',
      ],
    ] as const)
      expect(quotes(text).map((q) => q.content)).toEqual([content]);
    // (The source’s own appositive is still the source’s.)
    expect(
      quotes('According to Jane Roe, a spokeswoman for the airline, the engine failed after take-off.').map(
        (q) => q.content,
      ),
    ).toEqual(['the engine failed after take-off']);
  });

  it('a clause fronted by a subordinator resumes after `…, residents said,`', () => {
    for (const [text, content] of [
      [
        'After the storm passed, residents said, the streets were flooded for days.',
        'the streets were flooded for days',
      ],
      [
        'Because the bridge is unsafe, the council said, the road will stay closed.',
        'the road will stay closed',
      ],
      [
        'Once the votes are counted, officials said, the results will be published.',
        'the results will be published',
      ],
    ] as const)
      expect(quotes(text).map((q) => q.content)).toContain(content);
    // A clause of its own after the speaker’s comma is said too (a comma splice).
    for (const [text, content] of [
      ['The war is over, the president said, the troops will come home.', 'the troops will come home'],
      [
        'The team is ready, the coach said, its players are fit and hungry.',
        'its players are fit and hungry',
      ],
    ] as const)
      expect(quotes(text).map((q) => q.content)).toContain(content);
    // (A writer’s comment after a main clause is still no content.)
    expect(
      quotes('The plant will close, the company said, a decision that will cost 300 jobs.').map(
        (q) => q.content,
      ),
    ).toEqual(['The plant will close']);
    expect(
      quotes('The plant will close in May, the company said on Friday, the latest sign of trouble.').map(
        (q) => q.content,
      ),
    ).toEqual(['The plant will close in May']);
  });

  it('`US` in capitals is no object pronoun of a hearer', () => {
    expect(
      quotes('Blinken told US diplomats embassies would stay open.').map((q) => q.content),
    ).not.toContain('diplomats embassies would stay open');
    expect(quotes('The minister told us engineers were working.').map((q) => q.content)).toEqual([
      'engineers were working',
    ]);
    // (A plural that modifies a noun is no hearer either.)
    expect(quotes('The company warned sales figures would disappoint.').map((q) => q.content)).toEqual([
      'sales figures would disappoint',
    ]);
  });

  it('a clause agreed in the present tense is a stance (`agreed the risks remain high`)', () => {
    for (const [text, content] of [
      ['Officials agreed the risks remain significant.', 'the risks remain significant'],
      ['Economists agreed the economy looks weak.', 'the economy looks weak'],
      ['The coach agreed his side needs a new striker.', 'his side needs a new striker'],
      ['Scientists agreed the results show a clear link.', 'the results show a clear link'],
    ] as const)
      expect(quotes(text).map((q) => q.content)).toContain(content);
    expect(quotes('The union agreed a new pay deal with the company.')).toEqual([]);
  });

  it('`weather warnings` is no verb of receiving before its cue', () => {
    expect(
      quotes('The Met Office issued weather warnings that heavy rain could cause flooding.').map(
        (q) => q.content,
      ),
    ).toContain('heavy rain could cause flooding');
    expect(quotes('The minister will field questions about the contract.')).toEqual([]);
  });

  it('a verb of saying after a verb of receiving ends a relative clause: its speaker stays', () => {
    for (const text of [
      'The team they drew said the pitch was poor.',
      'Every opponent he has faced says he is the best.',
    ])
      expect(quotes(text).map((q) => q.speaker)).not.toContain(null);
  });

  it('a short quoted title or slogan does not go on as the last speaker’s words', () => {
    const text =
      'The coach said the team was tired. "Operation Comeback Starts Now." The banner hung above the stand.';
    expect(quotes(text).map((q) => q.content)).toEqual(['the team was tired']);
  });

  it('`said on the Hill` is Capitol Hill, no outlet relaying', () => {
    const own = { published: null, outlet: 'Harbour Ledger' };
    expect(
      pipelineQuotes('The senator said on the Hill that the vote was rigged.', own).map((m) => m.viaText),
    ).toEqual([null]);
    expect(
      pipelineQuotes('The mayor said on social media that the roads were closed.', own).map((m) => m.viaText),
    ).toEqual([null]);
    expect(
      pipelineQuotes('The minister said on state television that the offensive had failed.', own).map(
        (m) => m.viaText,
      ),
    ).toEqual(['state television']);
  });

  // Known, not fixed (reported): `the company` after a content opened by another body is read as
  // that body even when an earlier company is the one meant.
  it('`the company` after a content opened by a regulator is the company named before', () => {
    const text =
      'Moderna shares rose on Friday. The FDA approved its booster shot for children, the company said.';
    expect(pipelineQuotes(text).map((m) => m.speakerText)).toEqual(['Moderna']);
  });

  it('stays linear on one long sentence of many `…, X said, …` (work ratio)', () => {
    // Each parenthetical speaker once read its head from the sentence start (quadratic).
    const steps = (text: string) => {
      const counter = { steps: 0 };
      findQuotes({ text, sentences: splitSentences(text), counter });
      return counter.steps;
    };
    for (const unit of [
      'Prices rose sharply in March and April, the ministry said, ',
      'The war is over, the president said, the troops will come home, ',
    ]) {
      const small = unit.repeat(Math.ceil(10_000 / unit.length));
      const big = unit.repeat(Math.ceil(80_000 / unit.length));
      expect(steps(big) / Math.max(1, steps(small))).toBeLessThan(10);
    }
  });
  it('reads `warned against` and `warns of` as one cue, not a hearer `against`', () => {
    expect(quotes('Ruiz warned against premature celebration.')).toEqual([
      { content: 'premature celebration', cue: 'warned against', speaker: 'Ruiz' },
    ]);
    expect(quotes('Trump warned against potential hackers from China.').map((q) => q.content)).toEqual([
      'potential hackers from China',
    ]);
    // A hearer still ends before the clause (`warned residents the river could …`).
    expect(quotes('He warned residents the river could burst its banks.').map((q) => q.content)).toEqual([
      'the river could burst its banks',
    ]);
  });
});

describe('wire probes of the sixteenth session', () => {
  it('reads a speaker past a relative clause that ends in a quotation', () => {
    for (const text of [
      'Okafor, who calls the mayor a “wrecker,” said the vote would be close.',
      'Okafor, who has called the plan "a disaster," said the vote would be close.',
      'Okafor, who called it “reckless,” told reporters the vote would be close.',
    ])
      expect(sources(text)).toContainEqual(
        expect.objectContaining({ speaker: 'Okafor', source: expect.stringMatching(/^Okafor, who .*[”"]$/) }),
      );
  });
  it('keeps a short quotation set off by commas inside a reported clause', () => {
    const q = quotes('He said the film, “Dune,” was far too long.');
    expect(q).toEqual([{ content: 'the film, “Dune,” was far too long', cue: 'said', speaker: 'He' }]);
    // A short quotation the cue introduces, followed by a phrase or a clause of its own, stays one.
    for (const text of [
      'Asked about it, Smith said, “Never,” with a smile.',
      'He said, “No,” adding that he would not resign.',
      'She told them, “Go,” and they went.',
    ])
      expect(quotes(text).map((x) => x.content)).toContain(text.match(/“(\w+),”/)![1]);
  });
});

describe('wire probes of the sixteenth session: who was asked, who blamed, who else spoke', () => {
  it('gives a subject set off with a passive of asking no question of its own', () => {
    const q = sources('A spokesperson, asked about supply problems, said only that production was on track.');
    expect(q).toEqual([{ cue: 'said', source: 'A spokesperson', speaker: 'A spokesperson' }]);
    expect(sources('The minister, pressed on the delay, said the contractors were to blame.')).toEqual([
      { cue: 'said', source: 'The minister', speaker: 'The minister' },
    ]);
    // Asking as a deed of its own still reads.
    expect(sources('Reporters asked about supply problems.')).toEqual([
      { cue: 'asked', source: 'Reporters', speaker: 'Reporters' },
    ]);
  });
  it('reads no inverted speaker after a verb whose object follows it', () => {
    expect(quotes('The minister, pressed on the delay, blamed the contractors.')).toEqual([
      { content: 'the contractors', cue: 'blamed', speaker: 'The minister' },
    ]);
    expect(quotes('The plan is dead, said the minister.')).toContainEqual(
      expect.objectContaining({ content: 'The plan is dead', speaker: 'the minister' }),
    );
  });
  it('opens a new attribution at `, and` after a short object content', () => {
    expect(quotes('Investors criticised the plan, and she said that the launch felt rushed.')).toEqual([
      { content: 'the plan', cue: 'criticised', speaker: 'Investors' },
      { content: 'the launch felt rushed', cue: 'said', speaker: 'she' },
    ]);
    // Without the comma a short object and `and` may still be one content.
    expect(quotes('He said his focus groups and other research show a lead.')).toEqual([
      { content: 'his focus groups and other research show a lead', cue: 'said', speaker: 'He' },
    ]);
  });
  it('reads a quantifier standing alone as the subject of a verb of saying', () => {
    expect(
      quotes('Investors questioned the plan, and several said that the launch felt rushed.'),
    ).toContainEqual({
      content: 'the launch felt rushed',
      cue: 'said',
      speaker: 'several',
    });
    expect(quotes('Some say the plan is too timid.')).toEqual([
      { content: 'the plan is too timid', cue: 'say', speaker: 'Some' },
    ]);
    // Not after a verb or an auxiliary: `some say` is a noun, `both` floats.
    expect(quotes('His friends wanted some say in the matter.').map((x) => x.cue)).not.toContain('say');
    for (const x of quotes('Trump and Sanders have both argued that workers lost jobs.'))
      expect(x.speaker).not.toBe('both');
  });
});

describe('wire probes of the sixteenth session: relative clauses and passives of asking', () => {
  it('reads no postposed content for a relative pronoun, and ends an inverted source before its relative clause', () => {
    const q = quotes('“Every vote matters,” said Deuel Ross, a lawyer with the fund, who argued the case.');
    for (const x of q) expect(x.content).not.toMatch(/said Deuel Ross/);
    expect(quotes('The vote matters, said Ross, who argued the case.')).toContainEqual({
      content: 'The vote matters',
      cue: 'said',
      speaker: 'Ross',
    });
  });
  it('gives a passive of asking no subject as source or content', () => {
    expect(quotes('The company had been asked to pay a ransom.')).toEqual([
      { content: 'to pay a ransom', cue: 'had been asked', speaker: null },
    ]);
    for (const x of quotes('Pence was asked about the delay on Monday.')) expect(x.content).not.toBe('Pence');
  });
  it('ends an `according to` source before a relative clause of saying, which is an attribution of its own', () => {
    const q = sources(
      'The attack began late Friday, according to a spokeswoman for the operator, who said patient records were safe.',
    );
    expect(q[0]).toEqual({
      cue: 'according to',
      source: 'a spokeswoman for the operator',
      speaker: 'a spokeswoman',
    });
    expect(
      quotes('The attack began late Friday, according to a spokeswoman, who said patient records were safe.'),
    ).toContainEqual(expect.objectContaining({ content: 'patient records were safe', cue: 'said' }));
    // A relative clause of another verb stays in the source.
    expect(
      sources('The attack began late Friday, according to Jane Roe, who runs the unit.')[0]!.source,
    ).toBe('Jane Roe, who runs the unit');
  });
});

describe('wire probes of the sixteenth session: a quotation closing a reported clause', () => {
  it('keeps a quotation after an inner `that` in the reported clause', () => {
    expect(quotes('Coe said the ban sent a message that “nobody is above the rules.”')).toEqual([
      { content: 'the ban sent a message that “nobody is above the rules.”', cue: 'said', speaker: 'Coe' },
    ]);
    // The cue's own `that`, after a hearer or a setting, still introduces the quotation.
    for (const text of [
      'He told the panel that “nobody is above the rules.”',
      'He said in a statement that “nobody is above the rules.”',
    ])
      expect(quotes(text).map((x) => x.content)).toEqual(['nobody is above the rules.']);
  });
});

describe('wire probes of the sixteenth session: a copula and a colon', () => {
  it('reads a speaker, a copula and an adjective before a colon as the quotation’s attribution', () => {
    expect(
      sources('Opposition leader Ann Cole was unmoved: “This budget robs the poorest streets.”'),
    ).toEqual([
      expect.objectContaining({
        source: 'Opposition leader Ann Cole',
        speaker: 'Opposition leader Ann Cole',
      }),
    ]);
    expect(sources('She was blunt: “We will not pay a penny more.”')).toEqual([
      expect.objectContaining({ source: 'She', speaker: 'She' }),
    ]);
    // A passive is a deed done to its subject, no lead-in of its words.
    for (const q of sources('Smith was sentenced: “He will serve ten years in prison.”'))
      expect(q.speaker).toBeNull();
    // A thing or an impersonal pronoun names no speaker.
    for (const text of [
      'It was clear: “We will not pay a penny more.”',
      'The message was simple: “We will not pay.”',
    ])
      for (const q of sources(text)) expect(q.speaker).toBeNull();
  });
});

describe('wire probes of the sixteenth session: speaker phrases opening with a figure', () => {
  it('reads a speaker after the cue whose modifier opens with a digit', () => {
    for (const [text, speaker] of [
      ['“They are wrong,” said 9/11 widow Terry Strada.', '9/11 widow Terry Strada'],
      ['“They are wrong,” said 23-year-old student Jane Roe.', '23-year-old student Jane Roe'],
    ])
      expect(quotes(text!)).toEqual([{ content: 'They are wrong', cue: 'said', speaker }]);
    // A figure reported after the cue stays in the content.
    expect(quotes('He said 40 people were killed.')).toEqual([
      { content: '40 people were killed', cue: 'said', speaker: 'He' },
    ]);
  });
});

describe('wire probes of the sixteenth session: a quotation after the rest of an attribution’s sentence', () => {
  it('goes on with the speaker of the sentence before, past a setting or a clause after its cue', () => {
    for (const text of [
      '“The politics are so blatant” in the chamber, Murray said in an interview. “They are not even trying to hide what they are doing to these families.”',
      'Carter said that critics had long predicted a withdrawal, but this would not happen.\n\n“We are here to stay. Our commitment to the region is firm and it will not change.”',
    ]) {
      const q = quotes(text);
      expect(q[q.length - 1]!.speaker).toBe(text.startsWith('Carter') ? 'Carter' : 'Murray');
    }
    // Not past another sentence of the writer's.
    const apart = quotes(
      'Murray said the bill would fail. The vote is due on Friday. “They are not even trying to hide what they are doing to these families.”',
    );
    expect(apart[apart.length - 1]!.speaker).toBeNull();
  });
});

describe('wire probes of the sixteenth session: set phrases naming a quotation’s speaker', () => {
  it('reads `According to X, “…”` and `As X wrote …, “…”` as the quotation’s attribution', () => {
    expect(sources('According to his aunt, Jane Starner, “He was a quiet child who loved chess.”')).toEqual([
      { cue: 'According to', source: 'his aunt, Jane Starner', speaker: 'Jane Starner' },
    ]);
    expect(quotes('As the columnist Lou Parsons wrote, “Hollywood never forgets a favour.”')).toEqual([
      { content: 'Hollywood never forgets a favour.', cue: 'wrote', speaker: 'the columnist Lou Parsons' },
    ]);
    expect(
      quotes('As Steve Adcock wrote on his blog, “Do not forget to live in the present.”')[0]!.speaker,
    ).toMatch(/Steve Adcock$/);
    expect(
      quotes(
        'As Steven Rosenthal, a tax lawyer at the center, recently put it, “Did he cut his taxes legally?”',
      )[0]!.speaker,
    ).toBe('Steven Rosenthal');
    // `As` of time or cause names no speaker.
    for (const q of quotes('As prices rose, “people stopped buying anything at all.”'))
      expect(q.speaker).toBeNull();
  });
});

describe('wire probes of the sixteenth session: a quoted sentence right after its cue', () => {
  it('reads `X says “…”` with no mark between as a direct quote of X', () => {
    expect(quotes('She says “Our campaign is built on jobs and on the families who need them.”')).toEqual([
      {
        content: 'Our campaign is built on jobs and on the families who need them.',
        cue: 'says',
        speaker: 'She',
      },
    ]);
    // A quoted fragment in lower case stays in the reported clause; a naming verb quotes no one.
    expect(quotes('He said “a lot of people” would lose their jobs.')).toEqual([
      { content: '“a lot of people” would lose their jobs', cue: 'said', speaker: 'He' },
    ]);
    expect(quotes('He called it “A Disaster.”').map((q) => q.cue)).not.toContain(null);
  });
  it('reads the name closing a fronted setting with no comma as the subject', () => {
    expect(
      quotes('In a Bloomberg interview Trump declared “NATO is obsolete and costs us a fortune.”')[0]!
        .speaker,
    ).toBe('Trump');
    expect(quotes('At the rally Trump said the wall would be built.')[0]!.speaker).toBe('Trump');
    // A title before the name belongs to the speaker.
    expect(quotes('In an interview the novelist Jo Walton said it was hard.')[0]!.speaker).toBe(
      'the novelist Jo Walton',
    );
  });
});

describe('wire probes of the sixteenth session: inverted signatures and colon lead-ins', () => {
  it('reads a verb of its own before a longer speaker phrase that ends the sentence', () => {
    expect(quotes('“Not to mention the rest of the galaxy,” mused Signal co-host Stu Burke.')).toEqual([
      { content: 'Not to mention the rest of the galaxy', cue: 'mused', speaker: 'Signal co-host Stu Burke' },
    ]);
    expect(
      quotes('“Pull the lever for the future,” exhorted the host, actress Jane Curtis.')[0]!.speaker,
    ).toBe('actress Jane Curtis');
  });
  it('gives a lead-in a colon ends to the writer, not the speaker', () => {
    expect(
      quotes(
        'Then came the change of all: “It is about time that we had a woman in charge,” said actress Jane Curtis.',
      ),
    ).toEqual([
      {
        content: 'It is about time that we had a woman in charge',
        cue: 'said',
        speaker: 'actress Jane Curtis',
      },
    ]);
  });
});

describe('wire probes of the sixteenth session: counts and suffixes inside speaker phrases', () => {
  it('reads `the mother of three replied,` and `X, … of Dräger, Inc., says:` as speakers', () => {
    expect(
      quotes(
        'When pressed, the 34-year-old mother of three replied, “This plan covers every family in the land.”',
      )[0]!.speaker,
    ).toBe('the 34-year-old mother of three');
    expect(
      sources(
        'Steve Menet, head of sales for Dräger, Inc., says: “This partnership helps nurses respond faster.”',
      ),
    ).toEqual([
      { cue: 'says:', source: 'Steve Menet, head of sales for Dräger, Inc.,', speaker: 'Steve Menet' },
    ]);
    // A count after `of` is still no speaker of a noun cue.
    expect(quotes('The votes of three decided it.').map((q) => q.speaker)).not.toContain(
      'The votes of three',
    );
  });
});

describe('wire probes of the sixteenth session: cue words that close a noun phrase', () => {
  it('reads a cue word closing a determiner’s phrase, or after a preposition, as a noun', () => {
    for (const text of [
      'Harbor cut its full-year profit forecast on Thursday after sales fell, sending its shares down.',
      'He is touring the state in hopes of meeting voters directly.',
      'Ms. Roe, a passionate defender of the press, spoke last.',
    ])
      for (const q of quotes(text)) expect(q.cue).not.toMatch(/forecast|hopes|defender/);
    // A verb after its subject's phrase still reads.
    expect(quotes('The company forecast on Thursday that sales would fall.')).toEqual([
      { content: 'sales would fall', cue: 'forecast', speaker: 'The company' },
    ]);
    expect(quotes('The top official said on Monday the plan was dead.')).toEqual([
      { content: 'the plan was dead', cue: 'said', speaker: 'The top official' },
    ]);
  });
});

describe('wire probes of the sixteenth session: a participle between two noun phrases', () => {
  it('names the first noun phrase as the speaker', () => {
    for (const [text, speaker] of [
      ['A union representing store workers called the cuts a betrayal.', 'A union'],
      ['Protesters blocking the road said they would stay.', 'Protesters'],
    ])
      expect(sources(text!)[0]).toEqual(expect.objectContaining({ speaker }));
    // A compound adjective in -ing is no participle.
    expect(sources('Potent planet-warming chemicals said nothing.').map((q) => q.speaker)).not.toContain(
      'Potent',
    );
  });
});

describe('wire probes of the sixteenth session: a participle of saying right before a quotation', () => {
  it('gives the quotation to the clause’s subject', () => {
    expect(
      quotes(
        'Clinton went online to reach her many fans writing, “I have talked about this many times.”',
      ).find((q) => q.cue === 'writing'),
    ).toEqual({ content: 'I have talked about this many times.', cue: 'writing', speaker: 'Clinton' });
    // After an earlier quotation of the sentence, the subject is the one after it.
    expect(
      quotes(
        '“Keep your hands in sight,” Blige sings to Clinton before asking her, “Where do we go from here?”',
      ).find((q) => q.cue === 'asking'),
    ).toEqual({ content: 'Where do we go from here?', cue: 'asking', speaker: 'Blige' });
  });
  it('lets no title in capitals opening the next paragraph go on with the last speaker', () => {
    const q = quotes(
      '“Where do we go from here?” Blige asked.\n\n“American Skin (41 Shots)” was written in 2000.',
    );
    expect(q.map((x) => x.content)).not.toContain('American Skin (41 Shots)');
  });
});

describe('wire probes of the sixteenth session: a telephone call', () => {
  it('reads `called X to congratulate her` as a deed, not a stance', () => {
    expect(quotes('He called Grant to congratulate her, his campaign said.').map((q) => q.cue)).toEqual([
      'said',
    ]);
    // A call to say something, a call on someone, and a name called stay.
    expect(quotes('She called him to say the deal was off.').map((q) => q.cue)).toEqual(['called']);
    expect(quotes('He called Grant a liar.').map((q) => q.cue)).toEqual(['called']);
  });
});

describe('wire probes of the sixteenth session: a relative clause without `that`', () => {
  it('reads no speaker in `the largest penalty it has imposed`', () => {
    expect(
      quotes(
        'The Commission fined the firm 3.2 billion euros on Wednesday, the largest penalty it has imposed on a technology company.',
      ),
    ).toEqual([]);
    // A pronoun after a verb or a conjunction still speaks.
    expect(quotes('The plan failed, and then they said it was over.')).toContainEqual({
      content: 'it was over',
      cue: 'said',
      speaker: 'they',
    });
  });
});

describe('wire probes of the sixteenth session: prepositions and adverbs before a subject', () => {
  it('reads no preposition alone as a speaker, and no adverb as part of a pronoun subject', () => {
    for (const q of sources('Warren hurt herself by stumbling through questions about the cost of her plan.'))
      expect(q.speaker).not.toBe('through');
    expect(sources('But mostly she just wants to end his career.')).toContainEqual(
      expect.objectContaining({ source: 'she', speaker: 'she' }),
    );
  });
});

describe('review17: shapes the sixteenth session’s rules misread', () => {
  it('reads no inverted signature after a quotation set off by commas inside its sentence', () => {
    for (const a of sources('The senator’s reply, “not a chance in hell,” angered the White House.'))
      expect(a.speaker).not.toBe('the White House');
    // The inverted signature itself still reads, after a lead-in set off by a comma too.
    expect(quotes('Then, “We will never give up,” exclaimed the crowd outside the palace.')).toContainEqual({
      content: 'We will never give up',
      cue: 'exclaimed',
      speaker: 'the crowd outside the palace',
    });
    expect(quotes('“It’s a sad day for the sport,” mused Blaze co-host Stu Burguiere.')).toEqual([
      { content: 'It’s a sad day for the sport', cue: 'mused', speaker: 'Blaze co-host Stu Burguiere' },
    ]);
  });
  it('reads a hearer after a cue of warning as no subject of a reported clause', () => {
    expect(quotes('The agency cautioned its staff that “any leak will be prosecuted.”')).toEqual([
      { content: 'any leak will be prosecuted.', cue: 'cautioned', speaker: 'The agency' },
    ]);
  });
  it('reads a time after a cue as no subject of a reported clause before its quotation', () => {
    for (const text of [
      'Prosecutors said the following day that “the evidence speaks for itself.”',
      'The minister said a day later that “the ceasefire has collapsed.”',
    ])
      expect(quotes(text)).toEqual([
        {
          content: text.match(/“(.*)”/)![1],
          cue: 'said',
          speaker: text
            .split(' ')
            .slice(0, /^The/.test(text) ? 2 : 1)
            .join(' '),
        },
      ]);
  });
  it('keeps a plural noun after `of` and a count a noun', () => {
    expect(quotes('The lawsuit is one of three claims filed against the company this year.')).toEqual([]);
    expect(quotes('It was the second of two reports released by the agency this month.')).toEqual([]);
    expect(quotes('“We are devastated,” the father of three told reporters.')).toContainEqual(
      expect.objectContaining({ content: 'We are devastated', speaker: 'the father of three' }),
    );
  });
  it('reads a phrase of asking in a series of the subject’s deeds as the subject’s question', () => {
    expect(
      sources(
        'The judge entered the courtroom, asked whether the jury had reached a verdict, and read the decision aloud.',
      ),
    ).toContainEqual({ cue: 'asked', source: 'The judge', speaker: 'The judge' });
    // The passive set off after the subject still asks nothing.
    for (const a of sources(
      'A spokesperson, asked about supply problems, said only that production was on track.',
    ))
      expect(a.cue).not.toBe('asked');
  });
  it('reads `asked` inverted after a question without its mark', () => {
    expect(
      quotes('Why should taxpayers foot the bill, asked Senator Jane Roe, a Democrat from Ohio.'),
    ).toEqual([{ content: 'Why should taxpayers foot the bill', cue: 'asked', speaker: 'Senator Jane Roe' }]);
  });
  it('keeps a short quotation right after its cue and comma a direct quote', () => {
    expect(quotes('Asked whether he would resign, Johnson said, “Never,” twice.')).toContainEqual({
      content: 'Never',
      cue: 'said',
      speaker: 'Johnson',
    });
    expect(quotes('She answered, “Not yet,” quietly.')).toEqual([
      { content: 'Not yet', cue: 'answered', speaker: 'She' },
    ]);
  });
  it('gives `According to X, Y told police, “…”` to Y, not X', () => {
    expect(quotes('According to his lawyer, the defendant told police, “I didn’t do it.”')).toContainEqual({
      content: 'I didn’t do it.',
      cue: 'told',
      speaker: 'the defendant',
    });
    for (const q of quotes('According to witnesses, the gunman shouted, “Nobody move.”'))
      if (q.content === 'Nobody move.') expect(q.speaker).not.toBe('witnesses');
    // An appositive naming X still speaks.
    expect(quotes('According to his aunt, Jane Starner, “He was a gentle soul.”')).toEqual([
      { content: 'He was a gentle soul.', cue: 'According to', speaker: 'Jane Starner' },
    ]);
  });
  it('reads no speaker in a thing at a place before a copula and a colon', () => {
    for (const text of [
      'The scene in Kabul was chaotic: “People were climbing the walls to reach the planes.”',
      'The damage in Fort Myers was extensive: “Whole streets are gone.”',
    ])
      for (const q of quotes(text)) expect(q.speaker).toBeNull();
    expect(quotes('The mayor of Kyiv was blunt: “We need air defense now.”')).toEqual([
      { content: 'We need air defense now.', cue: 'was blunt:', speaker: 'The mayor of Kyiv' },
    ]);
  });
  it('gives a quotation after a verb of perceiving, its object and a participle to no clause subject', () => {
    for (const q of quotes('Smith heard his neighbor yelling, “Fire! Get out!”'))
      expect(q.speaker).not.toBe('Smith');
    // After a preposition the participle is still the subject's.
    expect(
      quotes('The senator responded to the question on Facebook writing, “I stand by every word.”'),
    ).toContainEqual({ content: 'I stand by every word.', cue: 'writing', speaker: 'The senator' });
  });
  it('reads the one cited after `citing`/`quoting` in a speaker phrase as the speaker', () => {
    expect(sources('Reports quoting U.S. officials said the strike killed a senior commander.')).toEqual([
      { cue: 'said', source: 'Reports quoting U.S. officials', speaker: 'U.S. officials' },
    ]);
    expect(sources('Media reports citing security officials said the hostages were alive.')).toEqual([
      { cue: 'said', source: 'Media reports citing security officials', speaker: 'security officials' },
    ]);
    // Another participle still leaves the first phrase the speaker.
    expect(sources('A union representing flight attendants said the deal was unfair.')).toEqual([
      { cue: 'said', source: 'A union representing flight attendants', speaker: 'A union' },
    ]);
  });
  it('carries no speaker to a quotation past another speaker in the rest of the sentence', () => {
    const q = quotes(
      'The mayor said the budget was balanced, but auditors found a $40 million gap. “The numbers don’t add up.”',
    );
    expect(q.find((x) => x.content === 'The numbers don’t add up.')?.speaker ?? null).not.toBe('The mayor');
    // The same speaker's participle after the cue still leaves the quotation to that speaker.
    const p = quotes(
      'Smith said in a statement that he would appeal, citing procedural errors. “The fight goes on.”',
    );
    expect(p).toContainEqual({ content: 'The fight goes on.', cue: null, speaker: 'Smith' });
  });
});

describe('review17’s old faults, fixed after the merge', () => {
  it('reads `As X told the jury,`, `Residents living near the plant`, and a modifier before an inverted title', () => {
    expect(quotes('As prosecutors told the jury, “He planned every step of the robbery.”')[0]!.speaker).toBe(
      'prosecutors',
    );
    expect(quotes('Residents living near the plant said the air smelled of sulphur.')[0]!.speaker).toBe(
      'Residents',
    );
    expect(
      quotes('“It was a sad day for the whole team,” lamented longtime Yankees broadcaster Michael Kay.')[0]!
        .speaker,
    ).toBe('longtime Yankees broadcaster Michael Kay');
  });
});

describe('probes of the seventeenth session: recordings, relatives, habits and topics before a quotation', () => {
  it('gives a quotation after `had written` or `has said many times` in an `As` phrase to its speaker', () => {
    expect(quotes('As the columnist had written, “The city has lost its nerve.”')).toEqual([
      { content: 'The city has lost its nerve.', cue: 'written', speaker: 'the columnist' },
    ]);
    expect(quotes('As Jones has said many times, “The bridge is unsafe.”')[0]!.speaker).toBe('Jones');
    expect(quotes('As the mayor has so often said, “The bridge is unsafe.”')[0]!.speaker).toBe('the mayor');
    // (`has written` beside no quotation is no cue: `written off` and `had written a will` are deeds.)
    expect(quotes('The panel has written off efforts by the rebels.')).toEqual([]);
    expect(quotes('The committee wrote off the loans last year.')).toEqual([]);
  });
  it('reads a relative pronoun before the cue of a quotation as its source', () => {
    expect(
      sources('The curator, who said of the museum, “It is older than the country,” retired last year.'),
    ).toEqual([{ cue: 'said', source: 'who', speaker: 'The curator' }]);
    expect(quotes('The agency, which has long said, “Nothing is wrong,” changed its view.')[0]!.speaker).toBe(
      'The agency',
    );
  });
  it('takes a quotation after `joked of …,` as the content, not the topic', () => {
    expect(quotes('Smith joked of the museum, “It is older than the country,” and left.')).toEqual([
      { content: 'It is older than the country', cue: 'joked', speaker: 'Smith' },
    ]);
    expect(quotes('She spoke of her late husband, “He was a good man.”')).toEqual([
      { content: 'He was a good man.', cue: 'spoke', speaker: 'She' },
    ]);
  });
  it('gives a quotation to the one a recording shows or who is heard, not to the recording', () => {
    expect(
      quotes('Footage of the mayor shouting, “Get out of my office,” circulated online.')[0]!.speaker,
    ).toBe('the mayor');
    expect(quotes('A video of Hillary Clinton asking, “Why am I not ahead?” went viral.')[0]!.speaker).toBe(
      'Hillary Clinton',
    );
    expect(quotes('In the clip, Smith can be heard saying, “We will not back down.”')[0]!.speaker).toBe(
      'Smith',
    );
    // (A recording that shows something is still the source.)
    expect(sources('Video of the incident shows him with his hands in the air.')[0]!.speaker).toBe(
      'Video of the incident',
    );
  });
  it('gives a habit’s quotation (`used to say “…”`) to the one who said it, inside another report too', () => {
    expect(quotes('His father used to say “Never trust a calm sea.”')).toEqual([
      { content: 'Never trust a calm sea.', cue: 'say', speaker: 'His father' },
    ]);
    expect(quotes('He recalled how his father used to say “Never trust a calm sea.”')).toContainEqual({
      content: 'Never trust a calm sea.',
      cue: 'say',
      speaker: 'his father',
    });
  });
  it('reads `who` after a verb of knowing as a question, no speaker', () => {
    for (const t of [
      'Lawmakers wanted to know who approved the agreements.',
      'By the time the band learned who wrote the song, the tour was over.',
    ])
      expect(quotes(t).map((q) => q.speaker)).not.toContain('who');
    // (A relative `who` after a noun still speaks for it.)
    expect(quotes('People who say the war is lost are wrong.').map((q) => q.speaker)).toEqual(['People']);
  });
});

describe('probes of the seventeenth session: wire copy of an obituary and a hostage release', () => {
  it('gives a quotation that finishes a reported clause to that clause’s speaker', () => {
    expect(
      quotes(
        'Merz paid tribute on X, writing that Vogel had “defended the stability of our currency when it was not popular.”',
      ),
    ).toContainEqual({
      content: 'defended the stability of our currency when it was not popular.',
      cue: null,
      speaker: 'Merz',
    });
  });
  it('keeps the noun of a possessive speaker phrase the span model would cut off', () => {
    expect(
      sources(
        'France’s foreign ministry welcomed the news in a brief statement, calling it “a relief for the families and for all of us.”',
      ),
    ).toContainEqual({
      cue: 'calling',
      source: 'France’s foreign ministry',
      speaker: 'France’s foreign ministry',
    });
  });
  it('reads two speakers joined by `and` after a comma, the first a determiner’s noun', () => {
    expect(
      sources(
        'Four aid workers were freed overnight and are well, their employer and Malian officials said Tuesday.',
      ),
    ).toEqual([
      {
        cue: 'said',
        source: 'their employer and Malian officials',
        speaker: 'their employer and Malian officials',
      },
    ]);
  });
  it('reads calling an event as convening it, a deed, but calling a thing something as a stance', () => {
    for (const t of [
      'The union called a strike at three ports.',
      'The prime minister called a snap election for June.',
      'Union Calls Strike at Three Ports',
    ])
      expect(quotes(t)).toEqual([]);
    expect(sources('The union called the strike a last resort.')).toEqual([
      { cue: 'called', source: 'The union', speaker: 'The union' },
    ]);
    expect(sources('Clinton called her vote in favor of the war a mistake.')).toEqual([
      { cue: 'called', source: 'Clinton', speaker: 'Clinton' },
    ]);
  });
  it('gives a cue coordinated inside a relative clause to its antecedent', () => {
    const speakerOf = (t: string, content: string) => quotes(t).find((q) => q.content === content)?.speaker;
    expect(
      speakerOf(
        '“We have seen worse,” said Marcus Boudreaux, 64, who runs a bait shop in Grand Isle and said he planned to stay.',
        'he planned to stay',
      ),
    ).toBe('Marcus Boudreaux');
    expect(
      speakerOf(
        'Ana Ruiz, who owns a bakery on Main Street and said she had lost power twice, was handing out bread.',
        'she had lost power twice',
      ),
    ).toBe('Ana Ruiz');
    expect(
      speakerOf(
        'He thanked the nurses, who worked through the night and said they were exhausted.',
        'they were exhausted',
      ),
    ).toBe('the nurses');
    // (A restrictive clause after an object: the main clause's subject speaks.)
    expect(
      speakerOf(
        'Police arrested a man who had fired shots near the school and said he would be charged on Monday.',
        'he would be charged on Monday',
      ),
    ).toBe('Police');
    expect(
      speakerOf(
        'The campaign announced support from mothers who have lost children and said some of them would campaign.',
        'some of them would campaign',
      ),
    ).toBe('The campaign');
  });
  it('gives a quotation finishing a reported clause, signed `according to` an outlet, to the clause’s speaker', () => {
    const t =
      'Porto president Andre Vilas said the fee was “a fair price for a rare talent,” according to Portuguese newspaper O Jogo.';
    const got = findQuotes({ text: t, sentences: splitSentences(t) }).map(({ mention: m }) => ({
      direct: m.direct,
      speaker: m.speakerText,
      via: m.viaText,
      content: t.slice(m.span[0], m.span[1]),
    }));
    expect(got).toEqual([
      {
        direct: false,
        speaker: 'Porto president Andre Vilas',
        via: 'O Jogo',
        content: 'the fee was “a fair price for a rare talent,”',
      },
      {
        direct: true,
        speaker: 'Porto president Andre Vilas',
        via: 'O Jogo',
        content: 'a fair price for a rare talent',
      },
    ]);
  });
  it('reads a cue form after a possessive determiner and a noun as a compound noun', () => {
    expect(quotes('The bank cut its growth forecast for next year to 1.1%.')).toEqual([]);
    expect(quotes('Our best guess is that the grant works.').map((q) => q.cue)).not.toContain('guess');
    // (A plural before a bare form may be its subject; a verb with a subject of its own stays.)
    expect(quotes('Her allies fear more emails might come out.')[0]).toMatchObject({ speaker: 'Her allies' });
    expect(quotes('The IMF forecast growth of 3% next year.')[0]).toMatchObject({ speaker: 'The IMF' });
    expect(quotes('Her campaign said the report was false.')[0]).toMatchObject({ speaker: 'Her campaign' });
  });
  it('ends a reported clause at a semicolon outside quotation marks', () => {
    expect(
      quotes('Economists had expected rates to stay on hold; markets now price in more cuts.')[0]?.content,
    ).toBe('rates to stay on hold');
    expect(
      quotes('The minister said rates would stay on hold; markets now price in more cuts.')[0]?.content,
    ).toBe('rates would stay on hold');
    // (Inside quotation marks the semicolon is the speaker's: `said it was “late; too late”`.)
    expect(quotes('The minister said the offer was “late; far too late” for the workers.')[0]?.content).toBe(
      'the offer was “late; far too late” for the workers',
    );
  });
  it('leaves a participle’s appositive out of a long speaker’s name', () => {
    expect(
      quotes(
        'The National Transportation Safety Board’s preliminary report, released Wednesday, said the left engine separated from the wing.',
      )[0]?.speaker,
    ).toBe('The National Transportation Safety Board’s preliminary report');
  });
  it('leaves a live blog’s entry time out of speakers and contents', () => {
    const text =
      'Storm live\n\n14:05 The Met Office said the red warning would stay in place until 21:00.\n\n' +
      '13:15 More than 100,000 homes are without power, according to the Energy Networks Association.\n\n' +
      '9.30am BST Network Rail says all trains in Wales have been cancelled.';
    expect(quotes(text).map((q) => [q.speaker, q.content])).toEqual([
      ['The Met Office', 'the red warning would stay in place until 21:00'],
      ['the Energy Networks Association', 'More than 100,000 homes are without power'],
      ['Network Rail', 'all trains in Wales have been cancelled'],
    ]);
    // (A figure is no time: `4.83 BILLION The sale …` keeps its content whole.)
    expect(quotes('4.83 BILLION The sale was the largest of the year, the company said.')[0]?.content).toBe(
      '4.83 BILLION The sale was the largest of the year',
    );
  });
  it('reads adding to a thing as a deed, adding words as a report', () => {
    expect(
      quotes(
        'Night shifts raise the risk, researchers reported, adding to evidence that poor sleep harms health.',
      ).map((q) => q.cue),
    ).toEqual(['reported']);
    expect(quotes('The strike added to the pressure on the government.')).toEqual([]);
    expect(quotes('He added that the talks would resume.')[0]).toMatchObject({ cue: 'added' });
    expect(quotes('She added to reporters that the deal was off.')[0]).toMatchObject({
      cue: 'added',
      speaker: 'She',
    });
  });
  it('ends a reported noun phrase before the subject’s next deed', () => {
    const content = (t: string) => quotes(t)[0]?.content;
    expect(
      content(
        'The company also announced a $110 billion share buyback, the largest in its history, and raised its quarterly dividend by 4%.',
      ),
    ).toBe('a $110 billion share buyback, the largest in its history');
    expect(
      content(
        'The carmaker reported a net profit of €412 million, up 18%, and raised its forecast for the year.',
      ),
    ).toBe('a net profit of €412 million, up 18%');
    // (A reported clause goes on: its own subject may do the next deed.)
    expect(content('The ministry said the troops had left and returned to their bases.')).toBe(
      'the troops had left and returned to their bases',
    );
    expect(
      content('The duo reportedly saw a similar bar in Las Vegas and decided to open one in Delhi.'),
    ).toBe('The duo reportedly saw a similar bar in Las Vegas and decided to open one in Delhi');
    // (Words said after `and` go on with the report: the quotation keeps its speaker.)
    expect(
      quotes('The mayor called it “shameful” and called on leaders “not to feed that impulse.”'),
    ).not.toContainEqual(expect.objectContaining({ speaker: null }));
  });
  it('gives a quotation after `and said,` the subject of the clause it is coordinated into', () => {
    const speaker = (t: string) =>
      findQuotes({ text: t, sentences: splitSentences(t) }).find((q) => q.mention.direct)?.mention
        .speakerText;
    expect(
      speaker(
        'Ortega called her into his office in October and said, “Get rid of anything with his name on it.”',
      ),
    ).toBe('Ortega');
    expect(
      speaker('Lang testified that Ortega had called her into his office and said, “Get rid of it.”'),
    ).toBe('Ortega');
    expect(speaker('Lang said Ortega had called her into his office and said, “Get rid of it.”')).toBe(
      'Ortega',
    );
    // (A reported clause whose subject cannot speak: the reporting speaker goes on.)
    expect(
      speaker('De Blasio said the move was made by the police commissioner and said, “Who do you trust?”'),
    ).toBe('De Blasio');
    expect(speaker('The mayor said that the plan was drafted by aides and said, “We will fix it.”')).toBe(
      'The mayor',
    );
  });
  it('reads a person called into a place or to an occasion as summoned, a deed', () => {
    for (const t of [
      'Ortega called her into his office in October.',
      'The ministry called the ambassador to the ministry on Monday.',
      'The judge called him to the stand.',
    ])
      expect(quotes(t)).toEqual([]);
    expect(quotes('The mayor called her a liar.')[0]).toMatchObject({ speaker: 'The mayor' });
    expect(quotes('The union called on members to strike.')[0]).toMatchObject({ speaker: 'The union' });
  });
  it('gives a document the voice of the author named after `by`, and reads a filing as a source', () => {
    const speaker = (t: string) => quotes(t)[0]?.speaker;
    expect(speaker('Prices rose, according to a filing by the U.S. Attorney’s Office.')).toBe(
      'the U.S. Attorney’s Office',
    );
    expect(speaker('Prices rose, according to a report by the ministry.')).toBe('the ministry');
    expect(speaker('Prices rose, according to a study by researchers at Oxford University.')).toBe(
      'researchers at Oxford University',
    );
    expect(speaker('A report by Human Rights Watch said prisoners were beaten.')).toBe('Human Rights Watch');
    expect(speaker('Pratt will testify next week, according to a court filing.')).toBe('a court filing');
    // (No author named: the document speaks.)
    expect(speaker('A new report said prisoners were beaten.')).toBe('A new report');
  });
  it('reads no fronted setting as the content before a speaker', () => {
    for (const t of [
      'On Nov. 15, 2019, the former ambassador said.',
      'Later in the day, Kurt Volker, a former envoy, testified.',
      'As the charges were unsealed in New York, the banker testified.',
      'On Thursday, the director will testify.',
      'In the end, the senator voted.',
      'Last week, the minister wrote.',
    ])
      expect(quotes(t).filter((q) => q.cue !== null && q.content.length > 0)).toEqual([]);
    // (A content that holds a clause stays: after a comma inside it, with a finite verb, or long.)
    expect(quotes('In the end, the deal collapsed, the minister said.')[0]).toMatchObject({
      content: 'In the end, the deal collapsed',
    });
    expect(quotes('This makes it harder to fix the roads, he said.')[0]).toMatchObject({
      content: 'This makes it harder to fix the roads',
    });
    expect(quotes('On Monday the talks had collapsed, the minister said.')[0]).toMatchObject({
      content: 'On Monday the talks had collapsed',
    });
    expect(
      quotes(
        'After the firm took over the plant in 2011 it cut a third of the jobs and closed the canteen, records show.',
      )[0],
    ).toMatchObject({ speaker: 'records' });
  });
  it('reads testimony as reported speech', () => {
    expect(
      sources('A former aide to the mayor testified on Tuesday that the records were shredded in October.'),
    ).toEqual([
      { cue: 'testified', source: 'A former aide to the mayor', speaker: 'A former aide to the mayor' },
    ]);
    expect(quotes('The aide will testify that she was told to destroy the files.')[0]).toMatchObject({
      content: 'she was told to destroy the files',
      speaker: 'The aide',
    });
  });
  it('keeps a label given in quotation marks after a participle of calling', () => {
    expect(
      sources('Diplomats traded accusations, with the ambassador calling the demand “reckless.”'),
    ).toEqual([{ cue: 'calling', source: 'the ambassador', speaker: 'the ambassador' }]);
    expect(
      sources(
        'Envoys clashed on Thursday, with the United States’ deputy ambassador calling the plan “reckless.”',
      ),
    ).toEqual([
      {
        cue: 'calling',
        source: 'the United States’ deputy ambassador',
        speaker: 'the United States’ deputy ambassador',
      },
    ]);
    // (A thing named is no label: `a firm called X, which … “…” …`.)
    expect(
      sources(
        'Funds went to a firm called Northwind Analytics, which builds what it calls “psychographic” profiles of voters.',
      ).filter((q) => q.cue === 'called'),
    ).toEqual([]);
  });
  it('reads a state proclaimed as a deed, a verdict declared as a claim', () => {
    for (const t of [
      'The governor declared a state of emergency on Monday.',
      'The junta declared martial law in the capital.',
      'Azerbaijan declared war on the breakaway region in 1991.',
      'The president declared a national day of mourning.',
      'The airline declared bankruptcy.',
    ])
      expect(quotes(t)).toEqual([]);
    expect(sources('The mayor declared victory on Tuesday night.')).toEqual([
      { cue: 'declared', source: 'The mayor', speaker: 'The mayor' },
    ]);
    expect(sources('Critics declared the vote a fraud.')).toEqual([
      { cue: 'declared', source: 'Critics', speaker: 'Critics' },
    ]);
    expect(sources('The ministry declared a ceasefire illegal.')).toEqual([
      { cue: 'declared', source: 'The ministry', speaker: 'The ministry' },
    ]);
    expect(quotes('She declared that the war was over.')[0]).toMatchObject({ content: 'the war was over' });
  });
  it('reads `branded` as a label given (British usage), not as an adjective', () => {
    expect(
      sources('Opposition Conservatives branded the budget ‘a kick in the teeth for hard-working families’.'),
    ).toEqual([{ cue: 'branded', source: 'Opposition Conservatives', speaker: 'Opposition Conservatives' }]);
    expect(quotes('Critics branded Smith a coward.')[0]!.speaker).toBe('Critics');
    expect(quotes('The firm sells branded goods in 40 countries.')).toEqual([]);
  });
  it('ends a content before the writer’s comment on the news (`, in the latest blow to …`)', () => {
    expect(
      quotes(
        'A newspaper revealed he had billed taxpayers for family holidays, in the latest blow to the government.',
      )[0]!.content,
    ).toBe('he had billed taxpayers for family holidays');
    expect(
      quotes('Officials said the talks had stalled, a fresh sign of strain between the allies.')[0]!.content,
    ).toBe('the talks had stalled');
    // (An appositive the sentence resumes after stays inside.)
    expect(quotes('Smith said the plan, a sign of good faith, would go ahead.')[0]!.content).toBe(
      'the plan, a sign of good faith, would go ahead',
    );
  });
  it('reads a headline’s quotation with a title-case inverted cue and speaker', () => {
    expect(quotes('“We Will Not Back Down,” Says Striking Nurses Union')).toEqual([
      { content: 'We Will Not Back Down', cue: 'Says', speaker: 'Striking Nurses Union' },
    ]);
    expect(quotes('“Why Now?” Asks Opposition Leader')[0]!.speaker).toBe('Opposition Leader');
    // (A sentence after it, or a lower-case word in the speaker, is no headline.)
    expect(quotes('“We will stay,” Says the mayor of the town today.').map((q) => q.cue)).not.toContain(
      'Says',
    );
  });
  it('gives a quotation after a colon inside a reported content to that report’s speaker', () => {
    expect(
      quotes(
        'Amar said that if viewed that way, a grand bargain might be possible: “Each side gets a justice it can live with.”',
      ),
    ).toContainEqual({ content: 'Each side gets a justice it can live with.', cue: null, speaker: 'Amar' });
  });
  it('reads lead-ins of more kinds before a quotation', () => {
    // A lower-case quoted sentence after a bare cue.
    expect(quotes('She says “we are going to bring jobs back from overseas.”')).toEqual([
      { content: 'we are going to bring jobs back from overseas.', cue: 'says', speaker: 'She' },
    ]);
    // `in the words of X:` at the end of a lead-in.
    expect(
      quotes(
        'Here is how bad things got in the words of the patient: “I could not walk from one room to another.”',
      )[0]!.speaker,
    ).toBe('the patient');
    // A digest's name after a topic and a dash (not a day).
    expect(
      sources('Turnout matters - Michael P. McDonald: “At long last the contests have finally started.”'),
    ).toEqual([{ cue: ':', source: 'Michael P. McDonald', speaker: 'Michael P. McDonald' }]);
    // Retorts and stories told, beside a quotation only.
    expect(
      quotes(
        'After Brown criticized her husband, Hillary shot back, “I am not going to listen to that.”',
      ).map((q) => q.speaker),
    ).toContain('Hillary');
    expect(
      quotes(
        'Eventually he recovered. As he related, “I could breathe again for the first time in years.”',
      )[0]!.speaker,
    ).toBe('he');
    expect(quotes('Police fired back at the gunmen, killing two.')).toEqual([]);
    expect(quotes('Trump shot back, saying he had made a lot of money.').map((q) => q.cue)).toEqual([
      'saying',
    ]);
  });
  it('leaves `, according to …` after a cue to its own attribution', () => {
    expect(
      sources(
        'The Blues made an improved offer on Monday after an opening bid was rejected, according to reports in Italy.',
      ),
    ).toEqual([{ cue: 'according to', source: 'reports in Italy', speaker: 'reports' }]);
  });
  it('attributes no reputation to no one (`is known for`)', () => {
    expect(quotes('The senator is known for his temper.')).toEqual([]);
    expect(quotes('The town is best known for its wine and its festivals.')).toEqual([]);
  });
  it('never learns `used` as a cue of speech (`used his address to …`)', () => {
    expect(
      quotes(
        'Pope Leo XIV used his Christmas Day address on Thursday to appeal for an immediate ceasefire.',
      ).map((q) => q.cue),
    ).not.toContain('used');
  });
  it('reads `pushed back` as a delay, or before `against` as a rebuttal', () => {
    expect(quotes('NASA pushed back its next crewed moon mission by another five months.')).toEqual([]);
    expect(quotes('The White House pushed back against the report on Monday.')).toEqual([
      { content: 'the report', cue: 'pushed back against', speaker: 'The White House' },
    ]);
  });
  it('keeps a party and state tag out of a speaker’s name', () => {
    expect(quotes('Sen. Maria Cantwell, D-Wash., criticized the delay.')[0]!.speaker).toBe(
      'Sen. Maria Cantwell',
    );
  });
});

describe('review18: the seventeenth session’s rules where they should not fire', () => {
  it('keeps a stance when an event called is then labelled (`called elections in Belarus a sham`)', () => {
    for (const t of [
      'Western governments called elections in Belarus a sham.',
      'Critics called hearings on the matter a witch hunt.',
      'The senator called a vote on the bill “premature.”',
    ])
      expect(sources(t).map((q) => q.cue)).toEqual(['called']);
    // (An event convened stays a deed, a time after it too.)
    expect(quotes('The union called a strike for a second day at three ports.')).toEqual([]);
    expect(quotes('The teachers union called a strike last week after talks collapsed.')).toEqual([]);
    expect(sources('The union called a strike Monday “a last resort.”').map((q) => q.cue)).toEqual([
      'called',
    ]);
  });
  it('reads `branded` as an adjective or a name given before no label', () => {
    expect(sources('Goods branded as organic must meet strict rules, the agency said.')).toEqual([
      { cue: 'said', source: 'the agency', speaker: 'the agency' },
    ]);
    expect(quotes('The shop sells branded Nike trainers at a discount.')).toEqual([]);
    expect(quotes('The scheme, branded Operation Safe Streets, began in May.')).toEqual([]);
    // (A name and its label still: `branded Smith a coward`, `branded Boris Johnson “a liar”`.)
    expect(quotes('Critics branded Boris Johnson “a liar and a cheat.”')[0]!.speaker).toBe('Critics');
  });
  it('takes a title after a topic as the topic’s name, not as words said', () => {
    for (const t of [
      'He talked about his new album, “Blue Skies,” on the show.',
      'She spoke about her latest novel, “The Long Road,” at the festival.',
      'Smith wrote about the film, “Parasite,” in 2019.',
    ])
      expect(quotes(t).map((q) => q.content)).not.toContainEqual(
        expect.stringMatching(/^(?:Blue Skies|The Long Road|Parasite)$/),
      );
  });
  it('reads `is used to say` as a passive of use, no habit of saying', () => {
    expect(
      quotes('Aloha is used to say “hello” and “goodbye” in Hawaii.').map((q) => q.speaker),
    ).not.toContain('Aloha');
  });
  it('keeps `wrote down` beside a quotation as words written', () => {
    expect(quotes('She wrote down, “Trust no one,” on a napkin.')[0]!.speaker).toBe('She');
  });
  it('keeps a content an appositive echoes or resumes after (no writer’s comment)', () => {
    expect(
      quotes('The minister said the talks were a sign of progress, a sign that both sides wanted a deal.')[0]!
        .content,
    ).toBe('the talks were a sign of progress, a sign that both sides wanted a deal');
    expect(
      quotes(
        'Police said two men had been arrested, a sign the inquiry was widening, and that more arrests were expected.',
      )[0]!.content,
    ).toBe('two men had been arrested, a sign the inquiry was widening, and that more arrests were expected');
  });
  it('reads a one-word quotation before a headline’s title-case verb as a title', () => {
    expect(quotes('“Jeopardy!” Announces New Host')).toEqual([]);
  });
  it('reads nouns in `-ly` as speakers in an `As` phrase and before a cue', () => {
    expect(quotes('As his family has said many times, “He was no criminal.”')[0]).toEqual({
      content: 'He was no criminal.',
      cue: 'said',
      speaker: 'his family',
    });
    expect(quotes('As the assembly has said repeatedly, “The budget is not balanced.”')[0]!.speaker).toBe(
      'the assembly',
    );
    expect(quotes('The family said, “We want answers, not sympathy.”')[0]!.content).toBe(
      'We want answers, not sympathy.',
    );
    // (`years earlier` is a setting of the `As` phrase: `As Lennon`, not a speaker.)
    expect(quotes('As Lennon wrote years earlier, “All you need is love.”')[0]!.speaker).toBe('Lennon');
  });
});

describe('review18: the one perceived speaks (recordings, misses of the seventeenth session’s shape)', () => {
  it('gives a quotation after a verb of perceiving, its object and a participle to the object', () => {
    expect(quotes('The footage shows the mayor shouting, “Get out of my office.”')).toContainEqual({
      content: 'Get out of my office.',
      cue: 'shouting',
      speaker: 'the mayor',
    });
    expect(quotes('Witnesses heard a man shouting, “He has a gun!”')[0]!.speaker).toBe('a man');
    expect(quotes('Neighbours heard him shouting, “Let me go.”')[0]!.speaker).toBe('him');
  });
});

describe('review18: a quotation inside a relative clause, and a new sentence after a closed quotation', () => {
  it('reads the verb after a relative clause’s quotation as the main clause’s, not an inverted cue', () => {
    const q = sources(
      'The education secretary, who has repeatedly said, “There is no more money,” called the walkout unnecessary.',
    );
    expect(q).toContainEqual({ cue: 'said', source: 'who', speaker: 'The education secretary' });
    expect(q.map((x) => x.speaker)).not.toContain('the walkout unnecessary');
    expect(
      quotes(
        'The port authority, which earlier said, “Operations will continue,” later closed two terminals.',
      )[0]!.speaker,
    ).toBe('The port authority');
  });
  it('gives a cry a recording shows to the one who cries, not to the next sentence’s speaker', () => {
    expect(
      quotes(
        'Footage of the rally showed teachers chanting, “Pay us fairly.” The union said more strikes would follow.',
      ),
    ).toContainEqual({ content: 'Pay us fairly.', cue: 'chanting', speaker: 'teachers' });
  });
});

describe('review18: misses of the seventeenth session’s shapes (coordinated speakers, embedded questions)', () => {
  it('reads two speakers after a comma whose first has a modifier (`a police spokesman and fire officials`)', () => {
    expect(sources('Residents were evacuated, a police spokesman and fire officials said.')).toEqual([
      {
        cue: 'said',
        source: 'a police spokesman and fire officials',
        speaker: 'a police spokesman and fire officials',
      },
    ]);
  });
  it('reads `who` after `say`, `confirm` or `identify` as a question', () => {
    for (const t of [
      'Officials declined to say who ordered the strike.',
      'Police would not confirm who fired the first shot.',
    ])
      expect(quotes(t).map((q) => q.speaker)).not.toContain('say');
    expect(quotes('Police would not confirm who fired the first shot.').map((q) => q.speaker)).not.toContain(
      'confirm',
    );
  });
});

describe('review18: a headline’s speaker ends before a setting', () => {
  it('cuts `After Cup Defeat` and `in Brussels` off a headline’s speaker', () => {
    expect(quotes('“We Were Robbed,” Claims Coach After Cup Defeat')[0]!.speaker).toBe('Coach');
    expect(quotes('“Enough Is Enough,” Say Farmers in Brussels')[0]!.speaker).toBe('Farmers');
  });
});

describe('review18: old faults met on the way', () => {
  it('keeps the closing comma of an appositive out of the speaker’s name', () => {
    expect(
      quotes('The statement, which was obtained by Variety, claimed that the deal was done.')[0]!.speaker,
    ).toBe('The statement');
  });
});

describe('review18: habits of saying beside `used to say`', () => {
  it('gives `likes to say` and `liked to say` quotations to their speakers', () => {
    expect(quotes('As she likes to say, “Data beats opinion.”')).toEqual([
      { content: 'Data beats opinion.', cue: 'say', speaker: 'she' },
    ]);
    expect(quotes('The coach liked to say, “Defense wins championships.”')[0]!.speaker).toBe('The coach');
    // (`Aloha is used to say “hello”`: a passive of use, no habit.)
    expect(
      quotes('Aloha is used to say “hello” and “goodbye” in Hawaii.').map((q) => q.speaker),
    ).not.toContain('Aloha');
  });
});

describe('review18: more writer’s comments after a content', () => {
  it('ends a content before `, dealing a blow to …` and `, the latest in a string of …`', () => {
    expect(
      quotes('The court said the law was unconstitutional, dealing a blow to the governor’s agenda.')[0]!
        .content,
    ).toBe('the law was unconstitutional');
    expect(
      quotes(
        'The company said it would cut 2,000 jobs, the latest in a string of layoffs across the industry.',
      )[0]!.content,
    ).toBe('it would cut 2,000 jobs');
  });
});

describe('review18: `said to be` after a noun is a passive participle', () => {
  it('gives no speaker to `NP said to be/have …`', () => {
    for (const t of [
      'Two men said to have links to the gang were arrested on Friday.',
      'The man, said to be in his 50s, was taken to hospital.',
      'Police arrested a teenager said to be the ringleader.',
    ])
      expect(quotes(t)).toEqual([]);
    // (An instruction reported stays: `said to wait`.)
    expect(quotes('The officer said to wait in the car.')[0]!.speaker).toBe('The officer');
  });
});

describe('review18: a relative clause’s quotation in running copy', () => {
  it('names the speaker from the sentence’s start and reads the verb after as the main clause’s', () => {
    const t =
      'Labour called a vote of no confidence for Wednesday. Labour leader Sam Price, who joked of the minister, “He found a second home and lost his first job,” said the prime minister must go.';
    expect(quotes(t)).toContainEqual({
      content: 'He found a second home and lost his first job',
      cue: 'joked',
      speaker: 'Labour leader Sam Price',
    });
    expect(quotes('Roe, who has said repeatedly, “Standards matter,” accepted the resignation.')).toEqual([
      { content: 'Standards matter', cue: 'said', speaker: 'Roe' },
    ]);
  });
});

describe('review18: a cue after a closed quotation that opens the next one', () => {
  it('gives each quotation its own speaker (`“…” Jane Roe, a lawyer for the family, said, “…”`)', () => {
    expect(
      quotes(
        'The mayor said, “Fund our schools.” Jane Roe, a lawyer for the family, said, “We are ready to talk.”',
      ),
    ).toEqual([
      { content: 'Fund our schools.', cue: 'said', speaker: 'The mayor' },
      { content: 'We are ready to talk.', cue: 'said', speaker: 'Jane Roe' },
    ]);
    expect(
      quotes(
        '“It is a different muscle,” York said. “You have to step back.” Smith agreed: “It is a different job.”',
      )[2],
    ).toEqual({ content: 'It is a different job.', cue: 'agreed:', speaker: 'Smith' });
    // (A quotation with no speaker before it keeps the cue after it: the same speaker goes on.)
    expect(
      quotes('“We won the game fair and square.” Smith said, “We deserved it after all that work.”')[0],
    ).toEqual({ content: 'We won the game fair and square.', cue: 'said', speaker: 'Smith' });
  });
});
