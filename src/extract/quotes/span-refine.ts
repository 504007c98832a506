import type { Word } from '../quantities/words.ts';
import type { WorkCounter } from '../segment/work.ts';
import type { Attribution } from './attribution.ts';
import { SPAN_MODEL_CONTENT, SPAN_MODEL_UNSEEN_RULES, SPAN_SETTLED_MAX_WORDS } from './constants.ts';
import {
  allowedBoundary,
  type BoundaryContext,
  bestPair,
  boundaryScore,
  type Candidates,
  candidates,
  isClauseEdge,
  ruleHash,
  type SpanModel,
  SpanWindow,
  scoreTables,
} from './span-model.ts';

/** Attributions looked at on each side for the neighbours' limits. */
const NEIGHBOUR_SCAN = 16;

/** Words of the next sentence a content after its cue may reach into. */
export const NEXT_SENTENCE_WORDS = 60;

/** One span to decide: its kind (see `BoundaryContext.kind`), its rule words [ra, rb) and the candidates. */
export interface SpanTask {
  readonly role: 'source' | 'content';
  readonly kind: number;
  readonly ra: number;
  readonly rb: number;
  readonly cand: Candidates;
  readonly start: BoundaryContext;
  readonly end: BoundaryContext;
}

/** Index of the first word starting at or after `at` (binary search: words are in text order). */
export function wordAt(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `wordAt(win.words, at)` read from the window's word starts. */
function windowWordAt(win: SpanWindow, at: number): number {
  const starts = win.starts;
  let lo = 0;
  let hi = win.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `wordRange(win.words, span)` read from the window's word starts. */
function windowRange(win: SpanWindow, span: readonly [number, number]): [number, number] | null {
  const words = win.words;
  if (words.length === 0 || span[0] < win.starts[0]! || span[1] > words[words.length - 1]!.end) return null;
  const ra = windowWordAt(win, span[0]);
  const rb = windowWordAt(win, span[1]);
  return rb > ra ? [ra, rb] : null;
}

/** The word range [ra, rb) of a character span lying inside the window, else null. */
function wordRange(words: readonly Word[], span: readonly [number, number]): [number, number] | null {
  if (words.length === 0 || span[0] < words[0]!.start || span[1] > words[words.length - 1]!.end) return null;
  const ra = wordAt(words, span[0]);
  const rb = wordAt(words, span[1]);
  return rb > ra ? [ra, rb] : null;
}

/**
 * The spans of attribution `a` the model may redraw: its source when it lies on one side of the
 * cue and is not settled (see `settledSource`), and with `content` its content when the attribution
 * is reported speech (a direct quotation's content is fixed by its marks). `sentence` holds the
 * cue's sentence's words; `limits` gives the offsets the spans may not grow beyond
 * (`neighbourLimits`) and `window` builds the model's window (the stage builds one per sentence):
 * both are called only when a span is scored.
 */
export function spanTasks(
  sentence: readonly Word[],
  a: Attribution,
  limits: () => readonly [number, number],
  content: boolean,
  window: () => SpanWindow,
): SpanTask[] {
  const out: SpanTask[] = [];
  if (!a.cue) return out;
  const cue = wordRange(sentence, a.cue);
  if (!cue) return out;
  const [cs, ce] = cue;
  let sourceKind = -1;
  let sourceRange: [number, number] | null = null;
  if (
    a.source &&
    (a.source[1] <= a.cue[0] || a.source[0] >= a.cue[1]) &&
    !SPAN_MODEL_UNSEEN_RULES.has(a.rule)
  ) {
    sourceKind = a.source[1] <= a.cue[0] ? 0 : 1;
    sourceRange = wordRange(sentence, a.source);
    if (sourceRange && settledSource(sentence, sourceKind, sourceRange[0], sourceRange[1], cs, ce))
      sourceRange = null;
  }
  const contentKind =
    !content || a.direct ? -1 : a.content[0] >= a.cue[1] ? 2 : a.content[1] <= a.cue[0] ? 3 : -1;
  if (!sourceRange && contentKind < 0) return out;
  const win = window();
  const rh = ruleHash(a.rule);
  // Word indices the spans do not grow beyond: the previous attribution's cue, the next one.
  const [from, to] = limits();
  const lo = windowWordAt(win, from);
  const hi = windowWordAt(win, to);
  if (sourceRange) out.push(task('source', sourceKind, sourceRange, cs, ce, lo, hi, rh, win));
  if (contentKind >= 0) {
    const r = windowRange(win, a.content);
    if (r) out.push(task('content', contentKind, r, cs, ce, lo, hi, rh, win));
  }
  return out;
}

/**
 * One span task over the rules' words `r`, its candidates kept within the neighbours' limits
 * [lo, hi) (a module function: a closure made per attribution is named per call by the loader).
 */
function task(
  role: 'source' | 'content',
  kind: number,
  r: [number, number],
  cs: number,
  ce: number,
  lo: number,
  hi: number,
  rh: number,
  win: SpanWindow,
): SpanTask {
  const [ra, rb] = r;
  const c = candidates(kind, ra, rb, cs, ce, win);
  const cand = {
    startLo: Math.max(c.startLo, Math.min(lo, ra)),
    startHi: c.startHi,
    endLo: c.endLo,
    endHi: Math.min(c.endHi, Math.max(hi, rb)),
  };
  const start: BoundaryContext = { win, kind, cueStart: cs, cueEnd: ce, ruleHash: rh, rulePos: ra };
  const end: BoundaryContext = { win, kind, cueStart: cs, cueEnd: ce, ruleHash: rh, rulePos: rb };
  return { role, kind, ra, rb, cand, start, end };
}

/**
 * True when a short source the rules found is bounded on both sides (by the sentence's edge, a mark
 * or a clause word other than `and`/`or`, and by its cue): `he said`, `“…,” said Lukashenko.`,
 * `quoted Putin as saying`. On a held-out fifth of PolNeAR train, leaving them to the rules cost
 * 0.005 source F1 (0.659 → 0.655 for marks alone, → 0.654 with clause words) and spares most of
 * the model's work on news text.
 */
function settledSource(
  words: readonly Word[],
  kind: number,
  ra: number,
  rb: number,
  cs: number,
  ce: number,
): boolean {
  if (rb - ra > SPAN_SETTLED_MAX_WORDS) return false;
  if (kind === 0) return rb === cs && (ra === 0 || isClauseEdge(words[ra - 1]!));
  return ra === ce && (rb === words.length || isClauseEdge(words[rb]!));
}

/**
 * The offsets between which attribution `i` of `list` (sorted by cue) may draw its spans: from the
 * end of the previous attribution's cue to the start of the next one's source or cue, so that a
 * content never swallows the next attribution (`praised X and said Y`).
 */
export function neighbourLimits(list: readonly Attribution[], i: number): [number, number] {
  let lo = 0;
  let hi = Number.MAX_SAFE_INTEGER;
  const at = list[i]!.cue?.[0];
  // Parts of one interrupted quotation share their cue: they are no neighbours of each other.
  // Bounded scans (many parts of one quotation share a cue): past them, no limit is set.
  for (let k = i - 1; k >= 0 && k >= i - NEIGHBOUR_SCAN; k--) {
    const p = list[k]!;
    if (p.cue && p.cue[0] !== at) {
      lo = p.cue[1];
      break;
    }
  }
  for (let k = i + 1; k < list.length && k <= i + NEIGHBOUR_SCAN; k++) {
    const n = list[k]!;
    if (n.cue && n.cue[0] !== at) {
      hi = n.source && n.source[0] < n.cue[0] ? n.source[0] : n.cue[0];
      break;
    }
  }
  return [lo, hi];
}

/**
 * The model's [start, end) word pair for each task it is given; `feats` is a scratch buffer. The
 * two boundary scorers are made once and read the task at hand (a closure made per task costs
 * measurably under the TypeScript loader, which names each one).
 */
export function decider(model: SpanModel): (t: SpanTask) => [number, number] | null {
  let task: SpanTask | null = null;
  // The templates of small domains read from tables (`boundaryScore`: the same sums as
  // `featureScore` over `boundaryFeatures`), the rule's per task.
  const tables = scoreTables(model);
  let rule = tables.rule(0);
  // (Methods of an object literal, not arrow functions bound to names: the TypeScript loader names
  // each of those it makes, at the cost of a `defineProperty` per call of this function.)
  const { startScore, endScore, decide } = {
    startScore(p: number): number {
      return allowedBoundary(task!.start, false, p)
        ? boundaryScore(tables, rule, task!.start, false, p)
        : Number.NEGATIVE_INFINITY;
    },
    endScore(p: number): number {
      return allowedBoundary(task!.end, true, p)
        ? boundaryScore(tables, rule, task!.end, true, p)
        : Number.NEGATIVE_INFINITY;
    },
    decide(t: SpanTask): [number, number] | null {
      task = t;
      rule = tables.rule(t.start.ruleHash);
      return bestPair(t.cand, startScore, endScore);
    },
  };
  return decide;
}

/**
 * The span model's window, kept across calls (it is refilled per sentence; its arrays grow, never
 * shrink): each document would otherwise grow a fresh one from nothing.
 */
const WINDOW = new SpanWindow();

/**
 * True when words `[a, b)` hold a quotation mark without its pair: straight marks in odd number,
 * or unequal counts of opening and closing curly marks or guillemets.
 */
function halfQuotation(words: readonly Word[], a: number, b: number): boolean {
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  for (let i = a; i < b; i++) {
    const t = words[i]!.text;
    if (t.length !== 1) continue;
    if (t === '"') straight++;
    else if (t === '“') curly++;
    else if (t === '”') curly--;
    else if (t === '«') guillemets++;
    else if (t === '»') guillemets--;
  }
  return (straight & 1) !== 0 || curly !== 0 || guillemets !== 0;
}

/** True when `span` overlaps the cue of an attribution near `i` in `list` (sorted by cue) other than `i`'s own. */
function holdsOtherCue(list: readonly Attribution[], i: number, span: readonly [number, number]): boolean {
  const own = list[i]!.cue;
  for (let k = Math.max(0, i - NEIGHBOUR_SCAN); k < list.length && k <= i + NEIGHBOUR_SCAN; k++) {
    const c = list[k]!.cue;
    if (k === i || !c || (own && c[0] === own[0])) continue;
    if (c[0] < span[1] && span[0] < c[1]) return true;
  }
  return false;
}

/**
 * Redraws the source and content spans of attributions with the span model. `sentenceOf` gives the
 * index of the sentence holding a text offset's cue and `wordsOf` that sentence's words (both from
 * the stage's own pass); a window is built once per sentence. The speaker's name (`sourceName`), which
 * speaker resolution reads, is left as the rules found it. Returns the attributions it changed.
 */
export function refineSpans(
  model: SpanModel,
  attributions: readonly Attribution[],
  sentenceOf: (at: number) => number,
  wordsOf: (sentence: number) => readonly Word[],
  counter?: WorkCounter,
): Set<Attribution> {
  const changed = new Set<Attribution>();
  const win = WINDOW;
  let winSentence = -1;
  let filled = -1;
  let current = 0;
  // (Methods, not named arrow functions: see `decider`.)
  const { window, limits } = {
    window(): SpanWindow {
      if (filled !== winSentence) {
        filled = winSentence;
        win.fill(
          wordsOf(winSentence),
          SPAN_MODEL_CONTENT ? wordsOf(winSentence + 1).slice(0, NEXT_SENTENCE_WORDS) : [],
        );
        if (counter) counter.steps += win.words.length;
      }
      return win;
    },
    limits(): readonly [number, number] {
      return neighbourLimits(attributions, current);
    },
  };
  const decideTask = decider(model);
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i]!;
    if (!a.cue) continue;
    const si = sentenceOf(a.cue[0]);
    if (si < 0) continue;
    winSentence = si;
    current = i;
    const tasks = spanTasks(wordsOf(si), a, limits, SPAN_MODEL_CONTENT, window);
    if (tasks.length === 0) continue;
    let source = a.source;
    let content = a.content;
    for (const t of tasks) {
      // One step per span: its candidates are at most MAX_SPAN_CANDIDATES, whatever the input.
      if (counter) counter.steps += 1;
      const pair = decideTask(t);
      if (!pair || (pair[0] === t.ra && pair[1] === t.rb)) continue;
      // A source holding half a quotation (`Cardin stressed that “the way to proceed`) is no speaker phrase.
      if (t.role === 'source' && halfQuotation(win.words, pair[0], pair[1])) continue;
      // Nor one ending with a possessive that its cue does not follow (`France’s` of `France’s
      // foreign ministry …, calling`): it determines the speaker's noun, which must follow. (`Trump’s
      // claim`: the possessive of a noun cue is its source.)
      if (t.role === 'source' && pair[1] !== t.start.cueStart && /['’]s$/.test(win.words[pair[1] - 1]!.text))
        continue;
      const span: [number, number] = [win.words[pair[0]]!.start, win.words[pair[1] - 1]!.end];
      // Nor one holding another attribution's cue (`The minister said the talks` for `…, adding …`).
      if (t.role === 'source' && holdsOtherCue(attributions, i, span)) continue;
      if (t.role === 'source') source = span;
      else content = span;
    }
    if (source === a.source && content === a.content) continue;
    // A source and content both before the cue (`Trump, the senator said`) must not meet.
    if (source && source[0] < content[1] && content[0] < source[1]) continue;
    a.source = source;
    a.content = content;
    changed.add(a);
  }
  return changed;
}
