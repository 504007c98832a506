import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ingestPaths } from '../app/ingest.ts';
import { main } from '../cli/main.ts';
import { ERROR_CODES } from '../model/errors.ts';
import { SqliteStore } from '../store/sqlite/index.ts';
import { exerciseFixtures, fixtureRecord } from './fixtures.ts';
import { ROUTES } from './handlers/index.ts';
import { safeJson } from './json.ts';
import * as S from './schemas.ts';
import { type RunningApi, startApiServer } from './server.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const TOKEN = 'test-token-7f3a';

let dir: string;
let store: SqliteStore;
let api: RunningApi;
let secured: RunningApi;
let documents = 0;

async function get(path: string, init: RequestInit = {}, base = api.url) {
  const res = await fetch(base + path, init);
  const text = await res.text();
  return { res, text, body: text ? JSON.parse(text) : null };
}

/** Fetches and checks the body against the schema the OpenAPI description publishes. */
async function getValid<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const { res, body } = await get(path);
  expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const r = schema.safeParse(body);
  expect(r.success, `${path}: ${r.error?.message}`).toBe(true);
  return r.data!;
}

function expectProblem(res: Response, body: { status: number; code: string }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(body.status).toBe(status);
  expect(body.code).toBe(code);
  expect(code in ERROR_CODES).toBe(true);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  store = SqliteStore.open(join(dir, 'api.db'));
  const folders = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(EXAMPLES, e.name));
  const summary = await ingestPaths(store, folders, { now: () => new Date('2022-03-01T00:00:00Z') });
  expect(summary.failed).toBe(0);
  for (const d of exerciseFixtures()) await store.put(fixtureRecord(d));
  documents = await store.count();
  api = await startApiServer({ store, port: 0, maxBodyBytes: 64 * 1024, log: () => {} });
  secured = await startApiServer({ store, port: 0, token: TOKEN, cors: 'https://ui.test', log: () => {} });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await secured?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTTP API on loopback', () => {
  it('serves an OpenAPI 3.1 description of every route', async () => {
    const { res, body } = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const r of ROUTES)
      expect(body.paths[r.path][r.method.toLowerCase()].operationId).toBe(r.operationId);
    const params = body.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['q', 'outlet', 'format', 'from', 'to', 'limit', 'cursor']),
    );
    expect(body.paths['/api/ingest'].post.requestBody.content['application/json'].schema.anyOf).toHaveLength(
      2,
    );
    const index = await getValid('/api', S.ApiIndex);
    expect(index.endpoints).toHaveLength(ROUTES.length);
  });

  it('sets security headers and no CORS headers by default', async () => {
    const { res } = await get('/api/stats');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${api.url}/api/stats`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.test' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const stats = await getValid('/api/stats', S.Stats);
    expect(stats.current).toBe(documents);
    expect(stats.events).toBeGreaterThan(0);
  });

  it('pages through every document with opaque cursors in a stable order', async () => {
    const seen: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const q: string = next ? `&cursor=${encodeURIComponent(next)}` : '';
      const page = await getValid(`/api/documents?limit=4${q}`, S.DocumentList);
      expect(page.total).toBe(documents);
      seen.push(...page.items.map((d) => d.id));
      next = page.next;
      pages++;
    } while (next && pages < 100);
    expect(seen).toHaveLength(documents);
    expect(new Set(seen).size).toBe(documents);
    const all = await getValid(`/api/documents?limit=200`, S.DocumentList);
    expect(all.items.map((d) => d.id)).toEqual(seen);
    const dates = all.items.map((d) => d.published ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters documents by outlet, format and dates; a cursor is bound to its filters', async () => {
    const html = await getValid('/api/documents?format=html', S.DocumentList);
    expect(html.items.length).toBeGreaterThan(0);
    expect(html.items.every((d) => d.format === 'html')).toBe(true);
    const jan = await getValid('/api/documents?from=2022-01-01&to=2022-01-31', S.DocumentList);
    expect(jan.items.every((d) => d.published! >= '2022-01' && d.published! < '2022-02')).toBe(true);
    const out = await getValid('/api/documents?outlet=Baltic%20Wire', S.DocumentList);
    expect(out.items.every((d) => d.outlet === 'Baltic Wire')).toBe(true);
    const first = await getValid('/api/documents?limit=2', S.DocumentList);
    const { res, body } = await get(`/api/documents?format=html&cursor=${first.next}`);
    expectProblem(res, body, 400, 'API_BAD_REQUEST');
    expect(body.errors[0].field).toBe('query.cursor');
  });

  it('gets a document with its mentions and its raw source as text/plain', async () => {
    const list = await getValid('/api/documents?format=markdown&limit=1', S.DocumentList);
    const id = list.items[0]!.id;
    const doc = await getValid(`/api/documents/${id}`, S.DocumentDetail);
    expect(doc.document.id).toBe(id);
    expect(doc.document.entities.length).toBeGreaterThan(0);
    const prefix = await getValid(`/api/documents/${id.slice(0, 8)}`, S.DocumentDetail);
    expect(prefix.id).toBe(id);
    const raw = await fetch(`${api.url}/api/documents/${id}/raw`);
    expect(raw.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(raw.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await raw.text()).length).toBeGreaterThan(100);
  });

  it('answers ETag revalidation with 304', async () => {
    const first = await fetch(`${api.url}/api/entities?limit=5`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${api.url}/api/entities?limit=5`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(`${api.url}/api/entities?limit=5`, { headers: { 'If-None-Match': '"nope"' } });
    expect(other.status).toBe(200);
  });

  it('searches with snippets, highlights, filters, facets and cursors', async () => {
    const r = await getValid('/api/search?q=Lukashenko&limit=3', S.SearchResult);
    expect(r.total).toBeGreaterThan(3);
    const h = r.items[0]!;
    expect(h.highlights.length).toBeGreaterThan(0);
    // The name is searched in both spellings the corpus gives it.
    expect(h.snippet.slice(h.highlights[0]![0], h.highlights[0]![1]).toLowerCase()).toMatch(
      /^lukashenk[oa]$/,
    );
    expect(r.facets.outlet.reduce((s, f) => s + f.count, 0)).toBeLessThanOrEqual(r.total);
    const r2 = await getValid(`/api/search?q=Lukashenko&limit=3&cursor=${r.next}`, S.SearchResult);
    expect(r2.items.map((i) => i.id)).not.toContain(h.id);
    const html = await getValid('/api/search?q=Belarus&format=html', S.SearchResult);
    expect(html.items.every((i) => i.format === 'html')).toBe(true);
    expect(html.facets.format).toEqual([{ value: 'html', count: html.total }]);
    // A prefix (answered from the in-memory index) marks the words it starts; a stray quote is no error.
    const prefix = await getValid('/api/search?q=lukash*&limit=3', S.SearchResult);
    expect(prefix.total).toBeGreaterThanOrEqual(r.total);
    const p = prefix.items[0]!;
    expect(p.snippet.slice(p.highlights[0]![0], p.highlights[0]![1]).toLowerCase()).toMatch(/^lukash/);
    const stray = await getValid(
      `/api/search?q=${encodeURIComponent('"Lukashenko')}&limit=3`,
      S.SearchResult,
    );
    // (A query with search syntax is searched as written: the one spelling.)
    expect(stray.total).toBeGreaterThan(0);
    expect(stray.total).toBeLessThanOrEqual(r.total);
  });

  it('lists entities and shows one with aliases, roles, quotes, events and paged mentions', async () => {
    const list = await getValid('/api/entities?type=person&limit=5', S.EntityList);
    // Each says where it is first named (entities of one name told apart in listings).
    expect(list.items.every((e) => e.firstDocument?.id.startsWith('d'))).toBe(true);
    expect(list.items.every((e) => e.type === 'person')).toBe(true);
    const e = await getValid('/api/entities/lkshnk?limit=1', S.EntityDetail);
    expect(e.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Lukashenka', 'Lukashenko']));
    expect(e.quotesBy.total).toBeGreaterThan(0);
    expect(e.mentions.items).toHaveLength(1);
    const more = await getValid(`/api/entities/lkshnk?limit=200&cursor=${e.mentions.next}`, S.EntityDetail);
    expect(more.mentions.items[0]).not.toEqual(e.mentions.items[0]);
    const spaced = list.items.find((x) => x.key.includes(' '));
    if (spaced) await getValid(`/api/entities/${encodeURIComponent(spaced.key)}`, S.EntityDetail);
  });

  it('lists events with filters and shows every report of one; timeline gives intervals', async () => {
    // The sample corpus brings its own events (read by the events stage); the fixtures add Winter Anvil.
    const all = await getValid('/api/events?limit=200', S.EventList);
    const ex = all.items.find((e) => e.name === 'Winter Anvil')!;
    expect([ex.start, ex.end, ex.reports]).toEqual(['2022-02-10', '2022-02-20', 2]);
    const filtered = await getValid('/api/events?type=denial&actor=lkshnk', S.EventList);
    expect(filtered.items.length).toBeGreaterThan(0);
    expect(new Set(filtered.items.map((e) => e.type))).toEqual(new Set(['denial']));
    const brest = await getValid('/api/events?place=Brest&from=2022-02-19', S.EventList);
    expect(brest.items.map((e) => e.name)).toContain('Winter Anvil');
    for (const e of brest.items) expect(e.end! >= '2022-02-19').toBe(true);
    const one = await getValid(`/api/events/${ex.id}`, S.EventDetail);
    expect(one.reports.map((r) => r.outlet)).toEqual(['Baltic Wire', 'Kyiv Ledger']);
    const tl = await getValid('/api/timeline?limit=1', S.Timeline);
    let events = all.items.length;
    for (let next = all.next; next; ) {
      const more = await getValid(`/api/events?limit=200&cursor=${next}`, S.EventList);
      events += more.items.length;
      next = more.next;
    }
    expect(tl.total).toBe(events);
    expect(tl.items).toHaveLength(1);
    const tl2 = await getValid(`/api/timeline?limit=1000&cursor=${tl.next}`, S.Timeline);
    expect(tl2.items).toHaveLength(tl.total - 1);
    // Pages are spliced from kept item bytes: the same bytes as safeJson of the whole page.
    for (const path of ['/api/timeline?limit=1000', '/api/timeline?limit=3&from=2022-02-15&to=2022-02-20']) {
      const { text, body } = await get(path);
      expect(body.items.length).toBeGreaterThan(0);
      expect(text).toBe(safeJson(body));
    }
  });

  it('searches a name in every spelling of its entity, as the CLI does', async () => {
    const r = await getValid('/api/search?q=Lukashenka', S.SearchResult);
    expect(r.searched).toMatch(/^\(Lukashenka OR Lukashenko\)$|^\(Lukashenko OR Lukashenka\)$/);
    const plain = await getValid('/api/search?q=%22Lukashenka%22', S.SearchResult);
    expect(r.total).toBeGreaterThan(plain.total);
  });

  it('shows the events, entities and figures of the CLI: same ids, bounds and counts', async () => {
    const timeline = await getValid('/api/timeline?limit=1000', S.Timeline);
    expect(timeline.next).toBeNull();
    const cli = await store.timeline({ limit: 100_000 });
    expect(timeline.items.map((e) => e.id).sort()).toEqual(cli.map((e) => e.id).sort());
    const served = new Map(timeline.items.map((e) => [e.id, e]));
    for (const e of cli) {
      const s = served.get(e.id)!;
      expect([s.start, s.end, s.reports], e.id).toEqual([
        e.start!.slice(0, 10),
        (e.end ?? e.start)!.slice(0, 10),
        e.reports,
      ]);
    }
    for (const name of ['Lukashenka', 'Hulevich', 'Allied Resolve', 'Putin']) {
      const [found] = await store.findEntities(name, 1);
      const page = await getValid(`/api/entities/${encodeURIComponent(name)}?limit=1`, S.EntityDetail);
      expect([page.key, page.name, page.documents], name).toEqual([found!.id, found!.name, found!.documents]);
      // Pronouns resolved to it count as mentions but are no ways of writing its name.
      expect(
        page.aliases.map((x) => x.text.toLowerCase()),
        name,
      ).not.toContain('he');
    }
    // Every entity is named and typed as the CLI names and types it.
    const listed = await getValid('/api/entities?limit=200', S.EntityList);
    for (const e of listed.items.slice(0, 60)) {
      const cli = await getValid(`/api/reconciled/entities/${e.key}`, S.ReconciledEntityDetail);
      expect([e.name, e.type, e.documents], e.key).toEqual([cli.name, cli.type, cli.documents]);
    }
    // An older link's lower-case `f…` finds the figure of the same hash.
    const [first] = await store.claims('troops', 1);
    const old = await getValid(`/api/claims/f${first!.id.slice(1)}`, S.ClaimDetail);
    expect(old.id).toBe(first!.id);
    for (const figure of await store.claims('troops', 50)) {
      const detail = await getValid(`/api/claims/${figure.id}`, S.ClaimDetail);
      expect([detail.points.length, detail.sources], figure.id).toEqual([
        figure.claims.length,
        figure.sources,
      ]);
      // A reprint's point says so, as the CLI's claim does.
      expect(detail.points.map((p) => p.duplicateOf)).toEqual(figure.claims.map((c) => c.duplicateOf));
    }
  });

  it('shows claims: a figure by source over time, each point with its sentence', async () => {
    const list = await getValid('/api/claims?unit=troops', S.ClaimList);
    expect(list.items.length).toBeGreaterThan(0);
    const f = await getValid(`/api/claims/${list.items[0]!.id}`, S.ClaimDetail);
    expect(f.points.length).toBe(list.items[0]!.points);
    for (const p of f.points) expect(p.context).toContain(p.text);
    expect(f.series.flatMap((s) => s.points).sort((a, b) => a - b)).toEqual(f.points.map((_, i) => i));
  });

  it('lists figures that say what they count first, and pages through them in that order', async () => {
    const all = await getValid('/api/claims?limit=200', S.ClaimList);
    const says = all.items.map((f) => (f.about !== null || f.measure !== null ? 1 : 0));
    expect(says).toEqual([...says].sort((a, b) => b - a));
    const paged: string[] = [];
    let next: string | null = null;
    do {
      const page: z.infer<typeof S.ClaimList> = await getValid(
        `/api/claims?limit=3${next ? `&cursor=${next}` : ''}`,
        S.ClaimList,
      );
      paged.push(...page.items.map((f) => f.id));
      next = page.next;
    } while (next);
    expect(paged).toEqual(all.items.map((f) => f.id));
  });

  it('writes a Markdown situation report with footnoted citations', async () => {
    const r = await getValid('/api/report?from=2022-02-01&to=2022-02-28', S.Report);
    expect(r.markdown).toMatch(/^# Situation report, 2022-02-01 to 2022-02-28/);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.markdown).toContain('[^1]:');
    // The report sitrep report prints for the same days, footnote for footnote.
    const out: string[] = [];
    const sink = { write: (x: string) => out.push(x) } as unknown as NodeJS.WritableStream;
    const code = await main(
      ['--db', join(dir, 'api.db'), 'report', '--since', '2022-02-01', '--until', '2022-02-28', '--json'],
      { out: sink, err: sink },
    );
    expect(code).toBe(0);
    const cli = JSON.parse(out.join('')) as { markdown: string; citations: unknown[] };
    const body = (md: string) => md.replace(/^Generated .*$/m, '');
    expect(body(r.markdown)).toBe(body(cli.markdown));
    expect(r.citations).toEqual(cli.citations);
    const { res, body: problem } = await get('/api/report?from=2022-03-01&to=2022-02-01');
    expectProblem(res, problem, 400, 'API_BAD_REQUEST');
  });

  it('ingests files and pasted text through ingestText, with per-file results', async () => {
    const post = (body: unknown) =>
      fetch(`${api.url}/api/ingest`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({
        res: r,
        body: (await r.json()) as { new: number; unchanged: number; items: { id: string; status: string }[] },
      }));
    const files = await post({
      files: [
        {
          name: 'a.md',
          content: '# Drills near Gomel\n\nBelarus said on Monday that drills near Gomel ended.',
        },
        { name: 'b.unknown', content: '\u0000\u0001' },
      ],
    });
    expect(files.res.status).toBe(200);
    expect(S.IngestResult.parse(files.body).items.map((i) => i.status)).toEqual(['new', 'failed']);
    const again = await post({
      files: [
        {
          name: 'a.md',
          content: '# Drills near Gomel\n\nBelarus said on Monday that drills near Gomel ended.',
        },
      ],
    });
    expect(again.body.unchanged).toBe(1);
    const pasted = await post({
      text: 'Troops left Brest on Tuesday.',
      title: 'Pasted',
      published: '2022-02-15',
    });
    expect(pasted.body.new).toBe(1);
    const doc = await getValid(`/api/documents/${pasted.body.items[0]!.id}`, S.DocumentDetail);
    expect([doc.title, doc.published]).toEqual(['Pasted', '2022-02-15']);
    // The index follows the store.
    const stats = await getValid('/api/stats', S.Stats);
    expect(stats.current).toBe(documents + 2);
    // The cross-document index too (new documents made lean one by one): Gomel's page cites the new file.
    // So does the cross-document index (a new document made lean alone): Homyel's page cites the
    // new file's two mentions of Gomel.
    const homyel = await getValid('/api/entities/Homyel', S.EntityDetail);
    const cited = homyel.mentions.items.filter((m) => m.document === files.body.items[0]!.id);
    expect(cited.map((m) => [m.text, m.span])).toEqual([
      ['Gomel', [12, 17]],
      ['Gomel', [59, 64]],
    ]);
  });

  it('returns hostile content verbatim as JSON string data, never as HTML', async () => {
    const title = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202Eevil\u202C';
    const text =
      'Officials said <script>document.cookie</script> and <a href="javascript:alert(3)">click</a> ' +
      'with onerror=alert(4) in Minsk. \u202Etxt.exe\u202C was shared.';
    const res = await fetch(`${api.url}/api/ingest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, title }),
    });
    const { items } = (await res.json()) as { items: { id: string }[] };
    const id = items[0]!.id;
    const raw = await fetch(`${api.url}/api/documents/${id}`);
    expect(raw.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await raw.text();
    expect(body).not.toContain('<script>');
    const doc = JSON.parse(body);
    expect(doc.title).toBe(title);
    expect(doc.document.text).toBe(text);
    const hits = await getValid('/api/search?q=cookie', S.SearchResult);
    expect(hits.items.map((h) => h.id)).toContain(id);
    const source = await fetch(`${api.url}/api/documents/${id}/raw`);
    expect(source.headers.get('content-type')).toMatch(/^(text\/plain|application\/octet-stream)/);
    expect(source.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await source.text()).toContain('<script>alert(1)</script>');
  });

  it('answers errors as problem details naming the field', async () => {
    let r = await get('/api/documents?limit=0&bogus=1');
    expectProblem(r.res, r.body, 400, 'API_BAD_REQUEST');
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'query.bogus',
      'query.limit',
    ]);
    r = await get('/api/documents?limit=500');
    expect(r.body.errors[0].field).toBe('query.limit');
    r = await get('/api/search');
    expect(r.body.errors[0].field).toBe('query.q');
    r = await get('/api/search?q=%20%20');
    expectProblem(r.res, r.body, 400, 'API_BAD_REQUEST');
    expect(r.body.errors[0].field).toBe('query.q');
    r = await get('/api/documents/dffffffffffffffff');
    expectProblem(r.res, r.body, 404, 'API_NOT_FOUND');
    r = await get('/api/documents/<script>');
    expect(r.body.errors[0].field).toBe('path.id');
    r = await get('/api/entities/no%20such%20key');
    expectProblem(r.res, r.body, 404, 'API_NOT_FOUND');
    r = await get('/api/nothing');
    expectProblem(r.res, r.body, 404, 'API_NOT_FOUND');
    // A path opening with `//` is a path (it answered 500).
    r = await get('//');
    expectProblem(r.res, r.body, 404, 'API_NOT_FOUND');
    r = await get('/api/documents', { method: 'DELETE' });
    expectProblem(r.res, r.body, 405, 'API_METHOD_NOT_ALLOWED');
    expect(r.res.headers.get('allow')).toBe('GET, HEAD');
    const post = (body: string, type = 'application/json') =>
      get('/api/ingest', { method: 'POST', headers: { 'Content-Type': type }, body });
    r = await post('{"files": [{"name": "../x.md", "content": "x"}]}');
    expect(r.body.errors[0].field).toBe('body.files.0.name');
    r = await post('{"text": 3}');
    expect(r.body.errors[0].field).toBe('body.text');
    r = await post('{not json');
    expectProblem(r.res, r.body, 400, 'API_BAD_REQUEST');
    r = await post('text', 'text/plain');
    expectProblem(r.res, r.body, 415, 'API_UNSUPPORTED_MEDIA_TYPE');
    r = await post(JSON.stringify({ text: 'x'.repeat(70 * 1024) }));
    expectProblem(r.res, r.body, 413, 'API_TOO_LARGE');
    // fetch cannot set Host; node:http can (a DNS-rebinding page would send its own name).
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(api.url);
      request(
        { host: u.hostname, port: u.port, path: '/api/stats', headers: { Host: 'rebind.evil.test' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(400);
  });

  it('requires the bearer token when one is set, and allows only the configured origin', async () => {
    let r = await get('/api/stats', {}, secured.url);
    expectProblem(r.res, r.body, 401, 'API_UNAUTHORIZED');
    expect(r.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    r = await get('/api/stats', { headers: { Authorization: 'Bearer wrong' } }, secured.url);
    expect(r.res.status).toBe(401);
    r = await get('/api/stats', { headers: { Authorization: `Bearer ${TOKEN}x` } }, secured.url);
    expect(r.res.status).toBe(401);
    r = await get(
      '/api/stats',
      { headers: { Authorization: `Bearer ${TOKEN}`, Origin: 'https://ui.test' } },
      secured.url,
    );
    expect(r.res.status).toBe(200);
    expect(r.res.headers.get('access-control-allow-origin')).toBe('https://ui.test');
    r = await get(
      '/api/stats',
      { headers: { Authorization: `Bearer ${TOKEN}`, Origin: 'https://evil.test' } },
      secured.url,
    );
    expect(r.res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${secured.url}/api/ingest`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://ui.test' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('refuses to listen beyond loopback without a token, also from the CLI', async () => {
    await expect(startApiServer({ store, host: '0.0.0.0', port: 0 })).rejects.toMatchObject({
      code: 'API_INSECURE_BIND',
    });
    const saved = process.env.SITREP_TOKEN;
    delete process.env.SITREP_TOKEN;
    let err = '';
    const sink = (write: (s: string) => void) =>
      ({
        write: (s: string) => {
          write(s);
          return true;
        },
      }) as never;
    try {
      const code = await main(['--db', join(dir, 'cli.db'), 'serve', '--host', '0.0.0.0', '--port', '0'], {
        out: sink(() => {}),
        err: sink((s) => {
          err += s;
        }),
      });
      expect(code).toBe(1);
      expect(err).toContain('API_INSECURE_BIND');
    } finally {
      if (saved !== undefined) process.env.SITREP_TOKEN = saved;
    }
  });
});
