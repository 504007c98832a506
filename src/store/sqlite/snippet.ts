import { tokenReader } from './search-tokens.ts';

/** Marks around a matched token and the cut sign, as the API's snippet splitter expects. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
const CUT = '…';

/**
 * A snippet of `text` for the query terms (folded as search-tokens.ts folds), made like FTS5's
 * `snippet(…, char(1), char(2), '…', size)`: the window of `size` tokens holding the most distinct
 * terms (then the most matches, then the earliest), matched tokens marked \u0001…\u0002, `…` where
 * the text is cut. Reads tokens only as far as needed: it stops at the first window holding every
 * term, so on a long text the cost is the distance to that window, at worst one pass.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>, size: number): string {
  const next = tokenReader(text);
  const tokens: { term: string; start: number; end: number; hit: boolean }[] = [];
  let done = false;
  /** Reads tokens until index `k` exists or the text ends; false when it does not exist. */
  const has = (k: number) => {
    while (!done && tokens.length <= k) {
      const t = next();
      if (t === null) done = true;
      else tokens.push({ ...t, hit: terms.has(t.term) });
    }
    return k < tokens.length;
  };
  let best = { start: 0, distinct: 0, hits: 0 };
  for (let i = 0; has(i); i++) {
    if (!tokens[i]!.hit) continue;
    const seen = new Set<string>();
    let hits = 0;
    for (let j = i; j < i + size && has(j); j++)
      if (tokens[j]!.hit) {
        seen.add(tokens[j]!.term);
        hits++;
      }
    if (seen.size > best.distinct || (seen.size === best.distinct && hits > best.hits))
      best = { start: i, distinct: seen.size, hits };
    if (best.distinct === terms.size) break;
  }
  if (!has(0)) return '';
  // Centre the matches in the window (context on both sides), within the text.
  let start = best.start;
  if (best.distinct > 0) {
    let last = start;
    for (let j = start; j < start + size && has(j); j++) if (tokens[j]!.hit) last = j;
    start = Math.max(0, start - Math.floor((size - (last - start + 1)) / 2));
  }
  if (!has(start + size - 1)) {
    has(Number.MAX_SAFE_INTEGER);
    start = Math.max(0, tokens.length - size);
  }
  const end = Math.min(start + size, tokens.length);
  let out = start > 0 ? CUT : '';
  let at = start > 0 ? tokens[start]!.start : 0;
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    out += text.slice(at, t.start);
    out += t.hit ? OPEN + text.slice(t.start, t.end) + CLOSE : text.slice(t.start, t.end);
    at = t.end;
  }
  return has(end) ? out + CUT : out + text.slice(at);
}
