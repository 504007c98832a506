/**
 * `node --import tsx scripts/learn-cues.ts [--train PATH] [--out PATH] [--min N] [--precision P]`
 *
 * Learns attribution cue forms from the PolNeAR **train** split (brat standoff; dev and test are never
 * read): for every word sequence of one to four words that is (part of) an annotated cue, counts how
 * often it occurs in the train texts inside a cue (`gold`) and in all (`seen`), and keeps those with
 * `gold >= --min` and `gold / seen >= --precision`. Writes `lexicons/quotes/cues.polnear.tsv`
 * (form, stance, gold, seen); stances come from `cues.en.tsv` when the form is there, else `other`.
 * Deterministic; the data is read from ../shared/datasets (or SITREP_SHARED) and never copied.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn } from '../eval/tasks/polnear.ts';
import { scanWords } from '../src/extract/quantities/words.ts';
import { quoteOnlyForm } from '../src/extract/quotes/lexicon.ts';
import type { Stance } from '../src/model/mention.ts';
import { arg, repo, shared } from './args.ts';

const trainDir = arg('--train', join(shared, 'datasets/polnear/train'));
const out = arg('--out', join(repo, 'lexicons/quotes/cues.polnear.tsv'));
const MIN = Number(arg('--min', '3'));
const PRECISION = Number(arg('--precision', '0.5'));
const MAX_WORDS = 4;

const norm = (s: string) => s.toLowerCase().replace(/’/g, "'");
const gold = new Map<string, number>();
const seen = new Map<string, number>();
const seenDocs = new Set<string>();
for (const f of readdirSync(join(trainDir, 'attributions'))
  .filter((n) => n.endsWith('.ann'))
  .sort()) {
  const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (seenDocs.has(base)) continue;
  seenDocs.add(base);
  const text = readFileSync(join(trainDir, 'text', `${base}.txt`), 'utf8');
  const ann = parseAnn(readFileSync(join(trainDir, 'attributions', f), 'utf8'));
  const words = scanWords(text, 0, text.length).filter((w) => /^[\p{L}]/u.test(w.text));
  // Which word indices lie inside a cue fragment, and which cue fragment.
  const inCue = new Int32Array(words.length).fill(-1);
  // Words inside a quotation annotated as content cannot be cues (PolNeAR labels each token once):
  // they are left out of `seen` too.
  const quoted = new Uint8Array(words.length);
  for (const frags of ann.content) {
    const [s, e] = [frags[0]![0], frags[frags.length - 1]![1]];
    if (!/^["“‘«]/.test(text.slice(s, s + 1))) continue;
    for (let k = 0; k < words.length; k++) if (words[k]!.start >= s && words[k]!.end <= e) quoted[k] = 1;
  }
  let id = 0;
  let wi = 0;
  const frags = ann.cue.flat().sort((a, b) => a[0] - b[0]);
  for (const [s, e] of frags) {
    while (wi < words.length && words[wi]!.end <= s) wi++;
    for (let k = wi; k < words.length && words[k]!.start < e; k++) if (words[k]!.start >= s) inCue[k] = id;
    id++;
  }
  for (let i = 0; i < words.length; i++) {
    if (quoted[i]) continue;
    let key = '';
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      // Only sequences of adjacent words (no punctuation between them) count.
      if (n > 1 && !/^\s+$/.test(text.slice(words[i + n - 2]!.end, words[i + n - 1]!.start))) break;
      key = n === 1 ? norm(words[i]!.text) : `${key} ${norm(words[i + n - 1]!.text)}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      let all = true;
      for (let k = i; k < i + n; k++) if (inCue[k] !== inCue[i] || inCue[k] === -1) all = false;
      if (all) gold.set(key, (gold.get(key) ?? 0) + 1);
    }
  }
}

const stances = new Map<string, string>();
// Verbs that report speech only beside a quotation (`continued`): PolNeAR counts them there, but a
// learned form is used without a quotation, so they are not learned.
const quoteOnly = new Set<string>();
const cueStances = new Map<string, Stance>();
for (const line of readFileSync(join(repo, 'lexicons/quotes/cues.en.tsv'), 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.includes('\t')) continue;
  const [form, stance, flag] = line.split('\t');
  stances.set(form!, stance!);
  cueStances.set(form!, stance as Stance);
  if (flag === 'quote-only') quoteOnly.add(form!);
}
const rows: [string, string, number, number][] = [];
for (const [key, g] of gold) {
  const s = seen.get(key) ?? g;
  if (g < MIN || g / s < PRECISION || quoteOnlyForm(key, quoteOnly, cueStances)) continue;
  rows.push([key, stances.get(key) ?? 'other', g, s]);
}
// Words that never start a cue form (auxiliaries, determiners, particles) and adverbs in -ly: the
// stage skips those before a cue itself. A multi-word form is kept only when its first word is
// not kept alone or the form is clearly more precise than it.
const NOT_FIRST = new Set(
  'has have had is are was were be been a an the also not to it on up out in of for about himself herself did do does later now first quick known made no never'.split(
    ' ',
  ),
);
const kept = rows.filter(([key, , g, s]) => {
  const words = key.split(' ');
  const first = words[0]!;
  if (NOT_FIRST.has(first) || first.endsWith('ly')) return false;
  if (words.length === 1) return true;
  if (g < 2 * MIN) return false;
  const f = rows.find((r) => r[0] === first);
  return !f || g / s > f[2] / f[3] + 0.15;
});
kept.sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]));
const header = `# Attribution cue forms learned from the PolNeAR v1.0.0 train split (840 documents) by
# scripts/learn-cues.ts (--min ${MIN} --precision ${PRECISION}); dev and test were not read.
#
# Derived data: only the cue forms and their counts are kept, no text of the articles.
# PolNeAR: github.com/networkdynamics/PolNeAR (Newell, Margolin & Ruths, LREC 2018). Its README
# states no licence for the annotations; the articles remain their publishers'. These counts are
# facts about the corpus, used here for research and cited to the corpus authors.
#
# Format: form<TAB>stance<TAB>gold<TAB>seen — gold: occurrences inside an annotated cue, seen: all
# occurrences in the train texts (precision = gold / seen). Stance from cues.en.tsv, else other.
`;
writeFileSync(out, header + kept.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`${kept.length} forms written to ${out}`);
