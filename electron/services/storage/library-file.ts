import { z } from 'zod';

import { programSummarySchema, trashedProgramSchema } from './program-summary';

/** The shape of library.json; anything else is treated as lost and rebuilt. */
export const libraryFileSchema = z.object({
  format: z.literal('cotutor-library'),
  version: z.literal(1),
  programs: z.array(programSummarySchema),
  trash: z.array(trashedProgramSchema),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const EMPTY_LIBRARY: LibraryFile = {
  format: 'cotutor-library',
  version: 1,
  programs: [],
  trash: [],
};
