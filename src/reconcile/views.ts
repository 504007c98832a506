/** What the reconciled views return (CLI `entity`, `timeline`, `event`, `claims`, `report`; API). */

/** A corpus entity in a listing. */
export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly documents: number;
  readonly mentions: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** Where a document is cited from. */
export interface DocRef {
  readonly doc: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
}

/** A quote by or about an entity. */
export interface QuoteRef extends DocRef {
  readonly quote: string;
  readonly span: readonly [number, number];
  readonly text: string;
  readonly speaker: string | null;
  /** Through whom it reached the outlet (`BelTA`, `unnamed media`), or null. */
  readonly via: string | null;
  /** The cue (the reporting verb or phrase), as a span of the document. */
  readonly cue: readonly [number, number] | null;
  readonly direct: boolean;
  /** The quote stage's rule. */
  readonly by: string;
}

/** A corpus entity in full: spellings, the merges behind them, roles over time, mentions, quotes. */
export interface EntityPage extends EntitySummary {
  readonly spellings: readonly {
    name: string;
    type: string;
    documents: number;
    mentions: number;
    first: string | null;
    last: string | null;
  }[];
  readonly merges: readonly {
    id: number;
    from: string;
    to: string;
    rule: string;
    detail: Record<string, unknown>;
    doc: string;
  }[];
  readonly roles: readonly { role: string; first: string | null; last: string | null; documents: number }[];
  readonly mentionsIn: readonly (DocRef & { name: string; mentions: number })[];
  readonly quotesBy: readonly QuoteRef[];
  readonly quotesAbout: readonly QuoteRef[];
  /** How many there are in the documents read (the lists above stop at a page). */
  readonly totals?: { readonly quotesBy: number; readonly quotesAbout: number };
}

/** A corpus event in the timeline. */
export interface TimelineEntry {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly reports: number;
  /** Distinct outlets among reports that are not copies of another document. */
  readonly sources: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly actors: readonly string[];
  readonly places: readonly string[];
}

/** One source's report of an event, as that source gives it. */
export interface EventReportView extends DocRef {
  readonly docEvent: string;
  readonly rule: string;
  readonly duplicateOf: string | null;
  readonly status: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly timeFrom: string;
  readonly timeText: string | null;
  readonly timeRole: 'at' | 'from' | 'until';
  readonly trigger: readonly [number, number];
  readonly triggerText: string;
  readonly sentence: readonly [number, number];
  readonly sentenceText: string;
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly size: { value: number; max: number | null; unit: string | null; text: string } | null;
  readonly claimedBy: string | null;
  /** The extractor's rule or model for the event in this document (null in stores made before it). */
  readonly by: string | null;
}

/** A corpus event with every report. */
export interface EventPage extends TimelineEntry {
  readonly reportList: readonly EventReportView[];
}

/** One source's claim of a figure. */
export interface ClaimView extends DocRef {
  readonly quantity: string;
  readonly value: number;
  readonly max: number | null;
  readonly qualifier: string;
  readonly text: string;
  readonly span: readonly [number, number];
  readonly sentenceText: string;
  readonly claimant: string;
  readonly claimantKind: string;
  readonly relay: string | null;
  readonly duplicateOf: string | null;
  /** The quantity stage's rule for the figure (null in stores made before it). */
  readonly by: string | null;
}

/** A figure and every source's value of it, in time order. */
/** A figure's heading: its unit and what happened to what it counts (`people killed`). */
export function figureTitle(f: { readonly unit: string; readonly measure?: string | null }): string {
  return f.measure ? `${f.unit} ${f.measure}` : f.unit;
}

export interface FigureClaims {
  readonly id: string;
  readonly unit: string;
  /** What happened to what it counts (`killed`, `evacuated`), or null. */
  readonly measure: string | null;
  readonly about: string | null;
  /** Claims not from copies of another document. */
  readonly sources: number;
  readonly claims: readonly ClaimView[];
}

/** Timeline filters; dates are days, an event is in range when its span overlaps it. */
export interface TimelineFilters {
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly actor?: string;
  readonly place?: string;
  readonly limit?: number;
}

/** Totals of a reconciliation run. */
export interface ReconcileTotals {
  readonly documents: number;
  readonly links: number;
  readonly merges: number;
  readonly events: number;
  readonly claims: number;
  readonly duplicates: number;
}

/** Where one document's facts went in the reconciled tables. */
export interface DocLinks {
  /** Document entity id → corpus entity id (the root of its merges). */
  readonly entities: ReadonlyMap<string, string>;
  /** Document event id → corpus event id. */
  readonly events: ReadonlyMap<string, string>;
  /** Quantity id → figure id (quantities that became claims). */
  readonly figures: ReadonlyMap<string, string>;
  /** The document this one is a near-duplicate copy of (a reprint), or null. */
  readonly duplicateOf: string | null;
}

/** A corpus event's reconciled name and bounds; `timed`: the bounds come from the reports' own times. */
export interface CorpusEventBounds {
  readonly name: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly timed: boolean;
}

/**
 * Synchronous lookups into the reconciled tables, for building an in-memory index over documents
 * that agrees with them (the API's cross-document views). Valid while the store is open.
 */
export interface CorpusLinker {
  doc(id: string): DocLinks;
  event(id: string): CorpusEventBounds | null;
  /** A corpus entity's name and type as `sitrep entity` gives them, by its id. */
  entity(id: string): { readonly name: string; readonly type: string } | null;
}
