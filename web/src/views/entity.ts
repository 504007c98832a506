import { type EntityDetail, get, post, type ReconciledEntityDetail, type UnmergeResult } from '../api.ts';
import { humanise } from '../colors.ts';
import { rangeLabel } from '../days.ts';
import { dayOf, empty, h, mount, route, section, spanLink } from '../dom.ts';
import type { View } from '../main.ts';
import { counted } from '../numbers.ts';

type Quote = EntityDetail['quotesBy']['items'][number];

function quoteItem(q: Quote): HTMLElement {
  return h(
    'li',
    null,
    h('blockquote', null, h('bdi', null, q.text)),
    q.speaker
      ? [
          '— ',
          q.speaker.key
            ? h(
                'a',
                { href: route(`entity/${encodeURIComponent(q.speaker.key)}`) },
                h('bdi', null, q.speaker.name),
              )
            : h('bdi', null, q.speaker.name),
        ]
      : null,
    q.via ? [' via ', h('bdi', null, q.via.name)] : null,
    ' · ',
    h(
      'a',
      { href: spanLink(q.document, q.span) },
      h('bdi', null, q.outlet ?? q.title ?? q.document),
      `, ${dayOf(q.published)}`,
    ),
  );
}

type Merge = ReconciledEntityDetail['merges'][number];

/** The merges that made a corpus entity (none for a key that is no corpus entity id), with the titles of their documents. */
async function mergesOf(key: string): Promise<{ merges: Merge[]; titles: Map<string, string> }> {
  if (!/^E[0-9a-f]{12}$/.test(key)) return { merges: [], titles: new Map() };
  const d = await get<ReconciledEntityDetail>(`reconciled/entities/${key}`);
  const titles = new Map<string, string>();
  for (const m of d.mentionsIn) if (m.title) titles.set(m.doc, m.title);
  return { merges: d.merges, titles };
}

/** A merge's evidence as `name: value` pairs (the keys and rules that matched). */
function evidence(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([k]) => k !== 'from' && k !== 'to')
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join(' · ');
}

/** The merges section: each spelling joined, by which rule, on what evidence, in which document; each undoable. */
function mergesSection(
  { merges, titles }: { merges: readonly Merge[]; titles: ReadonlyMap<string, string> },
  undo: (m: Merge) => void,
): HTMLElement {
  return section(
    'Merges',
    merges.length
      ? h(
          'div',
          { class: 'scroll-x' },
          h(
            'table',
            { class: 'merges' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', null, 'Spelling'),
                h('th', null, 'Joined to'),
                h('th', null, 'Rule'),
                h('th', null, 'Evidence'),
                h('th', null, 'First in'),
                h('th', null, h('span', { class: 'sr-only' }, 'Undo')),
              ),
            ),
            h(
              'tbody',
              null,
              merges.map((m) =>
                h(
                  'tr',
                  { 'data-merge': m.id },
                  h('td', null, h('bdi', null, m.from)),
                  h('td', null, h('bdi', null, m.to)),
                  h('td', null, m.rule),
                  h('td', null, h('bdi', null, evidence(m.detail))),
                  h(
                    'td',
                    null,
                    h(
                      'a',
                      { href: route(`doc/${encodeURIComponent(m.doc)}`) },
                      h('bdi', null, titles.get(m.doc) ?? m.doc),
                    ),
                  ),
                  h(
                    'td',
                    null,
                    h(
                      'button',
                      {
                        type: 'button',
                        'aria-label': `Split ${m.from} from ${m.to}`,
                        onclick: () => undo(m),
                      },
                      'Split',
                    ),
                  ),
                ),
              ),
            ),
          ),
        )
      : empty(
          'Nothing was merged across documents: each names it alike (the spellings above are from within documents).',
        ),
    merges.length
      ? h('p', { class: 'meta' }, 'Splitting a merge is kept: the two spellings are not merged again.')
      : null,
  );
}

/** What the last split did, shown once on the page it returns to. */
let splitNotice: { from: string; fromName: string; toName: string } | null = null;

/** An entity: name variants with evidence, merges, roles over time, quotes, events, entities seen with it. */
export const entityView: View = async (root, r, alive) => {
  const key = r.arg ?? '';
  const e = await get<EntityDetail>(`entities/${encodeURIComponent(key)}`, { limit: 50 });
  // By the key the page resolved to: the route may hold a name as typed (`#/entity/Lukashenka`).
  const merges = await mergesOf(e.key).catch(() => ({ merges: [], titles: new Map<string, string>() }));
  if (!alive()) return;
  const undo = async (m: Merge) => {
    if (!confirm(`Split “${m.from}” from “${m.to}”? The two will not be merged again.`)) return;
    const out = await post<UnmergeResult>(`reconciled/merges/${m.id}/undo`, {});
    // The split-off spelling is an entity of its own now, under its own id (the page's id stays
    // with the first spelling the corpus saw, even when the other half is the larger).
    splitNotice = { from: out.from, fromName: m.from, toName: m.to };
    if (alive()) await entityView(root, r, alive);
  };
  const notice = splitNotice;
  splitNotice = null;
  mount(
    root,
    h('p', { class: 'meta' }, h('a', { href: route('entities') }, '← Entities')),
    notice
      ? h(
          'p',
          { class: 'notice', role: 'status' },
          'Split: ',
          h(
            'a',
            { href: route(`entity/${encodeURIComponent(notice.from)}`) },
            h('bdi', null, notice.fromName),
          ),
          ' is an entity of its own now, apart from ',
          h('bdi', null, notice.toName),
          '.',
        )
      : null,
    h('h1', null, h('bdi', null, e.name)),
    h(
      'p',
      { class: 'meta' },
      `${humanise(e.type)} · ${counted(e.documents, 'document')} · ${counted(e.mentionCount, 'mention')} · seen ${dayOf(e.firstSeen)} to ${dayOf(e.lastSeen)}`,
    ),
    section(
      'Name variants',
      h(
        'div',
        { class: 'scroll-x' },
        h(
          'table',
          null,
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', null, 'As written'),
              h('th', null, 'Mentions'),
              h('th', null, 'Documents'),
              h('th', null, 'Evidence'),
            ),
          ),
          h(
            'tbody',
            null,
            e.aliases.map((a) =>
              h(
                'tr',
                null,
                h('td', null, h('bdi', null, a.text)),
                h('td', null, String(a.count)),
                h('td', null, String(a.documents)),
                h(
                  'td',
                  null,
                  h(
                    'a',
                    { href: spanLink(a.evidence.document, a.evidence.span) },
                    h('bdi', null, a.evidence.context),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    mergesSection(merges, (m) => void undo(m)),
    section(
      'Roles over time',
      e.roles.length
        ? h(
            'ul',
            null,
            e.roles.map((ro) =>
              h(
                'li',
                null,
                h('strong', null, h('bdi', null, ro.role)),
                ` — ${ro.first && ro.last ? rangeLabel(ro.first, ro.last) : 'undated'} (${ro.count}×) `,
                h('a', { href: spanLink(ro.evidence.document, ro.evidence.span) }, 'evidence'),
              ),
            ),
          )
        : empty('No title or office found for this entity.'),
    ),
    section(
      `Quotes by ${e.name}`,
      e.quotesBy.items.length
        ? h('ul', { class: 'quotes' }, e.quotesBy.items.map(quoteItem))
        : empty('No quote attributed to this entity.'),
      e.quotesBy.total > e.quotesBy.items.length
        ? h('p', { class: 'meta' }, `${e.quotesBy.total} in all; the first ${e.quotesBy.items.length} shown.`)
        : null,
    ),
    section(
      'Quotes about it',
      e.quotesAbout.items.length
        ? h('ul', { class: 'quotes' }, e.quotesAbout.items.map(quoteItem))
        : empty('No quote mentions this entity.'),
    ),
    section(
      'Events',
      e.events.length
        ? h(
            'ul',
            null,
            e.events.map((v) =>
              h(
                'li',
                null,
                h('a', { href: route(`event/${v.id}`) }, h('bdi', null, v.name ?? humanise(v.type))),
                ` — ${humanise(v.type)}, ${rangeLabel(v.start, v.end)}, as ${v.role}`,
              ),
            ),
          )
        : empty('No event names this entity yet.'),
    ),
    section(
      'Appears with',
      e.related.length
        ? h(
            'ul',
            { class: 'chips' },
            e.related.map((o) =>
              h(
                'li',
                null,
                h('a', { href: route(`entity/${encodeURIComponent(o.key)}`) }, h('bdi', null, o.name)),
                ` ${o.documents}`,
              ),
            ),
          )
        : empty('No other entity shares a document with it.'),
    ),
    section(
      'Mentions',
      h(
        'ul',
        null,
        e.mentions.items.map((m) =>
          h(
            'li',
            null,
            h(
              'a',
              {
                href: spanLink(m.document, m.span),
                'data-tip': `${m.by}${m.role ? ` · role: ${m.role}` : ''}`,
              },
              h('bdi', null, m.context),
            ),
            h('span', { class: 'meta' }, ` — ${m.outlet ?? ''} ${dayOf(m.published)}`),
          ),
        ),
      ),
      e.mentions.next
        ? h('p', { class: 'meta' }, `First ${e.mentions.items.length} of ${e.mentionCount} mentions.`)
        : null,
    ),
  );
};
