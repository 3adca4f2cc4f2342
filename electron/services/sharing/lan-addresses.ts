import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The wss:// addresses (the hosted server speaks TLS only) at which co-tutors can reach a server bound to
 * `bindAddress`: every IPv4 address of this computer's network interfaces when
 * it listens on all of them (0.0.0.0), otherwise just the one it is bound to.
 * IPv6 link-local addresses need a zone and confuse people: they are left out.
 */
export function reachableUrls(
  bindAddress: string,
  port: number,
  interfaces: Interfaces = networkInterfaces(),
): string[] {
  if (bindAddress !== '0.0.0.0') return [`wss://${hostInUrl(bindAddress)}:${port}`];
  const addresses = Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    // Node 18.0-18.3 reported the family as a number.
    .filter((entry) => !entry.internal && (entry.family === 'IPv4' || Number(entry.family) === 4))
    .map((entry) => entry.address);
  return [...new Set(addresses)].map((address) => `wss://${address}:${port}`);
}

function hostInUrl(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}
