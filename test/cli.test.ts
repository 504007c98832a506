import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launcherFlags } from '../bench/cases/api.ts';
import { COMMANDS, main } from '../src/cli/main.ts';

const run = promisify(execFile);
const BIN = new URL('../bin/sitrep.js', import.meta.url).pathname;
const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
/** The corpus folders (examples/README.md is not an article). */
const CORPUS = ['markdown', 'html', 'text', 'json', 'feeds'].map((f) => `${EXAMPLES}${f}`);

/** Runs the CLI in-process and captures its output. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  const code = await main(args, { out, err });
  return { code, out: o, err: e };
}

describe('sitrep CLI', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    db = join(dir, 'test.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains itself and every command, with examples', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    for (const c of COMMANDS) {
      expect(top.out).toContain(c.name);
      const help = await cli([c.name, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toContain(`usage: sitrep ${c.name}`);
      expect(help.out).toContain('examples:');
      for (const flag of Object.keys(c.flags)) expect(help.out).toContain(`--${flag}`);
    }
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['list', '--nope'])).code).toBe(2);
  });

  it('ingests the sample corpus, then finds everything unchanged', async () => {
    const first = await cli(['--db', db, 'ingest', ...CORPUS]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const summary = first.out.trim().split('\n').at(-1)!;
    const n = Number(/^(\d+) new/.exec(summary)?.[1]);
    expect(n).toBeGreaterThanOrEqual(15);
    expect(summary).toMatch(/ 0 unchanged, 0 updated, 0 failed$/);
    const again = await cli(['--db', db, 'ingest', ...CORPUS]);
    expect(again.out.trim().split('\n').at(-1)).toBe(`0 new, ${n} unchanged, 0 updated, 0 failed`);
  });

  it('lists, shows and searches', async () => {
    const list = await cli(['--db', db, 'list', '--json']);
    const parsed = JSON.parse(list.out) as {
      documents: { id: string; title: string }[];
      stats: { current: number };
    };
    expect(parsed.documents.length).toBe(parsed.stats.current);
    const id = parsed.documents[0]!.id;
    const show = await cli(['--db', db, 'show', id.slice(0, 8), '--json']);
    expect(JSON.parse(show.out).id).toBe(id);
    const human = await cli(['--db', db, 'show', id]);
    expect(human.out).toContain(`id         ${id}`);
    const search = await cli(['--db', db, 'search', 'Lukashenka']);
    expect(search.code).toBe(0);
    expect(search.out).toMatch(/\[Lukashenka\]/);
    expect((await cli(['--db', db, 'show', 'dnothere'])).code).toBe(1);
  });

  it('reports each bad input on one line, ingests the rest, and exits non-zero', async () => {
    const bad = join(dir, 'bad');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.md'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
    writeFileSync(join(bad, 'broken.html'), '<html><body><div><p>Unclosed <b>tags and <i>garbage</p></div>');
    writeFileSync(join(bad, 'notes.docx'), 'whatever');
    writeFileSync(
      join(bad, 'good.md'),
      '# Good\n\nJanuary 20, 2022\n\nA good article about the drills near Brest, written for this test.\n',
    );
    writeFileSync(join(bad, 'huge.txt'), '');
    truncateSync(join(bad, 'huge.txt'), 100 * 1024 * 1024);
    writeFileSync(
      join(bad, 'feed.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>' +
        '<item><title>Fine item</title><link>https://x.test/1</link><description>Belarus said troops arrived on Monday for the drills.</description></item>' +
        '<item></item></channel></rss>',
    );
    const before = await cli(['--db', db, 'list', '--json']);
    const res = await cli(['--db', db, 'ingest', bad, join(dir, 'missing.md'), join(bad, 'notes.docx')]);
    expect(res.code).toBe(1);
    const errors = res.err.trim().split('\n');
    const expectLine = (file: string, code: string) =>
      expect(errors.some((l) => l.includes(file) && l.includes(code))).toBe(true);
    expectLine('missing.md', 'INPUT_NOT_FOUND');
    expectLine('empty.md', 'INPUT_EMPTY');
    expectLine('binary.txt', 'INPUT_BINARY');
    expectLine('latin1.txt', 'INPUT_ENCODING');
    expectLine('huge.txt', 'INPUT_TOO_LARGE');
    expectLine('notes.docx', 'INPUT_UNKNOWN_FORMAT');
    expectLine('feed.xml#2', 'ITEM_MALFORMED');
    const summary = res.out.trim().split('\n').at(-1)!;
    expect(summary).toMatch(/^3 new, 0 unchanged, 0 updated, 7 failed$/);
    // A stored document's line names what its diagnostics warn of; a dated one warns of nothing.
    expect(res.out).toMatch(/broken\.html.*\[DATE_FROM_INGEST/);
    expect(res.out).not.toMatch(/good\.md.*\[/);
    const after = JSON.parse((await cli(['--db', db, 'list', '--json'])).out);
    expect(after.stats.current).toBe(JSON.parse(before.out).stats.current + 3);
  });

  it('refuses a missing or foreign database and a day that is not in the calendar, making nothing', async () => {
    const missing = join(dir, 'nowhere', 'x.db');
    const r = await cli(['--db', missing, 'list']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('STORE_NOT_FOUND');
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'plain words, no database here\n');
    const foreign = await cli(['--db', text, 'timeline']);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain('NOT_A_DATABASE');
    const day = await cli(['--db', db, 'timeline', '--from', '2022-02-30']);
    expect(day.code).toBe(2);
    expect(day.err).toContain('no such day');
    const type = await cli(['--db', db, 'timeline', '--type', 'nonsense']);
    expect(type.code).toBe(2);
    expect(type.err).toContain('military_exercise');
    // Negative: a real day and an existing store still answer.
    expect((await cli(['--db', db, 'timeline', '--from', '2022-02-28'])).code).toBe(0);
  });

  it('extracts one file as document JSON without a database', async () => {
    const file = join(dir, 'one.md');
    writeFileSync(file, '# One\n\nBelarus said on Monday that drills begin Feb. 10.\n');
    const res = await cli([
      '--db',
      join(dir, 'never.db'),
      'extract',
      file,
      '--json',
      '--published',
      '2022-01-17',
      '--url',
      'https://x.test/one',
    ]);
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.out);
    expect(doc.schema).toBe('sitrep/document@1');
    expect(doc.published).toEqual({ value: '2022-01-17', from: 'meta' });
    expect(doc.source.url).toBe('https://x.test/one');
    expect(() => readFileSync(join(dir, 'never.db'))).toThrow();
    expect((await cli(['extract', file, '--published', 'soon'])).code).toBe(2);
  });

  it('reads standard input and runs as a real process', async () => {
    const child = execFile(process.execPath, [BIN, '--db', db, 'ingest', '-'], { encoding: 'utf8' });
    child.stdin!.end(
      'Belarus and Russia said on Friday the joint exercise would end on schedule, officials in Minsk said.\n',
    );
    const out = await new Promise<string>((resolve, reject) => {
      let s = '';
      child.stdout!.on('data', (d) => (s += d));
      child.on('close', (code) => (code === 0 ? resolve(s) : reject(new Error(`exit ${code}`))));
    });
    expect(out).toMatch(/1 new, 0 unchanged, 0 updated, 0 failed/);
    const { stdout } = await run(process.execPath, [BIN, '--help']);
    expect(stdout).toContain('usage: sitrep');
    // Two cold starts of a real process (tsx, model, store): a loaded shared machine needs more than the default guard.
  }, 90_000);

  it('runs as an executable with the Node flags of its shebang, which the API bench starts its server with', async () => {
    // The launcher itself, not `node BIN`: `env -S` must pass node its flags.
    const { stdout } = await run(BIN, ['--help']);
    expect(stdout).toContain('usage: sitrep');
    const flags = launcherFlags(join(BIN, '../..'));
    expect(flags).toContain('--max-semi-space-size=64');
    expect(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).toContain(
      `node ${flags.join(' ')} bin/sitrep.js demo --serve`,
    );
  }, 60_000);
});
