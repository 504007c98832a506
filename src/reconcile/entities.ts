import type { DocFeatures, EntityFeature } from './features.ts';
import { initialsAgree, spellingsClose, wordsClose, yearsAgree } from './names.ts';
import type { EntityNode, MergeRecord, ReconcileRepo } from './types.ts';

/**
 * Entity linking across documents. Each distinct spelling of a name is a node; a corpus entity
 * is a tree of nodes joined by merge records, so every merge keeps its rule and evidence and can
 * be undone by cutting one edge. Rules, in order:
 * - `exact`: the same spelling (case, diacritics, punctuation ignored) and type group is the same node;
 * - `translit`: a new spelling whose folded key equals an existing node's joins that node's entity
 *   (Lukashenko/Lukashenka, Alexander/Alyaksandr Lukashenka, Gulevich/Hulevich), unless someone
 *   split the two apart or, for named events, the years differ (Zapad-2017 ≠ Zapad-2021);
 * - `untyped`: a name the tagger could not type (`other`) joins the one typed entity with its key;
 * - `surname`: a person named by a surname alone (or with initials) joins the fuller name with
 *   that surname and compatible initials when exactly one corpus entity has it (and a full name
 *   arriving later collects earlier lone surnames on the same condition);
 * - a name of two letters or fewer joins nothing by folding (`Wa` is no `VA`).
 */

/** The root (corpus entity) of a node. */
export function rootOf(repo: ReconcileRepo, node: EntityNode): EntityNode {
  let n = node;
  // Merges always join roots, so depth is bounded by the number of merges in one entity.
  for (let guard = 0; n.parent !== null && guard < 10_000; guard++) n = repo.node(n.parent);
  return n;
}

function distinctRoots(repo: ReconcileRepo, nodes: readonly EntityNode[]): EntityNode[] {
  const seen = new Map<number, EntityNode>();
  for (const n of nodes) {
    const r = rootOf(repo, n);
    seen.set(r.id, r);
  }
  return [...seen.values()];
}

/** Joins `child`'s entity under `parent`'s (both resolved to roots); false when already one. */
function merge(
  repo: ReconcileRepo,
  child: EntityNode,
  parent: EntityNode,
  record: Omit<MergeRecord, 'child' | 'parent'>,
): boolean {
  const c = rootOf(repo, child);
  const p = rootOf(repo, parent);
  if (c.id === p.id) return false;
  if (repo.blocked(c.group, c.exact, p.exact)) return false;
  repo.setParent(c.id, p.id);
  repo.insertMerge({ ...record, child: c.id, parent: p.id });
  return true;
}

/** Whether `a` names a person more fully than `b` (a given name beats initials beats nothing). */
function richer(a: EntityNode, b: EntityNode): boolean {
  if (!a.partial) return b.partial;
  return b.partial && a.initials.length > b.initials.length;
}

/**
 * The one entity a partial person name (surname alone, or with initials) can join: the roots of
 * the fuller, compatible names with its surname, if there is exactly one besides its own.
 */
function fullerRoot(repo: ReconcileRepo, lone: EntityNode, people: readonly EntityNode[]): EntityNode | null {
  const own = rootOf(repo, lone).id;
  const roots = distinctRoots(
    repo,
    people.filter((n) => n.id !== lone.id && richer(n, lone) && initialsAgree(n.initials, lone.initials)),
  ).filter((r) => r.id !== own);
  return roots.length === 1 ? roots[0]! : null;
}

/** A name's last word. */
function lastWordOf(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/** The node of one document entity, creating and merging as the rules say; counts merges. */
function resolve(
  repo: ReconcileRepo,
  f: DocFeatures,
  e: EntityFeature,
): { node: EntityNode; merges: number } {
  const k = e.keys;
  const existing = repo.nodeByExact(k.group, k.exact);
  if (existing) return { node: existing, merges: 0 };
  const node = repo.insertNode({
    group: k.group,
    exact: k.exact,
    fold: k.fold,
    surname: k.surname,
    partial: k.partial,
    initials: k.initials,
    year: k.year,
    name: e.name,
    type: e.type,
  });
  let merges = 0;
  const join = (
    child: EntityNode,
    parent: EntityNode,
    rule: MergeRecord['rule'],
    detail: Record<string, unknown>,
  ) => {
    if (merge(repo, child, parent, { rule, doc: f.doc, detail })) merges++;
  };
  if (k.fold) {
    // Persons: a middle initial that differs is another person (George H.W. Bush, George W. Bush).
    const agree = (n: EntityNode) =>
      n.id !== node.id &&
      yearsAgree(n.year, k.year) &&
      (k.group !== 'person' || initialsAgree(n.initials, k.initials)) &&
      !repo.blocked(k.group, k.exact, n.exact);
    const peers = repo.nodesByFold(k.group, k.fold).filter(agree);
    // A year-less name joins a dated one only when a single dated entity carries the name.
    const roots = distinctRoots(repo, peers);
    const target = k.year === null && roots.length > 1 ? null : roots[0];
    const same = target ? peers.find((p) => rootOf(repo, p).id === target.id)! : null;
    // ...nor joins one through a spelling without it (`George Bush` already with George W. Bush).
    const clash =
      target !== undefined &&
      target !== null &&
      k.group === 'person' &&
      repo
        .nodesByFold(k.group, k.fold)
        .some((n) => !initialsAgree(n.initials, k.initials) && rootOf(repo, n).id === target.id);
    // Two letters fold into too much (`Wa` is no `VA`): such names join by their spelling only.
    const tiny = e.name.replace(/[^\p{L}]/gu, '').length <= 2;
    if (target && same && !clash && !tiny && spellingsClose(e.name, same.name)) {
      join(node, target, k.group === 'event' ? 'named-event' : 'translit', {
        from: e.name,
        to: same.name,
        key: k.fold,
        rules: k.rules,
      });
    } else if (k.group === 'other') {
      // An untyped name (the tagger's `other`) joins the one typed entity with its key.
      const typed = distinctRoots(
        repo,
        repo.nodesByFoldAnyGroup(k.fold).filter((n) => n.group !== 'other' && agree(n)),
      );
      if (typed.length === 1 && spellingsClose(e.name, typed[0]!.name))
        join(node, typed[0]!, 'untyped', { from: e.name, to: typed[0]!.name, key: k.fold, rules: k.rules });
    }
    if (k.group !== 'other') {
      // ...and a typed name arriving later collects the untyped ones, if it is the only typed one.
      const same = repo.nodesByFoldAnyGroup(k.fold).filter(agree);
      const typed = distinctRoots(repo, [node, ...same.filter((n) => n.group !== 'other')]);
      if (typed.length === 1)
        for (const u of distinctRoots(
          repo,
          same.filter((n) => n.group === 'other'),
        ))
          if (u.group === 'other' && spellingsClose(u.name, e.name))
            join(u, node, 'untyped', { from: u.name, to: e.name, key: k.fold, rules: k.rules });
    }
  }
  if (k.group === 'person' && k.surname) {
    const people = repo.personsBySurname(k.surname);
    const me = repo.node(node.id);
    // Partial names (this one, and earlier ones less full than this one, still waiting for a fuller
    // name) join the only fuller, compatible one.
    const lone = people.filter(
      (n) => n.partial && n.id !== me.id && richer(me, n) && initialsAgree(n.initials, me.initials),
    );
    if (me.partial) lone.unshift(me);
    for (const l of lone) {
      // A lone surname already with a fuller name stays there: a second fuller name with that
      // surname is another person (Nellie Wall, Mike Wall), not the same one.
      const root = rootOf(repo, l);
      if (root.id !== l.id && !root.partial) continue;
      const target = fullerRoot(repo, l, people);
      if (target && wordsClose(lastWordOf(l.name), lastWordOf(target.name)))
        join(l, target, 'surname', { from: l.name, to: target.name, key: k.surname });
    }
  }
  return { node, merges };
}

/** Links every entity of a document; returns document entity id → node id, and the merge count. */
export function linkEntities(
  repo: ReconcileRepo,
  f: DocFeatures,
): { nodes: Map<string, number>; merges: number } {
  const nodes = new Map<string, number>();
  let merges = 0;
  for (const e of f.entities) {
    const r = resolve(repo, f, e);
    merges += r.merges;
    nodes.set(e.docEntity, r.node.id);
    repo.insertLink({
      doc: f.doc,
      docEntity: e.docEntity,
      node: r.node.id,
      name: e.name,
      type: e.type,
      role: e.role,
      mentions: e.mentions,
      published: f.published,
    });
  }
  return { nodes, merges };
}
