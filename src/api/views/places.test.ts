import { describe, expect, it } from 'vitest';
import { exerciseFixtures } from '../fixtures.ts';
import { buildCorpus } from './corpus.ts';
import { placeList } from './places.ts';

describe('places for maps', () => {
  it('takes city coordinates and country codes from the entities gazetteer facts', () => {
    const docs = exerciseFixtures();
    const first = docs[0]!;
    const attrs: Record<string, Record<string, string | number>> = {
      Brest: { geonameId: 629634, country: 'BY', lat: 52.0975, lon: 23.6878 },
      Belarus: { country: 'BY' },
      Russia: { country: 'RU' },
    };
    const withFacts = {
      ...first,
      entities: first.entities.map((e) => (attrs[e.name] ? { ...e, attrs: attrs[e.name] } : e)),
    };
    const places = new Map(placeList(buildCorpus([withFacts, docs[1]!])).map((p) => [p.name, p]));
    expect(places.get('Brest')).toMatchObject({
      lat: 52.0975,
      lon: 23.6878,
      country: 'BY',
      isCountry: false,
    });
    expect(places.get('Belarus')).toMatchObject({
      lat: null,
      country: 'BY',
      countryNumeric: '112',
      isCountry: true,
    });
    expect(places.get('Russia')?.countryNumeric).toBe('643');
    // Not places: people and organisations.
    expect(places.has('NATO')).toBe(false);
    expect(places.has('Alexander Lukashenko')).toBe(false);
  });

  it('lists a place without facts with nothing to draw it by', () => {
    const places = placeList(buildCorpus(exerciseFixtures()));
    expect(places.find((p) => p.name === 'Brest')).toMatchObject({
      lat: null,
      lon: null,
      countryNumeric: null,
    });
  });
});
