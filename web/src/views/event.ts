import { type DocumentDetail, type EventDetail, get, type PlaceList } from '../api.ts';
import { humanise } from '../colors.ts';
import { rangeLabel } from '../days.ts';
import { dayOf, empty, h, mount, route, section, spanLink } from '../dom.ts';
import type { View } from '../main.ts';

type Report = EventDetail['reports'][number];

/** The attributes compared across reports: label and a value per report (null: not said). */
const ATTRIBUTES: readonly [string, (r: Report) => string | null][] = [
  ['Type', (r) => humanise(r.type)],
  ['Status', (r) => r.status],
  [
    'When',
    (r) =>
      r.time
        ? `${r.time.role === 'at' ? '' : `${r.time.role} `}${r.time.start ?? '?'}${r.time.end && r.time.end !== r.time.start ? ` – ${r.time.end}` : ''}`
        : null,
  ],
  [
    'Size',
    (r) =>
      r.size
        ? `${r.size.qualifier === 'exact' ? '' : `${humanise(r.size.qualifier)} `}${r.size.value.toLocaleString('en')}${r.size.max ? `–${r.size.max.toLocaleString('en')}` : ''} ${r.size.unit ?? ''}`.trim()
        : null,
  ],
  ['Actors', (r) => (r.actors.length ? r.actors.map((a) => a.name).join(', ') : null)],
  ['Targets', (r) => (r.targets.length ? r.targets.map((a) => a.name).join(', ') : null)],
  ['Places', (r) => (r.places.length ? r.places.map((a) => a.name).join(', ') : null)],
  ['Name', (r) => r.name],
  ['Claimed by', (r) => r.claimedBy?.name ?? null],
];

/** The most common value of a row (what the cells that differ are compared with). */
function majority(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Reports side by side fit a screen up to this many; more are listed one per row. */
const SIDE_BY_SIDE = 6;

/**
 * Many reports (a story every outlet carried) as one row each: source, what it says, then each
 * attribute that any report gives, a value that differs from the most common one marked.
 */
function reportsList(reports: readonly Report[]): HTMLElement {
  const columns = ATTRIBUTES.map(([label, value]) => {
    const values = reports.map(value);
    const distinct = new Set(values.filter((v) => v !== null));
    return { label, values, disagree: distinct.size > 1, common: majority(values), any: distinct.size > 0 };
  }).filter((c) => c.any);
  const head = h(
    'tr',
    null,
    h('th', { scope: 'col' }, 'Source'),
    h('th', { scope: 'col' }, 'What it says'),
    columns.map((c) =>
      h(
        'th',
        { scope: 'col', class: c.disagree ? 'disagree' : null, 'data-attr': c.label },
        c.label,
        c.disagree ? h('span', { class: 'sr-note' }, ' (sources disagree)') : null,
      ),
    ),
  );
  const rows = reports.map((r, i) =>
    h(
      'tr',
      null,
      h(
        'th',
        { scope: 'row' },
        h('bdi', null, r.outlet ?? 'unknown outlet'),
        h('div', { class: 'meta' }, dayOf(r.published)),
      ),
      h(
        'td',
        null,
        h(
          'a',
          { href: spanLink(r.document, r.span), 'data-tip': `${r.by}\nopen the sentence in the reader` },
          h('bdi', null, r.context),
        ),
      ),
      columns.map((c) => {
        const v = c.values[i] ?? null;
        return h(
          'td',
          { class: c.disagree ? 'disagree' : null },
          v === null
            ? h('span', { class: 'muted' }, 'not said')
            : h('span', { class: c.disagree && v !== c.common ? 'differs' : null }, h('bdi', null, v)),
        );
      }),
    ),
  );
  return h(
    'div',
    { class: 'scroll-x' },
    h('table', { class: 'reports by-report' }, h('thead', null, head), h('tbody', null, rows)),
  );
}

function reportsTable(reports: readonly Report[]): HTMLElement {
  if (reports.length > SIDE_BY_SIDE) return reportsList(reports);
  const head = h(
    'tr',
    null,
    h('th', { scope: 'col' }, 'Attribute'),
    reports.map((r) =>
      h(
        'th',
        { scope: 'col' },
        h('bdi', null, r.outlet ?? 'unknown outlet'),
        h('div', { class: 'meta' }, dayOf(r.published)),
      ),
    ),
  );
  const said = h(
    'tr',
    null,
    h('th', { scope: 'row' }, 'What it says'),
    reports.map((r) =>
      h(
        'td',
        null,
        h(
          'a',
          { href: spanLink(r.document, r.span), 'data-tip': `${r.by}\nopen the sentence in the reader` },
          h('bdi', null, r.context),
        ),
        h('div', { class: 'meta' }, h('bdi', null, r.title ?? '')),
      ),
    ),
  );
  const rows = ATTRIBUTES.map(([label, value]) => {
    const values = reports.map(value);
    const distinct = new Set(values.filter((v) => v !== null));
    if (distinct.size === 0) return null;
    const disagree = distinct.size > 1;
    const common = majority(values);
    return h(
      'tr',
      { class: disagree ? 'disagree' : null, 'data-attr': label },
      h(
        'th',
        { scope: 'row' },
        label,
        disagree ? h('span', { class: 'sr-note' }, ' (sources disagree)') : null,
      ),
      values.map((v) =>
        h(
          'td',
          { class: disagree ? 'disagree' : null },
          v === null
            ? h('span', { class: 'muted' }, 'not said')
            : h('span', { class: disagree && v !== common ? 'differs' : null }, h('bdi', null, v)),
        ),
      ),
    );
  });
  return h(
    'div',
    { class: 'scroll-x' },
    h('table', { class: 'reports' }, h('thead', null, head), h('tbody', null, said, rows)),
  );
}

/** How far past a report's sentence a quote still counts as about it (UTF-16 code units). */
const QUOTE_WINDOW = 300;

/** Quotes in the reporting documents near a report: from its sentence to a short way past it. */
async function nearbyQuotes(reports: readonly Report[]): Promise<HTMLElement[]> {
  const docs = [...new Set(reports.map((r) => r.document))].slice(0, 12);
  const details = await Promise.all(
    docs.map((id) => get<DocumentDetail>(`documents/${id}`).catch(() => null)),
  );
  const out: HTMLElement[] = [];
  for (const d of details) {
    if (!d) continue;
    const doc = d.document;
    const mine = reports.filter((r) => r.document === doc.id);
    const windows = mine.map((r) => {
      const i = doc.sentences.findIndex(([a, b]) => a <= r.span[0] && r.span[0] < b);
      const sentence = doc.sentences[i] ?? r.span;
      return [sentence[0], sentence[1] + QUOTE_WINDOW] as const;
    });
    for (const q of doc.quotes) {
      if (!windows.some(([a, b]) => q.span[0] < b && q.span[1] > a)) continue;
      const speaker = q.speaker ? doc.entities.find((e) => e.id === q.speaker) : null;
      out.push(
        h(
          'li',
          null,
          h('blockquote', null, h('bdi', null, doc.text.slice(q.span[0], q.span[1]))),
          '— ',
          speaker
            ? h('a', { href: route(`entity/${encodeURIComponent(speaker.key)}`) }, speaker.name)
            : (q.speakerText ?? 'unattributed'),
          ' · ',
          h(
            'a',
            { href: spanLink(doc.id, q.span) },
            h('bdi', null, doc.source.outlet ?? doc.title ?? doc.id),
          ),
        ),
      );
    }
  }
  return out;
}

/** An event: every report side by side, attributes that sources disagree on, quotes, places on a map. */
export const eventView: View = async (root, r, alive) => {
  const id = r.arg ?? '';
  const ev = await get<EventDetail>(`events/${encodeURIComponent(id)}`);
  if (!alive()) return;
  const entityLinks = (refs: readonly { key: string; name: string }[]) =>
    refs.length
      ? h(
          'ul',
          { class: 'chips' },
          refs.map((e) =>
            h(
              'li',
              null,
              h('a', { href: route(`entity/${encodeURIComponent(e.key)}`) }, h('bdi', null, e.name)),
            ),
          ),
        )
      : h('span', { class: 'muted' }, 'none named');
  const quotesList = h('ul', { class: 'quotes' }, h('li', { class: 'muted' }, 'Looking for quotes…'));
  const mapHolder = h(
    'div',
    null,
    ev.places.length
      ? h('p', { class: 'muted' }, 'Loading map…')
      : empty('No place is named for this event.'),
  );
  mount(
    root,
    h('p', { class: 'meta' }, h('a', { href: route('timeline') }, '← Timeline')),
    h('h1', null, h('bdi', null, ev.label)),
    h(
      'p',
      { class: 'meta' },
      `${humanise(ev.type)} · ${ev.status} · ${rangeLabel(ev.start, ev.end)}`,
      ev.timeFrom === 'published' ? ' (no time in the text: publication day)' : '',
      ` · ${ev.reports.length} report${ev.reports.length === 1 ? '' : 's'} from ${ev.sources} source${ev.sources === 1 ? '' : 's'}`,
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Actors'),
      h('dd', null, entityLinks(ev.actors)),
      h('dt', null, 'Targets'),
      h('dd', null, entityLinks(ev.targets)),
      h('dt', null, 'Places'),
      h('dd', null, entityLinks(ev.places)),
    ),
    section(
      ev.reports.length > SIDE_BY_SIDE ? 'Reports, one per row' : 'Reports side by side',
      reportsTable(ev.reports),
    ),
    section('Quotes about it', quotesList),
    section('Places', mapHolder),
  );
  const [quotes, places] = await Promise.all([
    nearbyQuotes(ev.reports),
    ev.places.length ? get<PlaceList>('places', { keys: ev.places.map((p) => p.key).join(',') }) : null,
  ]);
  if (!alive()) return;
  quotesList.replaceChildren(
    ...(quotes.length ? quotes : [h('li', null, empty('No quote in the sentences that report it.'))]),
  );
  if (places) {
    const located = places.items.filter((p) => p.lat !== null || p.countryNumeric);
    if (located.length === 0)
      mapHolder.replaceChildren(empty('The gazetteer has no coordinates for these places.'));
    else {
      const { placesMap } = await import('../map.ts');
      if (!alive()) return;
      mapHolder.replaceChildren(placesMap(located, 960, 480));
    }
  }
};
