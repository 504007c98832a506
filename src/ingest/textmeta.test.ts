import { describe, expect, it } from 'vitest';
import {
  dominantYear,
  findDateline,
  findLeadingDate,
  findUpdateNotes,
  findWeekdayDate,
  parseUpdateStamp,
} from './textmeta.ts';

describe('findDateline', () => {
  it.each([
    ['KYIV, Jan 18 (Reuters) - Ukraine said', { place: 'Kyiv', outlet: 'Reuters', date: '2022-01-18' }],
    ['MINSK, Belarus (AP) — Belarus said', { place: 'Minsk', outlet: 'AP', date: null }],
    ['WASHINGTON — The U.S. said', { place: 'Washington', outlet: null, date: null }],
    ['VILNIUS, Feb. 3 - Lithuania', { place: 'Vilnius', outlet: null, date: '2022-02-03' }],
    ['MOSCOW, 21 February — The decision', { place: 'Moscow', outlet: null, date: '2022-02-21' }],
    [
      'ROTTERDAM (Harbour Ledger), 12 June — Dock workers',
      { place: 'Rotterdam', outlet: 'Harbour Ledger', date: '2022-06-12' },
    ],
    ['GOMA, Democratic Republic of Congo — Fighting resumed.', { place: 'Goma', outlet: null, date: null }],
    ['GAZA/JERUSALEM, Feb. 8 (Wire) - Text', { place: 'Gaza/Jerusalem', outlet: 'Wire', date: '2022-02-08' }],
    [
      'Headline\n\nMOSCOW, Feb 10 (Baltic Wire) - Text',
      { place: 'Moscow', outlet: 'Baltic Wire', date: '2022-02-10' },
    ],
    // A US state abbreviated in AP style, with its periods.
    ['SAN JOSE, Calif. (AP) — A startup said', { place: 'San Jose', outlet: 'AP', date: null }],
    ['ALBANY, N.Y. (AP) — The governor said', { place: 'Albany', outlet: 'AP', date: null }],
    ['TAMPA, Fla., Jan. 5 (AP) — Text', { place: 'Tampa', outlet: 'AP', date: '2022-01-05' }],
    // A place with letters beyond ASCII, and an outlet alone in brackets.
    ['SÃO PAULO (AP) — Text', { place: 'São Paulo', outlet: 'AP', date: null }],
    ['(CNN) — The president said', { place: null, outlet: 'CNN', date: null }],
  ])('%j', (text, expected) => {
    const d = findDateline(text, 2022);
    expect(d).toMatchObject(expected);
    expect(text.slice(d!.span[0], d!.span[1])).toMatch(/[-—]$/);
  });

  it('reads no outlet from a bracketed label (`(Updated) —`)', () => {
    expect(findDateline('(Updated) — The figures were revised.', 2022)).toBeNull();
  });

  it('reads a press release’s dateline: a date with its year and a /WIRE/ or (WIRE) outlet', () => {
    const pr = 'BOSTON, June 3, 2026 /PRNewswire/ -- Lumen Bio today announced a financing.';
    expect(findDateline(pr, null, 2020)).toMatchObject({
      place: 'Boston',
      outlet: 'PRNewswire',
      date: '2026-06-03',
    });
    expect(pr.slice(0, findDateline(pr, null, null)!.span[1])).toBe('BOSTON, June 3, 2026 /PRNewswire/ --');
    const gw = 'SAN DIEGO, March 2, 2026 (GLOBE NEWSWIRE) -- Foo Inc. announced results.';
    expect(findDateline(gw, null, null)).toMatchObject({
      place: 'San Diego',
      outlet: 'GLOBE NEWSWIRE',
      date: '2026-03-02',
    });
  });

  it("takes a dateline's year from the story's own weekday, not a possessive or `since` one", () => {
    const text = "GAZA, March 5 (Courier) - The toll of Sunday's strike rose, the ministry said on Tuesday.";
    // March 5 fell on a Tuesday in 2024 (on a Sunday in 2023).
    expect(findDateline(text, null, 2026)?.date).toBe('2024-03-05');
    const since = 'GAZA, March 5 (Courier) - Talks stalled since Sunday resumed on Tuesday.';
    expect(findDateline(since, null, 2026)?.date).toBe('2024-03-05');
    // Negative: with only a possessive weekday, it is still the best clue.
    const only = "GAZA, March 5 (Courier) - Sunday's strike was condemned.";
    expect(findDateline(only, null, 2026)?.date).toBe('2023-03-05');
  });

  it('does not take a deadline the story names (`by 2035`) as a year already seen', () => {
    const text =
      'BELEM, Brazil, Nov. 21 - Delegates agreed early on Saturday to raise finance to $300 billion a year by 2035. The next summit is in November 2026.';
    // Nov. 21 is a Saturday in 2026 and in 2037: the target year 2035 must not push it to 2037.
    expect(findDateline(text, null, null)?.date).toBe('2026-11-21');
    // Negative: a year written without a deadline word still counts (`in 2035` is the latest seen).
    const seen = 'BELEM, Brazil, Nov. 21 - Delegates met on Saturday, as they did in 2035.';
    expect(findDateline(seen, null, null)?.date).toBe('2037-11-21');
  });

  it.each(['Lukashenko said on Monday - nothing', 'The drills - which began', 'NATO is worried.'])(
    'no dateline in %j',
    (text) => {
      expect(findDateline(text, 2022)).toBeNull();
    },
  );
});

describe('update notes', () => {
  it('resolves the stamp against the publication date', () => {
    expect(parseUpdateStamp('11:30 a.m. on Jan. 18', '2022-01-17')).toBe('2022-01-18T11:30');
    expect(parseUpdateStamp('3:15 p.m. on Feb. 3', '2022-02-03')).toBe('2022-02-03T15:15');
    expect(parseUpdateStamp('Feb. 20, 2022 10:00', '2022-02-19')).toBe('2022-02-20T10:00');
    expect(parseUpdateStamp('12 p.m.', '2022-02-03T08:00:00Z')).toBe('2022-02-03T12:00');
    expect(parseUpdateStamp('Jan. 2', '2021-12-30')).toBe('2022-01-02');
    expect(parseUpdateStamp('Jan. 2', null)).toBeNull();
  });

  it('finds notes at paragraph starts with their scope', () => {
    const text =
      'Title\n\nUpdate at 11:30 a.m. on Jan. 18: Belarus said Tuesday.\n\nMore text. Update at noon: not a note.';
    const notes = findUpdateNotes(text, '2022-01-17');
    expect(notes).toHaveLength(1);
    expect(text.slice(...notes[0]!.span)).toBe('Update at 11:30 a.m. on Jan. 18:');
    expect(text.slice(...notes[0]!.scope)).toBe(' Belarus said Tuesday.');
    expect(notes[0]!.value).toBe('2022-01-18T11:30');
  });
});

describe('leading date and years', () => {
  it('takes a date line among the first paragraphs', () => {
    expect(findLeadingDate('Headline\n\nJanuary 17, 2022\n\nBody')?.value).toBe('2022-01-17');
    expect(findLeadingDate('Headline\n\nBody text on January 17, 2022, was long.')).toBeNull();
    expect(findLeadingDate('Headline\n\nBy a staff reporter — 3 November 2024\n\nBody')?.value).toBe(
      '2024-11-03',
    );
    expect(findLeadingDate('Headline\n\nJane Doe | Nov. 3, 2024\n\nBody')?.value).toBe('2024-11-03');
    expect(findLeadingDate('Headline\n\nBy a staff reporter, 14 October 2025\n\nBody')?.value).toBe(
      '2025-10-14',
    );
    expect(findLeadingDate('Headline\n\nBy Jane Doe, Nov. 3, 2024\n\nBody')?.value).toBe('2024-11-03');
    expect(findLeadingDate('Headline\n\nBy Jane Doe, Staff Writer\n\nBody')).toBeNull();
    // A byline with no date, or a date inside a sentence, is no publication date.
    expect(findLeadingDate('Headline\n\nBy Jane Doe — Staff\n\nBody')).toBeNull();
    expect(
      findLeadingDate('Headline\n\nTalks end — 3 November 2024 was the day they failed, said one.'),
    ).toBeNull();
  });
  it('finds the dominant year', () => {
    expect(dominantYear('In 2021 and 2022, and again in 2022.')).toBe(2022);
    expect(dominantYear('No years here, only 300 tanks.')).toBeNull();
  });
});

describe('a weekday and its date in the lead, as a last-resort publication date', () => {
  it('finds the year the weekday fits, back from the ingest year or up from the years the text names', () => {
    const lead =
      'Explainer: the drills\n\nTroops have poured in since January. By Tuesday, Jan. 25, the scale was clear.';
    expect(findWeekdayDate(lead, 2026)).toBe('2022-01-25');
    expect(findWeekdayDate(`${lead}\n\nThe 2021 exercise was smaller.`, 2026)).toBe('2022-01-25');
    expect(findWeekdayDate('Lead\n\nOn Friday 4 March the talks resumed.', 2026)).toBe('2022-03-04');
  });

  it('leaves a date with its year, and a text with no weekday and date, to the other readers', () => {
    expect(findWeekdayDate('Lead\n\nOn Tuesday, Jan. 25, 2022, they met.', 2026)).toBeNull();
    expect(findWeekdayDate('Lead\n\nOn Tuesday they met, and on Jan. 25 they parted.', 2026)).toBeNull();
  });
});
