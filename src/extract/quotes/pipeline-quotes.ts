import type { QuoteMention } from '../../model/mention.ts';
import { read } from '../pipeline.ts';
import type { ReadContext } from '../types.ts';

/**
 * The quote mentions of the full pipeline (entities included) on a text, for tests: the read
 * context is an English text published on 2022-02-01, with `extra` fields over it (an outlet, a URL).
 */
export function pipelineQuotes(text: string, extra: Partial<ReadContext> = {}): QuoteMention[] {
  const ctx: ReadContext = {
    text,
    published: '2022-02-01T10:00:00Z',
    updates: [],
    language: 'en',
    links: [],
    dateline: null,
    ...extra,
  };
  return read(ctx).mentions.filter((m): m is QuoteMention => m.kind === 'quote');
}

/** A quote as the texts of its content, cue, speaker and relay. */
export function quoteTexts(text: string, q: QuoteMention) {
  return {
    content: text.slice(q.span[0], q.span[1]),
    cue: q.cue ? text.slice(q.cue[0], q.cue[1]) : null,
    speaker: q.speakerText,
    via: q.viaText,
  };
}
