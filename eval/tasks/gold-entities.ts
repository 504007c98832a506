/**
 * The project's own gold set for named entities (`eval/gold/entities.json`: sample articles from
 * examples/, annotated by hand with each entity's type, canonical name, written forms and role).
 * Each file is read through the real path (ingest adapter → finalizeSource → buildDocument).
 *
 * A gold entity is matched one-to-one to a system entity one of whose names (its canonical name or
 * a mention's text) is one of the gold forms; failing that, one that contains a gold form or is
 * contained in one (four letters or more). System entities of type `other` (adjectives such as
 * `Western`, which the gold set does not annotate) are left out. Per type, precision is matched
 * entities of the right type / system entities of that type, recall the same over gold entities.
 * `detection` ignores the type; `name` is the share of matched entities whose canonical name is
 * the gold one; `role` the share of gold entities with a role whose match carries it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument, finalizeSource } from '../../src/app/document.ts';
import { readSource } from '../../src/ingest/index.ts';
import type { DocumentJson, EntityJson } from '../../src/model/document.ts';
import { isFailure } from '../../src/model/source.ts';
import { type EvalTask, type Figures, f1, formatTable } from '../lib/task.ts';

interface GoldEntity {
  type: string;
  name: string;
  forms: string[];
  role?: string;
}
interface GoldDoc {
  file: string;
  entities: GoldEntity[];
}

const repo = resolve(fileURLToPath(import.meta.url), '../../..');

/** Lower case, typographic apostrophes folded, possessive `'s`/`'` dropped. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s?\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function namesOf(e: EntityJson): string[] {
  return [e.name, ...e.mentions.map((m) => m.text)].map(fold);
}

function readDoc(file: string): DocumentJson {
  const path = resolve(repo, file);
  const [doc] = readSource(path, readFileSync(path, 'utf8'));
  if (!doc || isFailure(doc)) throw new Error(`${file}: did not read`);
  return buildDocument(finalizeSource(doc, new Date('2022-02-01T00:00:00Z')));
}

type Count = { correct: number; pred: number; gold: number };

/** Scores the gold file at `path`. */
export async function runGoldEntities(path: string): Promise<{ table: string; figures: Figures }> {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { documents: GoldDoc[] };
  const rows = new Map<string, Count>();
  const tally = (key: string, c: Partial<Count>) => {
    const r = rows.get(key) ?? { correct: 0, pred: 0, gold: 0 };
    r.correct += c.correct ?? 0;
    r.pred += c.pred ?? 0;
    r.gold += c.gold ?? 0;
    rows.set(key, r);
  };
  let nameOk = 0;
  let matched = 0;
  let roleOk = 0;
  let roles = 0;
  const debug = process.env.SITREP_EVAL_DEBUG;
  for (const g of gold.documents) {
    const out = readDoc(g.file);
    const system = out.entities.filter((e) => e.type !== 'other');
    const names = system.map(namesOf);
    for (const e of system) tally(`type:${e.type}`, { pred: 1 });
    tally('detection', { pred: system.length });
    tally('all types', { pred: system.length });
    const used = new Set<number>();
    const find = (forms: string[], loose: boolean): number =>
      system.findIndex(
        (_, i) =>
          !used.has(i) &&
          names[i]!.some((n) =>
            forms.some((f) => n === f || (loose && (n.includes(f) || (n.length >= 4 && f.includes(n))))),
          ),
      );
    for (const ge of g.entities) {
      tally(`type:${ge.type}`, { gold: 1 });
      tally('detection', { gold: 1 });
      tally('all types', { gold: 1 });
      if (ge.role) roles++;
      const forms = [ge.name, ...ge.forms].map(fold);
      let i = find(forms, false);
      if (i < 0) i = find(forms, true);
      if (i < 0) {
        if (debug) console.log('MISSED', ge.type, ge.name);
        continue;
      }
      used.add(i);
      const se = system[i]!;
      if (debug) console.log(ge.name, '=>', se.type, se.name, se.role);
      matched++;
      tally('detection', { correct: 1 });
      if (se.type === ge.type) {
        tally(`type:${ge.type}`, { correct: 1 });
        tally('all types', { correct: 1 });
      }
      if (fold(se.name) === fold(ge.name)) nameOk++;
      if (ge.role) {
        const want = ge.role.toLowerCase();
        const have = [se.role, ...se.mentions.map((m) => m.role)]
          .filter((r): r is string => !!r)
          .map((r) => r.toLowerCase());
        if (have.some((r) => r.includes(want) || want.includes(r))) roleOk++;
      }
    }
    if (debug)
      for (const [i, e] of system.entries()) if (!used.has(i)) console.log('SPURIOUS', e.type, e.name);
  }
  const figures: Figures = {};
  const table: (string | number)[][] = [];
  const keys = [...rows.keys()].sort(
    (a, b) => (a.startsWith('type:') ? 1 : 0) - (b.startsWith('type:') ? 1 : 0),
  );
  for (const k of keys) {
    const r = rows.get(k)!;
    const p = r.pred ? r.correct / r.pred : 0;
    const rc = r.gold ? r.correct / r.gold : 0;
    figures[k] = { precision: p, recall: rc, f1: f1(p, rc) };
    table.push([k, r.gold, r.pred, r.correct, p, rc, f1(p, rc)]);
  }
  figures.name = matched ? nameOk / matched : 0;
  figures.role = roles ? roleOk / roles : 0;
  return {
    table: [
      `   ${gold.documents.length} documents`,
      formatTable(['field', 'gold', 'system', 'correct', 'P', 'R', 'F1'], table),
      `   canonical name right for ${nameOk}/${matched} matched entities; role right for ${roleOk}/${roles} gold roles`,
    ].join('\n'),
    figures,
  };
}

/** The project's gold set for entities. */
export const goldEntities: EvalTask = {
  name: 'gold-entities',
  description: "entities (per-type P/R/F1, canonical names, roles) on the project's hand-annotated gold set",
  // Absolute, so the runner's `resolve(shared, defaultData)` keeps it: the gold set lives in the repo.
  defaultData: resolve(repo, 'eval/gold/entities.json'),
  run: runGoldEntities,
};
