import type { EntityMention } from '../../model/mention.ts';
import type { Dateline } from '../../model/source.ts';
import type { Span } from '../../model/span.ts';
import type { Stage } from '../types.ts';
import { mapArray } from './arrays.ts';
import {
  type Cluster,
  clusterNames,
  type Draft,
  type Linked,
  linkDescriptors,
  linkMentions,
  markGenders,
  markSpeakers,
  oneTypePerName,
  possessiveOrgs,
} from './coref.ts';
import { gazetteers } from './gazetteers.ts';
import { nameKey } from './names.ts';
import { sortInPlace } from './order.ts';
import { type Found, recognise } from './recognise.ts';
import { findRoles } from './roles.ts';
import { refineType, type Typed } from './types.ts';
import { documentWords, type WordSentence } from './words.ts';

/**
 * The entity stage: names from the trained tagger and the project's aliases, typed into sitrep's
 * types, with roles from titles and appositions, clustered per document, and pronouns, nominals
 * and descriptors linked to the names they stand for. Each mention's `by` says which step made it.
 */

const NAME = 'entity';
const VERSION = 1;
const TAG = `${NAME}@${VERSION}`;

const BY_RULE = new Map<string, string>();
/** The `by` of a mention made by a rule (one string per rule, not one per mention). */
function byRule(rule: string): string {
  let by = BY_RULE.get(rule);
  if (by === undefined) {
    by = `${TAG}:${rule}`;
    BY_RULE.set(rule, by);
  }
  return by;
}

/** Token range `[start, end)` of sentence si as a character span of the document. */
function spanOf(sentences: readonly WordSentence[], si: number, start: number, end: number): Span {
  return [sentences[si]!.starts[start]!, sentences[si]!.ends[end - 1]!];
}

/** A participle bound to a name by a hyphen: the compound is an adjective, the name its entity. */
const BOUND_PARTICIPLE =
  /-(?:flagged|controlled|backed|led|run|based|owned|held|funded|aligned|linked|allied|occupied|annexed|registered|brokered|sponsored|supported|dominated)$/;

/**
 * The countries of a hyphenated compound of country names or demonyms (`Belarusian-Russian`,
 * `US-Russia`), with their offsets in the word; null unless every part is one.
 */
function compoundPlaces(word: string): { from: number; to: number; typed: Typed }[] | null {
  if (word.indexOf('-') <= 0) return null;
  // `Liberian-flagged`, `Houthi-controlled`, `Kremlin-backed`: the name before the participle.
  const bound = BOUND_PARTICIPLE.exec(word);
  if (bound) {
    const name = word.slice(0, bound.index);
    const gaz = gazetteers();
    const demonym = refineType('MISC', name, gaz);
    const city = demonym.type === 'other' ? refineType('LOC', name, gaz) : demonym;
    const typed =
      city.type === 'gpe' ? city : demonym.type !== 'other' ? demonym : refineType('ORG', name, gaz);
    return [{ from: 0, to: name.length, typed }];
  }
  const out: { from: number; to: number; typed: Typed }[] = [];
  let from = 0;
  for (const part of word.split('-')) {
    const typed = part.length > 1 ? refineType('MISC', part, gazetteers()) : null;
    if (typed?.type !== 'gpe') return null;
    out.push({ from, to: from + part.length, typed });
    from += part.length + 1;
  }
  return out.length > 1 ? out : null;
}

/**
 * Named mentions with their roles, in text order, and where each role apposition ends. Kept out of
 * `run` (as is `emit`) so that V8 optimises three mid-sized functions rather than one large one:
 * compiling the large one cost a third of the CPU time of a short run after its first round.
 */
function draftsOf(
  text: string,
  sentences: readonly WordSentence[],
  found: readonly Found[],
): { drafts: Draft[]; roleEnds: Map<Draft, number> } {
  const drafts: Draft[] = [];
  const roleEnds = new Map<Draft, number>();
  const bySentence = new Map<number, Found[]>();
  for (const f of found) {
    const list = bySentence.get(f.si);
    if (list) list.push(f);
    else bySentence.set(f.si, [f]);
  }
  for (const [si, list] of bySentence) {
    const roles = findRoles(sentences[si]!.words, list);
    for (const f of list) {
      const parts = f.end - f.start === 1 ? compoundPlaces(sentences[si]!.words[f.start]!) : null;
      if (parts) {
        // `the joint Belarusian-Russian exercise`: two countries in one word, each its own mention.
        const at = sentences[si]!.starts[f.start]!;
        for (const p of parts)
          drafts.push({
            si,
            start: f.start,
            end: f.end,
            span: [at + p.from, at + p.to],
            type: p.typed.type,
            name: p.typed.name,
            attrs: p.typed.attrs,
            role: null,
            roleOf: null,
            by: byRule('compound'),
            cluster: -1,
          });
        continue;
      }
      const role = roles.get(f);
      const d: Draft = {
        si,
        start: f.start,
        end: f.end,
        span: spanOf(sentences, si, f.start, f.end),
        type: f.type,
        name: f.name,
        attrs: f.attrs,
        role: role ? text.slice(...spanOf(sentences, si, role.start, role.end)) : null,
        roleOf: role?.of ?? null,
        by: byRule(f.rule),
        cluster: -1,
      };
      drafts.push(d);
      if (role && role.start >= f.end) roleEnds.set(d, role.after ?? role.end);
    }
  }
  for (const o of possessiveOrgs(sentences, drafts)) {
    drafts.push({
      ...o,
      span: spanOf(sentences, o.si, o.start, o.end),
      attrs: {},
      role: null,
      roleOf: null,
      by: `${TAG}:possessive`,
      cluster: -1,
    });
  }
  sortInPlace(drafts, (a, b) => a.span[0] - b.span[0]);
  return { drafts, roleEnds };
}

/** The outlet a wire dateline names (`DOHA, March 4 (Northern Ledger) -`) is a media outlet, whatever the tagger said. */
function outletOfDateline(text: string, dateline: Dateline | null, drafts: Draft[]): void {
  if (!dateline?.outlet) return;
  const [s, e] = dateline.span;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.span[0] < s || d.span[1] > e || text.slice(d.span[0], d.span[1]) !== dateline.outlet) continue;
    drafts[i] = { ...d, type: 'media', by: `${TAG}:dateline-outlet` };
  }
}

const attrsOf = (attrs: Record<string, string | number | boolean | null>) =>
  Object.keys(attrs).length ? { attrs } : {};

/** The stage's mentions: every cluster's named members, then the linked words not already named. */
function emit(
  text: string,
  drafts: readonly Draft[],
  clusters: readonly Cluster[],
  linked: readonly Linked[],
): EntityMention[] {
  const taken = new Set(drafts.map((d) => `${d.span[0]}:${d.span[1]}`));
  const out: EntityMention[] = [];
  clusters.forEach((c, i) => {
    const cluster = `c${i + 1}`;
    const key = nameKey(c.name);
    for (const m of c.members) {
      out.push({
        kind: 'entity',
        span: m.span,
        by: m.by,
        type: c.type,
        name: c.name,
        key,
        cluster,
        role: m.role,
        ...attrsOf(c.attrs),
      });
    }
  });
  const ids = new Map(clusters.map((c, i) => [c, `c${i + 1}`]));
  for (const l of linked) {
    const k = `${l.span[0]}:${l.span[1]}`;
    if (taken.has(k)) continue;
    taken.add(k);
    const c = l.cluster;
    const attrs =
      l.rule === 'descriptor' ? { ...c.attrs, descriptor: text.slice(l.span[0], l.span[1]) } : c.attrs;
    out.push({
      kind: 'entity',
      span: l.span,
      by: `${TAG}:coref-${l.rule}`,
      type: c.type,
      name: c.name,
      key: nameKey(c.name),
      cluster: ids.get(c)!,
      role: null,
      ...attrsOf(attrs),
    });
  }
  return out;
}

/**
 * True when a sentence is a line of its own (a line break or the text's edge on both sides) that
 * ends in no stop: a headline or a subhead.
 */
export function isHeading(text: string, s: WordSentence): boolean {
  const n = s.words.length;
  if (n === 0) return false;
  const last = s.words[n - 1]!;
  if (last === '.' || last === '!' || last === '?' || last === ':' || last === '…') return false;
  let a = s.starts[0]! - 1;
  while (a >= 0 && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a--;
  if (a >= 0 && text.charCodeAt(a) !== 10) return false;
  let b = s.ends[n - 1]!;
  while (
    b < text.length &&
    (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9 || text.charCodeAt(b) === 13)
  )
    b++;
  return b >= text.length || text.charCodeAt(b) === 10;
}

/** The entity stage. */
export const entityStage: Stage = {
  name: NAME,
  version: VERSION,
  produces: 'entity',
  needs: ['sentence', 'token'],
  run(ctx, view) {
    const sentences = documentWords(ctx, view);
    if (sentences.length === 0) return [];
    const found = recognise(
      mapArray(sentences, (s) => s.words),
      gazetteers(),
      undefined,
      // (The first sentence only: a headline. A table's cells are lines without stops too, and
      // their names, `Defense Minister Oleksii Reznikov`, need not recur in the body.)
      mapArray(sentences, (s, i) => i === 0 && isHeading(ctx.text, s)),
    );
    const { drafts, roleEnds } = draftsOf(ctx.text, sentences, found);
    outletOfDateline(ctx.text, ctx.dateline, drafts);
    markSpeakers(sentences, drafts, roleEnds);
    oneTypePerName(drafts);
    const clusters = clusterNames(drafts);
    markGenders(sentences, clusters);
    const linked = [...linkMentions(sentences, clusters), ...linkDescriptors(sentences, drafts, clusters)];
    return emit(ctx.text, drafts, clusters, linked);
  },
};
