/** The times stage: every date, time, range, duration and set, normalised to TIMEX3 against its anchor. */
import type { Mention, TimeMention } from '../../model/mention.ts';
import type { Stage } from '../types.ts';
import { extractTimes } from './extract.ts';

export { extractTimes, type TimeInput, type TimePart, type TimeResult } from './extract.ts';

/** `time`: reads sentences (for tense), produces time mentions. */
export const timeStage: Stage = {
  name: 'time',
  version: 1,
  produces: 'time',
  needs: ['sentence'],
  run(ctx, view): Mention[] {
    const sentences = view.of('sentence').map((m) => m.span);
    return extractTimes({ text: ctx.text, published: ctx.published, updates: ctx.updates, sentences }).map(
      ({ parts: _parts, ...m }): TimeMention => m,
    );
  },
};
