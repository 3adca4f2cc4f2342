import type { Theme } from '../model/schema';

/**
 * The one contract between the interface and whatever hosts it. The Electron
 * preload implements it over IPC and the web host over HTTP; both run the same
 * services (electron/services) behind it, so the same built renderer runs in
 * either. Every method's arguments are validated on the host side (schemas.ts).
 */

export type ProgramSummary = {
  id: string;
  title: string;
  theme: Theme;
  venueCity: string;
  /** ISO date of the first day. */
  startDate: string;
  days: number;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
};

export type TemplateSummary = {
  id: string;
  name: string;
  description: string;
  theme: Theme;
  days: number;
  sessions: number;
};

export type CreateProgramRequest = {
  /** A template id from templates(), or null for a blank program. */
  templateId: string | null;
  title: string;
  startDate: string;
};

export type Settings = {
  appearance: 'system' | 'light' | 'dark';
  userName: string;
  userColor: string;
  paperSize: 'a4' | 'letter';
};

export type AppInfo = {
  name: string;
  version: string;
  shell: 'electron' | 'web';
  dataDirectory: string;
};

export interface LibraryService {
  list(): Promise<ProgramSummary[]>;
  templates(): Promise<TemplateSummary[]>;
  create(request: CreateProgramRequest): Promise<ProgramSummary>;
  rename(id: string, title: string): Promise<ProgramSummary>;
  duplicate(id: string): Promise<ProgramSummary>;
  /** Moves a program to the trash; restore() brings it back. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<ProgramSummary>;
}

export interface DocumentService {
  /** The stored Yjs state of a program. */
  load(id: string): Promise<Uint8Array>;
  /** Stores Yjs updates made since the last call, in order. */
  append(id: string, updates: Uint8Array[]): Promise<void>;
}

export interface SettingsService {
  get(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

export interface AppService {
  info(): Promise<AppInfo>;
  /** Opens an http(s) or mailto link in the system's browser or mail program. */
  openExternal(url: string): Promise<void>;
}

export interface HostApi {
  library: LibraryService;
  documents: DocumentService;
  settings: SettingsService;
  app: AppService;
}

export type Namespace = keyof HostApi;
export type MethodOf<N extends Namespace> = keyof HostApi[N] & string;

/** Every method of the contract, the single list the preload, IPC and HTTP wiring derive from. */
export const HOST_METHODS = {
  library: ['list', 'templates', 'create', 'rename', 'duplicate', 'remove', 'restore'],
  documents: ['load', 'append'],
  settings: ['get', 'update'],
  app: ['info', 'openExternal'],
} as const satisfies { [N in Namespace]: readonly MethodOf<N>[] };

/** Commands the native menu sends to the interface. */
export const APP_COMMANDS = ['new-program', 'show-library', 'undo', 'redo', 'find'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export function channelOf(namespace: string, method: string): string {
  return `${namespace}:${method}`;
}
