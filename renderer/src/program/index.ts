export { useEdit } from './edit';
export * from './hooks';
export { ProgramProvider, useProgramSession } from './program-context';
export { ProgramSession } from './program-session';
export type { SaveStatus } from './saver';
export { useLoadReviewAfterFirstPaint, useReviewLoaded } from './use-review';
