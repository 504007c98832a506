/** FTS5 syntax a plain query does not hold: phrases, operators, prefixes, columns, groups. */
const QUERY_SYNTAX = /["*():^]|\b(?:AND|OR|NOT|NEAR)\b/;

/**
 * A plain query with each word that names a corpus entity (its spelling's last word, as `Lukashenka`
 * in `Alyaksandr Lukashenka`) widened to the last words of all that entity's spellings:
 * `Lukashenka drills` → `(Lukashenka OR Lukashenko) drills`. Other queries as they are.
 */
export async function withSpellings(
  store: { findEntities(q: string, limit?: number): Promise<readonly { aliases: readonly string[] }[]> },
  query: string,
): Promise<string> {
  if (QUERY_SYNTAX.test(query)) return query;
  const words = query.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase();
    const variants = new Set<string>([w]);
    if (/^\p{L}[\p{L}'’-]{2,}$/u.test(w)) {
      for (const e of await store.findEntities(w, 3)) {
        const lasts = e.aliases.map((a) => a.split(/\s+/).at(-1)!);
        if (!lasts.some((l) => l.toLowerCase() === lower)) continue;
        for (const l of lasts) if (/^\p{L}[\p{L}-]*$/u.test(l)) variants.add(l);
      }
    }
    const distinct = [...new Map([...variants].map((v) => [v.toLowerCase(), v])).values()];
    out.push(distinct.length > 1 ? `(${distinct.join(' OR ')})` : w);
  }
  return out.join(' ');
}
