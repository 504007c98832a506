import type { BenchCase } from '../lib/types.ts';
import { apiBench } from './api.ts';
import { entitiesBench } from './entities.ts';
import { eventsBench } from './events.ts';
import { ingestBench } from './ingest.ts';
import { markdownBench } from './markdown.ts';
import { quotesQuantitiesBench } from './quotes-quantities.ts';
import { reconcileBench } from './reconcile.ts';
import { searchBench } from './search.ts';
import { timesBench } from './times.ts';
import { uiBench } from './ui.ts';

/** Every benchmark case, in the order `npm run bench` runs them. */
export const CASES: readonly BenchCase[] = [
  ingestBench,
  markdownBench,
  entitiesBench,
  timesBench,
  quotesQuantitiesBench,
  eventsBench,
  searchBench,
  apiBench,
  uiBench,
  reconcileBench,
];
