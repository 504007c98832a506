import { type EntityList, get } from '../api.ts';
import { humanise } from '../colors.ts';
import { empty, h, mount, route } from '../dom.ts';
import type { View } from '../main.ts';

/** Entities across documents, most documents first, with a type facet and a name filter. */
export const entitiesView: View = async (root, r, alive) => {
  const type = r.query.get('type');
  const q = r.query.get('q');
  const list = await get<EntityList>('entities', { type, q, limit: 200 });
  if (!alive()) return;
  const input = h('input', { id: 'eq', name: 'q', value: q ?? '', type: 'search' });
  mount(
    root,
    h('h1', null, 'Entities'),
    h(
      'form',
      {
        class: 'filters',
        role: 'search',
        onsubmit: (e: Event) => {
          e.preventDefault();
          location.hash = route('entities', { type, q: input.value.trim() });
        },
      },
      h('label', { for: 'eq' }, 'Name', input),
      h('button', { type: 'submit' }, 'Find'),
    ),
    h(
      'ul',
      { class: 'chips', 'aria-label': 'Types' },
      h('li', null, h('a', { href: route('entities', { q }), 'aria-current': type ? null : 'true' }, 'all')),
      list.facets.type.map((t) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              href: route('entities', { type: t.value, q }),
              'aria-current': t.value === type ? 'true' : null,
            },
            `${humanise(t.value)} (${t.count})`,
          ),
        ),
      ),
    ),
    list.items.length
      ? h(
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
                h('th', null, 'Name'),
                h('th', null, 'Type'),
                h('th', null, 'Documents'),
                h('th', null, 'Mentions'),
              ),
            ),
            h(
              'tbody',
              null,
              list.items.map((e) =>
                h(
                  'tr',
                  null,
                  h(
                    'td',
                    null,
                    h('a', { href: route(`entity/${encodeURIComponent(e.key)}`) }, h('bdi', null, e.name)),
                    // Entities of one name (a ministry each article keeps to itself) told apart.
                    e.documents === 1 && e.firstDocument
                      ? h(
                          'span',
                          { class: 'meta' },
                          ' in ',
                          h(
                            'bdi',
                            null,
                            e.firstDocument.outlet ?? e.firstDocument.title ?? e.firstDocument.id,
                          ),
                        )
                      : null,
                  ),
                  h('td', null, humanise(e.type)),
                  h('td', null, String(e.documents)),
                  h('td', null, String(e.mentions)),
                ),
              ),
            ),
          ),
        )
      : empty('No entities match.'),
  );
};
