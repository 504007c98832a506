/**
 * TempEval-3 Task A (time expressions) on TimeML: relaxed and strict extent match, value F1
 * (relaxed F1 × value accuracy on matched timexes, the ranking metric), type accuracy. The
 * document creation time is given as the anchor. chrono-node runs on the same documents as the
 * peer column. Ranges are scored by their ends, as TimeML tags each end separately.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractTimes } from '../../src/extract/times/index.ts';
import { chronoTimes } from '../lib/chrono-peer.ts';
import { type EvalTask, type Figures, f1, formatTable } from '../lib/task.ts';
import { type GoldTimex, parseTimeml, type TimemlDoc } from '../lib/timeml.ts';

/** A system timex as the scorer sees it. */
export interface SysTimex {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

/** Counts of one system over a corpus. */
export interface Tally {
  gold: number;
  sys: number;
  relaxedSys: number;
  relaxedGold: number;
  strict: number;
  value: number;
  type: number;
  matched: number;
  /** Per gold type: found, right value, and the error classes (missed, extent differs, value differs, type differs). */
  perType: Record<string, TypeTally>;
  /** Spurious system timexes by the system's type. */
  spuriousByType: Record<string, number>;
  misses: Map<string, number>;
  wrong: Map<string, number>;
  spurious: Map<string, number>;
}

/** Counts of one gold type. */
export interface TypeTally {
  gold: number;
  found: number;
  value: number;
  missed: number;
  extent: number;
  wrongValue: number;
  wrongType: number;
}

function newTally(): Tally {
  return {
    gold: 0,
    sys: 0,
    relaxedSys: 0,
    relaxedGold: 0,
    strict: 0,
    value: 0,
    type: 0,
    matched: 0,
    perType: {},
    spuriousByType: {},
    misses: new Map(),
    wrong: new Map(),
    spurious: new Map(),
  };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const overlap = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Scores one document's system timexes against gold into a tally. */
export function scoreDoc(gold: readonly GoldTimex[], sys: readonly SysTimex[], t: Tally): void {
  t.gold += gold.length;
  t.sys += sys.length;
  const used = new Set<number>();
  for (const s of sys) if (gold.some((g) => overlap(g.span, s.span))) t.relaxedSys++;
  for (const g of gold) {
    t.perType[g.type] ??= { gold: 0, found: 0, value: 0, missed: 0, extent: 0, wrongValue: 0, wrongType: 0 };
    const pt = t.perType[g.type]!;
    pt.gold++;
    // One-to-one: the first unused system timex that overlaps, preferring an exact extent.
    let k = sys.findIndex((s, i) => !used.has(i) && s.span[0] === g.span[0] && s.span[1] === g.span[1]);
    if (k < 0) k = sys.findIndex((s, i) => !used.has(i) && overlap(g.span, s.span));
    if (k < 0) {
      pt.missed++;
      bump(t.misses, `${g.type} ${JSON.stringify(g.text)} ${g.value}`);
      continue;
    }
    used.add(k);
    const s = sys[k]!;
    t.relaxedGold++;
    t.matched++;
    pt.found++;
    if (s.span[0] === g.span[0] && s.span[1] === g.span[1]) t.strict++;
    else pt.extent++;
    if (s.value === g.value) {
      t.value++;
      pt.value++;
    } else {
      pt.wrongValue++;
      bump(
        t.wrong,
        `${g.type} ${JSON.stringify(g.text)} gold ${g.value} sys ${JSON.stringify(s.text)} ${s.value}`,
      );
    }
    if (s.type === g.type) t.type++;
    else pt.wrongType++;
  }
  for (const s of sys)
    if (!gold.some((g) => overlap(g.span, s.span))) {
      t.spuriousByType[s.type] = (t.spuriousByType[s.type] ?? 0) + 1;
      bump(t.spurious, `${s.type} ${JSON.stringify(s.text)} ${s.value}`);
    }
}

/** Figures of a tally, with the official names. */
export function figuresOf(t: Tally): Record<string, number> {
  const precision = t.sys ? t.relaxedSys / t.sys : 0;
  const recall = t.gold ? t.relaxedGold / t.gold : 0;
  const relaxedF1 = f1(precision, recall);
  const sp = t.sys ? t.strict / t.sys : 0;
  const sr = t.gold ? t.strict / t.gold : 0;
  const valueAccuracy = t.matched ? t.value / t.matched : 0;
  return {
    precision,
    recall,
    relaxedF1,
    strictPrecision: sp,
    strictRecall: sr,
    strictF1: f1(sp, sr),
    valueAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
    typeAccuracy: t.matched ? t.type / t.matched : 0,
    gold: t.gold,
    system: t.sys,
  };
}

/** sitrep's timexes of a TimeML document, ranges split into their ends as TimeML tags them. */
export function sitrepTimexes(doc: TimemlDoc): SysTimex[] {
  const out: SysTimex[] = [];
  for (const r of extractTimes({ text: doc.text, published: doc.dct })) {
    // TimeML leaves frequency adjectives on nouns (`annual meeting`) and rates on quantities
    // (`$2 million a year`) untagged.
    if (r.by.endsWith(':adjective') || r.by.endsWith(':rate')) continue;
    for (const p of r.parts)
      out.push({
        span: p.span,
        text: doc.text.slice(p.span[0], p.span[1]),
        type: p.type.toUpperCase(),
        value: p.value,
      });
  }
  return out;
}

function listTml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTml(p));
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

function top(m: Map<string, number>, n: number): string[] {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => `     ${String(v).padStart(3)}  ${k}`);
}

/** Loads every TimeML document under a folder. */
export function loadTimeml(dir: string): TimemlDoc[] {
  return listTml(dir).map((p) => parseTimeml(p.slice(dir.length + 1), readFileSync(p, 'utf8')));
}

export const tempeval3: EvalTask = {
  name: 'tempeval3',
  description: 'TempEval-3 Task A time expressions (TimeML), value F1; chrono-node as peer',
  defaultData: 'datasets/tempeval3/TBAQ-cleaned',
  async run(dataPath) {
    const docs = loadTimeml(dataPath);
    const ours = newTally();
    const peer = newTally();
    for (const doc of docs) {
      scoreDoc(doc.timexes, sitrepTimexes(doc), ours);
      scoreDoc(doc.timexes, chronoTimes(doc.text, doc.dct), peer);
    }
    const a = figuresOf(ours);
    const b = figuresOf(peer);
    const keys = [
      'precision',
      'recall',
      'relaxedF1',
      'strictF1',
      'valueAccuracy',
      'valueF1',
      'typeAccuracy',
      'gold',
      'system',
    ] as const;
    const table = formatTable(
      ['metric', 'sitrep', 'chrono-node'],
      keys.map((k) => [k, a[k]!, b[k]!]),
    );
    const types = Object.keys(ours.perType).sort();
    const typeTable = formatTable(
      [
        'gold type',
        'gold',
        'found',
        'recall',
        'value acc',
        'missed',
        'extent',
        'value',
        'type',
        'spurious',
        'chrono found',
        'chrono value acc',
      ],
      types.map((ty) => {
        const o = ours.perType[ty]!;
        const p = peer.perType[ty];
        return [
          ty,
          o.gold,
          o.found,
          o.gold ? o.found / o.gold : 0,
          o.found ? o.value / o.found : 0,
          o.missed,
          o.extent,
          o.wrongValue,
          o.wrongType,
          ours.spuriousByType[ty] ?? 0,
          p?.found ?? 0,
          p?.found ? p.value / p.found : 0,
        ];
      }),
    );
    const n = Number(process.env.SITREP_EVAL_ERRORS ?? 12);
    const errors = [
      `   documents: ${docs.length}`,
      '',
      typeTable,
      '',
      `   most frequent misses (gold not found), top ${n}:`,
      ...top(ours.misses, n),
      `   most frequent wrong values, top ${n}:`,
      ...top(ours.wrong, n),
      `   most frequent spurious (no gold), top ${n}:`,
      ...top(ours.spurious, n),
    ];
    const perType: Record<string, number> = {};
    for (const ty of types) {
      const o = ours.perType[ty]!;
      perType[`${ty}.recall`] = o.gold ? o.found / o.gold : 0;
      perType[`${ty}.valueAccuracy`] = o.found ? o.value / o.found : 0;
      perType[`${ty}.missed`] = o.missed;
      perType[`${ty}.extent`] = o.extent;
      perType[`${ty}.wrongValue`] = o.wrongValue;
      perType[`${ty}.wrongType`] = o.wrongType;
      perType[`${ty}.spurious`] = ours.spuriousByType[ty] ?? 0;
    }
    const figures: Figures = { ...a, documents: docs.length, perType, peer: { name: 'chrono-node', ...b } };
    return { table: `${table}\n${errors.join('\n')}`, figures };
  },
};
