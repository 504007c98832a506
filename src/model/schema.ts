import { z } from 'zod';

/**
 * The `sitrep/document@1` contract as a zod schema: the store validates rows against it, the
 * tests validate every document the reader emits, and `schema/document.schema.json` is generated
 * from it (`npm run schema`), so the JSON Schema in the repo cannot drift from the code.
 */
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const isoish = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/);

export const documentSchema = z
  .object({
    schema: z.literal('sitrep/document@1'),
    id: z.string().regex(/^d[0-9a-f]{16}$/),
    title: z.string().nullable(),
    language: z.string().nullable(),
    source: z.object({
      url: z.string().nullable(),
      outlet: z.string().nullable(),
      format: z.enum(['markdown', 'html', 'text', 'json', 'rss']),
      origin: z.string(),
      author: z.string().nullable(),
    }),
    published: z.object({
      value: isoish.nullable(),
      from: z.enum(['meta', 'dateline', 'url', 'text', 'ingest']).nullable(),
    }),
    modified: z.string().nullable(),
    updates: z.array(z.object({ value: isoish.nullable(), span })),
    dateline: z
      .object({ span, place: z.string().nullable(), outlet: z.string().nullable(), date: isoish.nullable() })
      .nullable(),
    links: z.array(z.object({ span, href: z.string() })),
    text: z.string(),
    sentences: z.array(span),
    entities: z.array(
      z.object({
        id: z.string(),
        type: z.enum([
          'person',
          'organization',
          'gpe',
          'location',
          'facility',
          'military_unit',
          'media',
          'named_event',
          'equipment',
          'other',
        ]),
        name: z.string(),
        key: z.string(),
        role: z.string().nullable(),
        attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
        mentions: z.array(
          z.object({ span, text: z.string(), by: z.string(), role: z.string().nullable().optional() }),
        ),
      }),
    ),
    times: z.array(
      z.object({
        id: z.string(),
        span,
        text: z.string(),
        type: z.enum(['date', 'time', 'duration', 'set']),
        value: z.string(),
        start: z.string().nullable(),
        end: z.string().nullable(),
        mod: z.string().nullable(),
        anchor: z.enum(['published', 'update', 'narrative', 'none']),
        implied: z.array(z.string()),
        by: z.string(),
      }),
    ),
    quantities: z.array(
      z.object({
        id: z.string(),
        span,
        text: z.string(),
        value: z.number(),
        max: z.number().nullable(),
        unit: z.string().nullable(),
        qualifier: z.enum([
          'exact',
          'more_than',
          'less_than',
          'at_least',
          'at_most',
          'up_to',
          'about',
          'range',
          'vague',
        ]),
        about: z.string().nullable(),
        measure: z.string().nullable().optional(),
        frame: z.literal('rule').optional(),
        by: z.string(),
      }),
    ),
    quotes: z.array(
      z.object({
        id: z.string(),
        span,
        text: z.string(),
        direct: z.boolean(),
        speaker: z.string().nullable(),
        speakerText: z.string().nullable(),
        via: z.string().nullable(),
        viaText: z.string().nullable(),
        source: span.nullable(),
        cue: span.nullable(),
        stance: z.string(),
        by: z.string(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        plover: z.string().nullable(),
        trigger: span,
        text: z.string(),
        name: z.string().nullable(),
        actors: z.array(z.string()),
        targets: z.array(z.string()),
        places: z.array(z.string()),
        time: z.string().nullable(),
        timeRole: z.enum(['at', 'from', 'until']),
        timeEnd: z.string().nullable().optional(),
        interval: z
          .object({
            value: z.string(),
            start: z.string().nullable(),
            end: z.string().nullable(),
            times: z.array(z.string()),
            by: z.string(),
          })
          .nullable()
          .optional(),
        size: z.string().nullable(),
        status: z.enum(['planned', 'ongoing', 'completed', 'cancelled', 'denied', 'hypothetical']),
        claimedBy: z.string().nullable(),
        partOf: z.string().nullable(),
        mentions: z.array(span),
        by: z.string(),
      }),
    ),
    diagnostics: z.array(z.object({ code: z.string(), message: z.string(), span: span.optional() })),
  })
  .meta({ $id: 'https://sitrep.invalid/schema/document@1', title: 'sitrep/document@1' });

/** The JSON Schema (draft 2020-12) of the document contract. */
export function documentJsonSchema(): unknown {
  return z.toJSONSchema(documentSchema, { target: 'draft-2020-12' });
}
