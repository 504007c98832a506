import {
  type Corpus,
  type CorpusDoc,
  type CorpusQuote,
  corpusKey,
  type EntityGroup,
  entityRef,
  findEntity,
  type MentionTable,
  publishedDay,
} from './corpus.ts';
import { type Citation, cite } from './refs.ts';

/** An entity's line in listings. */
export function entitySummary(g: EntityGroup) {
  return {
    key: g.key,
    name: g.name,
    type: g.type,
    documents: g.documents,
    mentions: g.mentions,
    firstSeen: g.firstSeen,
    lastSeen: g.lastSeen,
    firstDocument: firstDocument(g),
  };
}

type DocRefView = { id: string; title: string | null; outlet: string | null };
const firstDocs = new WeakMap<EntityGroup, DocRefView | null>();

/** The document an entity is first named in (by publication, then id), as listings show it (memoised per group). */
function firstDocument(g: EntityGroup): DocRefView | null {
  let known = firstDocs.get(g);
  if (known === undefined) {
    known = findFirstDocument(g);
    firstDocs.set(g, known);
  }
  return known;
}

function findFirstDocument(g: EntityGroup): DocRefView | null {
  // Undated documents sort last.
  const key = (d: CorpusDoc) => `${d.published.value ?? '\uffff'}\u0000${d.id}`;
  let first: CorpusDoc | null = null;
  for (const r of g.refs) if (!first || key(r.source) < key(first)) first = r.source;
  return first ? { id: first.id, title: first.title, outlet: first.source.outlet } : null;
}

/**
 * Entities passing the filters, in the corpus order (documents desc, key). `q` matches a part of
 * any of an entity's spellings, or a spelling the reconciler folds together with one of them
 * (`Kiev` finds Kyiv, `Union Resolve` finds Allied Resolve).
 */
export function filterEntities(corpus: Corpus, f: { type?: string; q?: string }): EntityGroup[] {
  const q = f.q?.toLowerCase();
  const folded = f.q ? foldedMatches(corpus, f.q) : null;
  return corpus.entities.filter(
    (g) =>
      (!f.type || g.type === f.type) &&
      (!q ||
        g.key.includes(q) ||
        folded!.has(g) ||
        [...g.names.keys()].some((n) => n.toLowerCase().includes(q))),
  );
}

/** Entities one of whose spellings folds as the query does (as a person's, another name or an event's). */
function foldedMatches(corpus: Corpus, q: string): Set<EntityGroup> {
  const out = new Set<EntityGroup>();
  for (const type of ['person', 'organization', 'named_event']) {
    const g = corpus.entityByName.get(corpusKey(q, type));
    if (g) out.add(g);
  }
  const exact = findEntity(corpus, q);
  if (exact) out.add(exact);
  return out;
}

/** A quote in an entity's page. */
export interface QuoteView extends Citation {
  readonly id: string;
  readonly direct: boolean;
  readonly speaker: { key: string | null; name: string } | null;
  readonly via: { key: string | null; name: string } | null;
  readonly stance: string;
}

/** A quote as the API shows it. */
export function quoteView(corpus: Corpus, doc: CorpusDoc, c: CorpusQuote): QuoteView {
  const who = (id: string | null, text: string | null) =>
    entityRef(corpus, doc, id) ?? (text ? { key: null, name: text } : null);
  return {
    ...cite(doc, c.span),
    id: c.id,
    direct: c.direct,
    speaker: who(c.speaker, c.speakerText),
    via: who(c.via, c.viaText),
    stance: c.stance,
  };
}

/**
 * True when one of the mentions in rows `from` to `to − 1` (sorted by start, as the document JSON
 * writes them) lies inside a span ending at `spanEnd`; `from` is the first mention starting at or
 * after the span's start.
 */
function mentionInside(mentions: MentionTable, spanEnd: number, from: number, to: number) {
  for (let i = from; i < to && mentions.start(i) < spanEnd; i++) if (mentions.end(i) <= spanEnd) return true;
  return false;
}

/** The rule of a mention that is a pronoun resolved to the entity (in-document coreference). */
const PRONOUN_RULE = /:coref-pronoun$/;

/** How many quotes by and about an entity its page lists at most. */
export const MAX_QUOTES = 25;

/** An entity's page: name variants with evidence, roles over time, quotes by and about it, events, company. */
export function entityDetail(corpus: Corpus, key: string) {
  const g = findEntity(corpus, key);
  if (!g) return null;
  const aliases = new Map<
    string,
    { text: string; count: number; documents: number; lastDoc: string; evidence: Citation }
  >();
  const roles = new Map<
    string,
    { role: string; count: number; first: string | null; last: string | null; evidence: Citation }
  >();
  const quotesBy: QuoteView[] = [];
  const quotesAbout: QuoteView[] = [];
  let quotesByTotal = 0;
  let quotesAboutTotal = 0;
  // Per entity number, the entities of the documents it occurs in (itself left out below).
  const related = new Int32Array(corpus.entityByNumber.length);
  for (const ref of g.refs) {
    const doc = ref.source;
    const e = ref.json;
    const day = publishedDay(doc);
    const ms = doc.mentions;
    const m1 = e.m0 + e.mn;
    for (let m = e.m0; m < m1; m++) {
      const text = ms.text(m);
      // A pronoun that refers to it is a mention, not a way its name is written.
      if (!PRONOUN_RULE.test(ms.by(m))) {
        let a = aliases.get(text);
        if (!a) {
          a = { text, count: 0, documents: 0, lastDoc: '', evidence: cite(doc, ms.span(m)) };
          aliases.set(text, a);
        }
        a.count++;
        // A document's occurrences of the entity are next to each other in `refs`: a document is
        // counted once per spelling when it differs from the last one counted.
        if (a.lastDoc !== doc.id) {
          a.documents++;
          a.lastDoc = doc.id;
        }
      }
      const role = ms.role(m);
      if (role) {
        let r = roles.get(role);
        if (!r) {
          r = { role, count: 0, first: day, last: day, evidence: cite(doc, ms.span(m)) };
          roles.set(role, r);
        }
        r.count++;
        if (day && (!r.first || day < r.first)) r.first = day;
        if (day && (!r.last || day > r.last)) r.last = day;
      }
    }
    if (e.role && !roles.has(e.role) && e.mn > 0)
      roles.set(e.role, {
        role: e.role,
        count: 1,
        first: day,
        last: day,
        evidence: cite(doc, ms.span(e.m0)),
      });
    // Quotes come in span order (as the document JSON writes them), so where the first mention at
    // or after a quote's start lies only moves forward: found by stepping, not searching afresh.
    let from = e.m0;
    let lastStart = -1;
    for (const c of doc.quotes) {
      if (c.spanStart < lastStart) from = e.m0;
      lastStart = c.spanStart;
      while (from < m1 && ms.start(from) < c.spanStart) from++;
      if (c.speaker === e.id) {
        quotesByTotal++;
        if (quotesBy.length < MAX_QUOTES) quotesBy.push(quoteView(corpus, doc, c));
      } else if (mentionInside(ms, c.spanEnd, from, m1)) {
        quotesAboutTotal++;
        if (quotesAbout.length < MAX_QUOTES) quotesAbout.push(quoteView(corpus, doc, c));
      }
    }
    for (const n of corpus.groups.get(doc)!) related[n]!++;
  }
  related[g.n] = 0;
  const k = g.key;
  const events = corpus.events
    .filter((c) => c.actors.includes(k) || c.targets.includes(k) || c.places.includes(k))
    .slice(0, 200)
    .map((c) => ({
      id: c.id,
      type: c.type,
      name: c.name,
      start: c.start,
      end: c.end,
      role: c.actors.includes(k) ? 'actor' : c.targets.includes(k) ? 'target' : 'place',
    }));
  return {
    ...entitySummary(g),
    mentionCount: g.mentions,
    aliases: [...aliases.values()]
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
      .map((a) => ({ text: a.text, count: a.count, documents: a.documents, evidence: a.evidence })),
    roles: [...roles.values()].sort((a, b) =>
      (a.first ?? '') < (b.first ?? '')
        ? -1
        : (a.first ?? '') > (b.first ?? '')
          ? 1
          : a.role < b.role
            ? -1
            : 1,
    ),
    quotesBy: { total: quotesByTotal, items: quotesBy },
    quotesAbout: { total: quotesAboutTotal, items: quotesAbout },
    events,
    related: corpus.entityByNumber
      .filter((o) => related[o.n]! > 0)
      .sort((a, b) => related[b.n]! - related[a.n]! || (a.key < b.key ? -1 : 1))
      .slice(0, 20)
      .map((o) => ({ key: o.key, name: o.name, type: o.type, documents: related[o.n]! })),
  };
}

/** A mention of an entity, before it is cited (listings cite only the page they return). */
export interface MentionRef {
  readonly n: number;
  readonly doc: string;
  readonly span: readonly [number, number];
  readonly by: string;
  readonly role: string | null;
}

/** An entity's mentions in a stable order (the corpus's document order, then span); `n` is the position. */
export function entityMentions(corpus: Corpus, key: string): MentionRef[] | null {
  const g = findEntity(corpus, key);
  if (!g) return null;
  const out: MentionRef[] = [];
  for (const ref of g.refs) {
    const e = ref.json;
    const ms = ref.source.mentions;
    for (let m = e.m0; m < e.m0 + e.mn; m++)
      out.push({ n: out.length, doc: ref.source.id, span: ms.span(m), by: ms.by(m), role: ms.role(m) });
  }
  return out;
}

/** A mention as the API shows it. */
export function mentionView(corpus: Corpus, m: MentionRef) {
  return { ...cite(corpus.docs.get(m.doc)!, [m.span[0], m.span[1]]), by: m.by, role: m.role };
}
