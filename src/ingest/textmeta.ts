/**
 * Metadata found in the normalised text itself, for every format: a leading date line, a wire
 * dateline (`KYIV, Jan 18 (Reuters) -`), and update notes (`Update at 11:30 a.m. on Jan. 18:`).
 * All patterns are anchored at paragraph starts and bounded in length, so they stay linear.
 */
import type { Dateline, UpdateNote } from '../model/source.ts';
import { isoDate, monthNumber, parseDate } from './dates.ts';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Paragraph starts in a text: offset 0 and each offset after a blank line. */
export function paragraphStarts(text: string, limit = Number.POSITIVE_INFINITY): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < text.length && starts.length < limit) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    starts.push(i);
    const next = text.indexOf('\n\n', i);
    if (next === -1) break;
    i = next + 2;
  }
  return starts;
}

function paragraphEnd(text: string, start: number): number {
  const next = text.indexOf('\n\n', start);
  return next === -1 ? text.length : next;
}

/** The longest line a leading date or byline with a date is read from. */
const LEADING_LINE_MAX = 80;
/** The longest date a byline ends with (`Wednesday, 30 September 2026, 10:45`). */
const BYLINE_DATE_MAX = 40;
/** What parts a byline line: a spaced dash, a bar, a middle dot or a bullet. */
const BYLINE_SEPARATOR = /\s[\u2014\u2013|\u00b7\u2022-]\s/;

/** The first paragraph (among the first three) that is nothing but a date: the publication date. */
export function findLeadingDate(text: string): { value: string; span: [number, number] } | null {
  for (const start of paragraphStarts(text, 3)) {
    const end = paragraphEnd(text, start);
    if (end - start > LEADING_LINE_MAX) continue;
    const line = text.slice(start, end).trim();
    // The whole line (`Published: 3 November 2024`), else its last part after a byline's
    // separator (`By a staff reporter — 3 November 2024`, `Jane Doe | Nov. 3, 2024`).
    const last = line.split(BYLINE_SEPARATOR).at(-1)!.trim();
    const parts = last.length <= BYLINE_DATE_MAX ? [line, last] : [line];
    // `By a staff reporter, 14 October 2025`: after a byline's comma (dates hold commas too, so
    // each comma from the left is tried: `By Jane Doe, Nov. 3, 2024`).
    if (/^by\s/i.test(line))
      for (let i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
        const tail = line.slice(i + 1).trim();
        if (tail.length <= BYLINE_DATE_MAX) parts.push(tail);
      }
    for (const part of parts) {
      const value = parseDate(part.replace(/^(?:published|posted|updated)\s*:?\s*/i, ''));
      if (value) return { value, span: [start, start + line.length] };
    }
  }
  return null;
}

const DATELINE = new RegExp(
  // PLACE, in capitals or title case (`GAZA/JERUSALEM`, `SÃO PAULO`)
  String.raw`^(\p{Lu}[\p{L}.'\u2019/-]*(?: \p{Lu}[\p{L}.'\u2019/-]*){0,3}),?` +
    // optional region or country (`Democratic Republic of Congo`), or a US state abbreviated AP style
    // (`Calif.`, `N.Y.`, `D.C.`)
    String.raw`(?: ([A-Z][a-z]+\.?(?: (?:of |and |the )?[A-Z][a-z]+){0,3}|(?:[A-Z]\.){2,3}),?)?` +
    String.raw`(?: (${MONTH})\.? (\d{1,2}))?` + // optional date, month first
    String.raw`(?:,? (\d{4}))?` + // and its year (`June 3, 2026`, press releases)
    String.raw`,? ?(?:\(([A-Za-z][\w .&-]{0,30})\)|/([A-Za-z][\w .&-]{0,30})/)?` + // (OUTLET) or /WIRE/ (`/PRNewswire/`)
    String.raw`(?:,? (\d{1,2}) (${MONTH})\.?)? ?[-\u2013\u2014]{1,2} `, // or a date, day first (`MOSCOW, 21 February —`), and a dash
  'u',
);
/** Bracketed labels that open a paragraph and name no outlet (`(Updated) —`, `(Photo) —`). */
const NOT_OUTLET =
  /^(?:updated?|update \d+|correct(?:ed|ion)|photos?|videos?|file|opinion|analysis|audio|watch|live|exclusive)$/i;
/** An outlet alone in brackets and a dash opening the story (`(CNN) —`). */
const OUTLET_DATELINE = /^\(([A-Za-z][\w .&-]{0,30})\) ?[-\u2013\u2014]{1,2} /;

/**
 * A wire dateline at the start of the first body paragraph, with place, outlet and date. Datelines
 * carry no year: it comes from `year` when the document states one elsewhere, else from
 * `inferYear` (the weekday the story gives for its own day), else the date stays unknown.
 */
export function findDateline(
  text: string,
  year: number | null,
  fallbackYear: number | null = null,
): Dateline | null {
  for (const start of paragraphStarts(text, 4)) {
    const head = text.slice(start, start + 120);
    const o = OUTLET_DATELINE.exec(head);
    if (o && !NOT_OUTLET.test(o[1]!))
      return { span: [start, start + o[0].trimEnd().length], place: null, outlet: o[1]!.trim(), date: null };
    const m = DATELINE.exec(head);
    if (!m) continue;
    const place = m[1]!;
    const outlet = m[6] ?? m[7];
    // A dateline place is written in capitals (KYIV) or comes with an outlet or a date.
    const caps = place === place.toUpperCase() && /[A-Z]{3}/.test(place);
    if (!caps && !outlet && !m[3] && !m[9]) continue;
    const month = m[3] ? monthNumber(m[3]) : m[9] ? monthNumber(m[9]) : null;
    const dom = Number(m[3] ? m[4] : m[8]);
    const y = month
      ? m[5]
        ? Number(m[5])
        : (year ?? inferYear(text.slice(start, start + 600), text, month, dom, fallbackYear))
      : null;
    const date = month && y ? isoDate(y, month, dom) : null;
    return {
      span: [start, start + m[0].trimEnd().length],
      place: caps ? titleCase(place) : place,
      outlet: outlet?.trim() ?? null,
      date,
    };
  }
  return null;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const UPDATE =
  /^(?:\*\s*)?(?:update[d]?|correction|editor['\u2019]s note)\b[^\n:]{0,8}?(?:\s+(?:at|on)\s+)?([^\n]{0,60}?)\s*:(?=\s|$)/i;
const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\.?(?=\W|$)|\b(\d{1,2}):(\d{2})\b/i;
const MDAY = new RegExp(
  String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|\b(\d{1,2})\s+(${MONTH})\b(?:\s+(\d{4}))?`,
  'i',
);

/**
 * Reads the stamp of an update note (`11:30 a.m. on Jan. 18`, `Feb. 20, 2022 10:00`) against the
 * publication date, which gives the year when the stamp has none. Returns a local date-time or a date.
 */
export function parseUpdateStamp(stamp: string, published: string | null): string | null {
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const d = MDAY.exec(stamp);
  let day: string | null = null;
  if (d) {
    const month = monthNumber(d[1] ?? d[5]!);
    const dom = Number(d[2] ?? d[4]);
    const year = Number(d[3] ?? d[6] ?? pubYear ?? Number.NaN);
    if (month && Number.isFinite(year)) {
      day = isoDate(year, month, dom);
      // An update follows its article: a stamp that falls before it belongs to the next year.
      if (day && published && !d[3] && !d[6] && day < published.slice(0, 10))
        day = isoDate(year + 1, month, dom);
    }
  } else if (published) day = published.slice(0, 10);
  if (!day) return null;
  const t = TIME.exec(stamp.replace(MDAY, ' '));
  if (!t) return day;
  let h = Number(t[1] ?? t[4]);
  const min = t[2] ?? t[5] ?? '00';
  if (t[3]) {
    const pm = t[3].toLowerCase() === 'p';
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 23 || Number(min) > 59) return day;
  return `${day}T${String(h).padStart(2, '0')}:${min}`;
}

/** Update notes at paragraph starts, each with its stamp resolved and the paragraph it governs. */
export function findUpdateNotes(text: string, published: string | null): UpdateNote[] {
  const notes: UpdateNote[] = [];
  for (const start of paragraphStarts(text)) {
    const head = text.slice(start, start + 100);
    const m = UPDATE.exec(head);
    if (!m) continue;
    notes.push({
      value: parseUpdateStamp(m[1] ?? '', published),
      span: [start, start + m[0].length],
      scope: [start + m[0].length, paragraphEnd(text, start)],
    });
  }
  return notes;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(?:on |late |early )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/** Before a weekday, words that make it another day than the story's (`since Sunday`, `last Friday`). */
const OTHER_DAY = /(?:last|next|since|until|before|after|from|by|previous)\s+$/i;

/**
 * The weekday the lead names for the story's own day: the first one that is neither possessive
 * (`Sunday's air strike`, a past event) nor set off by `last`, `since` or the like; else the first.
 */
function storyWeekday(lead: string): string | null {
  let first: string | null = null;
  for (const m of lead.matchAll(WEEKDAY_RE)) {
    first ??= m[1]!;
    const after = lead.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/^['’]s/.test(after) || OTHER_DAY.test(lead.slice(Math.max(0, m.index - 12), m.index))) continue;
    return m[1]!;
  }
  return first;
}

/** How far from the reference year a weekday match is looked for. */
const YEAR_SEARCH = 12;

/**
 * The year of a dateline's month and day, from the weekday the story names for its own day ("…
 * said on Tuesday"): among years from the latest year the text mentions (less one, since stories
 * mention coming years) upward, or back from `fallbackYear` when it mentions none, the first whose
 * calendar puts that day on that weekday. Null when the lead names no weekday.
 */
export function inferYear(
  lead: string,
  text: string,
  month: number,
  day: number,
  fallbackYear: number | null,
): number | null {
  const wd = storyWeekday(lead);
  if (!wd) return null;
  const want = WEEKDAYS.indexOf(wd.toLowerCase());
  const fits = (y: number) =>
    new Date(Date.UTC(y, month - 1, day)).getUTCDay() === want && isoDate(y, month, day) !== null;
  // A deadline or target (`by 2035`, `until 2030`) may lie far beyond the story's own year.
  const mentioned = mentionedYears(text, true);
  if (mentioned.length > 0) {
    const from = Math.max(...mentioned) - 1;
    for (let y = from; y <= from + YEAR_SEARCH; y++) if (fits(y)) return y;
    return null;
  }
  if (fallbackYear === null) return null;
  for (let y = fallbackYear; y >= fallbackYear - YEAR_SEARCH; y--) if (fits(y)) return y;
  return null;
}

/** A weekday with its date in a lead (`By Tuesday, Jan. 25, the scale …`, `on Friday 4 March`). */
const WEEKDAY_DATE = new RegExp(
  String.raw`\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+(?:(${MONTH})\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\b)(?!,?\s*\d{4})`,
  'i',
);

/**
 * A last-resort publication date for a document that has none: a weekday and its date written
 * without a year in the first two paragraphs (`By Tuesday, Jan. 25, …`), in the year the weekday
 * fits: upward from the latest year the text mentions (less one), else back from `referenceYear`
 * (the ingest year). A story that names its own day this way is rarely far from it; a date with
 * its year written out is left to the other readers.
 */
export function findWeekdayDate(text: string, referenceYear: number | null): string | null {
  const starts = paragraphStarts(text, 2);
  const lead = text.slice(0, Math.min(text.length, paragraphEnd(text, starts.at(-1) ?? 0), 2000));
  const m = WEEKDAY_DATE.exec(lead);
  if (!m) return null;
  const month = monthNumber(m[2] ?? m[5] ?? '');
  const day = Number(m[3] ?? m[4]);
  if (!month || !day) return null;
  const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const fits = (y: number) =>
    new Date(Date.UTC(y, month - 1, day)).getUTCDay() === want && isoDate(y, month, day) !== null;
  const mentioned = mentionedYears(text, true);
  if (mentioned.length > 0) {
    const from = Math.max(...mentioned) - 1;
    for (let y = from; y <= from + YEAR_SEARCH; y++) if (fits(y)) return isoDate(y, month, day);
    return null;
  }
  if (referenceYear === null) return null;
  for (let y = referenceYear; y >= referenceYear - YEAR_SEARCH; y--)
    if (fits(y)) return isoDate(y, month, day);
  return null;
}

/** Words before a year that make it a deadline or target rather than a year already seen. */
const TARGET_BEFORE = /\b(?:by|until|till|through|before|to)\s+(?:the\s+end\s+of\s+)?$/i;

/**
 * Years written in a text as years, not inside names (`Zapad-2021`, `S-2000`); without the
 * deadlines and targets (`by 2035`, `until 2030`) when `withoutTargets`.
 */
function mentionedYears(text: string, withoutTargets = false): number[] {
  const out: number[] = [];
  const head = text.slice(0, 20000);
  for (const m of head.matchAll(/(^|[^\p{L}\p{N}-])(19[5-9]\d|20\d\d)\b/gu)) {
    const at = m.index + m[1]!.length;
    if (withoutTargets && TARGET_BEFORE.test(head.slice(Math.max(0, at - 24), at))) continue;
    out.push(Number(m[2]));
  }
  return out;
}

/** The most frequent plausible year written in a text (not inside names). */
export function dominantYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const y of mentionedYears(text)) {
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) [best, n] = [y, c];
  return best;
}
