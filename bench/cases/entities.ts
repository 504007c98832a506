import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable } from '../../eval/lib/task.ts';
import { entityStage } from '../../src/extract/entities/index.ts';
import { sentenceStage } from '../../src/extract/segment/sentences.ts';
import { tokenStage } from '../../src/extract/segment/tokens.ts';
import type { MentionView, ReadContext } from '../../src/extract/types.ts';
import type { Mention, MentionKind, MentionOf } from '../../src/model/mention.ts';
import { generateArticles } from '../lib/corpus.ts';
import { mbPerSecond, measure } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

/**
 * The entity stage alone (sentences and tokens are made beforehand, outside the clock) beside
 * compromise's people/places/organizations on the same texts, and the cost of loading the model
 * and gazetteers, measured in a fresh process so that nothing is loaded already.
 */

const SELF = fileURLToPath(import.meta.url);

function view(ctx: ReadContext): MentionView {
  const byKind = new Map<MentionKind, Mention[]>();
  const v: MentionView = {
    of: <K extends MentionKind>(k: K) => (byKind.get(k) ?? []) as unknown as MentionOf<K>[],
  };
  byKind.set('sentence', sentenceStage.run(ctx, v));
  byKind.set('token', tokenStage.run(ctx, v));
  return v;
}

/** Run in a child: load time and memory of the model and gazetteers, as one JSON line. */
async function probe(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { defaultTagger } = await import('../../src/extract/entities/recognise.ts');
  const imported = performance.now();
  defaultTagger();
  const ms = performance.now() - t0;
  gc?.();
  const mem = process.memoryUsage();
  console.log(
    JSON.stringify({
      loadMs: ms,
      importMs: imported - t0,
      rssMb: (mem.rss - rss0) / 2 ** 20,
      heapMb: (mem.heapUsed - heap0) / 2 ** 20,
      arrayBuffersMb: mem.arrayBuffers / 2 ** 20,
    }),
  );
}

export const entitiesBench: BenchCase = {
  name: 'entities',
  description:
    'entity stage MB/s beside compromise (people/places/organizations), model load time and memory',
  async run({ quick }) {
    const load = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--probe'], {
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .at(-1)!,
    ) as { loadMs: number; importMs: number; rssMb: number; heapMb: number };
    const gc = (globalThis as { gc?: () => void }).gc;
    const rssMb = () => {
      gc?.();
      return process.memoryUsage().rss / 2 ** 20;
    };
    const rssStart = rssMb();
    const n = quick ? 40 : 400;
    const texts = generateArticles(n, 11, 5000).map((a) => `${a.title}\n\n${a.body}`);
    const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
    const inputs = texts.map((text) => {
      const ctx: ReadContext = {
        text,
        published: null,
        updates: [],
        language: 'en',
        links: [],
        dateline: null,
      };
      return { ctx, view: view(ctx) };
    });
    const rssInputs = rssMb();
    const runOurs = () => inputs.reduce((s, i) => s + entityStage.run(i.ctx, i.view).length, 0);
    // One untimed round over the very inputs that are timed, for each system alike: the clock
    // measures the warm code (JIT, model and lexicon loading, per-word caches are not throughput).
    // With a shorter warm-up the quick mode timed mostly V8 compiling the stage.
    runOurs();
    // No forced collection between the warm-up and the clock (see `measure`).
    const rssWarm = process.memoryUsage().rss / 2 ** 20;
    // CPU time beside wall time: the machines are shared, and one core's work is what the goal counts.
    const ours = await measure(runOurs, { gc: false });
    // compromise is loaded after sitrep is timed, so that sitrep's peak RSS does not include it.
    const nlp = (await import('compromise')).default as unknown as (t: string) => {
      people(): { json(): unknown[] };
      places(): { json(): unknown[] };
      organizations(): { json(): unknown[] };
    };
    const peerTexts = quick ? texts : texts.slice(0, Math.max(20, n / 10));
    const peerBytes = peerTexts.reduce((s, t) => s + Buffer.byteLength(t), 0);
    const runPeer = () =>
      peerTexts.reduce((s, t) => {
        const d = nlp(t);
        return s + d.people().json().length + d.places().json().length + d.organizations().json().length;
      }, 0);
    runPeer();
    const peer = await measure(runPeer, { gc: false });
    const oursMbs = mbPerSecond(bytes, ours.ms);
    const peerMbs = mbPerSecond(peerBytes, peer.ms);
    const oursCpuMbs = mbPerSecond(bytes, ours.cpuMs);
    const peerCpuMbs = mbPerSecond(peerBytes, peer.cpuMs);
    return {
      table: [
        formatTable(
          ['system', 'docs', 'MB', 'MB/s', 'MB/cpu-s', 'entities', 'peak RSS MB'],
          [
            [
              'sitrep entity stage',
              n,
              (bytes / 2 ** 20).toFixed(2),
              oursMbs.toFixed(3),
              oursCpuMbs.toFixed(3),
              ours.result,
              Math.round(ours.peakRssMb),
            ],
            [
              'compromise',
              peerTexts.length,
              (peerBytes / 2 ** 20).toFixed(2),
              peerMbs.toFixed(3),
              peerCpuMbs.toFixed(3),
              peer.result,
              Math.round(peer.peakRssMb),
            ],
          ],
        ),
        `ratio sitrep/compromise: ${(oursMbs / peerMbs).toFixed(1)}x wall, ${(oursCpuMbs / peerCpuMbs).toFixed(1)}x cpu`,
        `RSS MB: ${rssStart.toFixed(0)} at start (node, tsx, the modules of every bench case), +${(rssInputs - rssStart).toFixed(0)} the inputs' sentence and token mentions, +${(rssWarm - rssInputs).toFixed(0)} after the warm-up round (model, gazetteers, caches, heap kept); sitrep's peak while timed ${ours.peakRssMb.toFixed(0)}`,
        `model + gazetteers load (fresh process): ${load.loadMs.toFixed(0)} ms (module import ${load.importMs.toFixed(0)} ms), heap +${load.heapMb.toFixed(1)} MB, RSS +${load.rssMb.toFixed(1)} MB`,
      ].join('\n'),
      figures: {
        entityMBps: Number(oursMbs.toFixed(3)),
        compromiseMBps: Number(peerMbs.toFixed(3)),
        ratio: Number((oursMbs / peerMbs).toFixed(2)),
        entityCpuMBps: Number(oursCpuMbs.toFixed(3)),
        compromiseCpuMBps: Number(peerCpuMbs.toFixed(3)),
        cpuRatio: Number((oursCpuMbs / peerCpuMbs).toFixed(2)),
        loadMs: Math.round(load.loadMs),
        modelHeapMb: Number(load.heapMb.toFixed(1)),
        modelRssMb: Number(load.rssMb.toFixed(1)),
      },
    };
  },
};

if (process.argv.includes('--probe') && import.meta.url === pathToFileURL(process.argv[1]!).href)
  await probe();
