import { readFileSync } from 'node:fs';
import { exactKey } from './names.ts';

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

let governmentCodes: ReadonlyMap<string, string> | null = null;
let governmentNames: ReadonlyMap<string, readonly string[]> | null = null;

/** Lines of a lexicon under `lexicons/`, without comments and blank lines. */
function lines(path: string): string[] {
  return readFileSync(new URL(path, new URL('../../lexicons/', import.meta.url)), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

function loadGovernments(): void {
  const codes = new Map<string, string>();
  const names = new Map<string, string[]>();
  const add = (code: string, name: string) => {
    const k = exactKey(name);
    if (k === '') return;
    codes.set(k, code);
    names.set(code, [...(names.get(code) ?? []), name]);
  };
  for (const line of lines('entities/countries.tsv')) {
    const [code, ...ns] = line.split('\t');
    for (const n of ns) add(code!, n);
  }
  lines('reconcile/capitals.tsv').forEach((line, n) => {
    const [code, list] = line.split('\t');
    if (!code || !/^[A-Z]{2}$/.test(code) || !list)
      throw new Error(`lexicons/reconcile/capitals.tsv:${n + 1}: expected CODE<TAB>name|name…`);
    for (const name of list.split('|')) add(code, name.trim());
  });
  governmentCodes = codes;
  governmentNames = names;
}

/**
 * The country a name stands for as a government: a country's own names, its capital's and its
 * seats' of government (`lexicons/reconcile/capitals.tsv`: Moscow, the Kremlin → RU), by spelling
 * key; null for other names.
 */
export function governmentOf(name: string): string | null {
  if (!governmentCodes) loadGovernments();
  return governmentCodes!.get(exactKey(name)) ?? null;
}

/** Every name of a country's government (its names, its capital's, its seats'), by country code. */
export function governmentNamesOf(code: string): readonly string[] {
  if (!governmentNames) loadGovernments();
  return governmentNames!.get(code) ?? [];
}
