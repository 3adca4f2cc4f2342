export * from './labels';
export * from './outline-types';
export { programOutline, singleSessionOutline } from './program-outline';
export { placesOf, type SessionPlace } from './session-outline';
