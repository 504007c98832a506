import type { EvalTask } from '../lib/task.ts';
import { articleExtraction } from './article-extraction.ts';

/** Every evaluation task, in the order `npm run eval` runs them. */
export const TASKS: readonly EvalTask[] = [articleExtraction];
