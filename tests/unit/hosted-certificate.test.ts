import { X509Certificate } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Logger } from '../../electron/services/logger';
import { certificatePinOf } from '../../electron/services/sharing/certificate-pin';
import { loadHostedCertificate } from '../../electron/services/sharing/hosted/certificate';
import { CERTIFICATE_PIN } from '../../shared/sync/invite';
import { temporaryDirectory } from '../integration/fixtures/storage-fixtures';

describe("the hosted server's certificate", () => {
  let directory: { path: string; remove(): Promise<void> };
  const lines: string[] = [];
  const log: Logger = { info: (line) => lines.push(line), warn: (line) => lines.push(line) };
  const hosting = (): string => join(directory.path, 'hosted-rooms');

  beforeEach(async () => {
    directory = await temporaryDirectory('certificate');
    lines.length = 0;
  });
  afterEach(() => directory.remove());

  it('is made at the first hosting: ECDSA P-256 for ten years, its key readable by its owner only', async () => {
    const made = await loadHostedCertificate(hosting(), log);
    const certificate = new X509Certificate(made.cert);
    expect(certificate.subject).toBe('CN=Cotutor hosted server');
    expect(certificate.publicKey.asymmetricKeyDetails).toMatchObject({ namedCurve: 'prime256v1' });
    const years =
      (Date.parse(certificate.validTo) - Date.parse(certificate.validFrom)) /
      (365.25 * 24 * 3600 * 1000);
    expect(Math.round(years)).toBe(10);
    expect(made.pin).toMatch(CERTIFICATE_PIN);
    expect(made.pin).toBe(certificatePinOf(made.cert));
    if (process.platform !== 'win32') {
      expect((await stat(hosting())).mode & 0o777).toBe(0o700);
      expect((await stat(join(hosting(), 'tls.pem'))).mode & 0o777).toBe(0o600);
    }
    expect(lines.join('\n')).not.toContain('PRIVATE KEY');
  });

  it('is kept across restarts: the pin in the invites given out stays valid', async () => {
    const first = await loadHostedCertificate(hosting(), log);
    const again = await loadHostedCertificate(hosting(), log);
    expect(again).toEqual(first);
  });

  it('is made anew, with a warning, when its file is damaged', async () => {
    const first = await loadHostedCertificate(hosting(), log);
    const file = join(hosting(), 'tls.pem');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 200));
    const made = await loadHostedCertificate(hosting(), log);
    expect(made.pin).not.toBe(first.pin);
    expect(lines.join('\n')).toMatch(/invites given out before must be given again/);
  });
});
