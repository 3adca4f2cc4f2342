export * from './blocks';
export * from './co-tutors';
export * from './program';
export * from './stages';
