/** The current route: `#/name/arg?query` split into parts. */
export interface Route {
  readonly name: string;
  readonly arg: string | null;
  readonly query: URLSearchParams;
}

/** Parses the location hash. */
export function currentRoute(hash = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?', 2);
  const [name = '', ...rest] = path.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { name: name || 'timeline', arg, query: new URLSearchParams(qs) };
}
