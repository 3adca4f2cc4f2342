import { originOf } from '../security/urls';

/** The parts of WebFrameMain the check reads; Electron's IpcMainInvokeEvent fits this shape. */
export type SenderFrame = { readonly url: string; readonly parent: SenderFrame | null };
export type InvokeEventLike = {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly id: number };
};

/**
 * Whether an IPC message comes from our interface: the main frame (not an
 * iframe), of a window we created, showing a page of one of our origins. A page
 * that navigated elsewhere, or a frame injected into ours, keeps the preload's
 * channels but loses the right to use them.
 */
export function createSenderCheck(options: {
  trustedOrigins: readonly string[];
  isOwnWebContents(id: number): boolean;
}): (event: InvokeEventLike) => boolean {
  return (event) => {
    try {
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null) return false;
      if (!options.isOwnWebContents(event.sender.id)) return false;
      const origin = originOf(frame.url);
      return origin !== null && options.trustedOrigins.includes(origin);
    } catch {
      // WebFrameMain throws once its frame is gone; a vanished sender is not trusted.
      return false;
    }
  };
}
