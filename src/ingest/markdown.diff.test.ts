import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArticles, toMarkdown } from '../../bench/lib/corpus.ts';
import { mdastAdapter } from '../../test/helpers/mdast-oracle.ts';
import { checkOffsetMap } from '../../test/helpers/offsets.ts';
import type { SourceDoc } from '../model/source.ts';
import { markdownAdapter } from './markdown.ts';

const here = (p: string) => new URL(p, import.meta.url).pathname;
const SEED = here('../../../shared/seed/allied-resolve-2022-01-17.md');

function files(): string[] {
  const dir = here('../../examples/markdown/');
  const out = readdirSync(dir).map((f) => dir + f);
  out.push(here('../../test/fixtures/markdown/drills-update.md'));
  if (existsSync(SEED)) out.push(SEED);
  return out;
}

const doc = (r: ReturnType<typeof markdownAdapter>[number]) => r as SourceDoc;

/** What both readers must agree on. */
function view(d: SourceDoc) {
  return {
    text: d.text,
    title: d.title,
    url: d.url,
    links: d.links.map((l) => [d.text.slice(...l.span), l.href]),
  };
}

describe('hand-written Markdown reader agrees with the CommonMark reference (mdast)', () => {
  it.each(files())('%s', (file) => {
    const raw = readFileSync(file, 'utf8');
    const ours = doc(markdownAdapter({ origin: file, raw })[0]!);
    expect(view(ours)).toEqual(view(doc(mdastAdapter({ origin: file, raw })[0]!)));
    checkOffsetMap(ours.text, raw, ours.offsets.segments);
  });

  it('on generated articles', () => {
    for (const a of generateArticles(30, 3, 3000)) {
      const raw = toMarkdown(a);
      expect(view(doc(markdownAdapter({ origin: 'g.md', raw })[0]!))).toEqual(
        view(doc(mdastAdapter({ origin: 'g.md', raw })[0]!)),
      );
    }
  });

  it.each([
    ['emphasis and strong', 'Some *em* and **strong** and _under_ and snake_case_name.'],
    ['escapes', 'Price \\$1Bln, a \\*star\\* and a back\\\\slash.'],
    ['code spans', 'Use `a * b` and ``tick ` inside``.'],
    ['links', 'See [the ministry](https://mil.by "Ministry") and [ref][m] and [m].\n\n[m]: https://mil.by'],
    ['autolinks and html', 'Mail <a@b.test> or <https://x.test/a>, <b>bold</b> text.'],
    ['images', '![alt text](img.png) Caption after.'],
    ['brackets that are not links', 'The [Allied Resolve] exercise and [Our] reaction.'],
    ['entities', 'Tom &amp; Jerry &#8212; &copy; 2022 &notanentity;'],
    ['headings', '# One #\n\nTwo\n===\n\nThree\n---\n\n## Four'],
    ['lists and quotes', '- a\n- b\n  continued\n\n1. one\n2. two\n\n> quoted\n> lines'],
    ['fences', '```js\nconst x = 1;\n```\n\nAfter.'],
    ['hard breaks', 'Line one  \nline two\\\nline three'],
  ])('%s', (_name, raw) => {
    const ours = doc(markdownAdapter({ origin: 'x.md', raw })[0]!);
    expect(view(ours)).toEqual(view(doc(mdastAdapter({ origin: 'x.md', raw })[0]!)));
    checkOffsetMap(ours.text, raw, ours.offsets.segments);
  });

  it('keeps offset invariants on arbitrary input, and agrees on plain prose', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const ours = doc(markdownAdapter({ origin: 'x.md', raw })[0]!);
        checkOffsetMap(ours.text, raw, ours.offsets.segments);
      }),
    );
    const words = fc.array(
      fc.constantFrom('Belarus', 'said', 'drills', 'on', 'Feb.', '10', '—', 'troops,', 'NATO.'),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        fc.array(
          words.map((w) => w.join(' ')),
          { minLength: 1, maxLength: 5 },
        ),
        (paras) => {
          const raw = paras.join('\n\n');
          expect(doc(markdownAdapter({ origin: 'x.md', raw })[0]!).text).toBe(
            doc(mdastAdapter({ origin: 'x.md', raw })[0]!).text,
          );
        },
      ),
    );
  });
});
