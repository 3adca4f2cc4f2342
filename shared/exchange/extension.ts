/**
 * The name ending of a .cotutor file (cotutor-file.ts), apart from the reader and
 * writer so that naming a file does not load the zip and schema code.
 */
export const EXCHANGE_EXTENSION = '.cotutor';
