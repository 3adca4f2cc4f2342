/**
 * Failures crossing the host boundary travel as data (an envelope), because
 * Electron's IPC and contextBridge keep only an error's message. They carry a
 * code and its parameters, never a sentence: only the renderer turns them into
 * words, from its catalogs, in the user's language. `detail` is for logs and
 * developers and is never shown.
 */

import { messageOf } from '../errors/message-of';

export { messageOf };

/** What each code says, besides itself. A file is named by its base name, never its folder. */
export type HostErrorParams = {
  /** An argument the host refused, named by its field (`title`, `server`, `updates`…). */
  'invalid-argument': { field: string };
  'not-found': NoParams;
  /** A stored version of a program whose body is cut short or not a version body. */
  'damaged-version': NoParams;
  /**
   * A version of a shared program whose body is not on this computer, and which
   * its sync server cannot give now (offline, or not uploaded yet by whoever kept it).
   */
  'version-not-here': NoParams;
  /** A stored program that could not be read; a copy of its file was kept at `copyPath`. */
  'damaged-file': { copyPath: string };
  /** A program whose document holds nothing readable (no copy to point to: it was never stored so). */
  'unreadable-program': NoParams;
  /** A stored program or file written by a newer version of Cotutor. */
  'newer-version': NoParams;
  /** A .cotutor file that cannot be imported, and why. */
  'refused-file': { reason: ExchangeRefusal };
  'disk-full': FileParams;
  'no-permission': FileParams;
  'read-only': FileParams;
  /** Any other failure of the file system. */
  storage: FileParams;
  'shutting-down': NoParams;
  /** A program joined from an invite whose content has not come from its server yet. */
  'not-arrived': NoParams;
  'already-in-library': NoParams;
  'in-trash': NoParams;
  unreachable: ServerParams;
  'server-busy': ServerParams;
  'server-failed': ServerParams;
  'not-a-sync-server': ServerParams;
  /** The server holds another key for the program: it was shared there before. */
  'key-conflict': ServerParams;
  /** The server no longer accepts this computer's key: someone replaced it. */
  'key-replaced': ServerParams;
  /** The server has no key for the program any more. */
  'key-missing': ServerParams;
  /** The server registers rooms only for people with its registration code, and none was given. */
  'registration-code-required': ServerParams;
  /** The registration code given for the server is not the one it asks for. */
  'registration-code-wrong': ServerParams;
  /** Only the co-tutor who shared the program may change its key or stop its sharing on the server. */
  'not-owner': ServerParams;
  /**
   * The server at this address showed another certificate than the one its
   * invite pinned: someone on the network may be standing in for it. Nothing
   * was sent to it.
   */
  'certificate-mismatch': ServerParams;
  /** A sync server address with a user name or password, which every invite would carry. */
  'credentials-in-address': NoParams;
  /** The host cannot do this here (no system dialogs, no printer). */
  unsupported: NoParams;
  'pdf-failed': NoParams;
  forbidden: NoParams;
  internal: NoParams;
};

type NoParams = Record<string, never>;
type FileParams = { file?: string };
type ServerParams = { url: string };

/** Why a .cotutor file was refused (shared/exchange/cotutor-file.ts decides). */
export const EXCHANGE_REFUSALS = [
  'too-large',
  'not-a-program-file',
  'no-program',
  'no-description',
  'newer-version',
  'incomplete',
  'unreadable',
  'mismatch',
  'damaged',
] as const;
export type ExchangeRefusal = (typeof EXCHANGE_REFUSALS)[number];

export type HostErrorCode = keyof HostErrorParams;

/** Every code, for checking what arrives from the other side. */
export const HOST_ERROR_CODES = [
  'invalid-argument',
  'not-found',
  'damaged-version',
  'version-not-here',
  'damaged-file',
  'unreadable-program',
  'newer-version',
  'refused-file',
  'disk-full',
  'no-permission',
  'read-only',
  'storage',
  'shutting-down',
  'not-arrived',
  'already-in-library',
  'in-trash',
  'unreachable',
  'server-busy',
  'server-failed',
  'not-a-sync-server',
  'key-conflict',
  'key-replaced',
  'key-missing',
  'registration-code-required',
  'registration-code-wrong',
  'not-owner',
  'certificate-mismatch',
  'credentials-in-address',
  'unsupported',
  'pdf-failed',
  'forbidden',
  'internal',
] as const satisfies readonly HostErrorCode[];

// A code added to HostErrorParams but not to the list above fails the typecheck here.
const EVERY_CODE_LISTED: [Exclude<HostErrorCode, (typeof HOST_ERROR_CODES)[number]>] extends [never]
  ? true
  : never = true;
void EVERY_CODE_LISTED;

/** One code with its parameters, as it travels. */
export type HostFailure = {
  [C in HostErrorCode]: { code: C; params: HostErrorParams[C]; detail?: string };
}[HostErrorCode];

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: HostFailure };

/** A code whose parameters are all optional may leave them out. */
type HostErrorArgs<C extends HostErrorCode> =
  Record<never, never> extends HostErrorParams[C]
    ? [params?: HostErrorParams[C], detail?: string]
    : [params: HostErrorParams[C], detail?: string];

export class HostError<C extends HostErrorCode = HostErrorCode> extends Error {
  readonly params: HostErrorParams[C];
  readonly detail: string | undefined;

  constructor(
    readonly code: C,
    ...[params, detail]: HostErrorArgs<C>
  ) {
    // The message is for logs only; the interface reads code and params.
    super(logMessage(code, detail));
    this.name = 'HostError';
    this.params = params ?? ({} as HostErrorParams[C]);
    this.detail = detail;
  }

  /** This error as it crosses the boundary. */
  toFailure(): HostFailure {
    const failure = { code: this.code, params: this.params } as HostFailure;
    return this.detail === undefined ? failure : { ...failure, detail: this.detail };
  }

  /** The error a failure that arrived stands for. */
  static of(failure: HostFailure): HostError {
    // The constructor's types tie the parameters to one code known where it is
    // written; a failure that arrived may carry any code, so it is set afterwards.
    const error: HostError = new HostError('internal', {}, failure.detail);
    return Object.assign(error, {
      code: failure.code,
      params: failure.params,
      message: logMessage(failure.code, failure.detail),
    });
  }
}

function logMessage(code: HostErrorCode, detail: string | undefined): string {
  return detail === undefined ? code : `${code}: ${detail}`;
}

export function failureOf(error: unknown): HostFailure {
  if (error instanceof HostError) return error.toFailure();
  return { code: 'internal', params: {}, detail: messageOf(error) };
}

/**
 * The value of an envelope, or its failure thrown as a HostError. What arrives
 * is checked: an unknown code becomes 'internal', and only text and number
 * parameters are kept, so the interface never shows anything else.
 */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw HostError.of(checkedFailure(envelope.error));
}

const CODES: ReadonlySet<string> = new Set(HOST_ERROR_CODES);

function checkedFailure(failure: unknown): HostFailure {
  const { code, params, detail } = (
    typeof failure === 'object' && failure !== null ? failure : {}
  ) as Record<string, unknown>;
  const known = typeof code === 'string' && CODES.has(code);
  const kept: Record<string, string | number> = {};
  if (known && typeof params === 'object' && params !== null) {
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'string' || typeof value === 'number') kept[name] = value;
    }
  }
  const text =
    typeof detail === 'string' ? detail : known ? undefined : `unknown failure ${String(code)}`;
  return {
    code: known ? code : 'internal',
    params: kept,
    ...(text === undefined ? {} : { detail: text }),
  } as HostFailure;
}
