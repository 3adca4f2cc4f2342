import type { NetworkInterfaceInfo } from 'node:os';

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The networks this computer is on, as the IPv4 subnets of its interfaces
 * ("192.168.1.0/24"): the network address and prefix, not the computer's own
 * address, so a new lease from the same Wi-Fi is still the same network. Two
 * networks with the same range (many home routers hand out 192.168.1.0/24) look
 * alike: the operating system tells nothing more without asking for location
 * permissions. Loopback is no network; IPv6 is left out, as the server listens
 * on IPv4 only.
 */
export function networksOf(interfaces: Interfaces): string[] {
  const subnets = Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && (entry.family === 'IPv4' || Number(entry.family) === 4))
    .map((entry) => subnetOf(entry.address, entry.netmask))
    .filter((subnet): subnet is string => subnet !== null);
  return [...new Set(subnets)].sort();
}

function subnetOf(address: string, netmask: string): string | null {
  const a = octets(address);
  const m = octets(netmask);
  if (a === null || m === null) return null;
  const network = a.map((part, index) => part & (m[index] ?? 0)).join('.');
  const prefix = m.reduce((bits, part) => bits + countBits(part), 0);
  return `${network}/${prefix}`;
}

function octets(text: string): number[] | null {
  const parts = text.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255))
    return null;
  return parts;
}

function countBits(octet: number): number {
  let bits = 0;
  for (let value = octet; value > 0; value >>= 1) bits += value & 1;
  return bits;
}

/** The networks among `current` the user has not agreed to host on. */
export function unapprovedNetworks(
  current: readonly string[],
  approved: readonly string[],
): string[] {
  const known = new Set(approved);
  return current.filter((network) => !known.has(network));
}
