import { type DocumentList, get } from '../api.ts';
import { dayOf, empty, h, mount, route } from '../dom.ts';
import type { View } from '../main.ts';
import { counted } from '../numbers.ts';

/** Documents, newest first, paged with the API's cursor. */
export const documentsView: View = async (root, r, alive) => {
  const list = await get<DocumentList>('documents', { limit: 100, cursor: r.query.get('cursor') });
  if (!alive()) return;
  mount(
    root,
    h('h1', null, 'Documents'),
    h('p', { class: 'meta' }, counted(list.total, 'document')),
    list.items.length
      ? h(
          'ul',
          null,
          list.items.map((d) =>
            h(
              'li',
              null,
              h('a', { href: route(`doc/${d.id}`) }, h('bdi', null, d.title ?? d.id)),
              h(
                'span',
                { class: 'meta' },
                ' — ',
                h('bdi', null, d.outlet ?? 'unknown outlet'),
                ` · ${dayOf(d.published)} · ${d.format}`,
              ),
            ),
          ),
        )
      : empty('No documents yet. ', h('a', { href: route('ingest') }, 'Ingest some'), ' or run npm start.'),
    list.next ? h('p', null, h('a', { href: route('documents', { cursor: list.next }) }, 'Next page')) : null,
  );
};
