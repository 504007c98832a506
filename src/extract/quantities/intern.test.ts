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
