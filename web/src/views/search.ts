import { get, type SearchResult } from '../api.ts';
import { dayOf, empty, h, mount, route } from '../dom.ts';
import type { View } from '../main.ts';
import { counted } from '../numbers.ts';

/** A snippet as text with its matched ranges in `<mark>` (ranges from the API, text as text). */
function snippet(text: string, highlights: readonly (readonly [number, number])[]): HTMLElement {
  const p = h('p', { class: 'snippet' });
  let at = 0;
  for (const [a, b] of [...highlights].sort((x, y) => x[0] - y[0])) {
    if (a < at || b > text.length) continue;
    p.append(text.slice(at, a), h('mark', null, text.slice(a, b)));
    at = b;
  }
  p.append(text.slice(at));
  return p;
}

const FACETS = ['outlet', 'format', 'month'] as const;

/** Full-text search with facets (outlet, format, month) that narrow the results. */
export const searchView: View = async (root, r, alive) => {
  const q = r.query.get('q') ?? '';
  const filters = {
    outlet: r.query.get('outlet'),
    format: r.query.get('format'),
    month: r.query.get('month'),
  };
  const input = h('input', { type: 'search', name: 'q', value: q, id: 'q', autocomplete: 'off' });
  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = route('search', { q: input.value.trim() });
      },
    },
    h('label', { for: 'q' }, 'Search the articles', input),
    h('button', { type: 'submit' }, 'Search'),
  );
  if (!q) {
    mount(
      root,
      h('h1', null, 'Search'),
      form,
      h('p', { class: 'meta' }, 'Words are ANDed; use "quotes" for phrases, OR, and prefix*.'),
    );
    input.focus();
    return;
  }
  const month = filters.month && /^\d{4}-\d{2}$/.test(filters.month) ? filters.month : null;
  const lastDay = month
    ? new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10)
    : null;
  const res = await get<SearchResult>('search', {
    q,
    outlet: filters.outlet,
    format: filters.format,
    from: month ? `${month}-01` : null,
    to: lastDay,
    limit: 50,
  });
  if (!alive()) return;
  const facets = h(
    'aside',
    { 'aria-label': 'Narrow the results' },
    FACETS.map((f) =>
      h(
        'section',
        null,
        h('h2', null, f === 'month' ? 'Month' : f[0]!.toUpperCase() + f.slice(1)),
        h(
          'ul',
          null,
          res.facets[f].map((v) => {
            const on = filters[f] === v.value;
            return h(
              'li',
              null,
              h(
                'a',
                {
                  href: route('search', { q, ...filters, [f]: on ? null : v.value }),
                  'aria-current': on ? 'true' : null,
                },
                on ? `✓ ${v.value}` : v.value,
              ),
              ` (${v.count})`,
            );
          }),
        ),
      ),
    ),
  );
  mount(
    root,
    h('h1', null, 'Search'),
    form,
    h(
      'p',
      { class: 'meta', role: 'status' },
      `${counted(res.total, 'document')} ${res.total === 1 ? 'matches' : 'match'}`,
      res.searched !== q ? ` (searched as ${res.searched}: a name in every spelling)` : '',
    ),
    h(
      'div',
      { class: 'two' },
      res.items.length
        ? h(
            'ol',
            { class: 'results' },
            res.items.map((it) =>
              h(
                'li',
                null,
                h('a', { href: route(`doc/${it.id}`) }, h('bdi', null, it.title ?? it.id)),
                h(
                  'div',
                  { class: 'meta' },
                  h('bdi', null, it.outlet ?? ''),
                  ` · ${dayOf(it.published)} · ${it.format}`,
                ),
                snippet(it.snippet, it.highlights),
              ),
            ),
          )
        : empty('Nothing matches. Try fewer words or a prefix*.'),
      facets,
    ),
  );
};
