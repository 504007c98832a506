import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from './inputs.ts';

describe('expanding input paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("walks a folder's articles, not its own documentation, which is still read when named", () => {
    mkdirSync(join(dir, 'news'));
    for (const f of [
      'README.md',
      'LICENSE.txt',
      'CHANGELOG.md',
      'a.md',
      'news/b.html',
      'news/readme-first.md',
    ])
      writeFileSync(join(dir, f), 'text');
    const { inputs } = expandInputs([dir]);
    expect(inputs.map((i) => i.origin.slice(dir.length + 1)).sort()).toEqual([
      'a.md',
      'news/b.html',
      'news/readme-first.md',
    ]);
    expect(expandInputs([join(dir, 'README.md')]).inputs.length).toBe(1);
  });
});
