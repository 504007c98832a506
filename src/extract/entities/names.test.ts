import { describe, expect, it } from 'vitest';
import { foldWord, nameKey, tidyName } from './names.ts';

describe('nameKey', () => {
  it.each([
    ['Lukashenko', 'Lukashenka'],
    ['Gulevich', 'Hulevich'],
    ['Alexander', 'Alyaksandr'],
    ['Viktor', 'Viktar'],
    ['Kiev', 'Kyiv'],
    ['Grodno', 'Hrodna'],
    ['Alexander Lukashenko', 'Alyaksandr Lukashenka'],
  ])('folds %s and %s to one key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Putin', 'Poland'],
    ['Minsk', 'Moscow'],
    ['Viktor Gulevich', 'Viktor Khrenin'],
    // Two-letter codes keep their letters; names in another script keep theirs.
    ['CA', 'CO'],
    ['NJ', 'NY'],
    ['Анна', 'Руси'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('keys a name in another script by its letters, never by an empty key', () => {
    expect(nameKey('Андрей Рудьков')).toBe('андрей рудьков');
    expect(nameKey('NATO')).toBe(nameKey('Nato'));
  });

  it('ignores case and diacritics', () => {
    expect(foldWord('LUKAŠENKA')).toBe(foldWord('Lukashenka'.replace('sh', 's')));
    expect(foldWord('Zürich')).toBe(foldWord('zurich'));
  });
});

describe('tidyName', () => {
  it('drops possessives and quotes', () => {
    expect(tidyName('Belarus’')).toBe('Belarus');
    expect(tidyName("NATO's")).toBe('NATO');
    expect(tidyName('“Allied Resolve”')).toBe('Allied Resolve');
  });
});
