import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGoldArticle, runGoldEvents } from '../../eval/tasks/gold-events.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = 'examples/text/2022-01-18-baltic-wire-russian-troops-arrive-belarus.txt';

describe('gold-events scorer', () => {
  it('scores detection, type, type+time, name, status and actors against a small gold', async () => {
    const doc = readGoldArticle(file);
    // The gold below is written for this test from the article, with one event sitrep cannot
    // find (a mention that is no trigger) so that recall is below one.
    const gold = join(dir, 'events.json');
    writeFileSync(
      gold,
      JSON.stringify({
        documents: [
          {
            file,
            events: [
              {
                mentions: ['exercise', 'Allied Resolve'],
                type: 'military_exercise',
                name: 'Allied Resolve',
                actors: ['Russia', 'Belarus'],
                time: '2022-02-10/2022-02-20',
                status: 'planned',
                cluster: 'ar',
              },
              {
                mentions: ['Belarus'],
                type: 'other',
                name: null,
                actors: [],
                time: null,
                status: 'completed',
                cluster: 'none',
              },
            ],
          },
        ],
      }),
    );
    const { figures } = await runGoldEvents(gold);
    const detection = figures.detection as Record<string, number>;
    expect(detection.gold).toBe(2);
    expect(detection.system).toBe(doc.events.length);
    expect(detection.correct).toBe(1);
    expect((figures['type+time'] as Record<string, number>).correct).toBe(1);
    expect((figures.name as Record<string, number>).correct).toBe(1);
  });

  it('names the article and the mention that is not in its text', async () => {
    const gold = join(dir, 'bad.json');
    writeFileSync(
      gold,
      JSON.stringify({
        documents: [
          {
            file,
            events: [
              {
                mentions: ['zzz'],
                type: 'other',
                name: null,
                actors: [],
                time: null,
                status: 'x',
                cluster: 'c',
              },
            ],
          },
        ],
      }),
    );
    await expect(runGoldEvents(gold)).rejects.toThrow(/baltic-wire.*mention "zzz" is not in the text/);
    writeFileSync(gold, JSON.stringify({ documents: [{ file, events: [{ mentions: [] }] }] }));
    await expect(runGoldEvents(gold)).rejects.toThrow(/documents\.0\.events\.0\.mentions/);
  });
});
