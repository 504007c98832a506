import type { EntityMention } from '../../model/mention.ts';
import type { Word } from '../quantities/words.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { phraseBefore, type Range, sourceAfter } from './phrases.ts';

/**
 * Relays (`via`): who passed the words on. `BelTA quoted Pavel Muravyeko, deputy chief of the
 * general staff, as saying` (speaker Muravyeko via BelTA), `in a video shared by the Pul Pervogo
 * Telegram channel`, `…, media reported Monday` around another attribution, `according to
 * Interfax` around one.
 */

/** `X quoted Y as saying`: ranges of the relay, the speaker (whole and name) and the cue, or null. */
export function quotedAs(
  words: readonly Word[],
  lo: number,
  hi: number,
): { via: Range | null; whole: Range; name: Range; cue: Range; next: number } | null {
  for (let k = lo; k < hi; k++) {
    const w = words[k]!.lower;
    if (w !== 'quoted' && w !== 'quotes' && w !== 'cited' && w !== 'cites') continue;
    // "as saying" within a speaker phrase's length.
    let a = k + 1;
    while (
      a < hi - 1 &&
      a < k + 16 &&
      !(words[a]!.lower === 'as' && /^(?:saying|telling|stating)$/.test(words[a + 1]!.lower))
    )
      a++;
    if (a >= hi - 1 || words[a]!.lower !== 'as') continue;
    const speaker = sourceAfter(words, k + 1, a);
    if (!speaker) continue;
    const via = phraseBefore(words, k, lo);
    let e = a;
    while (e > k + 1 && words[e - 1]!.text === ',') e--;
    return { via, whole: [k + 1, e], name: speaker.name, cue: [k, k + 1], next: a + 2 };
  }
  return null;
}

const SHARE_VERBS: ReadonlySet<string> = new Set([
  'shared',
  'posted',
  'published',
  'broadcast',
  'aired',
  'carried',
  'released',
  'issued',
  'distributed',
  'run',
]);

/**
 * Means of sending words (`issued by email`, `sent by courier`): after `by` they name no agent, so
 * neither a relay nor an author (a regular expression's alternatives, for `cited.ts` as well).
 */
export const DELIVERY_MEANS =
  'e-?mail|phone|telephone|text(?:\\s+message)?|fax|mail|post|courier|video(?:\\s*link)?|radio|messenger|letter|hand';
const MEANS_WORD = new RegExp(`^(?:${DELIVERY_MEANS})$`);

/** Words after which `by` names who quoted the speaker (`quoted as saying by X`, `quoted by X`). */
const AGENT_AFTER: ReadonlySet<string> = new Set(['saying', 'telling', 'stating', 'quoted']);

/** After a cue and its speaker: `in a video shared by X`, `according to X`, `, X reported`: the relay's range, or null. */
export function relayAfter(words: readonly Word[], k: number, hi: number): Range | null {
  const end = Math.min(hi, k + 16);
  for (let j = k; j < end; j++) {
    const w = words[j]!.lower;
    if (SHARE_VERBS.has(w) && words[j + 1]?.lower === 'by' && !MEANS_WORD.test(words[j + 2]?.lower ?? '')) {
      const r = sourceAfter(words, j + 2, hi);
      if (r) return r.name;
    }
    // `was quoted as saying by the TASS news agency`: the agent after the passive's `as saying`.
    // (`as saying by`, not `, saying by the end of the decade …`.)
    if (
      w === 'by' &&
      j > k &&
      AGENT_AFTER.has(words[j - 1]!.lower) &&
      (words[j - 1]!.lower === 'quoted' || words[j - 2]?.lower === 'as')
    ) {
      const r = sourceAfter(words, j + 1, hi);
      if (r) return r.name;
    }
    if (w === 'according' && words[j + 1]?.lower === 'to') {
      const r = sourceAfter(words, j + 2, hi);
      if (r) return r.name;
    }
    if (w === '.' || w === '“' || w === '"') break;
  }
  return null;
}

/** True when a phrase names a relay: a media head word or an entity of type media. */
export function isMedia(
  words: readonly Word[],
  r: Range,
  lex: QuoteLexicon,
  entities: readonly EntityMention[],
): boolean {
  for (let k = r[0]; k < r[1]; k++) if (lex.speakers.get(words[k]!.lower) === 'media') return true;
  const s = words[r[0]]!.start;
  const e = words[r[1] - 1]!.end;
  return entities.some((m) => m.type === 'media' && m.span[0] >= s && m.span[1] <= e);
}
