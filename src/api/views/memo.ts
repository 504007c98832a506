import type { Corpus } from './corpus.ts';

/** Views remembered per index; an index never changes, so entries are valid until it is replaced. */
const memos = new WeakMap<Corpus, Map<string, Map<string, unknown>>>();

/** Most views remembered per index and table (least recently used forgotten first). */
export const MAX_MEMO_ENTRIES = 512;

/**
 * Most event selections (filtered lists of the timeline and event listings) kept per index: each
 * holds a pointer per matching event (up to ~1 MB at 100,000 events), so fewer than other views.
 */
export const MAX_SELECTIONS = 64;

/** Most encoded entity pages kept per index (≤ 200 mentions, ~50–150 KB each). */
export const MAX_ENTITY_PAGES = 256;

/**
 * Most encoded timeline pages kept per index (≤ 1,000 items, ~150 KB each, so ≤ ~38 MB at worst).
 * The UI asks six windows per filter set and more as one zooms: 64 pages were fewer than one
 * user's zoom levels (the bench's 90 windows), and a cycle longer than an LRU's bound misses
 * every time.
 */
export const MAX_TIMELINE_PAGES = 256;

/**
 * Computes a view once per index and key (entity pages are costly for the most cited entities).
 * Entries live in a table (`views` unless named) with its own bound, so that large entries of one
 * kind do not push out the small ones of another.
 */
export function memo<T>(
  corpus: Corpus,
  key: string,
  compute: () => T,
  table = 'views',
  max = MAX_MEMO_ENTRIES,
): T {
  let tables = memos.get(corpus);
  if (!tables) {
    tables = new Map();
    memos.set(corpus, tables);
  }
  let m = tables.get(table);
  if (!m) {
    m = new Map();
    tables.set(table, m);
  }
  if (m.has(key)) {
    // Least recently used goes first: a hit moves to the end.
    const hit = m.get(key) as T;
    m.delete(key);
    m.set(key, hit);
    return hit;
  }
  const value = compute();
  if (m.size >= max) m.delete(m.keys().next().value!);
  m.set(key, value);
  return value;
}
