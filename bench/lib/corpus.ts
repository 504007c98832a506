/**
 * A deterministic generator of news-like articles about a military build-up, for benchmarks.
 * Sentences are assembled from templates with names, places, dates, figures and quotes, so every
 * extractor has work to do. Same seed, same corpus.
 */

const PEOPLE = [
  'Alexander Lukashenko',
  'Vladimir Putin',
  'Viktor Khrenin',
  'Viktor Gulevich',
  'Pavel Muravyeko',
  'Oleksii Reznikov',
  'Jens Stoltenberg',
  'Antony Blinken',
  'Mariusz Blaszczak',
  'Gitanas Nauseda',
];
const ROLES = [
  'the defence minister',
  'the chief of the general staff',
  'a senior official',
  'the foreign minister',
  'the secretary general',
  'a military spokesman',
];
const COUNTRIES = [
  'Belarus',
  'Russia',
  'Ukraine',
  'Poland',
  'Lithuania',
  'Latvia',
  'Estonia',
  'the United States',
  'Germany',
];
const PLACES = [
  'Brest',
  'Gomel',
  'Hrodna',
  'Minsk',
  'Kyiv',
  'Vilnius',
  'Riga',
  'Osipovichi',
  'Mozyr',
  'Baranovichi',
];
const ORGS = [
  'NATO',
  'the defence ministry',
  'the European Union',
  'the Pentagon',
  'the Kremlin',
  'BelTA',
  'Interfax',
  'the OSCE',
];
const EXERCISES = ['Allied Resolve', 'Zapad-2021', 'Union Shield', 'Union Courage', 'Steppe Storm'];
const UNITS = [
  'troops',
  'soldiers',
  'tanks',
  'fighter jets',
  'armoured vehicles',
  'battalions',
  'paratroopers',
];
const HEDGES = ['more than', 'about', 'up to', 'at least', 'nearly', 'fewer than', ''];
const MONTHS = ['January', 'February', 'March', 'Jan.', 'Feb.', 'Dec.'];
const VERBS = ['said', 'told reporters', 'warned', 'claimed', 'stressed', 'added', 'denied'];
const OUTLETS = [
  'Baltic Wire',
  'Minsk Courier',
  'Kyiv Ledger',
  'Vistula Monitor',
  'Thames Observer',
  'Riga Signal',
];

/** A tiny seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function figure(r: () => number): string {
  const n = Math.floor(r() * 40 + 1) * [10, 100, 1000][Math.floor(r() * 3)]!;
  return n.toLocaleString('en-US');
}

function sentence(r: () => number): string {
  const t = Math.floor(r() * 8);
  const p = pick(r, PEOPLE);
  switch (t) {
    case 0:
      return `${pick(r, COUNTRIES)} has deployed ${pick(r, HEDGES)} ${figure(r)} ${pick(r, UNITS)} near ${pick(r, PLACES)}, ${pick(r, ORGS)} ${pick(r, VERBS)} on ${pick(r, ['Monday', 'Tuesday', 'Friday'])}.`.replace(
        / {2,}/g,
        ' ',
      );
    case 1:
      return `“We will respond to any provocation in ${pick(r, PLACES)},” ${p}, ${pick(r, ROLES)}, ${pick(r, VERBS)}.`;
    case 2:
      return `The ${pick(r, EXERCISES)} drills are scheduled for ${pick(r, MONTHS)} ${Math.floor(r() * 18 + 1)}–${Math.floor(r() * 8 + 20)}, ${2021 + Math.floor(r() * 3)}.`;
    case 3:
      return `${pick(r, OUTLETS)} quoted ${p} as saying that ${pick(r, COUNTRIES)} and ${pick(r, COUNTRIES)} had agreed in ${pick(r, MONTHS)} to hold joint exercises.`;
    case 4:
      return `According to ${pick(r, ORGS)}, the build-up includes ${figure(r)} ${pick(r, UNITS)} and ${Math.floor(r() * 300)} ${pick(r, UNITS)}, worth about $${Math.floor(r() * 9 + 1)}.${Math.floor(r() * 9)} billion.`;
    case 5:
      return `At 11:30 a.m. on ${pick(r, MONTHS)} ${Math.floor(r() * 27 + 1)}, officials in ${pick(r, PLACES)} said the exercise would last ${Math.floor(r() * 20 + 2)} days.`;
    case 6:
      return `${p} ${pick(r, VERBS)} that the U.S. and ${pick(r, ORGS)} had for months prepared a “false flag” pretext, which ${pick(r, COUNTRIES)} denies.`;
    default:
      return `Last week, ${pick(r, ORGS)} said ${pick(r, HEDGES)} ${figure(r)} ${pick(r, UNITS)} had arrived from ${pick(r, COUNTRIES)} — a figure ${pick(r, COUNTRIES)} disputes.`.replace(
        / {2,}/g,
        ' ',
      );
  }
}

/** One generated article's body text, about `bytes` long. */
export function articleText(r: () => number, bytes = 5000): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 1 + Math.floor(r() * 3);
    const para = Array.from({ length: n }, () => sentence(r)).join(' ');
    paragraphs.push(para);
    size += para.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** A generated article with metadata. */
export interface GeneratedArticle {
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly url: string;
  readonly body: string;
}

/** `n` generated articles from a seed. */
export function generateArticles(n: number, seed = 42, bytes = 5000): GeneratedArticle[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    const date = `2022-02-${String(day).padStart(2, '0')}`;
    const outlet = pick(r, OUTLETS);
    return {
      title: `${pick(r, COUNTRIES)} and ${pick(r, COUNTRIES)} step up ${pick(r, EXERCISES)} preparations (${i})`,
      outlet,
      date,
      url: `https://${outlet.toLowerCase().replace(/\s+/g, '-')}.test/2022/02/${String(day).padStart(2, '0')}/story-${i}`,
      body: articleText(r, bytes),
    };
  });
}

/** The article as Markdown, in the shape sitrep reads (heading, date line, body, original URL). */
export function toMarkdown(a: GeneratedArticle): string {
  return `# ${a.title}\n\n${a.date}\n\n${a.body}\n\nOriginal url:\n\n<${a.url}>\n`;
}

/** The article as a plain-text wire story with a dateline. */
export function toText(a: GeneratedArticle): string {
  const [first, ...rest] = a.body.split('\n\n');
  return `${a.title}\n\nMINSK, Feb ${Number(a.date.slice(8))} (${a.outlet}) - ${first}\n\n${rest.join('\n\n')}\n`;
}

/** The article as an HTML page with metadata and chrome around it. */
export function toHtml(a: GeneratedArticle): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = a.body
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | ${a.outlet}</title>
<meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.date}T09:00:00Z">
<link rel="canonical" href="${a.url}"></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav>
<header><h1>${esc(a.title)}</h1></header><article>${paras}</article>
<aside><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
<footer>© ${a.outlet}. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;
}
