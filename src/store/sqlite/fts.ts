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
