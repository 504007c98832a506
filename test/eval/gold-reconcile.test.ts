import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchGoldEvent } from '../../eval/tasks/gold-events.ts';
import { matchEntity, runGoldReconcile } from '../../eval/tasks/gold-reconcile.ts';
import { exerciseFixtures } from '../../src/api/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gold-reconcile scorer', () => {
  it('matches events by trigger overlap and entities by form, each once', () => {
    const [a, b] = exerciseFixtures();
    expect(matchGoldEvent(a!, ['began the Winter'], undefined, new Set())?.id).toBe('v1');
    expect(matchGoldEvent(b!, ['nowhere', 'denied it'], 'denial', new Set())?.id).toBe('v2');
    expect(matchGoldEvent(b!, ['not in the text'], undefined, new Set())).toBeNull();
    const used = new Set<string>();
    expect(matchEntity(a!.entities, ['Lukashenko'], used)?.name).toBe('Alexander Lukashenko');
    expect(matchEntity(a!.entities, ['Lukashenko'], used)).toBeNull();
  });

  it('scores a small fixture gold, events included when events.json is present', async () => {
    const file = 'examples/text/2022-01-18-baltic-wire-russian-troops-arrive-belarus.txt';
    const copy = 'examples/markdown/2022-01-18-vistula-monitor-russian-units-reach-belarus.md';
    const entities = join(dir, 'entity-clusters.json');
    writeFileSync(
      entities,
      JSON.stringify({
        documents: [
          {
            file,
            entities: [
              { cluster: 'fomin', forms: ['Alexander Fomin'] },
              { cluster: 'gomel', forms: ['Gomel'] },
            ],
          },
          {
            file: copy,
            entities: [
              { cluster: 'fomin', forms: ['Fomin'] },
              { cluster: 'kowal', forms: ['Anna Kowal'] },
            ],
          },
        ],
      }),
    );
    const without = await runGoldReconcile(entities);
    expect(without.figures.entities).toMatchObject({ items: 4, precision: 1, recall: 1 });
    expect(without.figures.events).toMatchObject({ skipped: expect.stringContaining('events.json') });
    writeFileSync(
      join(dir, 'events.json'),
      JSON.stringify({
        documents: [
          { file, events: [{ mentions: ['started arriving'], type: 'troop_deployment', cluster: 'x' }] },
        ],
      }),
    );
    const withEvents = await runGoldReconcile(entities);
    // One gold event: a single item is trivially its own cluster, matched or not.
    expect(withEvents.figures.events).toMatchObject({ items: 1, precision: 1, recall: 1 });
  });
});
