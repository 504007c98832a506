import type { Stance } from '../../model/mention.ts';

/** A found attribution before speaker resolution: character spans in the text. */
export interface Attribution {
  /** Content span (what was said). */
  content: [number, number];
  direct: boolean;
  cue: [number, number] | null;
  stance: Stance;
  /** The speaker phrase as written, appositive included (`Viktor Gulevich, chief of the general staff`). */
  source: [number, number] | null;
  /** The name part of the speaker phrase (`Viktor Gulevich`). */
  sourceName: [number, number] | null;
  /** The relay's name (`Belta`, `Pul Pervogo`, `media`). */
  via: [number, number] | null;
  /** Rule that found it, for `by`. */
  rule: string;
  /** True when the speaker phrase is a pronoun to resolve. */
  pronoun: boolean;
}

/** Gives `to` the cue, stance and speaker phrase of `from` (its content, relay and rule stay). */
export function takeSpeaker(to: Attribution, from: Attribution): void {
  to.cue = from.cue;
  to.stance = from.stance;
  to.source = from.source;
  to.sourceName = from.sourceName;
  to.pronoun = from.pronoun;
}
