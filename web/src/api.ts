import type { z } from 'zod';
import type * as S from '../../src/api/schemas.ts';

/** Response types, inferred from the very schemas the server validates and describes with. */
export type Timeline = z.infer<typeof S.Timeline>;
export type EventDetail = z.infer<typeof S.EventDetail>;
export type EventList = z.infer<typeof S.EventList>;
export type EntityDetail = z.infer<typeof S.EntityDetail>;
export type EntityList = z.infer<typeof S.EntityList>;
export type ClaimList = z.infer<typeof S.ClaimList>;
export type ClaimDetail = z.infer<typeof S.ClaimDetail>;
export type DocumentDetail = z.infer<typeof S.DocumentDetail>;
export type DocumentList = z.infer<typeof S.DocumentList>;
export type SearchResult = z.infer<typeof S.SearchResult>;
export type PlaceList = z.infer<typeof S.PlaceList>;
export type Place = PlaceList['items'][number];
export type IngestResult = z.infer<typeof S.IngestResult>;
export type Stats = z.infer<typeof S.Stats>;
export type ReconciledEntityDetail = z.infer<typeof S.ReconciledEntityDetail>;
export type UnmergeResult = z.infer<typeof S.UnmergeResult>;
export type DocJson = DocumentDetail['document'];

/** An API failure with the problem details the server sent. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'sitrep.token';

/** The bearer token a non-loopback server asks for, kept for this tab only. */
export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { detail?: string } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.detail ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** GET a JSON resource of the API with query parameters (empty ones left out). */
export async function get<T>(path: string, query: Record<string, string | number | null | undefined> = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return answer<T>(await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: headers() }));
}

/** POST JSON to the API. */
export async function post<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(
    await fetch(`/api/${path}`, {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(body),
    }),
  );
}

/** Every page of a cursor-paged listing (bounded: stops after `maxPages`). */
export async function allPages<T extends { items: unknown[]; next: string | null }>(
  path: string,
  query: Record<string, string | number | null | undefined>,
  maxPages = 50,
): Promise<T> {
  const first = await get<T>(path, query);
  let next = first.next;
  for (let n = 1; next && n < maxPages; n++) {
    const page = await get<T>(path, { ...query, cursor: next });
    first.items.push(...page.items);
    next = page.next;
  }
  first.next = next;
  return first;
}
