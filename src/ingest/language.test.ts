import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag } from './language.ts';

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
