export * from './blocks';
export * from './co-tutors';
export * from './delivery';
export * from './program';
export * from './stages';
