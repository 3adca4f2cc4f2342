import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import type { HostApi, LibraryService } from '../../shared/host-api/contract';
import { HOST_EVENTS, HOST_METHODS } from '../../shared/host-api/methods';
import type { SchemasMatch } from '../../shared/host-api/schema-check';
import { HOST_SCHEMAS } from '../../shared/host-api/schemas';

/*
 * Each @ts-expect-error below is part of the test: `npm run typecheck` fails if
 * the line it marks ever compiles, that is if the check stops catching that
 * mismatch between the contract and its schemas.
 */

/** The contract with one more library method. */
type WithArchive = Omit<HostApi, 'library'> & {
  library: LibraryService & { archive(request: { id: string }): Promise<void> };
};

// @ts-expect-error a method added to the contract and not to the schemas
const methodWithoutSchema: SchemasMatch<WithArchive, typeof HOST_SCHEMAS> = true;

type Schemas = typeof HOST_SCHEMAS;
/** The schema table with one namespace's schemas changed or added. */
type Changed<N extends keyof Schemas, Table> = Omit<Schemas, N> & {
  [K in N]: Omit<Schemas[N], keyof Table> & Table;
};

// @ts-expect-error a schema added without its method
const schemaWithoutMethod: SchemasMatch<
  HostApi,
  Changed<'library', { archive: z.ZodObject<{ id: z.ZodString }> }>
> = true;

// @ts-expect-error a schema that parses to something other than the method's request
const renameOfTwoArguments: SchemasMatch<
  HostApi,
  Changed<'library', { rename: z.ZodTuple<[z.ZodString, z.ZodString]> }>
> = true;

type RenameWithColour = z.ZodObject<{ id: z.ZodString; title: z.ZodString; colour: z.ZodString }>;
// @ts-expect-error a schema asking for a field the request does not have
const renameWithColour: SchemasMatch<
  HostApi,
  Changed<'library', { rename: RenameWithColour }>
> = true;

type SaveWithoutReveal = z.ZodObject<{
  suggestedName: z.ZodString;
  bytes: z.ZodCustom<Uint8Array>;
}>;
// @ts-expect-error a schema that lacks an optional field of the request
const saveWithoutReveal: SchemasMatch<
  HostApi,
  Changed<'files', { saveExport: SaveWithoutReveal }>
> = true;

const matching: SchemasMatch<HostApi, typeof HOST_SCHEMAS> = true;

describe('the host contract and its schemas', () => {
  it('compile only when they match (the fixtures above), and the real pair does', () => {
    expect([
      methodWithoutSchema,
      schemaWithoutMethod,
      renameOfTwoArguments,
      renameWithColour,
      saveWithoutReveal,
    ]).toEqual([true, true, true, true, true]);
    expect(matching).toBe(true);
  });

  it('list the same methods as the method list the bridge is built from', () => {
    for (const [namespace, schemas] of Object.entries(HOST_SCHEMAS)) {
      expect(HOST_METHODS[namespace as keyof typeof HOST_METHODS]).toEqual(Object.keys(schemas));
    }
    expect(HOST_EVENTS.library).toEqual(['onDidChange']);
  });
});
