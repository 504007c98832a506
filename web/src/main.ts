import { ApiFailure, setToken } from './api.ts';
import { empty, h, mount } from './dom.ts';
import { currentRoute, type Route } from './router.ts';
import './style.css';
import { installTooltips } from './tooltip.ts';
import { claimsView } from './views/claims.ts';
import { documentsView } from './views/documents.ts';
import { entitiesView } from './views/entities.ts';
import { entityView } from './views/entity.ts';
import { eventView } from './views/event.ts';
import { ingestView } from './views/ingest.ts';
import { mapView } from './views/map.ts';
import { readerView } from './views/reader.ts';
import { searchView } from './views/search.ts';
import { timelineView } from './views/timeline.ts';

/** A view draws itself into `root` for a route; `alive()` turns false when the user has moved on. */
export type View = (root: HTMLElement, route: Route, alive: () => boolean) => Promise<void>;

const VIEWS: Record<string, { title: string; view: View }> = {
  timeline: { title: 'Timeline', view: timelineView },
  event: { title: 'Event', view: eventView },
  entity: { title: 'Entity', view: entityView },
  entities: { title: 'Entities', view: entitiesView },
  claims: { title: 'Claims', view: claimsView },
  doc: { title: 'Document', view: readerView },
  documents: { title: 'Documents', view: documentsView },
  map: { title: 'Map', view: mapView },
  search: { title: 'Search', view: searchView },
  ingest: { title: 'Ingest', view: ingestView },
};

const main = document.getElementById('main')!;
let generation = 0;

function tokenForm(): HTMLElement {
  const input = h('input', { type: 'password', id: 'token', autocomplete: 'off' });
  return h(
    'form',
    {
      class: 'token',
      onsubmit: (e: Event) => {
        e.preventDefault();
        setToken(input.value.trim() || null);
        void render();
      },
    },
    h('label', { for: 'token' }, 'This server needs an access token (SITREP_TOKEN)'),
    input,
    h('button', { type: 'submit' }, 'Use token'),
  );
}

async function render(): Promise<void> {
  const my = ++generation;
  const route = currentRoute();
  const entry = VIEWS[route.name];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const name = currentRoute(a.getAttribute('href') ?? '').name;
    if (name === route.name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  main.removeAttribute('data-ready');
  main.dataset.view = route.name;
  if (!entry) {
    mount(
      main,
      h('h1', null, 'Not found'),
      empty('There is no such page.', ' ', h('a', { href: '#/' }, 'Timeline')),
    );
    main.dataset.ready = '1';
    return;
  }
  document.title = `${entry.title} · sitrep`;
  mount(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    await entry.view(main, route, () => my === generation);
  } catch (e) {
    if (my !== generation) return;
    const unauthorised = e instanceof ApiFailure && e.status === 401;
    mount(
      main,
      h('h1', null, entry.title),
      h('p', { class: 'error', role: 'alert' }, (e as Error).message),
      unauthorised ? tokenForm() : null,
    );
  }
  if (my === generation) main.dataset.ready = '1';
}

let lastPath = '';
window.addEventListener('hashchange', () => {
  // Focus moves to the new page (for keyboard and screen-reader users), except for changes that
  // only touch the query of the same view (filters, zoom), which keep focus where it is.
  const path = location.hash.split('?')[0] ?? '';
  const moved = path !== lastPath;
  lastPath = path;
  void render().then(() => {
    if (moved && !main.contains(document.activeElement) && !main.querySelector('.target'))
      main.focus({ preventScroll: false });
  });
});
// The skip link moves focus to the page's content; followed as a link, its `#main` would be read
// as a route (and show "Not found").
document.querySelector('a.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
lastPath = location.hash.split('?')[0] ?? '';
installTooltips();
void render();
