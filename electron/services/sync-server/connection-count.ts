import { isIPv6 } from 'node:net';

/**
 * Counts open connections (and upgrades under way) per remote address and in
 * all, so that one address cannot take every connection the server can hold. An
 * IPv6 address counts per /64: one machine or network gets a whole /64 and could
 * otherwise take a new address for every connection.
 */
export class ConnectionCount {
  private readonly perAddress = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly maxPerAddress: number,
    private readonly maxTotal: number,
  ) {}

  /** A place for one more connection from `remote`, or why there is none; release it once closed. */
  reserve(remote: string): { release: () => void } | 'address-full' | 'server-full' {
    if (this.total >= this.maxTotal) return 'server-full';
    const key = addressGroupOf(remote);
    const count = this.perAddress.get(key) ?? 0;
    if (count >= this.maxPerAddress) return 'address-full';
    this.perAddress.set(key, count + 1);
    this.total++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = (this.perAddress.get(key) ?? 1) - 1;
        if (left === 0) this.perAddress.delete(key);
        else this.perAddress.set(key, left);
      },
    };
  }

  get open(): number {
    return this.total;
  }
}

/** The address itself for IPv4, its first 64 bits for IPv6. */
export function addressGroupOf(remote: string): string {
  const address = remote.startsWith('::ffff:') ? remote.slice(7) : remote;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = address.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...(address.includes('::') ? zeros : []), ...right].map((group) =>
    group.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}
