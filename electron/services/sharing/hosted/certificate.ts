import 'reflect-metadata';

import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import * as x509 from '@peculiar/x509';

import type { Logger } from '../../logger';
import { replaceFileDurably } from '../../storage/durable-file';
import { errnoOf } from '../../storage/file-system-error';
import { certificatePinOf } from '../certificate-pin';

// Node's WebCrypto (crypto.webcrypto), through the global that both the app's
// and the tests' type libraries describe.
const webcrypto = globalThis.crypto;
x509.cryptoProvider.set(webcrypto);

/** The hosted server's TLS identity: PEM key and certificate, and the pin invites carry. */
export type HostedCertificate = { key: string; cert: string; pin: string };

const FILE = 'tls.pem';
const YEARS = 10;
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g;

/**
 * <hosting directory>/tls.pem: the private key and the self-signed certificate
 * of the server this computer hosts, made at the first hosting and then kept, so
 * that the pin in the invites given out stays valid (docs/security.md). One file,
 * replaced atomically, so a crash never leaves a key without its certificate;
 * readable by its owner only, in a directory only its owner may enter. The key
 * never goes into a log line or an error message.
 *
 * No authority vouches for the certificate: the joining app trusts it by its
 * pin only, so its name and dates need not convince anyone.
 */
export async function loadHostedCertificate(
  directory: string,
  log: Logger,
): Promise<HostedCertificate> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') await chmod(directory, 0o700);
  const file = join(directory, FILE);
  const existing = await readCertificate(file);
  if (existing === 'damaged') {
    log.warn(
      'The hosted server\u2019s certificate could not be read, so a new one was made: ' +
        'invites given out before must be given again.',
    );
  } else if (existing !== null) {
    return existing;
  }
  const made = await makeCertificate();
  await replaceFileDurably(file, Buffer.from(`${made.key}${made.cert}`), undefined, 0o600);
  return made;
}

async function readCertificate(file: string): Promise<HostedCertificate | 'damaged' | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
  if (process.platform !== 'win32') await chmod(file, 0o600);
  const blocks = [...text.matchAll(BLOCK)];
  const key = blocks.find((block) => block[1] === 'PRIVATE KEY')?.[0];
  const cert = blocks.find((block) => block[1] === 'CERTIFICATE')?.[0];
  if (key === undefined || cert === undefined) return 'damaged';
  try {
    const parsed = new X509Certificate(cert);
    if (!parsed.checkPrivateKey(createPrivateKey(key))) return 'damaged';
    return { key: `${key}\n`, cert: `${cert}\n`, pin: certificatePinOf(parsed) };
  } catch {
    return 'damaged';
  }
}

async function makeCertificate(): Promise<HostedCertificate> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const notBefore = new Date();
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + YEARS);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    // A positive serial: the first bit clear.
    serialNumber: `01${randomBytes(15).toString('hex')}`,
    name: 'CN=Cotutor hosted server',
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [new x509.BasicConstraintsExtension(false, undefined, true)],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
  const cert = `${certificate.toString('pem')}\n`;
  return { key, cert, pin: certificatePinOf(cert) };
}
