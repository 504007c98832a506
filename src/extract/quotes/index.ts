export { findQuotes, quoteStage } from './stage.ts';
