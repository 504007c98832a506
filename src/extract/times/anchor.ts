/**
 * Which reference time an expression resolves against: an update note's date for the text in
 * its scope, otherwise the publication date; `the next day` and `two days later` read the
 * narrative time, the last day the text itself named.
 */
import type { TimeAnchor } from '../../model/mention.ts';
import type { UpdateNote } from '../../model/source.ts';
import { type AnchorDay, anchorOf } from './normalise.ts';

/** The anchors of a document, looked up by offset. */
export class Anchors {
  private readonly published: AnchorDay | null;
  private readonly updates: { lo: number; hi: number; day: AnchorDay }[];

  constructor(published: string | null, updates: readonly UpdateNote[]) {
    this.published = anchorOf(published);
    this.updates = [];
    for (const u of updates) {
      const day = anchorOf(u.value);
      if (day) this.updates.push({ lo: u.scope[0], hi: u.scope[1], day });
    }
  }

  /** The anchor for an expression at `[s, e)`: an update note's day when inside its scope. */
  at(s: number, e: number): { day: AnchorDay | null; kind: TimeAnchor } {
    for (const u of this.updates) if (s >= u.lo && e <= u.hi) return { day: u.day, kind: 'update' };
    return { day: this.published, kind: this.published ? 'published' : 'none' };
  }
}
