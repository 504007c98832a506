import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
const n = 5_000_000 / 12;
let t = performance.now();
const html = '<html><body>' + '<div><p>x '.repeat(Math.floor(n / 2)) + 'end</body></html>';
const { document } = parseHTML(html);
console.log('parse', performance.now() - t, document.getElementsByTagName('*').length);
t = performance.now();
const html2 = '<html><body>' + '<div>'.repeat(Math.floor(n)) + 'hello world' + '</div>'.repeat(Math.floor(n)) + '</body></html>';
const d2 = parseHTML(html2).document;
console.log('parse2', performance.now() - t, d2.getElementsByTagName('*').length);
t = performance.now();
try { console.log((d2.body.textContent ?? '').length); } catch (e) { console.log('textContent err', (e as Error).message); }
console.log('tc', performance.now() - t);
t = performance.now();
try { const r = new Readability(d2 as any, { maxElemsToParse: 100000 }).parse(); console.log(r?.textContent?.length); } catch (e) { console.log('err', (e as Error).message.slice(0, 100)); }
console.log('read', performance.now() - t);
