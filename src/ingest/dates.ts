/**
 * Reading publication dates from metadata, datelines and URLs. Values are ISO 8601: a date
 * (`2022-01-17`) when only the day is known, a UTC date-time (`2022-01-17T09:30:00Z`) when the
 * time and its zone are known, and a local date-time without zone (`2022-01-18T11:30`) otherwise.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Month number (1–12) of an English month name or abbreviation (`Jan`, `Jan.`, `Sept`), or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** An ISO date from parts, or null when the parts are not a real calendar day. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MDY_RE =
  /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?)?/i;
const DMY_RE = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/i;
const YMD_SLASHED_RE = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])/;
/** An optional weekday, then a clock time with an optional am/pm and zone name, before a date. */
const LEADING_CLOCK_RE =
  /^(?:[A-Za-z]{3,9}\.?,?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\b)?\s*[,|-]?\s*/i;

/**
 * Parses a date as news metadata and text write them: ISO 8601, RFC 822 (`Mon, 14 Feb 2022
 * 09:30:00 GMT`), `January 17, 2022`, `Jan. 17, 2022`, `17 January 2022`. Returns null when unsure.
 */
export function parseDate(input: string): string | null {
  let s = input.trim();
  if (s.length === 0 || s.length > 64) return null;
  // `2019/11/19`, `2019.11.19`: year first, so the order is not in doubt.
  const slashed = YMD_SLASHED_RE.exec(s);
  if (slashed)
    s = `${slashed[1]}-${pad(Number(slashed[3]))}-${pad(Number(slashed[4]))}${s.slice(slashed[0].length)}`;
  // `01:38:07 PM IST Nov 20, 2019`, `Fri 6:45 PM, Feb 16, 2018`: a clock time before the date,
  // its zone often a name that cannot be trusted, so only the day is kept.
  const clock = LEADING_CLOCK_RE.exec(s);
  if (clock) {
    const rest = s.slice(clock[0].length);
    const mdy = MDY_RE.exec(rest) ?? null;
    const m = mdy ? monthNumber(mdy[1]!) : null;
    if (mdy && m) return isoDate(Number(mdy[3]), m, Number(mdy[2]));
    const dmy = DMY_RE.exec(rest);
    const dm = dmy ? monthNumber(dmy[2]!) : null;
    return dmy && dm ? isoDate(Number(dmy[3]), dm, Number(dmy[1])) : null;
  }
  const iso = ISO_RE.exec(s);
  if (iso) {
    const day = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] === undefined) return day;
    const time = `${iso[4]}:${iso[5]}:${iso[6] ?? '00'}`;
    if (!iso[7]) return `${day}T${time.slice(0, iso[6] ? 8 : 5)}`;
    const t = Date.parse(
      `${day}T${time}${iso[7].length === 5 ? `${iso[7].slice(0, 3)}:${iso[7].slice(3)}` : iso[7]}`,
    );
    return Number.isNaN(t) ? null : toUtc(t);
  }
  const mdy = MDY_RE.exec(s);
  if (mdy) {
    const m = monthNumber(mdy[1]!);
    const day = m ? isoDate(Number(mdy[3]), m, Number(mdy[2])) : null;
    if (day && mdy[4] !== undefined) {
      let h = Number(mdy[4]);
      const pm = mdy[6]?.toLowerCase().startsWith('p');
      if (mdy[6] && h === 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
      // A trailing zone name makes it absolute; without one the time is local to the outlet.
      if (/\b(GMT|UTC)\b/.test(s)) return `${day}T${pad(h)}:${mdy[5]}:00Z`;
      return `${day}T${pad(h)}:${mdy[5]}`;
    }
    if (day) return day;
  }
  // RFC 822 / 1123 and other full date-times with a zone: the platform parser is reliable here.
  if (/\d{1,2}:\d{2}/.test(s) && /(GMT|UTC|Z|[+-]\d{4})\s*$/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return toUtc(t);
  }
  const dmy = DMY_RE.exec(s);
  if (dmy) {
    const m = monthNumber(dmy[2]!);
    return m ? isoDate(Number(dmy[3]), m, Number(dmy[1])) : null;
  }
  return null;
}

function toUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

/** A publication date from a URL path such as `/2022/01/17/slug` or `/20220117-slug`, or null. */
export function dateFromUrl(url: string): string | null {
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(url) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_-]|$)/.exec(url);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // `/2019/nov/18/`: the month by name (three letters or whole).
  const named = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|-|$)/i.exec(url);
  const month = named ? monthNumber(named[2]!) : null;
  return month ? isoDate(Number(named![1]), month, Number(named![3])) : null;
}

/**
 * The date a file of one article is named by (`2022-01-25-kyiv-ledger.txt`, `20220125_drills.html`,
 * `Reuters 2022.01.25.md`), or null: only the file's own name (no folder), never a member of a
 * collection (`articles-2022-01-28.json#3` names the file's day, not each record's), and only a
 * whole year, month and day not run into other digits (a timestamp or an id is no date).
 */
export function dateFromFileName(origin: string): string | null {
  if (origin.includes('#') || /^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) return null;
  const name = origin.split(/[\\/]/).pop() ?? '';
  const m = /(?:^|[^0-9])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(name);
  return m ? isoDate(Number(m[1]), Number(m[3]), Number(m[4])) : null;
}

/** The calendar day of a date or date-time value. */
export function dayOf(value: string): string {
  return value.slice(0, 10);
}
