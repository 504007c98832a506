/** One kept answer: its body (a string is sent as UTF-8), its length in bytes, media type and tag. */
export interface CachedAnswer {
  readonly etag: string;
  readonly contentType: string;
  readonly payload: string | Uint8Array;
  readonly bytes: number;
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

/** Keys remembered (asked, not kept) per answer kept: a cycle of up to this many times the kept answers is still seen to repeat. */
const REMEMBERED_PER_KEPT = 4;

/** Counts are halved after this many requests per answer kept, so that old popularity fades. */
const AGE_EVERY_PER_KEPT = 10;

/**
 * GET answers kept for one version of the store: a lookup under another version empties it (an
 * ingest here or in another process changes the version), so nothing stale is served and answers
 * of old versions do not linger. Least recently used go first past `maxEntries` or `maxBytes`.
 *
 * With `admitOnSecond`, an answer is kept only when its key is asked again, and once the cache is
 * full only when its key was asked more often than the least recently used answer's (a small
 * TinyLFU: counts per key, halved now and then). A stream of queries asked once leaves no buffers
 * for the collector to carry (they cost a third more CPU a request), and a cycle through more
 * keys than are kept, which makes plain LRU miss every time, keeps the answers it has.
 */
export class ResponseCache {
  private version: string | null = null;
  /** Kept answers, least recently used first, with how often their key was asked. */
  private readonly entries = new Map<string, { answer: CachedAnswer; asked: number }>();
  /** Keys asked and not kept (with `admitOnSecond`), oldest first, with how often they were asked. */
  private readonly seen = new Map<string, number>();
  private bytes = 0;
  private requests = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    /** Larger answers are not kept. */
    private readonly maxEntryBytes: number,
    private readonly admitOnSecond = false,
  ) {}

  /** The answer kept for `key` at `version`, if any. */
  get(key: string, version: string): CachedAnswer | undefined {
    this.adopt(version);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      hit.asked++;
      this.tick();
    }
    return hit?.answer;
  }

  /** Keeps an answer computed at `version` (one computed while the store changed is dropped). */
  set(key: string, version: string, answer: CachedAnswer): void {
    if (version !== this.version || answer.bytes > this.maxEntryBytes) return;
    const old = this.entries.get(key);
    let asked = old ? old.asked : 1;
    if (this.admitOnSecond && !old) {
      this.tick();
      asked = (this.seen.get(key) ?? 0) + 1;
      this.seen.delete(key);
      const victim = this.entries.values().next().value;
      const full = this.entries.size >= this.maxEntries || this.bytes + answer.bytes > this.maxBytes;
      if (asked < 2 || (full && victim && asked <= victim.asked)) {
        this.seen.set(key, asked);
        // The keys remembered are bounded too.
        if (this.seen.size > this.maxEntries * REMEMBERED_PER_KEPT)
          this.seen.delete(this.seen.keys().next().value!);
        return;
      }
    }
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.answer.bytes;
    }
    this.entries.set(key, { answer, asked });
    this.bytes += answer.bytes;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.answer.bytes;
    }
  }

  /** Answers kept now, and their bytes. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Counts one request; every so often halves every count (amortised constant time). */
  private tick(): void {
    if (++this.requests < this.maxEntries * AGE_EVERY_PER_KEPT) return;
    this.requests = 0;
    for (const e of this.entries.values()) e.asked >>= 1;
    for (const [k, n] of this.seen) this.seen.set(k, n >> 1);
  }

  private adopt(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.seen.clear();
    this.bytes = 0;
    this.requests = 0;
  }
}
