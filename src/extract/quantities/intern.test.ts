import { describe, expect, it } from 'vitest';
import { scanWords } from './words.ts';

// In a file of its own: the intern table is shared by every scan of the module, and this test
// needs it as a fresh process has it.
describe('the intern table of scanWords', () => {
  it('keeps 60,000 distinct tokens without being cleared (the vocabulary of a few thousand articles)', () => {
    const first = scanWords('Said the minister', 0, 17);
    const parts: string[] = [];
    for (let k = 0; k < 60000; k++) parts.push(`v${k.toString(36)}`);
    const text = parts.join(' ');
    scanWords(text, 0, text.length);
    // The first tokens keep their entries (a cleared table would give them new ids).
    expect(scanWords('Said the minister', 0, 17).map((w) => w.id)).toEqual(first.map((w) => w.id));
  });
});

describe('the front cache of the intern table', () => {
  it('gives each token its own text again right after the table is cleared', () => {
    // New tokens one at a time until the table is cleared (the generation in the ids changes): the
    // entries of the tokens met just before are then free, and a scan must not find them.
    // (A token not placed within the probe bound has no id, -1: no generation to read.)
    const generation = (id: number | undefined) => (id === undefined || id < 0 ? -1 : id >>> 16);
    const start = generation(scanWords('zz', 0, 2)[0]!.id);
    const recent: string[] = [];
    let cleared = false;
    for (let k = 0; k < 140000 && !cleared; k++) {
      const t = `z${k.toString(36)}`;
      const g = generation(scanWords(t, 0, t.length)[0]!.id);
      cleared = g >= 0 && g !== start;
      if (!cleared) recent.push(t);
      if (recent.length > 50) recent.shift();
    }
    expect(cleared).toBe(true);
    const text = `${recent.join(' ')} the said , president “ — officials`;
    for (const w of scanWords(text, 0, text.length)) {
      expect(w.text).toBe(text.slice(w.start, w.end));
      expect(w.lower).toBe(w.text.toLowerCase());
    }
  });
});
