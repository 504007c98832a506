import { type DocJson, type DocumentDetail, get } from '../api.ts';
import { humanise } from '../colors.ts';
import { dayOf, h, mount, route, safeHref, section } from '../dom.ts';
import type { View } from '../main.ts';

/** Kinds of extracted facts the reader highlights (a table over kinds: a new kind needs a row). */
export type FactKind = 'time' | 'entity' | 'quantity' | 'quote' | 'event';

export interface Fact {
  readonly kind: FactKind;
  readonly span: readonly [number, number];
  /** What the tooltip says: the normalised value. */
  readonly value: string;
  readonly by: string;
}

const KIND_NAMES: Record<FactKind, string> = {
  time: 'Time',
  entity: 'Entity',
  quantity: 'Quantity',
  quote: 'Quote',
  event: 'Event',
};

const KIND_LABELS: Record<FactKind, string> = {
  time: 'Times',
  entity: 'Entities',
  quantity: 'Quantities',
  quote: 'Quotes',
  event: 'Events',
};

/** Every fact of the document JSON with its span, normalised value and rule. */
export function factsOf(doc: DocJson): Fact[] {
  const entityName = (id: string | null) => (id ? (doc.entities.find((e) => e.id === id)?.name ?? id) : null);
  const timeValue = (id: string) => doc.times.find((t) => t.id === id)?.value ?? id;
  const out: Fact[] = [];
  for (const t of doc.times)
    out.push({
      kind: 'time',
      span: t.span,
      value: `${t.value} (${t.type}${t.mod ? `, ${t.mod}` : ''}; anchor: ${t.anchor})`,
      by: t.by,
    });
  for (const e of doc.entities)
    for (const m of e.mentions)
      out.push({
        kind: 'entity',
        span: m.span,
        value: `${e.name} (${humanise(e.type)}${m.role || e.role ? `, ${m.role ?? e.role}` : ''}) · key ${e.key}`,
        by: m.by,
      });
  for (const q of doc.quantities)
    out.push({
      kind: 'quantity',
      span: q.span,
      value:
        `${humanise(q.qualifier)} ${q.value.toLocaleString('en')}${q.max !== null ? `–${q.max.toLocaleString('en')}` : ''} ${q.unit ?? ''} ${q.measure ?? ''}${q.about ? ` · about ${entityName(q.about)}` : ''}`
          .replace(/\s+/g, ' ')
          .trim(),
      by: q.by,
    });
  for (const c of doc.quotes)
    out.push({
      kind: 'quote',
      span: c.span,
      value: `${c.direct ? 'direct' : 'reported'} quote · speaker: ${entityName(c.speaker) ?? c.speakerText ?? 'unknown'}${c.via ? ` via ${entityName(c.via)}` : ''}`,
      by: c.by,
    });
  // Every report of an event in the article is marked (documents stored before `mentions`
  // existed have the trigger alone).
  for (const v of doc.events)
    for (const span of v.mentions ?? [v.trigger])
      out.push({
        kind: 'event',
        span,
        value: `${humanise(v.type)}${v.name ? ` “${v.name}”` : ''} · ${v.status}${v.time ? ` · ${v.timeRole === 'at' || !v.timeRole ? '' : `${v.timeRole} `}${timeValue(v.time)}` : ''}${v.actors.length ? ` · actors: ${v.actors.map(entityName).join(', ')}` : ''}`,
        by: v.by,
      });
  return out.filter((f) => f.span[0] < f.span[1] && f.span[0] >= 0 && f.span[1] <= doc.text.length);
}

/** Parses `?span=120-140` against the text length. */
export function parseSpan(value: string | null, length: number): [number, number] | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a < b && b <= length ? [a, b] : null;
}

/**
 * The article as text nodes and `<mark>`s: the text is cut at every fact boundary, and each piece
 * is marked with the kinds of the facts covering it; its tooltip lists them. Never markup from data.
 */
function renderText(
  text: string,
  facts: readonly Fact[],
  target: [number, number] | null,
): { article: HTMLElement; first: HTMLElement | null } {
  const cuts = new Set<number>([0, text.length]);
  for (const f of facts) cuts.add(f.span[0]).add(f.span[1]);
  if (target) cuts.add(target[0]).add(target[1]);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...facts].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const article = h('div', { class: 'article', lang: 'en' });
  let active: Fact[] = [];
  let next = 0;
  let first: HTMLElement | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    active = active.filter((f) => f.span[1] > a);
    while (next < byStart.length && byStart[next]!.span[0] <= a) {
      if (byStart[next]!.span[1] > a) active.push(byStart[next]!);
      next++;
    }
    const piece = text.slice(a, b);
    const inTarget = target !== null && a >= target[0] && b <= target[1];
    if (active.length === 0 && !inTarget) {
      article.append(piece);
      continue;
    }
    const kinds = [...new Set(active.map((f) => f.kind))];
    const starts = active.some((f) => f.span[0] === a);
    const tip = active
      .map((f) => `${KIND_NAMES[f.kind]}: “${text.slice(f.span[0], f.span[1])}” → ${f.value}\nby ${f.by}`)
      .join('\n');
    const mark: HTMLElement = h(
      'mark',
      {
        class: [...kinds.map((k) => `k-${k}`), inTarget ? 'target' : ''].join(' ').trim(),
        'data-tip': tip || null,
        'data-start': a,
        'data-end': b,
        tabindex: starts && tip ? '0' : inTarget && !first ? '-1' : null,
        'aria-label': tip ? `${piece}: ${tip.replace(/\n/g, '; ')}` : null,
      },
      piece,
    );
    if (inTarget && !first) first = mark;
    article.append(mark);
  }
  return { article, first };
}

/** The document reader: the article with every extracted fact highlighted by kind. */
export const readerView: View = async (root, r, alive) => {
  const id = r.arg ?? '';
  const d = await get<DocumentDetail>(`documents/${encodeURIComponent(id)}`);
  if (!alive()) return;
  const doc = d.document;
  const facts = factsOf(doc);
  const target = parseSpan(r.query.get('span'), doc.text.length);
  const { article, first } = renderText(doc.text, facts, target);
  const counts = Object.fromEntries(
    Object.keys(KIND_LABELS).map((k) => [k, facts.filter((f) => f.kind === k).length]),
  ) as Record<FactKind, number>;
  const toggles = h(
    'ul',
    { class: 'kinds' },
    (Object.keys(KIND_LABELS) as FactKind[]).map((k) =>
      h(
        'li',
        null,
        h(
          'label',
          { class: 'inline' },
          h(
            'span',
            null,
            h('input', {
              type: 'checkbox',
              checked: true,
              'aria-label': `Highlight ${KIND_LABELS[k].toLowerCase()}`,
              onchange: (e: Event) =>
                article.classList.toggle(`hide-${k}`, !(e.target as HTMLInputElement).checked),
            }),
            ' ',
            h('mark', { class: `k-${k} legend-mark` }, KIND_LABELS[k]),
            ` ${counts[k]}`,
          ),
        ),
      ),
    ),
  );
  const url = doc.source.url;
  const entities = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 40);
  // The document's events with a page across documents (reconciled), in text order.
  const events = doc.events.filter((v) => d.corpus.events[v.id]).slice(0, 40);
  const latest = d.revisions.at(-1);
  mount(
    root,
    h('h1', null, h('bdi', null, doc.title ?? '(untitled)')),
    h(
      'p',
      { class: 'meta' },
      h('bdi', null, doc.source.outlet ?? 'unknown outlet'),
      ` · ${dayOf(doc.published.value)}`,
      doc.published.from ? ` (date from ${doc.published.from})` : '',
      ` · ${doc.source.format} · `,
      h('a', { href: `/api/documents/${encodeURIComponent(doc.id)}/raw` }, 'raw source'),
      url
        ? [
            ' · ',
            safeHref(url) === '#'
              ? h('span', { class: 'text' }, url)
              : h('a', { href: url, rel: 'noreferrer noopener', target: '_blank' }, h('bdi', null, url)),
          ]
        : null,
    ),
    d.supersededBy && latest
      ? h(
          'p',
          { class: 'notice', role: 'status' },
          'A later revision replaced this one: ',
          h('a', { href: route(`doc/${encodeURIComponent(latest.id)}`) }, `revision ${latest.revision}`),
          ' is the one entity and event pages cite.',
        )
      : null,
    target
      ? h(
          'p',
          { class: 'meta', role: 'status' },
          `Showing characters ${target[0]}–${target[1]}: “`,
          h('bdi', null, doc.text.slice(target[0], target[1])),
          '”',
        )
      : null,
    h(
      'div',
      { class: 'reader' },
      h('div', null, h('h2', { class: 'sr-only' }, 'Article text'), article),
      h(
        'aside',
        { 'aria-label': 'Facts in this document' },
        section(
          'Highlighted facts',
          toggles,
          h(
            'p',
            { class: 'meta' },
            'Hover or focus a highlight for its normalised value and the rule that found it.',
          ),
        ),
        section(
          'Entities',
          entities.length
            ? h(
                'ul',
                null,
                entities.map((e) =>
                  h(
                    'li',
                    null,
                    h(
                      'a',
                      { href: route(`entity/${encodeURIComponent(d.corpus.entities[e.id] ?? e.key)}`) },
                      h('bdi', null, e.name),
                    ),
                    ` ${humanise(e.type)} ×${e.mentions.length}`,
                  ),
                ),
              )
            : h('p', { class: 'muted' }, 'None found.'),
        ),
        section(
          'Events',
          events.length
            ? h(
                'ul',
                null,
                events.map((v) =>
                  h(
                    'li',
                    null,
                    h(
                      'a',
                      { href: route(`event/${encodeURIComponent(d.corpus.events[v.id]!)}`) },
                      h('bdi', null, v.name ?? humanise(v.type)),
                    ),
                    ` ${v.name ? `${humanise(v.type)}, ` : ''}“`,
                    h('bdi', null, doc.text.slice(v.trigger[0], v.trigger[1])),
                    `”, ${v.status}`,
                  ),
                ),
              )
            : h('p', { class: 'muted' }, 'None across documents.'),
        ),
        d.revisions.length > 1
          ? section(
              'Revisions',
              h(
                'ul',
                null,
                d.revisions.map((v) =>
                  h(
                    'li',
                    null,
                    h('a', { href: route(`doc/${v.id}`) }, `revision ${v.revision}`),
                    ` ${dayOf(v.published)}`,
                    v.id === doc.id ? ' (this one)' : '',
                    v === latest ? ' (current)' : '',
                  ),
                ),
              ),
            )
          : null,
      ),
    ),
  );
  if (first) {
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }
};
