import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/** The figures of a text as written, value, unit and qualifier. */
function figures(text: string) {
  return findQuantities({ text, sentences: splitSentences(text) }).map((q) => ({
    text: text.slice(q.span[0], q.span[1]),
    value: q.value,
    unit: q.unit,
    qualifier: q.qualifier,
  }));
}

describe('figures whose noun is elided or implied', () => {
  it('`N more`, `tens of thousands more`, `another N`, `a further N` count the last figure’s noun', () => {
    expect(figures('Russia sent 30,000 troops, and 10,000 more were on standby.')[1]).toEqual({
      text: '10,000 more',
      value: 10000,
      unit: 'troops',
      qualifier: 'exact',
    });
    expect(
      figures('Russia sent 30,000 troops, and tens of thousands more were on standby.')[1],
    ).toMatchObject({
      text: 'tens of thousands more',
      unit: 'troops',
      qualifier: 'vague',
    });
    expect(
      figures('Russia has 100,000 troops near Ukraine. Another 30,000 are in Belarus.')[1],
    ).toMatchObject({
      value: 30000,
      unit: 'troops',
    });
    expect(figures('Police held 40 people on Monday and a further 12 on Tuesday.')[1]).toMatchObject({
      value: 12,
      unit: 'people',
    });
  });

  it('a figure in words with no noun to inherit counts nothing; `more than` is a comparison', () => {
    expect(figures('The letters fill a box. Dozens more are piled on the table.')).toEqual([]);
    expect(figures('They sold 2,000 cars, 500 more than last year.')[1]?.unit).toBeNull();
  });

  it('`a 10,000-strong force` counts troops, `a 3,000-strong crowd` people', () => {
    expect(figures('A 10,000-strong force crossed the border.')).toEqual([
      { text: '10,000-strong force', value: 10000, unit: 'troops', qualifier: 'exact' },
    ]);
    expect(figures('A 3,000-strong crowd gathered.')[0]).toMatchObject({ unit: 'people' });
    expect(figures('It was a strong force.')).toEqual([]);
  });
});

describe('figures said to be killed, hurt or held count people', () => {
  it('a bare figure after such a verb, or a magnitude in words before or after one', () => {
    expect(figures('The strike killed 12 and wounded 30, officials said.').map((f) => f.unit)).toEqual([
      'people',
      'people',
    ]);
    expect(figures('Dozens were injured in the blast.')).toEqual([
      { text: 'Dozens', value: 12, unit: 'people', qualifier: 'vague' },
    ]);
    expect(figures('The shelling killed dozens.')[0]).toMatchObject({ unit: 'people', qualifier: 'vague' });
    expect(figures('Hundreds gathered in the square.')).toEqual([]);
  });

  it('the verb overrides a last noun that is no people, not one that is', () => {
    expect(figures('Russia lost 40 tanks, and the strike killed 30.')[1]?.unit).toBe('people');
    expect(figures('The attack killed 30 soldiers and wounded 40.')[1]?.unit).toBe('soldiers');
  });
});

describe('rates per a scale word', () => {
  it('`per thousand cubic metres` is the same denominator as `per 1,000 cubic metres`', () => {
    expect(figures('Gas prices jumped to 1,200 euros per thousand cubic metres.')[0]).toMatchObject({
      value: 1200,
      unit: 'EUR/1000 m3',
    });
    expect(figures('The rate was 30 deaths per thousand births.')[0]?.unit).toBe(
      figures('The rate was 30 deaths per 1,000 births.')[0]?.unit,
    );
  });
});

describe('numbers in names of bodies’ products and bills', () => {
  it('a plain number right after a body’s name is no count; a measure after it still is', () => {
    const at = (text: string, name: string) => [
      {
        kind: 'entity' as const,
        span: [text.indexOf(name), text.indexOf(name) + name.length] as [number, number],
      },
    ];
    const run = (text: string, name: string) =>
      findQuantities({
        text,
        sentences: splitSentences(text),
        entities: at(text, name).map((e) => ({
          ...e,
          type: 'organization' as const,
          by: 'test',
          text: name,
          cluster: 'c1',
          role: null,
        })) as never,
      }).map((q) => text.slice(q.span[0], q.span[1]));
    expect(run('His Boeing 757 jet is called Trump Force One.', 'Boeing')).toEqual([]);
    expect(run('Peabody gave Patriot 13 percent of its coal reserves.', 'Patriot')).toEqual(['13 percent']);
  });
});

describe('nouns shared and named by a model', () => {
  it('`14 Leopard 2 tanks` counts tanks; `2,500 Belarusian and 1,500 Russian servicemen` share the noun', () => {
    expect(figures('Ukraine received 14 Leopard 2 tanks.')).toEqual([
      { text: '14 Leopard 2 tanks', value: 14, unit: 'tanks', qualifier: 'exact' },
    ]);
    expect(figures('The exercise involved 2,500 Belarusian and 1,500 Russian servicemen.')).toEqual([
      { text: '2,500 Belarusian', value: 2500, unit: 'servicemen', qualifier: 'exact' },
      { text: '1,500 Russian servicemen', value: 1500, unit: 'servicemen', qualifier: 'exact' },
    ]);
    expect(figures('Between 2,500 and 3,000 troops took part.')).toHaveLength(1);
    // The model's number is no figure of its own, with or without a body's name known.
    expect(figures('They saw two Boeing 737 jets.')).toEqual([
      { text: 'two Boeing 737 jets', value: 2, unit: 'jets', qualifier: 'exact' },
    ]);
  });
});

describe('halves and a counted noun of the figure’s own clause', () => {
  it('`half a million`, `half a dozen`, `two and a half million` (not `a million`)', () => {
    expect(figures('Half a million people lost power.')).toEqual([
      { text: 'Half a million people', value: 500000, unit: 'people', qualifier: 'exact' },
    ]);
    expect(figures('About half a dozen drones were seen.')[0]).toMatchObject({ value: 6, unit: 'drones' });
    expect(figures('Two and a half million refugees fled.')[0]).toMatchObject({ value: 2500000 });
    expect(figures('It took half an hour.')).toEqual([]);
  });

  it('`casualties ranging from 5,000 to 7,000` counts casualties, not the last sentence’s noun', () => {
    const text =
      'More than 1.5 million refugees have fled. Officials estimated casualties ranging from 5,000 to 7,000.';
    expect(figures(text)[1]).toMatchObject({ value: 5000, unit: 'casualties', qualifier: 'range' });
    expect(
      figures('Two million refugees fled.\n\nOfficials put the death toll at between 5,000 and 7,000.')[1],
    ).toMatchObject({
      unit: 'people',
    });
    // With no noun of its own, the figure still counts the last one's (`Lithuania has 4,000`).
    expect(figures('Poland has 20,000 troops there. Lithuania has 4,000.')[1]).toMatchObject({
      unit: 'troops',
    });
  });
});

describe('a measure with its dimension', () => {
  it('`a 40-mile-long convoy`, `a 3-metre-high wall`: the measure, of the noun it describes', () => {
    expect(figures('A 40-mile-long convoy was seen north of the city.')).toEqual([
      { text: '40-mile-long', value: 40, unit: 'miles', qualifier: 'exact' },
    ]);
    expect(figures('They built a 3-metre-high wall.')[0]).toMatchObject({ value: 3, unit: 'm' });
    expect(figures('It was a long-range strike.')).toEqual([]);
  });
});
