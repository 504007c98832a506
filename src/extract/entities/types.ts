import type { EntityType } from '../../model/mention.ts';
import type { ConllType } from './constants.ts';
import { capitalOf, countryName, GAZ, type Gazetteers, inCapitals, lexiconLines } from './gazetteers.ts';
import { tidyName } from './names.ts';

/**
 * From the tagger's four CoNLL types to sitrep's finer ones, with gazetteers and the words of the
 * name itself: countries, cities and capitals become `gpe` (with GeoNames facts), demonyms become
 * the `gpe` they name, project aliases give outlets (`media`), exercises (`named_event`) and
 * equipment, head words give facilities and military units. Sentence context (`drills`, `dubbed`)
 * is applied by the recogniser.
 */

/** A typed name: sitrep type, canonical name and facts. */
export interface Typed {
  readonly type: EntityType;
  readonly name: string;
  readonly attrs: Record<string, string | number | boolean | null>;
}

const FACILITY_HEADS = new Set([
  'base',
  'airbase',
  'airfield',
  'aerodrome',
  'airport',
  'range',
  'ground',
  'grounds',
  'polygon',
  'port',
  'harbour',
  'harbor',
  'station',
  'plant',
  'bridge',
  'depot',
  'barracks',
  'shipyard',
  // Venues: no person's name ends with them.
  'center',
  'centre',
  'arena',
  'stadium',
  'theatre',
  'theater',
  'pavilion',
  'amphitheatre',
  'amphitheater',
  'museum',
  'hospital',
  'observatory',
  'cathedral',
]);
const UNIT_HEADS = new Set([
  'brigade',
  'division',
  'regiment',
  'battalion',
  'army',
  'fleet',
  'corps',
  'forces',
  'guard',
  'guards',
  'command',
  'district',
  'squadron',
  'wing',
  'flotilla',
  'troops',
]);
/** Heads of place names (streets, squares, islands, waters) that no person's name ends with (not `Lake`, `Lane`, `Bay`: surnames). */
const PLACE_HEADS = new Set(
  'street avenue boulevard square road highway island islands river sea strait gulf valley mountains desert peninsula canal'.split(
    ' ',
  ),
);

/** Last words of administrative divisions that govern themselves (`Vigo County`, `Lviv Oblast`). */
export const DIVISION_HEADS = new Set(
  'county province oblast prefecture governorate municipality borough canton parish voivodeship raion krai'.split(
    ' ',
  ),
);

/**
 * Heads of company and institution names that no person's name ends with (`Take-Two Interactive`,
 * `Kotak Securities`, `Acme Corp`): the tagger's person is an organisation then.
 */
const ORG_HEADS = new Set(
  'inc inc. corp corp. corporation co. ltd ltd. llc plc gmbh group holdings holding bank securities technologies interactive entertainment studios studio airlines airways motors pharmaceuticals pharma partners capital ventures labs laboratories systems industries university institute foundation association council committee ministry party fund federation company enterprises software networks communications insurance investments energy petroleum logistics solutions consulting'.split(
    ' ',
  ),
);

/** Heads of outlet names that no person's name ends with. */
const NEVER_SURNAMES = new Set(['media', 'news', 'agency', 'tv', 'television', 'radio', 'broadcasting']);

const MEDIA_HEADS = new Set([
  'media',
  'news',
  'agency',
  'times',
  'post',
  'journal',
  'tv',
  'television',
  'radio',
  'telegraph',
  'gazette',
  'herald',
  'tribune',
  'press',
  'daily',
  'weekly',
  'broadcasting',
  'wire',
  'ledger',
  'observer',
  'monitor',
  'courier',
  'chronicle',
  'guardian',
  'mirror',
  'express',
  'bulletin',
  'dispatch',
  'inquirer',
  'reporter',
]);
/** Equipment designations: a short prefix, a hyphen and a number (`S-400`, `Su-35`, `MiG-29`, `T-72B3`). */
const DESIGNATION = /^[A-Z][A-Za-z]{0,3}-\d{2,3}[A-Z0-9]*$/;

let demonymCountries: Map<string, string> | null = null;

/** Demonym (lower-case) to country name: by stem against the country list, for the regular ones. */
function demonyms(gaz: Gazetteers): Map<string, string> {
  if (demonymCountries) return demonymCountries;
  const out = new Map<string, string>();
  const names = [...gaz.countries.values()].map((c) => c.names[0]!);
  for (const d of lexiconLines('demonyms.txt')) {
    // A plural of a listed demonym is that demonym's country (`Americans`: the United States, not
    // the first country whose name starts like it).
    const listed = gaz.aliases.get(d.replace(/s$/, ''));
    if (listed?.note === 'demonym') {
      out.set(d, listed.name);
      continue;
    }
    const stem = d.replace(/(ians|ian|ans|an|ese|ish|is|i|s|n)$/, '');
    if (stem.length < 4) continue;
    const country = names.find((n) => n.toLowerCase().startsWith(stem));
    if (country) out.set(d, country);
  }
  demonymCountries = out;
  return out;
}

const EDITION = /-(?:19|20)\d{2}$/;

/** A name without an edition year (`allied resolve-2022` → `allied resolve`); as it is when it has none. */
export function withoutEdition(lower: string): string {
  return lower.replace(EDITION, '');
}

/** The sitrep type, canonical name and facts of a name the tagger found. */
export function refineType(conll: ConllType | null, surface: string, gaz: Gazetteers): Typed {
  const name = tidyName(surface);
  const lower = name.toLowerCase();
  // A listed name with an edition year is that name (`Allied Resolve-2022`), unless the edition is listed itself (`Zapad-2021`).
  // A listed name that ends in a possessive is looked up as written (`McDonald's`, `Barron's`).
  const listed =
    gaz.aliases.get(lower) ??
    gaz.aliases.get(withoutEdition(lower)) ??
    gaz.aliases.get(surface.toLowerCase());
  const alias = listed?.caps && !inCapitals(name) ? undefined : listed;
  if (alias) {
    const attrs: Typed['attrs'] = {};
    if (alias.note === 'demonym') attrs.demonym = true;
    else if (alias.note) attrs.note = alias.note;
    return withPlace({ type: alias.type, name: alias.name, attrs }, gaz);
  }
  const country = gaz.countries.get(lower);
  if (country && conll !== 'PER' && conll !== 'ORG')
    return { type: 'gpe', name: country.names[0]!, attrs: { country: country.code } };
  const words = lower.split(' ');
  const head = words[words.length - 1]!;
  // `Kherson Oblast`, `Gifu Prefecture`: a division with a government of its own, unless the tagger
  // read an organisation (`Ross County` 3, a football club); context settles those (recognise.ts).
  if (words.length > 1 && DIVISION_HEADS.has(head) && conll !== 'ORG')
    return { type: 'gpe', name, attrs: {} };
  // `Abzas Media`, `Sky News`: no surname ends a person's name like that.
  if (conll === 'PER' && words.length > 1 && NEVER_SURNAMES.has(head))
    return { type: 'media', name, attrs: {} };
  // `Rustaveli Avenue`, `Snake Island`: a place head ends no person's name.
  if (conll === 'PER' && words.length > 1 && PLACE_HEADS.has(head))
    return { type: 'location', name, attrs: {} };
  if (conll === 'PER' && words.length > 1 && FACILITY_HEADS.has(head))
    return { type: 'facility', name, attrs: {} };
  if (conll === 'PER' && words.length > 1 && ORG_HEADS.has(head))
    return { type: 'organization', name, attrs: {} };
  // A name listed as an organisation, word for word (`Google`, `Ubisoft`), is one unless a word of
  // it is a listed first or last name (`Morris`, `Jordan`: such clashes stay with the tagger).
  if (conll === 'PER' && isListedOrg(words, gaz)) return { type: 'organization', name, attrs: {} };
  if (conll === 'PER') return { type: 'person', name, attrs: {} };
  if (conll === 'MISC' || conll === null) {
    const demonym = demonyms(gaz).get(lower);
    if (demonym) return withPlace({ type: 'gpe', name: demonym, attrs: { demonym: true } }, gaz);
    // A state before a title or a noun (`former Maryland Gov. Martin O'Malley`) is still the state.
    if (conll === 'MISC' && subdivisions().has(lower)) return { type: 'gpe', name, attrs: {} };
    if (DESIGNATION.test(name)) return { type: 'equipment', name, attrs: {} };
    if (words.length > 1 && MEDIA_HEADS.has(head)) return { type: 'media', name, attrs: {} };
    return { type: 'other', name, attrs: {} };
  }
  if (conll === 'LOC') {
    if (words.length > 1 && FACILITY_HEADS.has(head)) return { type: 'facility', name, attrs: {} };
    // `The Hollywood Reporter`, `Washington Post` read as places: an outlet's head word decides.
    if (words.length > 1 && NEVER_PLACE_MEDIA_HEADS.has(head)) return { type: 'media', name, attrs: {} };
    // A continent or a world region is no town of its name (`Asia`, a town in the Philippines).
    if (CONTINENTS.has(lower)) return { type: 'location', name, attrs: {} };
    const city = gaz.cities.get(lower);
    // A state or province with a government of its own (`California`, `Ontario`, `Bavaria`), also
    // when a small town abroad shares its name (`Colorado` in Brazil, `Virginia` in South Africa);
    // a large city of the name stays the city (`New York`, `São Paulo`).
    if (subdivisions().has(lower) && (!city || city.population < BIG_CITY))
      return { type: 'gpe', name, attrs: {} };
    if (city) return withPlace({ type: 'gpe', name: city.name, attrs: {} }, gaz);
    return { type: 'location', name, attrs: {} };
  }
  // ORG
  if (words.length > 1 && UNIT_HEADS.has(head)) return { type: 'military_unit', name, attrs: {} };
  if (MEDIA_HEADS.has(head) && words.length > 1 && !isGovernmentAgency(words))
    return { type: 'media', name, attrs: {} };
  return { type: 'organization', name, attrs: {} };
}

/** Words of a news agency's name before `Agency` (`Xinhua News Agency`, `Iranian Students' News Agency`). */
const NEWS_WORDS: ReadonlySet<string> = new Set(['news', 'press', 'information', 'telegraph', 'wire']);

/**
 * An agency of a state or of states named by what it does (`Environmental Protection Agency`,
 * `National Security Agency`, `World Anti-Doping Agency`): three words or more ending in `agency`
 * with no word of news in them. A news agency is named by its outlet (`Anadolu Agency`) or says so.
 */
function isGovernmentAgency(words: readonly string[]): boolean {
  return words.length >= 3 && words.at(-1) === 'agency' && !words.some((w) => NEWS_WORDS.has(w));
}

/** Outlet heads that end no place's name (not `Times` or `Post`: `Times Square`, a trading post). */
const NEVER_PLACE_MEDIA_HEADS = new Set(
  'reporter journal gazette herald tribune telegraph chronicle news radio tv television inquirer'.split(' '),
);

/** True when the name is an entry of the organisation list and none of its words is a listed first or last name. */
function isListedOrg(words: readonly string[], gaz: Gazetteers): boolean {
  if ((gaz.features.bits(words) & GAZ.org) === 0) return false;
  for (const w of words) if ((gaz.features.bits([w]) & (GAZ.first | GAZ.last)) !== 0) return false;
  return true;
}

/** Continents and world regions, lower-case: places, never the towns that share their names. */
const CONTINENTS: ReadonlySet<string> = new Set([
  'africa',
  'asia',
  'europe',
  'oceania',
  'antarctica',
  'america',
  'americas',
  'north america',
  'south america',
  'latin america',
  'central america',
  'eurasia',
  'middle east',
  'caucasus',
  'balkans',
  'scandinavia',
  'sahel',
]);

/** The population from which a city of a state's name is the city, not the state (`New York`). */
const BIG_CITY = 1_000_000;

let subdivisionNames: ReadonlySet<string> | null = null;
/** True for a first-level division of a federal country (`california`), lower-case. */
export function isSubdivision(lower: string): boolean {
  return subdivisions().has(lower);
}

/** First-level divisions of federal countries (`subdivisions.txt`), lower-case. */
function subdivisions(): ReadonlySet<string> {
  subdivisionNames ??= new Set(lexiconLines('subdivisions.txt').map((l) => l.trim()));
  return subdivisionNames;
}

/** Adds GeoNames or ISO facts to a gpe. */
function withPlace(t: Typed, gaz: Gazetteers): Typed {
  if (t.type !== 'gpe') return t;
  const lower = t.name.toLowerCase();
  const country = gaz.countries.get(lower);
  if (country) return { ...t, attrs: { ...t.attrs, country: country.code } };
  const city = gaz.cities.get(lower);
  if (city) {
    // A national capital names its country's government when it speaks (`Moscow denies …`): the
    // claims view reads `capitalOf` for that.
    const of = capitalOf(city.geonameId);
    const countryOf = of ? countryName(of) : null;
    return {
      ...t,
      attrs: {
        ...t.attrs,
        geonameId: city.geonameId,
        country: city.country,
        lat: city.lat,
        lon: city.lon,
        ...(countryOf ? { capitalOf: countryOf } : {}),
      },
    };
  }
  return t;
}

/** Words in a sentence near a name that make it a named event (exercises, operations). */
export const EVENT_AFTER = new Set([
  'drills',
  'drill',
  'exercise',
  'exercises',
  'war',
  'wargames',
  'maneuvers',
  'manoeuvres',
  'operation',
]);
/** Words before a name that introduce a named event. */
export const EVENT_BEFORE = new Set([
  'dubbed',
  'titled',
  'codenamed',
  'code-named',
  'so-called',
  'named',
  'operation',
  'exercise',
  'exercises',
  'drills',
]);

/** Context words after a name that make it a media outlet (`Pul Pervogo Telegram channel`). */
export const MEDIA_AFTER = new Set([
  'news',
  'agency',
  'newspaper',
  'channel',
  'tv',
  'television',
  'radio',
  'daily',
  'website',
  'outlet',
  'broadcaster',
]);
