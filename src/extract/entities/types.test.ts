import { describe, expect, it } from 'vitest';
import { compiledPhrasesFresh, GAZ, gazetteers, matchSentence } from './gazetteers.ts';
import { conllTypeOf } from './recognise.ts';
import { refineType } from './types.ts';

describe('refineType', () => {
  const gaz = gazetteers();
  it.each([
    ['LOC', 'Belarus', 'gpe', 'Belarus'],
    ['LOC', 'Russian Federation', 'gpe', 'Russia'],
    ['MISC', 'Ukrainian', 'gpe', 'Ukraine'],
    ['MISC', 'Lithuanian', 'gpe', 'Lithuania'],
    // Plurals of listed demonyms, and demonyms whose stem begins another country's name.
    ['MISC', 'Americans', 'gpe', 'United States'],
    ['MISC', 'Austrians', 'gpe', 'Austria'],
    ['MISC', 'Nigerian', 'gpe', 'Nigeria'],
    ['MISC', 'Indians', 'gpe', 'India'],
    ['MISC', 'Georgians', 'gpe', 'Georgia'],
    ['LOC', 'Kiev', 'gpe', 'Kyiv'],
    ['LOC', 'Osipovichi', 'gpe', 'Asipovichy'],
    ['LOC', 'Baltics', 'location', 'Baltic states'],
    ['LOC', 'Brest', 'gpe', 'Brest'],
    ['LOC', 'Siberia', 'location', 'Siberia'],
    // A state or province is a government of its own: a gpe.
    ['LOC', 'California', 'gpe', 'California'],
    ['LOC', 'Ontario', 'gpe', 'Ontario'],
    ['LOC', 'Baranovichi Air Base', 'facility', 'Baranovichi Air Base'],
    ['ORG', '38th Air Assault Brigade', 'military_unit', '38th Air Assault Brigade'],
    ['ORG', 'Belta', 'media', 'BelTA'],
    ['ORG', 'Moscow Times', 'media', 'The Moscow Times'],
    ['ORG', 'Kremlin', 'organization', 'Kremlin'],
    ['MISC', 'Zapad-2021', 'named_event', 'Zapad-2021'],
    ['MISC', 'Su-35', 'equipment', 'Su-35'],
    ['MISC', 'MiG-29', 'equipment', 'MiG-29'],
    ['MISC', 'Olympics', 'other', 'Olympics'],
    ['PER', 'Viktor Gulevich', 'person', 'Viktor Gulevich'],
    ['PER', 'Jordan', 'person', 'Jordan'],
    // A company's head word, or a listed company word for word, outweighs the tagger's person.
    ['PER', 'Take-Two Interactive', 'organization', 'Take-Two Interactive'],
    ['PER', 'Kotak Securities', 'organization', 'Kotak Securities'],
    ['PER', 'Google', 'organization', 'Google'],
    // Negative: a listed company that is also a surname stays with the tagger.
    ['PER', 'Morris', 'person', 'Morris'],
    ['LOC', 'Mesa Valley Reporter', 'media', 'Mesa Valley Reporter'],
    ['PER', 'Blossom Music Center', 'facility', 'Blossom Music Center'],
    ['LOC', 'Shoreline Amphitheatre', 'facility', 'Shoreline Amphitheatre'],
    // Negative: `Times` ends place names too.
    ['LOC', 'Times Square', 'location', 'Times Square'],
  ] as const)('%s %s → %s %s', (conll, surface, type, name) => {
    expect(refineType(conll, surface, gaz)).toMatchObject({ type, name });
  });

  it('adds GeoNames facts to cities and ISO codes to countries', () => {
    expect(refineType('LOC', 'Hrodna', gaz).attrs).toMatchObject({ geonameId: 627904, country: 'BY' });
    expect(refineType('LOC', 'Poland', gaz).attrs).toEqual({ country: 'PL' });
  });

  it('scores demonyms as MISC and places as LOC in CoNLL terms', () => {
    expect(conllTypeOf({ ...refineType('MISC', 'Russian', gaz), conll: 'MISC' })).toBe('MISC');
    expect(conllTypeOf({ ...refineType('LOC', 'Minsk', gaz), conll: 'LOC' })).toBe('LOC');
    expect(conllTypeOf({ ...refineType('ORG', 'Interfax', gaz), conll: 'ORG' })).toBe('ORG');
  });
});

describe('matchSentence', () => {
  it('marks the longest gazetteer phrase from capitalised words only', () => {
    const { features } = gazetteers();
    const words = ['in', 'Los', 'Angeles', 'and', 'los', 'angeles'];
    const { begin, inside } = matchSentence(
      features,
      words.map((w) => w.toLowerCase()),
      words.map((w) => /^[A-Z]/.test(w)),
    );
    expect(begin[1]! & 2).toBe(2);
    expect(inside[2]! & 2).toBe(2);
    expect(begin[4]).toBe(0);
  });

  it('the compiled phrase table is fresh (else: npm run train:ner -- --compile-only)', () => {
    expect(compiledPhrasesFresh()).toBe(true);
  });

  it('gives a phrase the bits of every list it is in', () => {
    const { features } = gazetteers();
    expect(features.bits(['poland']) & GAZ.country).toBe(GAZ.country);
    expect(features.bits(['los', 'angeles']) & GAZ.city).toBe(GAZ.city);
    expect(features.bits(['no-such-place-x'])).toBe(0);
  });
});
