import type { Attribution } from './attribution.ts';
import type { QuotePair } from './marks.ts';

/**
 * Partial quotations said twice: `Lee said the plan “would cost far too much, and fast.”` is one
 * attribution whose content holds the quotation; the quotation, too short a clause to stand as a
 * quote of its own and left unattributed by the marks' rules, was a second quote of the same words.
 * A quotation no rule of its own sentence attributed (`direct/unattributed`, or `direct/goes-on` and
 * `direct/continued`, which carried a speaker from before) is dropped when another attribution's
 * content holds it and it opens mid-clause:
 * after a word (not a comma, colon or sentence stop) or with a lower-case letter. A quotation that
 * opens its own sentence after a comma (`According to his aunt, “He was …”`) stays.
 */

/** Rules of quotations that no attribution of their own sentence holds. */
function orphan(rule: string): boolean {
  return rule === 'direct/unattributed' || rule === 'direct/goes-on' || rule === 'direct/continued';
}

function byContentStart(a: Attribution, b: Attribution): number {
  return a.content[0] - b.content[0];
}

/** True when the quotation at `[s, e)` (content, marks outside it) opens mid-clause. */
function midClause(text: string, s: number): boolean {
  const first = text[s] ?? '';
  if (first !== first.toUpperCase()) return true;
  // The character before the opening mark (and two apostrophes for one mark), spaces skipped.
  let k = s - 1;
  if (text[k] === "'" && text[k - 1] === "'") k--;
  k--;
  while (k >= 0 && k > s - 6 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k >= 0 && /[\p{L}\p{N}]/u.test(text[k]!);
}

/**
 * The attributions without the orphan quotations another one's content holds (see above).
 * `all` in any order; one sort and one sweep, so linear after sorting.
 */
export function withoutRepeats<T extends { attribution: Attribution }>(text: string, all: readonly T[]): T[] {
  // (One pass to split them; with no orphan, or no host, nothing is dropped and nothing is sorted.)
  const hosts: Attribution[] = [];
  const orphans: Attribution[] = [];
  for (const x of all) (orphan(x.attribution.rule) ? orphans : hosts).push(x.attribution);
  if (hosts.length === 0 || orphans.length === 0) return all as T[];
  hosts.sort(byContentStart);
  orphans.sort(byContentStart);
  const drop = new Set<Attribution>();
  // The furthest end of the hosts starting at or before the quotation's mark (swept in order).
  let h = 0;
  let reach = -1;
  for (const q of orphans) {
    while (h < hosts.length && hosts[h]!.content[0] <= q.content[0] - 1) {
      reach = Math.max(reach, hosts[h]!.content[1]);
      h++;
    }
    if (reach >= q.content[1] && midClause(text, q.content[0])) drop.add(q);
  }
  return drop.size === 0 ? (all as T[]) : all.filter((x) => !drop.has(x.attribution));
}

/**
 * `… directives from the leader to “show no mercy” in the campaign`: a cue inside a quotation's
 * marks whose content runs out of them (or begins before them) straddles the quotation: a word of
 * the quoted phrase read as the writer's cue. Reported speech inside a quotation keeps to it. `pairs`
 * are the text's quotations in order (content `[open + 1, close)`); a binary search finds the one
 * holding the cue.
 */
export function straddlesQuotation(a: Attribution, pairs: readonly QuotePair[]): boolean {
  if (a.direct || !a.cue || pairs.length === 0) return false;
  const at = a.cue[0];
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]!.open < at) lo = mid + 1;
    else hi = mid;
  }
  const p = pairs[lo - 1];
  if (!p || a.cue[1] > p.close) return false;
  return a.content[1] > p.after || a.content[0] < p.start;
}
