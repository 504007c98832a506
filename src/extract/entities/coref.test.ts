import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/mention.ts';
import { type Draft, oneTypePerName } from './coref.ts';

/** Drafts of names in sentence order: [name, type, speaker?]; sentence 0 is the first (a headline's). */
function drafts(...items: [string, EntityType, boolean?][]): Draft[] {
  return items.map(([name, type, speaker], i) => ({
    si: i + 1,
    start: 0,
    end: 1,
    span: [i * 10, i * 10 + name.length],
    type,
    name,
    attrs: {},
    role: null,
    roleOf: null,
    by: 'entity@1:model',
    cluster: -1,
    ...(speaker ? { speaker } : {}),
  }));
}

const types = (ds: readonly Draft[]) => ds.map((d) => `${d.name}:${d.type}`);

describe('one name, one kind of thing in a document', () => {
  it('types every mention of a name as most of them are, a speaker counting more', () => {
    const ds = drafts(
      ['Vogel', 'organization'],
      ['Vogel', 'person', true],
      ['Vogel', 'person', true],
      ['Vogel', 'organization'],
    );
    oneTypePerName(ds);
    expect(new Set(ds.map((d) => d.type))).toEqual(new Set(['person']));
    const places = drafts(['Glasgow', 'gpe'], ['Glasgow', 'person'], ['Glasgow', 'gpe']);
    oneTypePerName(places);
    expect(new Set(places.map((d) => d.type))).toEqual(new Set(['gpe']));
  });

  it('never makes a person of a name ending in a capital after a small letter', () => {
    const ds = drafts(['SpaceX', 'person', true], ['SpaceX', 'person'], ['SpaceX', 'organization']);
    oneTypePerName(ds);
    expect(types(ds)).toEqual(['SpaceX:organization', 'SpaceX:organization', 'SpaceX:organization']);
  });

  it('takes a full name for a person when the document uses its first or last word alone for one', () => {
    const ds = drafts(
      ['Jeb Bush', 'organization'],
      ['Jeb', 'person'],
      ['Jeb Bush', 'person'],
      ['Bush', 'organization'],
    );
    oneTypePerName(ds);
    expect(types(ds)).toEqual(['Jeb Bush:person', 'Jeb:person', 'Jeb Bush:person', 'Bush:person']);
  });

  it('gives a surname read as an organisation to the full name, but not a place, a listed one or a brand', () => {
    const ds = drafts(
      ['Charles Koch', 'person'],
      ['Koch', 'organization'],
      ['Michael Jordan', 'person'],
      ['Jordan', 'gpe'],
      ['Ted Turner', 'person'],
      ['Turner', 'location'],
    );
    oneTypePerName(ds);
    expect(types(ds)).toEqual([
      'Charles Koch:person',
      'Koch:person',
      'Michael Jordan:person',
      'Jordan:gpe',
      'Ted Turner:person',
      'Turner:location',
    ]);
  });

  it('keeps names that only share a looser key apart, and media, units and events as they are', () => {
    const ds = drafts(
      ['Clinton', 'person'],
      ['Clintonian', 'other'],
      ['Reuters', 'media'],
      ['Reuters', 'person'],
    );
    oneTypePerName(ds);
    expect(types(ds)).toEqual(['Clinton:person', 'Clintonian:other', 'Reuters:media', 'Reuters:person']);
  });
});
