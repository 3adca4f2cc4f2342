const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Only web and mail links may live in a program: anything else (javascript:,
 * file:, data:) could run code or reach the disk when clicked or exported.
 */
export function isSafeUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Accepts what a person types ("example.org/x") and returns a safe URL, or null. */
export function normalizeUrl(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (isSafeUrl(trimmed)) return new URL(trimmed).href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null;
  const guessed =
    trimmed.includes('@') && !trimmed.includes('/') ? `mailto:${trimmed}` : `https://${trimmed}`;
  return isSafeUrl(guessed) ? new URL(guessed).href : null;
}
