import type { NetworkInterfaceInfo } from 'node:os';

/** The interfaces of a computer on one Wi-Fi at `address`, besides loopback (as os.networkInterfaces lists them). */
export function wifi(
  address: string,
  netmask = '255.255.255.0',
): NodeJS.Dict<NetworkInterfaceInfo[]> {
  return {
    lo: [
      {
        address: '127.0.0.1',
        netmask: '255.0.0.0',
        family: 'IPv4',
        mac: '00:00:00:00:00:00',
        internal: true,
        cidr: '127.0.0.1/8',
      },
    ],
    wlan0: [
      { address, netmask, family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: null },
    ],
  };
}
