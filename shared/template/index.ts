export * from './from-template';
export * from './schema';
