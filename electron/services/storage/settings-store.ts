import { randomUUID } from 'node:crypto';
import { copyFile } from 'node:fs/promises';

import { Low } from 'lowdb';

import { messageOf } from '../../../shared/errors/message-of';
import type { Settings, SettingsPatch } from '../../../shared/host-api/contract';
import { settingsPatch } from '../../../shared/host-api/schemas';
import type { Logger } from '../logger';
import { DurableJsonFile } from './durable-json-file';

/** Every setting but the user's id, which each installation generates once. */
export const DEFAULT_SETTINGS: Required<SettingsPatch> = {
  appearance: 'system',
  userName: '',
  userColor: '#2f6fde',
  paperSize: 'a4',
  language: 'system',
  homeTimeZone: 'system',
  showHomeTimes: false,
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof SettingsPatch)[];
const USER_ID = /^[0-9a-f-]{36}$/;

/**
 * Settings in settings.json. A file that cannot be read at all falls back to the
 * defaults (after a copy is kept beside it); a single bad value falls back alone,
 * so one stray field never costs the user the others.
 */
export class SettingsStore {
  private constructor(private readonly db: Low<Settings>) {}

  static async open(file: string, log: Logger): Promise<SettingsStore> {
    const db = new Low<Settings>(new DurableJsonFile(file, settingsFrom), fresh());
    try {
      await db.read();
    } catch (error) {
      const copy = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await copyFile(file, copy).catch(() => undefined);
      log.warn(
        `Settings in ${file} could not be read (${messageOf(error)}); using defaults. A copy was kept at ${copy}.`,
      );
      db.data = fresh();
    }
    // A first start, or a file from before users had an id: the id is written at once,
    // so it is the same after every restart from now on.
    if (!USER_ID.test(db.data.userId)) {
      db.data = { ...db.data, userId: randomUUID() };
      await db
        .write()
        .catch((error: unknown) =>
          log.warn(
            `The user id could not be saved in ${file} (${messageOf(error)}); it holds until the app quits.`,
          ),
        );
    }
    return new SettingsStore(db);
  }

  get(): Settings {
    return { ...this.db.data };
  }

  /** The patch is validated at the host boundary (HOST_SCHEMAS). */
  async update(patch: SettingsPatch): Promise<Settings> {
    this.db.data = { ...this.db.data, ...patch, userId: this.db.data.userId };
    await this.db.write();
    return this.get();
  }
}

function settingsFrom(value: unknown): Settings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('the file does not hold an object');
  }
  const stored = value as Record<string, unknown>;
  const settings: Settings = {
    ...fresh(),
    userId: typeof stored.userId === 'string' && USER_ID.test(stored.userId) ? stored.userId : '',
  };
  for (const key of KEYS) {
    const parsed = settingsPatch.safeParse({ [key]: stored[key] });
    if (parsed.success && parsed.data[key] !== undefined)
      Object.assign(settings, { [key]: parsed.data[key] });
  }
  return settings;
}

/** The defaults, without an id yet (open() generates it). */
function fresh(): Settings {
  return { ...DEFAULT_SETTINGS, userId: '' };
}
