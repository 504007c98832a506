import type { EntityMention } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import type { Stage } from '../types.ts';
import { mapArray } from './arrays.ts';
import {
  clusterNames,
  type Draft,
  linkDescriptors,
  linkMentions,
  markSpeakers,
  possessiveOrgs,
} from './coref.ts';
import { gazetteers } from './gazetteers.ts';
import { nameKey } from './names.ts';
import { sortInPlace } from './order.ts';
import { type Found, recognise } from './recognise.ts';
import { findRoles } from './roles.ts';
import { documentWords } from './words.ts';

/**
 * The entity stage: names from the trained tagger and the project's aliases, typed into sitrep's
 * types, with roles from titles and appositions, clustered per document, and pronouns, nominals
 * and descriptors linked to the names they stand for. Each mention's `by` says which step made it.
 */

const NAME = 'entity';
const VERSION = 1;
const TAG = `${NAME}@${VERSION}`;

/** The entity stage. */
export const entityStage: Stage = {
  name: NAME,
  version: VERSION,
  produces: 'entity',
  needs: ['sentence', 'token'],
  run(ctx, view) {
    const sentences = documentWords(ctx, view);
    if (sentences.length === 0) return [];
    const gaz = gazetteers();
    const found = recognise(
      mapArray(sentences, (s) => s.words),
      gaz,
    );
    const span = (si: number, start: number, end: number): Span => [
      sentences[si]!.starts[start]!,
      sentences[si]!.ends[end - 1]!,
    ];
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
        const role = roles.get(f);
        const d: Draft = {
          si,
          start: f.start,
          end: f.end,
          span: span(si, f.start, f.end),
          type: f.type,
          name: f.name,
          attrs: f.attrs,
          role: role ? ctx.text.slice(...span(si, role.start, role.end)) : null,
          roleOf: role?.of ?? null,
          by: `${TAG}:${f.rule}`,
          cluster: -1,
        };
        drafts.push(d);
        if (role && role.start >= f.end) roleEnds.set(d, role.end);
      }
    }
    for (const o of possessiveOrgs(sentences, drafts)) {
      drafts.push({
        ...o,
        span: span(o.si, o.start, o.end),
        attrs: {},
        role: null,
        roleOf: null,
        by: `${TAG}:possessive`,
        cluster: -1,
      });
    }
    sortInPlace(drafts, (a, b) => a.span[0] - b.span[0]);
    markSpeakers(sentences, drafts, roleEnds);
    const clusters = clusterNames(drafts);
    const linked = [...linkMentions(sentences, clusters), ...linkDescriptors(sentences, drafts, clusters)];
    const taken = new Set(drafts.map((d) => `${d.span[0]}:${d.span[1]}`));
    const out: EntityMention[] = [];
    const attrsOf = (attrs: Record<string, string | number | boolean | null>) =>
      Object.keys(attrs).length ? { attrs } : {};
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
        l.rule === 'descriptor' ? { ...c.attrs, descriptor: ctx.text.slice(l.span[0], l.span[1]) } : c.attrs;
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
  },
};
