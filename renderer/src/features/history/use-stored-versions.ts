import { useEffect, useState } from 'react';

import type { StoredVersion } from '../../../../shared/host-api/contract';
import { messageOf } from '../../../../shared/host-api/errors';
import { useHost } from '../../host';

/**
 * The version bodies this computer holds, by id, listed again whenever the
 * list of versions changes (`listed` moves): how the history knows a damaged
 * file, and a version whose body is still only on the sync server. Null until
 * first listed.
 */
export function useStoredVersions(
  programId: string,
  listed: unknown,
): ReadonlyMap<string, StoredVersion> | null {
  const host = useHost();
  const [stored, setStored] = useState<ReadonlyMap<string, StoredVersion> | null>(null);

  useEffect(() => {
    let live = true;
    host.versions.list({ id: programId }).then(
      (versions) => {
        if (live) setStored(new Map(versions.map((version) => [version.versionId, version])));
      },
      (error: unknown) => console.warn(`Listing the stored versions failed: ${messageOf(error)}`),
    );
    return () => {
      live = false;
    };
  }, [host, programId, listed]);

  return stored;
}
