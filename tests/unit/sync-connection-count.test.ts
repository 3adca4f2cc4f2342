import { describe, expect, it } from 'vitest';

import {
  addressGroupOf,
  ConnectionCount,
} from '../../electron/services/sync-server/connection-count';

describe('connections counted per address', () => {
  it('group IPv6 addresses by their /64 and keep IPv4 addresses apart', () => {
    expect(addressGroupOf('2001:db8:1:2::1')).toBe(addressGroupOf('2001:0db8:0001:0002:ffff::9'));
    expect(addressGroupOf('2001:db8:1:2::1')).not.toBe(addressGroupOf('2001:db8:1:3::1'));
    expect(addressGroupOf('::1')).toBe('0:0:0:0::/64');
    expect(addressGroupOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressGroupOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressGroupOf('192.0.2.7')).not.toBe(addressGroupOf('192.0.2.8'));
  });

  it('refuse one more per address and in all, and free a place once released', () => {
    const count = new ConnectionCount(2, 3);
    const first = count.reserve('2001:db8::1');
    const second = count.reserve('2001:db8::2');
    expect(count.reserve('2001:db8::3')).toBe('address-full');
    const third = count.reserve('192.0.2.7');
    expect(count.reserve('192.0.2.8')).toBe('server-full');
    if (typeof first === 'string' || typeof second === 'string' || typeof third === 'string')
      throw new Error('a place was refused');
    first.release();
    first.release();
    expect(count.open).toBe(2);
    expect(typeof count.reserve('2001:db8::3')).toBe('object');
  });
});
