export * from './block';
export * from './co-tutor';
export * from './day';
export type { Field, FieldFault, FieldKind, Stored } from './field';
export * from './program-meta';
export * from './stage';
export * from './table';
