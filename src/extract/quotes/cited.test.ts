import { describe, expect, it } from 'vitest';
import { read } from '../pipeline.ts';

/** Quotes of the full pipeline (entities included) as content, cue, speaker and relay texts. */
function quotes(text: string) {
  const ctx = {
    text,
    published: '2022-02-01T10:00:00Z',
    updates: [],
    language: 'en',
    links: [],
    dateline: null,
  };
  return read(ctx)
    .mentions.filter((m) => m.kind === 'quote')
    .map((m) => {
      if (m.kind !== 'quote') throw new Error('unreachable');
      return {
        content: text.slice(m.span[0], m.span[1]),
        cue: m.cue ? text.slice(m.cue[0], m.cue[1]) : null,
        speaker: m.speakerText,
        via: m.viaText,
      };
    });
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
    const q = quotes(text).find((x) => x.cue === 'According to');
    expect(q).toMatchObject({
      speaker: 'Jane Starner',
      content: '“He was reading novels before he could ride a bike.”',
    });
  });
});
