import type { DocFeatures, EntityFeature } from './features.ts';
import { yearsAgree } from './names.ts';
import type { EntityNode, MergeRecord, ReconcileRepo } from './types.ts';

/**
 * Entity linking across documents. Each distinct spelling of a name is a node; a corpus entity
 * is a tree of nodes joined by merge records, so every merge keeps its rule and evidence and can
 * be undone by cutting one edge. Rules, in order:
 * - `exact`: the same spelling (case, diacritics, punctuation ignored) and type group is the same node;
 * - `translit`: a new spelling whose folded key equals an existing node's joins that node's entity
 *   (Lukashenko/Lukashenka, Alexander/Alyaksandr Lukashenka, Gulevich/Hulevich), unless someone
 *   split the two apart or, for named events, the years differ (Zapad-2017 ≠ Zapad-2021);
 * - `surname`: a person named by a surname alone joins the full name with that surname when
 *   exactly one corpus entity has it (and a full name arriving later collects earlier lone
 *   surnames on the same condition).
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
    year: k.year,
    name: e.name,
    type: e.type,
  });
  let merges = 0;
  if (k.fold) {
    const peers = repo
      .nodesByFold(k.group, k.fold)
      .filter(
        (n) => n.id !== node.id && yearsAgree(n.year, k.year) && !repo.blocked(k.group, k.exact, n.exact),
      );
    // A year-less name joins a dated one only when a single dated entity carries the name.
    const roots = distinctRoots(repo, peers);
    const target = k.year === null && roots.length > 1 ? null : roots[0];
    if (target) {
      const rule = k.group === 'event' ? 'named-event' : 'translit';
      const same = peers.find((p) => rootOf(repo, p).id === target.id)!;
      if (
        merge(repo, node, target, {
          rule,
          doc: f.doc,
          detail: { from: e.name, to: same.name, key: k.fold, rules: k.rules },
        })
      )
        merges++;
    }
  }
  if (k.group === 'person' && k.surname) {
    const people = repo.personsBySurname(k.surname);
    const fullRoots = distinctRoots(
      repo,
      people.filter((n) => !n.partial),
    );
    if (fullRoots.length === 1) {
      const full = fullRoots[0]!;
      // Lone surnames (this one, or earlier ones waiting for a full name) join the only full name.
      const lone = k.partial ? [node] : people.filter((n) => n.partial);
      for (const n of distinctRoots(repo, lone)) {
        if (!n.partial) continue;
        if (
          merge(repo, n, full, {
            rule: 'surname',
            doc: f.doc,
            detail: { from: n.name, to: full.name, key: k.surname },
          })
        )
          merges++;
      }
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
