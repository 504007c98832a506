import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGoldArticle, runGoldEvents, sameTime } from '../../eval/tasks/gold-events.ts';

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

  it('reads a time of day against a gold day at the gold day, and nothing coarser or the other way', () => {
    expect(sameTime('2022-03-05TMO', '2022-03-05')).toBe(true);
    expect(sameTime('2022-03-05T14:30', '2022-03-05')).toBe(true);
    expect(sameTime('2022-03-06TMO', '2022-03-05')).toBe(false);
    expect(sameTime('2022-03-05', '2022-03-05T14:30')).toBe(false);
    expect(sameTime('2022-03-05', '2022-03')).toBe(false);
    expect(sameTime('2022-03-05TEV', '2022-03-05/..')).toBe(false);
    expect(sameTime(null, null)).toBe(true);
    expect(sameTime('2022-03-05TMO', null)).toBe(false);
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
