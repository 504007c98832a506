/**
 * Turns what a user types into a safe FTS5 query: `"quoted phrases"` stay phrases, other words
 * become quoted terms (so FTS5 operators and punctuation in input cannot break the query), a
 * trailing `*` keeps prefix search, and `OR` between terms is honoured. Terms are ANDed.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.slice(0, 1000).matchAll(re)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const token = m[2]!;
    if (token === 'OR' && parts.length > 0) {
      parts.push('OR');
      continue;
    }
    const prefix = token.endsWith('*');
    const words = token.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    parts.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
  }
  while (parts.at(-1) === 'OR') parts.pop();
  return parts.length > 0 ? parts.join(' ') : null;
}

/** One ANDed part of a query made by `toFtsQuery`: a phrase of one or more terms, the last maybe a prefix. */
export interface QueryPart {
  /** The phrase's terms as the tokenizer folds them (search-tokens.ts), in order. */
  readonly terms: readonly string[];
  /** True for `"…"*`: the last term matches every term that starts with it. */
  readonly prefix: boolean;
}

/**
 * The parts of a query made by `toFtsQuery`, or null when it holds `OR` (FTS5 answers that) or a
 * phrase the tokenizer reads no term in. A quoted phrase's text is tokenised as FTS5 tokenises it.
 */
export function queryParts(fts: string, tokens: (text: string) => string[]): QueryPart[] | null {
  const parts: QueryPart[] = [];
  for (const m of fts.matchAll(/"([^"]*)"(\*?)|(\S+)/g)) {
    if (m[3] !== undefined) return null;
    const terms = tokens(m[1]!);
    if (terms.length === 0) return null;
    parts.push({ terms, prefix: m[2] === '*' });
  }
  return parts.length > 0 ? parts : null;
}
