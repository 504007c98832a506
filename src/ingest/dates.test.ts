import { describe, expect, it } from 'vitest';
import { dateFromFileName, dateFromUrl, parseDate } from './dates.ts';

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
    // Year first with slashes or dots; a clock time (and a zone name) before the date keeps the day.
    ['2019/11/19', '2019-11-19'],
    ['2019.11.19 10:30', '2019-11-19T10:30'],
    ['01:38:07 PM IST Nov 20, 2019', '2019-11-20'],
    ['Fri 6:45 PM, Feb 16, 2018', '2018-02-16'],
    ['10:54 am, 20 November 2019', '2019-11-20'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    'Feb 30, 2022',
    '2022-13-01',
    'Zapad-2021',
    'x'.repeat(500),
    '12:30',
    '2019/13/40',
    '7:00 2019',
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });
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

describe('dateFromFileName', () => {
  it.each([
    ['examples/text/2022-01-25-thames-observer-explainer.txt', '2022-01-25'],
    ['/home/a/saved/20220211_drills.html', '2022-02-11'],
    ['C:\\news\\Reuters 2022.02.11 drills.md', '2022-02-11'],
    ['notes/drills-2022-02-11.md', '2022-02-11'],
    // A collection's records are not dated by the collection's name.
    ['examples/json/articles-2022-01-28.json#1', null],
    // Folders, mixed separators, timestamps, ids and impossible days are no dates.
    ['archive/2022-01-25/article.txt', null],
    ['2022-01_25-x.txt', null],
    ['capture-20220211123045.html', null],
    ['id-1202202110.txt', null],
    ['2022-02-30-x.txt', null],
    ['https://example.test/2022-02-11.html', null],
    ['-', null],
  ])('%s → %s', (origin, expected) => {
    expect(dateFromFileName(origin)).toBe(expected);
  });
});
