import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuotes } from './stage.ts';

function quotes(text: string) {
  return findQuotes({ text, sentences: splitSentences(text) }).map(({ mention: m }) => ({
    text: text.slice(m.span[0], m.span[1]),
    cue: m.cue ? text.slice(m.cue[0], m.cue[1]) : null,
    source: m.source ? text.slice(m.source[0], m.source[1]) : null,
  }));
}

describe('a cue of a quotation after `and`/`but` shares the subject opening the sentence', () => {
  it('reads `… but went on to say, “…”` as the subject’s quotation', () => {
    const q = quotes(
      'The coach admitted that the defence was slow, but went on to say, “We will be fine by spring.”',
    );
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'went on to say',
        source: 'The coach',
        text: 'We will be fine by spring.',
      }),
    );
  });
  it('ends the first content before `and said, “…”` when the quotation is the subject’s', () => {
    const q = quotes(
      'The nurse confirmed the ward had closed and said, “Nobody told the families until Friday.”',
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'confirmed', source: 'The nurse', text: 'the ward had closed' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'said',
        source: 'The nurse',
        text: 'Nobody told the families until Friday.',
      }),
    );
  });
  it('keeps a subject of its own after `and` (`and the crowd said`)', () => {
    const q = quotes('The mayor left the stage early and the organisers said, “The show is over.”');
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'the organisers', text: 'The show is over.' }),
    );
  });
});

describe('`as` clauses of reporting', () => {
  it('reads `…, as X noted.` after its clause as a postposed report, not `as it sees fit`', () => {
    const t =
      'The new tax is mostly a gift to landlords, as one economist noted in a column. ' +
      'The army may move its tanks anywhere on its own soil, as it sees fit.';
    const q = quotes(t);
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'noted',
        source: 'one economist',
        text: 'The new tax is mostly a gift to landlords',
      }),
    );
    expect(q.some((x) => x.cue === 'sees')).toBe(false);
  });
  it('reads `As reported by X, …` with the source ending at its comma', () => {
    const q = quotes('As reported by the Gazette, there are 40 seats open in Leeds, York and Hull.');
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'reported',
        source: 'the Gazette',
        text: 'there are 40 seats open in Leeds, York and Hull',
      }),
    );
  });
});

describe('a cue of saying before a long hearer and setting', () => {
  it('reads `told the Gazette in a written statement, “…”` and `said in a recent issue of …: “…”`', () => {
    const t =
      'The governor told the Gazette in a written statement, “I don’t want their money.”\n\n' +
      'The bishop said in a recent issue of the parish magazine: “We will not sell the hall.”';
    const q = quotes(t);
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'told', source: 'The governor', text: 'I don’t want their money.' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'The bishop', text: 'We will not sell the hall.' }),
    );
  });
  it('reads no cue over a clause (`said the plan, which he opposed in the spring,`)', () => {
    const q = quotes('The senator said the plan that he opposed in the spring was dead, “and buried.”');
    expect(q.some((x) => x.text === 'and buried.' && x.cue === 'said')).toBe(false);
  });
});

describe('a signature after a quotation with a setting after its verb', () => {
  it('signs `“…,” Hale fumed on Tuesday.` and `“…,” she complained to a reporter.`', () => {
    const t =
      '“Nobody on the council read the report before the vote,” Hale fumed on Tuesday.\n\n' +
      '“We were never told about the closure,” she complained to a reporter.';
    const q = quotes(t);
    expect(q).toContainEqual(expect.objectContaining({ cue: 'fumed', source: 'Hale' }));
    expect(q).toContainEqual(expect.objectContaining({ cue: 'complained', source: 'she' }));
  });
  it('signs nothing when a clause follows the verb (`“…,” Hale decided on Tuesday to run.`)', () => {
    const q = quotes(
      '“Nobody on the council read the report before the vote,” Hale decided on Monday to run.',
    );
    const quotation = q.find((x) => x.text.startsWith('Nobody'));
    expect(quotation?.cue).toBeNull();
  });
});

describe('three apostrophes closing an inner and an outer quotation', () => {
  it("signs ''…, 'Not here,''' the mayor said. as the mayor's", () => {
    const q = quotes("''They keep telling us, 'Not here, not now,''' the mayor said.");
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'said',
        source: 'the mayor',
        text: "They keep telling us, 'Not here, not now,'",
      }),
    );
  });
});

describe('a share of people `N in M` as a speaker', () => {
  it('reads `…, and one in five say …` as a new speaker, not `five`', () => {
    const q = quotes('Most parents say the fees are too high, and one in five say they will move schools.');
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'say', source: 'one in five', text: 'they will move schools' }),
    );
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'say', source: 'Most parents', text: 'the fees are too high' }),
    );
  });
});

describe('a cue of saying before its speaker before a quotation', () => {
  it('reads `Said Moreno, “…”` and `But, said the coach, “…”`', () => {
    const t =
      'Said Moreno, “Nobody in this town wanted the stadium moved.”\n\n' +
      'But, said the coach, “We will play there anyway and we will win.”';
    const q = quotes(t);
    expect(q).toContainEqual(
      expect.objectContaining({
        cue: 'Said',
        source: 'Moreno',
        text: 'Nobody in this town wanted the stadium moved.',
      }),
    );
    expect(q).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the coach' }));
  });
});
