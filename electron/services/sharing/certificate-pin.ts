import { createHash, X509Certificate } from 'node:crypto';

/**
 * The pin of a certificate, as invites carry it (shared/sync/invite.ts): the
 * SHA-256 of its public key (SubjectPublicKeyInfo, DER), in base64url. The
 * public key rather than the whole certificate, because Chromium's own switch
 * for trusting a certificate (`--ignore-certificate-errors-spki-list`, used by
 * the web host's tests) names certificates by exactly this hash.
 */
export function certificatePinOf(certificate: X509Certificate | string | Buffer): string {
  const parsed =
    certificate instanceof X509Certificate ? certificate : new X509Certificate(certificate);
  const spki = parsed.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64url');
}
