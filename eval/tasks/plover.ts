/**
 * PLOVER event type accuracy on the OEDA gold-standard records (`datasets/plover/`): each record is
 * one sentence with one coded PLOVER category. The sentence is read by the real pipeline (every
 * stage, the record's date as publication date); its predicted category is that of the first event
 * in text order that has a PLOVER category and is not in a fronted adjunct (`Despite warnings …,`),
 * counting bare triggers too (a sentence has no
 * document around it to corroborate them). A sentence with no such event counts as wrong.
 * Accuracy is correct / records; coverage is the share with any prediction; per-category
 * precision and recall follow.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { findEventsInMentions } from '../../src/extract/events/index.ts';
import { read } from '../../src/extract/pipeline.ts';
import { type EvalTask, type Figures, f1, formatTable } from '../lib/task.ts';

const Record_ = z.object({
  id: z.string(),
  event: z.string(),
  text: z.string().optional(),
  date: z.string().optional(),
});

/** A fronted adjunct clause up to its comma: its events are background, not the sentence's. */
const FRONTED =
  /^\s*(?:despite|after|following|amid|before|in response to|in the wake of|ahead of)\b[^,]{0,200},/i;

/** The PLOVER category sitrep gives one sentence, or null. */
export function classify(text: string, date: string | null): string | null {
  const { mentions } = read({
    text,
    published: date,
    updates: [],
    language: 'en',
    links: [],
    dateline: null,
  });
  const events = findEventsInMentions(text, date, mentions);
  // The sentence's own event, not one in a fronted adjunct (`Despite warnings of starvation, …`).
  const adjunct = FRONTED.exec(text);
  const main = adjunct ? adjunct[0].length : 0;
  const coded = events.filter((e) => e.plover !== null);
  return (coded.find((e) => e.span[0] >= main) ?? coded[0])?.plover ?? null;
}

export const ploverTask: EvalTask = {
  name: 'plover',
  description: 'PLOVER event type accuracy on the OEDA gold-standard sentences',
  defaultData: 'datasets/plover/PLOVER_GSR_CAMEO.txt',
  async run(dataPath) {
    const path = dataPath.endsWith('.txt') ? dataPath : resolve(dataPath, 'PLOVER_GSR_CAMEO.txt');
    const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown[];
    const records = raw.flatMap((r, i) => {
      const parsed = Record_.safeParse(r);
      if (!parsed.success)
        throw new Error(
          `${path}: record ${i}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
        );
      return parsed.data.text && parsed.data.event !== 'DOCUMENT' ? [parsed.data] : [];
    });
    const perGold = new Map<string, { gold: number; predicted: number; correct: number }>();
    const row = (k: string) => {
      const r = perGold.get(k) ?? { gold: 0, predicted: 0, correct: 0 };
      perGold.set(k, r);
      return r;
    };
    let correct = 0;
    let covered = 0;
    const errors: string[] = [];
    for (const r of records) {
      const predicted = classify(r.text!, r.date ?? null);
      row(r.event).gold++;
      if (predicted) {
        covered++;
        row(predicted).predicted++;
      }
      if (predicted === r.event) {
        correct++;
        row(r.event).correct++;
      } else errors.push(`${r.id}: gold ${r.event}, sitrep ${predicted ?? '-'}: ${r.text!.slice(0, 110)}`);
    }
    const limit = Number(process.env.SITREP_EVAL_ERRORS ?? 0);
    if (limit > 0) console.error(errors.slice(0, limit).join('\n'));
    const categories = [...perGold.keys()].sort();
    const per: Record<string, number> = {};
    const rows = categories.map((k) => {
      const r = perGold.get(k)!;
      const p = r.predicted ? r.correct / r.predicted : 0;
      const rc = r.gold ? r.correct / r.gold : 0;
      per[k] = f1(p, rc);
      return [k, r.gold, r.predicted, r.correct, p, rc, f1(p, rc)];
    });
    const accuracy = records.length ? correct / records.length : 0;
    const coverage = records.length ? covered / records.length : 0;
    const table = [
      formatTable(['category', 'gold', 'predicted', 'correct', 'P', 'R', 'F1'], rows),
      '',
      `records ${records.length}  accuracy ${accuracy.toFixed(4)}  coverage ${coverage.toFixed(4)}`,
    ].join('\n');
    return {
      table,
      figures: { records: records.length, accuracy, coverage, perCategoryF1: per } satisfies Figures,
    };
  },
};
