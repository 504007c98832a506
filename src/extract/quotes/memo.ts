import type { QuoteLexicon } from './lexicon.ts';

/** Entries a memo holds before it is cleared (bounded memory on any stream of documents). */
const MEMO_LIMIT = 4096;

/**
 * A memo of a pure test of a name under a lexicon, kept across documents: speakers and relays recur
 * within a document and from one document to the next (`Reuters`, a head of state), and each test
 * is a regular expression or a few lexicon lookups per word. Cleared when full.
 */
export class NameMemo {
  private readonly byLexicon = new WeakMap<QuoteLexicon, Map<string, boolean>>();
  /** The lexicon read last and its map (one lexicon reads a whole document: no weak-map lookup per name). */
  private lastLex: QuoteLexicon | null = null;
  private lastSeen: Map<string, boolean> | null = null;
  constructor(private readonly test: (name: string, lex: QuoteLexicon) => boolean) {}

  /** `test(name, lex)`, computed once per name and lexicon while the memo holds it. */
  get(name: string, lex: QuoteLexicon): boolean {
    let seen = lex === this.lastLex ? this.lastSeen : this.byLexicon.get(lex);
    if (!seen) {
      seen = new Map();
      this.byLexicon.set(lex, seen);
    }
    this.lastLex = lex;
    this.lastSeen = seen;
    let v = seen.get(name);
    if (v === undefined) {
      v = this.test(name, lex);
      if (seen.size >= MEMO_LIMIT) seen.clear();
      // A copy of the name is kept: a slice of 13 units or more is a view of its whole text, which
      // a key would keep alive (4,096 documents' texts at most; measured: 50 two-byte texts of 1.8 MB
      // held 90 MB through 20-unit keys).
      seen.set(name.length < 13 ? name : ` ${name}`.slice(1), v);
    }
    return v;
  }
}
