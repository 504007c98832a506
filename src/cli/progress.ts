import type { IngestItem, IngestProgress } from '../app/ingest.ts';
import { colors, safe } from './format.ts';

/** Batches at least this large get a progress bar on a terminal. */
const BAR_THRESHOLD = 20;

/**
 * Ingest progress for a terminal (a redrawn bar on stderr, failures printed above it) or for
 * pipes and logs (one plain line per document on stdout, failures on stderr).
 */
export function ingestProgress(
  out: NodeJS.WritableStream & { isTTY?: boolean },
  err: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
): IngestProgress {
  const c = colors(err);
  let bar = false;
  let counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  const clear = () => {
    if (bar) err.write('\r\u001b[2K');
  };
  const line = (item: IngestItem) =>
    item.status === 'failed'
      ? `${c.red('error')}: ${safe(item.origin)}: ${item.code}: ${safe(item.message ?? '')}`
      : `${item.status.padEnd(9)} ${item.id ?? ''}  ${safe(item.origin)}${item.title ? `  ${safe(item.title)}` : ''}${item.warnings?.length ? `  ${c.yellow(`[${item.warnings.join(', ')}]`)}` : ''}`;
  return {
    start(files) {
      bar = Boolean(err.isTTY) && files >= BAR_THRESHOLD;
      counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
    },
    item(item) {
      counts[item.status]++;
      if (item.status === 'failed') {
        clear();
        err.write(`${line(item)}\n`);
      } else if (!bar) out.write(`${line(item)}\n`);
    },
    fileDone(_origin, index, files) {
      if (!bar) return;
      const width = Math.max(10, Math.min(40, (err.columns ?? 80) - 50));
      const filled = Math.round((index / files) * width);
      err.write(
        `\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${index}/${files} files  ${counts.new} new ${counts.updated} updated ${counts.failed} failed`,
      );
      if (index === files) err.write('\n');
    },
  };
}
