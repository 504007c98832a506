/**
 * Reading TimeML (TempEval-3 `.tml`): the document creation time and the plain text of `<TEXT>`
 * with each `<TIMEX3>` as a span of that text. Entities are decoded; offsets are UTF-16 units of
 * the decoded text.
 */

/** A gold time expression. */
export interface GoldTimex {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly mod: string | null;
}

/** A TimeML document. */
export interface TimemlDoc {
  readonly id: string;
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
}

/** Parses one TimeML file. */
export function parseTimeml(id: string, xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dct = dctTag ? attr(dctTag[1]!, 'value') : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let current: { start: number; tag: string } | null = null;
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === '<') {
      const end = body.indexOf('>', i);
      if (end < 0) break;
      const tag = body.slice(i, end + 1);
      if (tag.startsWith('<TIMEX3')) current = { start: text.length, tag };
      else if (tag.startsWith('</TIMEX3') && current) {
        timexes.push({
          span: [current.start, text.length],
          text: text.slice(current.start),
          type: attr(current.tag, 'type') ?? 'DATE',
          value: attr(current.tag, 'value') ?? '',
          mod: attr(current.tag, 'mod'),
        });
        current = null;
      }
      i = end + 1;
      continue;
    }
    if (ch === '&') {
      const semi = body.indexOf(';', i);
      const name = semi > i ? body.slice(i + 1, semi) : '';
      const dec =
        ENTITIES[name] ??
        (name.startsWith('#')
          ? String.fromCharCode(Number(name.startsWith('#x') ? `0x${name.slice(2)}` : name.slice(1)))
          : null);
      if (dec !== null && semi - i < 10) {
        text += dec;
        i = semi + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  return { id, dct, text, timexes };
}
