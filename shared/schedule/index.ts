export * from './dates';
export * from './time';
export * from './timeline';
export * from './totals';
