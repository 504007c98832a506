import { type ClaimDetail, type ClaimList, get } from '../api.ts';
import { SERIES_COLORS } from '../colors.ts';
import { dayLabel, dayNumber } from '../days.ts';
import { dayOf, empty, h, mount, route, s, spanLink } from '../dom.ts';
import type { View } from '../main.ts';
import { axisNumber, counted } from '../numbers.ts';

/** A figure's heading: its unit and what happened to what it counts (`people killed`). */
const title = (f: { unit: string; measure: string | null }) =>
  f.measure ? `${f.unit} ${f.measure}` : f.unit;

const W = 900;
const H = 360;
const PAD = { left: 70, right: 20, top: 16, bottom: 36 };
/** Point shapes per series, so series differ by more than colour. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

function marker(shape: (typeof SHAPES)[number], x: number, y: number, color: string): SVGElement {
  const r = 6;
  if (shape === 'circle') return s('circle', { cx: x, cy: y, r, fill: color });
  if (shape === 'square') return s('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: color });
  if (shape === 'diamond')
    return s('polygon', {
      points: `${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`,
      fill: color,
    });
  return s('polygon', {
    points: `${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`,
    fill: color,
  });
}

/** A figure over time by source: one series per claimant; every point links to its sentence. */
export function claimChart(c: ClaimDetail): SVGSVGElement {
  const dated = c.points.map((p, i) => ({ p, i })).filter(({ p }) => p.date);
  const days = dated.map(({ p }) => dayNumber(p.date!));
  const d0 = Math.min(...days) - 1;
  const d1 = Math.max(...days) + 1;
  const vmax = Math.max(...c.points.map((p) => p.max ?? p.value)) * 1.1 || 1;
  const x = (d: number) => PAD.left + ((d - d0) / Math.max(1, d1 - d0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / vmax) * (H - PAD.top - PAD.bottom);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round((vmax / 1.1) * f));
  const xTicks = [...new Set([d0 + 1, Math.round((d0 + d1) / 2), d1 - 1])];
  const series = c.series.map((ser, si) => {
    const color = SERIES_COLORS[si % SERIES_COLORS.length]!;
    const shape = SHAPES[si % SHAPES.length]!;
    const pts = ser.points
      .map((i) => ({ p: c.points[i]!, i }))
      .filter(({ p }) => p.date)
      .sort((a, b) => (a.p.date! < b.p.date! ? -1 : 1));
    const line =
      pts.length > 1
        ? s('polyline', {
            points: pts.map(({ p }) => `${x(dayNumber(p.date!))},${y(p.value)}`).join(' '),
            fill: 'none',
            stroke: color,
            'stroke-width': 1.5,
            'stroke-opacity': 0.6,
          })
        : null;
    return s(
      'g',
      { class: 'series', 'data-source': ser.source },
      line,
      pts.map(({ p }) => {
        const px = x(dayNumber(p.date!));
        const label = `${ser.source}: ${p.text} (${p.value.toLocaleString('en')}${p.max ? `–${p.max.toLocaleString('en')}` : ''}), ${p.date}, ${p.outlet ?? ''}`;
        return s(
          'a',
          { class: 'pt', href: spanLink(p.document, p.span), 'aria-label': label },
          s('title', null, `${label}\n${p.context}`),
          p.max
            ? s('line', { x1: px, x2: px, y1: y(p.value), y2: y(p.max), stroke: color, 'stroke-width': 2 })
            : null,
          marker(shape, px, y(p.value), color),
        );
      }),
    );
  });
  return s(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${W} ${H}`,
      role: 'group',
      'aria-label': `${title(c)}${c.about ? ` (${c.about})` : ''} over time by source`,
    },
    s(
      'g',
      { 'aria-hidden': 'true' },
      yTicks.map((v) =>
        s(
          'g',
          null,
          s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), stroke: '#e5e7eb' }),
          s('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, axisNumber(v)),
        ),
      ),
      // The last label ends at its tick (a centred one ran past the chart's edge).
      xTicks.map((d, i) =>
        s(
          'text',
          { x: x(d), y: H - 12, 'text-anchor': i > 0 && i === xTicks.length - 1 ? 'end' : 'middle' },
          dayLabel(d, true),
        ),
      ),
    ),
    series,
  );
}

function legend(c: ClaimDetail): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Sources' },
    c.series.map((ser, si) => {
      const sw = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      sw.style.background = SERIES_COLORS[si % SERIES_COLORS.length]!;
      return h(
        'li',
        null,
        sw,
        `${ser.source} (${ser.kind === 'speaker' ? 'quoted' : 'outlet'}, ${SHAPES[si % SHAPES.length]}) · ${ser.points.length}`,
      );
    }),
  );
}

/** Claims: figures reported across documents; one figure as a chart over time by source. */
export const claimsView: View = async (root, r, alive) => {
  const all = r.query.get('all');
  const listed = await get<ClaimList>('claims', { limit: 100, min: all ? undefined : 1 });
  if (!alive()) return;
  // Bare numbers with no unit (list numbers, scores, unitless counts of everything) are no figure
  // to compare across sources: listed only when all are asked for.
  const list = all ? listed : { ...listed, items: listed.items.filter((f) => f.unit !== '') };
  const id = r.arg ?? list.items.find((f) => f.sources > 1)?.id ?? list.items[0]?.id ?? null;
  const picker = h(
    'nav',
    { 'aria-label': 'Figures' },
    list.items.length
      ? h(
          'ul',
          null,
          list.items.map((f) =>
            h(
              'li',
              null,
              h(
                'a',
                { href: route(`claims/${f.id}`), 'aria-current': f.id === id ? 'true' : null },
                `${title(f)}${f.about ? ` — ${f.about}` : ''}`,
              ),
              h(
                'span',
                { class: 'meta' },
                ` ${counted(f.points, 'report')}, ${counted(f.sources, 'source')}`,
              ),
            ),
          ),
        )
      : empty('No figures yet: quantities with a unit appear here once documents are ingested.'),
  );
  if (!id) {
    mount(root, h('h1', null, 'Claims'), picker);
    return;
  }
  const c = await get<ClaimDetail>(`claims/${id}`);
  if (!alive()) return;
  const dated = c.points.filter((p) => p.date).length;
  mount(
    root,
    h('h1', null, 'Claims'),
    h(
      'div',
      { class: 'two' },
      h(
        'div',
        null,
        h('h2', null, `${title(c)}${c.about ? ` — ${c.about}` : ''}`),
        h(
          'p',
          { class: 'meta' },
          `${counted(c.points.length, 'report')} from ${counted(c.sources, 'source')}, ${dayOf(c.first)} to ${dayOf(c.last)}. Each point opens its sentence.`,
        ),
        dated
          ? claimChart(c)
          : empty('None of these reports is dated, so there is nothing to draw over time.'),
        legend(c),
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
                h('th', null, 'Date'),
                h('th', null, 'Source'),
                h('th', null, 'Figure'),
                h('th', null, 'Sentence'),
              ),
            ),
            h(
              'tbody',
              null,
              c.points.map((p) =>
                h(
                  'tr',
                  null,
                  h('td', null, dayOf(p.date)),
                  h(
                    'td',
                    null,
                    h('bdi', null, p.claimant.name),
                    p.outlet && p.claimant.name !== p.outlet ? [' · ', h('bdi', null, p.outlet)] : null,
                    p.duplicateOf
                      ? h('span', { class: 'meta' }, ' (reprint: not counted as a source)')
                      : null,
                  ),
                  h('td', null, h('bdi', null, p.text)),
                  h('td', null, h('a', { href: spanLink(p.document, p.span) }, h('bdi', null, p.context))),
                ),
              ),
            ),
          ),
        ),
      ),
      h('div', null, h('h2', null, 'Figures'), picker),
    ),
  );
};
