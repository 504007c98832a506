export { eventStage, findEvents, findEventsInMentions } from './stage.ts';
