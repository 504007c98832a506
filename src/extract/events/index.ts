export { eventStage, findEvents } from './stage.ts';
