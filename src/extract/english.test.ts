import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from './english.ts';
import { read } from './pipeline.ts';

const english =
  'Belarus and Russia will hold joint drills next month, the defence ministry said on Tuesday. ' +
  'The exercise is to take place on the western and southern frontiers of the country, and it ' +
  'will test how fast the two armies can deploy. Officials said that the number of troops was not ' +
  'yet fixed, and they declined to say which units would take part in the drills this year.';
const italian =
  'Le offerte della settimana sono arrivate e ci sono occasioni da non perdere per gli amanti dei ' +
  'film e delle serie. Ecco allora una lista di cofanetti e collezioni che tornano disponibili a ' +
  'prezzi molto bassi, con sconti fino alla meta del prezzo pieno per molti titoli che hanno fatto ' +
  'la storia del cinema e della televisione negli anni ottanta e novanta, per tutti i gusti.';
const russian = 'Министерство обороны сообщило во вторник, что учения пройдут на западной границе страны.';

describe('reading English only', () => {
  it('tells English from other languages by script and function words', () => {
    expect(readsAsEnglish(english)).toBe(true);
    expect(readsAsEnglish(italian)).toBe(false);
    expect(readsAsEnglish(russian)).toBe(false);
    // Negative: a short line cannot tell, and a Cyrillic name in English text does not decide.
    expect(readsAsEnglish('MINSK, Feb 15 (Wire) - Belarus said 3,000 troops left.')).toBe(true);
    expect(readsAsEnglish(`${english} Лукашенко spoke.`)).toBe(true);
  });

  it('reads no facts from a page in another language, says why, and keeps its sentences', () => {
    const r = read({
      text: italian,
      published: null,
      updates: [],
      language: 'it',
      links: [],
      dateline: null,
    });
    expect(r.mentions.some((m) => m.kind === 'sentence')).toBe(true);
    expect(r.mentions.some((m) => m.kind === 'entity' || m.kind === 'quantity')).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toContain('LANGUAGE_UNSUPPORTED');
    const en = read({
      text: english,
      published: null,
      updates: [],
      language: 'en',
      links: [],
      dateline: null,
    });
    expect(en.mentions.some((m) => m.kind === 'entity')).toBe(true);
    expect(en.diagnostics.map((d) => d.code)).not.toContain('LANGUAGE_UNSUPPORTED');
  });
});
