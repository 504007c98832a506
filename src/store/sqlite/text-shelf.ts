/** Characters past Latin-1: such a text is kept as UTF-16. */
const WIDE = /[^\u0000-\u00ff]/;

/**
 * The documents' texts by rowid, kept in large buffers outside the JS heap, for snippets: reading
 * a 5 KB text back from SQLite costs ~25 µs a hit (its row's overflow pages), and texts off the
 * heap cost the garbage collector nothing. A text is kept as Latin-1 when it fits (1 byte a
 * character) and as UTF-16 otherwise (2 bytes): both decode by copying (~0.3–0.6 µs for 5 KB),
 * where UTF-8 holding one dash took ~9 µs to decode into a JS string. Filled while the term index
 * reads every row anyway; append-only like the documents table. Past `maxBytes` texts are no
 * longer kept and `get` answers null (the caller reads SQLite).
 */
export class TextShelf {
  private readonly chunks: Buffer[] = [];
  private used = 0;
  /** By rowid: the chunk (-1 for none), the byte offset in it, the byte length and whether UTF-16. */
  private chunkOf = new Int32Array(1024).fill(-1);
  private wideOf = new Uint8Array(1024);
  private offsetOf = new Int32Array(1024);
  private lengthOf = new Int32Array(1024);
  /** Bytes held in all chunks. */
  bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly chunkBytes = 16 * 1024 * 1024,
  ) {}

  /** Keeps `text` for `rowid`; false when the shelf is full (the text is then not kept). */
  add(rowid: number, text: string): boolean {
    const wide = WIDE.test(text);
    const room = wide ? 2 * text.length : text.length;
    let chunk = this.chunks.at(-1);
    if (chunk === undefined || chunk.length - this.used < room) {
      const size = Math.max(this.chunkBytes, room);
      if (this.bytes + size > this.maxBytes) return false;
      chunk = Buffer.allocUnsafeSlow(size);
      this.chunks.push(chunk);
      this.bytes += size;
      this.used = 0;
    }
    this.grow(rowid);
    const length = chunk.write(text, this.used, wide ? 'utf16le' : 'latin1');
    this.chunkOf[rowid] = this.chunks.length - 1;
    this.wideOf[rowid] = wide ? 1 : 0;
    this.offsetOf[rowid] = this.used;
    this.lengthOf[rowid] = length;
    this.used += length;
    return true;
  }

  /** The text kept for `rowid`, or null. */
  get(rowid: number): string | null {
    const c = rowid < this.chunkOf.length ? this.chunkOf[rowid]! : -1;
    if (c < 0) return null;
    const at = this.offsetOf[rowid]!;
    return this.chunks[c]!.toString(
      this.wideOf[rowid] ? 'utf16le' : 'latin1',
      at,
      at + this.lengthOf[rowid]!,
    );
  }

  /** The length (UTF-16 code units) of the text kept for `rowid`, or -1 when none is kept. */
  textLength(rowid: number): number {
    const c = rowid < this.chunkOf.length ? this.chunkOf[rowid]! : -1;
    if (c < 0) return -1;
    return this.wideOf[rowid] ? this.lengthOf[rowid]! / 2 : this.lengthOf[rowid]!;
  }

  /**
   * `get(rowid).slice(from, to)` (code units, clamped to the text), decoding only that stretch:
   * a snippet needs a few hundred characters of a text, and the whole text as a string is
   * garbage the moment the snippet is made. Null when no text is kept for `rowid`.
   */
  slice(rowid: number, from: number, to: number): string | null {
    const length = this.textLength(rowid);
    if (length < 0) return null;
    const a = Math.max(0, Math.min(from, length));
    const b = Math.max(a, Math.min(to, length));
    const wide = this.wideOf[rowid] === 1;
    const at = this.offsetOf[rowid]!;
    const unit = wide ? 2 : 1;
    return this.chunks[this.chunkOf[rowid]!]!.toString(
      wide ? 'utf16le' : 'latin1',
      at + a * unit,
      at + b * unit,
    );
  }

  private grow(rowid: number): void {
    if (rowid < this.chunkOf.length) return;
    const size = Math.max(rowid + 1, 2 * this.chunkOf.length);
    const chunkOf = new Int32Array(size).fill(-1);
    chunkOf.set(this.chunkOf);
    const offsetOf = new Int32Array(size);
    offsetOf.set(this.offsetOf);
    const lengthOf = new Int32Array(size);
    lengthOf.set(this.lengthOf);
    const wideOf = new Uint8Array(size);
    wideOf.set(this.wideOf);
    this.wideOf = wideOf;
    this.chunkOf = chunkOf;
    this.offsetOf = offsetOf;
    this.lengthOf = lengthOf;
  }
}
