export { findQuantities, quantityStage } from './stage.ts';
