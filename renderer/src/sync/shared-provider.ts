/** What the wrapper needs from a network provider (y-websocket's WebsocketProvider has it). */
export type Connectable = {
  connect(): void;
  disconnect(): void;
};

/** Hands back one use of the shared provider; calling it again does nothing. */
export type Release = () => void;

/**
 * One network provider per open program, shared by the session and every
 * editor of the window. Each user takes a lease; the provider connects when the
 * first lease is taken and disconnects when the last one is given back, so an
 * editor that unmounts never disconnects the others (Lexical's editors call
 * connect on mount and disconnect on unmount).
 *
 * The provider underneath can be swapped (sharing started, stopped, key
 * rotated) or held back (the computer went offline) without the leases
 * changing hands.
 */
export class SharedProvider<P extends Connectable> {
  private users = 0;
  private provider: P | null = null;
  private suspended = false;
  private connected = false;
  private closed = false;

  get current(): P | null {
    return this.provider;
  }

  get leases(): number {
    return this.users;
  }

  get isConnected(): boolean {
    return this.connected;
  }

  acquire(): Release {
    if (this.closed) return () => undefined;
    this.users += 1;
    this.settle();
    let released = false;
    return () => {
      if (released || this.closed) return;
      released = true;
      this.users -= 1;
      this.settle();
    };
  }

  /** Puts another provider (or none) underneath; returns the one it replaces, disconnected. */
  replace(next: P | null): P | null {
    const previous = this.provider;
    if (previous === next) return null;
    if (this.connected && previous !== null) previous.disconnect();
    this.connected = false;
    this.provider = next;
    this.settle();
    return previous;
  }

  /** Holds the connection back while the network is known to be down, leases kept. */
  setSuspended(suspended: boolean): void {
    this.suspended = suspended;
    this.settle();
  }

  /** Disconnects for good; later leases and releases do nothing. */
  close(): P | null {
    const provider = this.provider;
    if (this.connected && provider !== null) provider.disconnect();
    this.connected = false;
    this.provider = null;
    this.closed = true;
    return provider;
  }

  private settle(): void {
    const wanted = !this.closed && !this.suspended && this.users > 0 && this.provider !== null;
    if (wanted === this.connected || this.provider === null) return;
    this.connected = wanted;
    if (wanted) this.provider.connect();
    else this.provider.disconnect();
  }
}
