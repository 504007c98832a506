/**
 * The time scorers' conventions (eval/tasks): how the Recognizers specs' TIMEX forms are compared
 * with sitrep's, and how TempEval-3 counts error classes. Each mapping has a case it must refuse.
 */
import { describe, expect, it } from 'vitest';
import { caseFailure, durationKey, type Found, timexForms } from '../eval/tasks/recognizers.ts';
import { type SysTimex, scoreDoc, type Tally } from '../eval/tasks/tempeval3.ts';

const found = (text: string, span: [number, number], ...timexes: string[]): Found => ({
  span,
  text,
  timexes: new Set(timexes),
});

describe('Recognizers durations compare by exact length', () => {
  it.each([
    ['P3Y6M', 'P3.5Y', true],
    ['PT1H30M', 'PT1.5H', true],
    ['P6M', 'P0.5Y', true],
    ['P1W', 'P7D', true],
    ['P3Y', 'P3M', false],
    ['PT1H', 'P1D', false],
    ['XXXX-02', 'P2M', false],
  ])('%s vs %s', (a, b, same) => {
    const ka = durationKey(a);
    const kb = durationKey(b);
    expect(ka !== null && ka === kb).toBe(same);
  });

  it('is null for values that are not durations', () => {
    expect(durationKey('2016-11-07')).toBeNull();
    expect(durationKey('PAST_REF')).toBeNull();
    expect(durationKey('PT')).toBeNull();
  });
});

describe('Recognizers extents and failure classes', () => {
  const c = (text: string, start: number, timex?: string) => ({
    Input: `x ${text}`,
    Results: [
      { Text: text, Start: start, Length: text.length, ...(timex ? { Value: { Timex: timex } } : {}) },
    ],
  });

  it('accepts the extent without a leading signal word, and nothing else', () => {
    expect(caseFailure(c('on friday', 2), [found('friday', [5, 11])])).toBeNull();
    expect(caseFailure(c('before 2010', 2, '2010'), [found('2010', [9, 13], '2010')])).toBeNull();
    expect(caseFailure(c('friday night', 2), [found('friday', [2, 8])])).toBe('extent');
    expect(caseFailure(c('the 4th', 2), [found('4th', [6, 9])])).toBe('extent');
  });

  it('names missed, value and spurious failures', () => {
    expect(caseFailure(c('friday', 2), [])).toBe('missed');
    expect(caseFailure(c('friday', 2, '2016-11-04'), [found('friday', [2, 8], '2016-11-11')])).toBe('value');
    expect(caseFailure({ Input: 'x', Results: [] }, [found('x', [0, 1])])).toBe('spurious');
  });

  it('writes clock ranges and unstated months in the specs\u2019 forms', () => {
    const range = timexForms('2016-11-08T15:00/2016-11-08T16:00', null, null, ['year', 'month', 'day']);
    expect(range.has('(2016-11-08T15,2016-11-08T16)')).toBe(true);
    const day = timexForms('2018-07-18', '2018-07-18', '2018-07-18', ['year', 'month']);
    expect(day.has('XXXX-XX-18')).toBe(true);
    const stated = timexForms('2018-07-18', '2018-07-18', '2018-07-18', []);
    expect(stated.has('XXXX-XX-18')).toBe(false);
  });
});

describe('TempEval-3 error classes per gold type', () => {
  it('counts missed, extent, value, type and spurious', () => {
    const t: Tally = {
      gold: 0,
      sys: 0,
      relaxedSys: 0,
      relaxedGold: 0,
      strict: 0,
      value: 0,
      type: 0,
      matched: 0,
      perType: {},
      spuriousByType: {},
      misses: new Map(),
      wrong: new Map(),
      spurious: new Map(),
    };
    const gold = [
      { span: [0, 6] as const, text: 'Friday', type: 'DATE', value: '2000-01-07', mod: null },
      { span: [10, 17] as const, text: '3 weeks', type: 'DURATION', value: 'P3W', mod: null },
      { span: [20, 24] as const, text: '1999', type: 'DATE', value: '1999', mod: null },
    ];
    const sys: SysTimex[] = [
      { span: [0, 12], text: 'Friday night', type: 'TIME', value: '2000-01-07TNI' },
      { span: [10, 17], text: '3 weeks', type: 'DURATION', value: 'P3W' },
      { span: [30, 34], text: 'now', type: 'DATE', value: 'PRESENT_REF' },
    ];
    scoreDoc(gold, sys, t);
    expect(t.perType.DATE).toMatchObject({
      gold: 2,
      found: 1,
      missed: 1,
      extent: 1,
      wrongValue: 1,
      wrongType: 1,
    });
    expect(t.perType.DURATION).toMatchObject({ gold: 1, found: 1, value: 1, missed: 0, extent: 0 });
    expect(t.spuriousByType).toEqual({ DATE: 1 });
  });
});
