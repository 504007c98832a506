import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoCentroid,
  geoEqualEarth,
  geoMercator,
  geoPath,
} from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import type { Place } from './api.ts';
import { route, s } from './dom.ts';

/**
 * A map of places, drawn offline: country outlines from world-atlas (Natural Earth, bundled), cities
 * as points from their gazetteer coordinates, countries named in the text shaded. Loaded on demand,
 * so the other views do not carry the outline data.
 */

/** Closest zoom (d3 Mercator scale): about 1,500 km across at 960 px. */
const MAX_SCALE = 1500;

type Countries = FeatureCollection<Geometry, { name: string }>;
let countries: Countries | null = null;

function outlines(): Countries {
  if (!countries) {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countries = feature(topo, topo.objects.countries) as Countries;
  }
  return countries;
}

/** Draws the places: every point and shaded country is a link to its entity page. */
export function placesMap(places: readonly Place[], width = 960, height = 560): SVGSVGElement {
  const all = outlines();
  const hitIds = new Set(places.filter((p) => p.isCountry && p.countryNumeric).map((p) => p.countryNumeric!));
  const points = places.filter((p) => p.lat !== null && p.lon !== null);
  const focus: GeoPermissibleObjects[] = [
    ...all.features.filter((f) => hitIds.has(String(f.id))),
    ...points.map(
      (p) =>
        ({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [p.lon!, p.lat!] },
        }) as GeoPermissibleObjects,
    ),
  ];
  let projection: GeoProjection;
  if (focus.length === 0) projection = geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
  else {
    const collection = { type: 'FeatureCollection', features: focus } as unknown as GeoPermissibleObjects;
    projection = geoMercator().fitExtent(
      [
        [40, 30],
        [width - 40, height - 30],
      ],
      collection,
    );
    // One city (or several at one spot) has no extent to fit: show a region around it instead.
    const scale = projection.scale();
    if (!(scale > 0) || scale > MAX_SCALE || !Number.isFinite(projection.translate()[0]))
      projection = geoMercator()
        .center(geoCentroid(collection))
        .scale(MAX_SCALE)
        .translate([width / 2, height / 2]);
  }
  const path = geoPath(projection);
  const byNumeric = new Map(places.filter((p) => p.isCountry).map((p) => [p.countryNumeric, p]));
  const shapes = all.features.map((f) => {
    const place = byNumeric.get(String(f.id));
    const d = path(f) ?? '';
    if (!place) return s('path', { class: 'country', d, 'aria-hidden': 'true' });
    return s(
      'a',
      {
        href: route(`entity/${encodeURIComponent(place.key)}`),
        'aria-label': `${place.name} (country, ${place.documents} documents)`,
      },
      s('title', null, `${place.name}: ${place.documents} documents`),
      s('path', { class: 'country hit', d }),
    );
  });
  const dots = points.map((p) => {
    const xy = projection([p.lon!, p.lat!]);
    if (!xy) return null;
    const r = Math.min(10, 3 + Math.sqrt(p.documents) * 1.5);
    return s(
      'a',
      {
        class: 'point',
        href: route(`entity/${encodeURIComponent(p.key)}`),
        'aria-label': `${p.name} (${p.documents} documents)`,
      },
      s('title', null, `${p.name} — ${p.lat!.toFixed(2)}, ${p.lon!.toFixed(2)} · ${p.documents} documents`),
      s('circle', { cx: xy[0], cy: xy[1], r }),
      s('text', { x: xy[0] + r + 2, y: xy[1] + 4 }, p.name),
    );
  });
  return s(
    'svg',
    {
      class: 'map',
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': `Map of ${places.length} places`,
    },
    s('g', null, shapes),
    s('g', null, dots),
  );
}
