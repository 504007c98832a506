import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/** Spans of years are times, no figures (sentences written for these tests). */
function texts(text: string): string[] {
  return findQuantities({ text, sentences: splitSentences(text) }).map((q) =>
    text.slice(q.span[0], q.span[1]),
  );
}

describe('quantities: a span of years is no figure', () => {
  it.each([
    'The recall covers certain 2019-2023 models, including the Vista.',
    'Sales in the 2015-2019 period rose.',
    'Output fell from 2009 to 2013 as the mines closed.',
    'Between 2006 and 2012 the city lost its port.',
    'He served as governor from 1993 to 2001.',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps ranges of counts, and figures after a span of years', () => {
    expect(texts('Between 1500-2000 troops were deployed.')).toEqual(['1500-2000 troops']);
    expect(texts('Some 1900-2000 people attended.')).toEqual(['1900-2000 people']);
    expect(texts('Spending rose from 2009 to 2013 by $4 billion.')).toEqual(['$4 billion']);
    expect(texts('The number of members rose from 1,200 to 2,013.')).not.toEqual([]);
  });
});
