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

/** Splits a word into itself and a trailing possessive, when it has one. */
export function splitPossessive(word: string): [string, string] | null {
  // Only words ending in an apostrophe or an apostrophe and `s` can match: skip the rest cheaply.
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  const apostrophe = (k: number) => k === 39 || k === 0x2019;
  if (!apostrophe(last) && !(last === 115 && n >= 2 && apostrophe(word.charCodeAt(n - 2)))) return null;
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
    const sent: WordSentence = { words: [], starts: [], ends: [] };
    while (t < tokens.length && tokens[t]!.span[0] < s.span[0]) t++;
    for (; t < tokens.length && tokens[t]!.span[1] <= s.span[1]; t++) {
      const [a, b] = tokens[t]!.span;
      const text = ctx.text.slice(a, b);
      const split = tokens[t]!.cls === 'word' ? splitPossessive(text) : null;
      if (split) {
        const cut = a + split[0].length;
        sent.words.push(split[0], split[1]);
        sent.starts.push(a, cut);
        sent.ends.push(cut, b);
      } else {
        sent.words.push(text);
        sent.starts.push(a);
        sent.ends.push(b);
      }
    }
    if (sent.words.length) out.push(sent);
  }
  return out;
}
