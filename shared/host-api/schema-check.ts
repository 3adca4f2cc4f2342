import type { z } from 'zod';

import type { MethodsIn, RequestOf } from './contract';

/**
 * The compiler's view of a table of request schemas against a contract: every
 * way the two disagree, named, or never when they match. A method without a
 * schema, a schema without a method (or namespace), and a schema whose parsed
 * value is not exactly the method's request all count.
 */
export type SchemaMismatches<Api, Schemas> =
  | ExtraNamespaces<Api, Schemas>
  | MissingNamespaces<Api, Schemas>
  | {
      [N in keyof Api & keyof Schemas & string]: MethodMismatches<N, Api[N], Schemas[N]>;
    }[keyof Api & keyof Schemas & string];

/** True when the schemas match the contract; otherwise the mismatches, which `true` cannot be assigned to. */
export type SchemasMatch<Api, Schemas> = [SchemaMismatches<Api, Schemas>] extends [never]
  ? true
  : SchemaMismatches<Api, Schemas>;

type ExtraNamespaces<Api, Schemas> = {
  [N in keyof Schemas & string]: N extends keyof Api
    ? never
    : `${N}: a namespace the contract does not have`;
}[keyof Schemas & string];

type MissingNamespaces<Api, Schemas> = {
  [N in keyof Api & string]: N extends keyof Schemas ? never : `${N}: a namespace without schemas`;
}[keyof Api & string];

type MethodMismatches<N extends string, Service, Table> =
  | {
      [M in keyof Table & string]: M extends MethodsIn<Service>
        ? Same<OutputOf<Table[M]>, RequestOf<Service[M]>> extends true
          ? never
          : `${N}.${M}: the schema does not parse to the method's request`
        : `${N}.${M}: a schema for a method the contract does not have`;
    }[keyof Table & string]
  | {
      [M in MethodsIn<Service>]: M extends keyof Table
        ? never
        : `${N}.${M}: a method without a schema`;
    }[MethodsIn<Service>];

type OutputOf<S> = S extends z.ZodType ? z.output<S> : never;

/**
 * Mutual assignability and the same field names: neither side may have a field,
 * or a case, the other lacks (an optional field would pass assignability alone).
 */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never]
      ? true
      : false
    : false
  : false;
