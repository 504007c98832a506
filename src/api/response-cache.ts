/** One kept answer: its bytes, media type and tag. */
export interface CachedAnswer {
  readonly etag: string;
  readonly contentType: string;
  readonly payload: Buffer;
}

/**
 * The request's path and its decoded query parameters in sorted order: URLs that ask the same thing
 * (`?limit=20&q=a%20b` and `?q=a+b&limit=20`) share a key. JSON keeps it unambiguous and is cheap.
 */
export function cacheKey(url: URL): string {
  if (url.search === '') return url.pathname;
  const params = [...url.searchParams];
  if (params.length > 1)
    params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return url.pathname + JSON.stringify(params);
}

/**
 * GET answers kept for one version of the store: a lookup under another version empties it (an
 * ingest here or in another process changes the version), so nothing stale is served and answers
 * of old versions do not linger. Least recently used go first past `maxEntries` or `maxBytes`.
 */
export class ResponseCache {
  private version: string | null = null;
  private readonly entries = new Map<string, CachedAnswer>();
  /** Keys answered once and not kept yet (with `admitOnSecond`), oldest first. */
  private readonly seen = new Set<string>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    /** Larger answers are not kept. */
    private readonly maxEntryBytes: number,
    /**
     * Keep an answer only when its key is asked a second time: a stream of queries never asked
     * again then leaves no buffers for the collector to carry (they cost a third more CPU a request).
     */
    private readonly admitOnSecond = false,
  ) {}

  /** The answer kept for `key` at `version`, if any. */
  get(key: string, version: string): CachedAnswer | undefined {
    this.adopt(version);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps an answer computed at `version` (one computed while the store changed is dropped). */
  set(key: string, version: string, answer: CachedAnswer): void {
    if (version !== this.version || answer.payload.byteLength > this.maxEntryBytes) return;
    if (this.admitOnSecond && !this.entries.has(key)) {
      if (!this.seen.delete(key)) {
        this.seen.add(key);
        // The keys remembered are bounded like the answers kept.
        if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.values().next().value!);
        return;
      }
    }
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.payload.byteLength;
    }
    this.entries.set(key, answer);
    this.bytes += answer.payload.byteLength;
    for (const [k, a] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= a.payload.byteLength;
    }
  }

  /** Answers kept now, and their bytes. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private adopt(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.seen.clear();
    this.bytes = 0;
  }
}
