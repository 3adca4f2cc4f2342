import type { Awareness } from 'y-protocols/awareness';

import { type Peer, readPeers } from './presence-state';

/**
 * The other people in the program, as an external store for React. The list
 * keeps its identity while only cursors move (every keystroke of a co-tutor
 * changes the awareness), so presence marks redraw only when someone comes,
 * goes, renames, or moves to another session or field.
 */
export class PeerList {
  private peers: Peer[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly awareness: Awareness) {
    this.peers = this.read();
  }

  getPeers = (): Peer[] => this.peers;

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.peers = this.read();
      this.awareness.on('change', this.onChange);
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.awareness.off('change', this.onChange);
    };
  };

  private readonly onChange = () => {
    const next = this.read();
    if (samePeers(next, this.peers)) return;
    this.peers = next;
    for (const listener of this.listeners) listener();
  };

  private read(): Peer[] {
    return readPeers(this.awareness.getStates(), this.awareness.clientID);
  }
}

export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return (
    a.length === b.length &&
    a.every((peer, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        peer.clientId === other.clientId &&
        peer.user.name === other.user.name &&
        peer.user.color === other.user.color &&
        peer.place?.view === other.place?.view &&
        peer.place?.blockId === other.place?.blockId &&
        peer.fieldId === other.fieldId
      );
    })
  );
}
