import type { Qualifier } from '../../model/mention.ts';
import { keyPrefixes, type QuantityLexicon } from './lexicon.ts';
import { scanWords, type Word } from './words.ts';

/**
 * Hedges: the words before a figure (`more than`, `up to`, `an estimated`; longest phrase wins) or
 * right after it (`or more`, `plus`) that qualify it. `between X and Y` / `from X to Y` are ranges,
 * read by the stage.
 */

/** A hedge before token `i`: the qualifier and the index of its first token, or null. */
export function hedgeBefore(
  words: readonly Word[],
  i: number,
  lo: number,
  lex: QuantityLexicon,
): { qualifier: Qualifier; first: number } | null {
  // (Most figures have no hedge: the word before must end one, read first.)
  if (i - 1 < lo || !hedgeEnds(lex).has(words[i - 1]!.lower)) return null;
  // The phrase grows back one word at a time; the longest phrase that is a hedge wins.
  let phrase = '';
  let found: { qualifier: Qualifier; first: number } | null = null;
  const tails = hedgeTails(lex);
  for (let n = 1; n <= Math.min(lex.hedgeMaxWords + 1, i - lo); n++) {
    const w = words[i - n]!;
    phrase = growPhrase(phrase, w.lower);
    // (No hedge ends in this phrase: none ends in a longer one.)
    if (!tails.has(phrase)) break;
    const q = lex.preHedges.get(phrase);
    if (q) found = { qualifier: q, first: i - n };
  }
  // `handed over three hostages`, `took over 40 villages`: the particle of a phrasal verb.
  if (
    found &&
    found.first === i - 1 &&
    words[i - 1]!.lower === 'over' &&
    i - 2 >= lo &&
    OVER_VERBS.has(words[i - 2]!.lower)
  )
    return null;
  return found;
}

/** The phrase `phrase` grown back by the word before it (`approx.` and `c.` are scanned as a word and a period). */
function growPhrase(phrase: string, lower: string): string {
  return phrase === '' ? lower : phrase === '.' ? lower + phrase : `${lower} ${phrase}`;
}

const HEDGE_TAILS = new WeakMap<QuantityLexicon, ReadonlySet<string>>();

/**
 * Every phrase that ends a lexicon's hedge before a figure, as `hedgeBefore` grows it from the
 * hedge's scanned words (`than`, `more than`, `.`, `approx.`): a phrase outside it ends no hedge.
 */
function hedgeTails(lex: QuantityLexicon): ReadonlySet<string> {
  let set = HEDGE_TAILS.get(lex);
  if (!set) {
    const tails = new Set<string>();
    for (const key of lex.preHedges.keys()) {
      const ws = scanWords(key, 0, key.length);
      let phrase = '';
      for (let n = ws.length - 1; n >= 0; n--) {
        phrase = growPhrase(phrase, ws[n]!.lower);
        tails.add(phrase);
      }
    }
    set = tails;
    HEDGE_TAILS.set(lex, set);
  }
  return set;
}

const HEDGE_ENDS = new WeakMap<QuantityLexicon, ReadonlySet<string>>();

/** The last words of a lexicon's hedges before a figure (`than`, `to`, `about`, `.` of `approx.`). */
function hedgeEnds(lex: QuantityLexicon): ReadonlySet<string> {
  let set = HEDGE_ENDS.get(lex);
  if (!set) {
    const ends = new Set<string>();
    for (const key of lex.preHedges.keys()) {
      const last = key.slice(key.lastIndexOf(' ') + 1);
      ends.add(last.length > 1 && last.endsWith('.') ? '.' : last);
    }
    set = ends;
    HEDGE_ENDS.set(lex, set);
  }
  return set;
}

/** Verbs whose particle is `over` (`handed over`, `took over`): no hedge follows them. */
const OVER_VERBS: ReadonlySet<string> = new Set(
  'hand hands handed handing turn turns turned turning take takes took taken taking sign signs signed signing pass passes passed passing'.split(
    ' ',
  ),
);

/** A hedge right after the figure (`or more`, `plus`): the qualifier and the next token index, or null. */
export function hedgeAfter(
  words: readonly Word[],
  next: number,
  hi: number,
  lex: QuantityLexicon,
): { qualifier: Qualifier; next: number } | null {
  const a = words[next];
  if (!a || next >= hi) return null;
  const b = next + 1 < hi ? words[next + 1] : undefined;
  // (The two-word phrase is made only after a first word of one: most figures have none.)
  if (b && keyPrefixes(lex.postHedges).has(a.lower)) {
    const q2 = lex.postHedges.get(`${a.lower} ${b.lower}`);
    if (q2) return { qualifier: q2, next: next + 2 };
  }
  const q1 = lex.postHedges.get(a.lower);
  if (q1 && (a.lower !== '+' || a.start === words[next - 1]!.end)) return { qualifier: q1, next: next + 1 };
  return null;
}
