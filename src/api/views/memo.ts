import type { Corpus } from './corpus.ts';

/** Views remembered per index; an index never changes, so entries are valid until it is replaced. */
const memos = new WeakMap<Corpus, Map<string, unknown>>();

/** Most views remembered per index (oldest forgotten first). */
export const MAX_MEMO_ENTRIES = 512;

/** Computes a view once per index and key (entity pages are costly for the most cited entities). */
export function memo<T>(corpus: Corpus, key: string, compute: () => T): T {
  let m = memos.get(corpus);
  if (!m) {
    m = new Map();
    memos.set(corpus, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const value = compute();
  if (m.size >= MAX_MEMO_ENTRIES) m.delete(m.keys().next().value!);
  m.set(key, value);
  return value;
}
