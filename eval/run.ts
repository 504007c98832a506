/**
 * `npm run eval [-- TASK...] [--data PATH] [--json]`: scores sitrep against gold data.
 * Data is read from ../shared/datasets (or SITREP_SHARED); a task whose data is absent is
 * skipped with a message. With --json the last line printed is one JSON object of figures.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalTask, Figures } from './lib/task.ts';
import { TASKS } from './tasks/index.ts';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const shared = process.env.SITREP_SHARED ?? resolve(repo, '../shared');

function usage(): string {
  return [
    'usage: npm run eval -- [TASK...] [--data PATH] [--json]',
    '',
    'tasks:',
    ...TASKS.map(
      (t) =>
        // The gold sets live in the repo and are named by an absolute path.
        `  ${t.name.padEnd(20)} ${t.description} (default data: ${isAbsolute(t.defaultData) ? relative(repo, t.defaultData) : `<shared>/${t.defaultData}`})`,
    ),
    '',
    '--data PATH  score another split of the same format (only with one task)',
    '--json       end with one line of JSON figures',
    'example: npm run eval -- article-extraction --json',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const names: string[] = [];
  let data: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--data') data = argv[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      console.log(usage());
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`eval: unknown flag ${a}\n${usage()}`);
      return 2;
    } else names.push(a);
  }
  const unknown = names.filter((n) => !TASKS.some((t) => t.name === n));
  if (unknown.length > 0) {
    console.error(`eval: unknown task ${unknown.join(', ')}\n${usage()}`);
    return 2;
  }
  if (data && names.length !== 1) {
    console.error('eval: --data needs exactly one task');
    return 2;
  }
  const chosen: EvalTask[] = names.length ? TASKS.filter((t) => names.includes(t.name)) : [...TASKS];
  const all: Record<string, Figures> = {};
  for (const task of chosen) {
    const path = data ? resolve(data) : resolve(shared, task.defaultData);
    console.log(`\n== ${task.name}: ${task.description}\n   data: ${path}`);
    if (!existsSync(path)) {
      console.log(`   skipped: ${path} not found (evaluations need ../shared/datasets or --data)`);
      all[task.name] = { skipped: `data not found: ${path}` };
      continue;
    }
    const started = performance.now();
    const result = await task.run(path);
    console.log(result.table);
    console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    all[task.name] = result.figures;
  }
  if (json) {
    const only = chosen.length === 1 ? { task: chosen[0]!.name, ...all[chosen[0]!.name] } : all;
    console.log(JSON.stringify(only));
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
