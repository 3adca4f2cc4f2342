export * from './labels';
export * from './outline-types';
export { programOutline, singleSessionOutline } from './program-outline';
