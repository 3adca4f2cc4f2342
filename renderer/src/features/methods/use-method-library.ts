import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

import {
  observeProgramMethods,
  readProgramMethods,
  shareMethod,
  unshareMethod,
} from '../../../../shared/method/program-methods';
import type { Method } from '../../../../shared/method/schema';
import { useHost } from '../../host';
import { useProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';

/** The three sections of the library, in the order it shows them. */
export const METHOD_SOURCES = ['bundled', 'own', 'program'] as const;
export type MethodSource = (typeof METHOD_SOURCES)[number];

export type MethodLists = {
  /** Null while the host has not answered yet. */
  bundled: Method[] | null;
  own: Method[] | null;
  program: Method[];
  /** Why the host's lists could not be read, or null. */
  failure: unknown;
  keep: (method: Method) => Promise<Method>;
  removeOwn: (id: string) => Promise<void>;
  share: (method: Method) => void;
  unshare: (id: string) => void;
};

/**
 * The methods the library shows: the bundled and the user's own from the host,
 * and the open program's from its document, followed live, so a method a
 * co-tutor shares appears while the library is open.
 */
export function useMethodLibrary(): MethodLists {
  const host = useHost();
  const { doc } = useProgramSession();
  const [bundled, setBundled] = useState<Method[] | null>(null);
  const [own, setOwn] = useState<Method[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const program = useProgramMethods(doc);

  useEffect(() => {
    let current = true;
    Promise.all([host.methods.bundled(), host.methods.own()]).then(
      ([bundledMethods, ownMethods]) => {
        if (!current) return;
        setBundled(bundledMethods);
        setOwn(ownMethods);
      },
      (error: unknown) => {
        if (current) setFailure(error);
      },
    );
    return () => {
      current = false;
    };
  }, [host]);

  const reloadOwn = useCallback(async () => setOwn(await host.methods.own()), [host]);
  const keep = useCallback(
    async (method: Method) => {
      const saved = await host.methods.saveOwn({ method });
      await reloadOwn();
      return saved;
    },
    [host, reloadOwn],
  );
  const removeOwn = useCallback(
    async (id: string) => {
      await host.methods.removeOwn({ id });
      await reloadOwn();
    },
    [host, reloadOwn],
  );
  const share = useCallback((method: Method) => shareMethod(doc, method, LOCAL_ORIGIN), [doc]);
  const unshare = useCallback((id: string) => unshareMethod(doc, id, LOCAL_ORIGIN), [doc]);

  return { bundled, own, program, failure, keep, removeOwn, share, unshare };
}

/** The program's methods, read again after each change to them (a co-tutor's too). */
function useProgramMethods(doc: Y.Doc): Method[] {
  const subscribe = useCallback(
    (notify: () => void) => {
      // What changed while nobody listened is read afresh.
      read.delete(doc);
      return observeProgramMethods(doc, () => {
        read.delete(doc);
        notify();
      });
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => {
    let methods = read.get(doc);
    if (methods === undefined) {
      methods = readProgramMethods(doc);
      read.set(doc, methods);
    }
    return methods;
  });
}
const read = new WeakMap<Y.Doc, Method[]>();
