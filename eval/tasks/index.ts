import type { EvalTask } from '../lib/task.ts';

/** Every evaluation task, in the order `npm run eval` runs them. */
export const TASKS: readonly EvalTask[] = [];
