import type { LanguageSetting } from '../i18n/languages';
import type { Method } from '../method/schema';
import type { Theme } from '../model/schema';

/**
 * The one contract between the interface and whatever hosts it. The Electron
 * preload implements it over IPC and the web host over HTTP; both run the same
 * services (electron/services) behind it, so the same built renderer runs in
 * either. Every method's request is validated on the host side (schemas.ts,
 * whose table the compiler holds to these interfaces, both ways).
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
  /**
   * This installation's user, stable for good: generated once by the host, never
   * changed through update(). Comments and read marks are kept by it.
   */
  userId: string;
  appearance: 'system' | 'light' | 'dark';
  userName: string;
  userColor: string;
  paperSize: 'a4' | 'letter';
  /** The interface's language, or the operating system's ('system'): shared/i18n/languages.ts. */
  language: LanguageSetting;
  /**
   * The IANA time zone the user lives in, or this computer's ('system'): times at
   * the venue are also shown in it where its clock reads differently.
   */
  homeTimeZone: string;
  /** Whether the planner's cards always show the home times, not only on hover and focus. */
  showHomeTimes: boolean;
};

/** What the interface may change of the settings: all but the user's id. */
export type SettingsPatch = Partial<Omit<Settings, 'userId'>>;

/** How a program is shared: its server, its secret key and the invite to pass on. */
export type ProgramSharing = {
  serverUrl: string;
  key: string;
  /** The invite text (shared/sync/invite.ts) holding server, program and key. */
  invite: string;
  /** When this key was set (ISO timestamp). */
  keySince: string;
  /**
   * `owner`: shared from this computer, which may change the key and stop the
   * sharing on the server; `invitee`: joined from an invite, may only leave;
   * `unknown`: shared or joined before this was recorded (acts as an owner until
   * the server says otherwise).
   */
  role: 'owner' | 'invitee' | 'unknown';
};

/** The sync server embedded in this application ("Host on this computer"). */
/**
 * off; running; restarting (its process ended unexpectedly and is being started
 * again on the same port); awaiting-consent (hosting was on, but this computer
 * is now on a network the user has not agreed to host on: `networks`); failed
 * (it could not be kept running: `failure` says why).
 */
export type HostingState = 'off' | 'running' | 'restarting' | 'awaiting-consent' | 'failed';

export type HostingStatus = {
  state: HostingState;
  /** Running or restarting: the addresses below stay valid. */
  running: boolean;
  /** Addresses co-tutors on the same network can reach (ws://<LAN address>:<port>). */
  urls: string[];
  port: number | null;
  /** The networks (IPv4 subnets, 192.168.1.0/24) awaiting the user's consent; otherwise empty. */
  networks: string[];
  /** When failed, a reason code: crashed-repeatedly, or a start error (EADDRINUSE, start-failed…). */
  failure: string | null;
};

export type ImportedFile = { name: string; bytes: Uint8Array };

export type SavedFile = { saved: boolean };

/** A print view (shared/print, rendered to HTML by the page) and the paper to print it on. */
export type PdfRequest = { html: string; paperSize: 'a4' | 'letter' };

export type AppInfo = {
  name: string;
  version: string;
  shell: 'electron' | 'web';
  dataDirectory: string;
  /**
   * The operating system's preferred languages, most preferred first (BCP 47),
   * for the 'system' language setting; empty where the host cannot tell (the
   * web host: the page asks its browser instead).
   */
  systemLanguages: string[];
};

/** A program named by its id, the request of most methods about one program. */
export type ProgramRef = { id: string };

/**
 * A subscription to something the host announces: call it with a listener, call
 * what it returns to stop listening. Named onDidX, as in the services it mirrors.
 */
export type HostEvent<T> = (listener: (event: T) => void) => () => void;

/**
 * The library's list changed: a program was created, renamed, duplicated, moved
 * to the trash or back, imported, joined, or changed by a co-tutor through sync
 * in a way the list shows (title, dates, venue, theme).
 */
export type LibraryChange = { programId: string };

/*
 * Every method takes at most one argument, an object: a field left undefined is
 * simply absent over any transport, where a positional one arrived as null.
 */

export interface LibraryService {
  list(): Promise<ProgramSummary[]>;
  templates(): Promise<TemplateSummary[]>;
  create(request: CreateProgramRequest): Promise<ProgramSummary>;
  rename(request: { id: string; title: string }): Promise<ProgramSummary>;
  duplicate(request: ProgramRef): Promise<ProgramSummary>;
  /** Moves a program to the trash; restore() brings it back. */
  remove(request: ProgramRef): Promise<void>;
  restore(request: ProgramRef): Promise<ProgramSummary>;
  /** Adds the program held by a .cotutor file that this computer does not have yet. */
  importProgram(request: { file: Uint8Array }): Promise<ProgramSummary>;
  onDidChange: HostEvent<LibraryChange>;
}

export interface SharingService {
  get(request: ProgramRef): Promise<ProgramSharing | null>;
  /** Registers a new secret key for the program on the server and remembers both. */
  share(request: {
    id: string;
    serverUrl: string;
    /** The server's registration code, kept with the server on this computer. */
    registrationCode?: string;
  }): Promise<ProgramSharing>;
  /** Replaces the key on the server: old invites stop working. */
  rotateKey(request: ProgramRef): Promise<ProgramSharing>;
  /**
   * The owner removes the program's room from its server (with deleteData, the
   * server's copy too); an invitee stops syncing here only. The program stays.
   */
  stop(request: ProgramRef & { deleteData?: boolean }): Promise<void>;
  /** Adds the program of an invite to the library; its content arrives on the first sync. */
  join(request: { invite: string }): Promise<ProgramSummary>;
}

export interface HostingService {
  status(): Promise<HostingStatus>;
  start(): Promise<HostingStatus>;
  stop(): Promise<HostingStatus>;
  /** The status after each change, also those nobody asked for: a crash, a restart, a launch on a new network. */
  onDidChange: HostEvent<HostingStatus>;
}

export type SaveExportRequest = {
  /**
   * A .cotutor, .pdf, .docx or .cotutor-method.json file name (never a path): the
   * format follows the extension.
   */
  suggestedName: string;
  bytes: Uint8Array;
  /** Show the saved file in the system's file manager afterwards (exports for others). */
  reveal?: boolean;
};

/**
 * Files chosen by the user. Inside Electron these show the system's dialogs; the
 * web host answers 'unsupported' and the page downloads and uploads itself.
 */
export interface FilesService {
  /** Asks where to save and writes the file there. */
  saveExport(request: SaveExportRequest): Promise<SavedFile>;
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
  load(request: ProgramRef): Promise<Uint8Array>;
  /** Whether opening the program (since the host started) recovered it from a damaged file. */
  recovery(request: ProgramRef): Promise<DamageRecovery | null>;
  /** Stores Yjs updates made since the last call, in order. */
  append(request: { id: string; updates: Uint8Array[] }): Promise<void>;
  /**
   * The stored Yjs state of the program's review document (shared/review/layout.ts):
   * empty for a program that has none yet. Methods of their own rather than a
   * `part` of load/append: the program's carry checks and library updates the
   * review document has none of.
   */
  loadReview(request: ProgramRef): Promise<Uint8Array>;
  /** Stores review-document updates made since the last call, in order. */
  appendReview(request: { id: string; updates: Uint8Array[] }): Promise<void>;
}

/** One version of a program: its id in the list of versions (shared/history/version-list.ts). */
export type VersionRef = { programId: string; versionId: string };

/** A version body in the local store, as listing sees it without reading it all. */
export type StoredVersion = {
  versionId: string;
  size: number;
  /** Its file is cut short or not a version body: it cannot be opened. */
  damaged: boolean;
};

/**
 * The bodies of a program's versions (the encoded program state), kept as files
 * beside the program; the list of versions itself is in the review document.
 */
export interface VersionService {
  /**
   * Stores a body durably; storing the same version again replaces it. For a
   * shared program it is also queued (durably) for upload to its sync server.
   */
  put(request: VersionRef & { body: Uint8Array }): Promise<void>;
  /**
   * A body: this computer's, or for a shared program the sync server's, fetched
   * when `digest` (the list entry's SHA-256 of the body) is given, checked
   * against it and kept here. 'not-found' when there is none, 'version-not-here'
   * when the server cannot give it now, 'damaged-version' when it cannot be read
   * or is not the body the digest names.
   */
  get(request: VersionRef & { digest?: string }): Promise<Uint8Array>;
  /** Removes a body; one already gone is no failure. */
  remove(request: VersionRef): Promise<void>;
  list(request: ProgramRef): Promise<StoredVersion[]>;
}

export interface SettingsService {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
  /** The settings after each update, from any window: the native menus follow the language too. */
  onDidChange: HostEvent<Settings>;
}

export interface AppService {
  info(): Promise<AppInfo>;
  /** Opens an http(s) or mailto link in the system's browser or mail program. */
  openExternal(request: { url: string }): Promise<void>;
}

/**
 * The method library (docs/methods.md): the methods that come with Cotutor and
 * the co-tutor's own, kept on this computer. A program's shared methods are in
 * its document, not here.
 */
export interface MethodService {
  /** The bundled methods that are valid; a broken file is left out and logged. */
  bundled(): Promise<Method[]>;
  own(): Promise<Method[]>;
  /** Keeps a method on this computer, or replaces the own method with its id. */
  saveOwn(request: { method: Method }): Promise<Method>;
  /** Deletes an own method; one already gone is no failure. */
  removeOwn(request: { id: string }): Promise<void>;
}

export interface HostApi {
  library: LibraryService;
  methods: MethodService;
  documents: DocumentService;
  settings: SettingsService;
  app: AppService;
  sharing: SharingService;
  hosting: HostingService;
  files: FilesService;
  exports: ExportService;
  versions: VersionService;
}

export type Namespace = keyof HostApi;

/** The members of a service that are events (HostEvent), as opposed to methods. */
export type EventsIn<S> = {
  [K in keyof S & string]: S[K] extends HostEvent<infer _T> ? K : never;
}[keyof S & string];

/** The members of a service that are methods: called with one request, answered by a promise. */
export type MethodsIn<S> = {
  [K in keyof S & string]: S[K] extends HostEvent<infer _T>
    ? never
    : S[K] extends (...args: never[]) => Promise<unknown>
      ? K
      : never;
}[keyof S & string];

export type MethodOf<N extends Namespace> = MethodsIn<HostApi[N]>;
export type EventOf<N extends Namespace> = EventsIn<HostApi[N]>;

/** What a method is called with: its one argument, or undefined when it takes none. */
export type RequestOf<F> = F extends (...args: infer A) => unknown
  ? A extends []
    ? undefined
    : A[0]
  : never;

/** Commands the native menu sends to the interface. */
export const APP_COMMANDS = [
  'new-program',
  'show-library',
  'undo',
  'redo',
  'find',
  'export-document',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** The IPC channel of a method, or of an event sent from the main process. */
export function channelOf(namespace: string, member: string): string {
  return `${namespace}:${member}`;
}
