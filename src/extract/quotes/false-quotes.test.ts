import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuotes } from './stage.ts';

function quotes(text: string) {
  return findQuotes({ text, sentences: splitSentences(text), entities: [] }).map(({ mention: m }) => ({
    text: text.slice(m.span[0], m.span[1]),
    by: m.by,
  }));
}

describe('partial quotations are not quoted twice', () => {
  it('drops an unattributed quotation that a reported clause holds, opening mid-clause', () => {
    const t =
      'The treasurer said on Tuesday that the new stadium “would cost the city far more than anyone had been told, and for decades to come.” The council meets next week.';
    const q = quotes(t);
    expect(q.filter((x) => x.by.includes('unattributed'))).toEqual([]);
    expect(q.some((x) => x.text.includes('would cost the city far more'))).toBe(true);
  });
  it('drops one that opens with a lower-case word after a verb of the clause', () => {
    const t =
      'Residents said the water plant was “not fit to serve a town of this size, let alone a growing one,” and asked for an inquiry.';
    expect(quotes(t).filter((x) => x.by.includes('unattributed'))).toEqual([]);
  });
  it('keeps a quotation that opens its own sentence after a comma', () => {
    const t =
      'According to his sister, “He read every book in the house before he was ten and then started on the library.” The family moved soon after.';
    expect(quotes(t).some((x) => x.text.startsWith('He read every book'))).toBe(true);
  });
  it('keeps an unattributed quotation no other content holds', () => {
    const t =
      'The sign on the door was plain. “We are closed until further notice, and we thank all of you for twenty good years.”';
    expect(quotes(t).filter((x) => x.by.includes('unattributed')).length).toBe(1);
  });
});

describe('the reader addressed by the writer is no speaker', () => {
  it('drops a general cue whose subject is `you` outside quotation marks', () => {
    const t =
      'If you plan to retire at fifty, you should aim to save thirty times your yearly costs. Maybe you want to keep a small job as well.';
    expect(quotes(t)).toEqual([]);
  });
  it('keeps a verb of saying with `you` and a quotation of someone speaking to you', () => {
    const t = '“You want to see the books before you sign anything,” the accountant said.';
    expect(quotes(t).length).toBe(1);
  });
});

describe('a cue inside a quotation whose content runs out of it', () => {
  it('reads no word of a quoted phrase as the writer’s cue', () => {
    const t =
      'The leaked files trace the camps to orders from the top to “show no mercy” in the fight against what officials call extremism.';
    expect(quotes(t).filter((x) => x.text.startsWith('no mercy'))).toEqual([]);
  });
});
