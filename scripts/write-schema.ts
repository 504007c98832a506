/** Regenerates schema/document.schema.json from the zod contract in src/model/schema.ts. */
import { writeFileSync } from 'node:fs';
import { documentJsonSchema } from '../src/model/schema.ts';

writeFileSync(
  new URL('../schema/document.schema.json', import.meta.url),
  `${JSON.stringify(documentJsonSchema(), null, 2)}\n`,
);
console.log('wrote schema/document.schema.json');
