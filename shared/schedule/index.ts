export * from './dates';
export * from './duration';
export * from './time';
export * from './timeline';
export * from './totals';
