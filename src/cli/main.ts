import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SitrepError } from '../model/errors.ts';
import { defaultDbPath, isPostgresUrl, openStore } from '../store/index.ts';
import { claimsCommand } from './claims.ts';
import { type Command, commandHelp, println } from './command.ts';
import { demoCommand } from './demo.ts';
import { entityCommand } from './entity.ts';
import { eventCommand } from './event.ts';
import { exportCommand } from './export.ts';
import { extractCommand } from './extract.ts';
import { ingestCommand } from './ingest.ts';
import { listCommand } from './list.ts';
import { reconcileCommand } from './reconcile.ts';
import { reportCommand } from './report.ts';
import { searchCommand } from './search.ts';
import { serveCommand } from './serve.ts';
import { showCommand } from './show.ts';
import { timelineCommand } from './timeline.ts';

/** Every CLI verb, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  ingestCommand,
  extractCommand,
  listCommand,
  showCommand,
  searchCommand,
  timelineCommand,
  entityCommand,
  eventCommand,
  claimsCommand,
  reportCommand,
  exportCommand,
  reconcileCommand,
  serveCommand,
  demoCommand,
];

function mainHelp(): string {
  return [
    'sitrep — a local-first news-intelligence engine: who did what, when, where, how many, and who says so.',
    '',
    'usage: sitrep [--db PATH] COMMAND [ARGS]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary.split('. ')[0]!.replace(/\.$/, '')}`),
    '',
    'global options:',
    '  --db PATH   database file (default: $SITREP_DB or ./sitrep.db)',
    '  -h, --help  help; `sitrep COMMAND --help` explains a command with examples',
    '',
    'examples:',
    '  sitrep ingest examples/',
    '  sitrep search "Allied Resolve"',
    '  sitrep entity Lukashenka',
    '  sitrep claims Russian troops in Belarus',
    '  sitrep extract article.md --json',
    '',
  ].join('\n');
}

type Streams = {
  out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  err: NodeJS.WritableStream & { isTTY?: boolean };
};

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  streams: Streams = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const { out, err } = streams;
  const name = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--db');
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!name) {
    println(argv.includes('--help') || argv.includes('-h') ? out : err, mainHelp());
    return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  if (name === 'help') {
    const target = COMMANDS.find((c) => c.name === argv[argv.indexOf('help') + 1]);
    println(out, target ? commandHelp(target) : mainHelp());
    return 0;
  }
  if (!cmd) {
    println(err, `sitrep: unknown command ${name}\n\n${mainHelp()}`);
    return 2;
  }
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const [flag, spec] of Object.entries(cmd.flags)) {
    options[flag] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const at = argv.indexOf(name);
    const args = [...argv.slice(0, at), ...argv.slice(at + 1)];
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    println(err, `sitrep ${cmd.name}: ${(e as Error).message}\n\n${commandHelp(cmd)}`);
    return 2;
  }
  if (parsed.values.help) {
    println(out, commandHelp(cmd));
    return 0;
  }
  const dbPath = (parsed.values.db as string | undefined) ?? defaultDbPath();
  try {
    return await cmd.run({
      flags: parsed.values as Record<string, string | boolean | string[] | undefined>,
      positionals: parsed.positionals,
      out,
      err,
      dbPath,
      openStore: () => {
        // A command that only reads names a store that must exist: a mistyped --db is an error,
        // not an empty corpus (nor a new file or folder).
        if (READS_ONLY.has(cmd.name) && !isPostgresUrl(dbPath) && !existsSync(dbPath))
          throw new SitrepError('STORE_NOT_FOUND', 'ingest documents first, or give --db', dbPath);
        return openStore(dbPath);
      },
    });
  } catch (e) {
    if (e instanceof SitrepError) {
      println(err, `sitrep ${cmd.name}: ${e.file ? `${e.file}: ` : ''}${e.code}: ${e.message}`);
      return 1;
    }
    const known = knownFailure(e, dbPath);
    if (known) {
      println(err, `sitrep ${cmd.name}: ${known}`);
      return 1;
    }
    throw e;
  }
}

/** Commands that read a store and never make one. */
const READS_ONLY: ReadonlySet<string> = new Set([
  'claims',
  'export',
  'entity',
  'event',
  'list',
  'reconcile',
  'report',
  'search',
  'show',
  'timeline',
]);

/** A plain message for failures of the environment that are no bug of sitrep's, else null. */
function knownFailure(e: unknown, dbPath: string): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB')
    return `${dbPath}: NOT_A_DATABASE: the file is not a sitrep (SQLite) database`;
  if (code === 'EADDRINUSE') return `PORT_IN_USE: ${(e as Error).message}; choose another with --port`;
  if (code === 'EACCES' || code === 'EPERM') return `PERMISSION: ${(e as Error).message}`;
  return null;
}
