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
  /** Shared through a sync server (sharing.get gives the details). */
  shared: boolean;
  /** Joined from an invite, and nothing received from the server yet. */
  awaitingSync: boolean;
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

/** How a program is shared: its server, its secret key and the invite to pass on. */
export type ProgramSharing = {
  serverUrl: string;
  key: string;
  /** The invite text (shared/sync/invite.ts) holding server, program and key. */
  invite: string;
  /** When this key was set (ISO timestamp). */
  keySince: string;
};

/** The sync server embedded in this application ("Host on this computer"). */
export type HostingStatus = {
  running: boolean;
  /** Addresses co-tutors on the same network can reach (ws://<LAN address>:<port>). */
  urls: string[];
  port: number | null;
};

export type ImportedFile = { name: string; bytes: Uint8Array };

export type SaveOptions = {
  /** Show the saved file in the system's file manager afterwards (exports for others). */
  reveal: boolean;
};

export type SavedFile = { saved: boolean };

/** A print view (shared/print, rendered to HTML by the page) and the paper to print it on. */
export type PdfRequest = { html: string; paperSize: 'a4' | 'letter' };

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
  /** Adds the program held by a .cotutor file that this computer does not have yet. */
  importProgram(file: Uint8Array): Promise<ProgramSummary>;
}

export interface SharingService {
  get(id: string): Promise<ProgramSharing | null>;
  /** Registers a new secret key for the program on the server and remembers both. */
  share(id: string, serverUrl: string): Promise<ProgramSharing>;
  /** Replaces the key on the server: old invites stop working. */
  rotateKey(id: string): Promise<ProgramSharing>;
  /** Stops syncing this program from this computer (the program stays). */
  stop(id: string): Promise<void>;
  /** Adds the program of an invite to the library; its content arrives on the first sync. */
  join(invite: string): Promise<ProgramSummary>;
}

export interface HostingService {
  status(): Promise<HostingStatus>;
  start(): Promise<HostingStatus>;
  stop(): Promise<HostingStatus>;
}

/**
 * Files chosen by the user. Inside Electron these show the system's dialogs; the
 * web host answers 'unsupported' and the page downloads and uploads itself.
 */
export interface FilesService {
  /** Asks where to save (a .cotutor, .pdf or .docx file, by the name's extension) and writes it. */
  saveExport(suggestedName: string, bytes: Uint8Array, options?: SaveOptions): Promise<SavedFile>;
  openImport(): Promise<ImportedFile | null>;
}

/**
 * Turns a print view into a PDF. Inside Electron a hidden, sandboxed window
 * without scripts prints it; the web host prints it with a headless Chromium
 * when started with one, and answers 'unsupported' otherwise (docs/exports.md).
 */
export interface ExportService {
  renderPdf(request: PdfRequest): Promise<Uint8Array>;
}

/**
 * Opening a program found its file damaged: the host kept the file as it was at
 * `copyPath`, then opened every change it could read. Data, so the renderer words it.
 */
export type DamageRecovery = { code: 'damaged-file-recovered'; params: { copyPath: string } };

export interface DocumentService {
  /** The stored Yjs state of a program. */
  load(id: string): Promise<Uint8Array>;
  /** Whether opening the program (since the host started) recovered it from a damaged file. */
  recovery(id: string): Promise<DamageRecovery | null>;
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
  sharing: SharingService;
  hosting: HostingService;
  files: FilesService;
  exports: ExportService;
}

export type Namespace = keyof HostApi;
export type MethodOf<N extends Namespace> = keyof HostApi[N] & string;

/** Every method of the contract, the single list the preload, IPC and HTTP wiring derive from. */
export const HOST_METHODS = {
  library: ['list', 'templates', 'create', 'rename', 'duplicate', 'remove', 'restore', 'importProgram'],
  documents: ['load', 'recovery', 'append'],
  settings: ['get', 'update'],
  app: ['info', 'openExternal'],
  sharing: ['get', 'share', 'rotateKey', 'stop', 'join'],
  hosting: ['status', 'start', 'stop'],
  files: ['saveExport', 'openImport'],
  exports: ['renderPdf'],
} as const satisfies { [N in Namespace]: readonly MethodOf<N>[] };

/** Commands the native menu sends to the interface. */
export const APP_COMMANDS = ['new-program', 'show-library', 'undo', 'redo', 'find', 'export-document'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export function channelOf(namespace: string, method: string): string {
  return `${namespace}:${method}`;
}
