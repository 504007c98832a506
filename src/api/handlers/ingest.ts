import { ingestText, summarize } from '../../app/ingest.ts';
import { defineRoute } from '../router.ts';
import { EmptyQuery, IngestBody, IngestResult } from '../schemas.ts';

let pasted = 0;

/**
 * `POST /api/ingest`: files (name + content) or one pasted text; each goes through `ingestText`,
 * the same path as `sitrep ingest`, and gets its own result.
 */
export const ingest = defineRoute({
  method: 'POST',
  path: '/api/ingest',
  operationId: 'ingest',
  summary:
    'Ingest files ({files: [{name, content}]}) or a pasted text ({text, title?, url?, published?, outlet?}); per-file results',
  tag: 'ingest',
  query: EmptyQuery,
  body: IngestBody,
  response: IngestResult,
  async handle({ body, store }) {
    const items = [];
    if ('files' in body) {
      for (const f of body.files) items.push(...(await ingestText(store, f.name, f.content)));
    } else {
      // Metadata travels as a JSON record so that the JSON adapter reads it like any other record.
      const { text, ...meta } = body;
      const hasMeta = Object.values(meta).some((v) => v !== undefined);
      const origin = `pasted-${Date.now()}-${++pasted}.${hasMeta ? 'json' : 'txt'}`;
      items.push(...(await ingestText(store, origin, hasMeta ? JSON.stringify({ ...meta, text }) : text)));
    }
    return { json: summarize(items) };
  },
});
