export * from './block';
export * from './co-tutor';
export * from './day';
export * from './program-meta';
export * from './stage';
export * from './table';
