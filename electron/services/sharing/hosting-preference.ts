import { join } from 'node:path';

import type { Low } from 'lowdb';
import { z } from 'zod';

import type { Logger } from '../logger';
import { openJsonRecord } from './json-record';

/**
 * <data>/hosting.json: whether "Host on this computer" was on, so that it comes
 * back on at the next launch, and the port it last listened on, so that the
 * invites given out while it ran keep working after a restart; and the networks
 * the user agreed to host on, so that a launch on another network asks first.
 */
export const MAX_APPROVED_NETWORKS = 64;

const preferenceSchema = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(1).max(65535).nullable(),
  // Files from before networks were remembered have none: their next launch asks.
  networks: z.array(z.string().min(1).max(64)).max(MAX_APPROVED_NETWORKS).default([]),
});
export type HostingPreference = z.infer<typeof preferenceSchema>;

export class HostingPreferenceStore {
  private constructor(private readonly db: Low<HostingPreference>) {}

  static async open(dataDirectory: string, log: Logger): Promise<HostingPreferenceStore> {
    const db = await openJsonRecord({
      file: join(dataDirectory, 'hosting.json'),
      parse: (value) => preferenceSchema.parse(value),
      empty: () => ({ enabled: false, port: null, networks: [] }),
      log,
      holds: 'whether this computer hosts a sync server',
    });
    return new HostingPreferenceStore(db);
  }

  get(): HostingPreference {
    return { ...this.db.data, networks: [...this.db.data.networks] };
  }

  async set(preference: HostingPreference): Promise<void> {
    this.db.data = { ...preference };
    await this.db.write();
  }
}
