import type { EvalTask } from '../lib/task.ts';
import { articleExtraction } from './article-extraction.ts';
import { conll2003Task } from './conll2003.ts';
import { goldEntities } from './gold-entities.ts';
import { goldEvents } from './gold-events.ts';
import { goldQuotesQuantities } from './gold-quotes-quantities.ts';
import { goldReconcile } from './gold-reconcile.ts';
import { ploverTask } from './plover.ts';
import { polnearAgreementTask, polnearTask } from './polnear.ts';
import { recognizers } from './recognizers.ts';
import { tempeval3 } from './tempeval3.ts';

/** Every evaluation task, in the order `npm run eval` runs them. */
export const TASKS: readonly EvalTask[] = [
  articleExtraction,
  tempeval3,
  recognizers,
  conll2003Task,
  polnearTask,
  polnearAgreementTask,
  goldQuotesQuantities,
  goldEntities,
  goldEvents,
  goldReconcile,
  ploverTask,
];
