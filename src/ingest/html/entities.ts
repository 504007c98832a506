/**
 * HTML character references, decoded the way the HTML parser does it, one reference at a time so
 * that every decoded character keeps the raw range it came from.
 */
import { parseHTML } from 'linkedom';
import { MAX_ENTITY_NAME, MAX_UNKNOWN_ENTITIES } from './constants.ts';

/** Latin-1 names in code-point order from U+00A0; the parser also accepts them without `;`. */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde ' +
  'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ' +
  'ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** Common references beyond Latin-1, as code points. Rarer names are decoded by the parser itself. */
// biome-ignore format: a compact lookup table
const COMMON: Record<string, number> = {
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6,
  tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e,
  rlm: 0x200f, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c,
  rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026,
  permil: 0x2030, prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e,
  frasl: 0x2044, euro: 0x20ac, trade: 0x2122, larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193,
  harr: 0x2194, minus: 0x2212, infin: 0x221e, asymp: 0x2248, ne: 0x2260, le: 0x2264, ge: 0x2265,
  apos: 0x27, hyphen: 0x2010, dash: 0x2010, NewLine: 0x0a, Tab: 0x09,
};

/** References the parser decodes even without a terminating `;` (legacy), longest first. */
// biome-ignore format: a compact lookup table
const LEGACY = new Map<string, string>([
  ['amp', '&'], ['AMP', '&'], ['lt', '<'], ['LT', '<'], ['gt', '>'], ['GT', '>'], ['quot', '"'],
  ['QUOT', '"'], ['COPY', '\u00a9'], ['REG', '\u00ae'],
  ...LATIN1.map((n, i): [string, string] => [n, String.fromCharCode(0xa0 + i)]),
]);
const LEGACY_MAX = Math.max(...[...LEGACY.keys()].map((k) => k.length));

const NAMED = new Map<string, string>([
  ...LEGACY,
  ...Object.entries(COMMON).map(([k, v]): [string, string] => [k, String.fromCodePoint(v)]),
]);

/** What numeric references 0x80–0x9F stand for (the parser reads them as Windows-1252). */
// biome-ignore format: a compact lookup table
const C1 = new Map<number, number>(
  (
    '80:20ac 82:201a 83:192 84:201e 85:2026 86:2020 87:2021 88:2c6 89:2030 8a:160 8b:2039 8c:152 8e:17d ' +
    '91:2018 92:2019 93:201c 94:201d 95:2022 96:2013 97:2014 98:2dc 99:2122 9a:161 9b:203a 9c:153 9e:17e 9f:178'
  )
    .split(' ')
    .map((pair): [number, number] => {
      const [from, to] = pair.split(':');
      return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)];
    }),
);

/** Named references this document uses beyond the built-in table, decoded by the parser. */
export type ExtraEntities = ReadonlyMap<string, string>;

const UNKNOWN_RE = /&([A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Decodes, with one call to the DOM parser, the named references in `raw` that the built-in table
 * does not know, so that decoding agrees with the parser without shipping the full table.
 */
export function collectExtraEntities(raw: string): ExtraEntities {
  const names = new Set<string>();
  UNKNOWN_RE.lastIndex = 0;
  for (let m = UNKNOWN_RE.exec(raw); m; m = UNKNOWN_RE.exec(raw)) {
    const name = m[1]!;
    if (!NAMED.has(name)) names.add(name);
    if (names.size >= MAX_UNKNOWN_ENTITIES) break;
  }
  const out = new Map<string, string>();
  if (names.size === 0) return out;
  const list = [...names];
  const { document } = parseHTML(`<html><body>${list.map((n) => `<i>&${n};</i>`).join('')}</body></html>`);
  const items = document.body.children;
  list.forEach((name, i) => {
    const value = items[i]?.textContent ?? '';
    if (value !== `&${name};` && value.length > 0 && value.length <= 2) out.set(name, value);
  });
  return out;
}

/** A decoded reference: its value and the raw index just after it. */
export interface DecodedRef {
  readonly value: string;
  readonly next: number;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function numeric(raw: string, i: number, end: number): DecodedRef | null {
  // raw[i] is '&', raw[i+1] is '#'.
  let j = i + 2;
  const hex = j < end && (raw[j] === 'x' || raw[j] === 'X');
  if (hex) j++;
  const digitsStart = j;
  let cp = 0;
  while (j < end) {
    const c = raw.charCodeAt(j);
    const d = c >= 48 && c <= 57 ? c - 48 : hex && (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
    if (d < 0) break;
    if (cp <= 0x10ffff) cp = cp * (hex ? 16 : 10) + d;
    j++;
  }
  if (j === digitsStart) return null;
  if (j < end && raw[j] === ';') j++;
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  else cp = C1.get(cp) ?? cp;
  return { value: String.fromCodePoint(cp), next: j };
}

/**
 * Decodes the character reference starting at `raw[i] === '&'` (within `end`), or returns null
 * when it is not one. In attributes, legacy references without `;` followed by a letter, digit or
 * `=` stay literal, as the parser leaves them.
 */
export function decodeRef(
  raw: string,
  i: number,
  end: number,
  extra: ExtraEntities,
  inAttr = false,
): DecodedRef | null {
  if (i + 1 >= end) return null;
  if (raw[i + 1] === '#') return numeric(raw, i, end);
  let j = i + 1;
  const limit = Math.min(end, i + 1 + MAX_ENTITY_NAME);
  while (j < limit && isAlnum(raw.charCodeAt(j))) j++;
  if (j === i + 1) return null;
  if (j < end && raw[j] === ';') {
    const name = raw.slice(i + 1, j);
    const v = NAMED.get(name) ?? extra.get(name);
    if (v !== undefined) return { value: v, next: j + 1 };
  }
  // Legacy references: the longest known prefix, without `;`.
  for (let k = Math.min(j, i + 1 + LEGACY_MAX); k > i + 1; k--) {
    const v = LEGACY.get(raw.slice(i + 1, k));
    if (v === undefined) continue;
    if (inAttr && k < end && (isAlnum(raw.charCodeAt(k)) || raw[k] === '=')) return null;
    return { value: v, next: k < end && raw[k] === ';' ? k + 1 : k };
  }
  return null;
}

/** Index of the next `&` in `raw` within `[from, end)`, or -1 (never looks past `end`). */
function nextAmp(raw: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (raw.charCodeAt(i) === 38) return i;
  return -1;
}

/** Decodes all character references in `raw.slice(start, end)`. */
export function decodeRange(
  raw: string,
  start: number,
  end: number,
  extra: ExtraEntities,
  inAttr = false,
): string {
  let amp = nextAmp(raw, start, end);
  if (amp < 0) return raw.slice(start, end);
  let out = '';
  let i = start;
  while (amp >= 0) {
    const ref = decodeRef(raw, amp, end, extra, inAttr);
    if (ref) {
      out += raw.slice(i, amp) + ref.value;
      i = ref.next;
      amp = nextAmp(raw, i, end);
    } else amp = nextAmp(raw, amp + 1, end);
  }
  return out + raw.slice(i, end);
}
