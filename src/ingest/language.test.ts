import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOf, normaliseLanguageTag } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'Belarus and Russia will hold joint military exercises in February, the defence ministry said on Monday, as tensions grow.',
    ],
    [
      'en',
      'NATO says Russia has moved about 30,000 troops into Belarus. Officials in Minsk deny any plan to attack Ukraine from its territory.',
    ],
    [
      'de',
      'Belarus und Russland wollen im Februar gemeinsame Militärübungen abhalten, teilte das Verteidigungsministerium am Montag mit.',
    ],
    [
      'pl',
      'Białoruś i Rosja przeprowadzą w lutym wspólne ćwiczenia wojskowe, poinformowało w poniedziałek ministerstwo obrony.',
    ],
    [
      'ru',
      'Беларусь и Россия проведут совместные военные учения в феврале, сообщило министерство обороны в понедельник.',
    ],
    [
      'fr',
      'La Biélorussie et la Russie organiseront des exercices militaires conjoints en février, a indiqué lundi le ministère de la Défense.',
    ],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it('says nothing about very short texts', () => {
    expect(detectLanguage('Minsk.')).toBeNull();
  });
  it('normalises declared tags', () => {
    expect(normaliseLanguageTag('en-US')).toBe('en');
    expect(normaliseLanguageTag('ukr')).toBe('uk');
    expect(normaliseLanguageTag('??')).toBeNull();
  });
});

describe('languageOf: a declared language against the text', () => {
  const english =
    'The company said on Monday that it would cut about a third of its staff, and that the board had approved the plan in a meeting that was held last week in the capital.';
  const german =
    'Das Unternehmen teilte am Montag mit, dass es etwa ein Drittel seiner Stellen abbauen werde und der Vorstand den Plan in der vergangenen Woche gebilligt habe.';
  it('reads plainly English text as English whatever its page declares', () => {
    expect(languageOf('de', english)).toBe('en');
  });
  it('keeps the declared language of a text in another language', () => {
    expect(languageOf('de', german)).toBe('de');
    expect(languageOf('fr', german)).toBe('fr');
  });
  it('detects the language when none is declared', () => {
    expect(languageOf(null, german)).toBe('de');
    expect(languageOf(null, english)).toBe('en');
  });
});
