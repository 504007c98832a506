import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDate } from './dates.ts';

describe('parseDate', () => {
  it.each([
    ['January 17, 2022', '2022-01-17'],
    ['Jan. 18, 2022', '2022-01-18'],
    ['Monday, January 17, 2022', '2022-01-17'],
    ['17 January 2022', '2022-01-17'],
    ['2022-01-17', '2022-01-17'],
    ['2022-01-17T10:00:00+03:00', '2022-01-17T07:00:00Z'],
    ['2022-01-17T10:00:00.000Z', '2022-01-17T10:00:00Z'],
    ['2022-01-18T11:30', '2022-01-18T11:30'],
    ['Mon, 14 Feb 2022 09:30:00 GMT', '2022-02-14T09:30:00Z'],
    ['Mon, 14 Feb 2022 09:30:00 +0300', '2022-02-14T06:30:00Z'],
    ['Feb. 20, 2022 10:00 a.m.', '2022-02-20T10:00'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', 'Feb 30, 2022', '2022-13-01', 'Zapad-2021', 'x'.repeat(500)])(
    'rejects %j',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );
});

describe('dateFromUrl', () => {
  it.each([
    ['https://example.test/2022/01/17/belarus-drills-a-1', '2022-01-17'],
    ['https://example.test/news/20220211-drills', '2022-02-11'],
    ['https://example.test/2022-02-11/drills', '2022-02-11'],
    ['https://example.test/news/drills-2022', null],
    ['https://example.test/2022/13/45/x', null],
    ['https://example.test/west-virginia/statements/2019/nov/18/a-claim/', '2019-11-18'],
    ['https://example.test/2019/November/8/x', '2019-11-08'],
    ['https://example.test/2019/nov/31/x', null],
    ['https://example.test/2019/news/18/x', null],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});
