import type { MentionView, ReadContext } from '../types.ts';

/**
 * The tagger's words from the token layer. The tokenizer keeps a possessive on its word
 * (`NATO’s`, `Belarus’`); CoNLL-2003, which the tagger learnt from, splits it off (`NATO 's`),
 * so the possessive becomes a word of its own here, with its own span.
 */

/** A sentence's words with their character spans in the document text. */
export interface WordSentence {
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
}

const POSSESSIVE = /^(.+?[A-Za-z\u00c0-\u024f.])(['\u2019]s?)$/;

const apostrophe = (k: number) => k === 39 || k === 0x2019;

/** True when text[a, b) ends in an apostrophe, or an apostrophe and `s`: what a possessive needs. */
function endsLikePossessive(text: string, a: number, b: number): boolean {
  const last = text.charCodeAt(b - 1);
  return b > a && (apostrophe(last) || (last === 115 && b - a >= 2 && apostrophe(text.charCodeAt(b - 2))));
}

/** Splits a word into itself and a trailing possessive, when it has one. */
export function splitPossessive(word: string): [string, string] | null {
  // Only words ending in an apostrophe or an apostrophe and `s` can match: skip the rest cheaply.
  if (!endsLikePossessive(word, 0, word.length)) return null;
  const m = POSSESSIVE.exec(word);
  if (!m) return null;
  const [, base, pos] = m;
  // A bare apostrophe is a possessive only after s (`Belarus’`); otherwise it is a closing quote.
  if (pos!.length === 1 && !/s$/i.test(base!)) return null;
  return [base!, pos!];
}

/** Words of each sentence of a document, from its sentence and token mentions. */
export function documentWords(ctx: ReadContext, view: MentionView): WordSentence[] {
  const out: WordSentence[] = [];
  const tokens = view.of('token');
  let t = 0;
  for (const s of view.of('sentence')) {
    while (t < tokens.length && tokens[t]!.span[0] < s.span[0]) t++;
    let end = t;
    while (end < tokens.length && tokens[end]!.span[1] <= s.span[1]) end++;
    if (end === t) continue;
    // Sized up front (the arrays grew by copying, for every sentence); possessives add a word.
    let n = end - t;
    for (let k = t; k < end; k++) {
      const [a, b] = tokens[k]!.span;
      if (
        tokens[k]!.cls === 'word' &&
        endsLikePossessive(ctx.text, a, b) &&
        splitPossessive(ctx.text.slice(a, b))
      )
        n++;
    }
    const sent: WordSentence = { words: new Array(n), starts: new Array(n), ends: new Array(n) };
    let w = 0;
    for (let k = t; k < end; k++) {
      const [a, b] = tokens[k]!.span;
      const text = ctx.text.slice(a, b);
      const split = tokens[k]!.cls === 'word' ? splitPossessive(text) : null;
      if (split) {
        const cut = a + split[0].length;
        sent.words[w] = split[0];
        sent.starts[w] = a;
        sent.ends[w++] = cut;
        sent.words[w] = split[1];
        sent.starts[w] = cut;
        sent.ends[w++] = b;
      } else {
        sent.words[w] = text;
        sent.starts[w] = a;
        sent.ends[w++] = b;
      }
    }
    out.push(sent);
    t = end;
  }
  return out;
}
