/**
 * Transaction origins. Edits made by this user carry LOCAL_ORIGIN (or a Lexical
 * binding), which is what the undo manager tracks; loading and migration carry
 * their own origins so they are neither undone nor saved again.
 */
export const LOCAL_ORIGIN = Symbol('local edit');
export const LOAD_ORIGIN = Symbol('loaded from storage');
export const MIGRATION_ORIGIN = Symbol('schema migration');
/** Repairs the window writes after changes that were not its own edits (see program-session.ts). */
export const REPAIR_ORIGIN = Symbol('repair');
