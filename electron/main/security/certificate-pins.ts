import { certificatePinOf } from '../../services/sharing/certificate-pin';

/** What Chromium asks about a certificate it met (Electron's setCertificateVerifyProc request). */
export type CertificateQuestion = { hostname: string; certificate: { data: string } };

/** Electron's answers: 0 trusts the certificate, -3 leaves the verdict to Chromium's own checks. */
export const TRUST = 0;
export const CHROMIUM_VERDICT = -3;

/**
 * Whether the window may trust a certificate no authority signed: only a sync
 * server's hosted on a co-tutor's computer, and only the one whose public key
 * its invite pinned (`pins`: server address → pin, HostServices.certificatePins).
 * Chromium names only the host, not the port, so a certificate is trusted on a
 * host where any pinned server lives; any other certificate, there or anywhere,
 * gets Chromium's usual verdict, which refuses a self-signed one.
 */
export function certificateVerdict(
  question: CertificateQuestion,
  pins: ReadonlyMap<string, string>,
): typeof TRUST | typeof CHROMIUM_VERDICT {
  const expected = new Set<string>();
  for (const [server, pin] of pins) {
    if (hostnameOf(server) === question.hostname.toLowerCase()) expected.add(pin);
  }
  if (expected.size === 0) return CHROMIUM_VERDICT;
  let pin: string;
  try {
    pin = certificatePinOf(question.certificate.data);
  } catch {
    return CHROMIUM_VERDICT;
  }
  return expected.has(pin) ? TRUST : CHROMIUM_VERDICT;
}

/** The host as Chromium writes it: IPv6 without brackets. */
function hostnameOf(server: string): string | null {
  try {
    return new URL(server).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
}
