import { readFileSync } from 'node:fs';

const dir = new URL('../../lexicons/reconcile/', import.meta.url);

/** Reads a `canonical<TAB>variant…` file into variant → canonical (the canonical maps to itself). */
function equivalents(file: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .forEach((raw, n) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('#')) return;
      const cells = line.split('\t').map((c) => c.trim());
      if (cells.length < 2 || cells.some((c) => c === '' || c !== c.toLowerCase()))
        throw new Error(`lexicons/reconcile/${file}:${n + 1}: expected lower-case canonical<TAB>variant…`);
      for (const c of cells) out.set(c, cells[0]!);
    });
  return out;
}

let given: ReadonlyMap<string, string> | null = null;
let synonyms: ReadonlyMap<string, string> | null = null;
let orgWords: ReadonlyMap<string, string> | null = null;

/** Spelling and state-adjective variants in organisations' names → canonical word (`lexicons/reconcile/org-words.tsv`). */
export function orgWordVariants(): ReadonlyMap<string, string> {
  orgWords ??= equivalents('org-words.tsv');
  return orgWords;
}

/** Given-name variants → canonical given name (`lexicons/reconcile/given-names.tsv`). */
export function givenNames(): ReadonlyMap<string, string> {
  given ??= equivalents('given-names.tsv');
  return given;
}

/** Name-word translations → canonical word for named events (`lexicons/reconcile/name-synonyms.tsv`). */
export function nameSynonyms(): ReadonlyMap<string, string> {
  synonyms ??= equivalents('name-synonyms.tsv');
  return synonyms;
}
