import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuotes } from './stage.ts';

function quotes(text: string) {
  return findQuotes({ text, sentences: splitSentences(text) }).map(({ mention: m }) => ({
    text: text.slice(m.span[0], m.span[1]),
    cue: m.cue ? text.slice(m.cue[0], m.cue[1]) : null,
    speaker: m.speakerText,
  }));
}

describe('recall pass: a new subject after `and`/`but` opens an attribution of its own', () => {
  it('ends the first content before `and she accused`', () => {
    const q = quotes(
      'The mayor said the bridge would reopen in May and she accused the contractor of hiding the delays.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', text: 'the bridge would reopen in May' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'accused', text: expect.stringMatching(/^the contractor/) }),
    );
  });
  it('reads `and other members said` and `but the union has vowed` as new speakers', () => {
    const t =
      'Several members said they would skip the vote and other members said the plan was unfair. ' +
      'The board approved the cuts, but the union has vowed to fight them in court.';
    const q = quotes(t);
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'other members', text: 'the plan was unfair' }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', text: 'they would skip the vote' }));
  });
  it('keeps a nested attribution without a coordinator inside its content', () => {
    const q = quotes('The minister said that the report showed the deficit had grown.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ cue: 'said', text: 'the report showed the deficit had grown' });
  });
});

describe('recall pass: `this` opening a reported clause', () => {
  it('reads `say this is …` as a clause, `said this week that …` still as a setting', () => {
    const t = 'Officials say this is only a short delay. The mayor said this week that the plan is dead.';
    const q = quotes(t);
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'say', speaker: 'Officials', text: 'this is only a short delay' }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', text: 'the plan is dead' }));
  });
});

describe('recall pass: signatures of interrupted and inverted quotations', () => {
  it('signs both parts of `“…,” the judge exclaimed, “…”`', () => {
    const t = '“Nobody asked us about the plan,” the judge exclaimed, “and nobody will revive it.”';
    const q = quotes(t);
    expect(q).toHaveLength(2);
    for (const x of q) expect(x).toMatchObject({ cue: 'exclaimed', speaker: 'the judge' });
  });
  it('reads a verb before its speaker (`read the statement`) and `it read` (it: the statement)', () => {
    const t =
      '“We will keep the clinic open for as long as we can,” read the statement. ' +
      '“The council has failed every family in this town,” it read.';
    const q = quotes(t);
    expect(q).toHaveLength(2);
    for (const x of q) expect(x).toMatchObject({ cue: 'read', speaker: 'the statement' });
  });
  it('signs nothing with a gesture or with a verb and a longer clause after it', () => {
    const t =
      '“We will keep the clinic open for as long as we can,” nodded the nurse. ' +
      '“The council has failed every family in this town,” flooded the inbox of the council for weeks.';
    for (const x of quotes(t)) expect(x.cue).toBeNull();
  });
});

describe('recall pass: settings of time and place before a reported clause without `that`', () => {
  it('skips `last week`, `late last week` and `in a statement Thursday night` to the clause', () => {
    const t =
      'The minister said last week there would be no delay. ' +
      'The mayor said late last week the talks had failed. ' +
      'The company said in a statement Thursday night it pulled the listing.';
    const q = quotes(t);
    expect(q.map((x) => x.text)).toEqual([
      'there would be no delay',
      'the talks had failed',
      'it pulled the listing',
    ]);
  });
  it('keeps a setting that runs to the sentence end as no content', () => {
    expect(quotes('He spoke at a rally in Iowa late last night.')).toEqual([]);
  });
});

describe('recall pass: a participle opening the sentence', () => {
  it('is a cue of the main clause subject, its content ending at the comma', () => {
    const q = quotes('Noting that the bridge had been closed for months, the mayor called for an inquiry.');
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'Noting',
        speaker: 'the mayor',
        text: 'the bridge had been closed for months',
      }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'called for', speaker: 'the mayor' }));
  });
  it('reads `Citing …, Hale closed …` and leaves participles of no stance alone', () => {
    expect(quotes('Citing safety concerns, Hale closed the bridge.')).toContainEqual(
      expect.objectContaining({ cue: 'Citing', speaker: 'Hale', text: 'safety concerns' }),
    );
    expect(quotes('Building on its success, the company opened a second store.')).toEqual([]);
  });
});

describe('recall pass: a noun in -ing after a possessive inside a speaker phrase', () => {
  it('reads `a source familiar with the mayor’s thinking said, “…”`', () => {
    const t =
      'A source familiar with the mayor’s thinking said, “He will try to make peace with his colleagues.”';
    expect(quotes(t)).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'A source familiar with the mayor’s thinking' }),
    ]);
  });
});

describe('recall pass: a speaker phrase filling the stretch after a quotation', () => {
  it('reads descriptions the phrase reader cannot read whole', () => {
    const q = 'We have no plans to close the plant this year';
    for (const speaker of [
      'a spokesman for committee Democrats',
      'the Florida senator and presidential candidate',
      'city council member and former mayor Jane Hale',
      'the report released Friday',
    ])
      expect(quotes(`“${q},” ${speaker} said.`)).toEqual([
        expect.objectContaining({ text: q, cue: 'said', speaker }),
      ]);
  });
  it('reads no clause as a speaker', () => {
    const t = '“We have no plans to close the plant this year,” was how the owner described it to friends.';
    for (const x of quotes(t)) expect(String(x.speaker)).not.toMatch(/was how/);
  });
});

describe('recall pass: a participle of a learned form before a quotation', () => {
  it('gives `…, writing: “…”` the subject of the clause before it, cut at its past tense', () => {
    const q = quotes('The mayor took to Twitter, writing: “We have no plans to close the plant this year.”');
    expect(q).toEqual([expect.objectContaining({ cue: 'writing:', speaker: 'The mayor' })]);
  });
  it('reads no place after `went on` as the speaker of a participle', () => {
    const q = quotes(
      'Hale went on television, telling viewers: “We have no plans to close the plant this year.”',
    );
    expect(q).toEqual([expect.objectContaining({ speaker: 'Hale' })]);
  });
});

describe('recall pass: an attribution in an object relative clause inside a content', () => {
  it('reads `…, which he said were …` and `a story in which sources said …` as attributions of their own', () => {
    const t =
      'The mayor attacked the council for accepting the donations, which he said were tied to favors. ' +
      'Hale remarked upon a recent newspaper story in which Democratic aides said the mayor would resign.';
    const q = quotes(t);
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'attacked', text: 'the council for accepting the donations' }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', text: 'were tied to favors' }));
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'remarked', text: 'upon a recent newspaper story' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', speaker: 'Democratic aides', text: 'the mayor would resign' }),
    );
  });
});

describe('recall pass: `say` of an example or a set phrase', () => {
  it('reports no words', () => {
    for (const t of [
      'Hooking readers is harder than, say, hooking them on coffee.',
      'Suffice it to say, the plan has flaws.',
      'Needless to say, the plan has flaws.',
    ])
      expect(quotes(t)).toEqual([]);
  });
});

describe('recall pass: settings that hold a relative clause or a title', () => {
  it('skips `in an interview that aired Sunday` and `on CNN’s “State of the Union”` to the reported `that`', () => {
    for (const setting of ['in an interview that aired Sunday', 'on CNN’s “State of the Union”'])
      expect(quotes(`Hale said ${setting} that the plan is dead.`)).toEqual([
        expect.objectContaining({ cue: 'said', text: 'the plan is dead' }),
      ]);
    expect(quotes('Hale said in a statement that officials had erred.')).toEqual([
      expect.objectContaining({ text: 'officials had erred' }),
    ]);
  });
});

describe('recall pass: a quotation attributed by `according to` after it', () => {
  it('reads the phrase after `to` as the source', () => {
    expect(quotes('“We have no plans to close the plant this year,” according to Jane Hale.')).toEqual([
      expect.objectContaining({ cue: 'according to', speaker: 'Jane Hale' }),
    ]);
  });
  it('does not take `According to` opening the next sentence', () => {
    const q = quotes(
      '“We have no plans to close the plant this year.” According to records, the plant lost money.',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ text: 'We have no plans to close the plant this year.', cue: null }),
    );
  });
});

describe('recall pass: `reportedly` reports its clause from no one named', () => {
  it('takes the subject over auxiliaries and leaves the cue the adverb alone', () => {
    const q = quotes('The agency is reportedly making arrangements to interview the mayor.');
    expect(q).toEqual([
      expect.objectContaining({
        cue: 'reportedly',
        speaker: null,
        text: 'The agency is reportedly making arrangements to interview the mayor',
      }),
    ]);
  });
  it('reads a sentence-opening `Reportedly,` and leaves `reportedly said` to its cue', () => {
    expect(quotes('Reportedly, he made threats to his co-workers.')).toEqual([
      expect.objectContaining({ cue: 'Reportedly', text: 'he made threats to his co-workers' }),
    ]);
    expect(quotes('The mayor reportedly said the plan was dead.')).toEqual([
      expect.objectContaining({ cue: 'reportedly said', speaker: 'The mayor' }),
    ]);
  });
});
