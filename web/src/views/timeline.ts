import { allPages, type Timeline } from '../api.ts';
import { humanise, typeColor } from '../colors.ts';
import { dayLabel, dayNumber, dayString, rangeLabel, ticks } from '../days.ts';
import { empty, h, mount, route, s } from '../dom.ts';
import type { View } from '../main.ts';

type Item = Timeline['items'][number];

const ROW = 20;
const BAR = 15;
const AXIS = 28;
/** Events listed under the chart before "show more". */
const LIST_PAGE = 100;

/** Rows for the items (sorted by start): each goes in the first row free at its start (greedy). */
function lanes(
  items: readonly Item[],
  x: (day: number) => number,
  labelRoom: (it: Item) => number,
): number[] {
  const rowEnds: number[] = [];
  return items.map((it) => {
    const left = x(dayNumber(it.start));
    const right = Math.max(x(dayNumber(it.end) + 1), left + labelRoom(it));
    let row = rowEnds.findIndex((end) => end + 2 <= left);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(right);
    } else rowEnds[row] = right;
    return row;
  });
}

/** Draws the bars of the visible window as an SVG; every bar is a link to its event. */
function chart(items: readonly Item[], from: number, to: number, width: number): SVGSVGElement {
  const span = to - from + 1;
  const x = (d: number) => ((d - from) / span) * width;
  const visible = items.filter((it) => dayNumber(it.end) >= from && dayNumber(it.start) <= to);
  const rows = lanes(visible, x, (it) => Math.min(180, it.label.length * 6.5 + 8));
  const height = AXIS + (Math.max(0, ...rows) + 1) * ROW + 8;
  const axis = s(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    ticks(from, to, width).map((t) =>
      s(
        'g',
        null,
        s('line', {
          x1: x(t.day),
          x2: x(t.day),
          y1: AXIS - 6,
          y2: height,
          'stroke-width': t.major ? 1.5 : 0.6,
        }),
        s(
          'text',
          { x: x(t.day) + 3, y: 12 },
          dayLabel(t.day, t.major && new Date(t.day * 864e5).getUTCMonth() === 0),
        ),
      ),
    ),
  );
  const bars = visible.map((it, i) => {
    const x0 = Math.max(0, x(dayNumber(it.start)));
    const x1 = Math.min(width, x(dayNumber(it.end) + 1));
    const y = AXIS + rows[i]! * ROW;
    const w = Math.max(3, x1 - x0);
    const when = rangeLabel(it.start, it.end);
    const note = it.timeFrom === 'published' ? ' (no time given: publication day)' : '';
    return s(
      'a',
      {
        class: `bar${it.timeFrom === 'published' ? ' published' : ''}`,
        href: route(`event/${it.id}`),
        'aria-label': `${it.label}, ${humanise(it.type)}, ${when}${note}, ${it.reports} report${it.reports === 1 ? '' : 's'}`,
        'data-id': it.id,
        'data-start': it.start,
        'data-end': it.end,
      },
      s('title', null, `${it.label} — ${when}${note}`),
      s('rect', { x: x0, y, width: w, height: BAR, fill: typeColor(it.type) }),
      s('text', { x: x0 + (w > 40 ? 4 : w + 3), y: y + BAR - 4 }, it.label),
    );
  });
  return s(
    'svg',
    {
      class: 'timeline',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': `Timeline from ${dayString(from)} to ${dayString(to)}: ${visible.length} events`,
    },
    axis,
    s('g', { class: 'bars' }, bars),
  );
}

function eventList(items: readonly Item[]): HTMLElement {
  const tbody = h('tbody');
  let shown = 0;
  const more = h('button', { type: 'button' }, 'Show more events');
  const fill = () => {
    for (const it of items.slice(shown, shown + LIST_PAGE))
      tbody.append(
        h(
          'tr',
          null,
          h('td', null, rangeLabel(it.start, it.end)),
          h('td', null, h('a', { href: route(`event/${it.id}`) }, h('bdi', null, it.label))),
          h('td', null, humanise(it.type)),
          h('td', null, it.status),
          h('td', null, String(it.reports)),
        ),
      );
    shown = Math.min(items.length, shown + LIST_PAGE);
    more.hidden = shown >= items.length;
  };
  more.addEventListener('click', fill);
  fill();
  return h(
    'div',
    { class: 'scroll-x' },
    h(
      'table',
      { class: 'events' },
      h('caption', { class: 'muted' }, `${items.length} events in this window`),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', null, 'When'),
          h('th', null, 'Event'),
          h('th', null, 'Type'),
          h('th', null, 'Status'),
          h('th', null, 'Reports'),
        ),
      ),
      tbody,
    ),
    more,
  );
}

/** Timeline of events: bars for intervals, filters by type, actor and place, zoom and pan. */
export const timelineView: View = async (root, r, alive) => {
  const q = r.query;
  const filters = { type: q.get('type'), actor: q.get('actor'), place: q.get('place') };
  const data = await allPages<Timeline>('timeline', { ...filters, limit: 1000 });
  if (!alive()) return;
  const items = data.items;
  const types = data.facets.type;

  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      'aria-label': 'Filter events',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const fd = new FormData(e.target as HTMLFormElement);
        location.hash = route('timeline', {
          type: String(fd.get('type') ?? ''),
          actor: String(fd.get('actor') ?? '').trim(),
          place: String(fd.get('place') ?? '').trim(),
        });
      },
    },
    h(
      'label',
      null,
      'Type',
      h(
        'select',
        { name: 'type' },
        h('option', { value: '' }, 'all types'),
        [...new Set([...types.map((t) => t.value), ...(filters.type ? [filters.type] : [])])].map((t) =>
          h('option', { value: t, selected: t === filters.type }, humanise(t)),
        ),
      ),
    ),
    h(
      'label',
      null,
      'Actor',
      h('input', { name: 'actor', value: filters.actor ?? '', placeholder: 'name or key' }),
    ),
    h(
      'label',
      null,
      'Place',
      h('input', { name: 'place', value: filters.place ?? '', placeholder: 'name or key' }),
    ),
    h('button', { type: 'submit' }, 'Filter'),
    filters.type || filters.actor || filters.place
      ? h('a', { href: route('timeline') }, 'Clear filters')
      : null,
  );

  const heading = h('h1', null, 'Timeline of events');
  if (items.length === 0) {
    const filtered = Boolean(filters.type || filters.actor || filters.place);
    mount(
      root,
      heading,
      form,
      empty(
        filtered
          ? 'No event matches these filters.'
          : 'No events yet: the store has no documents with extracted events. Ingest articles, or browse the ',
        filtered ? null : h('a', { href: route('documents') }, 'documents'),
        filtered ? null : ' and ',
        filtered ? null : h('a', { href: route('claims') }, 'claims'),
        filtered ? null : '.',
      ),
    );
    return;
  }

  const minDay = dayNumber(data.range.start ?? items[0]!.start);
  const maxDay = dayNumber(data.range.end ?? items.at(-1)!.end);
  const clamp = (d: number) => Math.min(maxDay, Math.max(minDay, d));
  let from = q.get('from') ? clamp(dayNumber(q.get('from')!)) : minDay;
  let to = q.get('to') ? clamp(dayNumber(q.get('to')!)) : maxDay;
  if (to < from) [from, to] = [minDay, maxDay];

  const wrap = h('div', {
    class: 'timeline-wrap',
    tabindex: '0',
    'aria-label': 'Timeline chart; + and - zoom, arrow keys pan',
  });
  const status = h('p', { class: 'meta', 'aria-live': 'polite' });
  const listHolder = h('div');
  const draw = () => {
    const width = Math.max(320, wrap.clientWidth - 2);
    wrap.replaceChildren(chart(items, from, to, width));
    status.textContent = `${items.length} events, ${rangeLabel(dayString(minDay), dayString(maxDay))}; showing ${rangeLabel(dayString(from), dayString(to))}`;
    listHolder.replaceChildren(
      eventList(items.filter((it) => dayNumber(it.end) >= from && dayNumber(it.start) <= to)),
    );
  };
  const setWindow = (a: number, b: number) => {
    const len = Math.max(1, b - a);
    if (a < minDay) [a, b] = [minDay, minDay + len];
    if (b > maxDay) [a, b] = [Math.max(minDay, maxDay - len), maxDay];
    from = Math.round(a);
    to = Math.round(b);
    draw();
    history.replaceState(
      null,
      '',
      route('timeline', { ...filters, from: dayString(from), to: dayString(to) }),
    );
  };
  const zoom = (factor: number, centre = (from + to) / 2) => {
    const len = Math.max(2, (to - from) * factor);
    setWindow(
      centre - len * ((centre - from) / Math.max(1, to - from)),
      centre + len * ((to - centre) / Math.max(1, to - from)),
    );
  };
  const pan = (dir: number) => {
    const step = Math.max(1, Math.round((to - from) / 3));
    setWindow(from + dir * step, to + dir * step);
  };
  wrap.addEventListener('keydown', (e) => {
    if (e.target !== wrap) return;
    if (e.key === '+' || e.key === '=') zoom(0.5);
    else if (e.key === '-') zoom(2);
    else if (e.key === 'ArrowLeft') pan(-1);
    else if (e.key === 'ArrowRight') pan(1);
    else return;
    e.preventDefault();
  });
  wrap.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      const rect = wrap.getBoundingClientRect();
      const centre =
        from + ((e.clientX - rect.left + wrap.scrollLeft) / Math.max(1, rect.width)) * (to - from + 1);
      zoom(e.deltaY < 0 ? 0.7 : 1.4, centre);
    },
    { passive: false },
  );
  const tools = h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Zoom and pan' },
    h('button', { type: 'button', onclick: () => zoom(0.5) }, 'Zoom in'),
    h('button', { type: 'button', onclick: () => zoom(2) }, 'Zoom out'),
    h('button', { type: 'button', onclick: () => pan(-1), 'aria-label': 'Earlier' }, '◀ Earlier'),
    h('button', { type: 'button', onclick: () => pan(1), 'aria-label': 'Later' }, 'Later ▶'),
    h('button', { type: 'button', onclick: () => setWindow(minDay, maxDay) }, 'Whole range'),
  );
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Event types' },
    types.map((t) =>
      h(
        'li',
        null,
        h('span', { class: 'swatch', 'data-type': t.value, 'aria-hidden': 'true' }),
        `${humanise(t.value)} (${t.count})`,
      ),
    ),
    h('li', { class: 'muted' }, 'dashed: no time in the text, drawn on the publication day'),
  );
  mount(root, heading, form, tools, status, wrap, legend, h('h2', null, 'Events'), listHolder);
  // Swatch colours through the CSSOM (allowed by the page's CSP, unlike style attributes).
  for (const sw of legend.querySelectorAll<HTMLElement>('.swatch'))
    sw.style.background = typeColor(sw.dataset.type ?? '');
  draw();
  let lastWidth = wrap.clientWidth;
  const ro = new ResizeObserver(() => {
    if (!root.contains(wrap)) return ro.disconnect();
    if (Math.abs(wrap.clientWidth - lastWidth) > 8) {
      lastWidth = wrap.clientWidth;
      draw();
    }
  });
  ro.observe(wrap);
  // Time from navigation to the bars drawn, for the bench (read with performance.getEntriesByName).
  requestAnimationFrame(() => performance.mark('sitrep:timeline-drawn', { detail: { bars: items.length } }));
};
