import { get, type PlaceList } from '../api.ts';
import { humanise } from '../colors.ts';
import { empty, h, mount, route } from '../dom.ts';
import type { View } from '../main.ts';
import { counted } from '../numbers.ts';

/** Map of every place mentioned, with a list beside it (the list is the keyboard path). */
export const mapView: View = async (root, _r, alive) => {
  const [places, mod] = await Promise.all([get<PlaceList>('places', { limit: 2000 }), import('../map.ts')]);
  if (!alive()) return;
  const located = places.items.filter((p) => p.lat !== null || p.countryNumeric);
  mount(
    root,
    h('h1', null, 'Places'),
    h(
      'p',
      { class: 'meta' },
      `${places.total} places mentioned; ${located.length} placed from the gazetteer (cities as points, countries shaded).`,
    ),
    h(
      'div',
      { class: 'two' },
      mod.placesMap(located),
      h(
        'div',
        null,
        places.items.length
          ? h(
              'ul',
              null,
              places.items
                .slice(0, 200)
                .map((p) =>
                  h(
                    'li',
                    null,
                    h('a', { href: route(`entity/${encodeURIComponent(p.key)}`) }, h('bdi', null, p.name)),
                    h(
                      'span',
                      { class: 'meta' },
                      ` ${humanise(p.type)} · ${counted(p.documents, 'document')}${p.lat === null && !p.countryNumeric ? ' · not on the map' : ''}`,
                    ),
                  ),
                ),
            )
          : empty('No places yet: ingest some articles.'),
      ),
    ),
  );
};
