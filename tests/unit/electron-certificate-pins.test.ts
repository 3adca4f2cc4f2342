import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  certificateVerdict,
  CHROMIUM_VERDICT,
  TRUST,
} from '../../electron/main/security/certificate-pins';
import {
  type HostedCertificate,
  loadHostedCertificate,
} from '../../electron/services/sharing/hosted/certificate';
import { temporaryDirectory } from '../integration/fixtures/storage-fixtures';

const quiet = { info: () => undefined, warn: () => undefined };

describe("the window's check of a hosted server's certificate", () => {
  let directory: { path: string; remove(): Promise<void> };
  let hosted: HostedCertificate;
  let stranger: HostedCertificate;

  beforeAll(async () => {
    directory = await temporaryDirectory('certificate-pins');
    hosted = await loadHostedCertificate(join(directory.path, 'hosted'), quiet);
    stranger = await loadHostedCertificate(join(directory.path, 'stranger'), quiet);
  });
  afterAll(() => directory.remove());

  const ask = (hostname: string, certificate: HostedCertificate) => ({
    hostname,
    certificate: { data: certificate.cert },
  });

  it('trusts the pinned certificate on the host of a pinned server', () => {
    const pins = new Map([['wss://192.168.1.23:47020', hosted.pin]]);
    expect(certificateVerdict(ask('192.168.1.23', hosted), pins)).toBe(TRUST);
  });

  it("leaves any other certificate there, a stand-in's, to Chromium, which refuses it", () => {
    const pins = new Map([['wss://192.168.1.23:47020', hosted.pin]]);
    expect(certificateVerdict(ask('192.168.1.23', stranger), pins)).toBe(CHROMIUM_VERDICT);
  });

  it('never lends a pin to another host', () => {
    const pins = new Map([['wss://192.168.1.23:47020', hosted.pin]]);
    expect(certificateVerdict(ask('192.168.1.24', hosted), pins)).toBe(CHROMIUM_VERDICT);
    expect(certificateVerdict(ask('sync.example.org', hosted), new Map())).toBe(CHROMIUM_VERDICT);
  });

  it('reads IPv6 hosts and names as Chromium writes them', () => {
    const pins = new Map([
      ['wss://[fe80::1]:47020', hosted.pin],
      ['wss://Room-Laptop.local:47020', hosted.pin],
    ]);
    expect(certificateVerdict(ask('fe80::1', hosted), pins)).toBe(TRUST);
    expect(certificateVerdict(ask('room-laptop.local', hosted), pins)).toBe(TRUST);
  });

  it('leaves a certificate it cannot read to Chromium', () => {
    const pins = new Map([['wss://192.168.1.23:47020', hosted.pin]]);
    const question = { hostname: '192.168.1.23', certificate: { data: 'not a certificate' } };
    expect(certificateVerdict(question, pins)).toBe(CHROMIUM_VERDICT);
  });
});
