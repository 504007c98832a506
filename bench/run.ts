/**
 * `npm run bench [-- CASE...] [--quick] [--json]`: throughput and memory per stage on generated
 * corpora, with peers and floors in the same run so that ratios survive a noisy shared machine.
 */
import { CASES } from './cases/index.ts';
import type { BenchFigures } from './lib/types.ts';

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const json = argv.includes('--json');
  const names = argv.filter((a) => !a.startsWith('--'));
  if (argv.includes('--help')) {
    console.log(
      `usage: npm run bench -- [CASE...] [--quick] [--json]\n\ncases:\n${CASES.map((c) => `  ${c.name.padEnd(16)} ${c.description}`).join('\n')}`,
    );
    return 0;
  }
  const unknown = names.filter((n) => !CASES.some((c) => c.name === n));
  if (unknown.length) {
    console.error(`bench: unknown case ${unknown.join(', ')}; known: ${CASES.map((c) => c.name).join(', ')}`);
    return 2;
  }
  const chosen = names.length ? CASES.filter((c) => names.includes(c.name)) : CASES;
  const all: Record<string, BenchFigures> = {};
  console.log(`node ${process.version}, ${process.platform}/${process.arch}${quick ? ', quick mode' : ''}`);
  for (const c of chosen) {
    console.log(`\n== ${c.name}: ${c.description}`);
    const result = await c.run({ quick });
    console.log(result.table);
    all[c.name] = result.figures;
  }
  if (json) console.log(JSON.stringify(all));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
