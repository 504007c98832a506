import { allPages, get, type Timeline } from './api.ts';
import { dayNumber, dayString } from './days.ts';

/** Largest page the timeline endpoint serves. */
const PAGE = 1000;
/** Most windows fetched at once: a browser opens six HTTP/1.1 connections to one host. */
const MAX_WINDOWS = 6;

/**
 * Every timeline item for the filters. The first page gives the range and the total; when there
 * is more, the rest comes as day windows fetched in parallel (the API keeps events that overlap a
 * window, so long ones come more than once and are merged by id) instead of one cursor page after
 * another. Items come back in the API's order: by start, then id.
 */
export async function fetchTimeline(filters: Record<string, string | null>): Promise<Timeline> {
  const first = await get<Timeline>('timeline', { ...filters, limit: PAGE });
  if (!first.next || !first.range.start || !first.range.end) return first;
  const a = dayNumber(first.range.start);
  const b = dayNumber(first.range.end);
  const windows = Math.min(MAX_WINDOWS, Math.ceil(first.total / PAGE) + 1, b - a + 1);
  const size = Math.ceil((b - a + 1) / windows);
  const parts = await Promise.all(
    Array.from({ length: windows }, (_, i) =>
      allPages<Timeline>('timeline', {
        ...filters,
        from: dayString(a + i * size),
        to: dayString(Math.min(b, a + (i + 1) * size - 1)),
        limit: PAGE,
      }),
    ),
  );
  const byId = new Map(first.items.map((it) => [it.id, it]));
  for (const p of parts) for (const it of p.items) byId.set(it.id, it);
  const items = [...byId.values()].sort((x, y) =>
    x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
  return { ...first, items, next: null };
}
