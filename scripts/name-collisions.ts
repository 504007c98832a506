/**
 * Lists the names of one CoNLL-2003 type that the corpus key of src/reconcile folds together, to
 * read for false friends: `node --import tsx scripts/name-collisions.ts FILE [PER|LOC|ORG|MISC]`.
 * Persons count only with two words or more (a surname alone is linked by another rule).
 */
import { readFileSync } from 'node:fs';
import { exactKey, nameKeys } from '../src/reconcile/names.ts';

const TYPES: Record<string, string> = { PER: 'person', LOC: 'gpe', ORG: 'organization', MISC: 'other' };
const [file, tag = 'PER'] = process.argv.slice(2);
if (!file || !TYPES[tag]) {
  console.error('usage: scripts/name-collisions.ts CONLL_FILE [PER|LOC|ORG|MISC]');
  process.exit(2);
}
const names = new Map<string, string>();
let words: string[] = [];
let type = '';
const flush = () => {
  if (words.length && type === tag) names.set(exactKey(words.join(' ')), words.join(' '));
  words = [];
  type = '';
};
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const cols = line.split(' ');
  if (cols.length < 4) {
    flush();
    continue;
  }
  const iob = cols[3]!;
  if (iob === 'O' || iob.startsWith('B-') || iob.slice(2) !== type) flush();
  if (iob !== 'O') {
    words.push(cols[0]!);
    type = iob.slice(2);
  }
}
flush();
const all = [...names.values()].filter((n) => tag !== 'PER' || n.split(' ').length >= 2);
const groups = new Map<string, Set<string>>();
for (const n of all) {
  const k = nameKeys(n, TYPES[tag]!).fold;
  const g = groups.get(k) ?? new Set<string>();
  g.add(n);
  groups.set(k, g);
}
const merged = [...groups].filter(([, g]) => g.size > 1);
console.log(
  `${all.length} distinct ${tag} names, ${groups.size} keys, ${merged.length} keys joining several spellings`,
);
for (const [k, g] of merged) console.log(`  ${k}: ${[...g].join(' / ')}`);
