import type { Store } from '../store/types.ts';

/** A flag of a command, as `node:util` parseArgs takes it, with its help text. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  readonly help: string;
  readonly value?: string;
}

/** What every command gets: its parsed flags and positionals, output streams and the store opener. */
export interface CommandContext {
  readonly flags: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: readonly string[];
  readonly out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
  readonly dbPath: string;
  openStore(): Store;
}

/** One CLI verb: its help, its flags and what it does. Returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  readonly examples: readonly string[];
  run(ctx: CommandContext): Promise<number>;
}

/** Formats a command's help. */
export function commandHelp(cmd: Command): string {
  const flags = Object.entries(cmd.flags).map(([name, f]) => {
    const left = `${f.short ? `-${f.short}, ` : '    '}--${name}${f.type === 'string' ? ` ${f.value ?? 'VALUE'}` : ''}`;
    return `  ${left.padEnd(28)} ${f.help}`;
  });
  return [
    `usage: sitrep ${cmd.usage}`,
    '',
    cmd.summary,
    '',
    'options:',
    ...flags,
    `  ${'    --db PATH'.padEnd(28)} database file (default: $SITREP_DB or ./sitrep.db)`,
    `  ${'-h, --help'.padEnd(28)} show this help`,
    '',
    'examples:',
    ...cmd.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** Writes a line to a stream. */
export function println(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(`${line}\n`);
}
