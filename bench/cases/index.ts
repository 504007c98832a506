import type { BenchCase } from '../lib/types.ts';
import { ingestBench } from './ingest.ts';

/** Every benchmark case, in the order `npm run bench` runs them. */
export const CASES: readonly BenchCase[] = [ingestBench];
