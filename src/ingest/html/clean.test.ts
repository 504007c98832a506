import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.ts';
import { dropBoilerplate } from './clean.ts';

function block(text: string, extra: Partial<Block> = {}): Block {
  return { text, links: [], tag: 'p', figure: false, linkChars: 0, timeChars: 0, ...extra };
}

const TITLE = 'Harbour town opens flood barrier early';

const kept = (b: Block, i = 5) => {
  const padding = Array.from({ length: i }, (_, k) => block(`Padding paragraph number ${k} of the story.`));
  return dropBoilerplate([...padding, b], TITLE).includes(b);
};

describe('dropBoilerplate', () => {
  it.each([
    ['a caption', block('The gates seen from the pier.', { figure: true })],
    ['a menu item', block('Sport', { tag: 'li', linkChars: 5 })],
    ['a related-story link', block('Pier repairs delayed again', { linkChars: 22 })],
    ['the page time stamp', block('5. Juni 2021', { timeChars: 9 })],
    ['an English time stamp', block('Updated 1:39 am EST, Wednesday, November 20, 2019')],
    ['a bare date', block('Nov. 20, 2019, 9:28 AM UTC')],
    ['a byline', block('By Mara Quillfeather')],
    ['a dated byline', block('By Justine Coleman - 11/18/19 11:04 PM EST')],
    ['an advertisement label', block('Advertisement')],
    ['a read-more line', block('Read more: Ferry timetable changes for the winter')],
    ['a credit caption', block('Crews closing the gates on Monday (Image: Ledger staff)')],
    ['a photo credit', block('Image copyright Getty Images')],
    ['a bare URL', block('https://ledger.example/news/2022/01/17/flood-barrier')],
    ['a newsletter prompt', block('Sign up to our newsletter for the morning briefing in your inbox.')],
    ['a cookie notice', block('We use cookies to improve this site.')],
  ])('drops %s', (_, b) => {
    expect(kept(b)).toBe(false);
  });

  it('drops the repeated headline near the top only', () => {
    const h = block('Harbour town opens flood barrier early', { tag: 'h1' });
    expect(dropBoilerplate([h, block('The council opened the barrier.')], TITLE)).not.toContain(h);
    expect(kept(h, 12)).toBe(true);
  });

  it.each([
    ['article prose', 'The council of Westerby opened its new tidal flood barrier on Monday.'],
    [
      'a sentence starting with By',
      'By the end of the week, the water had reached the old fish market steps.',
    ],
    [
      'a sentence starting with Updated',
      'Updated maps show the area at risk has shrunk by a third since 2010.',
    ],
    [
      'a quote about cookies',
      'The bakery sold out of cookies by noon, the owner said, as customers stocked up before the storm.',
    ],
    ['a heading', 'Cost & schedule'],
    ['a year in prose', 'Work began in 2019 and was meant to take four years.'],
    [
      'a mostly plain paragraph with one link',
      'Read the flood safety guide for advice on what to do if water reaches your street.',
    ],
  ])('keeps %s', (_, text) => {
    expect(kept(block(text, { linkChars: text.includes('guide') ? 18 : 0 }))).toBe(true);
  });
});
