import { useMemo } from 'react';
import type * as Y from 'yjs';

import * as mutations from '../../../shared/model/mutations';
import { LOCAL_ORIGIN } from './origins';
import { useProgramSession } from './program-context';

type Mutations = typeof mutations;
type MutationName = {
  [K in keyof Mutations]: Mutations[K] extends (doc: Y.Doc, ...rest: never[]) => void ? K : never;
}[keyof Mutations];
type WithoutOrigin<A> = A extends [...infer Head, unknown] ? Head : never;
type Bound<F> = F extends (doc: Y.Doc, ...rest: infer A) => infer R
  ? (...args: WithoutOrigin<A>) => R
  : never;

export type ProgramEdit = { [K in MutationName]: Bound<Mutations[K]> };

const NAMES = Object.keys(mutations) as MutationName[];

/**
 * The model's mutations bound to the open program and marked as this user's edits,
 * so every change made through the interface can be undone, each as a step of its own.
 */
export function useEdit(): ProgramEdit {
  const session = useProgramSession();
  return useMemo(
    () =>
      Object.fromEntries(
        NAMES.map((name) => [
          name,
          (...args: unknown[]) =>
            session.asOwnUndoStep(() =>
              (mutations[name] as (doc: Y.Doc, ...rest: unknown[]) => void)(
                session.doc,
                ...args,
                LOCAL_ORIGIN,
              ),
            ),
        ]),
      ) as unknown as ProgramEdit,
    [session],
  );
}
