import * as Y from 'yjs';

import { isRedundant } from '../../../../shared/history/automatic-versions';
import { versionsToThin } from '../../../../shared/history/retention';
import {
  addVersion,
  readableVersions,
  removeVersions,
  VERSION_LIMITS,
  type VersionAuthor,
  type VersionEntry,
  type VersionKind,
} from '../../../../shared/history/version-list';
import type { VersionService } from '../../../../shared/host-api/contract';
import { HostError } from '../../../../shared/host-api/errors';
import { newId } from '../../../../shared/model/ids';
import { checkDocument } from '../../../../shared/model/migrate';

/**
 * What the keeper needs of the open program: its id, its document and its
 * review document, with the moment that holds its stored state (the list of
 * versions is read and written only from then on).
 */
export type KeptProgram = {
  programId: string;
  doc: Y.Doc;
  review: Y.Doc;
  reviewLoaded: Promise<void>;
};

export type VersionRequest = {
  kind: VersionKind;
  /** The name of a named version; automatic ones have none. */
  name?: string;
  /** The state to keep, encoded already when it must be the state of this very moment. */
  state?: Uint8Array;
};

/** Bodies kept in memory once opened: a compare and its viewer open the same ones again. */
const CACHED_BODIES = 8;

/**
 * Keeps versions of one open program: stores the body (the encoded program
 * state) through the host, then adds the entry to the list in the review
 * document, so that a listed version always has a body here. Also opens a
 * version into a Y.Doc of its own, and applies retention.
 */
export class VersionKeeper {
  private readonly bodies = new Map<string, Uint8Array>();
  /** One keep after another, so that two automatic ones of the same state never both pass. */
  private keeping: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly program: KeptProgram,
    private readonly host: { versions: VersionService },
    private readonly author: () => VersionAuthor,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Keeps a version of the program as it is now (or of `state`). An automatic
   * version identical to the newest one is skipped: the answer is then null.
   */
  keep(request: VersionRequest): Promise<VersionEntry | null> {
    // The state is taken at the call: the change that follows must not be in it.
    const body = request.state ?? Y.encodeStateAsUpdate(this.program.doc);
    const kept = this.keeping.then(() => this.store(request, body));
    this.keeping = kept.catch(() => undefined);
    return kept;
  }

  private async store(request: VersionRequest, body: Uint8Array): Promise<VersionEntry | null> {
    if (body.byteLength > VERSION_LIMITS.maxBodyBytes)
      throw new HostError('invalid-argument', { field: 'body' }, 'The program is too large');
    const digest = await digestOf(body);
    // Compared with the newest version as stored, never with an empty list.
    await this.program.reviewLoaded;
    const newest = readableVersions(this.program.review)[0];
    if (isRedundant(request.kind, digest, newest)) return null;
    const name = request.kind === 'named' ? (request.name ?? '').trim() : null;
    const entry: VersionEntry = {
      id: newId(),
      name: name === null ? null : name.slice(0, VERSION_LIMITS.maxNameLength),
      kind: request.kind,
      author: this.author(),
      createdAt: this.now().toISOString(),
      size: body.byteLength,
      digest,
    };
    await this.host.versions.put({ programId: this.program.programId, versionId: entry.id, body });
    this.remember(entry.id, body);
    addVersion(this.program.review, entry);
    return entry;
  }

  /**
   * A version decoded into a document of its own (never into the live one), for
   * reading only. A body that cannot be read, or holds no program, is refused as
   * 'damaged-version'. A body not on this computer comes from the sync server,
   * which the host checks against the digest of the version's entry; offline it
   * is refused as 'version-not-here'.
   */
  async open(versionId: string): Promise<Y.Doc> {
    const body = await this.body(versionId);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, body);
    } catch {
      doc.destroy();
      throw new HostError('damaged-version', {}, `Version ${versionId} does not decode`);
    }
    if (!checkDocument(doc).ok) {
      doc.destroy();
      throw new HostError('damaged-version', {}, `Version ${versionId} holds no program`);
    }
    return doc;
  }

  /**
   * A version's body: from memory, from this computer's store, or — for a
   * version a co-tutor kept and approved — as it came with the approval, once
   * its digest matches the version's entry; it is then stored here too.
   */
  async body(versionId: string): Promise<Uint8Array> {
    const known = this.bodies.get(versionId);
    if (known !== undefined) return known;
    const ref = { programId: this.program.programId, versionId };
    await this.program.reviewLoaded;
    const entry = readableVersions(this.program.review).find((row) => row.id === versionId);
    let body: Uint8Array;
    try {
      // With the digest, the host fetches a body it lacks from the sync server and checks it.
      body = await this.host.versions.get(
        entry === undefined ? ref : { ...ref, digest: entry.digest },
      );
    } catch (failure) {
      // Loaded only here: the reader of approvals is not needed to open a program.
      const { approvedBodyOf } = await import('../../../../shared/review/approvals');
      const carried = approvedBodyOf(this.program.review, versionId);
      const missing =
        failure instanceof HostError &&
        (failure.code === 'not-found' || failure.code === 'version-not-here');
      if (!missing || carried === null) throw failure;
      if (entry?.digest !== (await digestOf(carried)))
        throw new HostError('damaged-version', {}, `Version ${versionId} came changed`);
      body = carried;
      await this.host.versions.put({ ...ref, body });
    }
    this.remember(versionId, body);
    return body;
  }

  /** Applies retention (shared/history/retention.ts): the entries, then their bodies, go. */
  async thin(): Promise<void> {
    await this.program.reviewLoaded;
    const ids = versionsToThin(readableVersions(this.program.review), this.now());
    removeVersions(this.program.review, ids);
    await this.forget(ids);
  }

  /** Removes the bodies of versions no longer listed (retention applied by a co-tutor). */
  async forget(ids: readonly string[]): Promise<void> {
    for (const versionId of ids) {
      this.bodies.delete(versionId);
      await this.host.versions.remove({ programId: this.program.programId, versionId });
    }
  }

  private remember(versionId: string, body: Uint8Array): void {
    this.bodies.delete(versionId);
    this.bodies.set(versionId, body);
    for (const id of this.bodies.keys()) {
      if (this.bodies.size <= CACHED_BODIES) break;
      this.bodies.delete(id);
    }
  }
}

async function digestOf(body: Uint8Array): Promise<string> {
  const hash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', body as Uint8Array<ArrayBuffer>),
  );
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
