/** Article metadata from JSON-LD blocks (`<script type="application/ld+json">`). */

/** What an article's JSON-LD says about it; every field may be missing. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
}

/** Schema.org types read as the page's article. */
// biome-ignore format: a compact lookup table
const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'BlogPosting', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle',
]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses one JSON-LD block. Tolerates what pages commonly get wrong: HTML comment and CDATA
 * wrappers, a trailing semicolon, and raw control characters (line breaks inside strings), which
 * are read as spaces. Throws on anything else that is not JSON.
 */
export function parseJsonLd(text: string): Json {
  const body = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|(?:\/\/)?\s*\]\]>\s*$/g, '')
    .replace(/[\u0000-\u001f]+/g, ' ')
    .trim()
    .replace(/;$/, '');
  return JSON.parse(body) as Json;
}

/** Every object node in a JSON-LD value, following arrays and `@graph` (iteratively). */
function nodesOf(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && out.length < 10_000) {
    const v = stack.pop()!;
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]!);
    else if (isObject(v)) {
      out.push(v);
      const graph = v['@graph'];
      if (graph !== undefined) stack.push(graph);
    }
  }
  return out;
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    return s.length > 0 ? s : null;
  }
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

/** The name(s) of a person or organisation value, following `@id` references. */
function nameOf(v: Json | undefined, byId: Map<string, JsonObject>): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x, byId)).filter((x): x is string => x !== null);
    return names.length > 0 ? [...new Set(names)].join(', ') : null;
  }
  if (!isObject(v)) return null;
  const direct = str(v.name);
  if (direct) return direct;
  const id = v['@id'];
  if (typeof id === 'string') {
    const target = byId.get(id);
    if (target && target !== v) return str(target.name);
  }
  return null;
}

/** The first article described in the given JSON-LD values, or null. */
export function articleFromJsonLd(values: readonly Json[]): JsonLdArticle | null {
  const nodes = values.flatMap(nodesOf);
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);
  // Else a page of another kind that says when it was published (`MedicalWebPage`, `ClaimReview`,
  // `WebPage`): its date and name stand for the article's.
  const article =
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ??
    nodes.find((n) => str(n.datePublished) !== null);
  if (!article) return null;
  return {
    headline: str(article.headline) ?? str(article.name),
    author: nameOf(article.author, byId),
    publisher: nameOf(article.publisher, byId),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    dateModified: str(article.dateModified),
  };
}
