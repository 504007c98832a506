/**
 * Character classes of words, by case mapping (a letter is what upper- and lower-casing tell
 * apart). ASCII is decided from the code unit: the case mappings of one-character strings
 * allocate, and these tests run on every word of every document. Other characters go through
 * the case mappings, so the answers are the same as `c.toUpperCase() !== c.toLowerCase()` & co.
 */

/** True when `w` has a digit or a cased letter. */
export function hasAlnum(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const k = w.charCodeAt(i);
    if (k < 128) {
      if ((k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122)) return true;
      continue;
    }
    const c = w[i]!;
    if (c.toLowerCase() !== c.toUpperCase()) return true;
  }
  return false;
}

/** True when the first character is a lower-case letter. */
export function isLowerInitial(w: string): boolean {
  const k = w.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  const c = w.charAt(0);
  return c !== c.toUpperCase();
}

/** True when the first character is an upper-case letter. */
export function isCapitalised(w: string): boolean {
  const k = w.charCodeAt(0);
  if (k < 128) return k >= 65 && k <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/** True when some character of `w` changes under upper-casing (`w !== w.toUpperCase()`). */
export function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const k = w.charCodeAt(i);
    if (k >= 97 && k <= 122) return true;
    if (k >= 128) return w !== w.toUpperCase();
  }
  return false;
}
