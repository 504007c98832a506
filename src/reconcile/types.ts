import type { TypeGroup } from './names.ts';

/**
 * The storage side of reconciliation: the lookups (by key, by LSH band, by day) and writes that
 * reconciling one document makes. The SQLite store implements it inside the transaction that
 * stores the document, so a document and its reconciliation commit together or not at all.
 * Every lookup is by an indexed key; none reads all documents.
 */

/** A spelling of an entity name: a node of the merge forest; a corpus entity is a root. */
export interface EntityNode {
  readonly id: number;
  /** Stable id (hash of group and spelling); the corpus entity id of a root. */
  readonly uid: string;
  readonly group: TypeGroup;
  readonly exact: string;
  readonly fold: string;
  readonly surname: string | null;
  readonly partial: boolean;
  readonly initials: string;
  readonly year: string | null;
  readonly name: string;
  readonly type: string;
  readonly parent: number | null;
}

/** A merge: `child`'s tree joined under `parent`, with the rule and the evidence. */
export interface MergeRecord {
  readonly child: number;
  readonly parent: number;
  readonly rule: 'translit' | 'surname' | 'named-event' | 'untyped';
  readonly detail: Readonly<Record<string, unknown>>;
  readonly doc: string;
}

/** A document entity resolved to a node. */
export interface EntityLinkRow {
  readonly doc: string;
  readonly docEntity: string;
  readonly node: number;
  readonly name: string;
  readonly type: string;
  readonly role: string | null;
  readonly mentions: number;
  readonly published: string | null;
}

/** An event across documents. */
export interface CorpusEventRow {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
  readonly nameKey: string | null;
  readonly year: string | null;
  readonly start: string | null;
  readonly end: string | null;
  /** True when a report gave its own time: the span is then theirs, not publication days'. */
  readonly timed: boolean;
}

/** One document's report of a corpus event, attributes as that source gives them. */
export interface EventReportRow {
  readonly doc: string;
  readonly docEvent: string;
  readonly event: string;
  readonly rule: 'new' | 'name' | 'time-args' | 'plan' | 'copy' | 'revision';
  readonly type: string;
  readonly name: string | null;
  readonly status: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly timeFrom: string;
  readonly timeText: string | null;
  /** At the time, or running from or until it (absent in reports stored before it existed: at). */
  readonly timeRole?: 'at' | 'from' | 'until';
  readonly trigger: readonly [number, number];
  readonly triggerText: string;
  readonly sentence: readonly [number, number];
  readonly sentenceText: string;
  readonly actors: readonly number[];
  readonly targets: readonly number[];
  readonly places: readonly number[];
  readonly size: { value: number; max: number | null; unit: string | null; text: string } | null;
  readonly claimedBy: string | null;
  readonly published: string | null;
  readonly outlet: string;
  /** The extractor's rule for the event (absent in reports stored before it was kept). */
  readonly by?: string;
}

/** One source's value of a figure. */
export interface ClaimRow {
  readonly doc: string;
  readonly quantity: string;
  readonly figure: string;
  readonly value: number;
  readonly max: number | null;
  readonly qualifier: string;
  readonly text: string;
  readonly span: readonly [number, number];
  readonly sentenceText: string;
  readonly published: string | null;
  readonly outlet: string;
  readonly claimant: string;
  readonly claimantKind: string;
  readonly claimantNode: number | null;
  readonly relay: string | null;
  readonly quote: string | null;
  /** The quantity stage's rule (absent in claims stored before it was kept). */
  readonly by?: string;
}

/** A stored MinHash candidate. */
export interface MinhashRow {
  readonly doc: string;
  readonly published: string | null;
  readonly sig: Uint32Array;
}

/** Lookups and writes of reconciliation (synchronous: they run inside the store's transaction). */
export interface ReconcileRepo {
  nodeByExact(group: TypeGroup, exact: string): EntityNode | null;
  nodesByFold(group: TypeGroup, fold: string): EntityNode[];
  /** Nodes of any type group with this folded key (for untyped names). */
  nodesByFoldAnyGroup(fold: string): EntityNode[];
  personsBySurname(surname: string): EntityNode[];
  node(id: number): EntityNode;
  insertNode(node: Omit<EntityNode, 'id' | 'parent' | 'uid'>): EntityNode;
  setParent(child: number, parent: number | null): void;
  insertMerge(merge: MergeRecord): void;
  /** Whether someone split these two spellings apart (`sitrep entity --unmerge`). */
  blocked(group: TypeGroup, a: string, b: string): boolean;
  insertLink(link: EntityLinkRow): void;

  eventsByName(type: string, nameKey: string): CorpusEventRow[];
  /** One corpus event by id. */
  event(id: string): CorpusEventRow;
  /** Whether a corpus event has reports of current documents. */
  eventReported(id: string): boolean;
  /**
   * Unnamed events on these days (of the first EVENT_DAY_CANDIDATES in day, then id, order) that
   * have at least one of these nodes as an actor or place, with how many; in that order.
   */
  candidatesByDays(
    type: string,
    days: readonly string[],
    nodes: readonly number[],
    /** Nodes that count only where the event has them as an actor (a government's other names). */
    actors?: readonly number[],
  ): { event: CorpusEventRow; shared: number }[];
  /** Node ids of an entity's tree (the root and every node merged under it). */
  component(root: number): number[];
  /** Node ids of a corpus event's actors and places, as its reports named them. */
  eventArgs(event: string): { node: number; actor: boolean }[];
  insertEvent(event: CorpusEventRow): void;
  setEventSpan(event: string, start: string | null, end: string | null, timed: boolean): void;
  indexEventDays(type: string, days: readonly string[], event: string): void;
  /** Removes an event from the day index (its span grew too long to match). */
  unindexEventDays(event: string): void;
  insertReport(report: EventReportRow): void;
  /** A document's event reports: which corpus event each joined, with its type, trigger and sentence. */
  reportsOfDoc(doc: string): PriorReport[];

  minhashByBands(bands: readonly number[]): MinhashRow[];
  originalOf(doc: string): string | null;
  insertMinhash(doc: string, published: string | null, sig: Uint32Array, bands: readonly number[]): void;
  insertDuplicate(doc: string, original: string, similarity: number): void;
  /** Copies of `from` become copies of `to` (a newly stored document turned out to be the original). */
  repointDuplicates(from: string, to: string): void;

  upsertFigure(figure: {
    id: string;
    unit: string;
    measure: string | null;
    aboutKey: string;
    label: string | null;
  }): void;
  insertClaim(claim: ClaimRow): void;
}

/** What reconciling one document did. */
export interface ReconcileOutcome {
  readonly links: number;
  readonly merges: number;
  readonly eventsJoined: number;
  readonly eventsCreated: number;
  readonly claims: number;
  readonly duplicateOf: string | null;
}

/** A stored report as another document's reconciliation matches against it (a copy's, a revision's). */
export interface PriorReport {
  readonly event: string;
  readonly type: string;
  readonly triggerText: string;
  readonly sentenceText: string;
}
