import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkBearer, isLoopback } from './auth.ts';
import { etagOf, notModified } from './etag.ts';
import { splitSnippet } from './handlers/search.ts';
import { safeJson } from './json.ts';
import { decodeCursor, encodeCursor, pageOf } from './pagination.ts';
import { ApiError } from './problem.ts';

describe('API helpers', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.4', false],
    ['localhost.evil.test', false],
    ['128.0.0.1', false],
  ])('isLoopback(%s) is %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it('checks bearer tokens exactly', () => {
    expect(checkBearer('Bearer abc', 'abc')).toBe(true);
    expect(checkBearer('bearer abc', 'abc')).toBe(true);
    expect(checkBearer('Bearer abcd', 'abc')).toBe(false);
    expect(checkBearer('Bearer ab', 'abc')).toBe(false);
    expect(checkBearer('Basic abc', 'abc')).toBe(false);
    expect(checkBearer(undefined, 'abc')).toBe(false);
    expect(checkBearer('Bearer ', '')).toBe(false);
  });

  it('round-trips cursors in their scope and refuses tampered or foreign ones', () => {
    const schema = z.object({ id: z.string() });
    const c = encodeCursor({ id: 'd1' }, 'docs:{}');
    expect(c).toMatch(/^[\w-]+$/);
    expect(decodeCursor(c, 'docs:{}', schema)).toEqual({ id: 'd1' });
    expect(() => decodeCursor(c, 'docs:{"format":"html"}', schema)).toThrow(ApiError);
    expect(() => decodeCursor('!!!', 'docs:{}', schema)).toThrow(ApiError);
    expect(() => decodeCursor(encodeCursor({ id: 3 }, 'docs:{}'), 'docs:{}', schema)).toThrow(/cursor/);
  });

  it('pages a sorted list after a position', () => {
    const xs = [1, 2, 3, 4, 5];
    const p1 = pageOf(
      xs,
      2,
      null,
      (x) => x,
      (x, p) => x > p,
    );
    expect(p1).toEqual({ items: [1, 2], last: 2 });
    expect(
      pageOf(
        xs,
        2,
        2,
        (x) => x,
        (x, p) => x > p,
      ),
    ).toEqual({ items: [3, 4], last: 4 });
    expect(
      pageOf(
        xs,
        2,
        4,
        (x) => x,
        (x, p) => x > p,
      ),
    ).toEqual({ items: [5], last: null });
  });

  it('matches ETags weakly and on lists', () => {
    const e = etagOf('body');
    expect(notModified(e, e)).toBe(true);
    expect(notModified(`W/${e}`, e)).toBe(true);
    expect(notModified(`"x", ${e}`, e)).toBe(true);
    expect(notModified('"x"', e)).toBe(false);
    expect(notModified(undefined, e)).toBe(false);
  });

  it('escapes markup characters in JSON and keeps the data', () => {
    const v = { t: '<script>&\u2028</script>' };
    const s = safeJson(v);
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual(v);
  });

  it('turns marked snippets into text and highlight ranges', () => {
    expect(splitSnippet('a \u0001b\u0002 c \u0001dd\u0002')).toEqual({
      snippet: 'a b c dd',
      highlights: [
        [2, 3],
        [6, 8],
      ],
    });
  });
});
