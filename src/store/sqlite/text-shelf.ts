/**
 * The documents' texts by rowid, kept as UTF-8 in large buffers outside the JS heap, for snippets:
 * reading a 5 KB text back from SQLite costs ~25 µs a hit (its row's overflow pages), decoding it
 * from here ~1 µs, and texts off the heap cost the garbage collector nothing. Filled while the term
 * index reads every row anyway; append-only like the documents table. Past `maxBytes` texts are no
 * longer kept and `get` answers null (the caller reads SQLite).
 */
export class TextShelf {
  private readonly chunks: Buffer[] = [];
  private used = 0;
  /** By rowid: the chunk (-1 for none), the byte offset in it and the byte length. */
  private chunkOf = new Int32Array(1024).fill(-1);
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
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: room for that many needs no byte count.
    const room = 3 * text.length;
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
    const length = chunk.write(text, this.used, 'utf8');
    this.chunkOf[rowid] = this.chunks.length - 1;
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
    return this.chunks[c]!.toString('utf8', at, at + this.lengthOf[rowid]!);
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
    this.chunkOf = chunkOf;
    this.offsetOf = offsetOf;
    this.lengthOf = lengthOf;
  }
}
