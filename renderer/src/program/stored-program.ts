import type { DamageRecovery, ProgramSharing } from '../../../shared/host-api/contract';
import type { Host } from '../host';

/** Everything opening a program reads from the host. */
export type StoredProgram = {
  program: Uint8Array;
  /**
   * Comments, versions, approvals and deletions: the review document's state.
   * Still on its way when the rest has arrived, as the plan is shown without it
   * (ProgramSession.loadReview).
   */
  review: Promise<Uint8Array>;
  sharing: ProgramSharing | null;
  /** Opening found the program's file damaged: what could be read is here, the file as it was is kept. */
  recovery: DamageRecovery | null;
};

/**
 * Asks for all of it at once, so that opening waits for the slowest answer, not
 * for their sum; the review document's answer is not waited for at all.
 */
export async function readStoredProgram(host: Host, programId: string): Promise<StoredProgram> {
  const review = host.documents.loadReview({ id: programId });
  // A failure is the session's to report once it applies the review; until then it is held.
  review.catch(() => undefined);
  const [program, sharing, recovery] = await Promise.all([
    host.documents.load({ id: programId }),
    sharingOf(host, programId),
    host.documents.recovery({ id: programId }),
  ]);
  return { program, review, sharing, recovery };
}

/** How the program is shared; a host that cannot say (yet) is treated as "not shared". */
async function sharingOf(host: Host, programId: string): Promise<ProgramSharing | null> {
  try {
    return await host.sharing.get({ id: programId });
  } catch (error) {
    console.warn(`Sharing of ${programId} unknown, working locally:`, error);
    return null;
  }
}
