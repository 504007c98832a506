import type { WorkCounter } from '../segment/work.ts';
import type { Attribution } from './attribution.ts';

/**
 * Transcripts: a paragraph that opens with an upper-case speaker label and a colon (`WALLACE: …`,
 * `MR. SMITH: …`, `SEN. JANE ROE (R-OHIO): …`, `Q: …`, `A: …`) is a direct quote of the one the
 * label names. PolNeAR annotates such lines so: the label is the source, the colon the cue, the
 * rest of the paragraph the content; a turn that runs over several paragraphs (no label of their
 * own, up to the next turn) is one content in several parts, which share the cue.
 *
 * A label alone proves nothing (`NEW DELHI: …` is a dateline, `SOURCE: …`, `FTC: …` are page
 * furniture, `DEAR ABBY: …` greets the one addressed): a paragraph is a turn only when another
 * labelled paragraph stands within TURN_GAP paragraphs of it (a dialogue has two turns at least),
 * its label is no page label nor salutation, and not every label of the run is a place.
 */

/** Paragraphs between two turns of one transcript, at most (continuations and stage directions). */
const TURN_GAP = 6;
/** Characters of a label, at most (`UNIDENTIFIED MALE`, `SEN. JANE ROE (R-OHIO)`). */
const MAX_LABEL = 48;

/**
 * An upper-case label and its colon at a paragraph's start (after an opening mark): up to four
 * upper-case words (initials, apostrophes, hyphens, dotted titles), a bracketed affiliation of up to
 * 30 characters, then `:` and a space. Disjoint parts on at most MAX_LABEL characters (no backtracking
 * over the paragraph).
 */
const LABEL =
  /^(\p{Lu}[\p{Lu}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{Lu}'’.-]*){0,3})(?:[ \u00a0]+\([^()\n]{1,30}\))?:[ \u00a0]+(?=\S)/u;

/** Labels (first or only word) that head page furniture or a letter, never a speaker. */
const NOT_SPEAKER: ReadonlySet<string> = new Set(
  "dear source sources update updated note editor editor’s editor's correction clarification warning watch read related photo photos video image caption breaking summary highlights abstract disclaimer disclosure ftc tags tag category price rrp live exclusive analysis opinion spoiler spoilers ps p.s. nb n.b. full transcript excerpt credit credits via contact email phone tel fax web website address location date time when where venue tickets cost admission more also see plus bonus tip tips warning caution important attention notice reminder advertisement sponsored ad ingredients directions instructions method serves prep cook yield nutrition step what who why how details info hours parking rsvp specs pros cons verdict rating score scores final result results standings schedule lineup lineups scoring goals assists penalties attendance referee referees officials saves shots goalies records stats attendance half quarter period inning claim claims fact facts background context takeaway takeaways flashback bottom key our by between driving catch".split(
    ' ',
  ),
);

/** Headings after `The` (`THE FACTS:`, fact-checks' and explainers' sections), never a speaker. */
const NOT_SPEAKER_AFTER_THE: ReadonlySet<string> = new Set([
  'facts',
  'fact',
  'claim',
  'claims',
  'latest',
  'big picture',
  'bottom line',
  'details',
  'context',
  'background',
  'verdict',
  'ruling',
  'takeaway',
  'upshot',
]);

interface Line {
  /** Paragraph start (the opening mark, if any, included) and end. */
  readonly start: number;
  readonly end: number;
  /** After the opening mark and spaces. */
  readonly body: number;
  /** True when the paragraph opens with a quotation mark. */
  readonly marked: boolean;
  /** The label and colon, when it opens with one: label `[s, e)` (affiliation included), colon at `colon`. */
  readonly label: [number, number] | null;
  /** The label's name, without a bracketed affiliation (`SEN. JANE ROE` of `SEN. JANE ROE (R-OHIO)`). */
  readonly name: [number, number] | null;
  readonly colon: number;
}

function space(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13;
}

/** The paragraph `[start, end)` read: its opening mark and its label, if any. */
function readLine(text: string, start: number, end: number): Line {
  let b = start;
  while (b < end && space(text.charCodeAt(b))) b++;
  let marked = false;
  const c = text[b];
  if (c === '"' || c === '“') {
    marked = true;
    b++;
  } else if (c === "'" && text[b + 1] === "'") {
    marked = true;
    b += 2;
  }
  let label: [number, number] | null = null;
  let name: [number, number] | null = null;
  let colon = -1;
  const m = LABEL.exec(text.slice(b, Math.min(end, b + MAX_LABEL + 4)));
  // (`SCORE: 3-1`, `WEB: https://…`: a figure or a link after the colon is a field's value.)
  const v = m ? b + m[0].length : 0;
  if (m && labelled(m[1]!) && !/[0-9]/.test(text[v] ?? '') && !text.startsWith('http', v)) {
    colon = b + m[0].lastIndexOf(':');
    label = [b, colon];
    name = [b, b + m[1]!.length];
  }
  return { start, end, body: b, marked, label, name, colon };
}

/** True when a matched label may name a speaker: two upper-case letters or more, or `Q`/`A`; no page label. */
function labelled(label: string): boolean {
  if (label.length === 1) return label === 'Q' || label === 'A';
  let upper = 0;
  for (const ch of label) if (ch !== ch.toLowerCase()) upper++;
  if (upper < 2) return false;
  const words = label.split(/[ \u00a0]+/);
  const first = words[0]!.toLowerCase();
  // (`THE FACTS:`, `THE BIG PICTURE:`: a heading after `the`; `THE PRESIDENT:` still speaks.)
  if (
    first === 'the' &&
    words.length > 1 &&
    NOT_SPEAKER_AFTER_THE.has(words.slice(1).join(' ').toLowerCase())
  )
    return false;
  return !NOT_SPEAKER.has(first) && !NOT_SPEAKER.has(first.replace(/[.:]+$/, ''));
}

/** A stage direction on a paragraph of its own (`(CROSSTALK.)`, `[LAUGHTER]`): no one's words. */
function stageDirection(text: string, line: Line): boolean {
  const c = text[line.body];
  if (c !== '(' && c !== '[') return false;
  let e = line.end;
  while (e > line.body && /[\s"”.]/.test(text[e - 1]!)) e--;
  return text[e - 1] === (c === '(' ? ')' : ']');
}

/** The content of a paragraph from `from`: to its end, without trailing spaces or a closing mark of a marked paragraph. */
function contentOf(text: string, line: Line, from: number): [number, number] | null {
  let s = from;
  while (s < line.end && space(text.charCodeAt(s))) s++;
  let e = line.end;
  while (e > s && space(text.charCodeAt(e - 1))) e--;
  if (line.marked && e > s && (text[e - 1] === '"' || text[e - 1] === '”')) e--;
  if (line.marked && e > s + 1 && text[e - 1] === "'" && text[e - 2] === "'") e -= 2;
  while (e > s && space(text.charCodeAt(e - 1))) e--;
  return e > s ? [s, e] : null;
}

/** One upper-case letter (a code point), for the units outside ASCII. */
const UPPER = /^\p{Lu}$/u;

/**
 * True when the text holds an upper-case letter, a colon and a space (`\p{Lu}:[ \u00a0]`): the
 * colons are found by `indexOf` (few in most texts), not by a pattern tried at every unit.
 */
export function labelColon(text: string): boolean {
  for (let k = text.indexOf(':', 1); k >= 0; k = text.indexOf(':', k + 1)) {
    const n = text.charCodeAt(k + 1);
    if (n !== 32 && n !== 0xa0) continue;
    const c = text.charCodeAt(k - 1);
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
      continue;
    }
    // (A letter outside the BMP is a surrogate pair: its code point is read whole.)
    const at = c >= 0xdc00 && c <= 0xdfff && k >= 2 ? k - 2 : k - 1;
    const cp = text.codePointAt(at)!;
    if (UPPER.test(String.fromCodePoint(cp)) && at + (cp > 0xffff ? 2 : 1) === k) return true;
  }
  return false;
}

/**
 * Turns of transcripts in the text, in text order: one attribution per paragraph of a turn (direct,
 * rule `direct/transcript`, the label's colon as cue). `place(s, e)` tells a label that is a place
 * (a dateline), when entities are known. One pass over the paragraphs; each label is read on at most
 * MAX_LABEL characters.
 */
export function findTurns(
  text: string,
  place?: (s: number, e: number) => boolean,
  counter?: WorkCounter,
): Attribution[] {
  // Cheap exit: no colon followed by a space after an upper-case letter anywhere.
  if (!labelColon(text)) return [];
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let k = at;
    while (k < nl && space(text.charCodeAt(k))) k++;
    if (k < nl) lines.push(readLine(text, at, nl));
    at = nl + 1;
  }
  // (One step per paragraph read for its label, and per paragraph a turn reads on below.)
  if (counter) counter.steps += lines.length;
  const labelled: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.label) labelled.push(i);
  if (labelled.length < 2) return [];
  // Runs of labelled paragraphs, each within TURN_GAP paragraphs of the one before.
  const out: Attribution[] = [];
  let r = 0;
  while (r < labelled.length) {
    let q = r;
    while (q + 1 < labelled.length && labelled[q + 1]! - labelled[q]! <= TURN_GAP) q++;
    if (q > r) emitRun(text, lines, labelled.slice(r, q + 1), place, out, counter);
    r = q + 1;
  }
  return out;
}

function emitRun(
  text: string,
  lines: readonly Line[],
  run: readonly number[],
  place: ((s: number, e: number) => boolean) | undefined,
  out: Attribution[],
  counter: WorkCounter | undefined,
): void {
  if (counter) counter.steps += run.length;
  // `WASHINGTON: … / LONDON: …`: datelines of a roundup, not speakers.
  if (place && run.every((i) => place(lines[i]!.label![0], lines[i]!.label![1]))) return;
  for (let t = 0; t < run.length; t++) {
    const i = run[t]!;
    const line = lines[i]!;
    const label = line.label!;
    const cue: [number, number] = [line.colon, line.colon + 1];
    const base = {
      direct: true,
      cue,
      stance: 'said' as const,
      source: label,
      sourceName: line.name,
      via: null,
      rule: 'direct/transcript',
      pronoun: false,
    };
    const first = contentOf(text, line, line.colon + 1);
    if (first) out.push({ content: first, ...base });
    // A turn goes on over paragraphs with no label of their own, up to the next turn of the run, as
    // long as they open as the turn did (with or without a quotation mark) and no stage direction
    // stands between.
    const next = t + 1 < run.length ? run[t + 1]! : -1;
    if (next < 0) continue;
    for (let j = i + 1; j < next; j++) {
      if (counter) counter.steps += 1;
      const p = lines[j]!;
      if (stageDirection(text, p) || p.marked !== line.marked) break;
      const c = contentOf(text, p, p.body);
      if (c) out.push({ content: c, ...base });
    }
  }
}

/**
 * The direct quotes of the marks' rules and the turns, in text order: a quotation that holds a
 * turn's label (`"PENCE: Well, … / "WALLACE: …`, a transcript set in one long quotation) is the
 * turns', not a quote of its own; one inside a turn's content (words the speaker quotes) stays.
 */
export function withTurns(direct: readonly Attribution[], turns: readonly Attribution[]): Attribution[] {
  if (turns.length === 0) return direct as Attribution[];
  const out: Attribution[] = [];
  let k = 0;
  for (const d of direct) {
    while (k < turns.length && turns[k]!.cue![1] <= d.content[0]) k++;
    // The first turn whose label ends after the quotation's start: its label inside the quotation?
    let held = false;
    for (let j = k; j < turns.length && turns[j]!.source![0] < d.content[1]; j++)
      if (turns[j]!.source![1] > d.content[0] - 2) {
        held = true;
        break;
      }
    if (!held) out.push(d);
  }
  for (const t of turns) out.push(t);
  return out.sort((a, b) => a.content[0] - b.content[0]);
}

/** Characters from the text's start read for its first two paragraphs (a headline and a lead), at most. */
const HEAD_ZONE = 1000;

/**
 * The end of the text's head: its first two paragraphs (a page may open with a line of furniture
 * before the headline), within HEAD_ZONE characters.
 */
export function headEnd(text: string): number {
  let seen = 0;
  const n = Math.min(text.length, HEAD_ZONE);
  // Line by line (a native search for each break): a line holds a paragraph when a unit other
  // than white space is on it (most lines open with one).
  let inPara = false;
  for (let i = 0; i < n; ) {
    let nl = text.indexOf('\n', i);
    if (nl < 0 || nl > n) nl = n;
    for (let k = i; k < nl && !inPara; k++) if (!space(text.charCodeAt(k))) inPara = true;
    if (nl === n) return n;
    if (inPara && ++seen === 2) return nl;
    inPara = false;
    i = nl + 1;
  }
  return n;
}

/**
 * `Name: content` as a headline (`Pence: Flowers won't be at debate`) is a quote, as PolNeAR
 * annotates; past the text's head (see headEnd) the shape is mostly a field of a list (`Thunder: F
 * Lee missed his third game`, `New Release: …`, `FTC: We use affiliate links`), and is kept only when
 * the label is a person's name (`Jeb Bush: …` heading a section on his plans). `person(s, e)` is null
 * when no entities are known (then the shape stays). A salutation (`DEAR ABBY: …`) is never a speaker.
 */
export function colonField(
  text: string,
  a: Attribution,
  head: number,
  person: (s: number, e: number) => boolean | null,
): boolean {
  if (a.rule !== 'indirect/colon' || !a.source) return false;
  const label = text.slice(a.source[0], Math.min(a.source[1], a.source[0] + 5)).toLowerCase();
  if (label.startsWith('dear ') || label.startsWith('dear\u00a0')) return true;
  if (a.source[0] < head) return false;
  return person(a.source[0], a.source[1]) === false;
}

/** Characters of a teaser's line, at most. */
const TEASER_MAX = 200;

/**
 * `RANDY ANDY / Prince parties in pictures despite claiming 'he avoids crowds'`: past the text's head,
 * a paragraph with no sentence-final punctuation right under a short line in capitals (a kicker) is
 * the teaser of another story in a list of links, not reported speech of this one. One per
 * document: the text's line breaks are found once (by `indexOf`), an attribution's line by binary
 * search, and each line is judged once (it reads at most TEASER_MAX characters of its line and 68
 * above it).
 */
export class TeaserLines {
  /** Offsets of the text's line breaks, made at the first attribution past the head. */
  private breaks: number[] | null = null;
  /** Per line (index of the break that ends it): 0 not judged yet, 1 a teaser, 2 not. */
  private judged: Uint8Array | null = null;
  constructor(
    private readonly text: string,
    private readonly head: number,
  ) {}

  /** True when the attribution's cue (else its content) lies on a teaser's line. */
  has(a: Attribution): boolean {
    const at = a.cue ? a.cue[0] : a.content[0];
    if (at < this.head) return false;
    const text = this.text;
    if (!this.breaks) {
      const breaks: number[] = [];
      for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) breaks.push(k);
      this.breaks = breaks;
      this.judged = new Uint8Array(breaks.length + 1);
    }
    const breaks = this.breaks;
    // The first break at or after `at`: it ends the line; the one before it opens it.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    // (A line with no break before it is the text's first, never a teaser's.)
    if (lo === 0) return false;
    const judged = this.judged!;
    if (judged[lo] === 0) {
      const s = breaks[lo - 1]! + 1;
      const e = lo < breaks.length ? breaks[lo]! : text.length;
      judged[lo] = e - s <= TEASER_MAX && teaserAt(text, s, e) ? 1 : 2;
    }
    return judged[lo] === 1;
  }
}

/** True when the line `[s, e)` (after a line break, TEASER_MAX characters at most) is a teaser. */
function teaserAt(text: string, s: number, e: number): boolean {
  let last = e;
  while (last > s && space(text.charCodeAt(last - 1))) last--;
  if (/[.!?:;…]/.test(text[last - 1] ?? '.')) return false;
  if (/[.!?…]['’"”]$/.test(text.slice(last - 2, last))) return false;
  // The paragraph above: a short line in capitals (letters, spaces, quotation marks, `&`, `-`).
  let pe = s - 1;
  while (pe > 0 && s - pe < 8 && space(text.charCodeAt(pe - 1) === 10 ? 32 : text.charCodeAt(pe - 1))) pe--;
  let ps = pe;
  while (ps > 0 && pe - ps < 60 && text.charCodeAt(ps - 1) !== 10) ps--;
  if (ps > 0 && text.charCodeAt(ps - 1) !== 10) return false;
  const kicker = text.slice(ps, pe).trim();
  return kicker.length >= 3 && /^[\p{Lu}\p{N}\s'’‘“”"&!?,.-]+$/u.test(kicker) && /\p{Lu}{2}/u.test(kicker);
}
