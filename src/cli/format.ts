import pc from 'picocolors';

/** Colour helpers that switch off when the stream is not a terminal or NO_COLOR is set. */
export function colors(stream: { isTTY?: boolean }) {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR;
  const id = (s: string) => s;
  return {
    bold: on ? pc.bold : id,
    dim: on ? pc.dim : id,
    red: on ? pc.red : id,
    green: on ? pc.green : id,
    yellow: on ? pc.yellow : id,
    cyan: on ? pc.cyan : id,
    /** Search snippets mark hits with \u0001…\u0002: bold on a terminal, [brackets] elsewhere. */
    highlight: (s: string) =>
      s
        .split(/(\u0001[^\u0002]*\u0002)/)
        .map((part) =>
          part.startsWith('\u0001') ? (on ? pc.bold(pc.yellow(safe(part))) : `[${safe(part)}]`) : safe(part),
        )
        .join('')
        .replace(/\s+/g, ' '),
  };
}

/** Truncates a string to a display width with an ellipsis. */
export function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * At most `width` characters of `s` around position `at` (a trigger in its sentence), cut on both
 * sides with an ellipsis, so that a long sentence still shows the words that report the event.
 */
export function around(s: string, at: number, width: number): string {
  if (s.length <= width) return s;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), s.length - width));
  const end = Math.min(s.length, start + width);
  return `${start > 0 ? '…' : ''}${s.slice(start + (start > 0 ? 1 : 0), end - (end < s.length ? 1 : 0))}${end < s.length ? '…' : ''}`;
}

/** Strips control and bidirectional-override characters from text shown on a terminal. */
export function safe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** `1 report`, `2 reports`: a count with its noun in the right number (`s` added unless given). */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
