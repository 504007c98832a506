import type { Timeline } from '../api.ts';
import { humanise, typeColor } from '../colors.ts';
import { dayLabel, dayNumber, dayString, rangeLabel, ticks } from '../days.ts';
import { empty, h, mount, route, s } from '../dom.ts';
import type { View } from '../main.ts';
import { fetchTimeline } from '../timeline-data.ts';

type Item = Timeline['items'][number];

/** An item with what drawing needs, computed once per load rather than once per draw. */
interface Bar {
  readonly it: Item;
  /** First and last day as day numbers. */
  readonly a: number;
  readonly b: number;
  /** What assistive technology and the tooltip say about the bar. */
  readonly label: string;
}

function toBar(it: Item): Bar {
  const note = it.timeFrom === 'published' ? ' (no time given: publication day)' : '';
  return {
    it,
    a: dayNumber(it.start),
    b: dayNumber(it.end),
    label: `${it.label}, ${humanise(it.type)}, ${rangeLabel(it.start, it.end)}${note}, ${it.reports} report${it.reports === 1 ? '' : 's'}`,
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The window a timeline opens on: where most events are (the 10th to 90th percentile of their
 * days, a week either side), so that a few references to years long past or ahead (an exercise
 * of 2021, one planned for 2023) do not squeeze the situation itself into a sliver.
 */
function focusWindow(bars: readonly Bar[]): [number, number] {
  const starts = bars.map((b) => b.a).sort((x, y) => x - y);
  const ends = bars.map((b) => b.b).sort((x, y) => x - y);
  const at = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  return [at(starts, 0.1) - FOCUS_PAD_DAYS, at(ends, 0.9) + FOCUS_PAD_DAYS];
}

/** One bar: a link to its event holding its rect and, where it fits, its label (a hot path: plain DOM calls). */
function barElement(bar: Bar, x0: number, y: number, w: number, labelOutside: boolean): SVGAElement {
  const { it } = bar;
  const a = document.createElementNS(SVG_NS, 'a');
  a.setAttribute('class', it.timeFrom === 'published' ? 'bar published' : 'bar');
  a.setAttribute('href', `#/event/${encodeURIComponent(it.id)}`);
  a.setAttribute('aria-label', bar.label);
  a.setAttribute('data-tip', bar.label);
  a.setAttribute('data-id', it.id);
  a.setAttribute('data-start', it.start);
  a.setAttribute('data-end', it.end);
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('x', String(x0));
  rect.setAttribute('y', String(y));
  rect.setAttribute('width', String(w));
  rect.setAttribute('height', String(BAR));
  rect.setAttribute('fill', typeColor(it.type));
  a.appendChild(rect);
  // A label only where it fits inside its bar; the tooltip names every bar.
  const inside = w >= it.label.length * LABEL_CHAR + 8;
  if (inside || labelOutside) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('class', inside ? 'inside' : 'outside');
    text.setAttribute('x', String(inside ? x0 + 4 : x0 + w + 4));
    text.setAttribute('y', String(y + BAR - 4));
    text.textContent = it.label;
    a.appendChild(text);
  }
  return a;
}

const ROW = 20;
const BAR = 15;
const AXIS = 28;
/** Width of a label character at 11 px (an estimate for fitting labels in bars). */
const LABEL_CHAR = 6.2;
/**
 * Most bars drawn as separate links (focusable, labelled). Past this the window is too dense to
 * tab through or label anyway: bars are drawn as one path per type (fast with 5,000 events), a
 * click opens the bar under the pointer, and the list below the chart is the keyboard path.
 */
const MAX_LINKED_BARS = 600;
/** Most bars that get a lane wide enough for their label beside them. */
const MAX_LABELLED_BARS = 150;
/** Events listed under the chart before "show more". */
const LIST_PAGE = 100;
/** Days of margin either side of the window a timeline opens on. */
const FOCUS_PAD_DAYS = 7;

/** Rows for the items (sorted by start): each goes in the first row free at its start (greedy). */
function lanes(bars: readonly Bar[], x: (day: number) => number, labels: boolean): number[] {
  const rowEnds: number[] = [];
  return bars.map((bar) => {
    const left = x(bar.a);
    const right = x(bar.b + 1) + (labels ? bar.it.label.length * LABEL_CHAR + 8 : 3);
    let row = rowEnds.findIndex((end) => end + 2 <= left);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(right);
    } else rowEnds[row] = right;
    return row;
  });
}

/** Draws the bars of the visible window as an SVG; every bar is a link to its event. */
function chart(all: readonly Bar[], from: number, to: number, width: number): SVGSVGElement {
  const span = to - from + 1;
  const x = (d: number) => ((d - from) / span) * width;
  const visible = all.filter((bar) => bar.b >= from && bar.a <= to);
  // Few bars: room is kept for each label after its bar. Many: labels only where they fit inside.
  const labels = visible.length <= MAX_LABELLED_BARS;
  const rows = lanes(visible, x, labels);
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
  const geometry = visible.map((bar, i) => {
    const x0 = Math.max(0, x(bar.a));
    return { bar, x0, y: AXIS + rows[i]! * ROW, w: Math.max(3, Math.min(width, x(bar.b + 1)) - x0) };
  });
  const bars = s('g', { class: 'bars' });
  if (visible.length <= MAX_LINKED_BARS)
    for (const g of geometry) bars.appendChild(barElement(g.bar, g.x0, g.y, g.w, labels));
  else {
    // Dense: one path per type draws every bar; a click finds the bar under the pointer.
    const paths = new Map<string, string[]>();
    for (const g of geometry) {
      const d = paths.get(g.bar.it.type) ?? [];
      d.push(`M${g.x0.toFixed(1)} ${g.y}h${g.w.toFixed(1)}v${BAR}h${(-g.w).toFixed(1)}z`);
      paths.set(g.bar.it.type, d);
    }
    for (const [type, d] of paths)
      bars.appendChild(
        s('path', { class: 'dense', d: d.join(''), fill: typeColor(type), 'data-type': type }),
      );
    bars.addEventListener('click', (e) => {
      const svg = bars.ownerSVGElement!;
      const r = svg.getBoundingClientRect();
      const px = ((e.clientX - r.left) / r.width) * width;
      const py = ((e.clientY - r.top) / r.height) * Number(svg.getAttribute('height'));
      const hit = geometry.find(
        (g) => py >= g.y && py <= g.y + BAR && px >= g.x0 - 1 && px <= g.x0 + g.w + 1,
      );
      if (hit) location.hash = `#/event/${encodeURIComponent(hit.bar.it.id)}`;
    });
  }
  return s(
    'svg',
    {
      class: `timeline${visible.length > MAX_LINKED_BARS ? ' dense' : ''}`,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'data-bars': visible.length,
      'aria-label': `Timeline from ${dayString(from)} to ${dayString(to)}: ${visible.length} events${visible.length > MAX_LINKED_BARS ? '; zoom in to reach each bar by keyboard, or use the list below' : ''}`,
    },
    axis,
    bars,
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
  performance.mark('sitrep:timeline-start');
  const data = await fetchTimeline(filters);
  if (!alive()) return;
  performance.mark('sitrep:timeline-data');
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

  const bars = items.map(toBar);
  const minDay = dayNumber(data.range.start ?? items[0]!.start);
  const maxDay = dayNumber(data.range.end ?? items.at(-1)!.end);
  const clamp = (d: number) => Math.min(maxDay, Math.max(minDay, d));
  const focus = focusWindow(bars);
  let from = q.get('from') ? clamp(dayNumber(q.get('from')!)) : clamp(focus[0]);
  let to = q.get('to') ? clamp(dayNumber(q.get('to')!)) : clamp(focus[1]);
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
    wrap.replaceChildren(chart(bars, from, to, width));
    status.textContent = `${items.length} events, ${rangeLabel(dayString(minDay), dayString(maxDay))}; showing ${rangeLabel(dayString(from), dayString(to))}`;
    listHolder.replaceChildren(
      eventList(bars.filter((bar) => bar.b >= from && bar.a <= to).map((bar) => bar.it)),
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
  performance.mark('sitrep:timeline-dom');
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
