import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { DEFAULT_MAX_BYTES, decodeInput, KNOWN_EXTENSIONS } from '../ingest/index.ts';
import { SitrepError } from '../model/errors.ts';

/** One input to ingest: a file path, or `-` for standard input. */
export interface InputRef {
  readonly origin: string;
}

/** A path argument that expanded to nothing usable. */
export interface InputError {
  readonly origin: string;
  readonly error: SitrepError;
}

const GLOB_CHARS = /[*?[\]{}]/;
/** Names of a folder's own documentation files, skipped when a folder is walked. */
const FOLDER_DOCS =
  /^(?:readme|license|licence|changelog|contributing|code_of_conduct|security)(?:\.[a-z]+)?$/i;

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    // A folder's own documentation (README.md, LICENSE, CHANGELOG.md) is no article; given by
    // name it is still read.
    if (FOLDER_DOCS.test(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && KNOWN_EXTENSIONS.includes(e.name.split('.').pop()?.toLowerCase() ?? ''))
      out.push(p);
  }
}

/**
 * Expands path arguments: files as given, directories recursively (files with a known
 * extension only), globs, and `-` for stdin. Missing paths become errors, not exceptions.
 */
export function expandInputs(args: readonly string[]): { inputs: InputRef[]; errors: InputError[] } {
  const inputs: InputRef[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (origin: string) => {
    if (!seen.has(origin)) {
      seen.add(origin);
      inputs.push({ origin });
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const files: string[] = [];
      walk(arg, files);
      if (files.length === 0)
        errors.push({
          origin: arg,
          error: new SitrepError('INPUT_NOT_FOUND', 'directory holds no readable files', arg),
        });
      files.forEach(add);
    } else if (st?.isFile()) add(arg);
    else if (GLOB_CHARS.test(arg)) {
      const files = fg.sync(arg, { onlyFiles: true, dot: false }).sort();
      if (files.length === 0)
        errors.push({
          origin: arg,
          error: new SitrepError('INPUT_NOT_FOUND', 'pattern matches no files', arg),
        });
      files.forEach(add);
    } else {
      errors.push({
        origin: arg,
        error: new SitrepError('INPUT_NOT_FOUND', 'no such file or directory', arg),
      });
    }
  }
  return { inputs, errors };
}

/** Reads standard input to the end. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and decodes one input, checking its size before reading it. */
export async function loadInput(
  ref: InputRef,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<{ bytes: Uint8Array; raw: string }> {
  let bytes: Uint8Array;
  if (ref.origin === '-') bytes = await readStdin();
  else {
    const path = resolve(ref.origin);
    let size: number;
    try {
      size = statSync(path).size;
    } catch (e) {
      throw new SitrepError('INPUT_NOT_FOUND', (e as Error).message, ref.origin);
    }
    if (size > maxBytes)
      throw new SitrepError('INPUT_TOO_LARGE', `${size} bytes is over the limit of ${maxBytes}`, ref.origin);
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new SitrepError('INPUT_UNREADABLE', (e as Error).message, ref.origin);
    }
  }
  return { bytes, raw: decodeInput(ref.origin, bytes, maxBytes) };
}
