import { MAX_FRAME_BACK_TOKENS } from './constants.ts';
import type { Word } from './words.ts';

/**
 * Whether a figure states a rule rather than a count of the situation: a threshold, limit or cap
 * (`the threshold …, which is 9,000`, `a cap of 5,000 troops`), the point at which a rule applies
 * (`once the number reaches 13,000`) or an open-ended figure in an obligation (`states must notify
 * one another of exercises involving 9,000 troops or more`). Such a figure is no claim of how many
 * troops are anywhere; the claims leave it out. Every lookaround is a few tokens: linear.
 */

/** Nouns whose value is a rule's figure. */
const FRAME_NOUNS: ReadonlySet<string> = new Set(
  'threshold thresholds limit limits cap ceiling ceilings quota quotas minimum maximum'.split(' '),
);
/** Words right before a figure that make it the value of a frame noun named before it. */
const FRAME_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'to', 'is', 'was', 'be', 'are', 'were', 'set']);
/** Verbs of a figure being reached, in the present: the point at which a rule applies. */
const REACH: ReadonlySet<string> = new Set(
  'reaches reach exceeds exceed passes pass tops surpasses surpass hits hit crosses cross'.split(' '),
);
/** Conjunctions opening the condition of a rule (`once the number reaches …`). */
const CONDITION: ReadonlySet<string> = new Set('once if when whenever unless until where'.split(' '));
/** Words of obligation: a sentence with one states a rule. */
const OBLIGATION: ReadonlySet<string> = new Set(
  'must shall required requires require obliged obligated oblige obliges mandatory'.split(' '),
);
/** The ends of an open-ended figure (`9,000 troops or more`). */
const OPEN_END = /^(?:or|and)$/;
const MORE = /^(?:more|above|higher|greater|over)$/;
/** True for a token that ends the clause a frame noun is read in (`;`, `:`, `.`, `!`, `?`). */
function clauseBreak(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 59 || c === 58 || c === 46 || c === 33 || c === 63;
}

/** True for a token that starts with a digit (another figure). */
function digitFirst(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * True when the figure whose words run from `first` to `end` (exclusive; the number at `figure`)
 * in a sentence's `words` states a rule (see above).
 */
export function isRuleFigure(words: readonly Word[], first: number, figure: number, end: number): boolean {
  const link = words[first - 1]?.lower;
  if (link !== undefined && FRAME_LINKS.has(link)) {
    // The figure is the value of a frame noun before it in its clause, no other figure between.
    for (let k = first - 2; k >= 0 && k >= first - 1 - MAX_FRAME_BACK_TOKENS; k--) {
      const w = words[k]!;
      if (clauseBreak(w.text) || digitFirst(w.text)) break;
      if (FRAME_NOUNS.has(w.lower)) return true;
    }
  }
  if (link !== undefined && REACH.has(link)) {
    for (let k = first - 2; k >= 0 && k >= first - 6; k--) {
      if (CONDITION.has(words[k]!.lower)) return true;
      if (clauseBreak(words[k]!.text) || words[k]!.text === ',') break;
    }
  }
  if (end - 2 > figure && OPEN_END.test(words[end - 2]!.lower) && MORE.test(words[end - 1]!.lower)) {
    for (let k = first - 1; k >= 0 && k >= first - MAX_FRAME_BACK_TOKENS; k--) {
      if (clauseBreak(words[k]!.text)) break;
      if (OBLIGATION.has(words[k]!.lower)) return true;
    }
  }
  return false;
}
