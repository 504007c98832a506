import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuotes } from './stage.ts';

function quotes(text: string) {
  return findQuotes({ text, sentences: splitSentences(text) }).map(({ attribution: a, mention: m }) => ({
    content: text.slice(m.span[0], m.span[1]),
    cue: a.cue ? text.slice(a.cue[0], a.cue[1]) : null,
    speaker: m.speakerText,
  }));
}

describe('a long aside of the interview terms between the cue and `that`', () => {
  it('reads the content after the aside', () => {
    expect(
      quotes(
        'Three diplomats said, speaking on condition of anonymity because talks are ongoing, that the deal was close.',
      ),
    ).toEqual([{ content: 'the deal was close', cue: 'said', speaker: 'Three diplomats' }]);
    expect(
      quotes(
        'Two coaches said, talking privately after the match because the league had barred comment, that the referee erred.',
      ),
    ).toEqual([{ content: 'the referee erred', cue: 'said', speaker: 'Two coaches' }]);
  });

  it('still reads the terms after a closing cue as no words', () => {
    expect(
      quotes('The deal could collapse, two diplomats said, speaking on condition of anonymity.'),
    ).toEqual([{ content: 'The deal could collapse', cue: 'said', speaker: 'two diplomats' }]);
  });
});
